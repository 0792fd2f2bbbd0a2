//! The parts of an axis that are views, and the chart's width for the screen it is on.
//! The arithmetic itself is [`crate::chart`].

use leptos::prelude::*;

use crate::chart::{ticks, Plot};
use crate::content::Locale;
use crate::ui::browser;

/// Viewports narrower than this (CSS px) get a chart's phone width.
const PHONE_VIEWPORT: f64 = 600.0;

/// A chart's width in SVG units: `wide`, or on a phone `phone`, narrower so that the
/// chart scales up less and its labels stay legible. Chosen once, when the chart is
/// built: a phone does not turn into a desktop.
pub fn chart_width(wide: f64, phone: f64) -> f64 {
    let viewport = browser::viewport_width();
    if viewport > 0.0 && viewport < PHONE_VIEWPORT {
        phone
    } else {
        wide
    }
}

/// The horizontal grid of a value axis from 0 to `top`: a line across `plot` at each
/// of its [`ticks`], labelled at the left with `label(value)`. The ticks sit at the same
/// fractions of the axis whatever its top, so the grid is built once and only its
/// labels follow `top`: a rebuilt element would have every attribute removed and set
/// again (views are type-erased in this build).
pub fn y_grid(
    plot: &Plot,
    top: Signal<f64>,
    format: fn(Locale, f64) -> String,
    locale: Locale,
) -> AnyView {
    let (left, right) = (plot.left, plot.right_edge());
    let unit = plot.y(0.0, 1.0);
    let count = ticks(1.0).len();
    (0..count)
        .map(|i| {
            let at = unit.at(ticks(1.0)[i]);
            let value = move || format(locale, ticks(top.get())[i]);
            view! {
                <line class="grid" x1=left x2=right y1=at y2=at />
                <text class="tick" x=left - 8.0 y=at + 4.0 text-anchor="end">
                    {value}
                </text>
            }
        })
        .collect_view()
        .into_any()
}
