//! Work that waits for a pause, kept out of the input event that caused it, so a
//! dragged slider only pays for what must change at once: two debounces
//! ([`debounce`], trailing; [`debounce_leading`]) and [`effect`], the one way the app
//! makes an effect.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use gloo_timers::callback::Timeout;
use leptos::prelude::*;

/// Whether [`debounce`] also acts on the value it starts with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FirstValue {
    /// Act on it, as on a change (something must be computed once at start).
    Act,
    /// Wait for the first change (the start value is already shown).
    Skip,
}

/// A trailing debounce: runs `act` with the value of `track` once `delay_ms` have passed
/// since it last changed; a newer change replaces the pending run and postpones it. One timer at a
/// time: a change only replaces the pending action and moves the deadline, and a
/// timer that fires before the deadline sets itself again for the rest. A drag changes the value every tick, and a new
/// timer per change (a JS closure, `setTimeout` and `clearTimeout`, for every figure
/// on screen) was a good part of the tick's cost. The timer is gloo's `Timeout`,
/// which frees its callback when cancelled, and is cancelled with the effect.
pub fn debounce<I: 'static>(
    delay_ms: u32,
    first: FirstValue,
    track: impl Fn() -> I + 'static,
    act: impl Fn(I) + Copy + 'static,
) {
    watch(delay_ms, first, Edge::Trailing, action(track, act));
}

/// A leading-edge debounce: like [`debounce`] (without a first action), but a change
/// that comes after a pause of `delay_ms` is acted on at once; the changes that follow it within the delay
/// wait for the next pause, which acts on the last of them. For what must follow a
/// single change, or a figure catching up, at once, but not every tick of a drag.
pub fn debounce_leading<I: 'static>(
    delay_ms: u32,
    track: impl Fn() -> I + 'static,
    act: impl Fn(I) + Copy + 'static,
) {
    watch(
        delay_ms,
        FirstValue::Skip,
        Edge::Leading,
        action(track, act),
    );
}

/// What [`watch`] runs on each change: reads `track` (tracking what it reads) and
/// returns the action on that value.
fn action<I: 'static>(
    track: impl Fn() -> I + 'static,
    act: impl Fn(I) + Copy + 'static,
) -> Box<dyn Fn() -> Box<dyn FnOnce()>> {
    Box::new(move || {
        let input = track();
        Box::new(move || act(input))
    })
}

/// When a change after a pause is acted on.
#[derive(Clone, Copy)]
enum Edge {
    /// Once the changes have paused.
    Trailing,
    /// At once, and the changes that follow it once they pause.
    Leading,
}

/// The effect behind [`debounce`] and [`debounce_leading`], past their types:
/// `next` tracks what it reads and returns the action. Not generic, so that its code
/// exists once for every wait on the page (each distinct effect closure is compiled
/// into the wasm on its own).
fn watch(delay_ms: u32, first: FirstValue, edge: Edge, next: Box<dyn Fn() -> Box<dyn FnOnce()>>) {
    let deadline = Rc::new(Deadline {
        delay_ms,
        due: Cell::new(0.0),
        timer: RefCell::new(None),
        act: RefCell::new(None),
    });
    let ran = Cell::new(false);
    effect(Box::new(move || {
        let act = next();
        if ran.replace(true) || first == FirstValue::Act {
            match edge {
                Edge::Trailing => deadline.push_back(act),
                Edge::Leading => deadline.act_or_push_back(act),
            }
        }
    }));
}

/// An effect that runs `f`: the one way the app makes an effect. Boxed, so there is one
/// compiled effect for every caller (each distinct closure given to `Effect::new` is
/// compiled into the wasm on its own).
pub fn effect(f: Box<dyn Fn()>) {
    Effect::new(move |_| f());
}

/// When [`debounce`] may act, the timer that will check, and the action. Not
/// generic, so that its code exists once however many values are waited on.
struct Deadline {
    delay_ms: u32,
    due: Cell<f64>,
    timer: RefCell<Option<Timeout>>,
    act: RefCell<Option<Box<dyn FnOnce()>>>,
}

impl Deadline {
    /// Replaces the pending action with `act` and moves the deadline to the delay
    /// from now.
    fn push_back(self: &Rc<Self>, act: Box<dyn FnOnce()>) {
        *self.act.borrow_mut() = Some(act);
        self.wait();
    }

    /// Acts at once if no change came in the last delay, and keeps later changes
    /// waiting until the delay has passed without one; otherwise as [`Self::push_back`].
    fn act_or_push_back(self: &Rc<Self>, act: Box<dyn FnOnce()>) {
        if self.timer.borrow().is_some() {
            return self.push_back(act);
        }
        self.wait();
        act();
    }

    /// Moves the deadline to the delay from now, starting a timer if none is running.
    fn wait(self: &Rc<Self>) {
        self.due.set(js_sys::Date::now() + f64::from(self.delay_ms));
        let mut timer = self.timer.borrow_mut();
        if timer.is_none() {
            *timer = Some(Self::arm(Rc::downgrade(self), self.delay_ms));
        }
    }

    /// A timer that, after `ms`, acts if the deadline has passed, or sets itself again
    /// for the rest. It holds the deadline weakly: once the effect that owns it is
    /// gone, so is the timer.
    fn arm(deadline: Weak<Self>, ms: u32) -> Timeout {
        Timeout::new(ms, move || {
            let Some(this) = deadline.upgrade() else {
                return;
            };
            // This timer has fired; dropping it frees its callback once it returns.
            let fired = this.timer.borrow_mut().take();
            let left = this.due.get() - js_sys::Date::now();
            if left > 0.0 {
                // Never longer than the delay, should the wall clock jump back.
                let rest = (left.ceil() as u32).min(this.delay_ms);
                *this.timer.borrow_mut() = Some(Self::arm(deadline, rest));
            } else {
                let act = this.act.borrow_mut().take();
                if let Some(act) = act {
                    act();
                }
            }
            drop(fired);
        })
    }
}

/// A value computed from reactive `inputs`, recomputed in a timer once they have not
/// changed for `delay_ms`, rather than inside the input event that changed them: for
/// figures too costly to redraw on every slider tick. Holds the last value until then.
pub fn deferred<I: 'static, T: Send + Sync + 'static>(
    delay_ms: u32,
    inputs: impl Fn() -> I + 'static,
    compute: impl Fn(I) -> T + Copy + 'static,
) -> ReadSignal<T> {
    let out = RwSignal::new(compute(untrack(&inputs)));
    debounce(delay_ms, FirstValue::Skip, inputs, move |input| {
        out.set(compute(input))
    });
    out.read_only()
}
