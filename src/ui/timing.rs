//! Work that waits for a pause: kept out of the input event that caused it, so a
//! dragged slider only pays for what must change at once.

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::{Rc, Weak};

use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;

use crate::ui::browser;

/// Whether [`after_changes`] also acts on the value it starts with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FirstValue {
    /// Act on it, as on a change (something must be computed once at start).
    Act,
    /// Wait for the first change (the start value is already shown).
    Skip,
}

/// Runs `act` with the value of `track` once `delay_ms` have passed since it last
/// changed; a newer change replaces the pending run and postpones it. One timer at a
/// time: a change only replaces the pending action and moves the deadline, and a
/// timer that fires before the deadline sets itself again for the rest. A drag changes the value every tick, and a new
/// timer per change (a JS closure, `setTimeout` and `clearTimeout`, for every figure
/// on screen) was a good part of the tick's cost. The timer is gloo's `Timeout`,
/// which frees its callback when cancelled, and is cancelled with the effect.
pub fn after_changes<I: 'static>(
    delay_ms: u32,
    first: FirstValue,
    track: impl Fn() -> I + 'static,
    act: impl Fn(I) + Copy + 'static,
) {
    let deadline = Rc::new(Deadline {
        delay_ms,
        due: Cell::new(0.0),
        timer: RefCell::new(None),
        act: RefCell::new(None),
    });
    Effect::new(move |ran: Option<()>| {
        let input = track();
        if ran.is_some() || first == FirstValue::Act {
            deadline.push_back(Box::new(move || act(input)));
        }
    });
}

/// When [`after_changes`] may act, the timer that will check, and the action. Not
/// generic, so that its code exists once however many values are waited on.
struct Deadline {
    delay_ms: u32,
    due: Cell<f64>,
    timer: RefCell<Option<Timeout>>,
    act: RefCell<Option<Box<dyn FnOnce()>>>,
}

impl Deadline {
    /// Replaces the pending action with `act` and moves the deadline to the delay
    /// from now, starting a timer if none is running.
    fn push_back(self: &Rc<Self>, act: Box<dyn FnOnce()>) {
        *self.act.borrow_mut() = Some(act);
        self.due.set(js_sys::Date::now() + f64::from(self.delay_ms));
        if self.delay_ms == 0 {
            // Every wait of no delay shares one timer: an input that sets off several
            // (the quick bands, a deferred figure, the figures near the screen) pays for
            // one `setTimeout`, not one each.
            NEXT_TICK.with(|next| {
                let mut waiting = next.waiting.borrow_mut();
                let this = Rc::downgrade(self);
                if !waiting.iter().any(|d| d.ptr_eq(&this)) {
                    waiting.push(this);
                }
                if !next.armed.get() {
                    let callback = next
                        .callback
                        .get_or_init(|| Closure::<dyn FnMut()>::new(run_next_tick));
                    next.armed.set(browser::set_timer(callback));
                }
            });
            return;
        }
        let mut timer = self.timer.borrow_mut();
        if timer.is_none() {
            *timer = Some(Self::arm(Rc::downgrade(self), self.delay_ms));
        }
    }

    /// Runs the pending action, if there is one.
    fn act_now(&self) {
        let act = self.act.borrow_mut().take();
        if let Some(act) = act {
            act();
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
                this.act_now();
            }
            drop(fired);
        })
    }
}

/// The waits of no delay pending, and the one timer that runs them: its callback is
/// made once and kept, so setting it again costs a `setTimeout` and nothing more.
struct NextTick {
    waiting: RefCell<Vec<Weak<Deadline>>>,
    armed: Cell<bool>,
    callback: OnceCell<Closure<dyn FnMut()>>,
}

thread_local! {
    static NEXT_TICK: NextTick = const {
        NextTick {
            waiting: RefCell::new(Vec::new()),
            armed: Cell::new(false),
            callback: OnceCell::new(),
        }
    };
}

/// The shared timer's callback: acts for every wait of no delay pending now, in the
/// order they were set, unless the effect that owned one is gone. One that is set
/// again meanwhile waits for the next tick.
fn run_next_tick() {
    let waiting = NEXT_TICK.with(|next| {
        next.armed.set(false);
        std::mem::take(&mut *next.waiting.borrow_mut())
    });
    for deadline in waiting.iter().filter_map(Weak::upgrade) {
        deadline.act_now();
    }
}

/// A value computed from reactive `inputs`, recomputed one timer tick after they
/// change rather than inside the input event that changed them: for figures too
/// costly to redraw on every slider tick. Holds the last value until then.
pub fn deferred<I: 'static, T: Send + Sync + 'static>(
    inputs: impl Fn() -> I + 'static,
    compute: impl Fn(I) -> T + Copy + 'static,
) -> ReadSignal<T> {
    let out = RwSignal::new(compute(untrack(&inputs)));
    after_changes(0, FirstValue::Skip, inputs, move |input| {
        out.set(compute(input))
    });
    out.read_only()
}
