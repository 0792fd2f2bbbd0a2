//! The fit: which figures of 2019–2020 the constants are solved to reproduce, and the routine that solves
//! them. Two sets of figures, chosen by the reader ([`Fit`]): the 2020 article's, and what was reported for
//! 2020 afterwards. Both are history (2019–2020); no figure of 2021 or later enters a fit.
//!
//! The solved constants are stored in `src/model/fitted.rs`, written by `cargo run --release --example fit`
//! from [`generated_source`]; a test checks that the stored values are exactly what [`fitted_values`]
//! produces, so the stored constants can never drift from the routine. The same file stores which prior
//! draws the ensemble's resampling keeps for each fit ([`crate::model::Weighting`]): weighting 4,000 draws
//! is the one costly step of the ensemble, so the page reads its outcome instead of redoing it at load.
//!
//! ```
//! use livestream_arena::model::{fit, fit_report, Fit, Params};
//!
//! assert_eq!(fit(Fit::Reported), Params::fitted(Fit::Reported));
//! for row in fit_report(Fit::Article) {
//!     assert!((row.model / row.target - 1.0).abs() < 1e-6, "{}", row.what);
//! }
//! ```

use serde::{Deserialize, Serialize};

use super::fitted;
use super::ledger::{self, GmvFigure};
use super::params::{Params, POPULATION};
use super::player::{DOUYIN, JD, KUAISHOU, MOGUJIE, TAOBAO, XHS};
use super::projection::YearResult;
use super::revenue::xiaohongshu_revenue;
use super::scenario::Scenario;
use super::uncertainty::Weighting;
use super::year::year_result;

const BN: f64 = 1e9;

/// Which 2020 figures the model is fitted to. The reader chooses; [`Fit::Reported`] is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Fit {
    /// The 2020 article's figures (citing 36Kr): Taobao Live ~500 bn, Kuaishou ~250 bn, Douyin ~200 bn.
    /// Two of them were targets, not results.
    Article,
    /// What was reported for 2020 afterwards: Kuaishou 381.2 bn (R), Taobao Live "more than 400 bn" (R, a
    /// lower bound, fitted as 400 bn), Douyin 170–180 bn (L, fitted to the midpoint, 175 bn).
    #[default]
    Reported,
}

impl Fit {
    /// Both fits, article first.
    pub const ALL: [Fit; 2] = [Fit::Article, Fit::Reported];

    /// Short stable name, for URLs.
    pub const fn key(self) -> &'static str {
        match self {
            Fit::Article => "article",
            Fit::Reported => "reported",
        }
    }

    /// The fit whose [`Fit::key`] is `key`, if any.
    pub fn from_key(key: &str) -> Option<Fit> {
        Fit::ALL.into_iter().find(|f| f.key() == key)
    }

    /// The ledger's figures this fit is solved to (the calibration figures of the ensemble's weights too),
    /// in a fixed order: Taobao Live 2019 and 2020, Kuaishou 2020, Douyin 2020.
    pub const fn figures(self) -> [GmvFigure; 4] {
        match self {
            Fit::Article => ledger::SCOREBOARD,
            // The only 2019 figure besides a weak "more than 200 bn" (W) is the article's 250 bn.
            Fit::Reported => [
                ledger::TAOBAO_2019,
                ledger::TAOBAO_2020,
                ledger::KUAISHOU_2020,
                ledger::DOUYIN_2020,
            ],
        }
    }
}

// --- Assumed figures, the same for both fits --------------------------------------------------------

