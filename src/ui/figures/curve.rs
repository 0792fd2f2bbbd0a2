//! Xiaohongshu's inverted U: yearly revenue against selling intensity.

use leptos::prelude::*;

use super::axes::y_grid;
use super::frame::{use_chart_name, FigureFrame};
use crate::chart::{nice_max, push_point, Plot, TableData};
use crate::content::format::{decimal, rmb};
use crate::content::sentences::CurveSentence;
use crate::model::{xiaohongshu_revenue, Params, Revenue};
use crate::state::FigureId;
use crate::ui::controls::Levers;
use crate::ui::figure_view::use_figure_view;
use crate::ui::store::use_store;

/// The chart's frame; the right margin holds the direct labels, the bottom one the
/// intensity axis and its name.
const PLOT: Plot = Plot {
    width: 640.0,
    height: 320.0,
    top: 14.0,
    right: 96.0,
    bottom: 40.0,
    left: 76.0,
};
/// Points sampled along the intensity axis.
const SAMPLES: usize = 41;
/// The year the curve describes: the first full year after the article.
const CURVE_YEAR: u16 = 2021;

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
    let curve = Memo::new(move |_| {
        let s = view.scenario.get();
        (0..SAMPLES)
            .map(|k| {
                let intensity = k as f64 / (SAMPLES - 1) as f64;
                (
                    intensity,
                    xiaohongshu_revenue(&s, &Params::fitted(s.fit), intensity, CURVE_YEAR),
                )
            })
            .collect::<Vec<(f64, Revenue)>>()
    });
    let top = Memo::new(move |_| {
        nice_max(curve.with(|c| c.iter().map(|(_, r)| r.total()).fold(0.0, f64::max)))
    });
    let x_scale = PLOT.x(0.0, 1.0);
    let x = move |i: f64| x_scale.at(i);
    let y = move |v: f64| PLOT.y(0.0, top.get()).at(v);
    let path = move |pick: fn(&Revenue) -> f64| {
        curve.with(|c| {
            let mut d = String::new();
            for (k, (i, r)) in c.iter().enumerate() {
                push_point(&mut d, if k == 0 { 'M' } else { 'L' }, x(*i), y(pick(r)));
            }
            d
        })
    };
    let current = move || {
        let s = view.scenario.get();
        (
            s.selling_intensity,
            xiaohongshu_revenue(&s, &Params::fitted(s.fit), s.selling_intensity, CURVE_YEAR),
        )
    };
    let best = move || {
        curve.with(|c| {
            c.iter()
                .copied()
                .max_by(|a, b| a.1.total().total_cmp(&b.1.total()))
                .unwrap_or((
                    0.0,
                    Revenue {
                        commerce: 0.0,
                        ads: 0.0,
                    },
                ))
        })
    };
    let summary = Signal::derive(move || {
        let locale = store.locale_untracked();
        let (i, r) = current();
        let (bi, br) = best();
        (store.texts().sentences.curve_summary)(&CurveSentence {
            current: &decimal(locale, i, 2),
            revenue: &rmb(locale, r.total()),
            best: &decimal(locale, bi, 2),
            best_revenue: &rmb(locale, br.total()),
        })
    });
    // Both axes are built once: the value axis's labels follow the data in place (see
    // `y_grid`).
    let y_axis = y_grid(&PLOT, top.into(), rmb, store.locale_untracked());
    let x_axis = {
        let locale = store.locale_untracked();
        let xs = [0.0, 0.25, 0.5, 0.75, 1.0]
            .into_iter()
            .map(|i| view! { <text class="tick" x=x(i) y=PLOT.height - 20.0 text-anchor="middle">{decimal(locale, i, 2)}</text> })
            .collect_view();
        view! { {xs} <text class="axis-name" x=x(0.5) y=PLOT.height - 2.0 text-anchor="middle">{lines.x}</text> }
    };
    let end_label = move |pick: fn(&Revenue) -> f64| {
        curve.with(|c| c.last().map_or(0.0, |(_, r)| y(pick(r))) + 4.0)
    };
    let table = Signal::derive(move || {
        let locale = store.locale_untracked();
        let head = [lines.x, lines.commerce, lines.ads, lines.total];
        curve.with(|c| {
            TableData::new(texts.figures.curve.caption, &head).rows(c.iter().step_by(4).map(
                |(i, r)| {
                    vec![
                        decimal(locale, *i, 2),
                        rmb(locale, r.commerce),
                        rmb(locale, r.ads),
                        rmb(locale, r.total()),
                    ]
                },
            ))
        })
    });
    view! {
        <FigureFrame levers=levers
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
                <text class="direct-label" x=PLOT.right_edge() + 8.0 y=move || end_label(|r| r.commerce)>{lines.commerce}</text>
                <text class="direct-label" x=PLOT.right_edge() + 8.0 y=move || end_label(|r| r.ads)>{lines.ads}</text>
                <text class="direct-label" x=PLOT.right_edge() + 8.0 y=move || end_label(Revenue::total)>{lines.total}</text>
                <circle class="marker" r="7" cx=move || x(current().0) cy=move || y(current().1.total()) />
            </svg>
        </FigureFrame>
    }
}
