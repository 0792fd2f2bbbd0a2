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
                // The label alone is the control's name; its state is the checkbox's own.
                <label for=id class="label">{text.label}</label>
                <span class="state" aria-hidden="true">
                    {move || text.ends[usize::from(value.get() >= 0.5)]}
                </span>
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
                    // The label alone is the slider's name; its value is aria-valuetext.
                    <label for=id.clone() class="label">{text.label}</label>
                    <output for=id.clone() class="value" aria-hidden="true">{shown}</output>
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
                    // Shown while the control has focus or the pointer, over what lies
                    // below it, so opening it moves nothing.
                    <p class="help" id=help_id>
                        {text.help}
                        <span class="ends">{text.ends[0]} " ↔ " {text.ends[1]}</span>
                    </p>
                </div>
            }
            .into_any()
        }
    }
}

/// The levers a figure draws right under its chart, so that a reader sees what each
/// one moves while moving it.
#[derive(Clone, Copy, Debug)]
pub struct Levers {
    /// Where they sit (a chapter's id, or "embed"): several places show the same
    /// lever, and each control needs an id of its own.
    pub scope: &'static str,
    /// Which levers, in order.
    pub list: &'static [Lever],
}

impl Levers {
    /// Whether there are enough to lay out beside the chart rather than under it.
    pub fn many(&self) -> bool {
        self.list.len() > MANY_LEVERS
    }
}

/// More levers than this go beside the chart where there is room.
const MANY_LEVERS: usize = 4;

/// A control for each of `levers`, as one compact group.
#[component]
pub fn LeverPanel(levers: Levers) -> impl IntoView {
    let controls = levers
        .list
        .iter()
        .map(|l| view! { <LeverControl lever=*l scope=levers.scope /> })
        .collect_view();
    view! { <div class="levers" class:many=levers.many()>{controls}</div> }
}
