//! Horizontal bars, one per row with an optional baseline tick (`ui::figures::bars::HBars`), as
//! arithmetic: the bar, the chart's frame for a number of rows, and where a row's parts go.

use super::plot::{Plot, Scale};

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

/// Width in SVG units on wide screens (see `ui::figures::axes::chart_width`).
pub const WIDTH: f64 = 640.0;
/// Width in SVG units on phones.
pub const PHONE_WIDTH: f64 = 430.0;
/// Height of one row.
pub const ROW: f64 = 40.0;
/// The frame at its wide width, for one row; the left margin holds the names, the
/// right one the values.
const PLOT: Plot = Plot {
    width: WIDTH,
    height: ROW,
    top: 4.0,
    right: 84.0,
    bottom: 4.0,
    left: 130.0,
};
/// Gap between a row's name (right-aligned) and the bars' left edge.
pub const NAME_GAP: f64 = 10.0;
/// Gap between a bar's end and its value.
pub const VALUE_GAP: f64 = 6.0;
/// A bar's top, below its row's top.
pub const BAR_TOP: f64 = 6.0;
/// A bar's height: its row less the room above and below it.
pub const BAR_HEIGHT: f64 = ROW - 18.0;
/// The baseline tick's top, below its row's top: it stands out above the bar.
pub const TICK_TOP: f64 = 2.0;
/// The baseline tick's bottom, below its row's top: it stands out below the bar.
pub const TICK_BOTTOM: f64 = ROW - 10.0;

/// The frame of a chart `width` wide with `count` rows.
pub fn plot(width: f64, count: usize) -> Plot {
    Plot {
        width,
        height: ROW * count as f64 + PLOT.top + PLOT.bottom,
        ..PLOT
    }
}

/// The top of row `i`.
pub fn row_top(plot: &Plot, i: usize) -> f64 {
    plot.top + ROW * i as f64
}

/// A bar's length for `value`, on the scale `x` from 0 to `max` of `plot`: from the left edge to the
/// value, within the plot.
pub fn length(plot: &Plot, x: &Scale, max: f64, value: f64) -> f64 {
    x.at(value.clamp(0.0, max)) - plot.left
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_fill_the_frame_and_bars_stay_within_the_plot() {
        let plot = plot(WIDTH, 6);
        assert_eq!(row_top(&plot, 0), plot.top);
        assert_eq!(row_top(&plot, 6), plot.bottom_edge());
        let x = plot.x(0.0, 1.0);
        assert_eq!(length(&plot, &x, 1.0, 1.0), plot.inner_width());
        assert_eq!(length(&plot, &x, 1.0, 1.7), plot.inner_width());
        assert_eq!(length(&plot, &x, 1.0, -0.2), 0.0);
        // A bar and its tick stay inside their row, and the tick stands out above and below the bar.
        const { assert!(TICK_TOP < BAR_TOP && BAR_TOP + BAR_HEIGHT < TICK_BOTTOM && TICK_BOTTOM < ROW) };
    }
}
