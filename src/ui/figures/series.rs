//! Turning a projection into chart lines and table rows.

use crate::chart::TableData;
use crate::content::format::{percent1, rmb};
use crate::content::{Locale, Texts};
use crate::model::{Bands, Bloc, Player, Projection};

use super::lines::{LineData, Series};

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

/// Colour class of a player, fixed across every figure.
pub fn player_class(p: Player) -> &'static str {
    match p {
        Player::TaobaoLive => "c-taobao",
        Player::Douyin => "c-douyin",
        Player::Kuaishou => "c-kuaishou",
        Player::Jd => "c-jd",
        Player::Mogujie => "c-mogujie",
        Player::Xiaohongshu => "c-xiaohongshu",
    }
}

/// Colour class of a bloc.
pub fn bloc_class(b: Bloc) -> &'static str {
    match b {
        Bloc::Alibaba => "c-taobao",
        Bloc::ByteDance => "c-douyin",
        Bloc::TencentJd => "c-kuaishou",
        Bloc::Independent => "c-mogujie",
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
            Some((low, high)) => format!(
                "{} ({}–{})",
                format(locale, *v),
                format(locale, low.get(k).copied().unwrap_or(f64::NAN)),
                format(locale, high.get(k).copied().unwrap_or(f64::NAN)),
            ),
            None => format(locale, *v),
        });
        std::iter::once(s.label.clone()).chain(cells).collect()
    }))
}
