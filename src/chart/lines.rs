//! The line chart the projection figures share (`ui::figures::lines::LinesChart`), as arithmetic:
//! what it draws ([`LineData`]: lines, their bands, reported figures), where the years and values go
//! ([`Frame`]), each line's and band's path, where the direct labels sit, which years the axis
//! names, the tooltip's rows and box, and the table of the lines.

use crate::content::format::{aside, labelled};
use crate::content::Locale;

use super::backtest::{mark_path, MarkKind};
use super::plot::{nice_max, push_point, spread, Plot, Scale};
use super::TableData;

/// One line: a CSS class that fixes its colour, its label and one value per year.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// Colour class, e.g. `c-douyin`.
    pub class: &'static str,
    /// Direct label.
    pub label: String,
    /// One value per year of [`LineData::years`].
    pub values: Vec<f64>,
    /// Drawn dashed (a counterfactual or a comparison).
    pub dashed: bool,
    /// Labelled at the line's end (ghost lines of a comparison are not, to keep the labels legible).
    pub direct_label: bool,
    /// A shaded uncertainty band around the line: (low, high) per year.
    pub band: Option<(Vec<f64>, Vec<f64>)>,
}

/// A reported figure drawn over the lines: a dot, a range's bar or a floor's arrow.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// Colour class, e.g. `c-douyin`.
    pub class: &'static str,
    /// Position in [`LineData::years`].
    pub index: usize,
    /// Dot, bar or arrow.
    pub kind: MarkKind,
    /// The value, or the low end of a range, or the floor.
    pub low: f64,
    /// The high end of a range (equal to `low` otherwise).
    pub high: f64,
    /// Shift from the year's position, SVG units, so that marks of one year stay apart.
    pub offset: f64,
    /// What the tooltip says of it.
    pub text: String,
}

/// Everything a line chart draws.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct LineData {
    /// The x axis.
    pub years: Vec<u16>,
    /// The lines, in a fixed order.
    pub series: Vec<Series>,
    /// Reported figures drawn over the lines (most charts have none).
    pub marks: Vec<Mark>,
}

/// Chart width in SVG units on wide screens (see `ui::figures::axes::chart_width`).
pub const WIDTH: f64 = 560.0;
/// Chart width in SVG units on phones: narrower, so the chart scales up less and its labels stay legible.
pub const PHONE_WIDTH: f64 = 430.0;
/// The chart's frame at its wide width; the right margin holds the direct labels, of up to 21
/// characters.
const PLOT: Plot = Plot {
    width: WIDTH,
    height: 330.0,
    top: 14.0,
    right: 160.0,
    bottom: 34.0,
    left: 64.0,
};
/// Smallest vertical gap between two direct labels.
const LABEL_GAP: f64 = 15.0;
/// How far right of the lines' ends the direct labels start.
pub const LABEL_INDENT: f64 = 8.0;
/// How far below its line's end a direct label's baseline sits, so that the text's middle is level with it.
const LABEL_DROP: f64 = 4.0;
/// How far above the chart's bottom edge the years' labels sit (their baseline).
const YEAR_LABEL_RISE: f64 = 12.0;
/// How many years the axis names one by one on wide screens; beyond, every other year.
const YEARS_NAMED_WIDE: usize = 8;
/// How many years the axis names one by one on phones.
const YEARS_NAMED_PHONE: usize = 4;
/// The tooltip box's width.
pub const TOOLTIP_WIDTH: f64 = 196.0;
/// The gap between the cursor line and the tooltip's box, which opens right of the cursor in the
/// chart's left half and left of it in the right half.
const TOOLTIP_GAP: f64 = 10.0;
/// How far below the plot's top the tooltip's box starts.
const TOOLTIP_DROP: f64 = 4.0;
/// The box's height besides its rows: the year's line and the padding around the text.
const TOOLTIP_HEAD: f64 = 22.0;
/// How far the text is indented from the box's left edge.
const TOOLTIP_INDENT: f64 = 10.0;
/// The tooltip's year's baseline, below the plot's top.
const TOOLTIP_YEAR_BASELINE: f64 = 18.0;
/// The tooltip's first row's baseline, below the plot's top; each row after is one [`TOOLTIP_ROW`] lower.
const TOOLTIP_FIRST_BASELINE: f64 = 34.0;
/// Height of one row of the tooltip.
const TOOLTIP_ROW: f64 = 16.0;

