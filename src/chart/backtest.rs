//! The backtest figure of chapter 9, as arithmetic: the model's lines with their bands and the
//! reported figures over them ([`backtest_lines`]), how each reported figure is marked (a dot, a range
//! bar or a floor's arrow, never a floor or a range as a plain point), the table of the model's signed
//! errors, and the summary sentence with the numbers of the last year checked. The rows come from
//! [`crate::model::held_to_reports`].

use crate::content::format::{
    aside, percent, reported_amount, reported_range, reported_rmb, rmb, rmb_range, signed_percent,
    Locale,
};
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
            reported_rmb(locale, f.low)
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

/// A report as the table writes it: "> RMB 400 bn" for a floor, "RMB 2.2–2.7 tn" for a range.
pub fn reported_text(locale: Locale, r: &BacktestRow) -> String {
    let floor = MarkKind::of_row(r) == MarkKind::Floor;
    reported_amount(locale, r.reported_low, r.reported_high, floor)
}

/// The model's value with its band: "RMB 1.51 tn (RMB 1.22–1.83 tn)"; for a figure that does not say
/// what it counts, from what the platform's own checkout books to all its streams' sales.
pub fn model_text(locale: Locale, r: &BacktestRow) -> String {
    let model = if r.model_least < r.model {
        rmb_range(locale, r.model_least, r.model)
    } else {
        rmb(locale, r.model)
    };
    aside(locale, &model, &rmb_range(locale, r.model_p10, r.model_p90))
}

/// The table of errors: one row per reported figure, the error signed ("−40%", "+11%", "0%" where the
/// report allows the model's value); a figure the fit read says so.
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
                aside(locale, &error, labels.fitted)
            } else {
                error
            },
            if r.within_band { labels.yes } else { labels.no }.to_string(),
            r.source.get(locale).to_string(),
        ]
    }))
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
    let years = format!(
        "{}{}{}",
        BACKTEST_YEARS.start(),
        locale.marks().to,
        BACKTEST_YEARS.end()
    );
    Some((texts.sentences.backtest_summary)(&BacktestSentence {
        year: &year.to_string(),
        douyin: d.miss(),
        kuaishou: k.miss(),
        within: checked.iter().filter(|r| r.within_band).count(),
        checked: checked.len(),
        years: &years,
        total: &rmb(locale, total),
        market: &reported_rmb(locale, LIVESTREAM_SALES_2023_JAN_SEP),
    }))
}

/// The formatted parts of one [`Miss`].
struct MissText {
    model: String,
    gap: String,
    above: bool,
    inside: bool,
    reported: String,
}

impl MissText {
    fn new(locale: Locale, r: &BacktestRow) -> Self {
        MissText {
            model: rmb(locale, r.model),
            gap: percent(locale, r.error.abs()),
            above: r.error > 0.0,
            inside: r.error == 0.0,
            reported: match MarkKind::of_row(r) {
                MarkKind::Range => reported_range(locale, r.reported_low, r.reported_high),
                _ => reported_rmb(locale, r.reported_low),
            },
        }
    }

