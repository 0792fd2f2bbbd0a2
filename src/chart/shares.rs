//! The projected shares figure (the attention, alliances and sandbox chapters), as arithmetic:
//! a projection's lines for the metric shown (per platform or per bloc, shares, attention or GMV),
//! the uncertainty bands around them, a pinned scenario's lines beside them, the title, the summary
//! sentence and the table. `ui::figures::shares` draws them with the line chart.

use crate::content::format::{percent, percent1, rmb};
use crate::content::sentences::{BandSentence, LeadSentence};
use crate::content::{Locale, Texts};
use crate::model::{Bands, Bloc, Player, Projection, YearResult};

use super::colour::{bloc_class, player_class};
use super::lines::{table_data, LineData, Series};
use super::plot::top_two;
use super::TableData;

/// What a projection chart shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Metric {
    /// Share of GMV per player.
    PlayerShare,
    /// Share of GMV per bloc.
    BlocShare,
    /// GMV per player, RMB.
    PlayerGmv,
    /// Share of the livestream-shopping attention pool per player.
    Attention,
}

impl Metric {
    /// How values of this metric read.
    pub fn format(self) -> fn(Locale, f64) -> String {
        match self {
            Metric::PlayerShare | Metric::BlocShare | Metric::Attention => percent1,
            Metric::PlayerGmv => rmb,
        }
    }

    /// Number of lines.
    pub fn count(self) -> usize {
        match self {
            Metric::BlocShare => Bloc::ALL.len(),
            _ => Player::ALL.len(),
        }
    }
}

/// The lines of `metric` over every projected year.
pub fn line_data(p: &Projection, metric: Metric, texts: &'static Texts) -> LineData {
    let years = p.years.iter().map(|y| y.year).collect();
    let series = match metric {
        Metric::BlocShare => Bloc::ALL
            .iter()
            .map(|b| Series {
                class: bloc_class(*b),
                label: texts.blocs[b.index()].to_string(),
                values: p.years.iter().map(|y| y.bloc_share[b.index()]).collect(),
                dashed: false,
                direct_label: true,
                band: None,
            })
            .collect(),
        Metric::PlayerShare | Metric::PlayerGmv | Metric::Attention => Player::ALL
            .iter()
            .map(|pl| Series {
                class: player_class(*pl),
                label: texts.players[pl.index()].to_string(),
                values: p
                    .years
                    .iter()
                    .map(|y| match metric {
                        Metric::PlayerGmv => y.gmv[pl.index()],
                        Metric::Attention => y.attention[pl.index()],
                        _ => y.share[pl.index()],
                    })
                    .collect(),
                dashed: false,
                direct_label: true,
                band: None,
            })
            .collect(),
    };
    LineData {
        years,
        series,
        marks: Vec::new(),
    }
}

/// Attaches the 10–90% bands of `bands` to the lines of a share metric (no-op otherwise).
pub fn attach_bands(data: &mut LineData, metric: Metric, bands: &Bands) {
    if bands.years != data.years {
        return;
    }
    for (i, series) in data.series.iter_mut().enumerate() {
        series.band = match metric {
            Metric::PlayerShare => Some(edges(&bands.p10, &bands.p90, i)),
            Metric::BlocShare => Some(edges(&bands.bloc_p10, &bands.bloc_p90, i)),
            Metric::PlayerGmv | Metric::Attention => None,
        };
    }
}

/// Column `i` of two per-year tables.
fn edges<const N: usize>(low: &[[f64; N]], high: &[[f64; N]], i: usize) -> (Vec<f64>, Vec<f64>) {
    (
        low.iter().map(|r| r[i]).collect(),
        high.iter().map(|r| r[i]).collect(),
    )
}

/// Adds the lines of a pinned scenario (`pinned`, scenario A) beside `data`'s (B): dashed, without
/// direct labels, named "… · A", and cut or padded to B's years (A may end in another year).
pub fn add_pinned(data: &mut LineData, pinned: LineData, pinned_name: &str) {
    let years = data.years.len();
    data.series.extend(pinned.series.into_iter().map(|mut s| {
        s.values.resize(years, f64::NAN);
        s.label = format!("{} · {pinned_name}", s.label);
        s.dashed = true;
        s.direct_label = false;
        s
    }));
}

/// The figure's title for `metric`.
pub fn title(texts: &Texts, metric: Metric) -> &'static str {
    match metric {
        Metric::BlocShare => texts.figures.alliances.title,
        Metric::Attention => texts.figures.attention.title,
        _ => texts.figures.shares.title,
    }
}

