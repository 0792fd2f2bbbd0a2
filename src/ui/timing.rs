//! Work that waits for a pause: kept out of the input event that caused it, so a
//! dragged slider only pays for what must change at once.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use leptos::prelude::*;

/// Whether [`after_changes`] also acts on the value it starts with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FirstValue {
    /// Act on it, as on a change (something must be computed once at start).
    Act,
    /// Wait for the first change (the start value is already shown).
    Skip,
}

/// Runs `act` with the value of `track` once `delay_ms` have passed since it last
/// changed; a newer change cancels the pending run. Uses gloo's `Timeout`, which
/// frees its callback when cancelled (Leptos's `set_timeout_with_handle` would keep
/// one per cancelled timer, and a drag cancels one per tick).
pub fn after_changes<I: 'static>(
    delay_ms: u32,
    first: FirstValue,
    track: impl Fn() -> I + 'static,
    act: impl Fn(I) + Copy + 'static,
) {
    let pending: Rc<RefCell<Option<Timeout>>> = Rc::default();
    Effect::new(move |ran: Option<()>| {
        let input = track();
        if ran.is_some() || first == FirstValue::Act {
            // Replacing (dropping) a gloo Timeout cancels it.
            let timeout = Timeout::new(delay_ms, move || act(input));
            pending.borrow_mut().replace(timeout);
        }
    });
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