/// Growth of the potential livestream market from 2019 to 2020: ~434 bn to ~1.05 tn (KPMG/AliResearch via
/// China Daily, Oct 2020) (flag R).
pub const MARKET_GROWTH_2020: f64 = 1050.0 / 434.0;
/// Livestream shoppers at the end of 2020: the 388 m users of livestream e-commerce CNNIC counted
/// (47th report; R), of whom 66.2% had bought through a livestream.
pub const LIVESTREAM_SHOPPERS_END_2020: f64 = ledger::LIVESTREAM_USERS_DEC_2020.people;
/// JD's own livestream GMV in 2020. Assumption (no figure): an order of magnitude.
pub const JD_2020: f64 = 40.0 * BN;
/// Mogujie's livestream GMV in 2019. Assumption: about half of its ~17 bn GMV (the 46.2% livestream share
/// of MOGU's 6-K (P) applied to an assumed total).
pub const MOGUJIE_2019: f64 = 8.0 * BN;
/// Xiaohongshu's livestream GMV in 2020. Assumption ("a cautious start", TechNode (R)): an order of
/// magnitude.
pub const XIAOHONGSHU_2020: f64 = 10.0 * BN;
/// Share of Taobao Live's 2020 GMV the partner network's links bring to Alibaba's marketplaces at the
/// default reach. Assumption (no figure exists).
pub const PARTNER_LINKS_SHARE_2020: f64 = 0.05;
/// Share of Xiaohongshu's 2020 revenue from ads: about 80% (TechNode, 20 Aug 2020) (flag R).
pub const XIAOHONGSHU_AD_SHARE_2020: f64 = 0.8;

/// The constants a fit solves; every other field of [`Params`] is an assumption or a fact.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fitted {
    /// See [`Params::adoption_rate`].
    pub adoption_rate: f64,
    /// See [`Params::adoption_midpoint`].
    pub adoption_midpoint: f64,
    /// See [`Params::spend_per_shopper`].
    pub spend_per_shopper: f64,
    /// See [`Params::content_lag`].
    pub content_lag: f64,
    /// See [`Params::attraction`] (Taobao Live's stays 1, the unit).
    pub attraction: [f64; 6],
    /// See [`Params::partner_attraction`].
    pub partner_attraction: [f64; 3],
    /// See [`Params::xiaohongshu_ad_yield`].
    pub xiaohongshu_ad_yield: f64,
}

impl Fitted {
    /// The fitted fields of `p`.
    pub const fn of(p: &Params) -> Fitted {
        Fitted {
            adoption_rate: p.adoption_rate,
            adoption_midpoint: p.adoption_midpoint,
            spend_per_shopper: p.spend_per_shopper,
            content_lag: p.content_lag,
            attraction: p.attraction,
            partner_attraction: p.partner_attraction,
            xiaohongshu_ad_yield: p.xiaohongshu_ad_yield,
        }
    }
}

/// Solve the fitted constants for `target` and return the whole parameter set:
/// [`Params::ASSUMED`] with the fitted fields replaced.
pub fn fit(target: Fit) -> Params {
    Params::ASSUMED.with_fitted(&fitted_values(target))
}

/// Newton iterations at most; from [`Params::ASSUMED`] the fit converges in well under twenty.
const MAX_ITERATIONS: usize = 60;
/// Step halvings at most in one Newton iteration's backtracking.
const MAX_HALVINGS: usize = 40;
/// Stop once every target is met to this relative error (log residual).
const CONVERGED: f64 = 1e-12;
/// Forward-difference step for the Jacobian, in the unknowns' (mostly logarithmic) units.
const STEP: f64 = 1e-7;
/// The unknowns: ln spend, content_lag, ln attraction of Douyin, Kuaishou, JD, Mogujie, Xiaohongshu,
/// ln scale of the partners' attractions.
const UNKNOWNS: usize = 8;

/// The unknowns of `p`, in the units the Newton steps are taken in.
fn unknowns(p: &Params) -> [f64; UNKNOWNS] {
    [
        p.spend_per_shopper.ln(),
        p.content_lag,
        p.attraction[DOUYIN].ln(),
        p.attraction[KUAISHOU].ln(),
        p.attraction[JD].ln(),
        p.attraction[MOGUJIE].ln(),
        p.attraction[XHS].ln(),
        0.0,
    ]
}

