//! How uncertain each non-lever constant is: a plausible range and a distribution for every [`Params`]
//! field that moves the GMV shares: Model 3's priors ([`crate::model::estimate`]) and the tornado
//! ([`crate::model::tornado`]). docs/model.md ("Uncertainty and sensitivity") gives the reason for each
//! width; the comment above each entry here says it in short.
//!
//! Left out, because they move no share: `attraction` of Taobao Live (the unit the other attractions are
//! measured in: scaling every attraction by one factor changes nothing), `xiaohongshu_take_rate` and
//! `xiaohongshu_ad_yield` (they only turn Xiaohongshu's GMV and attention into revenue).

use super::params::{Params, INTERNET_USERS, POPULATION};
use super::player::{Partner, DOUYIN, JD, KUAISHOU, MOGUJIE, TAOBAO, XHS};

/// The shape of a parameter's plausible range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Distribution {
    /// Every value in `[low, high]` equally likely: an assumption with no preferred value inside its range.
    Uniform,
    /// Density rising linearly from `low` to a peak at `mode` and falling to `high`: the calibrated value
    /// is the best reading, and values far from it are less likely.
    Triangular,
}

/// How a fitted parameter's range follows the fit: the ranges below are written around `CAL` (Model 2's
/// fit); for a view's fit ([`crate::model::View`]) a fitted parameter's range moves with its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FitMove {
    /// Not fitted (an assumption or a fact): the same range for every fit.
    Fixed,
    /// Fitted, positive: the range is scaled by the fit's value over the default fit's.
    Scale,
    /// Fitted, either sign: the range is shifted by the fit's value minus the default fit's.
    Shift,
}

/// One uncertain parameter: how to read and write it in [`Params`], its range and its distribution.
///
/// Invariant (checked by tests): `low <= mode <= high`, `mode` is the calibrated value, and every value in
/// `[low, high]` keeps [`Params`] within its documented domain (fractions in [0, 1], the rest positive).
#[derive(Clone, Copy, Debug)]
pub struct ParamSpec {
    /// Stable short id: the field name, with `.` and the player or partner key for one array element
    /// (`"adoption_rate"`, `"attraction.douyin"`, `"partner_intent.baidu"`).
    pub key: &'static str,
    /// Smallest plausible value.
    pub low: f64,
    /// The value the range was written around (`CAL`): the peak of a triangular distribution.
    pub mode: f64,
    /// Largest plausible value.
    pub high: f64,
    /// The shape of the range.
    pub dist: Distribution,
    /// Whether the parameter is fitted, and how its range follows the fit.
    pub fit_move: FitMove,
    /// Whether the value or its range was chosen by someone who had seen what happened after 2020 (the
    /// methods table says so): `closed_loop_lift` and `store_catch_up`, whose round values replaced
    /// Model 1's after its backtest was seen, and `spend_growth`, whose range reaches down to 2022's
    /// growth. docs/model.md lists what each changed in the backtest.
    pub hindsight: bool,
    /// Reads the parameter from `Params`.
    pub get: fn(&Params) -> f64,
    /// Writes the parameter into `Params`.
    pub set: fn(&mut Params, f64),
}

impl ParamSpec {
    /// The value at cumulative probability `u` in [0, 1] (the inverse CDF): a uniform `u` gives a draw from
    /// the distribution. A collapsed range (`low == high`) always gives `low`.
    pub fn quantile(&self, u: f64) -> f64 {
        quantile(self.dist, (self.low, self.mode, self.high), u)
    }

    /// The range (low, mode, high) around `center`'s fit: the spec's own range for a [`FitMove::Fixed`]
    /// parameter, else moved so that its mode is `center`'s value.
    pub fn bounds(&self, center: &Params) -> (f64, f64, f64) {
        let v = (self.get)(center);
        match self.fit_move {
            FitMove::Fixed => (self.low, self.mode, self.high),
            FitMove::Scale if self.mode > 0.0 => {
                let k = v / self.mode;
                (self.low * k, v, self.high * k)
            }
            FitMove::Scale => (self.low, self.mode, self.high),
            FitMove::Shift => {
                let d = v - self.mode;
                (self.low + d, v, self.high + d)
            }
        }
    }

    /// [`ParamSpec::quantile`] of the range around `center`'s fit ([`ParamSpec::bounds`]).
    pub fn quantile_around(&self, center: &Params, u: f64) -> f64 {
        self.quantile_in(self.bounds(center), u)
    }

