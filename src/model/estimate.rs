//! Model 3's weighted fit: the constants that best explain every piece of evidence a [`View`] of history
//! holds, each compared like for like ([`super::compare`]) and weighted by how far its source can be
//! trusted. [`super::predict`] draws the bands around it.
//!
//! **The objective.** Σ over the view's observations of (log miss / σ)², where the log miss is 0 inside a
//! range, above a floor or anywhere a figure of unstated scope can lie, and σ follows the figure's flag
//! ([`super::ledger::Flag::sigma`]); plus Σ z² over the free constants' priors ([`free_constants`]):
//! weak for the constants Model 2 solved exactly, the ranges of `super::ranges` for the assumptions the
//! new data speak to. Levenberg–Marquardt with a forward-difference Jacobian, inside each constant's
//! domain; the Laplace covariance (JᵀJ)⁻¹ at the optimum.
//!
//! ```
//! use livestream_arena::model::{estimate, View};
//!
//! let e = estimate(View::Reported);
//! // More evidence than constants, and every observation has its residual.
//! assert!(e.residuals.len() > e.free.len());
//! assert!(e.residuals.iter().all(|r| r.z.is_finite()));
//! ```

use super::compare::{all_evidence, compare, log_miss, Observation};
use serde::{Deserialize, Serialize};

use super::assumed::fit_ad_yield;
use super::estimated;
use super::hindsight::Anchor;
use super::linalg::{cholesky, cholesky_solve, inverse_spd, Matrix};
use super::params::{Params, INTERNET_USERS, POPULATION};
use super::player::{DOUYIN, JD, KUAISHOU, MOGUJIE, XHS};
use super::projection::{project_with, YearResult};
use super::ranges::{param_spec, Distribution, ParamSpec};
use super::scenario::Scenario;
use super::timeline::FIRST_YEAR;

/// Which evidence a fit reads: the history it is asked to explain. The reader chooses (a link carries
/// it); [`View::Reported`] is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum View {
    /// "As seen in 2020": evidence about 2019–2020 whose source was out by [`SEEN_BY`], the view the
    /// backtest holds against what came later.
    Seen2020,
    /// "Everything reported since": every piece of evidence through the latest year a source reports.
    #[default]
    Reported,
}

/// The last month (year, month) a source may be published for [`View::Seen2020`] to read it: mid-2021,
/// when the last reports about 2020 (Alibaba's fiscal-year statement, the Douyin reports) were out.
pub const SEEN_BY: (u16, u8) = (2021, 6);

impl View {
    /// Both views, the 2020 view first.
    pub const ALL: [View; 2] = [View::Seen2020, View::Reported];

    /// Position in [`View::ALL`], which orders the views' texts too.
    pub const fn index(self) -> usize {
        self as usize
    }

    /// Short stable name, for URLs.
    pub const fn key(self) -> &'static str {
        match self {
            View::Seen2020 => "2020",
            View::Reported => "reported",
        }
    }

    /// The view whose [`View::key`] is `key`, if any.
    pub fn from_key(key: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == key)
    }

    /// Whether the view reads `o`.
    pub fn reads(self, o: &Observation) -> bool {
        match self {
            View::Reported => true,
            View::Seen2020 => {
                o.last_year <= 2020 && o.evidence.published().is_none_or(|p| p <= SEEN_BY)
            }
        }
    }

    /// The observations the view reads, in [`all_evidence`]'s order.
    pub fn observations(self) -> Vec<Observation> {
        all_evidence()
            .iter()
            .filter_map(|e| compare(e).ok())
            .filter(|o| self.reads(o))
            .collect()
    }
}

/// The coordinate a free constant is fitted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coord {
    /// The value itself.
    Linear,
    /// Its natural log: a positive constant that acts as a factor.
    Log,
}

