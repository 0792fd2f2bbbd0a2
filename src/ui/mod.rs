//! Leptos components: everything that touches the DOM. They run in the browser, and natively at build
//! time, where [`prerender`] writes the article as HTML for the page to show before the wasm runs.

mod app;
mod browser;
mod chapters;
mod controls;
mod deck;
mod embed;
mod export;
mod figure_view;
pub mod figures;
mod glossary;
pub mod panic;
mod sources;
pub mod store;
mod timing;
mod toolbar;

pub use app::App;
pub use browser::live_observers;

use leptos::prelude::*;

use crate::content::Locale;

/// Starts the app: installs the panic page, takes the article rendered at build time
/// out of `<body>` (keeping each chapter's figure to show until the app has built its
/// own), then mounts [`App`] on `<body>`, in the same task, so nothing is painted in
/// between.
pub fn start() {
    panic::install_hook();
    browser::take_prerendered(app::matches_prerendered(
        &browser::query(),
        browser::served_locale(),
    ));
    leptos::mount::mount_to_body(|| view! { <App /> });
    // The page is the app's now (tests wait for this rather than for the prerendered
    // elements, which the app replaces).
    browser::set_root_attribute("data-app", Some("running"));
}

/// The article in `locale` as the HTML of `<body>`, rendered natively at build time
/// (examples/prerender.rs): every chapter with its figure, summary and data table for
/// the default scenario, and the sources. Leptos's hydration markers (`<!>`) are left
/// out: the browser renders the page afresh, so nothing reads them, and they are
/// invalid HTML.
pub fn prerender(locale: Locale) -> String {
    let owner = Owner::new();
    let html = owner.with(|| view! { <App prerender_locale=locale /> }.to_html());
    html.replace("<!>", "")
}
