//! Small, fallible conversations with the browser: the URL, the viewport, the page's
//! elements and attributes, listeners and observers, preferences, storage and the
//! clipboard. Each degrades silently where the browser refuses. This is the one file that
//! reaches for `window()`; the rest of `ui` asks it, and keeps its own policies (which
//! language, which theme, when an explanation shows, where the page lands).

use std::cell::Cell;

use gloo_events::{EventListener, EventListenerOptions};
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::content::Locale;
use crate::state::FigureId;

/// The browser's window; none when the page is rendered natively at build time, so every function here
/// answers as a browser that refuses would.
fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window();
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Whether the page runs in a browser (not rendered natively at build time).
pub fn present() -> bool {
    window().is_some()
}

/// Runs `f` once the page's HTML has been read to its end: at once if it has, else when
/// the browser says so (the app's script may start while the page is still arriving).
pub fn when_page_read(f: impl FnOnce() + 'static) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    if document.ready_state() == "loading" {
        EventListener::once(&document, "DOMContentLoaded", move |_| f()).forget();
    } else {
        f();
    }
}

/// Runs `f` before the next paint (never when rendered natively).
pub fn next_frame(f: impl FnOnce() + 'static) {
    if present() {
        leptos::prelude::request_animation_frame(f);
    }
}

/// The page's query string, with its `?`, or empty.
pub fn query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The page's address without its query string.
pub fn page_address() -> String {
    window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
        })
        .unwrap_or_default()
}

/// The page's path (its address without the origin, the query or the fragment).
pub fn path() -> String {
    window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default()
}

/// Replaces the current URL's path and query with `url`, without a history entry or a
/// scroll jump; a `#chapter` fragment stays.
pub fn replace_url(url: String) {
    let Some(w) = window() else { return };
    let Ok(history) = w.history() else { return };
    let url = url + &w.location().hash().unwrap_or_default();
    let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
}

/// Goes to `page` (beside this one) with `query` (empty, or with its `?`) and the
/// `fragment` (without its `#`), in place of this page in the history.
pub fn open_page(page: &str, query: &str, fragment: &str) {
    let Some(w) = window() else { return };
    let hash = if fragment.is_empty() {
        String::new()
    } else {
        format!("#{fragment}")
    };
    let _ = w.location().replace(&format!("{page}{query}{hash}"));
}

/// The language of the page, if the build wrote it (`<html lang data-built>`): a page
/// it did not write (the browser tests mount the app on one) has none.
pub fn served_locale() -> Option<Locale> {
    let root = window()?.document()?.document_element()?;
    if !root.has_attribute("data-built") {
        return None;
    }
    Locale::from_tag(&root.get_attribute("lang")?)
}

/// The figure a page the build wrote shows alone (`<html data-embed>`), if it is one.
pub fn served_embed() -> Option<FigureId> {
    let root = window()?.document()?.document_element()?;
    FigureId::from_code(&root.get_attribute("data-embed")?)
}

/// Every element in `<body>` that `selector` matches.
pub fn find_all(selector: &str) -> Vec<web_sys::Element> {
    let Some(body) = body() else {
        return Vec::new();
    };
    let Ok(list) = body.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

/// Empties `<body>`.
pub fn clear_body() {
    if let Some(body) = body() {
        body.set_inner_html("");
    }
}

/// The element `selector` finds first in the page, if any.
pub fn find(selector: &str) -> Option<web_sys::Element> {
    window()?.document()?.query_selector(selector).ok()?
}

/// The element whose id is `id`, if any.
pub fn element_by_id(id: &str) -> Option<web_sys::Element> {
    window()?.document()?.get_element_by_id(id)
}

/// The first of the browser's preferred languages that the explainer speaks.
pub fn preferred_locale() -> Locale {
    window()
        .map(|w| w.navigator().languages())
        .into_iter()
        .flat_map(|list| list.iter().collect::<Vec<_>>())
        .filter_map(|v| v.as_string())
        .find_map(|tag| Locale::from_tag(&tag))
        .unwrap_or_default()
}

/// The URL's `#fragment`, without the `#` (empty if there is none).
pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// The viewport's width in CSS pixels (0 where it cannot be read).
pub fn viewport_width() -> f64 {
    window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .unwrap_or(0.0)
}

/// How far `element` is from the viewport, in CSS pixels, above or below it: 0 when any
/// of it is inside.
pub fn distance_from_viewport(element: &web_sys::Element) -> f64 {
    let height = window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let rect = element.get_bounding_client_rect();
    (rect.top() - height).max(-rect.bottom()).max(0.0)
}

/// The page's `<body>`, if there is one.
pub fn body() -> Option<web_sys::HtmlElement> {
    window()?.document()?.body()
}

/// Runs `work` and records how long it took as a User Timing measure named `name`
/// (read by the benchmark command); just runs it where `performance` is missing.
pub fn timed<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = window().and_then(|w| w.performance());
    if let Some(p) = &performance {
        let _ = p.mark(name);
    }
    let result = work();
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark(name, name);
        p.clear_marks_with_mark_name(name);
    }
    result
}

