//! The page's uncertainty bands: an [`Ensemble`] of [`FULL_DRAWS`] runs of Model 3's predictive draws
//! ([`super::predict::runs`]) around the stored fit of the reader's view, each with its constants, its
//! doubt about the levers' defaults and its forecast error. Every lever change projects the same runs, so
//! scenario A and scenario B share them and their difference has a band of its own
//! ([`Ensemble::difference`]). The first [`DRAG_DRAWS`] runs are a fair subsample for dragging.
//!
//! ```
//! use livestream_arena::model::{bands, Player, Scenario};
//!
//! let b = bands(&Scenario::default(), 200);
//! let last = b.years.len() - 1;
//! let douyin = Player::Douyin.index();
//! assert!(b.p10[last][douyin] <= b.p50[last][douyin] && b.p50[last][douyin] <= b.p90[last][douyin]);
//! ```

use rand_xoshiro::rand_core::{Rng, SeedableRng};
use rand_xoshiro::{SplitMix64, Xoshiro256PlusPlus};

use std::sync::OnceLock;

use super::estimate::View;
use super::lever::Lever;
use super::params::Params;
use super::player::{Bloc, Player};
use super::predict::{BandParts, Run, RunDraws};
use super::projection::YearResult;
use super::ranges::{ParamSpec, PARAM_SPECS};
use super::scenario::Scenario;
use super::sensitivity::largest_first;
use super::timeline::{FIRST_YEAR, PROJECTION_START};
use super::year::{all_year_bases, result_from_base, year_bases, YearBase, YEARS};

/// Runs of the [`Ensemble`]: the bands the explainer shows when the reader pauses.
pub const FULL_DRAWS: usize = super::predict::PREDICTIVE_DRAWS;
/// Bins per constant for the first-order variance shares.
const VARIANCE_BINS: usize = 10;
/// A constant, by its [`ParamSpec::key`].
pub type ParamKey = &'static str;
/// Draws while the reader drags a slider, if [`FULL_DRAWS`] do not fit in a frame. With the same seed these
/// are the first draws of the full run, so the bands settle rather than jump when the full run lands.
pub const DRAG_DRAWS: usize = 200;

const PLAYERS: usize = Player::ALL.len();
const BLOCS: usize = Bloc::ALL.len();
/// Player shares, bloc shares and player GMV: the outputs summarised per year, in that order.
const OUTPUTS: usize = 2 * PLAYERS + BLOCS;
/// The percentiles of the bands, as fractions.
const QUANTILES: [f64; 3] = [0.1, 0.5, 0.9];
/// 2^-53: a u64's top 53 bits times this are a uniform f64 in [0, 1) with every value equally spaced (the
/// usual conversion, as `rand` does it).
const UNIT_SCALE: f64 = 1.0 / (1u64 << 53) as f64;
/// Bits dropped from a u64 to keep the 53 of an f64 mantissa.
const UNIT_SHIFT: u32 = 64 - 53;
/// Resolution of lever values in the seed: the URL keeps three decimals, so values that round to the same
/// URL text hash alike and float noise from a slider cannot change the seed.
const SEED_RESOLUTION: f64 = 1e3;
/// Starting value of the seed hash: any fixed number; changing it changes every scenario's bands.
const SEED_SALT: u64 = 2020;

/// Percentile bands of the GMV shares, per year (`years[k]` is the year of row `k` of every table).
///
/// Percentiles interpolate linearly between the two nearest ranks of the sorted draws (the definition
/// numpy and R use by default). Each draw's shares sum to 1; the bands' edges need not.
#[derive(Clone, Debug, PartialEq)]
pub struct Bands {
    /// The projected years, from [`FIRST_YEAR`] to the scenario's horizon.
    pub years: Vec<u16>,
    /// 10th percentile of each player's share (per [`crate::model::Player::index`]).
    pub p10: Vec<[f64; 6]>,
    /// Median of each player's share.
    pub p50: Vec<[f64; 6]>,
    /// 90th percentile of each player's share.
    pub p90: Vec<[f64; 6]>,
    /// 10th percentile of each bloc's share (per [`crate::model::Bloc::index`]).
    pub bloc_p10: Vec<[f64; 4]>,
    /// Median of each bloc's share.
    pub bloc_p50: Vec<[f64; 4]>,
    /// 90th percentile of each bloc's share.
    pub bloc_p90: Vec<[f64; 4]>,
    /// 10th percentile of each player's GMV (RMB).
    pub gmv_p10: Vec<[f64; 6]>,
    /// Median of each player's GMV.
    pub gmv_p50: Vec<[f64; 6]>,
    /// 90th percentile of each player's GMV.
    pub gmv_p90: Vec<[f64; 6]>,
    /// Number of draws summarised.
    pub draws: usize,
}

