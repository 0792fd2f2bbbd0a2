//! The backtest figure of chapter 9, as arithmetic: the model's lines with their bands and the
//! reported figures over them ([`backtest_lines`]), how each reported figure is marked (a dot, a range
//! bar or a floor's arrow, never a floor or a range as a plain point), the table of the model's signed
//! errors, and the summary sentence with the numbers of the last year checked. The rows come from
//! [`crate::model::held_to_reports`].

use crate::content::format::{percent, rmb, rmb_range, signed_percent, Locale};
use crate::content::sentences::{BacktestSentence, Miss};
use crate::content::Texts;
use crate::model::ledger::{LIVESTREAM_SALES_2023_JAN_SEP, SCOREBOARD};
use crate::model::{BacktestRow, Bands, Player, Projection, BACKTEST_YEARS};

use super::colour::player_class;
use super::lines::{LineData, Mark, Series};
use super::plot::push_point;
use super::TableData;

/// The years drawn: 2020, the year the model was fitted to, then the backtest's.
pub const FIRST: u16 = 2020;
/// The last year drawn: the backtest's last.
pub const LAST: u16 = *BACKTEST_YEARS.end();
/// The platforms drawn: the three with reported figures.
pub const PLAYERS: [Player; 3] = [Player::Douyin, Player::Kuaishou, Player::TaobaoLive];

/// How a reported figure is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkKind {
    /// One figure: a dot.
    Point,
    /// Two reports that disagree ("2.2–2.7 tn"): a bar from the low to the high one.
    Range,
    /// Only a floor ("more than 400 bn"): a tick at the floor with an arrow pointing up.
    Floor,
    /// The number the 2020 article quoted for that year (a target or a pace), beside what
    /// was then reported: an open diamond.
    Quoted,
}

impl MarkKind {
    /// Every kind, in the order of the figure's key.
    pub const ALL: [MarkKind; 4] = [
        MarkKind::Point,
        MarkKind::Range,
        MarkKind::Floor,
        MarkKind::Quoted,
    ];

    /// The kind of a report from `low` to `high`, or of a floor.
    pub fn of(low: f64, high: f64, lower_bound: bool) -> MarkKind {
        if lower_bound {
            MarkKind::Floor
        } else if high > low {
            MarkKind::Range
        } else {
            MarkKind::Point
        }
    }

    /// The kind of a backtest row's report.
    pub fn of_row(r: &BacktestRow) -> MarkKind {
        MarkKind::of(r.reported_low, r.reported_high, r.lower_bound)
    }

    /// CSS classes of the mark's path.
    pub const fn class(self) -> &'static str {
        match self {
            MarkKind::Point => "mark point",
            MarkKind::Range => "mark range",
            MarkKind::Floor => "mark floor",
            MarkKind::Quoted => "mark quoted",
        }
    }
}

/// Half the width of a range's caps and a floor's tick, SVG units.
const CAP: f64 = 4.5;
/// How far a floor's arrow reaches above the floor, SVG units.
pub const ARROW: f64 = 22.0;
/// Size of the arrow's head.
const HEAD: f64 = 5.0;
/// A dot of radius 4.5 drawn from its left edge: two half circles.
const DOT_ARCS: &str = "a4.5,4.5 0 1,0 9,0a4.5,4.5 0 1,0 -9,0";

/// The path of a mark at `x`, from `y_low` up to `y_high` (SVG units: `y_high` ≤ `y_low`; a dot or a
/// floor uses `y_low` only).
pub fn mark_path(kind: MarkKind, x: f64, y_low: f64, y_high: f64) -> String {
    let mut d = String::new();
    match kind {
        MarkKind::Point => {
            push_point(&mut d, 'M', x - CAP, y_low);
            d.push_str(DOT_ARCS);
        }
        MarkKind::Range => {
            for y in [y_low, y_high] {
                push_point(&mut d, 'M', x - CAP, y);
                push_point(&mut d, 'L', x + CAP, y);
            }
            push_point(&mut d, 'M', x, y_low);
            push_point(&mut d, 'L', x, y_high);
        }
        MarkKind::Floor => {
            let tip = y_low - ARROW;
            push_point(&mut d, 'M', x - CAP, y_low);
            push_point(&mut d, 'L', x + CAP, y_low);
            push_point(&mut d, 'M', x, y_low);
            push_point(&mut d, 'L', x, tip);
            push_point(&mut d, 'M', x - HEAD, tip + HEAD);
            push_point(&mut d, 'L', x, tip);
            push_point(&mut d, 'L', x + HEAD, tip + HEAD);
        }
        MarkKind::Quoted => {
            push_point(&mut d, 'M', x, y_low - CAP);
            push_point(&mut d, 'L', x + CAP, y_low);
            push_point(&mut d, 'L', x, y_low + CAP);
            push_point(&mut d, 'L', x - CAP, y_low);
            d.push('Z');
        }
    }
    d
}

