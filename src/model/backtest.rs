//! The honest backtest: the model's 2021–2023 path, with its band, against what was reported for those
//! years (the ledger's [`REPORTED`]). No figure after 2020 entered a fit, so these are out-of-sample
//! errors. Each figure is held to the model's value for what it measures ([`GmvFigure::model_value`]), as
//! in the fit.
//!
//! ```
//! use livestream_arena::model::{backtest, Ensemble, Fit, Player, Scenario};
//!
//! let rows = backtest(Ensemble::shared(Fit::Reported), &Scenario::default());
//! let douyin_2022 = rows.iter().find(|r| r.player == Player::Douyin && r.year == 2022).unwrap();
//! assert!(douyin_2022.error < 0.0, "the model's Douyin falls short of the leaked 1.41 tn");
//! ```

use super::fit::Fit;
use super::ledger::{Flag, GmvFigure, Measure, Period, Source, REPORTED};
use super::player::Player;
use super::projection::Projection;
use super::scenario::Scenario;
use super::uncertainty::{Bands, Ensemble, FULL_DRAWS};

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
    /// Whether the fit the row was computed with was solved to this figure: its error shows the fit, not
    /// a test of it. A second report of a fitted year (Douyin's 2020 has two) is shown and not fitted.
    pub fitted: bool,
    /// The model's point projection (the fit's constants) of the player's `gmv`, RMB.
    pub model: f64,
    /// 10th percentile of the ensemble's `gmv`.
    pub model_p10: f64,
    /// Median of the ensemble's `gmv`.
    pub model_p50: f64,
    /// 90th percentile of the ensemble's `gmv`.
    pub model_p90: f64,
    /// Signed relative error of the point projection against the middle of the reported range:
    /// model / reported − 1 (negative: the model is low). For a lower bound, against the bound.
    pub error: f64,
    /// Whether the reported value (its range, or for a floor anything above it) meets the 10–90% band.
    pub within_band: bool,
}

/// Every reported figure of [`BACKTEST_YEARS`] against scenario `s` projected with `ensemble` (its point
/// projection uses the ensemble's fit), in the order of [`REPORTED`]. Calendar-year figures only: a fiscal
/// year's figure has no model value to be held to.
pub fn backtest(ensemble: &Ensemble, s: &Scenario) -> Vec<BacktestRow> {
    held_to_reports(ensemble, s, BACKTEST_YEARS)
}

/// Like [`backtest`], for the reported figures of any `years` (up to [`Scenario::MAX_END_YEAR`]). Rows of
/// 2020 are in-sample where the fit was solved to them ([`BacktestRow::fitted`]).
pub fn held_to_reports(
    ensemble: &Ensemble,
    s: &Scenario,
    years: std::ops::RangeInclusive<u16>,
) -> Vec<BacktestRow> {
    let s = Scenario {
        fit: ensemble.fit,
        end_year: s.end_year.max(*years.end()).min(Scenario::MAX_END_YEAR),
        ..*s
    };
    let point = super::projection::project(&s);
    let band = ensemble.bands(&s, FULL_DRAWS);
    rows_from(ensemble.fit, &point, &band, years)
}

/// The rows of the reported figures of `years` against a point projection of `fit` and its bands, computed
/// already (a figure that also draws the bands computes them once). Years outside either are skipped.
pub fn rows_from(
    fit: Fit,
    point: &Projection,
    band: &Bands,
    years: std::ops::RangeInclusive<u16>,
) -> Vec<BacktestRow> {
    REPORTED
        .iter()
        .filter(|f| f.period == Period::Calendar && years.contains(&f.year))
        .filter_map(|f: &GmvFigure| {
            let i = f.player.index();
            let row = band.row(f.year)?;
            let model = f.model_value(point.year(f.year)?);
            let reported = f.point();
            let (p10, p90) = (band.gmv_p10[row][i], band.gmv_p90[row][i]);
            let reach = if f.is_floor() { f64::INFINITY } else { f.high };
            Some(BacktestRow {
                player: f.player,
                year: f.year,
                reported_low: f.low,
                reported_high: f.high,
                lower_bound: f.is_floor(),
                measure: f.measure,
                flag: f.flag,
                source: f.source,
                fitted: fit.figures().contains(f),
                model,
                model_p10: p10,
                model_p50: band.gmv_p50[row][i],
                model_p90: p90,
                error: model / reported - 1.0,
                within_band: f.low <= p90 && reach >= p10,
            })
        })
        .collect()
}
