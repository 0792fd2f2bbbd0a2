//! A chart's drawing area and its scales.

use std::fmt::Write;

/// A chart's size in SVG units and the margins kept around its plotting area for
/// axes and labels. Every chart is one of these; its scales map data into the area.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Plot {
    /// Width of the whole chart.
    pub width: f64,
    /// Height of the whole chart.
    pub height: f64,
    /// Margin above the plotting area.
    pub top: f64,
    /// Margin right of it (direct labels, values).
    pub right: f64,
    /// Margin below it (the x axis).
    pub bottom: f64,
    /// Margin left of it (the y axis, row names).
    pub left: f64,
}

impl Plot {
    /// The `viewBox` attribute of the chart's `<svg>`.
    pub fn view_box(&self) -> String {
        format!("0 0 {} {}", self.width, self.height)
    }

    /// Where the plotting area ends on the right.
    pub fn right_edge(&self) -> f64 {
        self.width - self.right
    }

    /// Where the plotting area ends at the bottom (the x axis).
    pub fn bottom_edge(&self) -> f64 {
        self.height - self.bottom
    }

    /// Width of the plotting area.
    pub fn inner_width(&self) -> f64 {
        self.right_edge() - self.left
    }

    /// Height of the plotting area.
    pub fn inner_height(&self) -> f64 {
        self.bottom_edge() - self.top
    }

    /// A horizontal scale: `from` at the area's left edge, `to` at its right edge.
    pub fn x(&self, from: f64, to: f64) -> Scale {
        Scale::new((from, to), (self.left, self.right_edge()))
    }

    /// A vertical scale: `from` at the area's bottom, `to` at its top (SVG's y grows
    /// downwards, values upwards).
    pub fn y(&self, from: f64, to: f64) -> Scale {
        Scale::new((from, to), (self.bottom_edge(), self.top))
    }
}

/// A linear map from data values to SVG units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    domain: (f64, f64),
    range: (f64, f64),
}

impl Scale {
    /// Maps `domain.0` to `range.0` and `domain.1` to `range.1`. An empty domain
    /// maps everything to `range.0` rather than dividing by zero.
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Self {
        Scale { domain, range }
    }

    /// Where `value` goes. (Never inlined: one copy serves every chart.)
    #[inline(never)]
    pub fn at(&self, value: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        let span = d1 - d0;
        if span == 0.0 || !span.is_finite() {
            return r0;
        }
        r0 + (r1 - r0) * (value - d0) / span
    }

    /// The distance in SVG units between two values one apart.
    pub fn step(&self) -> f64 {
        self.at(1.0) - self.at(0.0)
    }

    /// The top of the domain (the value at `range.1`).
    pub fn max(&self) -> f64 {
        self.domain.1
    }
}

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

/// Appends one SVG path step (`M` or `L` and a point) to `d`, with one decimal:
/// written by hand, since Rust's float formatting costs more than the rest of a
/// chart's redraw.
pub fn push_point(d: &mut String, command: char, x: f64, y: f64) {
    d.push(command);
    push_tenths(d, x);
    d.push(',');
    push_tenths(d, y);
}