/// The figure's summary: the leader and the runner-up in `last`, the projection's last year, by the
/// metric's share (GMV reads as GMV shares); and, when `data`'s lines carry bands, the leader's likely
/// range that year.
pub fn summary(
    texts: &Texts,
    locale: Locale,
    metric: Metric,
    last: &YearResult,
    data: &LineData,
) -> String {
    let (values, names): (&[f64], &[&str]) = match metric {
        Metric::BlocShare => (&last.bloc_share, &texts.blocs),
        Metric::Attention => (&last.attention, &texts.players),
        _ => (&last.share, &texts.players),
    };
    let ((a, va), (b, vb)) = top_two(values);
    let sentence = match metric {
        Metric::Attention => texts.sentences.attention_summary,
        Metric::BlocShare => texts.sentences.bloc_summary,
        Metric::PlayerShare | Metric::PlayerGmv => texts.sentences.shares_summary,
    };
    let year = last.year.to_string();
    let mut text = sentence(&LeadSentence {
        leader: names[a],
        leader_share: &percent1(locale, va),
        runner_up: names[b],
        runner_up_share: &percent1(locale, vb),
        year: &year,
    });
    // With bands, the leader's likely range follows.
    if let Some((low, high)) = last_band(data, a) {
        // A space between English sentences; Chinese sets none after its full stop.
        text.push_str(locale.marks().gap);
        text.push_str(&(texts.sentences.band_summary)(&BandSentence {
            platform: names[a],
            year: &year,
            low: &percent(locale, low),
            high: &percent(locale, high),
        }));
    }
    text
}

/// The band of `data`'s line `i` in its last year, if it has one.
fn last_band(data: &LineData, i: usize) -> Option<(f64, f64)> {
    let (low, high) = data.series.get(i)?.band.as_ref()?;
    Some((*low.last()?, *high.last()?))
}