/// The right margin on phones, where the labels' type is larger in chart units.
const PHONE_RIGHT: f64 = 190.0;

/// The chart's frame at `width` ([`WIDTH`] or [`PHONE_WIDTH`]).
pub fn plot(width: f64) -> Plot {
    let right = if width < WIDTH {
        PHONE_RIGHT
    } else {
        PLOT.right
    };
    Plot {
        width,
        right,
        ..PLOT
    }
}

/// Where the years and values go: the plot and its two scales.
#[derive(Clone, Debug, PartialEq)]
pub struct Frame {
    /// The years, one per position on the x axis.
    pub years: Vec<u16>,
    /// The chart's frame.
    pub plot: Plot,
    /// Year index to x.
    pub x: Scale,
    /// Value to y.
    pub y: Scale,
}

impl Frame {
    /// The frame of a chart `width` wide over `years`, with values from 0 to `y_max`.
    pub fn new(years: Vec<u16>, y_max: f64, width: f64) -> Self {
        let plot = plot(width);
        let last = (years.len().max(2) - 1) as f64;
        Frame {
            x: plot.x(0.0, last),
            y: plot.y(0.0, y_max),
            years,
            plot,
        }
    }

    /// Where the `k`th year goes.
    pub fn x(&self, k: usize) -> f64 {
        self.x.at(k as f64)
    }

    /// Where the value `v` goes.
    pub fn y(&self, v: f64) -> f64 {
        self.y.at(v)
    }

    /// Where the years' labels sit (their baseline).
    pub fn year_label_y(&self) -> f64 {
        self.plot.height - YEAR_LABEL_RISE
    }

    /// Every how many years the axis names one: every year while they fit, every other year on a long
    /// horizon or a phone.
    pub fn year_stride(&self) -> usize {
        let fits = if self.plot.width < WIDTH {
            YEARS_NAMED_PHONE
        } else {
            YEARS_NAMED_WIDE
        };
        if self.years.len() > fits {
            2
        } else {
            1
        }
    }

    /// The left edge and width of the `k`th year's hover strip: a year's step wide, centred on it.
    pub fn hit(&self, k: usize) -> (f64, f64) {
        let step = self.x.step();
        (self.x(k) - step / 2.0, step)
    }

    /// The path of a reported figure's mark.
    pub fn mark_path(&self, m: &Mark) -> String {
        mark_path(
            m.kind,
            self.x(m.index) + m.offset,
            self.y(m.low),
            self.y(m.high),
        )
    }

    /// The tooltip's box for the `k`th year with `rows` rows below the year.
    pub fn tooltip(&self, k: usize, rows: usize) -> Tooltip {
        let cursor = self.x(k);
        let left = if cursor > self.plot.width / 2.0 {
            cursor - (TOOLTIP_WIDTH + TOOLTIP_GAP)
        } else {
            cursor + TOOLTIP_GAP
        };
        Tooltip {
            left,
            top: self.plot.top,
            height: TOOLTIP_HEAD + TOOLTIP_ROW * rows as f64,
        }
    }
}

/// Where the tooltip's parts go.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tooltip {
    /// The box's left edge.
    pub left: f64,
    /// The plot's top, which the box and its text are placed from.
    top: f64,
    /// The box's height.
    pub height: f64,
}

impl Tooltip {
    /// The box's top edge.
    pub fn box_top(&self) -> f64 {
        self.top + TOOLTIP_DROP
    }

    /// Where the text starts.
    pub fn text_x(&self) -> f64 {
        self.left + TOOLTIP_INDENT
    }

    /// The year's baseline.
    pub fn year_y(&self) -> f64 {
        self.top + TOOLTIP_YEAR_BASELINE
    }

    /// Row `r`'s baseline.
    pub fn row_y(&self, r: usize) -> f64 {
        self.top + TOOLTIP_FIRST_BASELINE + TOOLTIP_ROW * r as f64
    }
}

