//! Xiaohongshu's inverted U: yearly revenue against selling intensity.

use leptos::prelude::*;

use super::frame::FigureFrame;
use super::scale::{nice_max, push_point, y_grid};
use super::table::TableData;
use crate::content::format::{decimal, rmb};
use crate::model::{xiaohongshu_revenue, Params, Revenue};
use crate::state::FigureId;
use crate::ui::store::use_store;
use crate::ui::view::use_view;

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 320.0;
const LEFT: f64 = 76.0;
const RIGHT: f64 = 96.0;
const TOP: f64 = 14.0;
const BOTTOM: f64 = 40.0;
/// Points sampled along the intensity axis.
const SAMPLES: usize = 41;
/// The year the curve describes: the first full year after the article.
const CURVE_YEAR: u16 = 2021;

/// Commerce, ads and total revenue along the whole intensity range, with the
/// reader's current intensity marked.
#[component]
pub fn CurveFigure() -> impl IntoView {
    let store = use_store();
    let view = use_view();
    let ui = store.texts().ui;
    let curve = Memo::new(move |_| {
        let s = view.scenario.get();
        (0..SAMPLES)
            .map(|k| {
                let intensity = k as f64 / (SAMPLES - 1) as f64;
                (
                    intensity,
                    xiaohongshu_revenue(&s, &Params::CALIBRATED, intensity, CURVE_YEAR),
                )
            })
            .collect::<Vec<(f64, Revenue)>>()
    });
    let top = Memo::new(move |_| {
        nice_max(curve.with(|c| c.iter().map(|(_, r)| r.total()).fold(0.0, f64::max)))
    });
    let x = |i: f64| LEFT + (WIDTH - LEFT - RIGHT) * i;
    let y = move |v: f64| TOP + (HEIGHT - TOP - BOTTOM) * (1.0 - v / top.get());
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
            xiaohongshu_revenue(&s, &Params::CALIBRATED, s.selling_intensity, CURVE_YEAR),
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
        let locale = store.locale();
        let (i, r) = current();
        let (bi, br) = best();
        (store.texts().sentences.curve_summary)(
            &decimal(locale, i, 2),
            &rmb(locale, r.total()),
            &decimal(locale, bi, 2),
            &rmb(locale, br.total()),
        )
    });
    let axis = move || {
        let locale = store.locale();
        let t = top.get();
        let ys = y_grid(t, LEFT, WIDTH - RIGHT, y, |v| rmb(locale, v));
        let xs = [0.0, 0.25, 0.5, 0.75, 1.0]
            .into_iter()
            .map(|i| view! { <text class="tick" x=x(i) y=HEIGHT - 20.0 text-anchor="middle">{decimal(locale, i, 2)}</text> })
            .collect_view();
        view! { {ys}{xs} <text class="axis-name" x=x(0.5) y=HEIGHT - 2.0 text-anchor="middle">{ui.curve_x}</text> }
    };
    let end_label = move |pick: fn(&Revenue) -> f64| {
        curve.with(|c| c.last().map_or(0.0, |(_, r)| y(pick(r))) + 4.0)
    };
    let table = Signal::derive(move || {
        let locale = store.locale();
        let ui = ui;
        TableData {
            caption: ui.curve_caption.to_string(),
            head: vec![
                ui.curve_x.to_string(),
                ui.curve_commerce.to_string(),
                ui.curve_ads.to_string(),
                ui.curve_total.to_string(),
            ],
            rows: curve.with(|c| {
                c.iter()
                    .step_by(4)
                    .map(|(i, r)| {
                        vec![
                            decimal(locale, *i, 2),
                            rmb(locale, r.commerce),
                            rmb(locale, r.ads),
                            rmb(locale, r.total()),
                        ]
                    })
                    .collect()
            }),
        }
    });
    let name = Signal::derive(move || format!("{}. {}", ui.curve_figure, summary.get()));
    view! {
        <FigureFrame
            id="fig-curve"
            embed=Some(FigureId::Trust)
            title=ui.curve_figure
            summary=summary
            source=ui.model_source
            table=table
        >
            <svg class="curve" viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=move || name.get()>
                {axis}
                <path class="line c-xiaohongshu dashed" d=move || path(|r| r.commerce) />
                <path class="line c-ads dashed" d=move || path(|r| r.ads) />
                <path class="line c-total" d=move || path(Revenue::total) />
                <text class="direct-label" x=WIDTH - RIGHT + 8.0 y=move || end_label(|r| r.commerce)>{ui.curve_commerce}</text>
                <text class="direct-label" x=WIDTH - RIGHT + 8.0 y=move || end_label(|r| r.ads)>{ui.curve_ads}</text>
                <text class="direct-label" x=WIDTH - RIGHT + 8.0 y=move || end_label(Revenue::total)>{ui.curve_total}</text>
                <circle class="marker" r="7" cx=move || x(current().0) cy=move || y(current().1.total()) />
            </svg>
        </FigureFrame>
    }
}