impl Bands {
    /// Row of `year` in every table, if it lies in the bands.
    pub fn row(&self, year: u16) -> Option<usize> {
        let i = usize::from(year.checked_sub(FIRST_YEAR)?);
        (i < self.years.len()).then_some(i)
    }
}

/// The bands of scenario `s` from the first `draws` runs (at least one, at most [`FULL_DRAWS`]) of the
/// shared ensemble of its view ([`Ensemble::shared`]).
pub fn bands(s: &Scenario, draws: usize) -> Bands {
    Ensemble::shared(s.view).bands(s, draws)
}

/// Unconditioned bands: `draws` draws (at least one) from `seed` of only the parameters in `specs` (the
/// rest at the view's fitted constants), each weighted alike. For tests and for showing what the ranges alone
/// say.
pub fn bands_with(s: &Scenario, specs: &[ParamSpec], draws: usize, seed: u64) -> Bands {
    let s = s.clamped();
    let center = Params::fitted(s.view);
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
    summarize(&s, draws.max(1), |_, rows| {
        let mut p = center;
        for spec in specs {
            (spec.set)(&mut p, spec.quantile_around(&center, unit(&mut rng)));
        }
        for (row, base) in rows.iter_mut().zip(year_bases(&p, s.end_year)) {
            *row = outputs(&result_from_base(&s, &p, &base));
        }
    })
}

/// One year's outputs: player shares, bloc shares, player GMV.
type Outputs = [f64; OUTPUTS];

/// The outputs of one year, in [`OUTPUTS`] order.
#[inline(always)] // The release profile optimises for size; inlined, only these fields are computed.
fn outputs(r: &YearResult) -> Outputs {
    let mut o = [0.0; OUTPUTS];
    o[..PLAYERS].copy_from_slice(&r.share);
    o[PLAYERS..PLAYERS + BLOCS].copy_from_slice(&r.bloc_share);
    o[PLAYERS + BLOCS..].copy_from_slice(&r.gmv);
    o
}

/// Percentile bands of `n` draws of scenario `s` (sanitized), `draw(k, rows)` writing draw k's outputs for
/// each year from [`FIRST_YEAR`] to the horizon into `rows`.
fn summarize(s: &Scenario, n: usize, mut draw: impl FnMut(usize, &mut [Outputs])) -> Bands {
    let years: Vec<u16> = (FIRST_YEAR..=s.end_year).collect();
    // Every output of every draw, as an order key, grouped so that one output of one year is a contiguous
    // run of `n` draws that the percentiles can partition in place:
    // `samples[(row * OUTPUTS + output) * n + draw]`.
    let mut samples = vec![0; years.len() * OUTPUTS * n];
    let mut rows = [[0.0; OUTPUTS]; YEARS];
    let rows = &mut rows[..years.len()];
    for k in 0..n {
        draw(k, rows);
        for (row, outs) in rows.iter().enumerate() {
            for (out, &x) in outs.iter().enumerate() {
                samples[(row * OUTPUTS + out) * n + k] = order_key(x);
            }
        }
    }

    let rows = years.len();
    let mut b = Bands {
        years,
        p10: Vec::with_capacity(rows),
        p50: Vec::with_capacity(rows),
        p90: Vec::with_capacity(rows),
        bloc_p10: Vec::with_capacity(rows),
        bloc_p50: Vec::with_capacity(rows),
        bloc_p90: Vec::with_capacity(rows),
        gmv_p10: Vec::with_capacity(rows),
        gmv_p50: Vec::with_capacity(rows),
        gmv_p90: Vec::with_capacity(rows),
        draws: n,
    };
    for row in samples.chunks_exact_mut(OUTPUTS * n) {
        let mut q = [[0.0; OUTPUTS]; 3];
        for (k, one_output) in row.chunks_exact_mut(n).enumerate() {
            let [lo, mid, hi] = percentiles(one_output);
            (q[0][k], q[1][k], q[2][k]) = (lo, mid, hi);
        }
        let players = |q: &[f64; OUTPUTS]| -> [f64; 6] { std::array::from_fn(|i| q[i]) };
        let blocs = |q: &[f64; OUTPUTS]| -> [f64; 4] { std::array::from_fn(|i| q[PLAYERS + i]) };
        let gmv =
            |q: &[f64; OUTPUTS]| -> [f64; 6] { std::array::from_fn(|i| q[PLAYERS + BLOCS + i]) };
        b.p10.push(players(&q[0]));
        b.p50.push(players(&q[1]));
        b.p90.push(players(&q[2]));
        b.bloc_p10.push(blocs(&q[0]));
        b.bloc_p50.push(blocs(&q[1]));
        b.bloc_p90.push(blocs(&q[2]));
        b.gmv_p10.push(gmv(&q[0]));
        b.gmv_p50.push(gmv(&q[1]));
        b.gmv_p90.push(gmv(&q[2]));
    }
    b
}

