//! Embed mode (`?embed=ID`): one figure with its controls, sized for an iframe,
//! telling its host page how tall it is.

use leptos::prelude::*;
use serde::Serialize;

use crate::content::{Chapter, Locale};
use crate::state::{link, AppState, FigureId};
use crate::ui::browser;
use crate::ui::store::use_store;

/// The `type` of the one message an embedded figure sends. The host script
/// (`public/embed.js`) accepts only messages of this shape from its own iframes.
pub const HEIGHT_MESSAGE: &str = "livestream-arena:height";

thread_local! {
    /// The pym.js parent's id for this page, read from the URL the page opened with:
    /// the page soon rewrites its URL from its state, which leaves the host's
    /// parameters out, and a rebuilt embed view must still answer.
    static PYM_CHILD: Option<String> = crate::pym::child_id(&browser::query());
}

/// The `type` of the host script's answer: the colour scheme the host page gives the
/// iframe (`"light"`, `"dark"`, or null for the reader's own).
pub const SCHEME_MESSAGE: &str = "livestream-arena:scheme";

/// The height message: a fixed type name and the content height in CSS pixels.
#[derive(Serialize)]
struct HeightMessage {
    #[serde(rename = "type")]
    kind: &'static str,
    height: u32,
}

/// One figure alone: the figure (its title the page's heading) with its controls, then
/// the product's name and a link to the full explainer with the same scenario.
#[component]
pub fn FigurePage(
    figure: FigureId,
    /// Draws the figure: `chapters::figure_alone` in the embed pages' wasm, which leaves out what
    /// it does not draw, `chapters::any_figure_alone` in the article's.
    draw: fn(FigureId) -> AnyView,
) -> impl IntoView {
    let store = use_store();
    let full_link = move || {
        let state = AppState {
            embed: None,
            ..store.app_state()
        };
        // The article in the page's language: a Chinese embed opens the Chinese page.
        let base = match store.locale.get() {
            Locale::En => "./",
            other => other.page(),
        };
        link(base, &state)
    };
    if browser::in_frame() {
        report_height();
        // A theme in the URL is the embedder's explicit choice; without one, the host's.
        if store.theme.get_untracked().is_none() {
            follow_host_scheme();
        }
    }
    view! {
        <main class="embed" id="main">
            <div class="interactive">{draw(figure)}</div>
            {figure
                .projects()
                .then(|| {
                    let next = move || format!("{}#{}", full_link(), Chapter::Next.id());
                    view! {
                        <p class="embed-note">
                            // The stylesheet spaces the link from the note (not after a Chinese full stop).
                            {store.texts().frame.model_note}
                            <a href=next target="_blank" rel="noopener">
                                {store.texts().frame.model_note_link}
                            </a>
                        </p>
                    }
                })}
            <p class="embed-link">
                <span class="embed-brand">{store.texts().title}</span>
                " · "
                <a href=full_link target="_blank" rel="noopener">
                    {store.texts().frame.open_full}
                </a>
                {fullscreen_button(store.texts().slides.fullscreen)}
            </p>
        </main>
    }
}

/// A button that shows the embedded figure full screen, for a teacher who put it in a
/// course page; only where the page may go full screen (in an iframe, where the host
/// allows it), so no button is shown that would do nothing. It says whether the
/// figure is full screen now, which the browser's Escape also changes.
fn fullscreen_button(label: &'static str) -> Option<impl IntoView> {
    if !browser::fullscreen_enabled() {
        return None;
    }
    let full = RwSignal::new(browser::is_fullscreen());
    if let Some(listener) =
        browser::on_fullscreen_change(move || full.set(browser::is_fullscreen()))
    {
        // Owned by the embed view: removed when it goes (a language switch).
        crate::ui::keep_while_owned(listener);
    }
    Some(view! {
        " · "
        <button
            type="button"
            class="embed-fullscreen"
            aria-pressed=move || full.get().to_string()
            on:click=|_| browser::toggle_fullscreen()
        >
            {label}
        </button>
    })
}

/// Takes the colour scheme the host page gives the iframe, as its host script
/// (`public/embed.js`) tells it in answer to the height message: browsers do not pass
/// the iframe element's `color-scheme` on to the embedded page's
/// `prefers-color-scheme`. Only the parent's messages are read, and only the two
/// scheme names are used; anything else goes back to the reader's system setting.
fn follow_host_scheme() {
    let listener = browser::on_parent_message(|data| {
        let field = |name: &str| js_sys::Reflect::get(data, &name.into()).ok()?.as_string();
        if field("type").as_deref() != Some(SCHEME_MESSAGE) {
            return;
        }
        let scheme = field("scheme").filter(|s| s == "light" || s == "dark");
        browser::set_root_attribute("data-host-scheme", scheme.as_deref());
    });
    if let Some(listener) = listener {
        // Owned by the embed view: removed when it goes (a language switch).
        crate::ui::keep_while_owned(listener);
    }
}

/// Posts the page's height to the parent frame now and whenever it changes, for as
/// long as the embed view lives. Where ResizeObserver is missing, the iframe keeps
/// the snippet's fixed height.
fn report_height() {
    // Opened by a pym.js parent (a newsroom CMS): its message too, so it sizes the iframe.
    let pym_child = PYM_CHILD.with(Clone::clone);
    let post = move || {
        let Some(height) = browser::content_height() else {
            return;
        };
        // A float-to-int cast saturates, so any height fits.
        let height = height.ceil() as u32;
        let message = HeightMessage {
            kind: HEIGHT_MESSAGE,
            height,
        };
        if let Ok(value) = serde_wasm_bindgen::to_value(&message) {
            browser::post_to_parent(&value);
        }
        if let Some(id) = &pym_child {
            browser::post_to_parent(&crate::pym::height_message(id, height).into());
        }
    };
    if let Some(observer) = browser::observe_body_size(post.clone()) {
        // Owned by the embed view: disconnected when it goes (a language switch).
        crate::ui::keep_while_owned(observer);
    }
    post();
}
