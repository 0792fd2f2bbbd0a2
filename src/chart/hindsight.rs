//! The hindsight figure of chapter 9, as arithmetic: each belief the fit needs against its 2020 range,
//! in standard deviations ([`belief_rows`], drawn on [`BeliefAxis`]), the fit's path of Douyin and
//! Kuaishou beside the 2020 view's with the figures reported ([`hindsight_lines`]), the summary and the
//! sentence naming the directions the figures pin down, and the table of beliefs. The fit is
//! [`crate::model::hindsight`]'s.

use crate::content::format::{
    aside, decimal, labelled, listed, percent, reported_amount, rmb, Locale,
};
use crate::content::sentences::{BeliefPhrase, DirectionPhrase, HindsightSentence, Miss};
use crate::content::Texts;
use crate::content::{hindsight_texts, param_name};
use crate::model::compare::{Observation, Quantity};
use crate::model::hindsight::{HindsightFit, Verdict, DOUYIN_STEP};
use crate::model::{largest_first, Lever, Player};

use super::backtest::{mark_offset, MarkKind};
use super::colour::player_class;
use super::lines::{LineData, Mark, Series};
use super::TableData;

/// The years drawn: 2020, the last year the 2020 view is fitted to, to the last later figure.
pub const FIRST: u16 = 2020;
/// The last year drawn.
pub const LAST: u16 = 2024;
/// The year the summary reads: the last the backtest checks.
pub const SUMMARY_YEAR: u16 = 2023;
/// The platforms drawn: the two whose later sales the fit reads year by year.
pub const PLAYERS: [Player; 2] = [Player::Douyin, Player::Kuaishou];
/// The beliefs axis runs from minus to plus this many standard deviations; a belief beyond is drawn at
/// the edge with an arrow.
pub const AXIS_SD: f64 = 4.0;
/// A direction counts as pinned down by the figures when one standard deviation along it moves them by
/// more than one of their own σ: the data then say more about it than the 2020 ranges.
pub const PINNED: f64 = 1.0;
/// Beliefs named in the summary: those the fit moved by at least this many standard deviations.
pub const NAMED_SD: f64 = 0.5;
/// A belief is named in a direction when its weight there is at least this.
pub const DIRECTION_WEIGHT: f64 = 0.3;

/// The beliefs chart's horizontal geometry, in SVG units: where the axis runs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BeliefAxis {
    /// Left end of the axis (at −[`AXIS_SD`]).
    pub left: f64,
    /// Right end of the axis (at +[`AXIS_SD`]).
    pub right: f64,
}

impl BeliefAxis {
    /// The x of `z` standard deviations, held to the axis.
    pub fn x(&self, z: f64) -> f64 {
        let z = z.clamp(-AXIS_SD, AXIS_SD);
        self.left + (z + AXIS_SD) / (2.0 * AXIS_SD) * (self.right - self.left)
    }
}

/// The beliefs chart's width, its rows' height and where the first row starts.
pub const BELIEF_WIDTH: f64 = 560.0;
/// Each row: a line of text, then the axis.
pub const BELIEF_ROW: f64 = 52.0;
/// Space above the first row for the axis' labels.
pub const BELIEF_TOP: f64 = 26.0;
/// The axis inside the chart.
pub const BELIEF_AXIS: BeliefAxis = BeliefAxis {
    left: 16.0,
    right: BELIEF_WIDTH - 16.0,
};

/// The chart's height for `rows` beliefs.
pub fn belief_height(rows: usize) -> f64 {
    BELIEF_TOP + rows as f64 * BELIEF_ROW + 8.0
}

/// One belief as the chart draws it.
#[derive(Clone, Debug, PartialEq)]
pub struct BeliefRow {
    /// Its name and what the fit needs of it, in words ("Selling intensity: 0.30 → 0.24, −1.0 sd,
    /// plausible in 2020").
    pub text: String,
    /// Its distance from the default in standard deviations (not clamped).
    pub z: f64,
    /// The verdict.
    pub verdict: Verdict,
}

impl BeliefRow {
    /// Whether the dot lies beyond the axis (drawn at its edge with an arrow).
    pub fn beyond(&self) -> bool {
        self.z.abs() > AXIS_SD
    }
}

/// The CSS class of a verdict.
pub const fn verdict_class(v: Verdict) -> &'static str {
    match v {
        Verdict::Within => "within",
        Verdict::Edge => "edge",
        Verdict::Outside => "outside",
    }
}

/// A signed number with one decimal and a true minus sign: "+1.4", "−1.0", "0.0".
pub fn signed_tenths(locale: Locale, v: f64) -> String {
    // `decimal` writes the minus sign itself, and none for what rounds to zero.
    let text = decimal(locale, v, 1);
    if v > 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("+{text}")
    } else {
        text
    }
}

