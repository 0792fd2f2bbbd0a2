//! Leptos components: everything that touches the DOM. They run in the browser, and natively at build
//! time, where [`prerender`] writes the article as HTML for the page to show before the wasm runs.

mod app;
mod browser;
mod chapters;
mod controls;
mod deck;
mod export;
mod figure_page;
mod figure_view;
pub mod figures;
mod glossary;
mod landing;
pub mod panic;
mod prose;
mod sources;
pub mod store;
mod timing;
mod toolbar;

pub use app::App;
pub use browser::live_observers;

/// Keeps `value` (an observer, a listener) alive for as long as the reactive owner being
/// built (a component, an effect), and drops it, disconnecting it, with that owner.
fn keep_while_owned<T: 'static>(value: T) {
    StoredValue::new_local(value);
}

use leptos::prelude::*;

use crate::content::Locale;
use crate::state::{FigureId, Mode};

/// Starts the app: installs the panic page and opens the other language's page if that
/// is the one asked for. The article, on a page the build wrote, is brought to life in
/// place ([`app::adopt_article`]); anything else (the slides, an embedded figure, a page
/// the build did not write) is rendered afresh ([`render_afresh`]).
pub fn start() {
    panic::install_hook();
    controls::explain_until_moved();
    // The script is fetched and compiled while the page is read (start.js is async).
    browser::when_page_read(start_on_page);
}

fn start_on_page() {
    let query = browser::query();
    let served = browser::served_locale();
    let (state, notices) = app::page_state(&query);
    if let Some(locale) = app::other_page_wanted(&state, served) {
        browser::open_page(locale.page(), &query, &browser::fragment());
        return;
    }
    if served.is_some() && state.embed.is_none() && state.mode == Mode::Article {
        prose::keep_prose();
        app::adopt_article(app::shows_built_page(&state, &notices));
        running();
    } else {
        render_afresh(|| view! { <App /> });
    }
}

/// Starts an embed page's app (`src/bin/figure.rs`, a wasm of its own): the page's figure
/// alone, rendered afresh as [`start`] renders an embedded figure.
pub fn start_figure() {
    panic::install_hook();
    controls::explain_until_moved();
    browser::when_page_read(|| render_afresh(|| view! { <app::FigureApp /> }));
}

/// Takes the page's HTML out of `<body>` (keeping its blocks of fixed text aside, for the
/// app to copy) and mounts `app` there, in the same task, so nothing is painted in between.
fn render_afresh<V: IntoView + 'static>(app: impl FnOnce() -> V + 'static) {
    prose::keep_prose();
    browser::clear_body();
    leptos::mount::mount_to_body(app);
    running();
}

/// The page is the app's now (tests wait for this rather than for the elements the
/// build drew, which the app replaces).
fn running() {
    browser::set_root_attribute("data-app", Some("running"));
}

/// The article in `locale` as the HTML of `<body>`, rendered natively at build time
/// (examples/prerender.rs): every chapter with its figure, summary and data table for
/// the default scenario, and the sources; or, with `embed`, that figure alone, as an
/// embed shows it. Leptos's hydration markers (`<!>`) are left out: the browser does
/// not hydrate, so nothing reads them, and they are invalid HTML.
pub fn prerender(locale: Locale, embed: Option<FigureId>) -> String {
    let owner = Owner::new();
    let html = owner.with(|| {
        match embed {
            Some(figure) => {
                view! { <App prerender_locale=locale prerender_embed=figure /> }.into_any()
            }
            None => view! { <App prerender_locale=locale /> }.into_any(),
        }
        .to_html()
    });
    html.replace("<!>", "")
}