/// One constant the weighted fit solves: how to read and write it, the coordinate it moves in, its prior
/// and its domain.
#[derive(Clone, Copy, Debug)]
pub struct Free {
    /// A stable name: the `super::ranges` key where the constant has a range there.
    pub key: &'static str,
    /// Reads the constant.
    pub get: fn(&Params) -> f64,
    /// Writes it.
    pub set: fn(&mut Params, f64),
    /// The coordinate it is fitted in.
    pub coord: Coord,
    /// The prior's centre and standard deviation, in the coordinate.
    pub prior: (f64, f64),
    /// The model's domain for it, in natural units: a hard limit, not a prior.
    pub domain: (f64, f64),
}

impl Free {
    fn coord_of(&self, v: f64) -> f64 {
        match self.coord {
            Coord::Linear => v,
            Coord::Log => v.ln(),
        }
    }

    pub(crate) fn value_at(&self, x: f64) -> f64 {
        let v = match self.coord {
            Coord::Linear => x,
            Coord::Log => x.exp(),
        };
        v.clamp(self.domain.0, self.domain.1)
    }

    pub(crate) fn coord_domain(&self) -> (f64, f64) {
        (self.coord_of(self.domain.0), self.coord_of(self.domain.1))
    }

    /// How many standard deviations `x` (a coordinate) lies from the prior's centre.
    pub fn z(&self, x: f64) -> f64 {
        (x - self.prior.0) / self.prior.1
    }
}

/// The prior standard deviation, in logs, of a constant Model 2 solved exactly (an attraction, spend,
/// the adoption rate): a factor of e either way is one standard deviation, so the data decide.
pub const WEAK_LOG_SD: f64 = 1.0;
/// The prior standard deviation of `content_lag` and of the adoption midpoint (in years): 1, as weak.
pub const WEAK_LINEAR_SD: f64 = 1.0;
/// The prior standard deviation, in logs, of the 2020 audiences of Douyin and Kuaishou: 10%. They are
/// reported daily users, but a year's average read off counts of a few months.
pub const AUDIENCE_2020_SD: f64 = 0.10;

/// The standard deviation of a range's distribution.
pub(crate) fn spec_sd(s: &ParamSpec) -> f64 {
    let (a, c, b) = (s.low, s.mode, s.high);
    match s.dist {
        Distribution::Uniform => (b - a) / 12f64.sqrt(),
        Distribution::Triangular => ((a * a + b * b + c * c - a * b - a * c - b * c) / 18.0).sqrt(),
    }
}

/// The assumptions the prior is centred on: the constants before any fit.
const CENTRE: Params = Params::ASSUMED;

/// A free constant held to its range in `super::ranges`, centred on its assumed value.
fn ranged(key: &'static str, domain: (f64, f64)) -> Free {
    let spec = param_spec(key).expect("every ranged free constant has a range");
    Free {
        key,
        get: spec.get,
        set: spec.set,
        coord: Coord::Linear,
        prior: ((spec.get)(&CENTRE), spec_sd(spec)),
        domain,
    }
}

/// A free constant with a weak prior around its assumed value.
fn weak(
    key: &'static str,
    get: fn(&Params) -> f64,
    set: fn(&mut Params, f64),
    coord: Coord,
    domain: (f64, f64),
) -> Free {
    let sd = match coord {
        Coord::Log => WEAK_LOG_SD,
        Coord::Linear => WEAK_LINEAR_SD,
    };
    let mut free = Free {
        key,
        get,
        set,
        coord,
        prior: (0.0, sd),
        domain,
    };
    free.prior.0 = free.coord_of(get(&CENTRE));
    free
}

/// The partners' attractions move together, in their assumed 2 : 2 : 1 ratio: the free constant is
/// Weibo's, and the others follow it.
fn set_partner_scale(p: &mut Params, v: f64) {
    let k = v / CENTRE.partner_attraction[0];
    for (a, b) in p
        .partner_attraction
        .iter_mut()
        .zip(CENTRE.partner_attraction)
    {
        *a = b * k;
    }
}

