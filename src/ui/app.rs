use leptos::prelude::*;

use crate::content::Locale;
use crate::state::{decode, AppState, Mode, Notice};
use crate::ui::browser;
use crate::ui::chapters::Article;
use crate::ui::embed::EmbedView;
use crate::ui::store::{use_store, Store};
use crate::ui::timing::{after_changes, effect, FirstValue};
use crate::ui::toolbar::Toolbar;

/// How long the state must rest before the URL is rewritten.
const URL_UPDATE_AFTER_MS: u32 = 200;

/// The whole explainer: reads the URL into the store, keeps the URL in step with
/// the store, and shows the article, one embedded figure, or the slides.
#[component]
pub fn App(
    /// The language of a page rendered at build time ([`crate::ui::prerender`]); in
    /// the browser the URL, the page and the reader's preferences decide.
    #[prop(optional)]
    prerender_locale: Option<Locale>,
) -> impl IntoView {
    let query = browser::query();
    // A debug build's way to see the crash page: `make serve`, then open `?panic=1`.
    #[cfg(debug_assertions)]
    if query.contains("panic=1") {
        panic!("panic requested by the URL (debug builds only)");
    }
    let (mut state, notices) = decode(&query);
    // An embed without `theme` follows the page that embeds it (through the
    // iframe's prefers-color-scheme, which follows the host's color-scheme), not the
    // theme the reader once chose on the article: the host's choice wins.
    if state.theme.is_none() && state.embed.is_none() {
        state.theme = browser::saved_theme();
    }
    let store = Store::new(state, prerender_locale.unwrap_or_else(browser::page_locale));
    provide_context(store);

    // The URL follows every change, without a history entry per slider tick, and
    // once the reader pauses: browsers throttle a page that rewrites its URL too often.
    after_changes(
        URL_UPDATE_AFTER_MS,
        FirstValue::Act,
        move || store.app_state(),
        |state| browser::replace_url(&state),
    );
    // Language and theme live on <html>, where the stylesheet and screen readers read them.
    effect(Box::new(move || {
        browser::set_root_attribute("lang", Some(store.locale.get().tag()))
    }));
    effect(Box::new(move || {
        let theme = store.theme.get();
        browser::set_root_attribute("data-theme", theme.map(|t| t.code()));
    }));

    // A link to a chapter (#sandbox) lands there once the chapters exist.
    browser::next_frame(browser::land_on_fragment);

    let notices = RwSignal::new(notices);
    // The one place that tracks the language: a change rebuilds the page, so every
    // text below is read once as a plain value rather than kept by its own effect.
    move || {
        store.locale.track();
        let page = match (store.embed.get(), store.mode.get()) {
            (Some(figure), _) => view! { <EmbedView figure=figure /> }.into_any(),
            (None, Mode::Present) => view! { <crate::ui::deck::Deck /> }.into_any(),
            (None, Mode::Article) => view! { <ArticlePage /> }.into_any(),
        };
        view! { <NoticeBar notices=notices />{page} }
    }
}

/// Whether the page the URL asks for is the one rendered at build time (the article,
/// in the page's language, with the default scenario): then each chapter keeps its
/// prerendered figure until the app has built its own, which looks the same.
pub fn matches_prerendered(query: &str, page: Option<Locale>) -> bool {
    let (state, notices) = decode(query);
    let reader = state.lang.unwrap_or_else(browser::page_locale);
    notices.is_empty()
        && page == Some(reader)
        && AppState {
            lang: None,
            theme: None,
            ..state
        } == AppState::default()
}

/// For a reader without JavaScript, in the page rendered at build time: what works without
/// it, and the page in the other language. A browser running scripts never shows a
/// `<noscript>`, so the wasm leaves it out.
#[cfg(not(target_arch = "wasm32"))]
fn note_without_scripts() -> impl IntoView {
    let texts = use_store().texts();
    let (page, lang, words) = texts.other_page;
    view! {
        <noscript>
            <p class="noscript-note">{texts.noscript}" "<a href=page hreflang=lang>{words}</a></p>
        </noscript>
    }
}

#[cfg(target_arch = "wasm32")]
fn note_without_scripts() -> impl IntoView {}

/// The scrolling article with its masthead and footer.
#[component]
fn ArticlePage() -> impl IntoView {
    let store = use_store();
    let texts = store.texts();
    view! {
        <a class="skip" href="#attention">{texts.toolbar.skip}</a>
        <header class="masthead">
            <Toolbar />
            <h1>{texts.title}</h1>
            <p class="subtitle">{texts.subtitle}</p>
            {note_without_scripts()}
        </header>
        <main id="main">
            <Article />
        </main>
        <footer class="footer">
            <p>{texts.footer}</p>
            <p><a href="teacher.html">{texts.toolbar.teacher_link}</a></p>
        </footer>
    }
}

/// A dismissible note saying which URL parameters were ignored or changed.
#[component]
fn NoticeBar(notices: RwSignal<Vec<Notice>>) -> impl IntoView {
    let store = use_store();
    move || {
        let list = notices.get();
        (!list.is_empty()).then(|| {
            let notice = store.texts().notices;
            let items = list
                .iter()
                .map(|n| {
                    let what = match n {
                        Notice::Unknown(_) => notice.unknown,
                        Notice::Invalid(_) => notice.invalid,
                        Notice::Clamped(_) => notice.clamped,
                        Notice::Repeated(_) => notice.repeated,
                        Notice::EarlierModel(_) => notice.earlier_model,
                    };
                    view! { <li><code>{n.name().to_string()}</code>": " {what}</li> }
                })
                .collect_view();
            view! {
                // Not an aside: a status is not complementary content, and aside may not take its role.
                <div class="notice" role="status">
                    <p>{notice.intro}</p>
                    <ul>{items}</ul>
                    <button type="button" on:click=move |_| notices.set(Vec::new())>{notice.dismiss}</button>
                </div>
            }
        })
    }
}
