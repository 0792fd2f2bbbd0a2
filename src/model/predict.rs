//! Model 3's predictive bands: how far the weighted fit's ([`super::estimate`]) years may be from what
//! is reported. Each of [`PREDICTIVE_DRAWS`] [`Run`]s draws the constants from the stored fit's Laplace
//! covariance, the uncertain defaults of the levers ([`LEVER_RANGES`]) and a forecast error that grows
//! with the years after 2020 ([`FORECAST_ERROR`]); [`predict`] adds each figure's own measurement error by
//! its flag. The page's bands ([`super::Ensemble`]) project the same runs.

use rand_xoshiro::rand_core::SeedableRng;
use rand_xoshiro::Xoshiro256PlusPlus;

use super::assumed::fit_ad_yield;
use super::compare::{all_evidence, Observation, Quantity};
use super::estimate::{free_constants, last_year, params_at, Free, View};
use super::lever::Lever;
use super::params::Params;
use super::player::Player;
use super::projection::{project_with, YearResult};
use super::ranges::{quantile, Distribution};
use super::scenario::Scenario;
use super::timeline::{FIRST_YEAR, PROJECTION_START};
use super::uncertainty::{percentiles_of, unit, Ensemble};
use super::year::YEARS;

/// The uncertain defaults of the levers the bands draw (lever, low, mode, high; triangular), each acting
/// from 2021 as the levers do: Douyin's store maturity in 2020, audience trust, selling intensity and the
/// partners' reach. Choices, not figures: the middle is each lever's default, the spread what its
/// documentation leaves open. A run adds its draw's distance from the middle to where the reader set the
/// lever, so a band always holds this much doubt about each of them.
pub const LEVER_RANGES: [(Lever, f64, f64, f64); 4] = [
    (Lever::StoreMaturity, 0.1, 0.3, 0.6),
    (Lever::Trust, 0.45, 0.6, 0.75),
    (Lever::SellingIntensity, 0.15, 0.3, 0.45),
    (Lever::PartnerReach, 0.25, 0.5, 0.75),
];

/// The forecast error's standard deviation, in logs, one year after 2020; after h years it is this
/// times √h (a random walk per player): what no constant of the model explains about a later year.
pub const FORECAST_ERROR: f64 = 0.10;

/// Which parts of the uncertainty a band draws.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BandParts {
    /// The fitted constants, from their Laplace covariance.
    pub constants: bool,
    /// The levers' uncertain defaults ([`LEVER_RANGES`]).
    pub levers: bool,
    /// The forecast error after 2020 ([`FORECAST_ERROR`]).
    pub forecast: bool,
    /// Each figure's own measurement error, by its flag (only [`predict`] draws it: a chart's band is of
    /// the model's sales, not of a report about them).
    pub measurement: bool,
}

impl BandParts {
    /// Every part: the predictive band.
    pub const PREDICTIVE: BandParts = BandParts {
        constants: true,
        levers: true,
        forecast: true,
        measurement: true,
    };
    /// The fitted constants only.
    pub const CONSTANTS: BandParts = BandParts {
        constants: true,
        levers: false,
        forecast: false,
        measurement: false,
    };
}

/// Runs of a predictive band.
pub const PREDICTIVE_DRAWS: usize = 1_000;
/// Seed of the runs' draws: any fixed number.
pub const PREDICTIVE_SEED: u64 = 2021;
/// Seed of the measurement errors [`predict`] draws (plus each figure's place in the ledger), apart from
/// the runs so that every band of a view projects the same runs.
const MEASUREMENT_SEED: u64 = 2022;

/// One run of a band: constants, how far the levers' uncertain defaults are from their middles, and the
/// forecast error on each player's sales.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    /// Every constant, the free ones drawn.
    pub params: Params,
    /// Each lever of [`LEVER_RANGES`]: its draw minus the middle.
    pub lever_shift: [f64; LEVER_RANGES.len()],
    /// The factor on each player's sales of each projectable year from [`FIRST_YEAR`] (1 before 2021).
    pub forecast: [[f64; 6]; YEARS],
}

impl Run {
    /// `s` with this run's lever shifts, each lever held to its range.
    pub fn scenario(&self, s: &Scenario) -> Scenario {
        let mut s = *s;
        for (&(lever, ..), shift) in LEVER_RANGES.iter().zip(self.lever_shift) {
            let value = lever.get(&s) + shift;
            lever.set(&mut s, value);
        }
        s
    }

    /// Year `r` of this run's projection with the run's forecast error.
    pub fn with_error(&self, r: YearResult) -> YearResult {
        let row = usize::from(r.year.saturating_sub(FIRST_YEAR)).min(YEARS - 1);
        r.scaled(&self.forecast[row])
    }
}

