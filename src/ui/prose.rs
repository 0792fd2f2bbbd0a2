//! Text that is the same in every scenario: the chapters' paragraphs, the glossary and
//! the list of sources. It is rendered once, natively, into the pages the build writes;
//! in the browser each block is an empty twin that the app fills with a copy of the
//! page's (`data-prose="KEY"`), so the wasm carries none of the text. The language switch
//! goes to the other language's page for the same reason.

use std::cell::RefCell;

use leptos::html::ElementType;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::content::Chapter;
use crate::ui::browser;
use crate::ui::timing::effect;

thread_local! {
    /// The page's blocks of fixed text (`data-prose`), by key, for [`copy_prose`].
    static PROSE: RefCell<Vec<(String, web_sys::Element)>> = const { RefCell::new(Vec::new()) };
}

/// Keeps the page's blocks of fixed text (`data-prose`) aside for [`copy_prose`], so
/// they outlast the page the build wrote.
pub fn keep_prose() {
    let prose = browser::find_all("[data-prose]")
        .into_iter()
        .filter_map(|block| Some((block.get_attribute("data-prose")?, block)));
    PROSE.with(|kept| kept.borrow_mut().extend(prose));
}

/// Fills `target` with a copy of the page's block of fixed text named `key`, if the page
/// had one (a page the build did not write has none).
fn copy_prose(key: &str, target: &web_sys::Element) {
    PROSE.with(|kept| {
        let kept = kept.borrow();
        let Some((_, block)) = kept.iter().find(|(k, _)| k == key) else {
            return;
        };
        let children = block.child_nodes();
        for i in 0..children.length() {
            if let Some(copy) = children
                .item(i)
                .and_then(|c| c.clone_node_with_deep(true).ok())
            {
                let _ = target.append_child(&copy);
            }
        }
    });
}

/// `$view` natively, where the build renders the page; nothing in the wasm, where the
/// block is filled from the page ([`from_page`]).
macro_rules! built {
    ($view:expr) => {{
        #[cfg(not(target_arch = "wasm32"))]
        let view = $view;
        #[cfg(target_arch = "wasm32")]
        let view = ();
        view
    }};
}
pub(crate) use built;

/// A node reference that, once its element is on the page, fills the element with the
/// page's block of fixed text named `key`.
pub fn from_page<E>(key: String) -> NodeRef<E>
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    let node = NodeRef::<E>::new();
    effect(Box::new(move || {
        if let Some(element) = node.get() {
            copy_prose(&key, element.unchecked_ref());
        }
    }));
    node
}

/// Which of a chapter's paragraphs: those before its figure, or after it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Body,
    After,
}

/// The paragraphs of `chapter` before or after its figure, with each provenance flag
/// they cite drawn as a chip that links to the sources panel.
#[component]
pub fn ChapterProse(chapter: Chapter, part: Part) -> impl IntoView {
    let (name, class) = match part {
        Part::Body => ("body", "prose"),
        Part::After => ("after", "prose after"),
    };
    let key = format!("{}-{name}", chapter.id());
    view! {
        <div class=class data-prose=key.clone() node_ref={from_page::<leptos::html::Div>(key)}>
            {built!(native::paragraphs(chapter, part))}
        </div>
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use leptos::either::EitherOf3;
    use leptos::prelude::*;

    use super::Part;
    use crate::content::cite::{pieces, Piece};
    use crate::content::{live_only, Chapter};
    use crate::ui::store::use_store;

    /// The paragraphs of `chapter`'s `part`, in the page's language.
    pub fn paragraphs(chapter: Chapter, part: Part) -> impl IntoView {
        let texts = use_store().texts();
        let text = (texts.chapters)(chapter);
        let list = match part {
            Part::Body => text.body,
            Part::After => text.after,
        };
        let flags = texts.sources.flags;
        list.iter()
            .map(|p| {
                let (text, live) = live_only(p);
                view! { <p class:live-only=live>{cited(text, flags)}</p> }
            })
            .collect_view()
    }

    /// A paragraph with each flag it cites drawn as a chip that links to the sources
    /// panel, named by the flag's meaning ("R: reputable press, …").
    fn cited(text: &'static str, flags: [&'static str; 5]) -> impl IntoView {
        pieces(text)
            .into_iter()
            .map(|piece| match piece {
                Piece::Text(t) => EitherOf3::A(t),
                Piece::Flag(f) => EitherOf3::B(view! {
                    <a class="flag" href="#sources" aria-label=flags[f.index()]>
                        {f.letter()}
                    </a>
                }),
                Piece::Link(words, target) => EitherOf3::C(view! { <a href=target>{words}</a> }),
            })
            .collect_view()
    }
}