/// A belief's readable name.
pub fn belief_name(texts: &Texts, locale: Locale, key: &str) -> String {
    if key == DOUYIN_STEP {
        return hindsight_texts(locale).step.to_string();
    }
    match Lever::ALL.iter().find(|l| l.key() == key) {
        Some(lever) => texts.levers[lever.index()].label.to_string(),
        None => param_name(key, locale),
    }
}

/// A belief's name inside an English sentence: its first letter in lower case unless it begins with a
/// platform's name ("selling intensity", "Douyin's sales per viewer"). Chinese has no case.
fn in_sentence(texts: &Texts, locale: Locale, name: &str) -> String {
    let proper = texts.players.iter().any(|p| name.starts_with(p));
    match (locale, name.chars().next()) {
        (Locale::En, Some(first)) if !proper => {
            first.to_lowercase().chain(name.chars().skip(1)).collect()
        }
        _ => name.to_string(),
    }
}

/// A belief's value as the chart and table write it: a factor for the Douyin step ("×1.95"), two
/// decimals for the rest.
pub fn belief_value(locale: Locale, key: &str, v: f64) -> String {
    if key == DOUYIN_STEP {
        format!("×{}", decimal(locale, v, 2))
    } else {
        decimal(locale, v, 2)
    }
}

/// Each belief of `fit`, in its order.
pub fn belief_rows(texts: &Texts, locale: Locale, fit: &HindsightFit) -> Vec<BeliefRow> {
    let t = &hindsight_texts(locale);
    fit.needed
        .iter()
        .map(|n| BeliefRow {
            text: {
                let m = locale.marks();
                let distance = format!("{}{}{}", signed_tenths(locale, n.z), m.gap, t.sd_unit);
                let change = format!(
                    "{} → {}",
                    belief_value(locale, n.key, n.default),
                    belief_value(locale, n.key, n.value)
                );
                labelled(
                    locale,
                    &belief_name(texts, locale, n.key),
                    &aside(
                        locale,
                        &change,
                        &listed(locale, &[&distance, t.verdicts[n.verdict as usize]]),
                    ),
                )
            },
            z: n.z,
            verdict: n.verdict,
        })
        .collect()
}

/// The figure reported for `player`'s sales in `year` that the fit read, if any.
fn reported(fit: &HindsightFit, player: Player, year: u16) -> Option<&Observation> {
    fit.residuals
        .iter()
        .map(|r| &r.observation)
        .find(|o| o.quantity == Quantity::Gmv(player, year))
}

/// The fit's path of each of [`PLAYERS`] (solid) beside the 2020 view's (dashed), from [`FIRST`] to
/// [`LAST`], with every figure the fit read for them marked as what it is.
pub fn hindsight_lines(texts: &Texts, locale: Locale, fit: &HindsightFit) -> LineData {
    let t = &hindsight_texts(locale);
    let years: Vec<u16> = (FIRST..=LAST).collect();
    let path = |table: &[crate::model::YearResult], p: Player| -> Vec<f64> {
        years
            .iter()
            .map(|&y| {
                table
                    .iter()
                    .find(|r| r.year == y)
                    .map_or(f64::NAN, |r| r.gmv[p.index()])
            })
            .collect()
    };
    let series = PLAYERS
        .iter()
        .flat_map(|&p| {
            let name = texts.players[p.index()];
            [
                Series {
                    class: player_class(p),
                    label: format!("{name}{}", t.fitted_line),
                    values: path(&fit.years, p),
                    dashed: false,
                    direct_label: true,
                    band: None,
                },
                Series {
                    class: player_class(p),
                    label: format!("{name}{}", t.view_line),
                    values: path(&fit.start_years, p),
                    dashed: true,
                    direct_label: false,
                    band: None,
                },
            ]
        })
        .collect();
    let marks = PLAYERS
        .iter()
        .flat_map(|&p| years.iter().map(move |&y| (p, y)))
        .filter_map(|(p, y)| {
            let o = reported(fit, p, y)?;
            let kind = MarkKind::of(o.low, o.high, o.high.is_infinite());
            let high = if o.high.is_finite() { o.high } else { o.low };
            Some(Mark {
                class: player_class(p),
                index: usize::from(y - FIRST),
                kind,
                low: o.low,
                high,
                offset: mark_offset(p),
                text: format!(
                    "{}{}{}",
                    texts.players[p.index()],
                    texts.figures.next_labels.reported,
                    reported_text(locale, o)
                ),
            })
        })
        .collect();
    LineData {
        years,
        series,
        marks,
    }
}

