//! The sensitivity figure (the sandbox chapter), as arithmetic. For a chosen platform and year it
//! has two parts: "your choices", how far each lever moves the share when swung across its range (a
//! tornado chart), and "what we don't know", how much of the spread of the share across the model
//! runs each uncertain constant explains on its own. Here: the bars of each part, where the chart's
//! parts go, the summary sentence and the table.

use crate::content::format::{self, aside, listed, percent, percent1, points};
use crate::content::sentences::SensitivitySentence;
use crate::content::{swing_input_name, Locale, Texts};
use crate::model::{
    base_share, lever_tornado, variance_shares, Ensemble, Player, Scenario, SwingInput,
};

use super::plot::{tenths, Plot};
use super::TableData;

/// Bars shown: the widest inputs; the table lists them all.
pub const SHOWN: usize = 12;
/// Width in SVG units on wide screens (see `ui::figures::axes::chart_width`).
pub const WIDTH: f64 = 560.0;
/// Width in SVG units on phones.
pub const PHONE_WIDTH: f64 = 400.0;
/// Height of a bar's row.
const ROW: f64 = 26.0;
/// A bar's height: its row less a gap above and below.
pub const BAR_HEIGHT: f64 = ROW - 8.0;
/// A bar's top, below its row's (or on phones, below its name's line).
const BAR_INSET: f64 = 4.0;
/// Height of a label line above its bar (phones).
const LABEL_LINE: f64 = 20.0;
/// Room below a name's baseline in its line above the bar (phones).
const LABEL_DESCENT: f64 = 4.0;
/// Half a text's height: a text centred on a row has its baseline this far below the row's middle.
const TEXT_DROP: f64 = 4.0;
/// Gap between an input's name (right-aligned, wide screens) and the plot.
const NAME_GAP: f64 = 8.0;
/// Gap between the plot and a bar's number.
const VALUE_GAP: f64 = 6.0;
/// The size of the legend's swatches.
pub const SWATCH: f64 = 12.0;
/// How far above the plot's top the legend's swatches start.
const SWATCH_RISE: f64 = 18.0;
/// Where the legend's text starts, right of its swatch's left edge.
const LEGEND_INDENT: f64 = 16.0;
/// How far above the plot's top the legend's text sits (its baseline).
const LEGEND_RISE: f64 = 8.0;
/// How far the baseline runs past the last row.
const BASELINE_OVERHANG: f64 = 4.0;
/// The padding around the bars' range of shares: this much of the range on each side, and at least
/// [`MIN_PAD`].
const PAD: f64 = 0.05;
/// The smallest padding: half a percentage point.
const MIN_PAD: f64 = 0.005;

/// Which part of the figure is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The reader's levers, each swung across its range.
    Choices,
    /// The uncertain constants' shares of the spread across model runs.
    Unknowns,
}

/// One bar: an input, and the two ends its bars run to from the chart's centre line
/// (for a share of the spread, the centre is 0 and the low end stays there).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bar {
    /// The lever or the uncertain constant.
    pub input: SwingInput,
    /// The share with the lever at its low end (0 for a share of the spread).
    pub low: f64,
    /// The share with the lever at its high end, or the share of the spread.
    pub high: f64,
    /// What the bar's number says: a swing's width, or a share of the spread.
    pub value: f64,
}

/// The bars of `part` for `player`'s share in `year`, widest first, and the centre line they grow from.
pub fn bars(part: Part, s: &Scenario, player: Player, year: u16) -> (Vec<Bar>, f64) {
    match part {
        Part::Choices => {
            let bars = lever_tornado(s, player, year)
                .into_iter()
                .map(|w| Bar {
                    input: w.input,
                    low: w.low_share,
                    high: w.high_share,
                    value: w.width(),
                })
                .collect();
            (bars, base_share(s, player, year))
        }
        Part::Unknowns => {
            let shares = variance_shares(Ensemble::shared(s.view), s, player, year);
            let bars = shares
                .into_iter()
                .map(|(key, share)| Bar {
                    input: SwingInput::Param(key),
                    low: 0.0,
                    high: share,
                    value: share,
                })
                .collect();
            (bars, 0.0)
        }
    }
}

