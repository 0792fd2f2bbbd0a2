//! What a figure draws from: the store's scenario and projection, paused while the
//! figure's chapter is off screen, so a slider tick only redraws what can be seen.

use leptos::html::Section;
use leptos::prelude::*;

use crate::model::{Projection, Scenario};
use crate::ui::browser;
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
pub fn use_figure_view() -> FigureView {
    use_context::<FigureView>()
        .unwrap_or_else(|| FigureView::following(use_store(), Signal::from(true)))
}

/// A [`FigureView`] for the figures inside `section`, paused while it is off screen,
/// and whether it is on (or near) the screen now. Where IntersectionObserver is
/// missing, the section counts as always on screen. The caller provides the view
/// (as context) to the figures it builds.
pub fn paused_off_screen(section: NodeRef<Section>) -> (FigureView, ReadSignal<bool>) {
    // Off until the observer's first report, which comes right after it starts.
    let on_screen = RwSignal::new(false);
    let view = FigureView::following(use_store(), on_screen.into());
    Effect::new(move |_| {
        let Some(element) = section.get() else { return };
        match browser::observe_intersection(&element, ON_SCREEN_MARGIN, move |seen| {
            on_screen.set(seen)
        }) {
            // Owned by this effect: disposed, and so disconnected, with the chapter.
            Some(observer) => {
                StoredValue::new_local(observer);
            }
            None => on_screen.set(true),
        }
    });
    (view, on_screen.read_only())
}