/// Where a player's marks sit beside the year's position, so that marks of one year never cover each
/// other (Taobao Live's 2020 floor and Kuaishou's 2020 figure are 19 bn apart).
pub fn mark_offset(p: Player) -> f64 {
    match p {
        Player::TaobaoLive => 9.0,
        Player::Douyin => -9.0,
        _ => 0.0,
    }
}

/// The middle of a key's icon (24 × 26 SVG units), where its sample mark stands.
const KEY_CENTRE: f64 = 12.0;

/// The path of the key's sample of `kind`, in its icon: a dot and a diamond in the middle, a range's
/// bar across most of the height, a floor at the bottom with its arrow up.
pub fn key_path(kind: MarkKind) -> String {
    let (low, high) = match kind {
        MarkKind::Point | MarkKind::Quoted => (13.0, 13.0),
        MarkKind::Range => (21.0, 5.0),
        MarkKind::Floor => (24.0, 24.0),
    };
    mark_path(kind, KEY_CENTRE, low, high)
}

/// What the figure draws: for each of [`PLAYERS`], the model's path from [`FIRST`] to [`LAST`] (the
/// projection `point`) with its 10–90% band (`band`), and over them each reported figure of `rows` as
/// what it is, and beside 2020's reports, the numbers the article had quoted for 2020: the loop closed.
pub fn backtest_lines(
    texts: &Texts,
    locale: Locale,
    point: &Projection,
    band: &Bands,
    rows: &[BacktestRow],
) -> LineData {
    let labels = &texts.figures.next_labels;
    let years = || FIRST..=LAST;
    let model = |p: Player| -> Vec<f64> {
        years()
            .map(|y| point.year(y).map_or(f64::NAN, |r| r.gmv[p.index()]))
            .collect()
    };
    let edge = |table: &[[f64; 6]], p: Player| -> Vec<f64> {
        years()
            .map(|y| band.row(y).map_or(f64::NAN, |k| table[k][p.index()]))
            .collect()
    };
    let series: Vec<Series> = PLAYERS
        .iter()
        .map(|&p| Series {
            class: player_class(p),
            label: format!("{}{}", texts.players[p.index()], labels.model),
            values: model(p),
            dashed: false,
            direct_label: true,
            band: Some((edge(&band.gmv_p10, p), edge(&band.gmv_p90, p))),
        })
        .collect();
    let quoted = SCOREBOARD.iter().filter(|f| f.year == FIRST).map(|f| Mark {
        class: player_class(f.player),
        index: 0,
        kind: MarkKind::Quoted,
        low: f.low,
        high: f.low,
        offset: -mark_offset(f.player),
        text: format!(
            "{}{}{}",
            texts.players[f.player.index()],
            labels.quoted,
            rmb(locale, f.low)
        ),
    });
    let marks = rows
        .iter()
        .map(|r| Mark {
            class: player_class(r.player),
            index: usize::from(r.year - FIRST),
            kind: MarkKind::of_row(r),
            low: r.reported_low,
            high: r.reported_high,
            offset: mark_offset(r.player),
            text: format!(
                "{}{}{}",
                texts.players[r.player.index()],
                labels.reported,
                reported_text(locale, r)
            ),
        })
        .chain(quoted)
        .collect();
    LineData {
        years: years().collect(),
        series,
        marks,
    }
}

/// A report as the table writes it: "≥ RMB 400 bn" for a floor, "RMB 2.2–2.7 tn" for a range.
pub fn reported_text(locale: Locale, r: &BacktestRow) -> String {
    match MarkKind::of_row(r) {
        MarkKind::Floor => format!("\u{2265} {}", rmb(locale, r.reported_low)),
        MarkKind::Range => rmb_range(locale, r.reported_low, r.reported_high),
        MarkKind::Point | MarkKind::Quoted => rmb(locale, r.reported_low),
    }
}

