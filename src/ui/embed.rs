//! Embed mode (`?embed=ID`): one figure with its controls, sized for an iframe,
//! telling its host page how tall it is.

use leptos::prelude::*;
use serde::Serialize;
use wasm_bindgen::closure::Closure;

use crate::state::{link, AppState, FigureId};
use crate::ui::browser;
use crate::ui::chapters::embedded;
use crate::ui::store::use_store;

/// The `type` of the one message an embedded figure sends. The host script
/// (`public/embed.js`) accepts only messages of this shape from its own iframes.
pub const HEIGHT_MESSAGE: &str = "livestream-arena:height";

/// The height message: a fixed type name and the content height in CSS pixels.
#[derive(Serialize)]
struct HeightMessage {
    #[serde(rename = "type")]
    kind: &'static str,
    height: u32,
}

/// One figure alone: a compact title, the figure and its controls, and a link to
/// the full explainer with the same scenario.
#[component]
pub fn EmbedView(figure: FigureId) -> impl IntoView {
    let store = use_store();
    let full_link = move || {
        let state = AppState {
            embed: None,
            ..store.app_state()
        };
        link("./", &state)
    };
    if browser::in_frame() {
        report_height();
    }
    view! {
        <main class="embed" id="main">
            <p class="embed-brand">{store.texts().title}</p>
            <div class="interactive">{embedded(figure)}</div>
            <p class="embed-link">
                <a href=full_link target="_blank" rel="noopener">{store.chrome().open_full}</a>
            </p>
        </main>
    }
}

/// Posts the page's height to the parent frame now and whenever it changes.
fn report_height() {
    let post = || {
        let Some(window) = web_sys::window() else {
            return;
        };
        // The content's own height: scrollHeight would never report less than the iframe.
        let Some(height) = window
            .document()
            .and_then(|d| d.document_element())
            .map(|e| e.get_bounding_client_rect().height().ceil())
        else {
            return;
        };
        let message = HeightMessage {
            kind: HEIGHT_MESSAGE,
            // A float-to-int cast saturates, so any height fits.
            height: height as u32,
        };
        if let (Ok(Some(parent)), Ok(value)) =
            (window.parent(), serde_wasm_bindgen::to_value(&message))
        {
            // Only a height leaves the page; any origin may read it.
            let _ = parent.post_message(&value, "*");
        }
    };
    let callback = Closure::<dyn FnMut()>::new(post);
    // Where ResizeObserver is missing, the iframe keeps the snippet's fixed height.
    // The observer keeps watching for the page's lifetime, and so needs its callback.
    browser::observe_body_size(&callback);
    callback.forget();
    post();
}
