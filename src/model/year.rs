//! The equations of one year: from a sanitized [`Scenario`] and [`Params`] to GMV, shares and attention.
//! docs/model.md states each of them in plain notation.
//!
//! A year is computed in two steps. [`YearBase`] holds everything no lever moves (the adoption curve, the
//! audiences, the attention pool): it depends only on the `Params` and the year, so it is computed once and
//! shared by every scenario. [`year_from_base`] then applies the levers, which costs no transcendental
//! function. The split changes no arithmetic: every quantity is computed by the same operations, in the same
//! order, as in one pass.

use std::sync::OnceLock;

use super::estimate::View;
use super::params::{Params, INTERNET_USERS, POPULATION};
use super::player::{DOUYIN, JD, KUAISHOU, MOGUJIE, TAOBAO, XHS};
use super::projection::YearResult;
use super::scenario::Scenario;
use super::timeline::{
    share_of_sales_from, FIRST_YEAR, KUAISHOU_JD_START, LINK_BAN_START, PARTNER_NETWORK_START_YEAR,
    PROJECTION_START,
};

/// Number of projectable years, [`FIRST_YEAR`] to [`Scenario::MAX_END_YEAR`].
pub(crate) const YEARS: usize = (Scenario::MAX_END_YEAR - FIRST_YEAR + 1) as usize;

/// The part of one year that no lever moves, given the [`Params`]: see the module docs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct YearBase {
    /// Calendar year (already clamped into the projectable years).
    pub(crate) year: u16,
    /// People who shop through livestreams (the adoption curve).
    shoppers: f64,
    /// shoppers × spend: the sales of the whole attention pool at a conversion of 1.
    market: f64,
    /// The share of its 2020 gap an own store has closed: 1 − (1 − `store_catch_up`)^(years after 2020).
    closed_gap: f64,
    /// Share of Kuaishou's sales checked out in its own shop.
    kuaishou_own_shop: f64,
    /// The closed-loop factor Kuaishou's own-shop share earns.
    kuaishou_loop: f64,
    /// Share of the year's sales after the link ban's start (when the ban is on).
    ban_on: f64,
    /// Share of the year's sales after the Kuaishou–JD alliance's start (when the alliance is on).
    alliance_on: f64,
    /// Each player's audience.
    audience: [f64; 6],
    /// Each player's share of the attention pool.
    attention: [f64; 6],
    /// Each partner's share of the attention pool.
    partner_attention: [f64; 3],
}

/// Sum of the fading audience growth over `k` years after 2020: d + d² + … + d^k.
#[inline(always)] // The release profile optimises for size; forced inlining keeps the per-year loop fast.
fn fade(p: &Params, year: u16) -> f64 {
    let k = i32::from(year - LINK_BAN_START.year);
    let d = p.audience_growth_decay;
    if (1.0 - d).abs() > 1e-9 {
        d * (1.0 - d.powi(k)) / (1.0 - d)
    } else {
        f64::from(k)
    }
}

/// Each player's 2020 log growth of audience, ln(2020 / 2019).
fn audience_growth(p: &Params) -> [f64; 6] {
    let mut growth = [0.0; 6];
    for (g, (a20, a19)) in growth
        .iter_mut()
        .zip(p.audience_2020.iter().zip(&p.audience_2019))
    {
        *g = (a20 / a19).ln();
    }
    growth
}

/// Player `i`'s audience in `year`, in the units of [`Params::audience_2020`]: the 2019 and 2020 levels,
/// then 2020's log growth (`growth`, from [`audience_growth`]) fading by `audience_growth_decay` a year
/// (`fade`, from [`fade`]), capped at China's internet users.
#[inline(always)]
fn audience(p: &Params, growth: &[f64; 6], fade: f64, i: usize, year: u16) -> f64 {
    let (a19, a20) = (p.audience_2019[i], p.audience_2020[i]);
    if year <= FIRST_YEAR {
        return a19;
    }
    if year <= LINK_BAN_START.year {
        return a20;
    }
    let grown = a20 * (growth[i] * fade).exp();
    grown.min((INTERNET_USERS / 1e6).max(a20))
}

/// The lever-free part of `year` (clamped into the projectable years) under `p`.
pub(crate) fn year_base(p: &Params, year: u16) -> YearBase {
    let year = year.clamp(FIRST_YEAR, Scenario::MAX_END_YEAR);
    let growth = if year > LINK_BAN_START.year {
        audience_growth(p)
    } else {
        [0.0; 6]
    };
    year_base_with(p, &growth, year)
}

