//! The one scenario store every figure and control reads and writes.

use leptos::prelude::*;

use crate::content::{texts, Locale, Texts};
use crate::model::{project, Projection, Scenario};

/// The whole state the reader steers, provided through context by [`crate::ui::App`].
///
/// Later the URL, presets, embed and presentation modes read and write this same store.
#[derive(Clone, Copy)]
pub struct Store {
    /// Every lever.
    pub scenario: RwSignal<Scenario>,
    /// The projection of `scenario`, recomputed once per change and shared by all figures.
    pub projection: Memo<Projection>,
    /// The projection of the default scenario, for "against the baseline" comparisons.
    pub baseline: StoredValue<Projection>,
    /// The interface language.
    pub locale: RwSignal<Locale>,
}

impl Default for Store {
    /// A store holding the default scenario.
    fn default() -> Self {
        let scenario = RwSignal::new(Scenario::default());
        Store {
            scenario,
            projection: Memo::new(move |_| project(&scenario.get())),
            baseline: StoredValue::new(project(&Scenario::default())),
            locale: RwSignal::new(Locale::default()),
        }
    }
}

impl Store {
    /// The interface texts in the current language (tracks the language).
    pub fn texts(&self) -> &'static Texts {
        texts(self.locale.get())
    }

    /// Changes the scenario with `f`.
    pub fn update(&self, f: impl FnOnce(&mut Scenario)) {
        self.scenario.update(f);
    }
}

/// The store provided by the app.
pub fn use_store() -> Store {
    expect_context::<Store>()
}