/// A standard normal draw (Box–Muller).
fn normal(rng: &mut Xoshiro256PlusPlus) -> f64 {
    let u = unit(rng).max(f64::MIN_POSITIVE);
    let v = unit(rng);
    (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
}

/// `n` runs around `view`'s stored fit, drawing what `parts` asks for (measurement aside), seeded with
/// [`PREDICTIVE_SEED`]: the same runs every time, the first `n` of [`RunDraws`].
pub fn runs(view: View, parts: BandParts, n: usize) -> Vec<Run> {
    RunDraws::new(view, parts).take(n).collect()
}

/// The endless, seeded sequence of runs around one view's stored fit that [`runs`] takes its first `n`
/// from: it can stop after any run and go on later, so a page can draw the first runs at load and the
/// rest when it is idle, and get the same runs as one call would.
#[derive(Clone, Debug)]
pub struct RunDraws {
    parts: BandParts,
    fitted: Params,
    /// The fit's coordinates, the lower Cholesky triangle of their covariance, and each coordinate's
    /// domain.
    centre: Vec<f64>,
    root: Vec<Vec<f64>>,
    domain: Vec<(f64, f64)>,
    free: Vec<Free>,
    rng: Xoshiro256PlusPlus,
}

impl RunDraws {
    /// The runs of `view` drawing `parts`, from the first.
    pub fn new(view: View, parts: BandParts) -> RunDraws {
        let stored = view.stored();
        let free = free_constants();
        RunDraws {
            parts,
            fitted: stored.params,
            centre: stored.coordinates(),
            root: stored.root_matrix(),
            domain: free.iter().map(Free::coord_domain).collect(),
            free,
            rng: Xoshiro256PlusPlus::seed_from_u64(PREDICTIVE_SEED),
        }
    }
}

impl Iterator for RunDraws {
    type Item = Run;

    fn next(&mut self) -> Option<Run> {
        let (parts, rng) = (self.parts, &mut self.rng);
        let params = if parts.constants {
            let z: Vec<f64> = (0..self.centre.len()).map(|_| normal(rng)).collect();
            let x: Vec<f64> = (0..self.centre.len())
                .map(|k| {
                    let shift: f64 = (0..=k).map(|m| self.root[k][m] * z[m]).sum();
                    (self.centre[k] + shift).clamp(self.domain[k].0, self.domain[k].1)
                })
                .collect();
            let mut p = params_at(&self.fitted, &self.free, &x);
            fit_ad_yield(&mut p);
            p
        } else {
            self.fitted
        };
        let lever_shift = LEVER_RANGES.map(|(_, low, mode, high)| {
            if parts.levers {
                quantile(Distribution::Triangular, (low, mode, high), unit(rng)) - mode
            } else {
                0.0
            }
        });
        let mut forecast = [[1.0; 6]; YEARS];
        if parts.forecast {
            // A random walk in logs per player from 2021 on.
            let after_2020 = usize::from(PROJECTION_START - FIRST_YEAR);
            for player in 0..6 {
                let mut walk = 0.0;
                for row in forecast.iter_mut().skip(after_2020) {
                    walk += FORECAST_ERROR * normal(rng);
                    row[player] = walk.exp();
                }
            }
        }
        Some(Run {
            params,
            lever_shift,
            forecast,
        })
    }
}

/// An observation against the fitted model's band for it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Prediction {
    /// The observation.
    pub observation: Observation,
    /// The fitted model's own (least, most), at the default levers.
    pub point: (f64, f64),
    /// The 10th percentile of the runs' values (for a figure of unstated scope, of the least it can be).
    pub p10: f64,
    /// Their median (of the geometric middle of least and most).
    pub p50: f64,
    /// Their 90th percentile (for a figure of unstated scope, of the most it can be).
    pub p90: f64,
}

impl Prediction {
    /// Whether what the evidence allows meets the band: a reported value inside it, a range that overlaps
    /// it, a floor below its top.
    pub fn in_band(&self) -> bool {
        self.observation.low <= self.p90 && self.observation.high >= self.p10
    }

    /// The band's width, p90 / p10.
    pub fn width(&self) -> f64 {
        self.p90 / self.p10
    }
}