/// `base` with the unknowns `x` written in (the partners' attractions scaled by e^x₇, keeping their ratio).
fn with_unknowns(base: &Params, x: &[f64; UNKNOWNS]) -> Params {
    let mut p = *base;
    p.spend_per_shopper = x[0].exp();
    p.content_lag = x[1];
    p.attraction[DOUYIN] = x[2].exp();
    p.attraction[KUAISHOU] = x[3].exp();
    p.attraction[JD] = x[4].exp();
    p.attraction[MOGUJIE] = x[5].exp();
    p.attraction[XHS] = x[6].exp();
    let scale = x[7].exp();
    for a in &mut p.partner_attraction {
        *a *= scale;
    }
    p
}

/// ln(model / target) of every fitted figure, at the default scenario: the fit's four ledger figures,
/// each against the model's value for its measure, then the assumed orders of magnitude.
fn residuals(p: &Params, figures: &[GmvFigure; 4]) -> [f64; UNKNOWNS] {
    let s = Scenario::DEFAULT;
    let (y19, y20) = (year_result(&s, p, 2019), year_result(&s, p, 2020));
    let model = |f: &GmvFigure| calibration_value(f, &y19, &y20);
    let links: f64 = y20.partner_links_to_taobao.iter().sum();
    let miss = |model: f64, target: f64| (model / target).ln();
    let [taobao_2019, taobao_2020, kuaishou_2020, douyin_2020] = figures;
    [
        miss(model(taobao_2019), taobao_2019.point()),
        miss(
            model(taobao_2020) / model(taobao_2019),
            taobao_2020.point() / taobao_2019.point(),
        ),
        miss(model(douyin_2020), douyin_2020.point()),
        miss(model(kuaishou_2020), kuaishou_2020.point()),
        miss(y20.gmv[JD], JD_2020),
        miss(y19.gmv[MOGUJIE], MOGUJIE_2019),
        miss(y20.gmv[XHS], XIAOHONGSHU_2020),
        miss(links / y20.gmv[TAOBAO], PARTNER_LINKS_SHARE_2020),
    ]
    .map(|m| if m.is_finite() { m } else { f64::MAX })
}

/// The model's value for `f`, a figure of 2019 or 2020 (a fit's), from those two years' results.
pub(crate) fn calibration_value(f: &GmvFigure, y19: &YearResult, y20: &YearResult) -> f64 {
    f.model_value(if f.year == 2019 { y19 } else { y20 })
}

/// The largest absolute residual.
fn norm(miss: &[f64; UNKNOWNS]) -> f64 {
    miss.iter().fold(0.0, |worst, m| worst.max(m.abs()))
}

#[allow(clippy::needless_range_loop)] // row operations read clearer with indices
/// Solve `a · x = b` by Gaussian elimination with partial pivoting; `None` if `a` is singular.
fn solve(mut a: [[f64; UNKNOWNS]; UNKNOWNS], mut b: [f64; UNKNOWNS]) -> Option<[f64; UNKNOWNS]> {
    for col in 0..UNKNOWNS {
        let pivot = (col..UNKNOWNS).max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))?;
        if a[pivot][col].abs() < 1e-300 || !a[pivot][col].is_finite() {
            return None;
        }
        a.swap(col, pivot);
        b.swap(col, pivot);
        for row in col + 1..UNKNOWNS {
            let f = a[row][col] / a[col][col];
            for k in col..UNKNOWNS {
                a[row][k] -= f * a[col][k];
            }
            b[row] -= f * b[col];
        }
    }
    let mut x = [0.0; UNKNOWNS];
    for row in (0..UNKNOWNS).rev() {
        let tail: f64 = (row + 1..UNKNOWNS).map(|k| a[row][k] * x[k]).sum();
        x[row] = (b[row] - tail) / a[row][row];
    }
    x.iter().all(|v| v.is_finite()).then_some(x)
}