/// [`year_base`] of every year from [`FIRST_YEAR`] to `last` (clamped into the projectable years), in
/// order; the audience growth is computed once for them all.
pub(crate) fn year_bases(p: &Params, last: u16) -> impl Iterator<Item = YearBase> + '_ {
    let last = last.clamp(FIRST_YEAR, Scenario::MAX_END_YEAR);
    let growth = audience_growth(p);
    (FIRST_YEAR..=last).map(move |year| year_base_with(p, &growth, year))
}

/// [`year_base`] of every projectable year, in order.
pub(crate) fn all_year_bases(p: &Params) -> [YearBase; YEARS] {
    let mut bases = year_bases(p, Scenario::MAX_END_YEAR);
    std::array::from_fn(|_| bases.next().expect("one base per projectable year"))
}

/// [`all_year_bases`] of a view's fitted constants ([`Params::fitted`]), computed on first use and kept
/// for the session: the explainer's own projections all use one of these two.
pub(crate) fn fitted_year_bases(view: View) -> &'static [YearBase; YEARS] {
    static FITTED: [OnceLock<[YearBase; YEARS]>; 2] = [OnceLock::new(), OnceLock::new()];
    let slot = match view {
        View::Seen2020 => &FITTED[0],
        View::Reported => &FITTED[1],
    };
    slot.get_or_init(|| all_year_bases(&Params::fitted(view)))
}

/// [`year_base`] with the audience growth already computed; `year` is projectable.
#[inline(always)]
fn year_base_with(p: &Params, growth: &[f64; 6], year: u16) -> YearBase {
    let t = f64::from(year);

    // Adoption: a logistic share of the attention pool shops through livestreams.
    let decay = (-p.adoption_rate * (t - p.adoption_midpoint)).exp();
    let ln_adoption = -decay.ln_1p();
    let shoppers = POPULATION * p.adoption_ceiling / (1.0 + decay);
    let spend = p.spend_per_shopper * (1.0 + p.spend_growth).powi(i32::from(year - FIRST_YEAR));

    // Own stores close `store_catch_up` of their 2020 gap each year.
    let years_after = i32::from(year.saturating_sub(LINK_BAN_START.year));
    let closed_gap = 1.0 - (1.0 - p.store_catch_up).powi(years_after);
    let kuaishou_own_shop =
        p.kuaishou_own_shop_2020 + (1.0 - p.kuaishou_own_shop_2020) * closed_gap;
    let fade = if year > LINK_BAN_START.year {
        fade(p, year)
    } else {
        0.0
    };

    // A platform's shoppable attention: adoption^(lag × (1 − intent)), times its attractiveness.
    // (Plain loops: see `year_from_base`.)
    let shoppable = |intent: f64| (p.content_lag * (1.0 - intent) * ln_adoption).exp();
    let mut audiences = [0.0; 6];
    let mut pool = [0.0; 9];
    for i in 0..6 {
        audiences[i] = audience(p, growth, fade, i, year);
        let reach = audiences[i] / p.audience_2020[i];
        pool[i] = p.attraction[i] * reach * shoppable(p.purchase_intent[i]);
    }
    for j in 0..3 {
        pool[6 + j] = p.partner_attraction[j] * shoppable(p.partner_intent[j]);
    }
    // Attention: multinomial-logit (attraction) shares of one fixed pool.
    let pool = normalized(pool);
    let [a0, a1, a2, a3, a4, a5, w, b, x] = pool;
    let (attention, partner_attention) = ([a0, a1, a2, a3, a4, a5], [w, b, x]);
    let market = shoppers * spend;

    YearBase {
        year,
        shoppers,
        market,
        closed_gap,
        kuaishou_own_shop,
        kuaishou_loop: loop_factor(p, kuaishou_own_shop),
        ban_on: share_of_sales_from(LINK_BAN_START, year, p.q4_sales_weight),
        alliance_on: share_of_sales_from(KUAISHOU_JD_START, year, p.q4_sales_weight),
        audience: audiences,
        attention,
        partner_attention,
    }
}

/// The closed-loop factor of a platform whose own store checks out `own` of its sales (1 for a
/// marketplace, which owns every checkout).
#[inline(always)]
fn loop_factor(p: &Params, own: f64) -> f64 {
    (1.0 + p.closed_loop_lift * own) / (1.0 + p.closed_loop_lift)
}

/// Trust and conversion of one stream platform in one year.
struct Platform {
    /// Trust after the alliance lift and selling erosion.
    trust: f64,
    /// Sales per unit of attention per RMB of spend.
    conversion: f64,
}

