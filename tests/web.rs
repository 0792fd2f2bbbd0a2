//! In-browser tests: mount the app in headless Chromium, drive a control, read the DOM.
#![cfg(target_arch = "wasm32")]

use std::sync::atomic::{AtomicU32, Ordering};

use gloo_timers::future::TimeoutFuture;
use livestream_arena::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, HtmlInputElement};

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

/// How many chapters had not built their figure right after the app was mounted.
static UNBUILT_AT_MOUNT: AtomicU32 = AtomicU32::new(0);

fn unbuilt_chapters() -> u32 {
    document()
        .query_selector_all("section.chapter .interactive:empty")
        .unwrap()
        .length()
}

/// Mounts the app once per test page, then waits until every chapter has built its
/// figure (those off screen are built in the background, one per timer task).
async fn mount() {
    if document().query_selector("main#main").unwrap().is_none() {
        let host = document().create_element("div").unwrap();
        document().body().unwrap().append_child(&host).unwrap();
        leptos::mount::mount_to(host.unchecked_into(), App).forget();
        settle().await;
        UNBUILT_AT_MOUNT.store(unbuilt_chapters(), Ordering::Relaxed);
    }
    for _ in 0..250 {
        if unbuilt_chapters() == 0 {
            return;
        }
        TimeoutFuture::new(20).await;
    }
    panic!("{} chapters never built their figures", unbuilt_chapters());
}

async fn settle() {
    TimeoutFuture::new(20).await;
}

/// Scrolls the control into view, as a reader would: figures off screen pause until seen.
async fn on_screen(selector: &str) -> Element {
    let element = find(selector);
    element.scroll_into_view();
    TimeoutFuture::new(100).await;
    element
}

/// Moves a range input the way a browser does: set the value, fire `input`.
async fn slide(selector: &str, value: &str) {
    let input: HtmlInputElement = on_screen(selector).await.unchecked_into();
    input.set_value(value);
    input.dispatch_event(&Event::new("input").unwrap()).unwrap();
    settle().await;
}

async fn toggle(selector: &str) {
    let input: HtmlInputElement = on_screen(selector).await.unchecked_into();
    input.set_checked(!input.checked());
    input
        .dispatch_event(&Event::new("change").unwrap())
        .unwrap();
    settle().await;
}

#[wasm_bindgen_test]
async fn all_ten_chapters_render_with_their_figures() {
    mount().await;
    let chapters = document().query_selector_all("section.chapter").unwrap();
    assert_eq!(chapters.length(), 10);
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
    slide("#trust-trust", "0.9").await;
    let high_summary = text("#fig-trust .summary");
    let high_width = find("#fig-trust rect.c-douyin")
        .get_attribute("width")
        .unwrap();
    slide("#trust-trust", "0.1").await;
    let low_summary = text("#fig-trust .summary");
    let low_width = find("#fig-trust rect.c-douyin")
        .get_attribute("width")
        .unwrap();
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
    on_screen("#ban-ban").await;
    let before = text("#fig-ban .summary");
    let path_before = find("#fig-ban path.line.c-taobao")
        .get_attribute("d")
        .unwrap();
    toggle("#ban-ban").await;
    assert_ne!(text("#fig-ban .summary"), before);
    assert_ne!(
        find("#fig-ban path.line.c-taobao")
            .get_attribute("d")
            .unwrap(),
        path_before
    );
    toggle("#ban-ban").await;
    assert_eq!(text("#fig-ban .summary"), before);
}

#[wasm_bindgen_test]
async fn selling_slider_moves_the_marker_along_the_curve() {
    mount().await;
    slide("#niche-sell", "0.1").await;
    let low = find("#fig-curve circle.marker")
        .get_attribute("cx")
        .unwrap();
    slide("#niche-sell", "0.9").await;
    let high = find("#fig-curve circle.marker")
        .get_attribute("cx")
        .unwrap();
    assert!(high.parse::<f64>().unwrap() > low.parse::<f64>().unwrap());
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