/// The fitting routine. Deterministic: the same code gives bit-identical constants on every run.
///
/// 1. Adoption (closed form plus bisection): `adoption_midpoint` puts 388 m livestream shoppers at the end
///    of 2020 for a given `adoption_rate`, and `adoption_rate` makes shoppers × spend grow
///    [`MARKET_GROWTH_2020`] from 2019 to 2020.
/// 2. From [`Params::ASSUMED`], a Newton solve for eight unknowns (ln `spend_per_shopper`, `content_lag`,
///    ln attraction of Douyin, Kuaishou, JD, Mogujie and Xiaohongshu, ln scale of the partners'
///    attractions) on eight log residuals, with a forward-difference Jacobian and backtracking, until
///    every target is met to 1e-12.
/// 3. `xiaohongshu_ad_yield` (closed form): ads are 80% of Xiaohongshu's 2020 revenue.
pub fn fitted_values(target: Fit) -> Fitted {
    fitted_to(&Params::ASSUMED, &target.figures())
}

/// The routine of [`fitted_values`] from other assumptions or other figures: what the fit would give
/// had a figure been read another way (Douyin's 2020 as its second report), or an assumption been set
/// otherwise (a what-if, for tests and docs/model.md). `assumed`'s fitted fields are only starting
/// guesses; the figures must be of 2019 and 2020, in [`Fit::figures`]' order.
pub fn fitted_to(assumed: &Params, figures: &[GmvFigure; 4]) -> Fitted {
    let goal = figures;
    let mut p = *assumed;
    fit_adoption(&mut p);

    let mut x = unknowns(&p);
    let mut miss = residuals(&with_unknowns(&p, &x), goal);
    for _ in 0..MAX_ITERATIONS {
        let worst = norm(&miss);
        if worst < CONVERGED {
            break;
        }
        // Jacobian by forward differences, one column per unknown.
        let mut jacobian = [[0.0; UNKNOWNS]; UNKNOWNS];
        for j in 0..UNKNOWNS {
            let mut nudged = x;
            nudged[j] += STEP;
            let moved = residuals(&with_unknowns(&p, &nudged), goal);
            for k in 0..UNKNOWNS {
                jacobian[k][j] = (moved[k] - miss[k]) / STEP;
            }
        }
        let Some(newton) = solve(jacobian, miss.map(|m| -m)) else {
            break;
        };
        // Backtrack until the worst miss shrinks.
        let mut scale = 1.0;
        let mut improved = false;
        for _ in 0..MAX_HALVINGS {
            let trial: [f64; UNKNOWNS] = std::array::from_fn(|j| x[j] + scale * newton[j]);
            let trial_miss = residuals(&with_unknowns(&p, &trial), goal);
            if norm(&trial_miss) < worst {
                x = trial;
                miss = trial_miss;
                improved = true;
                break;
            }
            scale *= 0.5;
        }
        if !improved {
            break;
        }
    }
    p = with_unknowns(&p, &x);
    fit_ad_yield(&mut p);
    Fitted::of(&p)
}

/// Solve `xiaohongshu_ad_yield` in `p` (closed form) so that ads are [`XIAOHONGSHU_AD_SHARE_2020`] of
/// Xiaohongshu's 2020 revenue at the default scenario: ads = share / (1 − share) × commerce.
pub(crate) fn fit_ad_yield(p: &mut Params) {
    let s = Scenario::DEFAULT;
    let r = xiaohongshu_revenue(&s, p, s.selling_intensity, 2020);
    let per_yield = r.ads / p.xiaohongshu_ad_yield;
    let ad_share = XIAOHONGSHU_AD_SHARE_2020;
    p.xiaohongshu_ad_yield = ad_share / (1.0 - ad_share) * r.commerce / per_yield;
}