/// A bar's number: a swing's width in unsigned percentage points, or a share of the spread in per cent.
pub fn number(part: Part, locale: Locale, value: f64) -> String {
    match part {
        Part::Choices => points(locale, value).trim_start_matches('+').to_string(),
        Part::Unknowns => percent(locale, value),
    }
}

/// The range of shares the bars shown (and the centre line) span, padded.
pub fn domain(bars: &[Bar], base: f64) -> (f64, f64) {
    let (lo, hi) = bars.iter().take(SHOWN).fold((base, base), |(lo, hi), w| {
        (lo.min(w.low).min(w.high), hi.max(w.low).max(w.high))
    });
    let pad = ((hi - lo) * PAD).max(MIN_PAD);
    (lo - pad, hi + pad)
}

/// Where the chart's parts go: each input's name beside its bar on wide screens,
/// above it on phones, where the names would not fit beside.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Layout {
    /// The chart's frame: the legend above, names at the left (wide screens), the
    /// swing widths at the right.
    pub plot: Plot,
    /// Height of one input's row.
    pub row: f64,
    /// Where its bar starts within it.
    bar_top: f64,
    /// Where the legend's second entry starts, after the first.
    legend_gap: f64,
}

/// Where one row's parts go.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Row {
    /// Where the input's name starts (phones) or ends (wide screens).
    pub name_x: f64,
    /// The name's baseline.
    pub name_y: f64,
    /// Whether the name starts or ends at `name_x` (its `text-anchor`).
    pub anchor: &'static str,
    /// The bar's top.
    pub bar_y: f64,
    /// Where the bar's number starts.
    pub value_x: f64,
    /// The number's baseline.
    pub value_y: f64,
}

impl Layout {
    /// The layout of a chart `width` wide ([`WIDTH`], or [`PHONE_WIDTH`] with the names above).
    pub fn new(width: f64) -> Self {
        // Margins (left for the names, right for the numbers), the row, the bar's top in it, and
        // where the legend's second entry starts.
        let (left, right, row, bar_top, legend_gap) = if width < WIDTH {
            (8.0, 80.0, ROW + LABEL_LINE, LABEL_LINE, 170.0)
        } else {
            (250.0, 70.0, ROW, 0.0, 130.0)
        };
        // Room above for the legend, and below the last row.
        let (top, bottom) = (24.0, 8.0);
        Layout {
            plot: Plot {
                width,
                height: top + row * SHOWN as f64 + bottom,
                top,
                right,
                bottom,
                left,
            },
            row,
            bar_top,
            legend_gap,
        }
    }

    fn labels_above(&self) -> bool {
        self.bar_top > 0.0
    }

    /// Where row `i`'s parts go.
    pub fn row(&self, i: usize) -> Row {
        let plot = self.plot;
        let y = plot.top + self.row * i as f64;
        let bar_y = y + self.bar_top;
        let (name_x, name_y, anchor) = if self.labels_above() {
            (plot.left, y + LABEL_LINE - LABEL_DESCENT, "start")
        } else {
            (plot.left - NAME_GAP, y + ROW / 2.0 + TEXT_DROP, "end")
        };
        Row {
            name_x,
            name_y,
            anchor,
            bar_y: bar_y + BAR_INSET,
            value_x: plot.right_edge() + VALUE_GAP,
            value_y: bar_y + ROW / 2.0 + TEXT_DROP,
        }
    }

    /// Where the segment from the centre line (`base`) to `end` runs on a scale over `domain`:
    /// its left edge and its width.
    pub fn segment(&self, domain: (f64, f64), base: f64, end: f64) -> (f64, f64) {
        let (a, b) = (self.x(domain, base), self.x(domain, end));
        (tenths(a.min(b)), tenths((a - b).abs()))
    }

    /// Where `share` goes on a scale over `domain`.
    pub fn x(&self, domain: (f64, f64), share: f64) -> f64 {
        let (lo, hi) = domain;
        self.plot.x(lo, hi).at(share)
    }