    fn miss(&self) -> Miss<'_> {
        Miss {
            model: &self.model,
            gap: &self.gap,
            above: self.above,
            inside: self.inside,
            reported: &self.reported,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::texts;
    use crate::model::ledger::{Period, REPORTED};
    use crate::model::{backtest, project, Scenario, View};

    /// The 2020 view at the default levers: what the figure draws.
    const SEEN_2020: Scenario = Scenario {
        view: View::Seen2020,
        ..Scenario::DEFAULT
    };

    /// The rows and the point projection the figure draws: the 2020 view, 2020–2023.
    fn figure_rows() -> (Vec<BacktestRow>, Projection) {
        (backtest(View::Seen2020, FIRST..=LAST), project(&SEEN_2020))
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
        let s = SEEN_2020;
        let point = project(&s);
        let band = Ensemble::shared(s.view).bands(&s, FULL_DRAWS);
        let rows = backtest(s.view, FIRST..=LAST);
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
                    cells[2].starts_with('>') || cells[2].starts_with("超过"),
                    r.lower_bound,
                    "{}",
                    cells[2]
                );
                assert_eq!(
                    cells[2].contains(locale.marks().to),
                    r.reported_high > r.reported_low
                );
            }
        }
        let en = backtest_table(texts(Locale::En), Locale::En, &rows);
        let cells = |player: &str, year: &str| -> Vec<&Vec<String>> {
            en.rows
                .iter()
                .filter(|c| c[0] == player && c[1] == year)
                .collect()
        };
        assert_eq!(cells("Douyin", "2021")[0][2], "> RMB 800 bn");
        assert_eq!(cells("Douyin", "2021")[0][6], "\u{2212}23%");
        assert_eq!(cells("Kuaishou", "2021")[0][6], "+11%");
        // A range is missed from its nearer end: 2.2 tn, not the middle.
        assert_eq!(cells("Douyin", "2023")[0][2], "RMB 2.2\u{2013}2.7 tn");
        assert_eq!(cells("Douyin", "2023")[0][6], "\u{2212}40%");
        // Douyin's 2020 has two reports that do not say what they count: the model is the span from its
        // own checkout to all its streams' sales, and the view reads both.
        let douyin_2020 = cells("Douyin", "2020");
        assert_eq!(douyin_2020.len(), 2);
        for c in douyin_2020 {
            assert!(c[5].starts_with("RMB 191\u{2013}371 bn"), "{c:?}");
            assert!(c[6].ends_with("(fitted to it)"), "{c:?}");
        }
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
                reported_range(locale, d.reported_low, d.reported_high),
                rmb(locale, k.model),
                percent(locale, k.error.abs()),
                reported_rmb(locale, k.reported_low),
                rmb(locale, total),
                reported_rmb(locale, LIVESTREAM_SALES_2023_JAN_SEP),
                crate::content::format::count_word(locale, checked),
            ] {
                assert!(text.contains(&part), "{part} missing from {text}");
            }
        }
        let en = backtest_summary(texts(Locale::En), Locale::En, &rows, &point).unwrap();
        assert!(
            en.contains("40% below the leaked") && en.contains("21% above the reported"),
            "{en}"
        );
        assert_eq!((within, checked), (5, 6));
        assert!(
            en.contains("five of the six figures reported for 2021–2023 lie within"),
            "{en}"
        );
        let zh = backtest_summary(texts(Locale::Zh), Locale::Zh, &rows, &point).unwrap();
        assert!(zh.contains("有5个落在"), "{zh}");
        println!(
            "{en}\n{}",
            backtest_summary(texts(Locale::Zh), Locale::Zh, &rows, &point).unwrap()
        );
    }

    /// What chapter 9's prose says of the view as seen in 2020 (static text, so this holds it to the
    /// model as it is): Douyin short by 23%, 29% and 40% and a little behind its Kuaishou every year,
    /// Kuaishou over by 11%, 28% and 21%; five of the six figures inside the band, Douyin's 2023 just
    /// outside; the band's top about 1.7 times
    /// its bottom on the fitted 2019–2020 figures; Douyin 2024 54% short and outside the band; Kuaishou's
    /// audience at 489 m in 2021 (above the 295.3 m reported), the default view's far lower; the two
    /// platforms together about a quarter short of their reports in 2023.
    #[test]
    fn chapter_nine_says_only_what_is_true_of_the_model() {
        use crate::model::predict::{calibration_width, BandParts};
        let (rows, point) = figure_rows();
        let pct = |x: f64| (x * 100.0).round() as i32;
        let errors = |p: Player| -> Vec<i32> {
            BACKTEST_YEARS
                .map(|y| pct(row(&rows, p, y).error))
                .collect()
        };
        assert_eq!(errors(Player::Douyin), [-23, -29, -40]);
        assert_eq!(errors(Player::Kuaishou), [11, 28, 21]);
        // Douyin's 2023 just outside: the band's top within 5% below the lower leak.
        let douyin_2023 = row(&rows, Player::Douyin, 2023);
        let short = douyin_2023.model_p90 / douyin_2023.reported_low - 1.0;
        assert!(
            !douyin_2023.within_band && (-0.05..0.0).contains(&short),
            "{short}"
        );
        for year in BACKTEST_YEARS {
            let (d, k) = (
                row(&rows, Player::Douyin, year),
                row(&rows, Player::Kuaishou, year),
            );
            assert!(k.within_band && (d.within_band || year == 2023), "{year}");
            assert!((0.75..1.0).contains(&(d.model / k.model)), "{year}");
        }
        let width = calibration_width(View::Seen2020, BandParts::PREDICTIVE);
        assert_eq!((width * 10.0).round(), 17.0, "about 1.7 times: {width}");
        // Kuaishou's 2020 in that view: 20% below its report, outside the band.
        let kuaishou_2020 = row(&rows, Player::Kuaishou, 2020);
        assert_eq!((kuaishou_2020.error * 100.0).round(), -20.0);
        assert!(!kuaishou_2020.within_band);
        let later = backtest(View::Seen2020, 2024..=2024);
        let douyin_2024 = later.iter().find(|r| r.player == Player::Douyin).unwrap();
        assert_eq!(pct(douyin_2024.error), -54);
        assert!(!douyin_2024.within_band);
        let audience = |view: View| {
            project(&Scenario {
                view,
                ..Scenario::DEFAULT
            })
            .year(2021)
            .unwrap()
            .audience[Player::Kuaishou.index()]
        };
        assert_eq!(audience(View::Seen2020).round(), 489.0);
        assert!(audience(View::Reported) < 0.75 * audience(View::Seen2020));
        // Held to the two platform totals reported for 2023 (Douyin's range at its middle).
        let (d, k) = (
            row(&rows, Player::Douyin, 2023),
            row(&rows, Player::Kuaishou, 2023),
        );
        let reported = (d.reported_low + d.reported_high) / 2.0 + k.reported_low;
        let short = 1.0 - (d.model + k.model) / reported;
        assert!((0.2..0.3).contains(&short), "{short}");
        assert!(point.year(2023).unwrap().total_gmv() > LIVESTREAM_SALES_2023_JAN_SEP);
        // Taobao Live's one later figure: the fiscal year to March 2021, a floor the view meets.
        use crate::model::compare::{compare, Evidence};
        use crate::model::ledger::TAOBAO_FY2021;
        assert!(!REPORTED.iter().any(|f| f.player == Player::TaobaoLive
            && f.year > 2020
            && f.period == Period::Calendar));
        let fiscal = compare(&Evidence::Gmv(TAOBAO_FY2021)).unwrap();
        let (least, _) = fiscal
            .quantity
            .model_value(&crate::model::Params::fitted(View::Seen2020), &point.years)
            .unwrap();
        assert!(least > fiscal.low && fiscal.high.is_infinite(), "{least}");
    }
}
