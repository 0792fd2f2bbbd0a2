//! What a figure draws from: the store's scenario and projection, paused while the
//! figure's chapter is off screen, so a slider tick only redraws what can be seen.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use leptos::html::Section;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::model::{Projection, Scenario};
use crate::ui::store::{use_store, Store};

/// How far outside the viewport a chapter still counts as on screen, so a figure is
/// already current when the reader scrolls to it.
const ON_SCREEN_MARGIN: &str = "300px 0px";

/// The scenario and projection a figure reads.
#[derive(Clone, Copy)]
pub struct FigureView {
    /// The scenario, as of the last time the figure was on screen.
    pub scenario: Memo<Scenario>,
    /// Its projection.
    pub projection: Memo<Projection>,
}

impl FigureView {
    /// Follows the store while `on_screen` is true; holds its last value otherwise.
    fn following(store: Store, on_screen: Signal<bool>) -> Self {
        FigureView {
            scenario: Memo::new(move |last: Option<&Scenario>| match last {
                Some(last) if !on_screen.get() => *last,
                _ => store.scenario.get(),
            }),
            projection: Memo::new(move |last: Option<&Projection>| match last {
                Some(last) if !on_screen.get() => last.clone(),
                _ => store.projection.get(),
            }),
        }
    }
}

/// The view of the enclosing chapter, or the live store where there is none
/// (an embedded figure, a slide).
pub fn use_view() -> FigureView {
    use_context::<FigureView>()
        .unwrap_or_else(|| FigureView::following(use_store(), Signal::from(true)))
}

/// A [`FigureView`] for the figures inside `section`, paused while it is off screen,
/// and whether it is on (or near) the screen now. Where IntersectionObserver is
/// missing, the section counts as always on screen. The caller provides the view
/// (as context) to the figures it builds.
pub fn view_for(section: NodeRef<Section>) -> (FigureView, ReadSignal<bool>) {
    // Off until the observer's first report, which comes right after it starts.
    let on_screen = RwSignal::new(false);
    let view = FigureView::following(use_store(), on_screen.into());
    Effect::new(move |_| {
        let Some(element) = section.get() else { return };
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(entry) = entries
                .iter()
                .last()
                .and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
            {
                on_screen.set(entry.is_intersecting());
            }
        });
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root_margin(ON_SCREEN_MARGIN);
        match web_sys::IntersectionObserver::new_with_options(
            callback.as_ref().unchecked_ref(),
            &options,
        ) {
            Ok(observer) => {
                observer.observe(&element);
                on_cleanup(move || observer.disconnect());
            }
            Err(_) => on_screen.set(true),
        }
        // The observer calls back for the section's lifetime.
        callback.forget();
    });
    (view, on_screen.read_only())
}

/// Runs `act` with the value of `track` once `delay_ms` have passed since it last
/// changed; a newer change cancels the pending run. With `initial`, the value at
/// start counts as a change too. Keeps work out of the input event that caused it.
pub fn after_changes<I: 'static>(
    delay_ms: u32,
    initial: bool,
    track: impl Fn() -> I + 'static,
    act: impl Fn(I) + Copy + 'static,
) {
    let pending: Rc<RefCell<Option<Timeout>>> = Rc::default();
    Effect::new(move |ran: Option<()>| {
        let input = track();
        if ran.is_some() || initial {
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
) -> RwSignal<T> {
    let out = RwSignal::new(compute(untrack(&inputs)));
    after_changes(0, false, inputs, move |input| out.set(compute(input)));
    out
}
