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
    /// In the group of Alibaba's partner switches, a switch is named by its partner.
    #[prop(optional)]
    in_group: bool,
) -> impl IntoView {
    let store = use_store();
    let text = store.texts().levers[lever.index()];
    let label = match partner_of(lever) {
        Some(partner) if in_group => store.texts().partners[partner],
        _ => text.label,
    };
    let id = format!("{scope}-{}", lever.key());
    let help_id = format!("{id}-help");
    // The control's parts rerun only when this lever moves, not on every change.
    let value = store.lever(lever);

    // Each control carries its state as an attribute too (`checked`, `value`): the
    // page rendered at build time has no properties, and shows the attributes.
    match lever.kind() {
        LeverKind::Switch => view! {
            <div class="control switch">
                <input
                    type="checkbox"
                    id=id.clone()
                    aria-describedby=help_id.clone()
                    checked={value.get_untracked() >= 0.5}
                    prop:checked=move || { value.get() >= 0.5 }
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        store.update(|s| lever.set(s, if on { 1.0 } else { 0.0 }));
                    }
                />
                // The label alone is the control's name; its state is the checkbox's own.
                <label for=id class="label">
                    {label}
                </label>
                <span class="state" aria-hidden="true">
                    {move || text.ends[usize::from(value.get() >= 0.5)]}
                </span>
                <p class="help" id=help_id>
                    {text.help}
                </p>
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
                    <label for=id.clone() class="label">
                        {text.label}
                    </label>
                    <output for=id.clone() class="value" aria-hidden="true">
                        {shown}
                    </output>
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
                        value=value.get_untracked().to_string()
                        prop:value=move || value.get().to_string()
                        on:input=move |ev| {
                            if let Some(v) = crate::parse_number::parse(&event_target_value(&ev)) {
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

/// The partner a lever switches in or out of Alibaba's network, if it is one of those.
fn partner_of(lever: Lever) -> Option<usize> {
    match lever {
        Lever::PartnerWeibo => Some(0),
        Lever::PartnerBaidu => Some(1),
        Lever::PartnerXigua => Some(2),
        _ => None,
    }
}

/// Alibaba's partner switches, read as one group: its name, then a switch named by
/// each partner.
#[component]
fn PartnerSwitches(levers: Vec<Lever>, scope: &'static str) -> impl IntoView {
    let group_id = format!("{scope}-partners");
    let labelled_by = group_id.clone();
    let switches = levers
        .into_iter()
        .map(|lever| view! { <LeverControl lever scope in_group=true /> })
        .collect_view();
    view! {
        <div class="control partners" role="group" aria-labelledby=labelled_by>
            <span class="label" id=group_id>
                {use_store().texts().controls.partner_group}
            </span>
            <div class="items">{switches}</div>
        </div>
    }
}

/// A control for each of `levers`, as one compact group; a run of Alibaba's partner
/// switches becomes one control.
#[component]
pub fn LeverPanel(levers: Levers) -> impl IntoView {
    let mut controls = Vec::new();
    let mut list = levers.list.iter().copied().peekable();
    while let Some(lever) = list.next() {
        if partner_of(lever).is_some() {
            let mut run = vec![lever];
            while let Some(next) = list.next_if(|l| partner_of(*l).is_some()) {
                run.push(next);
            }
            controls.push(view! { <PartnerSwitches levers=run scope=levers.scope /> }.into_any());
        } else {
            controls.push(view! { <LeverControl lever scope=levers.scope /> }.into_any());
        }
    }
    view! {
        <div class="levers" class:many=levers.many()>
            {controls}
        </div>
    }
}