/// Posts `message` to the parent frame, for any origin to read (only ever a height).
pub fn post_to_parent(message: &wasm_bindgen::JsValue) {
    if let Some(parent) = window().and_then(|w| w.parent().ok().flatten()) {
        let _ = parent.post_message(message, "*");
    }
}

/// Calls `receive` with the data of every message the parent frame (and nothing
/// else) posts to this page, for as long as the returned listener lives.
pub fn on_parent_message(
    receive: impl Fn(&wasm_bindgen::JsValue) + 'static,
) -> Option<EventListener> {
    let window = window()?;
    let parent: wasm_bindgen::JsValue = window.parent().ok()??.into();
    Some(EventListener::new(&window, "message", move |event| {
        let field = |name: &str| js_sys::Reflect::get(event, &name.into()).ok();
        if field("source").is_some_and(|source| source == parent) {
            if let Some(data) = field("data") {
                receive(&data);
            }
        }
    }))
}

/// The height of the page's content in CSS pixels (the root element's box, not its
/// scroll height, which never reports less than the frame).
pub fn content_height() -> Option<f64> {
    let root = window()?.document()?.document_element()?;
    Some(root.get_bounding_client_rect().height())
}

/// Toggles full screen on the whole page (allowed inside an iframe with
/// `allowfullscreen`). Refusals come back as rejected promises, which are caught so
/// the console stays clean.
pub fn toggle_fullscreen() {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    let (target, method): (wasm_bindgen::JsValue, &str) = if document.fullscreen_element().is_some()
    {
        (document.clone().into(), "exitFullscreen")
    } else {
        match document.document_element() {
            Some(root) => (root.into(), "requestFullscreen"),
            None => return,
        }
    };
    let call = js_sys::Reflect::get(&target, &method.into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(&target).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    if let Some(promise) = call {
        let ignore = Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(|_| {});
        let _ = promise.catch(&ignore);
        // Called at most once, by the browser, after this function returns: a few
        // bytes per press of the full-screen key.
        ignore.forget();
    }
}

/// Whether this page may go full screen: inside an iframe, only where the host
/// allows it (`allow="fullscreen"`).
pub fn fullscreen_enabled() -> bool {
    window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.fullscreen_enabled())
}

/// Whether the page is full screen now.
pub fn is_fullscreen() -> bool {
    window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.fullscreen_element().is_some())
}

/// Calls `changed` whenever the page enters or leaves full screen (by its button, or
/// by the browser's Escape), for as long as the returned listener lives.
pub fn on_fullscreen_change(changed: impl Fn() + 'static) -> Option<EventListener> {
    let document = window()?.document()?;
    Some(EventListener::new(
        &document,
        "fullscreenchange",
        move |_| changed(),
    ))
}

thread_local! {
    /// Observers alive now (see [`Observer`]), for the tests that check nothing leaks.
    static LIVE_OBSERVERS: Cell<usize> = const { Cell::new(0) };
}

/// How many observers made here are alive: a number that must stay flat when the
/// page is rebuilt (a language switch), or something leaks.
pub fn live_observers() -> usize {
    LIVE_OBSERVERS.with(Cell::get)
}

/// A browser observer (intersection or resize) together with the callback it calls.
/// Dropping it disconnects the observer and frees the callback: keep it for as long
/// as it should report, for example in a `StoredValue` of the component it serves.
pub enum Observer {
    /// An IntersectionObserver and its callback.
    Intersection {
        observer: web_sys::IntersectionObserver,
        _callback: Closure<dyn FnMut(js_sys::Array)>,
    },
    /// A ResizeObserver and its callback.
    Resize {
        observer: web_sys::ResizeObserver,
        _callback: Closure<dyn FnMut()>,
    },
}

impl Observer {
    /// Counts the new observer among the live ones.
    fn counted(self) -> Self {
        LIVE_OBSERVERS.with(|n| n.set(n.get() + 1));
        self
    }

    /// Stops the reports now; the callback is freed when the observer is dropped.
    pub fn disconnect(&self) {
        match self {
            Observer::Intersection { observer, .. } => observer.disconnect(),
            Observer::Resize { observer, .. } => observer.disconnect(),
        }
    }
}

impl Drop for Observer {
    fn drop(&mut self) {
        self.disconnect();
        LIVE_OBSERVERS.with(|n| n.set(n.get() - 1));
    }
}

/// Calls `report(true)` when `element` comes within `margin` (CSS, e.g. `"300px 0px"`)
/// of the viewport and `report(false)` when it leaves, for as long as the returned
/// observer lives; `None` where IntersectionObserver is missing (its constructor
/// then throws, which the binding returns as an error).
pub fn observe_intersection(
    element: &web_sys::Element,
    margin: &str,
    report: impl Fn(bool) + 'static,
) -> Option<Observer> {
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Some(entry) = entries
            .iter()
            .last()
            .and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
        {
            report(entry.is_intersecting());
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin(margin);
    let observer = web_sys::IntersectionObserver::new_with_options(
        callback.as_ref().unchecked_ref(),
        &options,
    )
    .ok()?;
    observer.observe(element);
    Some(
        Observer::Intersection {
            observer,
            _callback: callback,
        }
        .counted(),
    )
}

/// Calls `changed` whenever the page body's size changes, for as long as the returned
/// observer lives; `None` where ResizeObserver is missing.
pub fn observe_body_size(changed: impl FnMut() + 'static) -> Option<Observer> {
    let body = body()?;
    let callback = Closure::<dyn FnMut()>::new(changed);
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&body);
    Some(
        Observer::Resize {
            observer,
            _callback: callback,
        }
        .counted(),
    )
}