/// The top of the value axis when the data sets it: a round number above every value and mark.
pub fn value_top(d: &LineData) -> f64 {
    nice_max(
        d.series
            .iter()
            .flat_map(|s| s.values.iter().copied())
            .chain(d.marks.iter().map(|m| m.high))
            .fold(0.0, f64::max),
    )
}

/// A line's CSS classes: its line's, its band's and its faint copy's.
pub fn line_classes(s: &Series) -> [String; 3] {
    [
        format!("line {}{}", s.class, if s.dashed { " dashed" } else { "" }),
        format!("band {}", s.class),
        format!("line ghost {}", s.class),
    ]
}

/// Each line's direct label, empty for a line that has none.
pub fn direct_labels(d: &LineData) -> Vec<String> {
    d.series
        .iter()
        .map(|s| {
            if s.direct_label {
                s.label.clone()
            } else {
                String::new()
            }
        })
        .collect()
}

/// Each line's direct label's height (0 for a line that has none): at the end of the line, pushed
/// apart so they never overlap.
pub fn label_ys(f: &Frame, d: &LineData) -> Vec<f64> {
    let labelled: Vec<usize> = (0..d.series.len())
        .filter(|i| d.series[*i].direct_label)
        .collect();
    let ends: Vec<f64> = labelled
        .iter()
        .map(|i| f.y(last_finite(&d.series[*i].values)))
        .collect();
    let mut ys = vec![0.0; d.series.len()];
    for (i, y) in labelled
        .into_iter()
        .zip(spread(&ends, LABEL_GAP, f.plot.bottom_edge()))
    {
        ys[i] = y;
    }
    ys
}

/// A direct label's baseline, from its height in [`label_ys`].
pub fn label_baseline(y: f64) -> f64 {
    y + LABEL_DROP
}

/// An SVG path through the finite values; a missing (non-finite) value breaks the line.
pub fn line_path(f: &Frame, values: &[f64]) -> String {
    let mut d = String::new();
    let mut pen_down = false;
    for (k, v) in values.iter().enumerate() {
        if v.is_finite() {
            push_point(&mut d, if pen_down { 'L' } else { 'M' }, f.x(k), f.y(*v));
            pen_down = true;
        } else {
            pen_down = false;
        }
    }
    d
}

/// A closed SVG path around the area between `low` and `high` (finite values only).
pub fn band_path(f: &Frame, low: &[f64], high: &[f64]) -> String {
    let points: Vec<(usize, f64, f64)> = low
        .iter()
        .zip(high)
        .enumerate()
        .filter(|(_, (l, h))| l.is_finite() && h.is_finite())
        .map(|(k, (l, h))| (k, *l, *h))
        .collect();
    if points.is_empty() {
        return String::new();
    }
    let mut d = String::new();
    for (n, (k, _, h)) in points.iter().enumerate() {
        push_point(&mut d, if n == 0 { 'M' } else { 'L' }, f.x(*k), f.y(*h));
    }
    for (k, l, _) in points.iter().rev() {
        push_point(&mut d, 'L', f.x(*k), f.y(*l));
    }
    d.push('Z');
    d
}

/// The last finite value of a line (where its direct label goes), or 0.
pub fn last_finite(values: &[f64]) -> f64 {
    values
        .iter()
        .rev()
        .copied()
        .find(|v| v.is_finite())
        .unwrap_or(0.0)
}

/// The tooltip's rows for the `k`th year: every line's exact value, then what the reported figures
/// of that year say.
pub fn tooltip_rows(
    d: &LineData,
    k: usize,
    locale: Locale,
    format: fn(Locale, f64) -> String,
) -> Vec<String> {
    d.series
        .iter()
        .map(|s| {
            labelled(
                locale,
                &s.label,
                &format(locale, s.values.get(k).copied().unwrap_or(f64::NAN)),
            )
        })
        .chain(
            d.marks
                .iter()
                .filter(|m| m.index == k)
                .map(|m| m.text.clone()),
        )
        .collect()
}

