//! Axis arithmetic and the value grid shared by the charts.

use std::fmt::Write;

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

/// Viewports narrower than this (CSS px) get a chart's phone width.
const PHONE_VIEWPORT: f64 = 600.0;

/// A chart's width in SVG units: `wide`, or on a phone `phone`, narrower so that the
/// chart scales up less and its labels stay legible. Chosen once, when the chart is
/// built: a phone does not turn into a desktop.
pub fn chart_width(wide: f64, phone: f64) -> f64 {
    let on_phone = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w < PHONE_VIEWPORT);
    if on_phone {
        phone
    } else {
        wide
    }
}

/// Appends one SVG path step (`M` or `L` and a point) to `d`, with one decimal:
/// written by hand, since Rust's float formatting costs more than the rest of a
/// chart's redraw.
pub fn push_point(d: &mut String, command: char, x: f64, y: f64) {
    d.push(command);
    push_tenths(d, x);
    d.push(',');
    push_tenths(d, y);
}

fn push_tenths(d: &mut String, v: f64) {
    let tenths = (v * 10.0).round() as i64;
    if tenths < 0 {
        d.push('-');
    }
    let tenths = tenths.unsigned_abs();
    let _ = write!(d, "{}", tenths / 10);
    d.push('.');
    d.push(char::from(b'0' + (tenths % 10) as u8));
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

#[cfg(test)]
mod tests {
    use super::push_point;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn path_points_have_one_decimal_like_the_formatter() {
        let mut d = String::new();
        for (x, y) in [(64.0, 316.0), (0.04, -0.06), (123.456, 9.95), (-12.34, 0.0)] {
            push_point(&mut d, 'L', x, y);
            let mut expected = format!("L{x:.1},{y:.1}");
            // 9.95 is stored as 9.9499…, which `{:.1}` rounds down; ×10 it rounds up.
            if (x, y) == (123.456, 9.95) {
                expected = "L123.5,10.0".to_string();
            }
            assert!(d.ends_with(&expected), "{d} should end with {expected}");
        }
        assert_eq!(d.matches('L').count(), 4);
    }
}