/// A reported figure in words: "RMB 1.41 tn", "RMB 2.2–2.7 tn", "> RMB 800 bn".
fn reported_text(locale: Locale, o: &Observation) -> String {
    reported_amount(locale, o.low, o.high, o.high.is_infinite())
}

/// The summary: Douyin's and Kuaishou's [`SUMMARY_YEAR`] after the fit against what was reported, and
/// the beliefs the fit moved by [`NAMED_SD`] or more, furthest first.
pub fn hindsight_summary(texts: &Texts, locale: Locale, fit: &HindsightFit) -> String {
    let t = &hindsight_texts(locale);
    let miss_of = |p: Player| {
        let r = fit
            .residuals
            .iter()
            .find(|r| r.observation.quantity == Quantity::Gmv(p, SUMMARY_YEAR))?;
        Some((
            rmb(locale, r.model.0),
            percent(locale, r.miss.exp_m1().abs()),
            r.miss > 0.0,
            r.miss == 0.0,
            reported_text(locale, &r.observation),
        ))
    };
    let (Some(d), Some(k)) = (miss_of(Player::Douyin), miss_of(Player::Kuaishou)) else {
        return t.title.to_string();
    };
    fn miss(m: &(String, String, bool, bool, String)) -> Miss<'_> {
        Miss {
            model: &m.0,
            gap: &m.1,
            above: m.2,
            inside: m.3,
            reported: &m.4,
        }
    }
    let mut moved: Vec<_> = fit
        .needed
        .iter()
        .filter(|n| n.z.abs() >= NAMED_SD)
        .collect();
    largest_first(&mut moved, |n| n.z.abs());
    let parts: Vec<[String; 4]> = moved
        .iter()
        .map(|n| {
            [
                belief_name(texts, locale, n.key),
                belief_value(locale, n.key, n.default),
                belief_value(locale, n.key, n.value),
                signed_tenths(locale, n.z),
            ]
        })
        .collect();
    let beliefs: Vec<BeliefPhrase> = parts
        .iter()
        .zip(&moved)
        .map(|(p, n)| BeliefPhrase {
            name: &p[0],
            default: &p[1],
            value: &p[2],
            z: &p[3],
            verdict: t.verdicts[n.verdict as usize],
        })
        .collect();
    (hindsight_texts(locale).summary)(&HindsightSentence {
        year: &SUMMARY_YEAR.to_string(),
        douyin: miss(&d),
        kuaishou: miss(&k),
        freedom: fit.freedom.index(),
        beliefs: &beliefs,
    })
}

/// The sentence naming the directions the later figures pin down ([`PINNED`]): each by its beliefs of
/// weight [`DIRECTION_WEIGHT`] or more, "with" one that moves the same way, "against" one that moves
/// the other.
pub fn directions_text(texts: &Texts, locale: Locale, fit: &HindsightFit) -> String {
    let (with, against) = match locale {
        Locale::En => (" with ", " against "),
        Locale::Zh => ("与", "对"),
    };
    let phrases: Vec<DirectionPhrase> = fit
        .directions
        .iter()
        .filter(|d| d.strength > PINNED)
        .map(|d| {
            let lead = d.loadings.first().map_or(0.0, |l| l.1);
            let mut beliefs = String::new();
            for (i, (key, w)) in d
                .loadings
                .iter()
                .filter(|(_, w)| w.abs() >= DIRECTION_WEIGHT)
                .enumerate()
            {
                if i > 0 {
                    beliefs.push_str(if w * lead > 0.0 { with } else { against });
                }
                beliefs.push_str(&in_sentence(
                    texts,
                    locale,
                    &belief_name(texts, locale, key),
                ));
            }
            DirectionPhrase {
                beliefs,
                strength: decimal(locale, d.strength, 1),
            }
        })
        .collect();
    (hindsight_texts(locale).directions)(&phrases)
}