    /// The `viewBox` of the chart with `rows` rows: as tall as the rows there are (nine levers;
    /// twelve of the constants).
    pub fn view_box(&self, rows: usize) -> String {
        let missing = (SHOWN - rows) as f64 * self.row;
        Plot {
            height: self.plot.height - missing,
            ..self.plot
        }
        .view_box()
    }

    /// Where the centre line ends, below `rows` rows.
    pub fn baseline_bottom(&self, rows: usize) -> f64 {
        self.plot.top + self.row * rows as f64 + BASELINE_OVERHANG
    }

    /// The top of the legend's swatches.
    pub fn swatch_y(&self) -> f64 {
        self.plot.top - SWATCH_RISE
    }

    /// The baseline of the legend's text.
    pub fn legend_y(&self) -> f64 {
        self.plot.top - LEGEND_RISE
    }

    /// Where the legend's text starts beside the swatch at `swatch_x`.
    pub fn legend_text_x(swatch_x: f64) -> f64 {
        swatch_x + LEGEND_INDENT
    }

    /// Where the legend's entry for the bars' high ends starts: after the low ends' entry, or, in the
    /// second part, which has one entry, where the first part's first one is.
    pub fn high_legend_x(&self, part: Part) -> f64 {
        match part {
            Part::Choices => self.plot.left + self.legend_gap,
            Part::Unknowns => self.plot.left,
        }
    }
}

/// The figure's summary: the widest input of `part` for `player` in `year` and its number (empty
/// without one).
pub fn summary(
    texts: &Texts,
    locale: Locale,
    part: Part,
    player: Player,
    year: u16,
    widest: Option<Bar>,
) -> String {
    let sentence = match part {
        Part::Choices => texts.sentences.sensitivity_summary,
        Part::Unknowns => texts.sentences.variance_summary,
    };
    widest.map_or(String::new(), |w| {
        sentence(&SensitivitySentence {
            platform: texts.players[player.index()],
            year: &year.to_string(),
            input: &swing_input_name(w.input, locale),
            swing: &number(part, locale, w.value),
        })
    })
}