/// The table of `data`'s lines for `metric`: one row per platform or bloc, one column per year.
pub fn table(texts: &Texts, locale: Locale, metric: Metric, data: &LineData) -> TableData {
    let caption = match metric {
        Metric::PlayerGmv => texts.figures.metric.gmv,
        Metric::BlocShare => texts.figures.alliances.caption,
        Metric::PlayerShare => texts.figures.shares.caption,
        Metric::Attention => texts.figures.attention.caption,
    };
    let first = if metric == Metric::BlocShare {
        texts.columns.bloc
    } else {
        texts.columns.player
    };
    table_data(data, caption, first, locale, metric.format())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::texts;
    use crate::model::{project, Ensemble, Scenario};

    const METRICS: [Metric; 4] = [
        Metric::PlayerShare,
        Metric::BlocShare,
        Metric::PlayerGmv,
        Metric::Attention,
    ];

    /// The leader and the runner-up of `values`, found here without [`top_two`]: (index, value).
    fn first_two(values: &[f64]) -> ((usize, f64), (usize, f64)) {
        let mut order: Vec<(usize, f64)> = values.iter().copied().enumerate().collect();
        order.sort_by(|a, b| b.1.total_cmp(&a.1));
        (order[0], order[1])
    }

    #[test]
    fn the_summary_names_the_leader_and_the_runner_up_of_the_last_year_with_their_shares() {
        let p = project(&Scenario::default());
        let last = p.last();
        for locale in Locale::ALL {
            let texts = texts(locale);
            for metric in METRICS {
                let (values, names): (&[f64], &[&str]) = match metric {
                    Metric::BlocShare => (&last.bloc_share, &texts.blocs),
                    Metric::Attention => (&last.attention, &texts.players),
                    _ => (&last.share, &texts.players),
                };
                let ((a, va), (b, vb)) = first_two(values);
                let data = line_data(&p, metric, texts);
                let text = summary(texts, locale, metric, last, &data);
                for part in [
                    names[a].to_string(),
                    percent1(locale, va),
                    names[b].to_string(),
                    percent1(locale, vb),
                    last.year.to_string(),
                ] {
                    assert!(
                        text.contains(&part),
                        "{metric:?}: {part} missing from {text}"
                    );
                }
                assert!(
                    text.find(names[a]) < text.find(names[b]),
                    "the leader first: {text}"
                );
            }
        }
    }

    #[test]
    fn the_summary_follows_the_data_not_the_usual_leader() {
        let p = project(&Scenario::default());
        let mut last = p.last().clone();
        // Mogujie ahead with half the market, Xiaohongshu second.
        last.share = [0.1, 0.1, 0.05, 0.05, 0.5, 0.2];
        for locale in Locale::ALL {
            let texts = texts(locale);
            let data = line_data(&p, Metric::PlayerShare, texts);
            let text = summary(texts, locale, Metric::PlayerShare, &last, &data);
            let (mogujie, xiaohongshu) = (
                texts.players[Player::Mogujie.index()],
                texts.players[Player::Xiaohongshu.index()],
            );
            assert!(
                text.contains(mogujie) && text.contains(&percent1(locale, 0.5)),
                "{text}"
            );
            assert!(
                text.contains(xiaohongshu) && text.contains(&percent1(locale, 0.2)),
                "{text}"
            );
        }
    }

    #[test]
    fn with_bands_the_summary_gives_the_leader_s_likely_range() {
        let s = Scenario::default();
        let p = project(&s);
        let bands = Ensemble::shared(s.view).bands(&s, 100);
        let last = p.last();
        let ((a, _), _) = first_two(&last.share);
        let k = bands.row(last.year).unwrap();
        for locale in Locale::ALL {
            let texts = texts(locale);
            let plain = line_data(&p, Metric::PlayerShare, texts);
            let mut banded = plain.clone();
            attach_bands(&mut banded, Metric::PlayerShare, &bands);
            let without = summary(texts, locale, Metric::PlayerShare, last, &plain);
            let with = summary(texts, locale, Metric::PlayerShare, last, &banded);
            assert!(with.starts_with(&without), "{with}");
            let range = &with[without.len()..];
            for part in [
                texts.players[a].to_string(),
                percent(locale, bands.p10[k][a]),
                percent(locale, bands.p90[k][a]),
            ] {
                assert!(range.contains(&part), "{part} missing from {range}");
            }
        }
        // GMV has no bands, and bands of other years are not attached.
        let mut gmv = line_data(&p, Metric::PlayerGmv, texts(Locale::En));
        attach_bands(&mut gmv, Metric::PlayerGmv, &bands);
        assert!(gmv.series.iter().all(|s| s.band.is_none()));
        let mut shorter = bands.clone();
        shorter.years.pop();
        let mut shares = line_data(&p, Metric::PlayerShare, texts(Locale::En));
        attach_bands(&mut shares, Metric::PlayerShare, &shorter);
        assert!(shares.series.iter().all(|s| s.band.is_none()));
    }

    #[test]
    fn each_metric_has_its_lines_table_and_title() {
        let p = project(&Scenario::default());
        for locale in Locale::ALL {
            let texts = texts(locale);
            for metric in METRICS {
                let data = line_data(&p, metric, texts);
                assert_eq!(data.series.len(), metric.count());
                assert_eq!(data.years.len(), p.years.len());
                let table = table(texts, locale, metric, &data);
                assert_eq!(table.rows.len(), metric.count());
                assert_eq!(table.head.len(), 1 + p.years.len());
                let first = if metric == Metric::BlocShare {
                    texts.columns.bloc
                } else {
                    texts.columns.player
                };
                assert_eq!(table.head[0], first);
                assert_eq!(
                    table.rows[0][1],
                    (metric.format())(locale, data.series[0].values[0])
                );
                assert!(!title(texts, metric).is_empty());
            }
            assert_ne!(
                title(texts, Metric::BlocShare),
                title(texts, Metric::PlayerShare)
            );
        }
        let gmv = line_data(&p, Metric::PlayerGmv, texts(Locale::En));
        let douyin = Player::Douyin.index();
        assert_eq!(gmv.series[douyin].values[0], p.years[0].gmv[douyin]);
    }

    #[test]
    fn a_pinned_scenario_s_lines_are_dashed_unlabelled_and_on_the_current_years() {
        let texts = texts(Locale::En);
        let now = project(&Scenario {
            end_year: 2030,
            ..Scenario::default()
        });
        let pinned = project(&Scenario {
            end_year: 2026,
            ..Scenario::default()
        });
        let mut data = line_data(&now, Metric::PlayerShare, texts);
        add_pinned(
            &mut data,
            line_data(&pinned, Metric::PlayerShare, texts),
            "A (pinned)",
        );
        assert_eq!(data.series.len(), 2 * Player::ALL.len());
        for ghost in &data.series[Player::ALL.len()..] {
            assert!(ghost.dashed && !ghost.direct_label, "{ghost:?}");
            assert!(ghost.label.ends_with(" · A (pinned)"), "{}", ghost.label);
            assert_eq!(ghost.values.len(), data.years.len());
            assert!(ghost.values.last().unwrap().is_nan());
        }
    }
}
