//! The honest backtest: the 2020 view's fit ([`View::Seen2020`]), with its predictive band, against the
//! sales figures reported for later years (the ledger's [`REPORTED`]). No figure after 2020 entered that
//! fit, so these are out-of-sample errors. Each figure is held to the model's value for what it measures
//! ([`super::compare`]), as in the fit, and its band includes the figure's own measurement error
//! ([`super::predict`]).
//!
//! ```
//! use livestream_arena::model::{backtest, Player, View, BACKTEST_YEARS};
//!
//! let rows = backtest(View::Seen2020, BACKTEST_YEARS);
//! let douyin_2022 = rows.iter().find(|r| r.player == Player::Douyin && r.year == 2022).unwrap();
//! assert!(douyin_2022.error < 0.0, "the 2020 view's Douyin falls short of the leaked 1.41 tn");
//! ```

use super::compare::{log_miss, Evidence, Quantity};
use super::estimate::View;
use super::ledger::{Flag, Measure, Source, REPORTED};
use super::player::Player;
use super::predict::{predict, BandParts};

/// The years of the backtest: after the calibration figures, up to the last year with figures for both
/// Kuaishou and Douyin that a projection from 2020 can be held to.
pub const BACKTEST_YEARS: std::ops::RangeInclusive<u16> = 2021..=2023;

/// One reported figure against the model.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BacktestRow {
    /// Whose sales.
    pub player: Player,
    /// Calendar year.
    pub year: u16,
    /// Low end of the reported value, RMB.
    pub reported_low: f64,
    /// High end of the reported value (equal to `reported_low` for one figure), RMB.
    pub reported_high: f64,
    /// Whether the report is only a floor ("more than …"): the true value is at least `reported_low`.
    pub lower_bound: bool,
    /// What the figure counts.
    pub measure: Measure,
    /// Provenance.
    pub flag: Flag,
    /// The source, as the ledger names it, in both languages.
    pub source: Source,
    /// Whether the view's fit read this figure: its error shows the fit, not a test of it.
    pub fitted: bool,
    /// The fitted model's value (the fit's constants, the default levers) of the player's `gmv`, RMB: what
    /// its line draws.
    pub model: f64,
    /// The least the figure can be held to, RMB: `model`, or for a figure that does not say what it
    /// counts what the player's own checkout books (the figure may count anything from that to `model`).
    pub model_least: f64,
    /// 10th percentile of the predictive band for the figure.
    pub model_p10: f64,
    /// Median of the predictive band.
    pub model_p50: f64,
    /// 90th percentile of the predictive band.
    pub model_p90: f64,
    /// How far the fitted model is from what the report allows, as a signed fraction: 0 inside a
    /// reported range, above a floor or anywhere a figure of unstated scope can lie; else model /
    /// nearest end − 1 (negative: the model is low). The fit's own measure of a miss
    /// ([`super::compare::log_miss`]), as a percentage.
    pub error: f64,
    /// Whether the reported value (its range, or for a floor anything above it) meets the 10–90% band.
    pub within_band: bool,
}

/// Every calendar-year sales figure of the ledger for `years` against `view`'s fit and its predictive band
/// (10–90%, [`BandParts::PREDICTIVE`]), in the order of [`REPORTED`]. A fiscal year's figure is left out:
/// the chart has calendar years only.
pub fn backtest(view: View, years: std::ops::RangeInclusive<u16>) -> Vec<BacktestRow> {
    let observations: Vec<_> = View::Reported
        .observations()
        .into_iter()
        .filter(|o| match o.quantity {
            Quantity::Gmv(_, year) | Quantity::CheckoutToGmv(_, year) => years.contains(&year),
            _ => false,
        })
        .filter(|o| matches!(o.evidence, Evidence::Gmv(f) if REPORTED.contains(&f)))
        .collect();
    predict(view, &observations, BandParts::PREDICTIVE)
        .into_iter()
        .filter_map(|b| {
            let Evidence::Gmv(f) = b.observation.evidence else {
                return None;
            };
            let (model_least, model) = b.point;
            Some(BacktestRow {
                player: f.player,
                year: f.year,
                reported_low: f.low,
                reported_high: f.high,
                lower_bound: f.is_floor(),
                measure: f.measure,
                flag: f.flag,
                source: f.source,
                fitted: view.reads(&b.observation),
                model,
                model_least,
                model_p10: b.p10,
                model_p50: b.p50,
                model_p90: b.p90,
                error: log_miss(&b.observation, b.point).exp_m1(),
                within_band: b.in_band(),
            })
        })
        .collect()
}