/// The constants the weighted fit solves, in a fixed order: Model 2's eight solved constants and the
/// adoption curve's two, weakly held; then the assumptions the evidence speaks to, held to their ranges
/// (the adoption ceiling, spend growth, the 2019 and 2020 audiences of Douyin and Kuaishou, how fast
/// audience growth fades, the store's catch-up, the closed loop's lift, Douyin's link share, Kuaishou's
/// own-shop share). Every other constant keeps its assumed value; `xiaohongshu_ad_yield` is solved
/// after, in closed form.
pub fn free_constants() -> Vec<Free> {
    use Coord::{Linear, Log};
    let audience_2020 = |key, get, set| Free {
        prior: (0.0, AUDIENCE_2020_SD),
        ..weak(key, get, set, Log, (50.0, INTERNET_USERS / 1e6))
    };
    let mut free = vec![
        weak(
            "spend_per_shopper",
            |p| p.spend_per_shopper,
            |p, v| p.spend_per_shopper = v,
            Log,
            (100.0, 1e7),
        ),
        weak(
            "content_lag",
            |p| p.content_lag,
            |p, v| p.content_lag = v,
            Linear,
            (-5.0, 5.0),
        ),
        weak(
            "attraction.douyin",
            |p| p.attraction[DOUYIN],
            |p, v| p.attraction[DOUYIN] = v,
            Log,
            (1e-4, 1e3),
        ),
        weak(
            "attraction.kuaishou",
            |p| p.attraction[KUAISHOU],
            |p, v| p.attraction[KUAISHOU] = v,
            Log,
            (1e-4, 1e3),
        ),
        weak(
            "attraction.jd",
            |p| p.attraction[JD],
            |p, v| p.attraction[JD] = v,
            Log,
            (1e-4, 1e3),
        ),
        weak(
            "attraction.mogujie",
            |p| p.attraction[MOGUJIE],
            |p, v| p.attraction[MOGUJIE] = v,
            Log,
            (1e-4, 1e3),
        ),
        weak(
            "attraction.xiaohongshu",
            |p| p.attraction[XHS],
            |p, v| p.attraction[XHS] = v,
            Log,
            (1e-4, 1e3),
        ),
        weak(
            "partner_attraction",
            |p| p.partner_attraction[0],
            set_partner_scale,
            Log,
            (1e-4, 1e3),
        ),
        weak(
            "adoption_rate",
            |p| p.adoption_rate,
            |p, v| p.adoption_rate = v,
            Log,
            (0.05, 5.0),
        ),
        weak(
            "adoption_midpoint",
            |p| p.adoption_midpoint,
            |p, v| p.adoption_midpoint = v,
            Linear,
            (2015.0, 2030.0),
        ),
        ranged("adoption_ceiling", (0.1, INTERNET_USERS / POPULATION)),
        ranged("spend_growth", (-0.2, 0.5)),
        ranged("audience_2019.douyin", (100.0, 900.0)),
        ranged("audience_2019.kuaishou", (50.0, 900.0)),
        audience_2020(
            "audience_2020.douyin",
            |p| p.audience_2020[DOUYIN],
            |p, v| p.audience_2020[DOUYIN] = v,
        ),
        audience_2020(
            "audience_2020.kuaishou",
            |p| p.audience_2020[KUAISHOU],
            |p, v| p.audience_2020[KUAISHOU] = v,
        ),
        ranged("audience_growth_decay", (0.0, 0.99)),
        ranged("store_catch_up", (0.0, 1.0)),
        ranged("closed_loop_lift", (0.0, 3.0)),
        ranged("douyin_taobao_link_share", (0.0, 1.0)),
        ranged("kuaishou_own_shop_2020", (0.0, 1.0)),
    ];
    // The 2020 audiences' prior is centred on the reported levels.
    for f in &mut free {
        if f.key.starts_with("audience_2020") {
            f.prior.0 = f.coord_of((f.get)(&CENTRE));
        }
    }
    free
}

