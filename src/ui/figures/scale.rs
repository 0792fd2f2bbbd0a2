//! Axis arithmetic shared by the charts.

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
