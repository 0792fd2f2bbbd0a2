//! Horizontal bars, one per platform, with an optional baseline tick.

use leptos::prelude::*;

use super::scale::chart_width;
use crate::content::Locale;

/// One bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// Colour class.
    pub class: &'static str,
    /// Row label.
    pub label: &'static str,
    /// Length.
    pub value: f64,
    /// Where the baseline scenario puts it, drawn as a tick.
    pub baseline: Option<f64>,
}

/// Width in SVG units on wide screens and on phones (see [`chart_width`]).
const WIDTH: f64 = 640.0;
const PHONE_WIDTH: f64 = 430.0;
const ROW: f64 = 40.0;
const LEFT: f64 = 130.0;
const RIGHT: f64 = 84.0;

/// Horizontal bars scaled to `max`; each bar's length follows the data without
/// being rebuilt (the number of rows is fixed at `count`).
#[component]
pub fn HBars(
    /// The bars; `len()` must stay `count`.
    #[prop(into)]
    bars: Signal<Vec<Bar>>,
    /// Number of rows.
    count: usize,
    /// Value at the right edge.
    max: f64,
    /// Accessible name.
    #[prop(into)]
    name: Signal<String>,
    /// How a value reads.
    format: fn(Locale, f64) -> String,
    /// The language, for `format`.
    locale: Locale,
) -> impl IntoView {
    let width = chart_width(WIDTH, PHONE_WIDTH);
    let height = ROW * count as f64 + 8.0;
    let scale = move |v: f64| (width - LEFT - RIGHT) * (v / max).clamp(0.0, 1.0);
    let bar = move |i: usize| bars.with(|b| b.get(i).cloned());
    let rows = (0..count)
        .map(|i| {
            let y = 4.0 + ROW * i as f64;
            let class = move || bar(i).map_or(String::new(), |b| format!("bar {}", b.class));
            let length = move || bar(i).map_or(0.0, |b| scale(b.value));
            let baseline = move || {
                bar(i).and_then(|b| b.baseline).map(|v| {
                    let x = LEFT + scale(v);
                    view! { <line class="baseline-tick" x1=x x2=x y1=y + 2.0 y2=y + ROW - 10.0 /> }
                })
            };
            view! {
                <text class="tick" x=LEFT - 10.0 y=y + ROW / 2.0 text-anchor="end">
                    {move || bar(i).map_or("", |b| b.label)}
                </text>
                <rect class=class x=LEFT y=y + 6.0 height=ROW - 18.0 width=length />
                {baseline}
                <text class="bar-value" x=move || LEFT + length() + 6.0 y=y + ROW / 2.0>
                    {move || bar(i).map_or(String::new(), |b| format(locale, b.value))}
                </text>
            }
        })
        .collect_view();
    view! {
        <svg class="hbars" viewBox=format!("0 0 {width} {height}") role="img" aria-label=move || name.get()>
            {rows}
        </svg>
    }
}