/// `v` to a tenth of an SVG unit, the precision paths are drawn to: a position that
/// moves less than that is the same attribute, not a new one, and a short one.
pub fn tenths(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
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

/// Moves label positions apart so that neighbours are at least `gap` apart, keeping
/// their order, and back up if the stack runs past `bottom`; returns them in the
/// input order.
pub fn spread(ys: &[f64], gap: f64, bottom: f64) -> Vec<f64> {
    let mut order: Vec<usize> = (0..ys.len()).collect();
    // Ties in input order (ties broken by index, as a stable sort would).
    order.sort_unstable_by(|a, b| ys[*a].total_cmp(&ys[*b]).then(a.cmp(b)));
    let mut placed = ys.to_vec();
    for w in 1..order.len() {
        let (prev, here) = (order[w - 1], order[w]);
        if placed[here] < placed[prev] + gap {
            placed[here] = placed[prev] + gap;
        }
    }
    if let Some(&last) = order.last() {
        let overflow = placed[last] - bottom;
        if overflow > 0.0 {
            for y in &mut placed {
                *y -= overflow;
            }
        }
    }
    placed
}

/// The two largest entries of `values`: (index, value) of the leader and the runner-up.
pub fn top_two(values: &[f64]) -> ((usize, f64), (usize, f64)) {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_unstable_by(|a, b| values[*b].total_cmp(&values[*a]).then(a.cmp(b)));
    let pick = |i: usize| order.get(i).map_or((0, 0.0), |k| (*k, values[*k]));
    (pick(0), pick(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLOT: Plot = Plot {
        width: 560.0,
        height: 330.0,
        top: 14.0,
        right: 150.0,
        bottom: 34.0,
        left: 64.0,
    };

    #[test]
    fn scales_put_the_domain_on_the_plotting_area() {
        let y = PLOT.y(0.0, 1.0);
        assert_eq!(y.at(0.0), PLOT.height - PLOT.bottom);
        assert_eq!(y.at(1.0), PLOT.top);
        assert_eq!(y.at(0.5), (PLOT.height - PLOT.bottom + PLOT.top) / 2.0);
        let x = PLOT.x(2019.0, 2025.0);
        assert_eq!(x.at(2019.0), PLOT.left);
        assert_eq!(x.at(2025.0), PLOT.width - PLOT.right);
        assert!((x.step() - PLOT.inner_width() / 6.0).abs() < 1e-9);
        assert_eq!(PLOT.view_box(), "0 0 560 330");
        // An empty domain does not divide by zero.
        assert_eq!(PLOT.x(3.0, 3.0).at(7.0), PLOT.left);
    }

    #[test]
    fn axis_tops_are_round_and_at_least_the_data() {
        for (max, top) in [
            (0.37, 0.4),
            (1.0, 1.0),
            (3.1, 4.0),
            (612.0, 800.0),
            (4.5e11, 5e11),
        ] {
            assert!(
                (nice_max(max) - top).abs() < 1e-9 * top,
                "{max} -> {}",
                nice_max(max)
            );
        }
        for bad in [0.0, -3.0, f64::NAN, f64::INFINITY] {
            assert_eq!(nice_max(bad), 1.0);
        }
        assert_eq!(ticks(8.0), vec![0.0, 2.0, 4.0, 6.0, 8.0]);
    }

    #[test]
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

    #[test]
    fn spread_labels_keep_their_order_and_gap_and_stay_above_the_bottom() {
        let ys = [100.0, 104.0, 50.0, 102.0];
        let placed = spread(&ys, 15.0, 300.0);
        assert_eq!(placed[2], 50.0, "a label with room stays where it is");
        let mut near: Vec<f64> = vec![placed[0], placed[1], placed[3]];
        near.sort_by(f64::total_cmp);
        assert!(
            near.windows(2).all(|w| w[1] - w[0] >= 15.0 - 1e-9),
            "{near:?}"
        );
        assert!(
            placed[0] < placed[3] && placed[3] < placed[1],
            "order kept: {placed:?}"
        );
        let low = spread(&[295.0, 296.0], 15.0, 300.0);
        assert!(low.iter().all(|y| *y <= 300.0), "{low:?}");
        assert!((low[1] - low[0] - 15.0).abs() < 1e-9);
    }

    #[test]
    fn top_two_finds_leader_and_runner_up() {
        assert_eq!(top_two(&[0.1, 0.5, 0.3]), ((1, 0.5), (2, 0.3)));
        assert_eq!(top_two(&[0.7]), ((0, 0.7), (0, 0.0)));
        assert_eq!(top_two(&[]), ((0, 0.0), (0, 0.0)));
    }

    #[test]
    fn tenths_round_to_a_short_attribute() {
        assert_eq!(tenths(123.456), 123.5);
        assert_eq!(tenths(7.0), 7.0);
        assert_eq!(tenths(0.1 + 0.2).to_string(), "0.3");
    }
}