/// Runs an [`Ensemble`] builds at a time: what the quick bands read ([`DRAG_DRAWS`]), so a page builds
/// one step before its first bands and the others while it is idle ([`Ensemble::build_step`]), and no
/// task builds more than this.
pub const ENSEMBLE_STEP: usize = DRAG_DRAWS;
/// Steps of a whole ensemble.
const STEPS: usize = FULL_DRAWS.div_ceil(ENSEMBLE_STEP);

/// [`ENSEMBLE_STEP`] consecutive runs of an ensemble with the lever-free part of every projectable year
/// (see `super::year`) of each: every band reuses them, so a lever change only applies the levers.
#[derive(Debug)]
struct Step {
    members: Vec<Run>,
    bases: Vec<[YearBase; YEARS]>,
    /// The draws where this step left them: the next step's go on from here.
    rest: RunDraws,
}

/// A fixed ensemble of runs around one view's stored fit (see the module docs), built a step of
/// [`ENSEMBLE_STEP`] runs at a time, in order, when first read: the runs are always the first
/// [`FULL_DRAWS`] of [`RunDraws`], however they were built.
#[derive(Debug)]
pub struct Ensemble {
    /// The view whose fit the runs are drawn around.
    pub view: View,
    steps: [OnceLock<Step>; STEPS],
}

/// Where [`Ensemble::shared`] keeps each view's ensemble.
fn shared_slot(view: View) -> &'static OnceLock<Ensemble> {
    static SHARED: [OnceLock<Ensemble>; 2] = [OnceLock::new(), OnceLock::new()];
    match view {
        View::Seen2020 => &SHARED[0],
        View::Reported => &SHARED[1],
    }
}

impl Ensemble {
    /// The ensemble of `view`, no run built yet: [`FULL_DRAWS`] predictive runs
    /// ([`BandParts::PREDICTIVE`]), deterministic.
    pub fn new(view: View) -> Ensemble {
        Ensemble {
            view,
            steps: std::array::from_fn(|_| OnceLock::new()),
        }
    }

    /// The ensemble of `view` with every run built.
    pub fn build(view: View) -> Ensemble {
        let e = Ensemble::new(view);
        e.build_to(FULL_DRAWS);
        e
    }

