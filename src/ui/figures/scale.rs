//! Axis arithmetic and the value grid shared by the charts.

use leptos::prelude::*;

/// A round number at or above `max` for the top of an axis (1, 2, 4, 5 or 8 × 10ⁿ),
/// chosen so that quarter ticks are round too.
pub fn nice_max(max: f64) -> f64 {
    if !(max.is_finite() && max > 0.0) {
        return 1.0;
    }
    let magnitude = 10f64.powf(max.log10().floor());
    [1.0, 2.0, 4.0, 5.0, 8.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|v| *v >= max)
        .unwrap_or(10.0 * magnitude)
}

/// Five evenly spaced ticks from 0 to `top`.
pub fn ticks(top: f64) -> Vec<f64> {
    (0..=4).map(|i| top * f64::from(i) / 4.0).collect()
}

/// The horizontal grid of a value axis from 0 to `top`: a line from `left` to `right`
/// at each of [`ticks`], labelled at the left with `label(value)`; `y` maps a value
/// to its SVG y.
pub fn y_grid(
    top: f64,
    left: f64,
    right: f64,
    y: impl Fn(f64) -> f64,
    label: impl Fn(f64) -> String,
) -> AnyView {
    ticks(top)
        .into_iter()
        .map(|v| {
            let at = y(v);
            view! {
                <line class="grid" x1=left x2=right y1=at y2=at />
                <text class="tick" x=left - 8.0 y=at + 4.0 text-anchor="end">{label(v)}</text>
            }
        })
        .collect_view()
        .into_any()
}
