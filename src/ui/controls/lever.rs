use leptos::prelude::*;

use crate::content::format::decimal;
use crate::model::{Lever, LeverKind};
use crate::ui::store::use_store;

/// A labelled native control for one lever: a range slider with its unit, range and
/// value in words, or a checkbox for a switch. Updates the store on every `input`.
#[component]
pub fn LeverControl(
    /// The lever this control moves.
    lever: Lever,
    /// Where the control sits (a chapter's id, or "embed"): several chapters show
    /// the same lever, and each control needs an id of its own.
    scope: &'static str,
) -> impl IntoView {
    let store = use_store();
    let text = store.texts().levers[lever.index()];
    let id = format!("{scope}-{}", lever.key());
    let help_id = format!("{id}-help");
    // A memo: the control's parts rerun only when this lever moves, not on every change.
    let value = Memo::new(move |_| store.scenario.with(|s| lever.get(s)));

    match lever.kind() {
        LeverKind::Switch => view! {
            <div class="control switch">
                <input
                    type="checkbox"
                    id=id.clone()
                    aria-describedby=help_id.clone()
                    prop:checked=move || { value.get() >= 0.5 }
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        store.update(|s| lever.set(s, if on { 1.0 } else { 0.0 }));
                    }
                />
                <label for=id>
                    <span class="label">{text.label}</span>
                    <span class="state">
                        {move || text.ends[usize::from(value.get() >= 0.5)]}
                    </span>
                </label>
                <p class="help" id=help_id>{text.help}</p>
            </div>
        }
        .into_any(),
        LeverKind::Range { min, max, step } => {
            let digits = if step >= 1.0 { 0 } else { 2 };
            let shown = Memo::new(move |_| {
                if digits == 0 {
                    // Whole-number levers are years: no thousands separator.
                    format!("{}", value.get().round())
                } else {
                    decimal(store.locale_untracked(), value.get(), digits)
                }
            });
            view! {
                <div class="control range">
                    <label for=id.clone()>
                        <span class="label">{text.label}</span>
                        <output for=id.clone() class="value">{shown}</output>
                    </label>
                    <input
                        type="range"
                        id=id
                        min=min.to_string()
                        max=max.to_string()
                        step=step.to_string()
                        aria-describedby=help_id.clone()
                        aria-valuetext=move || {
                            if digits == 0 {
                                shown.get()
                            } else {
                                (store.texts().sentences.lever_value)(&shown.get())
                            }
                        }
                        prop:value=move || value.get().to_string()
                        on:input=move |ev| {
                            if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                                store.update(|s| lever.set(s, v));
                            }
                        }
                    />
                    <div class="ends" aria-hidden="true">
                        <span>{text.ends[0]}</span>
                        <span>{text.ends[1]}</span>
                    </div>
                    <p class="help" id=help_id>{text.help}</p>
                </div>
            }
            .into_any()
        }
    }
}
