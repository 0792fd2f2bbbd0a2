//! The parts of an axis that are views, and the chart's width for the screen it is on.
//! The arithmetic itself is [`crate::chart`].

use leptos::prelude::*;

use crate::chart::{ticks, Plot, Scale};
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

/// The horizontal grid of the value axis `y` (from 0): a line across `plot` at each
/// of its [`ticks`], labelled at the left with `label(value)`.
pub fn y_grid(plot: &Plot, y: Scale, label: impl Fn(f64) -> String) -> AnyView {
    let (left, right) = (plot.left, plot.right_edge());
    ticks(y.max())
        .into_iter()
        .map(|v| {
            let at = y.at(v);
            view! {
                <line class="grid" x1=left x2=right y1=at y2=at />
                <text class="tick" x=left - 8.0 y=at + 4.0 text-anchor="end">{label(v)}</text>
            }
        })
        .collect_view()
        .into_any()
}