    /// The ensemble of `view`, kept for the session and built as far as it has been read.
    pub fn shared(view: View) -> &'static Ensemble {
        shared_slot(view).get_or_init(|| Ensemble::new(view))
    }

    /// Step `i`, built (after the steps before it) if it is not yet.
    fn step(&self, i: usize) -> &Step {
        self.steps[i].get_or_init(|| {
            let mut rest = match i {
                0 => RunDraws::new(self.view, BandParts::PREDICTIVE),
                _ => self.step(i - 1).rest.clone(),
            };
            let members: Vec<Run> = rest.by_ref().take(ENSEMBLE_STEP).collect();
            Step {
                bases: members.iter().map(|r| all_year_bases(&r.params)).collect(),
                members,
                rest,
            }
        })
    }

    /// How many runs are built.
    pub fn built(&self) -> usize {
        self.steps.iter().take_while(|s| s.get().is_some()).count() * ENSEMBLE_STEP
    }

    /// Builds the runs the first `draws` bands read ([`Ensemble::bands`]).
    pub fn build_to(&self, draws: usize) {
        self.step(Self::count(draws).div_ceil(ENSEMBLE_STEP) - 1);
    }

    /// Builds the next step, if any is left; whether any is left after it.
    pub fn build_step(&self) -> bool {
        let next = self.built() / ENSEMBLE_STEP;
        if next < STEPS {
            self.step(next);
        }
        next + 1 < STEPS
    }

    /// `draws` held to at least one run and at most all.
    fn count(draws: usize) -> usize {
        draws.clamp(1, FULL_DRAWS)
    }

    /// The first `draws` runs (at least one, at most all) with their year bases, built as needed.
    fn first(&self, draws: usize) -> impl Iterator<Item = (&Run, &[YearBase; YEARS])> {
        (0..STEPS)
            .flat_map(move |i| {
                let step = self.step(i);
                step.members.iter().zip(&step.bases)
            })
            .take(Self::count(draws))
    }

    /// The first `draws` runs (at least one, at most all), built as needed.
    pub fn members(&self, draws: usize) -> impl Iterator<Item = &Run> {
        self.first(draws).map(|(run, _)| run)
    }

    /// `run`'s year `base` for scenario `s`, with the run's levers and forecast error.
    fn year(run: &Run, s: &Scenario, base: &YearBase) -> YearResult {
        run.with_error(result_from_base(&run.scenario(s), &run.params, base))
    }

    /// The bands of scenario `s` over the first `draws` runs ([`FULL_DRAWS`] for all, [`DRAG_DRAWS`]
    /// while dragging). The scenario's own `view` is ignored: the runs are this ensemble's.
    pub fn bands(&self, s: &Scenario, draws: usize) -> Bands {
        let s = s.clamped();
        let mut runs = self.first(draws);
        summarize(&s, Self::count(draws), |_, rows| {
            let (run, bases) = runs.next().expect("one run per draw");
            for (row, base) in rows.iter_mut().zip(bases) {
                *row = outputs(&Self::year(run, &s, base));
            }
        })
    }

    /// The bands of the difference `a − b`, run by run over the first `draws` runs: every field of the
    /// result (shares, bloc shares, GMV) is a percentile of the runs' differences. The years are `a`'s;
    /// `b` is projected to them whatever its horizon.
    pub fn difference(&self, a: &Scenario, b: &Scenario, draws: usize) -> Bands {
        let (a, b) = (a.clamped(), b.clamped());
        let mut runs = self.first(draws);
        summarize(&a, Self::count(draws), |_, rows| {
            let (run, bases) = runs.next().expect("one run per draw");
            for (row, base) in rows.iter_mut().zip(bases) {
                let x = outputs(&Self::year(run, &a, base));
                // History is the same in every scenario, so b's is a's.
                let y = if base.year < PROJECTION_START {
                    x
                } else {
                    outputs(&Self::year(run, &b, base))
                };
                for (d, (x, y)) in row.iter_mut().zip(x.iter().zip(&y)) {
                    *d = x - y;
                }
            }
        })
    }
}

/// "What we don't know": each uncertain constant's first-order share of the variance of `player`'s share
/// in `year` for scenario `s`, over the ensemble's runs (no extra runs beyond one year per run), sorted
/// largest first. What the constants leave is the levers' doubt and the forecast error.
///
/// Estimator: the runs are ranked by the constant and cut into ten equal-count bins; the share is the
/// variance of the bin means over the total variance, less what ten bins of pure noise would show
/// ((bins − 1) / (runs − 1)), rescaled and floored at 0. Each share lies in [0, 1]. The fit's covariance
/// makes the constants dependent (a run that raises Douyin's attraction must lower something else to keep
/// Douyin at its reported figures), so a constant's share can include part of another's.
pub fn variance_shares(
    ensemble: &Ensemble,
    s: &Scenario,
    player: Player,
    year: u16,
) -> Vec<(ParamKey, f64)> {
    let s = s.clamped();
    let members: Vec<(&Run, &[YearBase; YEARS])> = ensemble.first(FULL_DRAWS).collect();
    let n = members.len();
    // The year's row in the members' bases (the year clamped into the projectable years, as a projection
    // would).
    let row = usize::from(year.clamp(FIRST_YEAR, Scenario::MAX_END_YEAR) - FIRST_YEAR);
    let ys: Vec<f64> = members
        .iter()
        .map(|(run, bases)| Ensemble::year(run, &s, &bases[row]).share[player.index()])
        .collect();
    let mean = sum(ys.iter().copied()) / n as f64;
    let total = sum(ys.iter().map(|y| (y - mean).powi(2)));
    let noise = (VARIANCE_BINS - 1) as f64 / (n as f64 - 1.0).max(VARIANCE_BINS as f64);
    let (mut keys, mut order, mut scratch) = (vec![0; n], Vec::new(), Vec::new());
    let mut out: Vec<(ParamKey, f64)> = PARAM_SPECS
        .iter()
        .map(|spec| {
            if total.is_nan() || total <= 0.0 || n < VARIANCE_BINS {
                return (spec.key, 0.0);
            }
            // The runs ranked by the constant, ties in run order.
            for (key, (run, _)) in keys.iter_mut().zip(&members) {
                *key = unsigned_order_key((spec.get)(&run.params));
            }
            stable_order(&keys, &mut order, &mut scratch);
            let between = sum((0..VARIANCE_BINS).map(|b| {
                let bin = &order[b * n / VARIANCE_BINS..(b + 1) * n / VARIANCE_BINS];
                let m = sum(bin.iter().map(|&i| ys[i])) / bin.len() as f64;
                bin.len() as f64 * (m - mean).powi(2)
            }));
            let raw = between / total;
            (spec.key, ((raw - noise) / (1.0 - noise)).clamp(0.0, 1.0))
        })
        .collect();
    largest_first(&mut out, |(_, share)| *share);
    out
}