/// `base` with the coordinates `x` written in.
pub(crate) fn params_at(base: &Params, free: &[Free], x: &[f64]) -> Params {
    let mut p = *base;
    for (f, &xi) in free.iter().zip(x) {
        (f.set)(&mut p, f.value_at(xi));
    }
    p
}

/// The last year any observation reads, and so the last year a fit projects.
pub(crate) fn last_year(observations: &[Observation]) -> u16 {
    observations
        .iter()
        .map(|o| o.quantity.last_year())
        .max()
        .unwrap_or(FIRST_YEAR)
        .clamp(Scenario::MIN_END_YEAR, Scenario::MAX_END_YEAR)
}

/// The model's years from [`FIRST_YEAR`] to `last` at the default levers.
pub(crate) fn history(p: &Params, last: u16) -> Vec<YearResult> {
    let s = Scenario {
        end_year: last,
        ..Scenario::DEFAULT
    };
    project_with(&s, p).years
}

/// One observation against the fitted model.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Residual {
    /// The observation.
    pub observation: Observation,
    /// The model's (least, most) for it (equal but for a figure of unstated scope).
    pub model: (f64, f64),
    /// ln(model / evidence) as the objective reads it: 0 inside what the evidence allows.
    pub miss: f64,
    /// The miss in the observation's standard deviations.
    pub z: f64,
}

/// A fitted constant against its prior.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pull {
    /// The constant.
    pub key: &'static str,
    /// Its fitted value, in natural units.
    pub value: f64,
    /// How many prior standard deviations it moved.
    pub z: f64,
}

/// The outcome of the weighted fit for a view.
#[derive(Clone, Debug)]
pub struct Estimate {
    /// The view fitted.
    pub view: View,
    /// The free constants, in [`free_constants`]' order.
    pub free: Vec<Free>,
    /// Every constant, fitted and assumed.
    pub params: Params,
    /// The fitted coordinates.
    pub coords: Vec<f64>,
    /// The Laplace covariance of the coordinates at the optimum, (JᵀJ)⁻¹.
    pub covariance: Matrix,
    /// Each observation against the model, in the view's order.
    pub residuals: Vec<Residual>,
    /// Each free constant against its prior.
    pub pulls: Vec<Pull>,
    /// Levenberg–Marquardt iterations taken.
    pub iterations: usize,
}

impl Estimate {
    /// Σ z² over the observations.
    pub fn data_cost(&self) -> f64 {
        self.residuals.iter().map(|r| r.z * r.z).sum()
    }

    /// Σ z² over the priors.
    pub fn prior_cost(&self) -> f64 {
        self.pulls.iter().map(|p| p.z * p.z).sum()
    }
}

/// What a fit needs to evaluate its residuals.
struct Problem {
    free: Vec<Free>,
    observations: Vec<Observation>,
    last_year: u16,
}

impl Problem {
    fn new(observations: Vec<Observation>) -> Problem {
        Problem {
            free: free_constants(),
            last_year: last_year(&observations),
            observations,
        }
    }

    /// Every residual at `x`: the observations' z, then the priors'.
    fn residuals(&self, x: &[f64]) -> Vec<f64> {
        let p = params_at(&CENTRE, &self.free, x);
        let years = history(&p, self.last_year);
        let data = self.observations.iter().map(|o| {
            let model = o.quantity.model_value(&p, &years).unwrap_or((0.0, 0.0));
            log_miss(o, model) / o.sigma
        });
        let priors = self.free.iter().zip(x).map(|(f, &xi)| f.z(xi));
        data.chain(priors).collect()
    }
}

/// The forward-difference Jacobian of `residuals` at `x`, where they are `r0`.
pub(crate) fn jacobian(residuals: &dyn Fn(&[f64]) -> Vec<f64>, x: &[f64], r0: &[f64]) -> Matrix {
    let mut j = vec![vec![0.0; x.len()]; r0.len()];
    for k in 0..x.len() {
        let h = JACOBIAN_STEP * x[k].abs().max(1.0);
        let mut nudged = x.to_vec();
        nudged[k] += h;
        for (row, (a, b)) in j.iter_mut().zip(residuals(&nudged).iter().zip(r0)) {
            row[k] = (a - b) / h;
        }
    }
    j
}

