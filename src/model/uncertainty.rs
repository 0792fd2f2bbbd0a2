//! Uncertainty bands: a Monte-Carlo run over the uncertain constants ([`PARAM_SPECS`]) for the reader's
//! levers, summarised per year and platform as the 10th, 50th and 90th percentiles of the GMV share.
//!
//! Draws come from `rand_xoshiro`'s Xoshiro256++ seeded from the scenario ([`scenario_seed`]), so the same
//! scenario (the same URL) always shows the same bands. Each draw is a copy of [`Params::CALIBRATED`] with
//! every spec's field drawn independently, then one projection; nothing is allocated per draw.
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

use super::lever::Lever;
use super::params::Params;
use super::player::{Bloc, Player};
use super::ranges::{ParamSpec, PARAM_SPECS};
use super::scenario::Scenario;
use super::timeline::FIRST_YEAR;
use super::year::year_result;

/// Draws for the bands the explainer shows when the reader pauses: enough that a 10th percentile moves by
/// well under a percentage point from one seed to another.
pub const FULL_DRAWS: usize = 1_000;
/// Draws while the reader drags a slider, if [`FULL_DRAWS`] do not fit in a frame. With the same seed these
/// are the first draws of the full run, so the bands settle rather than jump when the full run lands.
pub const DRAG_DRAWS: usize = 200;

const PLAYERS: usize = Player::ALL.len();
/// Players plus blocs: the shares summarised per year, players first.
const OUTPUTS: usize = PLAYERS + Bloc::ALL.len();
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

/// The bands of scenario `s` over every [`PARAM_SPECS`] range: `draws` draws (at least one), seeded with
/// [`scenario_seed`].
pub fn bands(s: &Scenario, draws: usize) -> Bands {
    bands_with(s, PARAM_SPECS, draws, scenario_seed(s))
}

/// The bands of scenario `s`, drawing only the parameters in `specs` (the rest stay calibrated), `draws`
/// draws (at least one) from `seed`.
pub fn bands_with(s: &Scenario, specs: &[ParamSpec], draws: usize, seed: u64) -> Bands {
    let s = s.clamped();
    let years: Vec<u16> = (FIRST_YEAR..=s.end_year).collect();
    let n = draws.max(1);
    // Every share of every draw, as an order key, grouped so that one output of one year is a contiguous
    // run of `n` draws that the percentiles can partition in place:
    // `samples[(row * OUTPUTS + output) * n + draw]`.
    let mut samples = vec![0; years.len() * OUTPUTS * n];
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
    let center = Params::fitted(s.fit);
    for draw in 0..n {
        let mut p = center;
        for spec in specs {
            (spec.set)(&mut p, spec.quantile_around(&center, unit(&mut rng)));
        }
        for (row, &year) in years.iter().enumerate() {
            let r = year_result(&s, &p, year);
            let outputs = r.share.iter().chain(&r.bloc_share);
            for (k, &x) in outputs.enumerate() {
                samples[(row * OUTPUTS + k) * n + draw] = order_key(x);
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
        b.p10.push(players(&q[0]));
        b.p50.push(players(&q[1]));
        b.p90.push(players(&q[2]));
        b.bloc_p10.push(blocs(&q[0]));
        b.bloc_p50.push(blocs(&q[1]));
        b.bloc_p90.push(blocs(&q[2]));
    }
    b
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
fn unit(rng: &mut Xoshiro256PlusPlus) -> f64 {
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

/// Negative floats order backwards as integers: flip all but the sign bit of those. Its own inverse.
fn flip_negatives(bits: i64) -> i64 {
    bits ^ (((bits >> 63) as u64) >> 1) as i64
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
