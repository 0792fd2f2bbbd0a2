//! The chapters' figure areas in the page the build wrote, which the app adopts
//! ([`super::adopted_chapters`]), and what the build drew in them, kept in place until each
//! chapter's own figure is built ([`super::build`]).

use std::cell::RefCell;

use crate::ui::browser;

thread_local! {
    /// What each chapter's figure area held as rendered at build time, by chapter id,
    /// until the app shows its own ([`take_prerendered_figure`]).
    static PRERENDERED_FIGURES: RefCell<Vec<(String, Vec<web_sys::Element>)>> = const { RefCell::new(Vec::new()) };
}

/// A chapter's figure area in the page rendered at build time.
pub struct FigureArea {
    /// The chapter.
    pub section: web_sys::Element,
    /// Its figure area.
    pub area: web_sys::Element,
    /// The first part of the area that never changes (`data-static`: the glossary, the
    /// sources), which stays as the build drew it; the app's figure goes before it.
    pub before: Option<web_sys::Element>,
}

/// Each chapter's figure area in the page rendered at build time. With `keep_figures`,
/// what the build drew there stays where it is, marked `data-prerendered`, until the
/// app shows its own ([`take_prerendered_figure`]): moving it out and back would make the
/// browser style and lay out every figure again. Without, it goes at once. Either way
/// the parts that never change (`data-static`) stay.
pub fn figure_areas(keep_figures: bool) -> Vec<FigureArea> {
    browser::find_all("section.chapter > .interactive")
        .into_iter()
        .filter_map(|area| {
            let section = area.parent_element()?;
            let children = area.children();
            let (fixed, drawn): (Vec<_>, Vec<_>) = (0..children.length())
                .filter_map(|i| children.item(i))
                .partition(|child| child.has_attribute("data-static"));
            if keep_figures {
                for element in &drawn {
                    let _ = element.set_attribute("data-prerendered", "");
                }
                PRERENDERED_FIGURES
                    .with(|figures| figures.borrow_mut().push((section.id(), drawn)));
            } else {
                drawn.iter().for_each(web_sys::Element::remove);
            }
            let before = fixed.into_iter().next();
            Some(FigureArea {
                section,
                area,
                before,
            })
        })
        .collect()
}

/// What chapter `id`'s figure area held as rendered at build time, if the page kept it
/// (in its place, [`figure_areas`]); taken, so each chapter gets its own once.
pub fn take_prerendered_figure(id: &str) -> Option<Vec<web_sys::Element>> {
    PRERENDERED_FIGURES.with(|figures| {
        let mut figures = figures.borrow_mut();
        let at = figures.iter().position(|(chapter, _)| chapter == id)?;
        Some(figures.swap_remove(at).1)
    })
}

/// Forgets the figures the build drew that the app has not replaced yet: the page they
/// were in is gone (the reader left the article for the slides).
pub fn forget_prerendered_figures() {
    PRERENDERED_FIGURES.with(|figures| figures.borrow_mut().clear());
}