/// What a screen reader hears of the tooltip: the year, then its rows.
pub fn tooltip_spoken(year: u16, rows: &[String]) -> String {
    format!("{year}: {}", rows.join("; "))
}

/// A table with one row per line and one column per year.
pub fn table_data(
    data: &LineData,
    caption: &str,
    first: &str,
    locale: Locale,
    format: fn(Locale, f64) -> String,
) -> TableData {
    let years: Vec<String> = data.years.iter().map(u16::to_string).collect();
    let head: Vec<&str> = std::iter::once(first)
        .chain(years.iter().map(String::as_str))
        .collect();
    TableData::new(caption, &head).rows(data.series.iter().map(|s| {
        let cells = s.values.iter().enumerate().map(|(k, v)| match &s.band {
            // With a band, a cell also gives its 10–90% range.
            Some((low, high)) => aside(
                locale,
                &format(locale, *v),
                &format!(
                    "{}{}{}",
                    format(locale, low.get(k).copied().unwrap_or(f64::NAN)),
                    locale.marks().to,
                    format(locale, high.get(k).copied().unwrap_or(f64::NAN)),
                ),
            ),
            None => format(locale, *v),
        });
        std::iter::once(s.label.clone()).chain(cells).collect()
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::format::percent1;

    /// Three lines over seven years: a band on the first; the second with a missing year and no
    /// direct label; the third ending 0.01 below the first, so their labels must be pushed apart;
    /// and a reported figure in the third year above every line.
    fn data() -> LineData {
        let series = |label: &str, values: Vec<f64>, direct_label| Series {
            class: "c-douyin",
            label: label.to_string(),
            values,
            dashed: false,
            direct_label,
            band: None,
        };
        let mut first = series("A", vec![0.1, 0.2, 0.3, 0.35, 0.4, 0.42, 0.45], true);
        first.band = Some((vec![0.05; 7], vec![0.5; 7]));
        LineData {
            years: (2019..=2025).collect(),
            series: vec![
                first,
                series("B", vec![0.3, f64::NAN, 0.3, 0.3, 0.3, 0.3, 0.44], false),
                series("C", vec![0.44; 7], true),
            ],
            marks: vec![Mark {
                class: "c-douyin",
                index: 2,
                kind: MarkKind::Point,
                low: 0.7,
                high: 0.7,
                offset: 0.0,
                text: "A reported: 70%".to_string(),
            }],
        }
    }

    fn frame(width: f64) -> Frame {
        let d = data();
        Frame::new(d.years.clone(), value_top(&d), width)
    }

    #[test]
    fn the_years_span_the_plot_and_the_value_axis_holds_every_mark() {
        let f = frame(WIDTH);
        assert_eq!(f.x(0), f.plot.left);
        assert_eq!(f.x(6), f.plot.right_edge());
        assert_eq!(f.y(0.0), f.plot.bottom_edge());
        // The mark (0.7) is above every line (0.45 at most): the axis reaches it.
        assert!(value_top(&data()) >= 0.7, "{}", value_top(&data()));
        assert!(f.y(0.7) >= f.plot.top);
        // Each year's hover strip is a step wide and centred on the year: together they tile the plot.
        let (left, width) = f.hit(3);
        assert!((left + width / 2.0 - f.x(3)).abs() < 1e-9);
        assert!((f.hit(4).0 - (left + width)).abs() < 1e-9);
    }

    #[test]
    fn the_tooltip_opens_away_from_the_cursor_inside_the_chart_and_holds_its_rows() {
        for width in [WIDTH, PHONE_WIDTH] {
            let f = frame(width);
            for k in 0..f.years.len() {
                let rows = 4;
                let tip = f.tooltip(k, rows);
                let right = tip.left + TOOLTIP_WIDTH;
                assert!(
                    tip.left >= 0.0 && right <= f.plot.width,
                    "{width} {k}: {tip:?}"
                );
                assert!(
                    right < f.x(k) || tip.left > f.x(k),
                    "{width} {k}: the box covers the cursor"
                );
                let bottom = tip.box_top() + tip.height;
                assert!(tip.box_top() < tip.year_y() && tip.year_y() < tip.row_y(0));
                assert!(
                    tip.row_y(rows - 1) < bottom,
                    "{width} {k}: the last row is outside"
                );
                assert!(tip.text_x() > tip.left && tip.text_x() < right);
            }
        }
    }

    #[test]
    fn a_missing_value_breaks_the_line_and_a_band_closes_around_its_years() {
        let f = frame(WIDTH);
        let d = data();
        let broken = line_path(&f, &d.series[1].values);
        assert_eq!(broken.matches('M').count(), 2, "{broken}");
        assert_eq!(broken.matches('L').count(), 4, "{broken}");
        let (low, high) = d.series[0].band.clone().unwrap();
        let band = band_path(&f, &low, &high);
        assert!(band.starts_with('M') && band.ends_with('Z'), "{band}");
        assert_eq!(band.matches('L').count(), 2 * 7 - 1, "{band}");
        assert_eq!(band_path(&f, &[f64::NAN], &[1.0]), "");
        assert_eq!(last_finite(&[1.0, 2.0, f64::NAN]), 2.0);
        assert_eq!(last_finite(&[f64::NAN]), 0.0);
    }

    #[test]
    fn direct_labels_keep_their_gap_and_a_line_without_one_gets_none() {
        let f = frame(WIDTH);
        let d = data();
        assert_eq!(direct_labels(&d), vec!["A", "", "C"]);
        let ys = label_ys(&f, &d);
        assert_eq!(ys[1], 0.0);
        // The two ends are 0.01 apart, under 4 SVG units: the labels are pushed apart.
        assert!((f.y(0.44) - f.y(0.45)).abs() < LABEL_GAP);
        assert!((ys[0] - ys[2]).abs() >= LABEL_GAP - 1e-9, "{ys:?}");
        assert!(ys[0] < ys[2], "the higher line's label stays above: {ys:?}");
        assert!(ys.iter().all(|y| *y <= f.plot.bottom_edge()));
        assert_eq!(label_baseline(ys[0]), ys[0] + LABEL_DROP);
    }

    #[test]
    fn the_axis_names_every_other_year_when_they_do_not_fit() {
        let years = |n: u16| (2019..2019 + n).collect::<Vec<_>>();
        assert_eq!(Frame::new(years(7), 1.0, WIDTH).year_stride(), 1);
        assert_eq!(Frame::new(years(12), 1.0, WIDTH).year_stride(), 2);
        assert_eq!(Frame::new(years(4), 1.0, PHONE_WIDTH).year_stride(), 1);
        assert_eq!(Frame::new(years(7), 1.0, PHONE_WIDTH).year_stride(), 2);
        let f = frame(WIDTH);
        assert!(f.year_label_y() > f.plot.bottom_edge() && f.year_label_y() < f.plot.height);
    }

    #[test]
    fn the_tooltip_and_the_table_give_every_line_and_the_years_reports() {
        let d = data();
        let rows = tooltip_rows(&d, 2, Locale::En, percent1);
        assert_eq!(
            rows,
            vec!["A: 30.0%", "B: 30.0%", "C: 44.0%", "A reported: 70%"]
        );
        assert_eq!(tooltip_rows(&d, 1, Locale::En, percent1).len(), 3);
        assert_eq!(tooltip_spoken(2021, &rows[..2]), "2021: A: 30.0%; B: 30.0%");
        let table = table_data(&d, "Shares", "Platform", Locale::En, percent1);
        assert_eq!(table.head.len(), 1 + 7);
        assert_eq!(table.head[1], "2019");
        assert_eq!(table.rows.len(), 3);
        assert_eq!(table.rows[0][3], "30.0% (5.0%–50.0%)");
        assert_eq!(table.rows[2][1], "44.0%");
    }

    #[test]
    fn a_line_s_classes_say_its_colour_and_whether_it_is_dashed() {
        let mut s = data().series.remove(0);
        assert_eq!(line_classes(&s)[0], "line c-douyin");
        s.dashed = true;
        assert_eq!(
            line_classes(&s),
            [
                "line c-douyin dashed",
                "band c-douyin",
                "line ghost c-douyin"
            ]
        );
    }
}