/// The bands of `parts` for each of `observations`, from `view`'s stored fit: [`PREDICTIVE_DRAWS`]
/// runs at the default levers, seeded.
pub fn predict(view: View, observations: &[Observation], parts: BandParts) -> Vec<Prediction> {
    let last = last_year(observations);
    let at_default = Scenario {
        end_year: last,
        ..Scenario::DEFAULT
    };
    // Each figure's measurement errors come from a stream of its own (seeded by its place in the
    // ledger), so a figure's band does not depend on which other figures are predicted with it.
    let evidence = all_evidence();
    let mut noise: Vec<Xoshiro256PlusPlus> = observations
        .iter()
        .map(|o| {
            let place = evidence.iter().position(|e| *e == o.evidence).unwrap_or(0);
            Xoshiro256PlusPlus::seed_from_u64(MEASUREMENT_SEED + place as u64)
        })
        .collect();
    // Per observation, each run's least and most value: a figure of unstated scope may be anything
    // from what the player's own checkout books to all its streams' sales, and its band spans both.
    let mut lows = vec![Vec::with_capacity(PREDICTIVE_DRAWS); observations.len()];
    let mut highs = lows.clone();
    // The predictive runs are the view's shared ensemble's (the page has drawn them for its bands
    // already); other parts are drawn here.
    let drawn;
    let chosen: Box<dyn Iterator<Item = &Run>> = if parts == BandParts::PREDICTIVE {
        Box::new(Ensemble::shared(view).members(PREDICTIVE_DRAWS))
    } else {
        drawn = runs(view, parts, PREDICTIVE_DRAWS);
        Box::new(drawn.iter())
    };
    for run in chosen {
        let years: Vec<YearResult> = project_with(&run.scenario(&at_default), &run.params)
            .years
            .into_iter()
            .map(|y| run.with_error(y))
            .collect();
        for (k, o) in observations.iter().enumerate() {
            let (least, most) = o
                .quantity
                .model_value(&run.params, &years)
                .unwrap_or((0.0, 0.0));
            let error = if parts.measurement {
                (o.sigma * normal(&mut noise[k])).exp()
            } else {
                1.0
            };
            lows[k].push(least * error);
            highs[k].push(most * error);
        }
    }
    let params = &view.stored().params;
    let years = project_with(&at_default, params).years;
    observations
        .iter()
        .zip(lows.iter().zip(&highs))
        .map(|(o, (lows, highs))| {
            let middles: Vec<f64> = lows
                .iter()
                .zip(highs)
                .map(|(l, h)| (l * h).sqrt())
                .collect();
            Prediction {
                observation: *o,
                point: o.quantity.model_value(params, &years).unwrap_or((0.0, 0.0)),
                p10: percentiles_of(lows)[0],
                p50: percentiles_of(&middles)[1],
                p90: percentiles_of(highs)[2],
            }
        })
        .collect()
}

/// The observations [`View::Reported`] holds that [`View::Seen2020`] does not: what the 2020 view is
/// backtested against.
pub fn held_out() -> Vec<Observation> {
    View::Reported
        .observations()
        .into_iter()
        .filter(|o| !View::Seen2020.reads(o))
        .collect()
}

/// The width of `view`'s band of `parts` on the figures of Taobao Live, Douyin and Kuaishou it is fitted
/// to: the geometric mean of p90 / p10. A band that reaches later figures only by being wide everywhere
/// is wide here too. A figure of unstated scope is left out: its band spans the scope it may have as well
/// as the runs.
pub fn calibration_width(view: View, parts: BandParts) -> f64 {
    let fitted: Vec<Observation> = view
        .observations()
        .into_iter()
        .filter(|o| {
            matches!(
                o.quantity.seller(),
                Some(Player::TaobaoLive | Player::Douyin | Player::Kuaishou)
            ) && !matches!(o.quantity, Quantity::CheckoutToGmv(..))
        })
        .collect();
    let widths: Vec<f64> = predict(view, &fitted, parts)
        .iter()
        .map(|b| b.width().ln())
        .collect();
    (widths.iter().sum::<f64>() / widths.len() as f64).exp()
}

/// Whether `o` is a GMV figure of `player` for a year in `years`: the backtest's figures.
pub fn is_sales_of(o: &Observation, player: Player, years: std::ops::RangeInclusive<u16>) -> bool {
    matches!(o.quantity, Quantity::Gmv(p, y) if p == player && years.contains(&y))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_2020_view_predicts_the_later_sales_of_douyin_and_kuaishou_within_its_band() {
        let held = held_out();
        let later: Vec<Observation> = held
            .into_iter()
            .filter(|o| {
                is_sales_of(o, Player::Douyin, 2021..=2023)
                    || is_sales_of(o, Player::Kuaishou, 2021..=2023)
            })
            .collect();
        assert_eq!(later.len(), 6, "Douyin and Kuaishou, 2021–2023");
        let bands = predict(View::Seen2020, &later, BandParts::PREDICTIVE);
        let inside = bands.iter().filter(|b| b.in_band()).count();
        assert!(inside >= 5, "{inside} of 6: {bands:#?}");
        // Not by widening: on the years it is fitted to, the band stays as narrow as the evidence.
        let mean = calibration_width(View::Seen2020, BandParts::PREDICTIVE);
        assert!(
            mean < MAX_CALIBRATION_WIDTH,
            "p90/p10 on 2019–2020: {mean:.2}"
        );
    }

    /// The widest the predictive band may be, as the geometric mean of p90 / p10 over the 2019–2020 sales
    /// figures of Taobao Live, Douyin and Kuaishou that the 2020 view is fitted to.
    const MAX_CALIBRATION_WIDTH: f64 = 2.0;
}
