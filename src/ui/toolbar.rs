//! The article's toolbar: language, theme, copy link, reset, present.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::content::Locale;
use crate::state::{link, AppState, Mode, Theme};
use crate::ui::browser;
use crate::ui::store::{use_store, Store};

/// The link to the current state, as a reader would share it.
pub fn share_link(store: &Store) -> String {
    link(&browser::page_address(), &store.app_state())
}

/// Language and theme switches and the page's actions.
// The content floor cannot name `Theme` (it lives in `state`, a floor above): the names of the
// themes are held to the type here, so a new theme is a compile error until it is named.
const _: () = assert!(
    Theme::ALL.len() == crate::content::texts::THEME_NAMES,
    "every theme needs a name in ToolbarText::theme_names"
);

#[component]
pub fn Toolbar() -> impl IntoView {
    let store = use_store();
    let toolbar = store.texts().toolbar;
    // Outside the view (leptosfmt drops comments inside a view's closures).
    let switch_to = move |locale: Locale| {
        if locale == store.locale_untracked() {
            return;
        }
        // A built page holds the article's text in its own language: the other language is the
        // other page, at its top (where this switch is), with the same scenario.
        if browser::served_locale().is_some() {
            let state = AppState {
                lang: Some(locale),
                ..store.app_state_untracked()
            };
            let query = link("", &state);
            browser::open_page(locale.page(), &query, "");
            return;
        }
        store.locale.set(locale);
        store.locale_chosen.set(true);
        // The page is rebuilt in the new language: keep the reader's place.
        let pressed = format!(".toolbar button[lang={}]", locale.tag());
        browser::next_frame(move || browser::focus(&pressed));
    };
    let languages = Locale::ALL
        .iter()
        .enumerate()
        .map(|(i, &locale)| {
            view! {
                <button
                    type="button"
                    lang=locale.tag()
                    aria-pressed=(store.locale_untracked() == locale).to_string()
                    on:click=move |_| switch_to(locale)
                >
                    {toolbar.language_names[i]}
                </button>
            }
        })
        .collect_view();
    let theme_options = move || {
        let current = store.theme.get();
        std::iter::once((None, toolbar.theme_auto))
            .chain(
                Theme::ALL
                    .iter()
                    .enumerate()
                    .map(|(i, t)| (Some(*t), toolbar.theme_names[i])),
            )
            .map(|(t, name)| {
                view! {
                    <option value=t.map_or("auto", Theme::code) selected=current == t>
                        {name}
                    </option>
                }
            })
            .collect_view()
    };
    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let link = share_link(&store);
        spawn_local(async move { copied.set(Some(browser::copy_text(&link).await)) });
    };
    view! {
        <div class="toolbar" role="toolbar" aria-label=toolbar.label>
            <div class="segmented" role="group" aria-label=toolbar.language>
                {languages}
            </div>
            <label class="theme-select">
                <span>{toolbar.theme}</span>
                <select on:change=move |ev| {
                    let theme = Theme::from_code(&event_target_value(&ev));
                    store.theme.set(theme);
                    save_theme(theme);
                }>{theme_options}</select>
            </label>
            <button type="button" on:click=copy>
                {toolbar.copy_link}
            </button>
            <button type="button" on:click=move |_| store.reset_levers()>
                {toolbar.reset_all}
            </button>
            <button
                type="button"
                on:click=move |_| {
                    store.step.set(0);
                    store.mode.set(Mode::Present);
                }
            >
                {toolbar.present}
            </button>
        </div>
        <div class="copy-result" role="status">
            {move || match copied.get() {
                Some(true) => Some(view! { <p>{toolbar.link_copied}</p> }.into_any()),
                Some(false) => {
                    Some(
                        view! {
                            <p>{toolbar.copy_fallback}</p>
                            <input
                                class="link-field"
                                type="text"
                                readonly
                                aria-label=toolbar.copy_link
                                prop:value=move || share_link(&store)
                                on:focus=|ev| select_all(&ev)
                            />
                        }
                            .into_any(),
                    )
                }
                None => None,
            }}
        </div>
    }
}

/// Storage key of the reader's theme choice.
const THEME_KEY: &str = "livestream-arena.theme";

/// The theme saved by an earlier visit, where storage is allowed.
pub fn saved_theme() -> Option<Theme> {
    browser::load(THEME_KEY).and_then(|code| Theme::from_code(&code))
}

/// Saves the theme choice, where storage is allowed.
fn save_theme(theme: Option<Theme>) {
    browser::save_local(THEME_KEY, theme.map(Theme::code));
}

/// Selects the whole text of the focused input, so a manual copy takes it all.
fn select_all(ev: &leptos::ev::FocusEvent) {
    use wasm_bindgen::JsCast;
    if let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.select();
    }
}