/// Calls `on_key` for every key pressed on the page, for as long as the returned
/// listener lives. (gloo's listener rather than Leptos's `window_event_listener`,
/// which costs 1.1 KB more wasm for the same job.)
pub fn on_key_down(on_key: impl Fn(&web_sys::KeyboardEvent) + 'static) -> Option<EventListener> {
    let options = EventListenerOptions::enable_prevent_default();
    let window = window()?;
    Some(EventListener::new_with_options(
        &window,
        "keydown",
        options,
        move |ev| {
            if let Some(ev) = ev.dyn_ref::<web_sys::KeyboardEvent>() {
                on_key(ev);
            }
        },
    ))
}

/// Calls `act` each time the reader scrolls, clicks, types or moves a control, for as
/// long as the returned listeners live (on the window, in the capture phase, so
/// nothing on the page can hide an action from it).
pub fn on_reader_action(act: impl Fn() + Clone + 'static) -> Vec<EventListener> {
    let Some(window) = window() else {
        return Vec::new();
    };
    ["input", "pointerdown", "keydown", "wheel", "touchstart"]
        .into_iter()
        .map(|kind| {
            let act = act.clone();
            let options = EventListenerOptions::run_in_capture_phase();
            EventListener::new_with_options(&window, kind, options, move |_| act())
        })
        .collect()
}

/// Calls `f` with every `kind` event that reaches the window, in the capture phase (so
/// nothing on the page can hide one from it), for as long as the returned listener lives.
pub fn on_window_capture(
    kind: &'static str,
    f: impl FnMut(&web_sys::Event) + 'static,
) -> Option<EventListener> {
    let window = window()?;
    let options = EventListenerOptions::run_in_capture_phase();
    Some(EventListener::new_with_options(&window, kind, options, f))
}

/// Scrolls `target` to the top at once, not smoothly: a smooth scroll from the top
/// would pass (and build) every chapter on the way, and keep the reader waiting.
pub fn scroll_now(target: &web_sys::Element) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_behavior(web_sys::ScrollBehavior::Instant);
    target.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Moves keyboard focus to the first element matching `selector`, if there is one
/// (used after a rebuild replaced the focused element with its twin).
pub fn focus(selector: &str) {
    if let Some(element) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Sets an attribute on `<html>` (or removes it for `None`). Setting `lang` makes the
/// browser work out the whole page's style again, even to the value it had (as it
/// does when the app starts on a page the build wrote), so an unchanged value is
/// left alone.
pub fn set_root_attribute(name: &str, value: Option<&str>) {
    let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    if root.get_attribute(name).as_deref() == value {
        return;
    }
    let _ = match value {
        Some(v) => root.set_attribute(name, v),
        None => root.remove_attribute(name),
    };
}

/// Whether local storage can be used. Sandboxed iframes and some private modes
/// refuse it (accessing it throws), and gloo's storage panics then, so ask first.
pub fn storage_allowed() -> bool {
    window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
}

/// Reads a stored string, where storage is allowed. Values are kept as plain
/// strings (gloo's raw storage: its typed `get`/`set` would bring a JSON codec into
/// the wasm for two short codes); a JSON-quoted value from an older version still reads.
pub fn load(key: &str) -> Option<String> {
    let value = storage_allowed()
        .then(|| LocalStorage::raw().get_item(key).ok().flatten())
        .flatten()?;
    Some(
        match value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
            Some(unquoted) => unquoted.to_string(),
            None => value,
        },
    )
}

/// Stores a string (or removes it for `None`), where storage is allowed.
pub fn save_local(key: &str, value: Option<&str>) {
    if !storage_allowed() {
        return;
    }
    let storage = LocalStorage::raw();
    let _ = match value {
        Some(v) => storage.set_item(key, v),
        None => storage.remove_item(key),
    };
}

/// Whether the page runs inside a frame.
pub fn in_frame() -> bool {
    window()
        .and_then(|w| {
            let parent = w.parent().ok()??;
            Some(
                AsRef::<wasm_bindgen::JsValue>::as_ref(&parent)
                    != AsRef::<wasm_bindgen::JsValue>::as_ref(&w),
            )
        })
        .unwrap_or(false)
}

/// Copies `text` to the clipboard; `false` where the browser refuses (no permission,
/// insecure context, sandboxed frame) so the caller can offer a manual fallback.
pub async fn copy_text(text: &str) -> bool {
    let Some(w) = window() else { return false };
    let clipboard = w.navigator().clipboard();
    // The Clipboard API is missing in insecure contexts; the binding then holds undefined.
    if AsRef::<wasm_bindgen::JsValue>::as_ref(&clipboard).is_undefined() {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}