/// Forward-difference step of the Jacobian, relative to the coordinate's size.
const JACOBIAN_STEP: f64 = 1e-6;
/// Levenberg–Marquardt iterations at most (the fits take fifteen or so).
const MAX_ITERATIONS: usize = 500;
/// Stop once an accepted step lowers the cost by less than this, relative to the cost.
const CONVERGED: f64 = 1e-11;
/// The damping factor's start, its fall after a good step and its rise after a bad one.
const DAMPING: (f64, f64, f64) = (1e-3, 3.0, 4.0);

fn sum_of_squares(r: &[f64]) -> f64 {
    r.iter().map(|v| v * v).sum()
}

/// JᵀJ and Jᵀr.
#[allow(clippy::needless_range_loop)] // matrix algebra reads clearer with indices
pub(crate) fn normal_equations(j: &[Vec<f64>], r: &[f64]) -> (Matrix, Vec<f64>) {
    let n = j.first().map_or(0, Vec::len);
    let mut a = vec![vec![0.0; n]; n];
    let mut g = vec![0.0; n];
    for (row, &ri) in j.iter().zip(r) {
        for p in 0..n {
            g[p] += row[p] * ri;
            for q in 0..=p {
                a[p][q] += row[p] * row[q];
            }
        }
    }
    for p in 0..n {
        for q in 0..p {
            a[q][p] = a[p][q];
        }
    }
    (a, g)
}

/// Levenberg–Marquardt: the coordinates from `x` that minimise the sum of squares of `residuals`, each
/// held to its `domain`; with the residuals there and the iterations taken. Deterministic.
pub(crate) fn least_squares(
    residuals: &dyn Fn(&[f64]) -> Vec<f64>,
    mut x: Vec<f64>,
    domain: &[(f64, f64)],
) -> (Vec<f64>, Vec<f64>, usize) {
    let n = x.len();
    let mut r = residuals(&x);
    let mut cost = sum_of_squares(&r);
    let (mut lambda, fall, rise) = DAMPING;
    let mut iterations = 0;
    'outer: while iterations < MAX_ITERATIONS {
        iterations += 1;
        let j = jacobian(residuals, &x, &r);
        let (a, g) = normal_equations(&j, &r);
        let downhill: Vec<f64> = g.iter().map(|v| -v).collect();
        loop {
            let mut damped = a.clone();
            for k in 0..n {
                damped[k][k] += lambda * a[k][k].max(1e-12);
            }
            if let Some(l) = cholesky(&damped) {
                let step = cholesky_solve(&l, &downhill);
                let trial: Vec<f64> = (0..n)
                    .map(|k| (x[k] + step[k]).clamp(domain[k].0, domain[k].1))
                    .collect();
                let trial_r = residuals(&trial);
                let trial_cost = sum_of_squares(&trial_r);
                if trial_cost < cost {
                    let gain = cost - trial_cost;
                    (x, r, cost) = (trial, trial_r, trial_cost);
                    lambda = (lambda / fall).max(1e-12);
                    if gain < CONVERGED * (1.0 + cost) {
                        break 'outer;
                    }
                    break;
                }
            }
            lambda *= rise;
            if lambda > 1e12 {
                break 'outer;
            }
        }
    }
    (x, r, iterations)
}

/// The weighted fit of `view`, from the assumed constants. Deterministic.
pub fn estimate(view: View) -> Estimate {
    estimate_of(view, view.observations())
}

