use leptos::prelude::*;

use crate::model::PRESETS;
use crate::ui::store::use_store;

/// Preset scenarios as buttons, plus a reset to the default scenario.
#[component]
pub fn Presets() -> impl IntoView {
    let store = use_store();
    let controls = store.texts().controls;
    // Which preset the scenario is, if any: worked out once per change for every button
    // and the description.
    let current = Memo::new(move |_| {
        store
            .scenario
            .with(|s| PRESETS.iter().position(|p| p.matches(s)))
    });
    let buttons = PRESETS
        .iter()
        .enumerate()
        .map(|(i, &preset)| {
            view! {
                <li>
                    <button
                        type="button"
                        class="preset"
                        aria-pressed=move || (current.get() == Some(i)).to_string()
                        title=store.texts().presets[i].description
                        on:click=move |_| store.scenario.update(|s| *s = preset.applied_to(*s))
                    >
                        {store.texts().presets[i].name}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="presets" role="group" aria-label=controls.presets>
            <span class="label">{controls.presets}</span>
            <ul>{buttons}</ul>
            <button type="button" class="reset" on:click=move |_| store.reset_levers()>
                {controls.reset}
            </button>
        </div>
        // Every description laid out, hidden, in the same cell as the shown one: the box
        // is as tall as the longest at any width, so the chart below never moves when a
        // lever leaves a preset (or lands on one).
        <div class="preset-description-box">
            <p class="preset-description" aria-live="polite">
                {move || current.get().map(|i| store.texts().presets[i].description)}
            </p>
            {store
                .texts()
                .presets
                .map(|p| {
                    view! {
                        <p class="sizer" aria-hidden="true">
                            {p.description}
                        </p>
                    }
                })}
        </div>
    }
}
