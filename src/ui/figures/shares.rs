//! The projected shares figure: per platform or per bloc, shares or GMV. The view of
//! [`crate::chart::shares`], with the metric switch, the bands' toggle and the fit's choice.

use leptos::prelude::*;

use super::audiences::ReportedAudiences;
use super::frame::FigureFrame;
use super::lines::LinesChart;
use crate::chart::shares::{self, add_pinned, attach_bands, line_data, Metric};
use crate::content::format::percent;
use crate::content::texts::MetricText;
use crate::model::{Lever, View};
use crate::state::FigureId;
use crate::ui::controls::Levers;
use crate::ui::figure_view::use_figure_view;
use crate::ui::store::use_store;

/// Projected GMV shares from 2019 to the end year, with a switch between
/// per-platform shares, per-bloc shares and absolute GMV.
#[component]
pub fn SharesFigure(
    /// Anchor id.
    id: &'static str,
    /// What the figure opens on.
    initial: Metric,
    /// Offer the metric switch.
    #[prop(optional)]
    switchable: bool,
    /// The figure's id in embed mode, if it can be embedded.
    #[prop(optional)]
    embed: Option<FigureId>,
    /// Draw a pinned scenario (A) as dashed ghost lines beside the current one (B).
    #[prop(optional)]
    compare: bool,
    /// Offer the Monte Carlo uncertainty bands around the share lines.
    #[prop(optional)]
    with_bands: bool,
    /// The levers that move it, drawn under the chart.
    #[prop(optional)]
    levers: Option<Levers>,
    /// Set the audiences reported for 2020 under the chart, beside the model's split of attention.
    #[prop(optional)]
    reported_audiences: bool,
) -> impl IntoView {
    let store = use_store();
    let view = use_figure_view();
    if with_bands {
        store.keep_bands_current();
    }
    let shown_bands = move || with_bands.then(|| store.bands.get()).flatten();
    let metric = RwSignal::new(initial);
    // Alibaba's partner levers move only Alibaba's marketplace sales, which the per-platform lines leave
    // out (they are Taobao Live's own streams): a reader who moves one is shown the per-bloc view, where
    // the effect is.
    if switchable {
        // The partner levers' own signals: not woken by the other levers.
        let partners = [
            Lever::PartnerWeibo,
            Lever::PartnerBaidu,
            Lever::PartnerXigua,
            Lever::PartnerReach,
        ];
        Effect::watch(
            move || partners.map(|lever| store.lever(lever).get()),
            move |_, _, _| {
                if matches!(
                    metric.get_untracked(),
                    Metric::PlayerShare | Metric::Attention
                ) {
                    metric.set(Metric::BlocShare);
                }
            },
            false,
        );
    }
    let texts = store.texts();
    let ghosts = move || compare && store.pinned.with(Option::is_some);
    // A memo: the chart reads it dozens of times per change.
    let data = Memo::new(move |_| {
        let mut data = line_data(&view.projection.get(), metric.get(), store.texts());
        if let Some(bands) = shown_bands() {
            attach_bands(&mut data, metric.get(), &bands);
        }
        if let (true, Some(pinned)) = (compare, store.pinned_projection.get()) {
            let ghost = line_data(&pinned, metric.get(), store.texts());
            add_pinned(&mut data, ghost, store.texts().controls.pinned_name);
        }
        data
    });
    let title = Signal::derive(move || shares::title(texts, metric.get()).to_string());
    let summary = Signal::derive(move || {
        let locale = store.locale_untracked();
        let last = view.projection.with(|p| p.last().clone());
        let m = metric.get();
        data.with(|d| shares::summary(store.texts(), locale, m, &last, d))
    });
    let source = texts.frame.model_source;
    let table = Signal::derive(move || {
        let m = metric.get();
        data.with(|d| shares::table(texts, store.locale_untracked(), m, d))
    });
    let option = move |m: Metric, label: fn(&MetricText) -> &'static str| {
        view! {
            <button
                type="button"
                aria-pressed=move || (metric.get() == m).to_string()
                on:click=move |_| metric.set(m)
            >
                {move || label(&store.texts().figures.metric)}
            </button>
        }
    };
    let bands_id = format!("{id}-bands");
    let view_id = format!("{id}-view");
    let switch = move || {
        let bands_id = bands_id.clone();
        let view_id = view_id.clone();
        view! {
            {switchable
                .then(|| {
                    view! {
                        <div class="segmented" role="group" aria-label=texts.figures.metric.view>
                            {option(Metric::PlayerShare, |m| m.per_player)}
                            {option(Metric::BlocShare, |m| m.per_bloc)}
                            {option(Metric::PlayerGmv, |m| m.gmv)}
                        </div>
                    }
                })}
            {with_bands
                .then(|| {
                    view! {
                        <div class="bands-toggle">
                            <input
                                type="checkbox"
                                id=bands_id.clone()
                                checked=store.bands_on.get_untracked()
                                prop:checked=move || store.bands_on.get()
                                on:change=move |ev| store.bands_on.set(event_target_checked(&ev))
                            />
                            <label for=bands_id>{store.texts().figures.show_bands}</label>
                        </div>
                        <ViewChoice id=view_id.clone() />
                    }
                })}
        }
    };
    let chart = move || {
        let m = metric.get();
        let y_max = (m != Metric::PlayerGmv).then_some(1.0);
        let count = m.count() * if ghosts() { 2 } else { 1 };
        view! { <LinesChart data=data count=count format=m.format() y_max=y_max tick_format=percent /> }
    };
    view! {
        <FigureFrame
            levers=levers
            id=id
            embed=embed
            title=title
            summary=summary
            source=source
            table=table
            controls=switch
        >
            {chart}
            {reported_audiences.then(|| view! { <ReportedAudiences /> })}
        </FigureFrame>
    }
}

/// Which history the model is fitted to: everything reported since (the default) or only what was
/// known by mid-2021 about 2019–2020. A setting of the scenario, so it is in the link and in scenario A.
#[component]
fn ViewChoice(id: String) -> impl IntoView {
    let store = use_store();
    let texts = store.texts().figures;
    // The options follow the view only, not every lever.
    let chosen = Memo::new(move |_| store.scenario.with(|s| s.view));
    let options = View::ALL
        .iter()
        .zip(texts.view_names)
        .map(|(&view, name)| {
            view! {
                <option
                    value=view.key()
                    selected=chosen.get_untracked() == view
                    prop:selected=move || chosen.get() == view
                >
                    {name}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="view-choice">
            <label for=id.clone()>{texts.view_label}</label>
            <select
                id=id
                on:change=move |ev| {
                    if let Some(view) = View::from_key(&event_target_value(&ev)) {
                        store.update(|s| s.view = view);
                    }
                }
            >
                {options}
            </select>
        </div>
    }
}