/// The weighted fit of `observations` (a view's, or a view's with one report in place of another: see
/// [`super::hindsight::Anchor`]), from the assumed constants. Deterministic.
pub fn estimate_of(view: View, observations: Vec<Observation>) -> Estimate {
    let problem = Problem::new(observations);
    let free = &problem.free;
    let domain: Vec<(f64, f64)> = free.iter().map(Free::coord_domain).collect();
    let start: Vec<f64> = free.iter().map(|f| f.coord_of((f.get)(&CENTRE))).collect();
    let residuals = |x: &[f64]| problem.residuals(x);
    let (x, r, iterations) = least_squares(&residuals, start, &domain);
    let (mut information, _) = normal_equations(&jacobian(&residuals, &x, &r), &r);
    for (k, row) in information.iter_mut().enumerate() {
        row[k] += 1e-10;
    }
    let covariance =
        inverse_spd(&information).expect("every free constant has a prior, so JᵀJ is invertible");

    let mut params = params_at(&CENTRE, free, &x);
    fit_ad_yield(&mut params);
    let residuals = residuals_at(&params, &problem.observations);
    let pulls = free
        .iter()
        .zip(&x)
        .map(|(f, &xi)| Pull {
            key: f.key,
            value: f.value_at(xi),
            z: f.z(xi),
        })
        .collect();
    Estimate {
        view,
        free: problem.free,
        params,
        coords: x,
        covariance,
        residuals,
        pulls,
        iterations,
    }
}

/// Each of `observations` against the model with constants `p` at the default levers: what the methods
/// chapter lists for the stored fit of the reader's view.
pub fn residuals_at(p: &Params, observations: &[Observation]) -> Vec<Residual> {
    residuals_in(p, &history(p, last_year(observations)), observations)
}

/// Each of `observations` against `years`, a projection made with constants `p` (at any levers).
pub(crate) fn residuals_in(
    p: &Params,
    years: &[YearResult],
    observations: &[Observation],
) -> Vec<Residual> {
    observations
        .iter()
        .map(|o| {
            let model = o.quantity.model_value(p, years).unwrap_or((0.0, 0.0));
            let miss = log_miss(o, model);
            Residual {
                observation: *o,
                model,
                miss,
                z: miss / o.sigma,
            }
        })
        .collect()
}

/// A view's fit as `src/model/estimated.rs` stores it, written by `cargo run --release --example fit`
/// ([`generated_source`]): what a page reads instead of fitting. A test holds it to [`estimate`].
#[derive(Debug)]
pub struct StoredFit {
    /// Each free constant's key and fitted coordinate, in [`free_constants`]' order.
    pub coords: &'static [(&'static str, f64)],
    /// The Laplace covariance's Cholesky factor: its lower triangle, row by row.
    pub root: &'static [f64],
    /// Every constant at the fit ([`Estimate::params`]).
    pub params: Params,
}

impl View {
    /// The view's fit as stored.
    pub const fn stored(self) -> &'static StoredFit {
        match self {
            View::Seen2020 => &estimated::SEEN_2020,
            View::Reported => &estimated::REPORTED,
        }
    }
}

/// The standard normal's 90th percentile: a 10–90% range is the mean ± this many standard deviations.
const Z90: f64 = 1.281_551_565_544_600_4;

impl StoredFit {
    /// Each free constant's key, fitted value and the 10–90% range of its fitted uncertainty (the
    /// Laplace covariance's marginal, in the constant's coordinate), in [`free_constants`]' order.
    pub fn spread(&self) -> Vec<(&'static str, f64, f64, f64)> {
        let root = self.root_matrix();
        free_constants()
            .iter()
            .zip(self.coordinates())
            .zip(&root)
            .map(|((f, x), row)| {
                let sd = row.iter().map(|v| v * v).sum::<f64>().sqrt();
                let (a, b) = (f.value_at(x - Z90 * sd), f.value_at(x + Z90 * sd));
                (f.key, f.value_at(x), a.min(b), a.max(b))
            })
            .collect()
    }

    /// The fitted coordinates, in [`free_constants`]' order.
    pub fn coordinates(&self) -> Vec<f64> {
        self.coords.iter().map(|&(_, x)| x).collect()
    }