/// The table: each belief, its 2020 default, the value needed, the distance and the verdict.
pub fn hindsight_table(texts: &Texts, locale: Locale, fit: &HindsightFit) -> TableData {
    let t = &hindsight_texts(locale);
    let mut table = TableData::new(t.caption, &t.columns);
    for n in &fit.needed {
        table.rows.push(vec![
            belief_name(texts, locale, n.key),
            belief_value(locale, n.key, n.default),
            belief_value(locale, n.key, n.value),
            signed_tenths(locale, n.z),
            t.verdicts[n.verdict as usize].to_string(),
        ]);
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::texts;
    use crate::model::hindsight::{hindsight, Anchor, Freedom};

    #[test]
    fn the_axis_holds_every_belief_and_marks_the_ones_beyond_it() {
        assert_eq!(BELIEF_AXIS.x(0.0), BELIEF_WIDTH / 2.0);
        assert_eq!(BELIEF_AXIS.x(-9.0), BELIEF_AXIS.left);
        assert_eq!(BELIEF_AXIS.x(9.0), BELIEF_AXIS.right);
        let row = |z| BeliefRow {
            text: String::new(),
            z,
            verdict: Verdict::of(z),
        };
        assert!(row(4.5).beyond() && !row(-3.9).beyond());
    }

    #[test]
    fn signed_tenths_use_a_true_minus_and_no_sign_for_zero() {
        assert_eq!(signed_tenths(Locale::En, 1.44), "+1.4");
        assert_eq!(signed_tenths(Locale::En, -1.0), "\u{2212}1.0");
        assert_eq!(signed_tenths(Locale::En, -0.01), "0.0");
    }

    #[test]
    fn each_row_and_the_table_say_what_the_fit_needs_with_the_verdict_of_its_distance() {
        for locale in Locale::ALL {
            let texts = texts(locale);
            let fit = hindsight(Anchor::Leak, Freedom::DouyinStep);
            let rows = belief_rows(texts, locale, &fit);
            let table = hindsight_table(texts, locale, &fit);
            assert_eq!(rows.len(), fit.needed.len());
            for ((row, n), cells) in rows.iter().zip(&fit.needed).zip(&table.rows) {
                let verdict = hindsight_texts(locale).verdicts[n.verdict as usize];
                assert!(row.text.contains(verdict), "{}", row.text);
                assert!(row.text.contains(&belief_value(locale, n.key, n.value)));
                assert_eq!(cells[4], verdict);
                assert_eq!(cells[3], signed_tenths(locale, n.z));
            }
            // The step reads as a factor.
            let step = fit.needed.iter().find(|n| n.key == DOUYIN_STEP).unwrap();
            assert!(table.rows.last().unwrap()[2].starts_with('×'), "{step:?}");
        }
    }

    #[test]
    fn the_summary_gives_the_fit_s_2023_against_the_reports_and_the_furthest_belief_first() {
        let fit = hindsight(Anchor::Leak, Freedom::Levers);
        for locale in Locale::ALL {
            let texts = texts(locale);
            let text = hindsight_summary(texts, locale, &fit);
            let douyin = fit
                .residuals
                .iter()
                .find(|r| r.observation.quantity == Quantity::Gmv(Player::Douyin, SUMMARY_YEAR))
                .unwrap();
            assert!(text.contains(&rmb(locale, douyin.model.0)), "{text}");
            let furthest = fit
                .needed
                .iter()
                .max_by(|a, b| a.z.abs().total_cmp(&b.z.abs()))
                .unwrap();
            let name = belief_name(texts, locale, furthest.key);
            let first = fit
                .needed
                .iter()
                .filter(|n| n.z.abs() >= NAMED_SD && n.key != furthest.key)
                .map(|n| text.find(&belief_name(texts, locale, n.key)).unwrap())
                .min();
            let at = text.find(&name).expect("the furthest belief is named");
            assert!(first.is_none_or(|f| at < f), "{text}");
        }
    }

    #[test]
    fn the_directions_sentence_names_each_pinned_direction_by_its_leading_belief() {
        let fit = hindsight(Anchor::Both, Freedom::DouyinStep);
        let pinned: Vec<_> = fit
            .directions
            .iter()
            .filter(|d| d.strength > PINNED)
            .collect();
        assert!(!pinned.is_empty());
        for locale in Locale::ALL {
            let texts = texts(locale);
            let text = directions_text(texts, locale, &fit);
            for d in &pinned {
                let lead = in_sentence(texts, locale, &belief_name(texts, locale, d.loadings[0].0));
                assert!(text.contains(&lead), "{text}");
                assert!(text.contains(&decimal(locale, d.strength, 1)), "{text}");
            }
        }
    }

    #[test]
    fn the_lines_are_the_fit_s_and_the_2020_view_s_with_every_later_figure_marked() {
        let fit = hindsight(Anchor::Both, Freedom::Levers);
        let data = hindsight_lines(texts(Locale::En), Locale::En, &fit);
        assert_eq!(data.years, (FIRST..=LAST).collect::<Vec<_>>());
        assert_eq!(data.series.len(), 2 * PLAYERS.len());
        // The two paths share 2020 and part after it.
        for pair in data.series.chunks(2) {
            assert_eq!(pair[0].values[0], pair[1].values[0]);
            assert!(!pair[1].direct_label && pair[1].dashed);
        }
        let later = fit
            .residuals
            .iter()
            .filter(|r| {
                PLAYERS
                    .iter()
                    .any(|&p| (FIRST..=LAST).any(|y| r.observation.quantity == Quantity::Gmv(p, y)))
            })
            .count();
        assert_eq!(data.marks.len(), later);
    }
}
