//! The trust figure (the trust chapter; embedded as `trust-shares`), as arithmetic: each
//! platform's projected share in the last year as a bar, with the baseline scenario's share as a
//! tick, the summary sentence and the table.

use crate::content::format::{percent1, points};
use crate::content::sentences::TrustSentence;
use crate::content::{Locale, Texts};
use crate::model::{Player, Projection, YearResult};

use super::bars::Bar;
use super::colour::player_class;
use super::TableData;

/// Tenths of a percentage point in a share of 1: the precision the sentence writes a change to, so a
/// change that rounds to none of them reads "0.0 points" and is not named.
const TENTHS_OF_A_POINT: f64 = 1000.0;

/// One bar per platform: its share in `last` (the projection's last year), and the share `baseline`
/// (the default scenario's projection) gives it that year.
pub fn bars(texts: &'static Texts, last: &YearResult, baseline: &Projection) -> Vec<Bar> {
    let base = baseline.year(last.year).map(|y| y.share);
    Player::ALL
        .iter()
        .map(|p| Bar {
            class: player_class(*p),
            label: texts.players[p.index()],
            value: last.share[p.index()],
            baseline: base.map(|b| b[p.index()]),
        })
        .collect()
}

/// The figure's summary for `year`: the platform whose share moves most against the baseline, by how
/// much (unless it reads as no change), and the largest platform with its share.
pub fn summary(texts: &Texts, locale: Locale, bars: &[Bar], year: u16) -> String {
    let shift = |bar: &Bar| bar.value - bar.baseline.unwrap_or(bar.value);
    let moved = bars
        .iter()
        .max_by(|x, y| shift(x).abs().total_cmp(&shift(y).abs()))
        .map(|bar| (bar.label, shift(bar)));
    let (leader, share) = bars
        .iter()
        .max_by(|x, y| x.value.total_cmp(&y.value))
        .map_or(("", 0.0), |bar| (bar.label, bar.value));
    let change = moved
        .filter(|(_, diff)| (diff * TENTHS_OF_A_POINT).round() != 0.0)
        .map(|(platform, diff)| (platform, points(locale, diff)));
    (texts.sentences.trust_summary)(&TrustSentence {
        moved: change.as_ref().map(|(platform, c)| (*platform, c.as_str())),
        leader,
        leader_share: &percent1(locale, share),
        year: &year.to_string(),
    })
}

/// The table: each platform's share and the baseline's ("—" where there is none).
pub fn table(texts: &Texts, locale: Locale, bars: &[Bar]) -> TableData {
    let head = [
        texts.columns.player,
        texts.columns.share,
        texts.figures.trust_baseline,
    ];
    TableData::new(texts.figures.trust.caption, &head).rows(bars.iter().map(|bar| {
        vec![
            bar.label.to_string(),
            percent1(locale, bar.value),
            bar.baseline.map_or("—".into(), |v| percent1(locale, v)),
        ]
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::texts;
    use crate::model::{project, Lever, Scenario};

    fn bar(label: &'static str, value: f64, baseline: f64) -> Bar {
        Bar {
            class: "c-douyin",
            label,
            value,
            baseline: Some(baseline),
        }
    }

    #[test]
    fn the_summary_names_the_platform_that_moves_most_and_by_how_much() {
        // Beta moves most (up 12 points); Gamma moves less (down 10); Alpha does not move.
        let bars = [
            bar("Alpha", 0.3, 0.3),
            bar("Beta", 0.5, 0.38),
            bar("Gamma", 0.2, 0.3),
        ];
        for locale in Locale::ALL {
            let text = summary(texts(locale), locale, &bars, 2025);
            assert!(
                text.contains("Beta") && text.contains(&points(locale, 0.12)),
                "{text}"
            );
            assert!(!text.contains("Gamma"), "{text}");
            assert!(!text.contains(&points(locale, -0.1)), "{text}");
            assert!(text.contains("2025"), "{text}");
        }
    }

    #[test]
    fn without_a_change_the_summary_names_the_leader_and_its_share() {
        // A change under a twentieth of a point reads as none.
        let bars = [
            bar("Alpha", 0.3, 0.3),
            bar("Beta", 0.5, 0.5004),
            bar("Gamma", 0.2, 0.2),
        ];
        for locale in Locale::ALL {
            let texts = texts(locale);
            let text = summary(texts, locale, &bars, 2025);
            let expected = (texts.sentences.trust_summary)(&TrustSentence {
                moved: None,
                leader: "Beta",
                leader_share: &percent1(locale, 0.5),
                year: "2025",
            });
            assert_eq!(text, expected);
        }
    }

    #[test]
    fn the_bars_are_the_last_year_s_shares_beside_the_baseline_s() {
        let baseline = project(&Scenario::default());
        let mut s = Scenario::default();
        Lever::Trust.set(&mut s, 1.0);
        let p = project(&s);
        let texts = texts(Locale::En);
        let bars = bars(texts, p.last(), &baseline);
        assert_eq!(bars.len(), Player::ALL.len());
        for (bar, player) in bars.iter().zip(Player::ALL) {
            assert_eq!(bar.label, texts.players[player.index()]);
            assert_eq!(bar.value, p.last().share[player.index()]);
            assert_eq!(bar.baseline, Some(baseline.last().share[player.index()]));
        }
        assert!(
            bars.iter().any(|b| b.baseline != Some(b.value)),
            "trust moves a share"
        );
        let table = table(texts, Locale::En, &bars);
        assert_eq!(table.rows.len(), bars.len());
        assert_eq!(table.rows[1][1], percent1(Locale::En, bars[1].value));
        // A year the baseline does not reach has no tick, and the table says so.
        let longer = project(&Scenario {
            end_year: 2030,
            ..Scenario::default()
        });
        let unmatched = super::bars(texts, longer.last(), &baseline);
        assert!(unmatched.iter().all(|b| b.baseline.is_none()));
        assert_eq!(table_row_baseline(&unmatched), "—");
    }

    fn table_row_baseline(bars: &[Bar]) -> String {
        table(texts(Locale::En), Locale::En, bars).rows[0][2].clone()
    }
}