    /// The Cholesky factor as a matrix (the upper triangle zero).
    pub fn root_matrix(&self) -> Matrix {
        let n = self.coords.len();
        let mut m = vec![vec![0.0; n]; n];
        let mut cells = self.root.iter();
        for (i, row) in m.iter_mut().enumerate() {
            for cell in &mut row[..=i] {
                *cell = *cells.next().expect("a triangle of n(n + 1)/2 cells");
            }
        }
        m
    }
}

/// The text of `src/model/estimated.rs`: each view's fitted coordinates and its covariance's Cholesky
/// factor, in Rust's shortest round-trip form, so the file holds exactly the values [`estimate`] gives.
pub fn generated_source() -> String {
    let mut out = String::from(
        "// @generated by `cargo run --release --example fit` from `model::estimate::generated_source`.\n\
         // Do not edit by hand: change the routine or its assumptions and run the command again.\n\
         // The test `stored_fits_are_what_the_estimate_gives` checks this file against the routine.\n\
         \n\
         //! Model 3's weighted fit of each view of history (see `model::estimate`): the fitted\n\
         //! coordinates and the Laplace covariance's Cholesky factor; and the 2020 view's constants\n\
         //! fitted to each of Douyin's 2020 reports alone (`model::hindsight`'s anchors).\n\
         \n\
         use super::estimate::StoredFit;\n\
         use super::params::Params;\n",
    );
    for view in View::ALL {
        let e = estimate(view);
        let name = match view {
            View::Seen2020 => "SEEN_2020",
            View::Reported => "REPORTED",
        };
        let coords: String = e
            .free
            .iter()
            .zip(&e.coords)
            .map(|(f, x)| format!("        ({:?}, {x:?}),\n", f.key))
            .collect();
        let root = cholesky(&e.covariance).expect("a covariance is positive definite");
        let rows: String = root
            .iter()
            .enumerate()
            .map(|(i, row)| {
                let cells: Vec<String> = row[..=i].iter().map(|v| format!("{v:?}")).collect();
                format!("        {},\n", cells.join(", "))
            })
            .collect();
        out.push_str(&format!(
            "\n/// [`super::estimate::View::{view:?}`], fitted to its {} observations.\n\
             #[rustfmt::skip]\n\
             pub(crate) const {name}: StoredFit = StoredFit {{\n\
             \x20   coords: &[\n{coords}    ],\n\
             \x20   root: &[\n{rows}    ],\n\
             \x20   params: {:?},\n\
             }};\n",
            e.residuals.len(),
            e.params
        ));
    }
    // The 2020 view fitted to one of Douyin's two 2020 reports: the hindsight fit's other anchors.
    for anchor in [Anchor::Leak, Anchor::Report] {
        let e = estimate_of(View::Seen2020, anchor.observations());
        out.push_str(&format!(
            "\n/// The 2020 view's constants with [`super::hindsight::Anchor::{anchor:?}`] ({} observations).\n\
             #[rustfmt::skip]\n\
             pub(crate) const SEEN_2020_{}: Params = {:?};\n",
            e.residuals.len(),
            anchor.key().to_uppercase(),
            e.params
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::compare::Evidence;
    use crate::model::ledger;
    use crate::model::predict::held_out;

    #[test]
    fn the_2020_view_reads_only_what_was_out_by_mid_2021_about_2019_and_2020() {
        let seen = View::Seen2020.observations();
        let all = View::Reported.observations();
        assert!(seen.len() < all.len());
        for o in &seen {
            assert!(o.last_year <= 2020, "{o:?}");
            assert!(o.evidence.published().is_none_or(|p| p <= SEEN_BY), "{o:?}");
            assert!(all.contains(o));
        }
        // Both Douyin 2020 reports are in it; Kuaishou's 2021 is not.
        let has = |v: &[Observation], f: ledger::GmvFigure| {
            v.iter().any(|o| o.evidence == Evidence::Gmv(f))
        };
        assert!(has(&seen, ledger::DOUYIN_2020) && has(&seen, ledger::DOUYIN_2020_HIGH));
        assert!(has(&seen, ledger::KUAISHOU_2019) && has(&seen, ledger::TAOBAO_2020));
        assert!(!has(&seen, ledger::TAOBAO_FY2021));
        assert!(held_out().iter().all(|o| !seen.contains(o)));
    }

    #[test]
    fn stored_fits_are_what_the_estimate_gives() {
        for view in View::ALL {
            let e = estimate(view);
            let stored = view.stored();
            let keys: Vec<&str> = stored.coords.iter().map(|&(k, _)| k).collect();
            let free: Vec<&str> = e.free.iter().map(|f| f.key).collect();
            assert_eq!(
                keys, free,
                "{view:?}: run `cargo run --release --example fit`"
            );
            for (&(key, x), fitted) in stored.coords.iter().zip(&e.coords) {
                assert_eq!(
                    x.to_bits(),
                    fitted.to_bits(),
                    "{view:?} {key}: run the example"
                );
            }
            assert_eq!(stored.params, e.params, "{view:?}");
            let root = cholesky(&e.covariance).expect("positive definite");
            let triangle: Vec<u64> = root
                .iter()
                .enumerate()
                .flat_map(|(i, row)| row[..=i].iter().map(|v| v.to_bits()))
                .collect();
            let stored_root: Vec<u64> = stored.root.iter().map(|v| v.to_bits()).collect();
            assert_eq!(stored_root, triangle, "{view:?}: run the example");
        }
    }

    #[test]
    fn every_view_has_more_evidence_than_constants_or_priors_for_the_rest() {
        let free = free_constants().len();
        assert!(View::Reported.observations().len() > free);
        // The 2020 view has fewer figures than constants: the priors hold the rest, each with a finite
        // standard deviation.
        for f in free_constants() {
            assert!(f.prior.1 > 0.0 && f.prior.1.is_finite(), "{}", f.key);
            let (lo, hi) = f.coord_domain();
            assert!(
                lo < f.prior.0 && f.prior.0 < hi,
                "{} starts inside its domain",
                f.key
            );
        }
    }

    #[test]
    fn the_fit_lowers_the_cost_from_the_assumptions_and_is_deterministic() {
        for view in View::ALL {
            let problem = Problem::new(view.observations());
            let start: Vec<f64> = problem
                .free
                .iter()
                .map(|f| f.coord_of((f.get)(&CENTRE)))
                .collect();
            let before = sum_of_squares(&problem.residuals(&start));
            let e = estimate(view);
            let after = e.data_cost() + e.prior_cost();
            assert!(after < 0.5 * before, "{view:?}: {before} → {after}");
            assert_eq!(e.coords, estimate(view).coords);
            // The constants are a stationary point: no coordinate's small step lowers the cost.
            let cost = |x: &[f64]| sum_of_squares(&problem.residuals(x));
            for k in 0..e.coords.len() {
                for h in [-1e-3, 1e-3] {
                    let mut x = e.coords.clone();
                    x[k] += h;
                    assert!(cost(&x) >= after - 1e-6, "{view:?}: {}", e.free[k].key);
                }
            }
        }
    }

    #[test]
    fn a_floor_is_never_fitted_as_an_exact_value() {
        // Taobao Live's 2020 "more than 400 bn" is met from above in both views, with no pull down to 400.
        for view in View::ALL {
            let e = estimate(view);
            let r = e
                .residuals
                .iter()
                .find(|r| r.observation.evidence == Evidence::Gmv(ledger::TAOBAO_2020))
                .expect("both views read Taobao Live's 2020");
            // Above the floor, so no miss, and not pinned to it (Model 2 fitted it as exactly 400).
            assert_eq!(r.miss, 0.0, "{view:?}");
            assert!(
                r.model.0 > 1.05 * ledger::TAOBAO_2020.low,
                "{view:?}: {:?}",
                r.model
            );
        }
    }
}
