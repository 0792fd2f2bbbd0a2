//! Xiaohongshu's inverted U: the view of [`crate::chart::curve`] (yearly revenue against selling
//! intensity).

use leptos::prelude::*;

use super::axes::y_grid;
use super::frame::{use_chart_name, FigureFrame};
use crate::chart::curve::{self, x, LABEL_INDENT, PLOT, X_TICKS};
use crate::content::format::{decimal, rmb};
use crate::model::Revenue;
use crate::state::FigureId;
use crate::ui::controls::Levers;
use crate::ui::figure_view::use_figure_view;
use crate::ui::store::use_store;

/// Commerce, ads and total revenue along the whole intensity range, with the
/// reader's current intensity marked.
#[component]
pub fn CurveFigure(
    /// The levers that move it, drawn under the chart.
    #[prop(optional)]
    levers: Option<Levers>,
) -> impl IntoView {
    let store = use_store();
    let view = use_figure_view();
    let texts = store.texts();
    let lines = texts.figures.curve_lines;
    let curve = Memo::new(move |_| view.scenario.with(curve::samples));
    let top = Memo::new(move |_| curve.with(|c| curve::top(c)));
    let y = move |v: f64| curve::y(top.get(), v);
    let path = move |pick: fn(&Revenue) -> f64| curve.with(|c| curve::path(c, top.get(), pick));
    let current = move || view.scenario.with(curve::current);
    let summary = Signal::derive(move || {
        let best = curve.with(|c| curve::best(c));
        curve::summary(store.texts(), store.locale_untracked(), current(), best)
    });
    // Both axes are built once: the value axis's labels follow the data in place (see
    // `y_grid`).
    let y_axis = y_grid(&PLOT, top.into(), rmb, store.locale_untracked());
    let x_axis = {
        let locale = store.locale_untracked();
        let xs = X_TICKS
            .into_iter()
            .map(|i| {
                view! {
                    <text class="tick" x=x(i) y=curve::x_tick_y() text-anchor="middle">
                        {decimal(locale, i, 2)}
                    </text>
                }
            })
            .collect_view();
        view! {
            {xs}
            <text class="axis-name" x=x(0.5) y=curve::x_name_y() text-anchor="middle">
                {lines.x}
            </text>
        }
    };
    let end_label =
        move |pick: fn(&Revenue) -> f64| curve.with(|c| curve::label_y(c, top.get(), pick));
    let table =
        Signal::derive(move || curve.with(|c| curve::table(texts, store.locale_untracked(), c)));
    view! {
        <FigureFrame
            levers=levers
            id="fig-curve"
            embed=Some(FigureId::SellingCurve)
            title=texts.figures.curve.title
            summary=summary
            source=texts.frame.model_source
            table=table
        >
            <svg class="curve" viewBox=PLOT.view_box() role="img" aria-labelledby=use_chart_name()>
                {y_axis}
                {x_axis}
                <path class="line c-xiaohongshu dashed" d=move || path(|r| r.commerce) />
                <path class="line c-ads dashed" d=move || path(|r| r.ads) />
                <path class="line c-total" d=move || path(Revenue::total) />
                <text
                    class="direct-label"
                    x=PLOT.right_edge() + LABEL_INDENT
                    y=move || end_label(|r| r.commerce)
                >
                    {lines.commerce}
                </text>
                <text
                    class="direct-label"
                    x=PLOT.right_edge() + LABEL_INDENT
                    y=move || end_label(|r| r.ads)
                >
                    {lines.ads}
                </text>
                <text
                    class="direct-label"
                    x=PLOT.right_edge() + LABEL_INDENT
                    y=move || end_label(Revenue::total)
                >
                    {lines.total}
                </text>
                <circle
                    class="marker"
                    r="7"
                    cx=move || x(current().0)
                    cy=move || y(current().1.total())
                />
            </svg>
        </FigureFrame>
    }
}