/// The model's value with its band: "RMB 1.51 tn (RMB 1.22–1.83 tn)".
pub fn model_text(locale: Locale, r: &BacktestRow) -> String {
    format!(
        "{} ({})",
        rmb(locale, r.model),
        rmb_range(locale, r.model_p10, r.model_p90)
    )
}

/// The table of errors: one row per reported figure, the error signed ("−64%", "+18%"); a figure the
/// model was fitted to says so, and so does a second report of a fitted year, which the fit does not read.
pub fn backtest_table(texts: &Texts, locale: Locale, rows: &[BacktestRow]) -> TableData {
    let (columns, labels) = (&texts.columns, &texts.figures.next_labels);
    let head = [
        columns.player,
        columns.year,
        columns.reported,
        columns.measure,
        columns.flag,
        labels.model_band,
        labels.error,
        labels.within,
        texts.frame.source,
    ];
    TableData::new(labels.caption, &head).rows(rows.iter().map(|r| {
        let error = signed_percent(locale, r.error);
        vec![
            texts.players[r.player.index()].to_string(),
            r.year.to_string(),
            reported_text(locale, r),
            texts.sources.measures[r.measure.index()].to_string(),
            r.flag.letter().to_string(),
            model_text(locale, r),
            if r.fitted {
                format!("{error} ({})", labels.fitted)
            } else if backtest_year_is_fitted(rows, r) {
                format!("{error} ({})", labels.not_fitted)
            } else {
                error
            },
            if r.within_band { labels.yes } else { labels.no }.to_string(),
            r.source.get(locale).to_string(),
        ]
    }))
}

/// Whether another row of `r`'s player and year was fitted: `r` is then a second report of a fitted year.
fn backtest_year_is_fitted(rows: &[BacktestRow], r: &BacktestRow) -> bool {
    rows.iter()
        .any(|o| o.fitted && o.player == r.player && o.year == r.year)
}

/// The figure's summary: Douyin's and Kuaishou's misses in the last backtest year, how many reports of
/// the backtest years the band holds, and the model's whole market that year (from `point`, the
/// projection the rows were taken from) against the reported January–September sales. `None` if a row
/// is missing.
pub fn backtest_summary(
    texts: &Texts,
    locale: Locale,
    rows: &[BacktestRow],
    point: &Projection,
) -> Option<String> {
    let year = *BACKTEST_YEARS.end();
    let row = |p: Player| rows.iter().find(|r| r.player == p && r.year == year);
    let (douyin, kuaishou) = (row(Player::Douyin)?, row(Player::Kuaishou)?);
    let total = point.year(year)?.total_gmv();
    let checked: Vec<&BacktestRow> = rows
        .iter()
        .filter(|r| BACKTEST_YEARS.contains(&r.year))
        .collect();
    let (d, k) = (
        MissText::new(locale, douyin),
        MissText::new(locale, kuaishou),
    );
    let years = format!("{}\u{2013}{}", BACKTEST_YEARS.start(), BACKTEST_YEARS.end());
    Some((texts.sentences.backtest_summary)(&BacktestSentence {
        year: &year.to_string(),
        douyin: d.miss(),
        kuaishou: k.miss(),
        within: checked.iter().filter(|r| r.within_band).count(),
        checked: checked.len(),
        years: &years,
        total: &rmb(locale, total),
        market: &rmb(locale, LIVESTREAM_SALES_2023_JAN_SEP),
    }))
}

/// The formatted parts of one [`Miss`].
struct MissText {
    model: String,
    gap: String,
    above: bool,
    reported: String,
}

impl MissText {
    fn new(locale: Locale, r: &BacktestRow) -> Self {
        MissText {
            model: rmb(locale, r.model),
            gap: percent(locale, r.error.abs()),
            above: r.error > 0.0,
            reported: match MarkKind::of_row(r) {
                MarkKind::Range => rmb_range(locale, r.reported_low, r.reported_high),
                _ => rmb(locale, r.reported_low),
            },
        }
    }