    /// [`ParamSpec::quantile`] of the range `bounds` (low, mode, high), as [`ParamSpec::bounds`] gives it.
    pub(crate) fn quantile_in(&self, bounds: (f64, f64, f64), u: f64) -> f64 {
        quantile(self.dist, bounds, u)
    }
}

/// The inverse CDF of `dist` on (low, mode, high) at `u`.
pub(crate) fn quantile(dist: Distribution, (a, c, b): (f64, f64, f64), u: f64) -> f64 {
    let width = b - a;
    if width <= 0.0 {
        return a;
    }
    let u = u.clamp(0.0, 1.0);
    let x = match dist {
        Distribution::Uniform => a + u * width,
        Distribution::Triangular => {
            let peak = (c - a) / width;
            if u < peak {
                a + (u * width * (c - a)).sqrt()
            } else {
                b - ((1.0 - u) * width * (b - c)).sqrt()
            }
        }
    };
    // Rounding must not step outside the range.
    x.clamp(a, b)
}

/// The spec whose [`ParamSpec::key`] is `key`, if any.
pub fn param_spec(key: &str) -> Option<&'static ParamSpec> {
    PARAM_SPECS.iter().find(|spec| spec.key == key)
}

/// The centre the ranges below were written around: Model 2's fitted values (its reported fit) for the
/// constants whose range follows the fit ([`FitMove::Scale`], [`FitMove::Shift`]; [`ParamSpec::bounds`]
/// moves them to a view's fit), the assumed value for every other. Model 3's fit centres its priors on
/// the assumed values ([`crate::model::estimate`]), so they must not be its own output.
const CAL: Params = Params {
    adoption_rate: 1.0538135615859154,
    adoption_midpoint: 2020.5145619398288,
    spend_per_shopper: 32058.479133189216,
    content_lag: 0.2809553581069761,
    attraction: [
        1.0,
        6.978297374216575,
        10.31398873698326,
        0.07809226496640892,
        0.18448879300794468,
        0.10443069412074027,
    ],
    partner_attraction: [
        0.23043720960340283,
        0.23043720960340283,
        0.11488846553292863,
    ],
    xiaohongshu_ad_yield: 4169.211723813717,
    ..Params::ASSUMED
};

const WEIBO: usize = Partner::Weibo.index();
const BAIDU: usize = Partner::Baidu.index();
const XIGUA: usize = Partner::Xigua.index();

/// Relative error of an attraction fitted to a rounded press figure (Douyin's ~200 bn, Kuaishou's ~250 bn
/// in 2020): the figures are rounded to 50 bn and mix measures, so ±20%.
const PRESS_FIT_ERROR: f64 = 0.2;
/// Factor either way for an attraction fitted to an assumed order of magnitude (JD, Mogujie, Xiaohongshu,
/// the partners): no figure exists, so a factor of two.
const ORDER_OF_MAGNITUDE: f64 = 2.0;
/// Spread either way of a player's place on the article's two axes (purchase intent, KOL-drivenness): the
/// places are read off a qualitative argument, so one tick of a ten-point scale.
const AXIS_SPREAD: f64 = 0.1;
/// Spread either way of a partner's place on the two axes: pure assumptions, no article behind them.
const PARTNER_AXIS_SPREAD: f64 = 0.1;
/// The least of the 782 m online shoppers livestream shopping is assumed to reach at saturation.
const LEAST_SHOPPER_REACH: f64 = 0.9;
/// Shift either way of the adoption curve's midpoint, in years (see the entry).
const MIDPOINT_SHIFT: f64 = 0.25;
/// Spread either way of the fitted `content_lag`.
const CONTENT_LAG_SPREAD: f64 = 0.3;
/// Relative error of `spend_per_shopper`, fitted to Taobao Live's reported 250 bn in 2019.
const SPEND_FIT_ERROR: f64 = 0.1;

/// A scalar field of `Params`; `$low` and `$high` may use `CAL`.
macro_rules! scalar {
    ($field:ident, $dist:ident, $low:expr, $high:expr) => {
        scalar!($field, $dist, $low, $high, Fixed)
    };
    ($field:ident, $dist:ident, $low:expr, $high:expr, $move:ident) => {
        ParamSpec {
            key: stringify!($field),
            low: $low,
            mode: CAL.$field,
            high: $high,
            dist: Distribution::$dist,
            fit_move: FitMove::$move,
            hindsight: false,
            get: |p| p.$field,
            set: |p, v| p.$field = v,
        }
    };
}

/// `spec`, marked as chosen by someone who had seen what happened after 2020.
const fn looked_ahead(spec: ParamSpec) -> ParamSpec {
    ParamSpec {
        hindsight: true,
        ..spec
    }
}