/// Solve `adoption_rate` (bisection) and `adoption_midpoint` (closed form) in `p`.
fn fit_adoption(p: &mut Params) {
    let pool = POPULATION * p.adoption_ceiling;
    // End of 2020 is t = 2020.5 (a year's value is read at its middle).
    let gap = (pool / LIVESTREAM_SHOPPERS_END_2020 - 1.0).ln();
    let midpoint = |rate: f64| 2020.5 + gap / rate;
    let logistic = |t: f64, rate: f64| 1.0 / (1.0 + (-rate * (t - midpoint(rate))).exp());
    let growth =
        |rate: f64| (1.0 + p.spend_growth) * logistic(2020.0, rate) / logistic(2019.0, rate);
    // Growth rises with the rate over this bracket.
    let (mut lo, mut hi) = (0.05_f64, 5.0_f64);
    for _ in 0..200 {
        let mid = 0.5 * (lo + hi);
        if growth(mid) < MARKET_GROWTH_2020 {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    p.adoption_rate = 0.5 * (lo + hi);
    p.adoption_midpoint = midpoint(p.adoption_rate);
}

/// One fitted figure against the model, for the fit table of docs/model.md and the methods chapter.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FitCheck {
    /// What the figure is.
    pub what: &'static str,
    /// The target.
    pub target: f64,
    /// The model's value with the fit's stored constants and the default scenario.
    pub model: f64,
}

/// Every figure `fit` is solved to, with the model's value from the stored constants.
pub fn fit_report(fit: Fit) -> Vec<FitCheck> {
    fit_checks(fit, &Params::fitted(fit))
}

/// Every figure `fit` is solved to, with the model's value from the constants `p`: the example that
/// writes `src/model/fitted.rs` reports the constants it just solved, not the compiled-in ones.
pub fn fit_checks(fit: Fit, p: &Params) -> Vec<FitCheck> {
    let [taobao_2019, taobao_2020, kuaishou_2020, douyin_2020] = fit.figures();
    let s = Scenario::DEFAULT;
    let (y19, y20) = (year_result(&s, p, 2019), year_result(&s, p, 2020));
    let xhs = xiaohongshu_revenue(&s, p, s.selling_intensity, 2020);
    let model = |f: &GmvFigure| calibration_value(f, &y19, &y20);
    let row = |what, target, model| FitCheck {
        what,
        target,
        model,
    };
    let potential = |y: &YearResult| y.livestream_shoppers;
    vec![
        row(
            "Taobao Live 2019 (bn)",
            taobao_2019.point(),
            model(&taobao_2019),
        ),
        row(
            "Taobao Live 2020 (bn)",
            taobao_2020.point(),
            model(&taobao_2020),
        ),
        row(
            "Kuaishou 2020 (bn)",
            kuaishou_2020.point(),
            model(&kuaishou_2020),
        ),
        row("Douyin 2020 (bn)", douyin_2020.point(), model(&douyin_2020)),
        row("JD 2020, assumed (bn)", JD_2020, y20.gmv[JD]),
        row("Mogujie 2019, assumed (bn)", MOGUJIE_2019, y19.gmv[MOGUJIE]),
        row(
            "Xiaohongshu 2020, assumed (bn)",
            XIAOHONGSHU_2020,
            y20.gmv[XHS],
        ),
        row(
            "partner links / Taobao Live 2020, assumed",
            PARTNER_LINKS_SHARE_2020,
            y20.partner_links_to_taobao.iter().sum::<f64>() / y20.gmv[TAOBAO],
        ),
        row(
            "Xiaohongshu ads / revenue 2020",
            XIAOHONGSHU_AD_SHARE_2020,
            xhs.ads / xhs.total(),
        ),
        row(
            "potential market 2020 / 2019",
            MARKET_GROWTH_2020,
            (potential(&y20) * (1.0 + p.spend_growth)) / potential(&y19),
        ),
    ]
}

/// The ensemble's resampled draws of `fit` as stored in `src/model/fitted.rs` ([`Weighting::picks`]).
pub(crate) fn stored_picks(fit: Fit) -> Vec<(u16, u16)> {
    let gaps = match fit {
        Fit::Article => fitted::ARTICLE_PICKS,
        Fit::Reported => fitted::REPORTED_PICKS,
    };
    let mut picks: Vec<(u16, u16)> = Vec::new();
    let mut index = 0;
    for &gap in gaps {
        index += u16::from(gap);
        match picks.last_mut() {
            Some((last, copies)) if *last == index => *copies += 1,
            _ => picks.push((index, 1)),
        }
    }
    picks
}

/// `picks` as `src/model/fitted.rs` stores them: one byte per member, in index order, how far its draw's
/// index lies past the previous member's (0 for another copy of the same draw). A third the size of the
/// pairs in the wasm.
fn picks_as_gaps(picks: &[(u16, u16)]) -> Vec<u8> {
    let mut gaps = Vec::new();
    let mut previous = 0;
    for &(index, copies) in picks {
        let gap = u8::try_from(index - previous).expect("kept draws lie under 256 apart");
        gaps.push(gap);
        gaps.extend(std::iter::repeat_n(0, usize::from(copies) - 1));
        previous = index;
    }
    gaps
}

/// The text of `src/model/fitted.rs`: both fits' constants, and the ensemble's picks weighted around them,
/// as `cargo run --release --example fit` writes them. Floats are written with Rust's shortest round-trip
/// form, so the file holds exactly the values.
pub fn generated_source() -> String {
    let mut out = String::from(
        "// @generated by `cargo run --release --example fit` from `model::fit::generated_source`.\n\
         // Do not edit by hand: change the routine or its assumptions and run the command again.\n\
         // The test `stored_constants_are_what_the_fit_produces` checks this file against the routine.\n\
         \n\
         //! The fitted constants of both fits (see `model::fit`), and the prior draws each fit's ensemble\n\
         //! keeps (see `model::Weighting`).\n\
         \n\
         use super::fit::Fitted;\n",
    );
    for fit in Fit::ALL {
        let f = fitted_values(fit);
        let name = match fit {
            Fit::Article => "ARTICLE",
            Fit::Reported => "REPORTED",
        };
        let arr = |xs: &[f64]| {
            let items: Vec<String> = xs.iter().map(|x| format!("{x:?}")).collect();
            format!("[{}]", items.join(", "))
        };
        out.push_str(&format!(
            "\n/// Fitted to [`super::fit::Fit::{fit:?}`]'s figures.\n\
             #[rustfmt::skip]\n\
             pub(crate) const {name}: Fitted = Fitted {{\n\
             \x20   adoption_rate: {:?},\n\
             \x20   adoption_midpoint: {:?},\n\
             \x20   spend_per_shopper: {:?},\n\
             \x20   content_lag: {:?},\n\
             \x20   attraction: {},\n\
             \x20   partner_attraction: {},\n\
             \x20   xiaohongshu_ad_yield: {:?},\n\
             }};\n",
            f.adoption_rate,
            f.adoption_midpoint,
            f.spend_per_shopper,
            f.content_lag,
            arr(&f.attraction),
            arr(&f.partner_attraction),
            f.xiaohongshu_ad_yield,
        ));
        let picks = Weighting::around(fit, Params::ASSUMED.with_fitted(&f)).picks;
        let rows: Vec<String> = picks_as_gaps(&picks)
            .chunks(25)
            .map(|row| {
                let items: Vec<String> = row.iter().map(u8::to_string).collect();
                format!("    {},\n", items.join(", "))
            })
            .collect();
        out.push_str(&format!(
            "\n/// The prior draws the resampling keeps for [`super::fit::Fit::{fit:?}`]: per member, in index\n\
             /// order, how far its draw's index lies past the previous member's (0: another copy).\n\
             #[rustfmt::skip]\n\
             pub(crate) const {name}_PICKS: &[u8] = &[\n{}];\n",
            rows.concat()
        ));
    }
    out
}