/// The table of every input of `part`: a lever's share at both ends and its swing, or a constant's
/// share of the spread.
pub fn table(
    texts: &Texts,
    locale: Locale,
    part: Part,
    player: Player,
    year: u16,
    bars: &[Bar],
) -> TableData {
    let labels = texts.figures.sensitivity_labels;
    let choices = part == Part::Choices;
    let caption = aside(
        locale,
        if choices {
            texts.figures.sensitivity.caption
        } else {
            labels.variance_caption
        },
        &listed(
            locale,
            &[texts.players[player.index()], &format::year(locale, year)],
        ),
    );
    let head: &[&str] = if choices {
        &[labels.input, labels.low, labels.high, texts.columns.range]
    } else {
        &[labels.input, labels.variance_share]
    };
    TableData::new(&caption, head).rows(bars.iter().map(|w| {
        let mut row = vec![swing_input_name(w.input, locale)];
        if choices {
            row.push(percent1(locale, w.low));
            row.push(percent1(locale, w.high));
        }
        row.push(number(part, locale, w.value));
        row
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::texts;

    #[test]
    fn the_summary_names_the_widest_input_and_its_number() {
        let s = Scenario::default();
        let (player, year) = (Player::Kuaishou, s.end_year);
        for part in [Part::Choices, Part::Unknowns] {
            let (bars, _) = bars(part, &s, player, year);
            let widest = bars
                .iter()
                .copied()
                .max_by(|a, b| a.value.abs().total_cmp(&b.value.abs()))
                .unwrap();
            assert_eq!(bars[0].value, widest.value, "{part:?}: widest first");
            for locale in Locale::ALL {
                let texts = texts(locale);
                let text = summary(texts, locale, part, player, year, bars.first().copied());
                for piece in [
                    texts.players[player.index()].to_string(),
                    year.to_string(),
                    swing_input_name(widest.input, locale),
                    number(part, locale, widest.value),
                ] {
                    assert!(
                        text.contains(&piece),
                        "{part:?}: {piece} missing from {text}"
                    );
                }
                assert_eq!(summary(texts, locale, part, player, year, None), "");
            }
        }
    }

    #[test]
    fn a_swing_reads_as_unsigned_points_and_a_share_of_the_spread_as_per_cent() {
        assert_eq!(
            number(Part::Choices, Locale::En, 0.034),
            points(Locale::En, 0.034)[1..]
        );
        assert!(!number(Part::Choices, Locale::En, 0.034).starts_with('+'));
        assert_eq!(
            number(Part::Unknowns, Locale::En, 0.25),
            percent(Locale::En, 0.25)
        );
    }

    #[test]
    fn the_table_lists_every_input_of_the_part() {
        let s = Scenario::default();
        for part in [Part::Choices, Part::Unknowns] {
            let (bars, _) = bars(part, &s, Player::Douyin, 2024);
            for locale in Locale::ALL {
                let texts = texts(locale);
                let table = table(texts, locale, part, Player::Douyin, 2024, &bars);
                assert_eq!(table.rows.len(), bars.len());
                let columns = if part == Part::Choices { 4 } else { 2 };
                assert_eq!(table.head.len(), columns);
                assert!(table.rows.iter().all(|r| r.len() == columns));
                assert!(table
                    .caption
                    .contains(texts.players[Player::Douyin.index()]));
                assert!(table.caption.contains("2024"));
                let last = &table.rows[0][columns - 1];
                assert_eq!(*last, number(part, locale, bars[0].value));
            }
        }
    }

    #[test]
    fn the_domain_holds_the_bars_shown_and_the_centre_line_with_room() {
        let s = Scenario::default();
        let (bars, base) = bars(Part::Choices, &s, Player::Douyin, 2025);
        let (lo, hi) = domain(&bars, base);
        assert!(lo < base && base < hi);
        for w in bars.iter().take(SHOWN) {
            assert!(lo < w.low.min(w.high) && w.low.max(w.high) < hi, "{w:?}");
        }
        // Bars that all sit on the centre line still get half a point each side.
        let flat = [Bar {
            low: 0.3,
            high: 0.3,
            ..bars[0]
        }];
        let (lo, hi) = domain(&flat, 0.3);
        assert!((hi - lo - 2.0 * MIN_PAD).abs() < 1e-12);
    }

    #[test]
    fn names_sit_beside_the_bars_on_wide_screens_and_above_them_on_phones() {
        for width in [WIDTH, PHONE_WIDTH] {
            let layout = Layout::new(width);
            let plot = layout.plot;
            let (first, last) = (layout.row(0), layout.row(SHOWN - 1));
            if width == WIDTH {
                assert_eq!(first.anchor, "end");
                assert!(first.name_x < plot.left);
            } else {
                assert_eq!(first.anchor, "start");
                assert!(first.name_y < first.bar_y, "the name above its bar");
            }
            assert!(first.bar_y >= plot.top && last.bar_y + BAR_HEIGHT <= plot.bottom_edge());
            assert!(first.value_x > plot.right_edge() && first.value_x < plot.width);
            assert!(layout.swatch_y() >= 0.0 && layout.swatch_y() + SWATCH <= plot.top);
            assert!(layout.high_legend_x(Part::Choices) > layout.high_legend_x(Part::Unknowns));
            // Nine rows: the chart is three rows shorter than with twelve.
            let height = |rows| {
                let view_box = layout.view_box(rows);
                view_box.rsplit(' ').next().unwrap().parse::<f64>().unwrap()
            };
            assert!((height(SHOWN) - height(9) - 3.0 * layout.row).abs() < 1e-9);
            assert_eq!(height(SHOWN), plot.height);
            // A segment runs from the centre line to its end, either way.
            let domain = (0.0, 1.0);
            let (x, w) = layout.segment(domain, 0.5, 0.25);
            assert_eq!((x, w), layout.segment(domain, 0.25, 0.5));
            assert!((x - tenths(layout.x(domain, 0.25))).abs() < 1e-9 && w > 0.0);
        }
    }
}
