//! In-browser tests: mount the app in headless Chromium, drive a control, read the DOM.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use gloo_timers::future::TimeoutFuture;
use livestream_arena::content::{Chapter, Locale};
use livestream_arena::ui::{live_observers, App};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, HtmlInputElement, IntersectionObserver, IntersectionObserverEntry};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn find(selector: &str) -> Element {
    document()
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn text(selector: &str) -> String {
    find(selector).text_content().unwrap_or_default()
}

/// How many chapters had not built their figure when the first ones on screen had.
static UNBUILT_AT_MOUNT: AtomicU32 = AtomicU32::new(0);

fn chapters() -> u32 {
    document()
        .query_selector_all("section.chapter")
        .unwrap()
        .length()
}

fn unbuilt_chapters() -> u32 {
    document()
        .query_selector_all("section.chapter .interactive:empty")
        .unwrap()
        .length()
}

/// How long [`until`] waits for a condition before it fails the test.
const DEADLINE_MS: f64 = 10_000.0;

/// Waits until `cond` holds, checking it every 10 ms; panics, naming `what`, if it
/// still does not hold after [`DEADLINE_MS`].
async fn until(what: &str, cond: impl Fn() -> bool) {
    let start = js_sys::Date::now();
    while !cond() {
        if js_sys::Date::now() - start > DEADLINE_MS {
            panic!("gave up after {DEADLINE_MS} ms waiting until {what}");
        }
        TimeoutFuture::new(10).await;
    }
}

/// Mounts the app once per test page, then waits until every chapter has built its
/// figure (those off screen are built in the background, one per timer task).
async fn mount() {
    if document().query_selector("main#main").unwrap().is_none() {
        let host = document().create_element("div").unwrap();
        document().body().unwrap().append_child(&host).unwrap();
        leptos::mount::mount_to(host.unchecked_into(), || leptos::view! { <App /> }).forget();
        // The chapters near the screen build first, each in a timer task of its own;
        // count the rest at the first sign of that.
        until("the first chapter builds its figure", || {
            chapters() > 0 && unbuilt_chapters() < chapters()
        })
        .await;
        UNBUILT_AT_MOUNT.store(unbuilt_chapters(), Ordering::Relaxed);
    }
    until("every chapter has built its figure", || {
        unbuilt_chapters() == 0
    })
    .await;
}

/// Whether all of `element` is inside the viewport, give or take a pixel (a scrolled-to
/// element may sit a fraction of a pixel above the top).
fn within_viewport(element: &Element) -> bool {
    let window = web_sys::window().unwrap();
    let width = window.inner_width().unwrap().as_f64().unwrap();
    let height = window.inner_height().unwrap().as_f64().unwrap();
    let rect = element.get_bounding_client_rect();
    rect.top() > -1.0
        && rect.left() > -1.0
        && rect.bottom() < height + 1.0
        && rect.right() < width + 1.0
}

/// Scrolls the control into view, as a reader would, and waits until it is inside
/// the viewport and the app has seen it there: figures off screen hold their last
/// drawing until the app's IntersectionObserver reports their chapter on screen.
async fn on_screen(selector: &str) -> Element {
    let element = find(selector);
    element.scroll_into_view();
    // Chapters coming near the screen render and may move it: scroll again until it stays.
    until(&format!("{selector} is inside the viewport"), || {
        within_viewport(&element) || {
            element.scroll_into_view();
            false
        }
    })
    .await;
    // The browser notifies a document's observers in one task, in the order they were
    // created: once an observer of our own (created now) reports the control on
    // screen, the app's older observer has reported its chapter, and the figure has
    // caught up with the store.
    let seen = Rc::new(Cell::new(false));
    let callback = {
        let seen = seen.clone();
        Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(entry) = entries
                .iter()
                .last()
                .and_then(|e| e.dyn_into::<IntersectionObserverEntry>().ok())
            {
                seen.set(entry.is_intersecting());
            }
        })
    };
    let observer = IntersectionObserver::new(callback.as_ref().unchecked_ref()).unwrap();
    observer.observe(&element);
    until(&format!("an IntersectionObserver sees {selector}"), || {
        seen.get()
    })
    .await;
    observer.disconnect();
    element
}

/// Moves a range input the way a browser does: set the value, fire `input`. The
/// caller waits for the figure to show it.
async fn slide(selector: &str, value: &str) {
    let input: HtmlInputElement = on_screen(selector).await.unchecked_into();
    input.set_value(value);
    input.dispatch_event(&Event::new("input").unwrap()).unwrap();
}

/// Flips a switch the way a browser does. The caller waits for the figure to show it.
async fn toggle(selector: &str) {
    let input: HtmlInputElement = on_screen(selector).await.unchecked_into();
    input.set_checked(!input.checked());
    input
        .dispatch_event(&Event::new("change").unwrap())
        .unwrap();
}

fn attribute(selector: &str, name: &str) -> String {
    find(selector)
        .get_attribute(name)
        .unwrap_or_else(|| panic!("{selector} has no {name}"))
}

#[wasm_bindgen_test]
async fn every_chapter_renders_with_its_figure() {
    mount().await;
    let chapters = document().query_selector_all("section.chapter").unwrap();
    assert_eq!(chapters.length() as usize, Chapter::ALL.len());
    for chapter in Chapter::ALL {
        let interactive = find(&format!("section#{} .interactive", chapter.id()));
        assert!(
            interactive.child_element_count() > 0,
            "{chapter:?} built nothing"
        );
    }
    assert!(
        UNBUILT_AT_MOUNT.load(Ordering::Relaxed) > 0,
        "the page should open without building the figures far off screen"
    );
    for id in [
        "fig-scoreboard",
        "fig-ban",
        "fig-alliances",
        "fig-map",
        "fig-curve",
        "fig-trust",
        "fig-sandbox",
    ] {
        find(&format!("#{id} svg"));
    }
}

