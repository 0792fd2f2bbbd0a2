use leptos::mount::mount_to_body;
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use leptos::tachys::view::{Mountable, Render};

use crate::content::Locale;
use crate::state::{decode, link, AppState, FigureId, Mode, Notice};
use crate::ui::browser;
use crate::ui::chapters::{adopted_chapters, forget_prerendered_figures, Article};
use crate::ui::figure_page::FigurePage;
use crate::ui::landing::land_on_fragment;
use crate::ui::store::{use_store, Store};
use crate::ui::timing::{debounce, effect, FirstValue};
use crate::ui::toolbar::{saved_theme, Toolbar};

/// How long the state must rest before the URL is rewritten.
const URL_UPDATE_AFTER_MS: u32 = 200;

/// The whole explainer, rendered afresh: reads the URL into the store, keeps the URL
/// in step with the store, and shows the article, one embedded figure, or the slides.
#[component]
pub fn App(
    /// The language of a page rendered at build time ([`crate::ui::prerender`]); in
    /// the browser the URL, the page and the reader's preferences decide.
    #[prop(optional)]
    prerender_locale: Option<Locale>,
    /// The figure a page rendered at build time shows alone, if any.
    #[prop(optional)]
    prerender_embed: Option<FigureId>,
) -> impl IntoView {
    let notices = open_store(prerender_locale, prerender_embed);
    // A link to a chapter (#sandbox) lands there once the chapters exist.
    browser::next_frame(land_on_fragment);
    view! { <Pages notices=notices /> }
}

/// An embed page's app (the `figure` binary, [`crate::ui::start_figure`]): the figure the
/// page is for, as [`App`] shows it, and nothing else, so that the article, the slides
/// and the toolbar stay out of that binary.
#[component]
pub fn FigureApp() -> impl IntoView {
    let notices = open_store(None, None);
    let store = use_store();
    move || {
        store.locale.track();
        let figure = store.embed.get()?;
        Some(view! {
            <NoticeBar notices=notices />
            <FigurePage figure=figure draw=crate::ui::chapters::figure_alone />
        })
    }
}

/// The article the build wrote, brought to life where it stands, as islands: the
/// toolbar, a bar for the URL's notices, and each chapter's figure area are mounted
/// into the page, and its text is left as it is (not rendered again, and not in the
/// wasm). With `keep_figures`, the figures the build drew stay until the app has built
/// its own. Leaving the article (for the slides) renders the page afresh, as [`App`] does.
pub fn adopt_article(keep_figures: bool) {
    // Effects run on wasm-bindgen's executor (Leptos's mount functions start it too);
    // an error means it is running already.
    #[cfg(target_arch = "wasm32")]
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let root = Owner::new();
    root.with(|| {
        let notices = open_store(None, None);
        let store = use_store();
        let islands = Owner::new();
        let mounted = islands.with(|| {
            let mut mounted = Vec::new();
            if let Some(body) = browser::body() {
                let first = body.first_child();
                let notice_bar = view! { <NoticeBar notices=notices /> };
                mounted.push(mount_in(&body, first.as_ref(), notice_bar));
            }
            if let Some(toolbar) = browser::find(".masthead .toolbar") {
                if let Some(masthead) = toolbar.parent_element() {
                    mounted.push(mount_in(&masthead, Some(&toolbar), view! { <Toolbar /> }));
                }
                // The build's toolbar and, after it, its status line give way.
                if let Some(status) = toolbar.next_element_sibling() {
                    status.remove();
                }
                toolbar.remove();
            }
            for (area, before, figure) in adopted_chapters(keep_figures) {
                mounted.push(mount_in(&area, before.as_deref(), figure));
            }
            mounted
        });
        browser::next_frame(land_on_fragment);
        let kept = StoredValue::new_local(Some((islands, mounted)));
        let page = root.clone();
        effect(Box::new(move || {
            if store.embed.get().is_none() && store.mode.get() == Mode::Article {
                return;
            }
            if let Some((islands, mounted)) = kept.try_update_value(Option::take).flatten() {
                for mut island in mounted {
                    island.unmount();
                }
                drop(islands);
                forget_prerendered_figures();
                browser::clear_body();
                page.with(|| mount_to_body(move || view! { <Pages notices=notices /> }));
            }
        }));
    });
    // The store lives as long as the page.
    std::mem::forget(root);
}

/// The teacher page, opened at the section in `locale`'s language.
pub fn teacher_page(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "teacher.html",
        Locale::Zh => "teacher.html#zh",
    }
}

/// What `query` asks for on this page: a page the build wrote for one figure
/// ([`FigureId::page`]) shows that figure when the query names none.
pub fn page_state(query: &str) -> (AppState, Vec<Notice>) {
    let (mut state, notices) = decode(query);
    state.embed = state.embed.or_else(browser::served_embed);
    (state, notices)
}

