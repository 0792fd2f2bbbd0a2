use leptos::prelude::*;

use crate::model::{Scenario, PRESETS};
use crate::ui::store::use_store;

/// Preset scenarios as buttons, plus a reset to the default scenario.
#[component]
pub fn Presets() -> impl IntoView {
    let store = use_store();
    let ui = store.texts().ui;
    let buttons = PRESETS
        .iter()
        .enumerate()
        .map(|(i, preset)| {
            let scenario = preset.scenario;
            let active = move || store.scenario.get() == scenario;
            view! {
                <li>
                    <button
                        type="button"
                        class="preset"
                        aria-pressed=move || active().to_string()
                        title=store.texts().presets[i].description
                        on:click=move |_| store.scenario.set(scenario)
                    >
                        {store.texts().presets[i].name}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="presets" role="group" aria-label=ui.presets>
            <span class="label">{ui.presets}</span>
            <ul>{buttons}</ul>
            <button
                type="button"
                class="reset"
                on:click=move |_| store.scenario.set(Scenario::default())
            >
                {ui.reset}
            </button>
        </div>
        <p class="preset-description" aria-live="polite">
            {move || {
                let current = store.scenario.get();
                PRESETS
                    .iter()
                    .position(|p| p.scenario == current)
                    .map(|i| store.texts().presets[i].description)
            }}
        </p>
    }
}
