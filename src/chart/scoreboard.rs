//! The article's scoreboard (the scoreboard chapter), as arithmetic: the 2019–2020 figures of the
//! ledger's [`SCOREBOARD`] as bars, where each bar and its labels go, the summary sentence, the source
//! line and the table.

use crate::content::format::{aside, reported_rmb, rmb};
use crate::content::sentences::PlatformYear;
use crate::content::{Locale, Texts};
use crate::model::ledger::{Flag, GmvFigure, Kind, SCOREBOARD};

use super::colour::player_class;
use super::plot::{nice_max, Plot, Scale};
use super::TableData;

/// The chart's frame; the bottom margin holds two lines of labels under each bar.
pub const PLOT: Plot = Plot {
    width: 640.0,
    height: 300.0,
    top: 16.0,
    right: 0.0,
    bottom: 58.0,
    left: 76.0,
};
/// Where a bar starts in its slot (one per figure), as a share of the slot's width.
const BAR_START: f64 = 0.2;
/// A bar's width, as a share of its slot's.
const BAR_WIDTH: f64 = 0.6;
/// How far above a bar's top its value sits (its baseline).
const VALUE_RISE: f64 = 6.0;
/// The baseline of the platform's line under a bar, below the plot's bottom.
const NAME_DROP: f64 = 18.0;
/// The baseline of the year's line, below the plot's bottom.
const YEAR_DROP: f64 = 36.0;

/// The value axis: 0 to a round number above the tallest figure.
pub fn y_scale() -> Scale {
    PLOT.y(
        0.0,
        nice_max(SCOREBOARD.iter().map(|f| f.high).fold(0.0, f64::max)),
    )
}

/// Where the `i`th figure's bar and its labels go.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Column {
    /// The bar's left edge.
    pub x: f64,
    /// The bar's width.
    pub width: f64,
    /// The bar's top.
    pub top: f64,
    /// The bar's height, down to the axis.
    pub height: f64,
    /// Where its labels are centred.
    pub middle: f64,
    /// The value's baseline, above the bar.
    pub value_y: f64,
    /// The platform's baseline, under the axis.
    pub name_y: f64,
    /// The year's baseline, under the platform.
    pub year_y: f64,
}

/// Where the `i`th figure of [`SCOREBOARD`] (worth `value`) goes on the axis `y`.
pub fn column(y: &Scale, i: usize, value: f64) -> Column {
    let slot = PLOT.inner_width() / SCOREBOARD.len() as f64;
    let base = PLOT.bottom_edge();
    let x = PLOT.left + slot * i as f64 + slot * BAR_START;
    let width = slot * BAR_WIDTH;
    Column {
        x,
        width,
        top: y.at(value),
        height: base - y.at(value),
        middle: x + width / 2.0,
        value_y: y.at(value) - VALUE_RISE,
        name_y: base + NAME_DROP,
        year_y: base + YEAR_DROP,
    }
}

/// A figure's bar's CSS classes: its platform's colour, and `target` for a target (not a result).
pub fn bar_class(f: &GmvFigure) -> String {
    let target = f.kind == Kind::Target;
    format!(
        "bar grow {}{}",
        player_class(f.player),
        if target { " target" } else { "" }
    )
}

/// The line under a bar: the year, starred for a target.
pub fn year_label(f: &GmvFigure) -> String {
    format!(
        "{}{}",
        f.year,
        if f.kind == Kind::Target { " *" } else { "" }
    )
}

/// The figure's summary: the tallest figure, its platform and its year.
pub fn summary(texts: &Texts, locale: Locale) -> String {
    let tallest = SCOREBOARD
        .iter()
        .max_by(|a, b| a.high.total_cmp(&b.high))
        .expect("the scoreboard is not empty");
    // A target or a pace says so beside its value: the tallest bar is not a result.
    let value = reported_rmb(locale, tallest.high);
    let value = if tallest.kind == Kind::Target {
        aside(locale, &value, texts.sources.target)
    } else {
        value
    };
    (texts.sentences.scoreboard_summary)(&PlatformYear {
        platform: texts.players[tallest.player.index()],
        value: &value,
        year: &tallest.year.to_string(),
    })
}

/// The source line: the article's source, and its flag.
pub fn source(texts: &Texts, locale: Locale) -> String {
    let flag = format!(
        "{}{}{}",
        texts.columns.flag,
        locale.marks().gap,
        Flag::Article.letter()
    );
    aside(locale, SCOREBOARD[0].source.get(locale), &flag)
}

/// The table: each figure's platform, year, value, what it counts (or that it is a target), its flag
/// and its source.
pub fn table(texts: &Texts, locale: Locale) -> TableData {
    let head = [
        texts.columns.player,
        texts.columns.year,
        texts.columns.gmv,
        texts.columns.measure,
        texts.columns.flag,
        texts.frame.source,
    ];
    TableData::new(texts.figures.scoreboard.caption, &head).rows(SCOREBOARD.iter().map(|f| {
        vec![
            texts.players[f.player.index()].to_string(),
            f.year.to_string(),
            rmb(locale, f.high),
            if f.kind == Kind::Target {
                texts.sources.target
            } else {
                texts.sources.measures[f.measure.index()]
            }
            .to_string(),
            f.flag.letter().to_string(),
            f.source.get(locale).to_string(),
        ]
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::texts;

    #[test]
    fn the_summary_names_the_tallest_figure() {
        let tallest = SCOREBOARD
            .iter()
            .fold(&SCOREBOARD[0], |a, b| if b.high > a.high { b } else { a });
        for locale in Locale::ALL {
            let texts = texts(locale);
            let text = summary(texts, locale);
            for part in [
                texts.players[tallest.player.index()].to_string(),
                rmb(locale, tallest.high),
                tallest.year.to_string(),
            ] {
                assert!(text.contains(&part), "{part} missing from {text}");
            }
            let flag = format!("{}{}", Flag::Article.letter(), locale.marks().close);
            assert!(source(texts, locale).ends_with(&flag));
        }
    }

    #[test]
    fn bars_stand_apart_on_the_axis_with_their_labels_under_it() {
        let y = y_scale();
        let columns: Vec<Column> = SCOREBOARD
            .iter()
            .enumerate()
            .map(|(i, f)| column(&y, i, f.high))
            .collect();
        for (c, f) in columns.iter().zip(&SCOREBOARD) {
            assert!((c.top + c.height - PLOT.bottom_edge()).abs() < 1e-9);
            assert!(c.top >= PLOT.top && c.value_y < c.top);
            assert!(PLOT.bottom_edge() < c.name_y && c.name_y < c.year_y && c.year_y < PLOT.height);
            assert!((c.middle - (c.x + c.width / 2.0)).abs() < 1e-9);
            assert_eq!(year_label(f).ends_with(" *"), f.kind == Kind::Target);
            assert_eq!(bar_class(f).ends_with(" target"), f.kind == Kind::Target);
        }
        for w in columns.windows(2) {
            assert!(w[0].x + w[0].width < w[1].x, "bars overlap");
        }
        let last = columns.last().unwrap();
        assert!(last.x + last.width <= PLOT.right_edge());
    }

    #[test]
    fn the_table_has_every_figure_and_marks_targets() {
        for locale in Locale::ALL {
            let texts = texts(locale);
            let table = table(texts, locale);
            assert_eq!(table.rows.len(), SCOREBOARD.len());
            for (row, f) in table.rows.iter().zip(&SCOREBOARD) {
                assert_eq!(row[2], rmb(locale, f.high));
                assert_eq!(row[3] == texts.sources.target, f.kind == Kind::Target);
            }
        }
    }
}
