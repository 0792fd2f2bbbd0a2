//! Horizontal bars, one per platform, with an optional baseline tick: the view of
//! [`crate::chart::bars`].

use leptos::prelude::*;

use super::axes::chart_width;
use super::frame::use_chart_name;
use crate::chart::bars::{
    length, plot, row_top, Bar, BAR_HEIGHT, BAR_TOP, NAME_GAP, PHONE_WIDTH, ROW, TICK_BOTTOM,
    TICK_TOP, VALUE_GAP, WIDTH,
};
use crate::chart::tenths;
use crate::content::Locale;

/// Horizontal bars scaled to `max`; each bar's length follows the data without
/// being rebuilt (the number of rows is fixed at `count`).
#[component]
pub fn HBars(
    /// The bars; `len()` must stay `count`, and each row keeps its name and colour.
    #[prop(into)]
    bars: Signal<Vec<Bar>>,
    /// Number of rows.
    count: usize,
    /// Value at the right edge.
    max: f64,
    /// How a value reads.
    format: fn(Locale, f64) -> String,
    /// The language, for `format`.
    locale: Locale,
) -> impl IntoView {
    let name = use_chart_name();
    let plot = plot(chart_width(WIDTH, PHONE_WIDTH), count);
    let x = plot.x(0.0, max);
    let left = plot.left;
    let scale = move |v: f64| length(&plot, &x, max, v);
    let bar = move |i: usize| bars.with(|b| b.get(i).cloned());
    // Each row's name and colour, read once: the rows and their order are fixed for the
    // chart's life, so an input reruns only the bar's length and value.
    let names: Vec<(&'static str, &'static str)> =
        bars.with_untracked(|b| b.iter().map(|bar| (bar.label, bar.class)).collect());
    let rows = (0..count)
        .map(|i| {
            let y = row_top(&plot, i);
            let (label, class) = names.get(i).copied().unwrap_or(("", ""));
            let length = move || bar(i).map_or(0.0, |b| tenths(scale(b.value)));
            // A memo, so the tick is rebuilt only when the baseline moves, not with every
            // change of the bar: a rebuilt element has all its attributes removed and set
            // again (views are type-erased in this build). NaN stands for no baseline: a
            // memo of f64 shares code with the others, where an Option would add its own.
            let tick = Memo::new(move |_| bar(i).and_then(|b| b.baseline).unwrap_or(f64::NAN));
            let baseline = move || {
                Some(tick.get()).filter(|v| !v.is_nan()).map(|v| {
                    let x = left + scale(v);
                    view! { <line class="baseline-tick" x1=x x2=x y1=y + TICK_TOP y2=y + TICK_BOTTOM /> }
                })
            };
            view! {
                <text class="tick" x=left - NAME_GAP y=y + ROW / 2.0 text-anchor="end">
                    {label}
                </text>
                <rect
                    class=format!("bar {class}")
                    x=left
                    y=y + BAR_TOP
                    height=BAR_HEIGHT
                    width=length
                />
                {baseline}
                <text
                    class="bar-value"
                    x=move || tenths(left + length() + VALUE_GAP)
                    y=y + ROW / 2.0
                >
                    {move || bar(i).map_or(String::new(), |b| format(locale, b.value))}
                </text>
            }
        })
        .collect_view();
    view! {
        <svg class="hbars" viewBox=plot.view_box() role="img" aria-labelledby=name>
            {rows}
        </svg>
    }
}