/// Reads the URL into a new store, provided as context, and keeps the URL and `<html>`
/// in step with it. Returns the notices the URL gave.
fn open_store(
    prerender_locale: Option<Locale>,
    prerender_embed: Option<FigureId>,
) -> RwSignal<Vec<Notice>> {
    let query = browser::query();
    // A debug build's way to see the crash page: `make serve`, then open `?panic=1`.
    #[cfg(debug_assertions)]
    if query.contains("panic=1") {
        panic!("panic requested by the URL (debug builds only)");
    }
    let (mut state, notices) = page_state(&query);
    state.embed = state.embed.or(prerender_embed);
    // An embed without `theme` follows the page that embeds it (through the
    // iframe's prefers-color-scheme, which follows the host's color-scheme), not the
    // theme the reader once chose on the article: the host's choice wins.
    if state.theme.is_none() && state.embed.is_none() {
        state.theme = saved_theme();
    }
    let store = Store::new(state, prerender_locale.unwrap_or_else(page_locale));
    provide_context(store);

    // The URL follows every change, without a history entry per slider tick, and
    // once the reader pauses: browsers throttle a page that rewrites its URL too often.
    debounce(
        URL_UPDATE_AFTER_MS,
        FirstValue::Act,
        move || store.app_state(),
        // A `#chapter` fragment stays.
        |state| browser::replace_url(link(&browser::path(), &state)),
    );
    // Language and theme live on <html>, where the stylesheet and screen readers read them.
    effect(Box::new(move || {
        browser::set_root_attribute("lang", Some(store.locale.get().tag()))
    }));
    effect(Box::new(move || {
        let theme = store.theme.get();
        browser::set_root_attribute("data-theme", theme.map(|t| t.code()));
    }));
    RwSignal::new(notices)
}

/// The page the store asks for, with the URL's notices above it. The one place that
/// tracks the language: a change rebuilds the page, so every text below is read once
/// as a plain value rather than kept by its own effect.
#[component]
fn Pages(notices: RwSignal<Vec<Notice>>) -> impl IntoView {
    let store = use_store();
    move || {
        store.locale.track();
        let page = match (store.embed.get(), store.mode.get()) {
            (Some(figure), _) => {
                view! { <FigurePage figure=figure draw=crate::ui::chapters::any_figure_alone /> }
                    .into_any()
            }
            (None, Mode::Present) => view! { <crate::ui::deck::Deck /> }.into_any(),
            (None, Mode::Article) => view! { <ArticlePage /> }.into_any(),
        };
        view! {
            <NoticeBar notices=notices />
            {page}
        }
    }
}

/// Builds `view` and puts it into `parent`, before `marker` (last without one).
fn mount_in(
    parent: &web_sys::Element,
    marker: Option<&web_sys::Node>,
    view: impl IntoView + 'static,
) -> AnyViewState {
    let mut state = view.into_view().into_any().build();
    state.mount(parent, marker);
    state
}

/// Whether the article the build wrote is the one `state` asks for, as it was drawn:
/// the default scenario, and no notice. Then each chapter keeps its figure from the
/// build until the app has built its own, which looks the same. (Asked only on a page
/// the build wrote, whose language is the page's: [`other_page_wanted`] has been asked
/// first.)
pub fn shows_built_page(state: &AppState, notices: &[Notice]) -> bool {
    notices.is_empty()
        && AppState {
            lang: None,
            theme: None,
            ..*state
        } == AppState::default()
}

/// The language whose page to open instead of this one, if `state`'s language (`lang`,
/// or when it names none, the reader's preferred language) is not the one the built
/// page is in (`served`). The article and the slides take their text from the page
/// ([`crate::ui::prose`]), so each language reads its own page; an embedded figure has
/// no such text and stays. A page the build did not write (`served` is `None`) stays.
pub fn other_page_wanted(state: &AppState, served: Option<Locale>) -> Option<Locale> {
    let served = served?;
    let wanted = state.lang.unwrap_or_else(page_locale);
    (state.embed.is_none() && wanted != served).then_some(wanted)
}

/// The language to open in when the URL names none: the Chinese page's own, and on the
/// English page the reader's preferred language.
fn page_locale() -> Locale {
    match browser::served_locale() {
        Some(Locale::Zh) => Locale::Zh,
        _ => browser::preferred_locale(),
    }
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
            <p class="noscript-note">
                {texts.noscript}" "<a href=page hreflang=lang>
                    {words}
                </a>
            </p>
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
        <a class="skip" href="#attention">
            {texts.toolbar.skip}
        </a>
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
            <p>
                <a href=teacher_page(store.locale_untracked())>{texts.toolbar.teacher_link}</a>
            </p>
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
                    view! {
                        <li>
                            <code>{n.name().to_string()}</code>
                            {store.locale_untracked().marks().colon}
                            {what}
                        </li>
                    }
                })
                .collect_view();
            view! {
                // Not an aside: a status is not complementary content, and aside may not take its role.
                <div class="notice" role="status">
                    <p>{notice.intro}</p>
                    <ul>{items}</ul>
                    <button type="button" on:click=move |_| notices.set(Vec::new())>
                        {notice.dismiss}
                    </button>
                </div>
            }
        })
    }
}
