//! When each chapter's figure area is built: at once when it comes on screen (or the
//! link points at it), otherwise in the background, one chapter per timer task, nearest
//! the screen first, while the reader is not busy. What each area holds is the registry
//! in the parent module.

use gloo_timers::callback::Timeout;
use leptos::html::Section;
use leptos::prelude::*;

use super::prerendered::take_prerendered_figure;
use crate::content::Chapter;
use crate::ui::browser;
use crate::ui::figure_view::paused_off_screen;
use crate::ui::timing::effect;

/// What goes in a chapter's figure area (`section` is the chapter): its figure and
/// controls, as `part` builds them ([`interactive`], or [`live_part`] in the page the
/// build wrote). Built at once, in a task of its own, when the figure area comes on
/// screen, or when the chapter's turn comes in the `background`, whichever is first;
/// the chapter a link points at is built with the page. Until then, the figure the
/// build drew stands in, if the page kept it.
pub(super) fn chapter_figure(
    chapter: Chapter,
    part: fn(Chapter) -> AnyView,
    section: NodeRef<Section>,
    background: Background,
) -> impl IntoView {
    let (figure_view, on_screen) = paused_off_screen(section);
    // The chapter a link points at (`#trust`) is built with the page, without waiting
    // for the scroll there and the observer's report; the others wait in line.
    if browser::fragment() == chapter.id() {
        background.build_now(chapter);
    } else {
        background.register(chapter, section);
    }
    let pending = StoredValue::new_local(None::<Timeout>);
    effect(Box::new(move || {
        let timer = on_screen
            .get()
            .then(|| Timeout::new(0, move || background.build_now(chapter)));
        // Scrolled past before the timer (a jump from the contents): not needed yet.
        pending.set_value(timer);
    }));
    // A memo, so it changes once: from not built to built.
    let built = Memo::new(move |_| background.has_built(chapter));
    // What the build drew stays where it is until the figure is built, and goes in the
    // same render as the figure comes, so nothing moves.
    if let Some(drawn) = take_prerendered_figure(chapter.id()) {
        effect(Box::new(move || {
            if built.get() {
                drawn.iter().for_each(web_sys::Element::remove);
            }
        }));
    }
    move || {
        built.get().then(|| {
            // Provided here, in the figure's own scope: chapters are siblings,
            // and each figure must see its own chapter's view.
            provide_context(figure_view);
            part(chapter)
        })
    }
}

/// Pause between two chapters built in the background: room for the reader's input.
const BACKGROUND_BUILD_GAP_MS: u32 = 30;
/// When background building starts: after the chapters on screen have been built.
const BACKGROUND_BUILD_AFTER_MS: u32 = 400;
/// Background building waits while the reader has acted this recently.
const READER_BUSY_MS: f64 = 300.0;

/// Which chapters' figures are built, and the building of the rest in the background:
/// one chapter per timer task, the one nearest the screen first, and only while the
/// reader is not busy (dragging a slider, typing, scrolling). Rendered natively at
/// build time, the page holds every chapter's figure.
#[derive(Clone, Copy)]
pub(super) struct Background {
    /// The chapters whose figures are built, a bit each (by [`Chapter::index`]).
    built: RwSignal<u16>,
    /// The section of each chapter waiting for a turn (by [`Chapter::index`]).
    waiting: StoredValue<[Option<NodeRef<Section>>; Chapter::ALL.len()], LocalStorage>,
}

impl Background {
    /// Starts the turns, [`BACKGROUND_BUILD_AFTER_MS`] from now, for the chapters that
    /// [`Background::register`] with it.
    pub(super) fn start() -> Self {
        let background = Background {
            built: RwSignal::new(if browser::present() { 0 } else { u16::MAX }),
            waiting: StoredValue::new_local([None; Chapter::ALL.len()]),
        };
        let pending = StoredValue::new_local(None::<Timeout>);
        let last_action = StoredValue::new_local(0.0);
        // Stored for the article's lifetime: the listeners stop when it is unmounted.
        crate::ui::keep_while_owned(browser::on_reader_action(move || {
            last_action.set_value(js_sys::Date::now());
        }));
        // Turns taken, and turns skipped because the reader was busy: each change runs
        // the schedule again.
        let turns = RwSignal::new(0u32);
        let skipped = RwSignal::new(0u32);
        let turn = move || {
            if js_sys::Date::now() - last_action.get_value() < READER_BUSY_MS {
                skipped.update(|n| *n += 1);
            } else if let Some(chapter) = background.nearest_waiting() {
                background.build_now(chapter);
                turns.update(|n| *n += 1);
            }
        };
        effect(Box::new(move || {
            let delay = if turns.get() == 0 {
                BACKGROUND_BUILD_AFTER_MS
            } else {
                BACKGROUND_BUILD_GAP_MS
            };
            skipped.track();
            if background
                .waiting
                .with_value(|w| w.iter().any(Option::is_some))
            {
                pending.set_value(Some(Timeout::new(delay, turn)));
            }
        }));
        background
    }

    /// Puts `chapter`, whose section is `section`, in line for a turn.
    fn register(self, chapter: Chapter, section: NodeRef<Section>) {
        self.waiting
            .update_value(|w| w[chapter.index()] = Some(section));
    }

    /// Builds `chapter`'s figure now, if it is not built, and takes it out of the line.
    fn build_now(self, chapter: Chapter) {
        if self.built.get_untracked() & bit(chapter) != 0 {
            return;
        }
        self.waiting.update_value(|w| w[chapter.index()] = None);
        self.built.update(|b| *b |= bit(chapter));
    }

    /// Whether `chapter`'s figure is built (tracked).
    fn has_built(self, chapter: Chapter) -> bool {
        self.built.get() & bit(chapter) != 0
    }

    /// The waiting chapter nearest the screen.
    fn nearest_waiting(self) -> Option<Chapter> {
        self.waiting.with_value(|waiting| {
            Chapter::ALL
                .iter()
                .filter_map(|&chapter| {
                    let section = waiting[chapter.index()]?;
                    let distance = section
                        .get_untracked()
                        .map_or(f64::INFINITY, |s| browser::distance_from_viewport(&s));
                    Some((distance, chapter))
                })
                .min_by(|a, b| a.0.total_cmp(&b.0))
                .map(|(_, chapter)| chapter)
        })
    }
}

/// A chapter's bit in [`Background::built`].
fn bit(chapter: Chapter) -> u16 {
    1 << chapter.index()
}
