//! The one store every figure and control reads and writes: the scenario and the
//! rest of the page's state. The URL, presets, embed and presentation modes all go
//! through it.

use leptos::prelude::*;

use crate::content::{texts, Locale, Texts};
use gloo_timers::callback::Timeout;

use crate::model::{
    bands, project, Bands, Ensemble, Lever, Projection, Scenario, DRAG_DRAWS, FULL_DRAWS,
};
use crate::state::{AppState, FigureId, Mode, Theme};
use crate::ui::browser;
use crate::ui::timing::{debounce, FirstValue};

/// The page's state, provided through context by [`crate::ui::App`].
#[derive(Clone, Copy)]
pub struct Store {
    /// Every lever.
    pub scenario: RwSignal<Scenario>,
    /// Each lever's value (by [`Lever::index`]), derived from the scenario once for the
    /// page: a control reads its own lever here, so an input wakes the controls of the
    /// lever that moved and no other (a memo per control, built inside the control, was
    /// rerun and resubscribed by every input). Read it with [`Store::lever`].
    levers: [Memo<f64>; Lever::ALL.len()],
    /// The projection of `scenario`, recomputed once per change and shared by all figures.
    pub projection: Memo<Projection>,
    /// The projection of the default levers on the reader's fit and horizon, for "against the
    /// baseline" comparisons: the same history as the scenario, so a comparison shows the levers only.
    pub baseline: Memo<Projection>,
    /// A pinned scenario to compare the current one against.
    pub pinned: RwSignal<Option<Scenario>>,
    /// The projection of the pinned scenario.
    pub pinned_projection: Memo<Option<Projection>>,
    /// The interface language in use. Only [`crate::ui::App`] tracks it: a change
    /// rebuilds the page beneath, so texts below are read once, as plain values.
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
    /// Whether the uncertainty bands are shown.
    pub bands_on: RwSignal<bool>,
    /// The Monte Carlo bands of the current scenario, filled in after each change
    /// (see [`Store::keep_bands_current`]); `None` while hidden.
    pub bands: RwSignal<Option<Bands>>,
}

/// The bands of `scenario` from `draws` draws, recorded as a User Timing measure
/// (`livestream-arena:bands-N`) that the benchmark command reads. Runs of the view's ensemble
/// that the bands read and that are not built yet are built first, measured on their own as
/// `livestream-arena:ensemble`: at load, only the first [`crate::model::ENSEMBLE_STEP`], which the quick
/// bands read; the rest is then built a step at a time ([`build_rest_of`]).
fn timed_bands(scenario: &Scenario, draws: usize) -> Bands {
    let ensemble = Ensemble::shared(scenario.view);
    if ensemble.built() < draws.min(FULL_DRAWS) {
        browser::timed("livestream-arena:ensemble", || ensemble.build_to(draws));
        build_rest_of(ensemble);
    }
    browser::timed(&format!("livestream-arena:bands-{draws}"), || {
        ensemble.bands(scenario, draws)
    })
}

/// Builds the rest of `ensemble` one step of [`crate::model::ENSEMBLE_STEP`] runs per task, each measured as
/// `livestream-arena:ensemble-step`, so that the full bands find their runs ready and no task
/// builds more than a step: input and painting run between them.
fn build_rest_of(ensemble: &'static Ensemble) {
    if ensemble.built() < FULL_DRAWS {
        Timeout::new(0, move || {
            if browser::timed("livestream-arena:ensemble-step", || ensemble.build_step()) {
                build_rest_of(ensemble);
            }
        })
        .forget();
    }
}

/// How long the reader must pause before the full set of draws replaces the quick one.
const FULL_BANDS_AFTER_MS: u32 = 250;

impl Store {
    /// A store holding `state`; `browser_locale` applies when the state names no language.
    pub fn new(state: AppState, browser_locale: Locale) -> Self {
        let scenario = RwSignal::new(state.scenario);
        let pinned = RwSignal::new(state.pinned);
        // Each lever's value, derived from the scenario: it tells its readers only when that
        // lever's value changes (compared bit for bit), so an input wakes the controls of the
        // lever that moved and no other.
        let levers = Lever::ALL.map(|lever| {
            Memo::new_with_compare(
                move |_| scenario.with(|s| lever.get(s)),
                |old, new| old.map(|v| v.to_bits()) != new.map(|v| v.to_bits()),
            )
        });
        // What the baseline depends on: the fit and horizon alone, so a lever's move does not
        // project it again.
        let baseline_of = Memo::new(move |_| scenario.with(|s| s.reset()));
        Store {
            scenario,
            levers,
            projection: Memo::new(move |_| project(&scenario.get())),
            baseline: Memo::new(move |_| project(&baseline_of.get())),
            pinned,
            pinned_projection: Memo::new(move |_| pinned.get().map(|s| project(&s))),
            locale: RwSignal::new(state.lang.unwrap_or(browser_locale)),
            locale_chosen: RwSignal::new(state.lang.is_some()),
            theme: RwSignal::new(state.theme),
            mode: RwSignal::new(state.mode),
            embed: RwSignal::new(state.embed),
            step: RwSignal::new(state.step),
            bands_on: RwSignal::new(state.bands),
            bands: RwSignal::new(None),
        }
    }

    /// Every lever and switch back to its default, keeping the reader's fit and horizon
    /// ([`Scenario::reset`]): what every Reset button does.
    pub fn reset_levers(&self) {
        self.scenario.update(|s| *s = s.reset());
    }

    /// Recomputes the bands off the input path, in two stages: a quick sample
    /// ([`DRAG_DRAWS`]) right after each change, so the bands follow a dragged
    /// slider, and the full [`FULL_DRAWS`] once the reader pauses. Both run in
    /// timers, so a slider's `input` event only pays for the projection itself.
    pub fn keep_bands_current(&self) {
        let store = *self;
        if !browser::present() {
            // Rendered at build time: the full bands at once, as a reader sees them once
            // the page has settled.
            if store.bands_on.get_untracked() {
                let s = store.scenario.get_untracked();
                store.bands.set(Some(bands(&s, FULL_DRAWS)));
            }
            return;
        }
        let scenario_if_shown = move || store.bands_on.get().then(|| store.scenario.get());
        debounce(0, FirstValue::Act, scenario_if_shown, move |shown| {
            store.bands.set(shown.map(|s| timed_bands(&s, DRAG_DRAWS)));
        });
        debounce(
            FULL_BANDS_AFTER_MS,
            FirstValue::Act,
            scenario_if_shown,
            move |shown| {
                if let Some(s) = shown {
                    store.bands.set(Some(timed_bands(&s, FULL_DRAWS)));
                }
            },
        );
    }

    /// The language in use, read without tracking: the page beneath [`crate::ui::App`]
    /// is rebuilt when it changes, so nothing else needs to follow it.
    pub fn locale_untracked(&self) -> Locale {
        self.locale.get_untracked()
    }

    /// The interface texts in the current language.
    pub fn texts(&self) -> &'static Texts {
        texts(self.locale_untracked())
    }

    /// The value of `lever`, as a signal that changes only when that lever moves.
    pub fn lever(&self, lever: Lever) -> Memo<f64> {
        self.levers[lever.index()]
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
            bands: self.bands_on.get(),
        }
    }

    /// Everything the URL holds, read without tracking (for event handlers).
    pub fn app_state_untracked(&self) -> AppState {
        leptos::prelude::untrack(|| self.app_state())
    }
}

/// The store provided by the app.
pub fn use_store() -> Store {
    expect_context::<Store>()
}