/// The seed of scenario `s`'s bands: a stable hash (SplitMix64 steps, the same on every platform and run)
/// of its sanitized levers, each at the URL's precision. The horizon is left out, so moving it extends the
/// bands without reshuffling the years already shown.
pub fn scenario_seed(s: &Scenario) -> u64 {
    let s = s.clamped();
    Lever::ALL
        .into_iter()
        .filter(|&lever| lever != Lever::EndYear)
        .fold(SEED_SALT, |hash, lever| {
            // Levers are in [0, 1] after clamping, so the rounded value fits an i64 exactly; the cast
            // through i64 also maps -0.0 and 0.0 alike.
            let q = (lever.get(&s) * SEED_RESOLUTION).round() as i64;
            SplitMix64::seed_from_u64(hash ^ q as u64).next_u64()
        })
}

/// A uniform draw in [0, 1).
pub(crate) fn unit(rng: &mut Xoshiro256PlusPlus) -> f64 {
    (rng.next_u64() >> UNIT_SHIFT) as f64 * UNIT_SCALE
}

/// An integer that orders like `x` (IEEE 754's total order, as [`f64::total_cmp`]): selecting on plain
/// integers is several times faster than through a float comparator in the size-optimised release build.
fn order_key(x: f64) -> i64 {
    flip_negatives(x.to_bits() as i64)
}

/// The value whose [`order_key`] is `key`.
fn from_order_key(key: i64) -> f64 {
    f64::from_bits(flip_negatives(key) as u64)
}

/// An unsigned integer that orders like `x`, as [`order_key`] does among signed ones.
fn unsigned_order_key(x: f64) -> u64 {
    order_key(x) as u64 ^ (1 << 63)
}

/// The sum of `xs` in order, as `Iterator::sum` adds them (from −0.0), in a plain loop: the size-optimised
/// release build calls `sum`'s closure for every element instead of inlining it.
#[inline(always)]
fn sum(xs: impl Iterator<Item = f64>) -> f64 {
    let mut total = -0.0;
    for x in xs {
        total += x;
    }
    total
}

/// The indices of `keys` in ascending order of key, equal keys in index order (what a stable sort of
/// `0..keys.len()` by key gives), into `order`; `scratch` is working space. A least-significant-digit radix
/// sort on bytes, skipping the bytes every key shares: several times faster than a comparison sort in the
/// size-optimised release build.
fn stable_order(keys: &[u64], order: &mut Vec<usize>, scratch: &mut Vec<usize>) {
    let n = keys.len();
    order.clear();
    order.extend(0..n);
    scratch.clear();
    scratch.resize(n, 0);
    for shift in (0..u64::BITS).step_by(8) {
        let digit = |key: u64| ((key >> shift) & 0xff) as usize;
        let mut starts = [0usize; 256];
        for &key in keys {
            starts[digit(key)] += 1;
        }
        if starts.contains(&n) {
            // Every key has this byte: the pass would not move anything.
            continue;
        }
        let mut start = 0;
        for slot in &mut starts {
            (*slot, start) = (start, start + *slot);
        }
        for &i in order.iter() {
            let d = digit(keys[i]);
            scratch[starts[d]] = i;
            starts[d] += 1;
        }
        std::mem::swap(order, scratch);
    }
}