/// Trust and conversion of a platform of purchase intent `intent` and KOL-drivenness `kol`, from its base
/// trust and the scenario's selling intensity.
#[inline(always)]
fn platform(p: &Params, selling: f64, intent: f64, kol: f64, base_trust: f64) -> Platform {
    let trust = base_trust * (1.0 - p.trust_erosion * kol * selling * selling);
    // Brand-driven streams always sell; KOL-driven ones sell the scenario's share of the time.
    let selling_share = (1.0 - kol) + kol * selling;
    let trust_factor = 1.0 - p.trust_conversion_weight * kol * (1.0 - trust);
    Platform {
        trust,
        conversion: intent * selling_share * trust_factor,
    }
}

/// Compute one year of a (sanitized) scenario. Years before [`PROJECTION_START`] are history: they are
/// computed with [`Scenario::DEFAULT`]'s levers whatever `s` holds, so no lever rewrites the past.
pub(crate) fn year_result(s: &Scenario, p: &Params, year: u16) -> YearResult {
    result_from_base(s, p, &year_base(p, year))
}

/// [`year_result`] from the year's [`YearBase`] under the same `p`.
#[inline(always)]
pub(crate) fn result_from_base(s: &Scenario, p: &Params, b: &YearBase) -> YearResult {
    if b.year < PROJECTION_START {
        year_from_base(&Scenario::DEFAULT, p, b)
    } else {
        year_from_base(s, p, b)
    }
}

/// Compute one year with `s`'s levers acting in that year, history or not (the what-if curves, such as
/// Xiaohongshu's revenue against selling intensity, ask this of a single year).
pub(crate) fn year_with_levers(s: &Scenario, p: &Params, year: u16) -> YearResult {
    year_from_base(s, p, &year_base(p, year))
}