/// One element of an array field, keyed `field.name`.
macro_rules! element {
    ($field:ident [$i:expr], $name:literal, $dist:ident, $low:expr, $high:expr) => {
        element!($field[$i], $name, $dist, $low, $high, Fixed)
    };
    ($field:ident [$i:expr], $name:literal, $dist:ident, $low:expr, $high:expr, $move:ident) => {
        ParamSpec {
            key: concat!(stringify!($field), ".", $name),
            low: $low,
            mode: CAL.$field[$i],
            high: $high,
            dist: Distribution::$dist,
            fit_move: FitMove::$move,
            hindsight: false,
            get: |p| p.$field[$i],
            set: |p, v| p.$field[$i] = v,
        }
    };
}

/// One attraction (fitted), triangular within `factor` of its calibrated value, either way.
macro_rules! attraction {
    ($field:ident [$i:expr], $name:literal, $factor:expr) => {
        element!(
            $field[$i],
            $name,
            Triangular,
            CAL.$field[$i] / $factor,
            CAL.$field[$i] * $factor,
            Scale
        )
    };
}

/// One place on the article's axes, triangular within `spread` either way, kept inside [0, 1].
macro_rules! axis {
    ($field:ident [$i:expr], $name:literal, $spread:expr) => {
        element!(
            $field[$i],
            $name,
            Triangular,
            (CAL.$field[$i] - $spread).max(0.0),
            (CAL.$field[$i] + $spread).min(1.0)
        )
    };
}

