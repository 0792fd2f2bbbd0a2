//! What the reader sees if the app panics: a readable message instead of a frozen page.

use wasm_bindgen::JsCast;

/// Logs a panic to the console, then replaces the page with a message and a way back.
///
/// The message is written with plain DOM calls, because the crashed Leptos runtime
/// cannot be trusted to render anything any more.
pub fn install_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_page();
    }));
}

fn show_crash_page() {
    if let Some(body) = crate::ui::browser::body() {
        write_crash_message(&body);
    }
}

/// Replaces the content of `container` (the page's body, after a panic) with the crash
/// message: a heading, a sentence in each language and a link that reloads the page
/// without its query string (the default scenario).
pub fn write_crash_message(container: &web_sys::Element) {
    let Some(document) = container.owner_document() else {
        return;
    };
    let body = container;
    body.set_inner_html("");
    let main = element(&document, "main", "crash", "");
    main.set_attribute("role", "alert").ok();
    main.append_child(&element(&document, "h1", "", "Something went wrong"))
        .ok();
    main.append_child(&element(
        &document,
        "p",
        "",
        "The explainer hit an error it could not recover from. Nothing was sent anywhere.",
    ))
    .ok();
    let chinese = element(
        &document,
        "p",
        "",
        "页面出错了，无法继续运行。没有任何数据被发送。",
    );
    chinese.set_attribute("lang", "zh-CN").ok();
    main.append_child(&chinese).ok();
    let link = element(&document, "a", "", "Reload with the default scenario");
    // The page's own address without its query string: the default scenario.
    let here = document
        .location()
        .and_then(|l| l.pathname().ok())
        .unwrap_or_default();
    link.set_attribute("href", &here).ok();
    main.append_child(&link).ok();
    body.append_child(&main).ok();
}

fn element(document: &web_sys::Document, tag: &str, class: &str, text: &str) -> web_sys::Element {
    let el = document
        .create_element(tag)
        .expect("creating a plain element cannot fail");
    if !class.is_empty() {
        el.set_class_name(class);
    }
    el.set_text_content(Some(text));
    el.unchecked_into()
}