/// One year with `s`'s levers acting in it, from the year's [`YearBase`] under the same `p`.
#[inline(always)]
pub(crate) fn year_from_base(s: &Scenario, p: &Params, b: &YearBase) -> YearResult {
    let year = b.year;
    let ban = if s.link_ban { b.ban_on } else { 0.0 };
    let alliance = if s.kuaishou_jd { b.alliance_on } else { 0.0 };
    let maturity = s.store_maturity + (1.0 - s.store_maturity) * b.closed_gap;
    let kuaishou_own_shop = b.kuaishou_own_shop;
    // Share of Douyin's sales checked out in its own store, and the closed-loop factor it earns.
    let douyin_own = 1.0 - p.douyin_taobao_link_share * (1.0 - ban * maturity);
    let network = if year >= PARTNER_NETWORK_START_YEAR {
        s.partner_reach
    } else {
        0.0
    };

    // Plain loops rather than `array::from_fn` and `map`: the size-optimised release build calls those
    // through their closures instead of inlining them, which costs more than the arithmetic here.
    let selling = s.selling_intensity;
    // Sales each platform's streams would make: attention × shoppers × spend × conversion.
    let mut trust = [0.0; 6];
    let mut potential = [0.0; 6];
    for i in 0..6 {
        let mut base_trust = s.trust;
        if i == KUAISHOU {
            base_trust = (base_trust + alliance * p.jd_trust_lift).min(1.0);
        }
        let pl = platform(
            p,
            selling,
            p.purchase_intent[i],
            p.kol_driven[i],
            base_trust,
        );
        let mut conversion = pl.conversion;
        if i == KUAISHOU {
            conversion *= (1.0 + alliance * p.jd_conversion_lift) * b.kuaishou_loop;
        }
        if i == DOUYIN {
            conversion *= loop_factor(p, douyin_own);
        }
        trust[i] = pl.trust;
        potential[i] = b.market * b.attention[i] * conversion;
    }

    // Douyin: its linked sales go to Taobao's marketplace until the ban; after it the store keeps part,
    // the rest leaks, and of the leak part comes back to Alibaba's marketplaces through search.
    let douyin = potential[DOUYIN];
    let linked = douyin * p.douyin_taobao_link_share;
    let douyin_links_to_taobao = linked * (1.0 - ban);
    let douyin_native = douyin - linked + linked * ban * maturity;
    let douyin_leakage = linked * ban * (1.0 - maturity);
    let leak_via_search = douyin_leakage * p.leak_search_return;

    let jd_from_kuaishou = potential[KUAISHOU] * alliance * p.jd_fulfilment_share;

    // Each partner's sales, and the part its links route into Taobao's marketplace.
    let partner_on = [s.partner_weibo, s.partner_baidu, s.partner_xigua];
    let mut partner_links_to_taobao = [0.0; 3];
    for j in 0..3 {
        if partner_on[j] {
            let conversion = platform(
                p,
                selling,
                p.partner_intent[j],
                p.partner_kol_driven[j],
                s.trust,
            )
            .conversion;
            partner_links_to_taobao[j] = b.market * b.partner_attention[j] * conversion * network;
        }
    }
    let [weibo, baidu, xigua] = partner_links_to_taobao;
    let alibaba_via_links = douyin_links_to_taobao + (weibo + baidu + xigua);

    // Mogujie's niche caps its livestream GMV: the niche times its livestream share.
    let mogujie_cap = p.mogujie_niche_gmv * p.mogujie_livestream_share;

    // One measure for every line: the sales the player's own streams make, wherever they are checked out.
    let mut gmv = potential;
    gmv[DOUYIN] = douyin_native + douyin_links_to_taobao;
    gmv[MOGUJIE] = saturate(potential[MOGUJIE], mogujie_cap);
    let mut own_checkout = gmv;
    own_checkout[DOUYIN] = douyin_native;
    own_checkout[KUAISHOU] = gmv[KUAISHOU] * kuaishou_own_shop;
    let kuaishou_links_out = gmv[KUAISHOU] - own_checkout[KUAISHOU];

    let share = normalized(gmv);
    // Blocs by seller of record: Alibaba books Taobao Live plus what reaches its marketplaces through links
    // and search; ByteDance books Douyin's own store; Kuaishou and JD book theirs (JD-fulfilled sales
    // included); the independents theirs.
    let bloc_gmv = [
        gmv[TAOBAO] + alibaba_via_links + leak_via_search,
        own_checkout[DOUYIN],
        own_checkout[KUAISHOU] + own_checkout[JD],
        gmv[MOGUJIE] + gmv[XHS],
    ];
    let bloc_share = normalized(bloc_gmv);

    YearResult {
        year,
        gmv,
        own_checkout,
        share,
        bloc_gmv,
        bloc_share,
        attention: b.attention,
        partner_attention: b.partner_attention,
        douyin_links_to_taobao,
        douyin_leakage,
        leak_via_search,
        leak_not_made: douyin_leakage - leak_via_search,
        jd_from_kuaishou,
        kuaishou_links_out,
        partner_links_to_taobao,
        alibaba_via_links,
        trust,
        livestream_shoppers: b.shoppers,
        store_maturity: maturity,
        kuaishou_own_shop,
        audience: b.audience,
    }
}
impl YearResult {
    /// The year with each player's sales multiplied by `k[i]` (a band's forecast error): what its own
    /// checkout books and what its streams send to others move with them, and every share follows. The
    /// partners' links, which no player's streams make, stay as they are.
    pub(crate) fn scaled(mut self, k: &[f64; 6]) -> YearResult {
        for ((gmv, own), k) in self.gmv.iter_mut().zip(&mut self.own_checkout).zip(k) {
            *gmv *= k;
            *own *= k;
        }
        let (douyin, kuaishou) = (k[DOUYIN], k[KUAISHOU]);
        let douyin_to_alibaba =
            (self.douyin_links_to_taobao + self.leak_via_search) * (douyin - 1.0);
        self.douyin_links_to_taobao *= douyin;
        self.douyin_leakage *= douyin;
        self.leak_via_search *= douyin;
        self.leak_not_made *= douyin;
        self.alibaba_via_links =
            self.douyin_links_to_taobao + self.partner_links_to_taobao.iter().sum::<f64>();
        self.jd_from_kuaishou *= kuaishou;
        self.kuaishou_links_out *= kuaishou;
        self.share = normalized(self.gmv);
        self.bloc_gmv = [
            self.bloc_gmv[0] + self.gmv[TAOBAO] * (1.0 - 1.0 / k[TAOBAO]) + douyin_to_alibaba,
            self.own_checkout[DOUYIN],
            self.own_checkout[KUAISHOU] + self.own_checkout[JD],
            self.gmv[MOGUJIE] + self.gmv[XHS],
        ];
        self.bloc_share = normalized(self.bloc_gmv);
        self
    }
}

/// Shares of a whole: each non-negative finite entry over their sum. A degenerate whole (which sanitized
/// scenarios with valid parameters never produce) falls back to an equal split, so shares always sum to 1.
#[inline(always)] // and plain loops: see `year_from_base`
fn normalized<const N: usize>(mut xs: [f64; N]) -> [f64; N] {
    let mut total = 0.0;
    for x in &mut xs {
        *x = if x.is_finite() { x.max(0.0) } else { 0.0 };
        total += *x;
    }
    if total > 0.0 && total.is_finite() {
        for x in &mut xs {
            *x /= total;
        }
        xs
    } else {
        [1.0 / N as f64; N]
    }
}

/// Smooth cap: close to `x` while `x` is small against `cap`, never above `cap`.
fn saturate(x: f64, cap: f64) -> f64 {
    if cap > 0.0 {
        x / (1.0 + x / cap)
    } else {
        0.0
    }
}