/// Every uncertain non-lever parameter that moves a GMV share, in a fixed order (the order draws are made
/// in, so changing it changes every band's draws).
pub const PARAM_SPECS: &[ParamSpec] = &[
    // --- Market size: these move shares only through Mogujie's niche cap, which binds on absolute GMV.
    // Up to every internet user, or down to 90% of the online shoppers.
    scalar!(
        adoption_ceiling,
        Triangular,
        LEAST_SHOPPER_REACH * CAL.adoption_ceiling,
        INTERNET_USERS / POPULATION
    ),
    // A quarter year either way: mid-2020 shoppers then run 241–337 m, bracketing CNNIC's 309 m of
    // Jun 2020 (not in facts.md).
    scalar!(
        adoption_midpoint,
        Triangular,
        CAL.adoption_midpoint - MIDPOINT_SHIFT,
        CAL.adoption_midpoint + MIDPOINT_SHIFT,
        Shift
    ),
    // Market growth in 2020 between 2.0× and 3.0× instead of the one estimate's 2.42×.
    scalar!(adoption_rate, Triangular, 0.85, 1.28, Scale),
    // ±10%: fitted to one reported figure.
    scalar!(
        spend_per_shopper,
        Triangular,
        (1.0 - SPEND_FIT_ERROR) * CAL.spend_per_shopper,
        (1.0 + SPEND_FIT_ERROR) * CAL.spend_per_shopper,
        Scale
    ),
    // China's online retail grew between 4.0% (2022) and 16.5% (2019) a year (NBS; not yet in
    // facts.md): any of them, held constant. Its low end is a year after 2020: hindsight.
    looked_ahead(scalar!(spend_growth, Uniform, 0.04, 0.165)),
    // Fitted to Taobao Live's 2020 growth; ±0.3 reads that growth as roughly ±10%.
    scalar!(
        content_lag,
        Triangular,
        CAL.content_lag - CONTENT_LAG_SPREAD,
        CAL.content_lag + CONTENT_LAG_SPREAD,
        Shift
    ),
    // --- Attention.
    attraction!(attraction[DOUYIN], "douyin", 1.0 + PRESS_FIT_ERROR),
    attraction!(attraction[KUAISHOU], "kuaishou", 1.0 + PRESS_FIT_ERROR),
    attraction!(attraction[JD], "jd", ORDER_OF_MAGNITUDE),
    attraction!(attraction[MOGUJIE], "mogujie", ORDER_OF_MAGNITUDE),
    attraction!(attraction[XHS], "xiaohongshu", ORDER_OF_MAGNITUDE),
    attraction!(partner_attraction[WEIBO], "weibo", ORDER_OF_MAGNITUDE),
    attraction!(partner_attraction[BAIDU], "baidu", ORDER_OF_MAGNITUDE),
    attraction!(partner_attraction[XIGUA], "xigua", ORDER_OF_MAGNITUDE),
    // --- Audiences in 2019 (assumptions; 2020 levels are reported or the index base).
    element!(audience_2019[TAOBAO], "taobao", Triangular, 750.0, 850.0),
    element!(audience_2019[DOUYIN], "douyin", Triangular, 300.0, 380.0),
    element!(
        audience_2019[KUAISHOU],
        "kuaishou",
        Triangular,
        170.0,
        240.0
    ),
    element!(audience_2019[JD], "jd", Triangular, 80.0, 100.0),
    element!(audience_2019[MOGUJIE], "mogujie", Triangular, 100.0, 125.0),
    element!(audience_2019[XHS], "xiaohongshu", Triangular, 65.0, 90.0),
    // Growth fades by a factor of 0.3 to 0.7 a year.
    scalar!(audience_growth_decay, Uniform, 0.3, 0.7),
    // --- The article's two axes.
    axis!(purchase_intent[TAOBAO], "taobao", AXIS_SPREAD),
    axis!(purchase_intent[DOUYIN], "douyin", AXIS_SPREAD),
    axis!(purchase_intent[KUAISHOU], "kuaishou", AXIS_SPREAD),
    axis!(purchase_intent[JD], "jd", AXIS_SPREAD),
    axis!(purchase_intent[MOGUJIE], "mogujie", AXIS_SPREAD),
    axis!(purchase_intent[XHS], "xiaohongshu", AXIS_SPREAD),
    axis!(kol_driven[TAOBAO], "taobao", AXIS_SPREAD),
    axis!(kol_driven[DOUYIN], "douyin", AXIS_SPREAD),
    axis!(kol_driven[KUAISHOU], "kuaishou", AXIS_SPREAD),
    axis!(kol_driven[JD], "jd", AXIS_SPREAD),
    axis!(kol_driven[MOGUJIE], "mogujie", AXIS_SPREAD),
    axis!(kol_driven[XHS], "xiaohongshu", AXIS_SPREAD),
    axis!(partner_intent[WEIBO], "weibo", PARTNER_AXIS_SPREAD),
    axis!(partner_intent[BAIDU], "baidu", PARTNER_AXIS_SPREAD),
    axis!(partner_intent[XIGUA], "xigua", PARTNER_AXIS_SPREAD),
    axis!(partner_kol_driven[WEIBO], "weibo", PARTNER_AXIS_SPREAD),
    axis!(partner_kol_driven[BAIDU], "baidu", PARTNER_AXIS_SPREAD),
    axis!(partner_kol_driven[XIGUA], "xigua", PARTNER_AXIS_SPREAD),
    // --- Trust. "The prerequisite before a purchase": most of a KOL stream's conversion, up to all of it.
    scalar!(trust_conversion_weight, Uniform, 0.6, 1.0),
    // Any erosion from half to all of a fully KOL-driven platform's trust; 1 is the most trust can lose.
    scalar!(trust_erosion, Uniform, 0.5, 1.0),
    // --- Douyin's link ban. "Most" of Douyin's sales went through Taobao links: more than half.
    scalar!(douyin_taobao_link_share, Uniform, 0.5, 0.8),
    // A round prior (a gap halves in 1 to 6.6 years) that replaced Model 1's value after Model 1's
    // backtest was seen: less flattering to Douyin, but not blind, so marked.
    looked_ahead(scalar!(store_catch_up, Triangular, 0.1, 0.5)),
    // A round prior, from no lift to twice the default, that replaced Model 1's 0.5 after its backtest
    // was seen: marked as store_catch_up is.
    looked_ahead(scalar!(closed_loop_lift, Triangular, 0.0, 0.6)),
    // Kuaishou's own shop in 2020: at least half, at most nine tenths (no figure).
    scalar!(kuaishou_own_shop_2020, Triangular, 0.5, 0.9),
    // Of the leaked sales, a tenth to a half come back through search (no figure).
    scalar!(leak_search_return, Triangular, 0.1, 0.5),
    // A weak anchor (one Singles' Day figure, flag W): Q4 days weigh 1.2–2 ordinary days.
    scalar!(q4_sales_weight, Triangular, 1.2, 2.0),
    // --- Kuaishou–JD alliance: pure assumptions, anything from no effect to twice the default.
    scalar!(jd_conversion_lift, Uniform, 0.0, 0.2),
    scalar!(jd_trust_lift, Uniform, 0.0, 0.2),
    scalar!(jd_fulfilment_share, Triangular, 0.02, 0.1),
    // --- Mogujie. The article's 50% against the filing's 46.2%, and room to drift later.
    scalar!(mogujie_livestream_share, Triangular, 0.45, 0.55),
    // The niche is an assumption: 20–50 bn a year.
    scalar!(mogujie_niche_gmv, Triangular, 20.0e9, 50.0e9),
];
