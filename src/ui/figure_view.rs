//! What a figure draws from: the store's scenario and projection, paused while the
//! figure's chapter is off screen, so a slider tick only redraws what can be seen.

use leptos::html::Section;
use leptos::prelude::*;

use crate::model::{Projection, Scenario};
use crate::ui::browser;
use crate::ui::store::{use_store, Store};
use crate::ui::timing::{debounce, effect, FirstValue};

/// How far outside the viewport a chapter counts as near the screen: its figures are
/// built, and follow the store a timer tick after each change (outside the input that
/// made it), so that they are already current when the reader scrolls to them.
const NEAR_SCREEN_MARGIN: &str = "300px 0px";

/// The scenario and projection a figure reads.
#[derive(Clone, Copy)]
pub struct FigureView {
    /// The scenario, as of the last time the figure was on (or near) the screen.
    pub scenario: Memo<Scenario>,
    /// Its projection.
    pub projection: Memo<Projection>,
}

impl FigureView {
    /// Follows the store at once while `on_screen`; a timer tick after each change
    /// while only `near` the screen; holds its last value otherwise.
    fn following(store: Store, on_screen: Signal<bool>, near: Signal<bool>) -> Self {
        // Bumped a timer tick after the store changes while the figures are near the
        // screen but not on it: what they draw cannot be seen yet, so it is not
        // redrawn inside the input.
        let caught_up = RwSignal::new(0u32);
        debounce(
            0,
            FirstValue::Skip,
            move || {
                if near.get() && !on_screen.get() {
                    store.scenario.track();
                }
            },
            move |()| caught_up.update(|n| *n = n.wrapping_add(1)),
        );
        FigureView {
            scenario: Memo::new(move |last: Option<&Scenario>| match last {
                Some(last) if !on_screen.get() && !near.get() => *last,
                Some(_) if !on_screen.get() => {
                    caught_up.track();
                    store.scenario.get_untracked()
                }
                _ => store.scenario.get(),
            }),
            projection: Memo::new(move |last: Option<&Projection>| match last {
                Some(last) if !on_screen.get() && !near.get() => last.clone(),
                Some(_) if !on_screen.get() => {
                    caught_up.track();
                    store.projection.get_untracked()
                }
                _ => store.projection.get(),
            }),
        }
    }
}

/// The view of the enclosing chapter, or the live store where there is none
/// (an embedded figure, a slide).
pub fn use_figure_view() -> FigureView {
    use_context::<FigureView>().unwrap_or_else(|| {
        FigureView::following(use_store(), Signal::from(true), Signal::from(true))
    })
}

/// A [`FigureView`] for the figures inside `section`, paused while it is away from the
/// screen and a timer tick behind while it is only near, and whether its figures' area
/// (`.interactive`) is on screen now: the prose around them may show while they do not.
/// Where IntersectionObserver is missing, the section counts as always on screen. The
/// caller provides the view (as context) to the figures it builds.
pub fn paused_off_screen(section: NodeRef<Section>) -> (FigureView, ReadSignal<bool>) {
    // Off until the observers' first reports, which come right after they start.
    let near = RwSignal::new(false);
    let on_screen = RwSignal::new(false);
    let view = FigureView::following(use_store(), on_screen.into(), near.into());
    effect(Box::new(move || {
        let Some(element) = section.get() else { return };
        let figures = element
            .query_selector(".interactive")
            .ok()
            .flatten()
            .unwrap_or_else(|| element.clone().into());
        let observers = (
            browser::observe_intersection(&element, NEAR_SCREEN_MARGIN, move |seen| near.set(seen)),
            browser::observe_intersection(&figures, "0px", move |seen| on_screen.set(seen)),
        );
        match observers {
            // Owned by this effect: disposed, and so disconnected, with the chapter.
            (Some(a), Some(b)) => {
                crate::ui::keep_while_owned((a, b));
            }
            _ => {
                near.set(true);
                on_screen.set(true);
            }
        }
    }));
    (view, on_screen.read_only())
}