/// Negative floats order backwards as integers: flip all but the sign bit of those. Its own inverse.
fn flip_negatives(bits: i64) -> i64 {
    bits ^ (((bits >> 63) as u64) >> 1) as i64
}

/// The [`QUANTILES`] (p10, p50, p90) of `values` (not empty).
pub(crate) fn percentiles_of(values: &[f64]) -> [f64; 3] {
    let mut keys: Vec<i64> = values.iter().map(|&x| order_key(x)).collect();
    percentiles(&mut keys)
}

/// The [`QUANTILES`] of the values keyed in `keys` (not empty), by linear interpolation between the
/// nearest ranks. Reorders `keys`.
///
/// Selection instead of a full sort: each quantile partitions only what lies above the previous one.
fn percentiles(keys: &mut [i64]) -> [f64; 3] {
    let n = keys.len();
    let mut out = [0.0; 3];
    // Everything before `done` is already known to be no larger than what follows.
    let mut done = 0;
    for (slot, q) in out.iter_mut().zip(QUANTILES) {
        let h = q * (n - 1) as f64;
        // `h` lies in [0, n - 1], so the floor is a valid rank.
        let k = h.floor() as usize;
        let (_, &mut at_k, above) = keys[done..].select_nth_unstable(k - done);
        let next = above.iter().copied().min().unwrap_or(at_k);
        let (at_k, next) = (from_order_key(at_k), from_order_key(next));
        // Clamped so that rounding cannot push a percentile past the next rank (keeps p10 <= p50 <= p90).
        *slot = (at_k + (h - k as f64) * (next - at_k)).clamp(at_k, next);
        done = k;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_keys_order_like_total_cmp_and_round_trip() {
        let xs = [
            f64::NEG_INFINITY,
            -1.5,
            -f64::MIN_POSITIVE,
            -0.0,
            0.0,
            f64::MIN_POSITIVE,
            0.25,
            1.0,
            f64::MAX,
            f64::INFINITY,
        ];
        for a in xs {
            assert_eq!(from_order_key(order_key(a)).to_bits(), a.to_bits());
            for b in xs {
                assert_eq!(order_key(a).cmp(&order_key(b)), a.total_cmp(&b), "{a} {b}");
            }
        }
    }

    #[test]
    fn stable_order_is_a_stable_sort_by_total_order() {
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(7);
        let pool = [
            f64::NEG_INFINITY,
            -3.5,
            -1e-300,
            -0.0,
            0.0,
            1e-300,
            0.25,
            0.2500000000000001,
            7.0,
            f64::INFINITY,
        ];
        let (mut order, mut scratch) = (Vec::new(), Vec::new());
        for n in [0, 1, 2, 10, 257, 1000] {
            let xs: Vec<f64> = (0..n)
                .map(|k| {
                    let r = rng.next_u64();
                    if k % 3 == 0 {
                        unit(&mut rng) * 2.0 - 1.0
                    } else {
                        pool[(r % pool.len() as u64) as usize]
                    }
                })
                .collect();
            let keys: Vec<u64> = xs.iter().map(|&x| unsigned_order_key(x)).collect();
            stable_order(&keys, &mut order, &mut scratch);
            let mut want: Vec<usize> = (0..n).collect();
            want.sort_by(|&i, &j| xs[i].total_cmp(&xs[j]).then(i.cmp(&j)));
            assert_eq!(order, want, "{n} keys");
        }
    }

    #[test]
    fn percentiles_interpolate_between_ranks() {
        // Sorted: 0, 1, …, 10; rank h = q · 10, so the 10th, 50th and 90th percentiles are 1, 5 and 9.
        let mut keys: Vec<i64> = [7, 3, 10, 0, 5, 1, 9, 2, 8, 4, 6]
            .map(|x| order_key(f64::from(x)))
            .to_vec();
        assert_eq!(percentiles(&mut keys), [1.0, 5.0, 9.0]);
        // Two values: ranks 0.1, 0.5 and 0.9 of the way from one to the other.
        let mut two = [order_key(2.0), order_key(1.0)];
        let [lo, mid, hi] = percentiles(&mut two);
        assert!((lo - 1.1).abs() < 1e-12 && mid == 1.5 && (hi - 1.9).abs() < 1e-12);
        assert_eq!(percentiles(&mut [order_key(0.3)]), [0.3; 3]);
    }
}
