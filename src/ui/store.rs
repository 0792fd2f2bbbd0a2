//! The one store every figure and control reads and writes: the scenario and the
//! rest of the page's state. The URL, presets, embed and presentation modes all go
//! through it.

use leptos::prelude::*;

use crate::content::{chrome, texts, ChromeText, Locale, Texts};
use crate::model::{project, Projection, Scenario};
use crate::state::{AppState, FigureId, Mode, Theme};

/// The page's state, provided through context by [`crate::ui::App`].
#[derive(Clone, Copy)]
pub struct Store {
    /// Every lever.
    pub scenario: RwSignal<Scenario>,
    /// The projection of `scenario`, recomputed once per change and shared by all figures.
    pub projection: Memo<Projection>,
    /// The projection of the default scenario, for "against the baseline" comparisons.
    pub baseline: StoredValue<Projection>,
    /// A pinned scenario to compare the current one against.
    pub pinned: RwSignal<Option<Scenario>>,
    /// The projection of the pinned scenario.
    pub pinned_projection: Memo<Option<Projection>>,
    /// The interface language in use.
    pub locale: RwSignal<Locale>,
    /// Whether the reader (or the URL) chose the language, rather than the browser.
    pub locale_chosen: RwSignal<bool>,
    /// Colour theme; `None` follows the system.
    pub theme: RwSignal<Option<Theme>>,
    /// Article or presentation.
    pub mode: RwSignal<Mode>,
    /// The figure shown alone in an iframe, if any.
    pub embed: RwSignal<Option<FigureId>>,
    /// Slide number in presentation mode (0 = first).
    pub step: RwSignal<u16>,
}

impl Store {
    /// A store holding `state`; `browser_locale` applies when the state names no language.
    pub fn new(state: AppState, browser_locale: Locale) -> Self {
        let scenario = RwSignal::new(state.scenario);
        let pinned = RwSignal::new(state.pinned);
        Store {
            scenario,
            projection: Memo::new(move |_| project(&scenario.get())),
            baseline: StoredValue::new(project(&Scenario::default())),
            pinned,
            pinned_projection: Memo::new(move |_| pinned.get().map(|s| project(&s))),
            locale: RwSignal::new(state.lang.unwrap_or(browser_locale)),
            locale_chosen: RwSignal::new(state.lang.is_some()),
            theme: RwSignal::new(state.theme),
            mode: RwSignal::new(state.mode),
            embed: RwSignal::new(state.embed),
            step: RwSignal::new(state.step),
        }
    }

    /// The interface texts in the current language (tracks the language).
    pub fn texts(&self) -> &'static Texts {
        texts(self.locale.get())
    }

    /// The page chrome's texts (toolbar, embed, export, slides) in the current language.
    pub fn chrome(&self) -> &'static ChromeText {
        chrome(self.locale.get())
    }

    /// Changes the scenario with `f`.
    pub fn update(&self, f: impl FnOnce(&mut Scenario)) {
        self.scenario.update(f);
    }

    /// Everything the URL holds, read reactively.
    pub fn app_state(&self) -> AppState {
        AppState {
            scenario: self.scenario.get(),
            pinned: self.pinned.get(),
            lang: self.locale_chosen.get().then(|| self.locale.get()),
            theme: self.theme.get(),
            mode: self.mode.get(),
            embed: self.embed.get(),
            step: self.step.get(),
        }
    }
}

impl Store {
    /// Everything the URL holds, read without tracking (for event handlers).
    pub fn app_state_untracked(&self) -> AppState {
        leptos::prelude::untrack(|| self.app_state())
    }
}

/// The store provided by the app.
pub fn use_store() -> Store {
    expect_context::<Store>()
}