#[wasm_bindgen_test]
async fn trust_slider_moves_the_trust_figure_and_its_summary() {
    mount().await;
    const SUMMARY: &str = "#fig-trust .summary";
    const DOUYIN: &str = "#fig-trust rect.c-douyin";
    on_screen("#trust-trust").await;
    let (summary, width) = (text(SUMMARY), attribute(DOUYIN, "width"));
    slide("#trust-trust", "0.9").await;
    until("the trust figure shows trust at 0.9", || {
        text(SUMMARY) != summary && attribute(DOUYIN, "width") != width
    })
    .await;
    let high_summary = text(SUMMARY);
    let high_width = attribute(DOUYIN, "width");
    slide("#trust-trust", "0.1").await;
    until("the trust figure shows trust at 0.1", || {
        text(SUMMARY) != high_summary && attribute(DOUYIN, "width") != high_width
    })
    .await;
    let low_summary = text(SUMMARY);
    let low_width = attribute(DOUYIN, "width");
    assert_ne!(high_summary, low_summary);
    assert!(
        high_width.parse::<f64>().unwrap() > low_width.parse::<f64>().unwrap(),
        "Douyin's bar should be longer with more trust: {high_width} vs {low_width}"
    );
    assert_eq!(
        find("#trust-trust")
            .unchecked_into::<HtmlInputElement>()
            .value(),
        "0.1"
    );
}

#[wasm_bindgen_test]
async fn ban_switch_redraws_the_ban_figure() {
    mount().await;
    const SUMMARY: &str = "#fig-ban .summary";
    // The Douyin-made sales that reach Alibaba through links: none after 2020 with the
    // ban, some without it (Taobao Live's own streams do not move with the ban).
    const LINKS: &str = "#fig-ban path.line.c-links:not(.ghost)";
    on_screen("#ban-ban").await;
    let before = text(SUMMARY);
    let path_before = attribute(LINKS, "d");
    toggle("#ban-ban").await;
    until(
        "the ban figure redraws its summary and the links' line",
        || text(SUMMARY) != before && attribute(LINKS, "d") != path_before,
    )
    .await;
    // Without the ban, the sentence counts the sales that still go out through links.
    assert!(
        text(SUMMARY).contains("paid for on Alibaba"),
        "{}",
        text(SUMMARY)
    );
    toggle("#ban-ban").await;
    until("the ban figure's summary returns to where it was", || {
        text(SUMMARY) == before
    })
    .await;
    assert!(!before.contains("paid for on Alibaba"), "{before}");
}

#[wasm_bindgen_test]
async fn selling_slider_moves_the_marker_along_the_curve() {
    mount().await;
    const MARKER: &str = "#fig-curve circle.marker";
    on_screen("#niche-sell").await;
    let start = attribute(MARKER, "cx");
    slide("#niche-sell", "0.1").await;
    until("the marker moves for selling at 0.1", || {
        attribute(MARKER, "cx") != start
    })
    .await;
    let low = attribute(MARKER, "cx");
    slide("#niche-sell", "0.9").await;
    until("the marker moves for selling at 0.9", || {
        attribute(MARKER, "cx") != low
    })
    .await;
    let high = attribute(MARKER, "cx");
    assert!(high.parse::<f64>().unwrap() > low.parse::<f64>().unwrap());
}

#[wasm_bindgen_test]
async fn twenty_language_switches_leave_no_observer_behind() {
    mount().await;
    let before = live_observers();
    assert!(
        before >= Chapter::ALL.len(),
        "each chapter watches whether it is on screen: {before} observers"
    );
    let root = document().document_element().unwrap();
    for switch in 0..20 {
        let locale = Locale::ALL[(switch + 1) % Locale::ALL.len()];
        let button: web_sys::HtmlElement =
            find(&format!(".toolbar button[lang={}]", locale.tag())).unchecked_into();
        button.click();
        until(&format!("the page is rebuilt in {}", locale.tag()), || {
            root.get_attribute("lang").as_deref() == Some(locale.tag())
                && find(".toolbar button[aria-pressed=true]")
                    .get_attribute("lang")
                    .as_deref()
                    == Some(locale.tag())
        })
        .await;
        until("every chapter has built its figure again", || {
            chapters() as usize == Chapter::ALL.len() && unbuilt_chapters() == 0
        })
        .await;
    }
    // Each rebuild makes new observers and must free the old ones.
    until(&format!("{before} observers are live again"), || {
        live_observers() == before
    })
    .await;
}

#[wasm_bindgen_test]
async fn the_crash_page_replaces_the_app_with_a_way_back() {
    mount().await;
    // The hook writes into <body>; here a stand-in keeps the test runner's own output.
    let page = find("main#main").parent_element().unwrap();
    livestream_arena::ui::panic::write_crash_message(&page);
    let alert = find("main.crash[role=alert]");
    assert!(alert
        .text_content()
        .unwrap()
        .contains("Something went wrong"));
    let link = find("main.crash a");
    let here = web_sys::window().unwrap().location().pathname().unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some(here.as_str()));
    assert!(document()
        .query_selector("section.chapter")
        .unwrap()
        .is_none());
}
