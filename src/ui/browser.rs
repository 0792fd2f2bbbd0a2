//! Small, fallible conversations with the browser: the URL, the page's attributes,
//! preferences and storage. Each degrades silently where the browser refuses.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use gloo_storage::{LocalStorage, Storage};
use gloo_timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::content::Locale;
use crate::state::{link, AppState, Theme};

/// Storage key of the reader's theme choice.
const THEME_KEY: &str = "livestream-arena.theme";

fn window() -> Option<web_sys::Window> {
    web_sys::window()
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

/// Replaces the current URL with `state`'s, without a history entry or a scroll jump;
/// a `#chapter` fragment stays.
pub fn replace_url(state: &AppState) {
    let Some(w) = window() else { return };
    let Ok(history) = w.history() else { return };
    let location = w.location();
    let url = link(&location.pathname().unwrap_or_default(), state)
        + &location.hash().unwrap_or_default();
    let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
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

/// Scrolls to the element named by the URL's `#fragment`, if there is one, and holds
/// it in place while the page above it grows (the chapters there build their figures
/// after the page opens), until the reader scrolls, clicks, types or moves a control, or
/// [`HOLD_FRAGMENT_MS`] have passed. Without ResizeObserver it only scrolls.
pub fn land_on_fragment() {
    let id = fragment();
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    let Some(target) = (!id.is_empty())
        .then(|| document.get_element_by_id(&id))
        .flatten()
    else {
        return;
    };
    scroll_now(&target);
    let follow = Closure::<dyn FnMut()>::new(move || scroll_now(&target));
    let Some(observer) = observe_body_size(&follow) else {
        return;
    };
    // Everything the hold keeps alive; released (dropped) a tick after it ends, not
    // inside one of its own callbacks.
    type Hold = (
        web_sys::ResizeObserver,
        Closure<dyn FnMut()>,
        Vec<EventListener>,
        Timeout,
    );
    let hold: Rc<RefCell<Option<Hold>>> = Rc::default();
    let release = {
        let hold = Rc::clone(&hold);
        move || {
            if let Some((observer, ..)) = hold.borrow().as_ref() {
                observer.disconnect();
            }
            let hold = Rc::clone(&hold);
            Timeout::new(0, move || drop(hold.borrow_mut().take())).forget();
        }
    };
    let listeners = on_reader_action(release.clone());
    let deadline = Timeout::new(HOLD_FRAGMENT_MS, release);
    hold.replace(Some((observer, follow, listeners, deadline)));
}

/// Calls `callback` whenever the page body's size changes, for as long as the
/// returned observer and the callback live; `None` where ResizeObserver is missing.
pub fn observe_body_size(callback: &Closure<dyn FnMut()>) -> Option<web_sys::ResizeObserver> {
    let has_observer =
        js_sys::Reflect::has(&js_sys::global(), &"ResizeObserver".into()).unwrap_or(false);
    let body = window()?.document()?.body()?;
    let observer = has_observer
        .then(|| web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok())
        .flatten()?;
    observer.observe(&body);
    Some(observer)
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

/// How long, at most, a linked element is held in place while the page builds.
const HOLD_FRAGMENT_MS: u32 = 10_000;

/// Scrolls `target` to the top at once, not smoothly: a smooth scroll from the top
/// would pass (and build) every chapter on the way, and keep the reader waiting.
fn scroll_now(target: &web_sys::Element) {
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

/// Sets an attribute on `<html>` (or removes it for `None`).
pub fn set_root_attribute(name: &str, value: Option<&str>) {
    let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
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
pub fn store(key: &str, value: Option<&str>) {
    if !storage_allowed() {
        return;
    }
    let storage = LocalStorage::raw();
    let _ = match value {
        Some(v) => storage.set_item(key, v),
        None => storage.remove_item(key),
    };
}

/// The theme saved by an earlier visit, where storage is allowed.
pub fn saved_theme() -> Option<Theme> {
    load(THEME_KEY).and_then(|code| Theme::from_code(&code))
}

/// Saves the theme choice, where storage is allowed.
pub fn save_theme(theme: Option<Theme>) {
    store(THEME_KEY, theme.map(Theme::code));
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