    fn miss(&self) -> Miss<'_> {
        Miss {
            model: &self.model,
            gap: &self.gap,
            above: self.above,
            reported: &self.reported,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::texts;
    use crate::model::ledger::{Period, REPORTED};
    use crate::model::{
        held_to_reports, project, Ensemble, Fit, Lever, LeverKind, Scenario, PRESETS,
    };

    /// The rows and the point projection the figure draws: the default scenario, Reported fit,
    /// 2020–2023.
    fn figure_rows() -> (Vec<BacktestRow>, Projection) {
        let s = Scenario::default();
        assert_eq!(s.fit, Fit::Reported, "the figure uses the Reported fit");
        (
            held_to_reports(Ensemble::shared(s.fit), &s, 2020..=*BACKTEST_YEARS.end()),
            project(&s),
        )
    }

    fn row(rows: &[BacktestRow], p: Player, year: u16) -> BacktestRow {
        *rows
            .iter()
            .find(|r| r.player == p && r.year == year)
            .unwrap()
    }

    #[test]
    fn floors_and_ranges_are_never_plain_points() {
        let (rows, _) = figure_rows();
        let kind = |p, y| MarkKind::of_row(&row(&rows, p, y));
        assert_eq!(kind(Player::TaobaoLive, 2020), MarkKind::Floor);
        assert_eq!(kind(Player::Douyin, 2021), MarkKind::Floor);
        assert_eq!(kind(Player::Douyin, 2023), MarkKind::Range);
        assert_eq!(kind(Player::Kuaishou, 2022), MarkKind::Point);
        // A floor's arrow points up from the floor; a range's bar spans both reports.
        let floor = mark_path(MarkKind::Floor, 100.0, 200.0, 200.0);
        assert!(
            floor.starts_with("M95.5,200.0")
                && floor.contains(&format!("L100.0,{:.1}", 200.0 - ARROW))
        );
        let range = mark_path(MarkKind::Range, 100.0, 200.0, 150.0);
        assert!(range.contains("M100.0,200.0L100.0,150.0"), "{range}");
        assert!(mark_path(MarkKind::Point, 100.0, 200.0, 200.0).contains('a'));
    }

    #[test]
    fn the_lines_are_the_model_s_with_its_band_and_every_report_is_marked() {
        use crate::model::{Ensemble, FULL_DRAWS};
        let s = Scenario::default();
        let point = project(&s);
        let band = Ensemble::shared(s.fit).bands(&s, FULL_DRAWS);
        let rows = crate::model::rows_from(s.fit, &point, &band, FIRST..=LAST);
        let texts = texts(Locale::En);
        let data = backtest_lines(texts, Locale::En, &point, &band, &rows);
        assert_eq!(data.years, (FIRST..=LAST).collect::<Vec<_>>());
        assert_eq!(data.series.len(), PLAYERS.len());
        for (line, p) in data.series.iter().zip(PLAYERS) {
            assert!(line.label.starts_with(texts.players[p.index()]));
            let k = band.row(2022).unwrap();
            assert_eq!(line.values[2], point.year(2022).unwrap().gmv[p.index()]);
            let (low, high) = line.band.as_ref().unwrap();
            assert_eq!(
                (low[2], high[2]),
                (band.gmv_p10[k][p.index()], band.gmv_p90[k][p.index()])
            );
        }
        // Every report of the rows, and the article's 2020 numbers beside 2020's reports.
        let quoted = SCOREBOARD.iter().filter(|f| f.year == FIRST).count();
        assert_eq!(data.marks.len(), rows.len() + quoted);
        for (mark, r) in data.marks.iter().zip(&rows) {
            assert_eq!(data.years[mark.index], r.year);
            assert_eq!(mark.kind, MarkKind::of_row(r));
            assert!(
                mark.text.ends_with(&reported_text(Locale::En, r)),
                "{}",
                mark.text
            );
        }
        for mark in &data.marks[rows.len()..] {
            assert_eq!((mark.index, mark.kind), (0, MarkKind::Quoted));
        }
        // The key's samples stand in the middle of their 24 × 26 icon: a floor at its bottom, a range
        // across most of its height.
        assert!(key_path(MarkKind::Floor).starts_with("M7.5,24.0L16.5,24.0"));
        assert!(key_path(MarkKind::Range).contains("M12.0,21.0L12.0,5.0"));
    }

    #[test]
    fn the_table_has_every_figure_with_a_signed_error() {
        let (rows, _) = figure_rows();
        let reported = REPORTED
            .iter()
            .filter(|f| f.period == Period::Calendar && (2020..=2023).contains(&f.year))
            .count();
        assert_eq!(rows.len(), reported);
        for locale in Locale::ALL {
            let table = backtest_table(texts(locale), locale, &rows);
            assert_eq!(table.rows.len(), rows.len());
            for (cells, r) in table.rows.iter().zip(&rows) {
                assert_eq!(cells.len(), table.head.len());
                let error = &cells[6];
                assert!(
                    error.starts_with('+')
                        || error.starts_with('\u{2212}')
                        || error.starts_with("0%"),
                    "{error}"
                );
                assert_eq!(
                    cells[2].starts_with('\u{2265}'),
                    r.lower_bound,
                    "{}",
                    cells[2]
                );
                assert_eq!(
                    cells[2].contains('\u{2013}'),
                    r.reported_high > r.reported_low
                );
            }
        }
        let en = backtest_table(texts(Locale::En), Locale::En, &rows);
        let douyin_2021 = en
            .rows
            .iter()
            .find(|c| c[0] == "Douyin" && c[1] == "2021")
            .unwrap();
        assert_eq!(douyin_2021[2], "\u{2265} RMB 800 bn");
        assert_eq!(douyin_2021[6], "\u{2212}64%");
        let kuaishou_2021 = en
            .rows
            .iter()
            .find(|c| c[0] == "Kuaishou" && c[1] == "2021")
            .unwrap();
        assert_eq!(kuaishou_2021[6], "+18%");
        let douyin_2023 = en
            .rows
            .iter()
            .find(|c| c[0] == "Douyin" && c[1] == "2023")
            .unwrap();
        assert_eq!(douyin_2023[2], "RMB 2.2\u{2013}2.7 tn");
        // Douyin's 2020 has two reports: the fit reads Caixin's range, and the other is shown as
        // a report the fit does not read.
        let douyin_2020: Vec<&Vec<String>> = en
            .rows
            .iter()
            .filter(|c| c[0] == "Douyin" && c[1] == "2020")
            .collect();
        assert_eq!(douyin_2020.len(), 2);
        assert!(
            douyin_2020[0][6].ends_with("(fitted to it)"),
            "{:?}",
            douyin_2020[0]
        );
        assert!(
            douyin_2020[1][6].ends_with("(not fitted: a second report of the year)"),
            "{:?}",
            douyin_2020[1]
        );
    }

    #[test]
    fn the_summary_numbers_come_from_the_backtest() {
        let (rows, point) = figure_rows();
        let (d, k) = (
            row(&rows, Player::Douyin, 2023),
            row(&rows, Player::Kuaishou, 2023),
        );
        let total = point.year(2023).unwrap().total_gmv();
        let checked = rows
            .iter()
            .filter(|r| BACKTEST_YEARS.contains(&r.year))
            .count();
        let within = rows
            .iter()
            .filter(|r| BACKTEST_YEARS.contains(&r.year) && r.within_band)
            .count();
        for locale in Locale::ALL {
            let text = backtest_summary(texts(locale), locale, &rows, &point).unwrap();
            for part in [
                rmb(locale, d.model),
                percent(locale, d.error.abs()),
                rmb_range(locale, d.reported_low, d.reported_high),
                rmb(locale, k.model),
                percent(locale, k.error.abs()),
                rmb(locale, k.reported_low),
                rmb(locale, total),
                rmb(locale, LIVESTREAM_SALES_2023_JAN_SEP),
                checked.to_string(),
            ] {
                assert!(text.contains(&part), "{part} missing from {text}");
            }
            if within > 0 {
                assert!(text.contains(&within.to_string()), "{text}");
            }
        }
        let en = backtest_summary(texts(Locale::En), Locale::En, &rows, &point).unwrap();
        assert!(en.contains("72% below") && en.contains("28% above"), "{en}");
        println!(
            "{en}\n{}",
            backtest_summary(texts(Locale::Zh), Locale::Zh, &rows, &point).unwrap()
        );
    }

    /// What chapter 9's prose says about the model (it is static text, so this holds it to the model as
    /// it is): Douyin falls short every year and further each year; Kuaishou is overshot every year;
    /// Douyin stays under half of Kuaishou in the model, and no single lever at either end nor any
    /// preset puts it level; no Douyin report lies within the band; Taobao Live has no figure after
    /// 2020; the model's 2023 market is larger than the nine months' reported livestream sales.
    #[test]
    fn chapter_nine_says_only_what_is_true_of_the_model() {
        let (rows, point) = figure_rows();
        let mut last_douyin_error = 0.0;
        for year in BACKTEST_YEARS {
            let (d, k) = (
                row(&rows, Player::Douyin, year),
                row(&rows, Player::Kuaishou, year),
            );
            assert!(d.error < last_douyin_error, "Douyin's gap widens: {year}");
            last_douyin_error = d.error;
            assert!(!d.within_band, "Douyin {year} within the band");
            assert!(k.error > 0.0, "Kuaishou {year} overshot");
            assert!(!k.within_band, "Kuaishou {year} within the band");
            let ratio = d.model / k.model;
            assert!(
                (0.3..0.5).contains(&ratio),
                "Douyin/Kuaishou {year}: {ratio}"
            );
        }
        let mut scenarios: Vec<Scenario> = PRESETS.iter().map(|p| p.scenario).collect();
        for lever in Lever::ALL {
            let (low, high) = match lever.kind() {
                LeverKind::Switch => (0.0, 1.0),
                LeverKind::Range { min, max, .. } => (min, max),
            };
            for v in [low, high] {
                let mut s = Scenario::default();
                lever.set(&mut s, v);
                scenarios.push(s);
            }
        }
        for s in scenarios {
            let p = project(&Scenario {
                end_year: *BACKTEST_YEARS.end(),
                ..s
            });
            for year in BACKTEST_YEARS {
                let y = p.year(year).unwrap();
                assert!(
                    y.gmv[Player::Douyin.index()] < y.gmv[Player::Kuaishou.index()],
                    "{s:?} {year}"
                );
            }
        }
        assert!(!REPORTED
            .iter()
            .any(|f| f.player == Player::TaobaoLive && f.year > 2020));
        let y2023 = point.year(2023).unwrap();
        assert!(y2023.total_gmv() > LIVESTREAM_SALES_2023_JAN_SEP);
        // "Held to the two platform totals that were reported, the model's two together fall more
        // than a third short in 2023."
        let (d, k) = (
            row(&rows, Player::Douyin, 2023),
            row(&rows, Player::Kuaishou, 2023),
        );
        let reported = (d.reported_low + d.reported_high + k.reported_low + k.reported_high) / 2.0;
        assert!(
            d.model + k.model < reported * 2.0 / 3.0,
            "{} of {reported}",
            d.model + k.model
        );
    }

    /// "Fitted to that figure instead [Douyin's 2020 at RMB 500 bn], the same model comes within a
    /// third of every later Douyin report": the fit solved with Douyin's second 2020 report, the rest of
    /// its figures as they are, and the default scenario projected through it.
    #[test]
    fn fitted_to_douyins_other_2020_report_the_model_comes_within_a_third() {
        use crate::model::ledger::{DOUYIN_2020, DOUYIN_2020_HIGH};
        use crate::model::{fitted_to, project_with, Params};
        let mut figures = Fit::Reported.figures();
        let douyin = figures.iter_mut().find(|f| **f == DOUYIN_2020).unwrap();
        *douyin = DOUYIN_2020_HIGH;
        let params = Params::ASSUMED.with_fitted(&fitted_to(&Params::ASSUMED, &figures));
        let s = Scenario {
            end_year: *BACKTEST_YEARS.end(),
            ..Scenario::default()
        };
        let point = project_with(&s, &params);
        assert!((point.year(2020).unwrap().gmv[Player::Douyin.index()] / 500e9 - 1.0).abs() < 1e-9);
        let mut later = 0;
        for f in REPORTED
            .iter()
            .filter(|f| f.player == Player::Douyin && BACKTEST_YEARS.contains(&f.year))
            .filter(|f| f.period == Period::Calendar)
        {
            let error = f.model_value(point.year(f.year).unwrap()) / f.point() - 1.0;
            assert!(error.abs() < 1.0 / 3.0, "{}: {error:+.3}", f.year);
            later += 1;
        }
        assert_eq!(later, 3);
        // And as fitted today, to the leak, it does not.
        let (rows, _) = figure_rows();
        assert!(rows
            .iter()
            .filter(|r| r.player == Player::Douyin && BACKTEST_YEARS.contains(&r.year))
            .all(|r| r.error < -1.0 / 3.0));
    }
}
