//! The equations of one year: from a sanitized [`Scenario`] and [`Params`] to GMV, shares and attention.
//! docs/model.md states each of them in plain notation.

use super::params::{Params, INTERNET_USERS, POPULATION};
use super::player::Player;
use super::projection::YearResult;
use super::scenario::Scenario;
use super::timeline::{
    share_of_sales_from, Date, FIRST_YEAR, KUAISHOU_JD_START, LINK_BAN_START,
    PARTNER_NETWORK_START_YEAR, PROJECTION_START,
};

const TAOBAO: usize = Player::TaobaoLive.index();
const DOUYIN: usize = Player::Douyin.index();
const KUAISHOU: usize = Player::Kuaishou.index();
const JD: usize = Player::Jd.index();
const MOGUJIE: usize = Player::Mogujie.index();
const XHS: usize = Player::Xiaohongshu.index();

/// Trust, conversion and attractiveness of one stream platform in one year.
struct Platform {
    /// Trust after the alliance lift and selling erosion.
    trust: f64,
    /// Sales per unit of attention per RMB of spend.
    conversion: f64,
    /// Attractiveness in the attention pool (before normalising).
    attraction: f64,
}

/// This year's conditions, common to players and partners.
struct Conditions<'a> {
    p: &'a Params,
    selling: f64,
    /// ln of the adoption curve (fraction of its ceiling reached), for the shoppability power.
    ln_adoption: f64,
}

impl Conditions<'_> {
    // The release profile optimises for size; forced inlining keeps the per-year loop about 10% faster.
    #[inline(always)]
    fn platform(&self, intent: f64, kol: f64, base_trust: f64, attraction: f64) -> Platform {
        let p = self.p;
        let trust = base_trust * (1.0 - p.trust_erosion * kol * self.selling * self.selling);
        // Brand-driven streams always sell; KOL-driven ones sell the scenario's share of the time.
        let selling_share = (1.0 - kol) + kol * self.selling;
        let trust_factor = 1.0 - p.trust_conversion_weight * kol * (1.0 - trust);
        let shoppable = (p.content_lag * (1.0 - intent) * self.ln_adoption).exp();
        Platform {
            trust,
            conversion: intent * selling_share * trust_factor,
            attraction: attraction * shoppable,
        }
    }
}

/// Share of `year`'s sales made with the alliance, link ban, etc. in force, given the start date.
fn active(on: bool, start: Date, year: u16, p: &Params) -> f64 {
    if on {
        share_of_sales_from(start, year, p.q4_sales_weight)
    } else {
        0.0
    }
}

/// An own store's level in `year`: `start` until 2020, then closing `store_catch_up` of its gap each year.
fn catching_up(start: f64, p: &Params, year: u16) -> f64 {
    let years_after = i32::from(year.saturating_sub(LINK_BAN_START.year));
    start + (1.0 - start) * (1.0 - (1.0 - p.store_catch_up).powi(years_after))
}

/// Player `i`'s audience in `year`, in the units of [`Params::audience_2020`]: the 2019 and 2020 levels,
/// then 2020's log growth fading by `audience_growth_decay` a year, capped at China's internet users.
#[inline(always)] // see `Conditions::platform`
fn audience(p: &Params, i: usize, year: u16) -> f64 {
    let (a19, a20) = (p.audience_2019[i], p.audience_2020[i]);
    if year <= FIRST_YEAR {
        return a19;
    }
    if year <= LINK_BAN_START.year {
        return a20;
    }
    let k = i32::from(year - LINK_BAN_START.year);
    let d = p.audience_growth_decay;
    // Sum of the fading growth over k years: g (d + d² + … + d^k), g the 2020 log growth.
    let fade = if (1.0 - d).abs() > 1e-9 {
        d * (1.0 - d.powi(k)) / (1.0 - d)
    } else {
        f64::from(k)
    };
    let grown = a20 * ((a20 / a19).ln() * fade).exp();
    grown.min((INTERNET_USERS / 1e6).max(a20))
}

/// Compute one year of a (sanitized) scenario. Years before [`PROJECTION_START`] are history: they are
/// computed with [`Scenario::DEFAULT`]'s levers whatever `s` holds, so no lever rewrites the past.
pub(crate) fn year_result(s: &Scenario, p: &Params, year: u16) -> YearResult {
    if year < PROJECTION_START {
        year_with_levers(&Scenario::DEFAULT, p, year)
    } else {
        year_with_levers(s, p, year)
    }
}

/// Compute one year with `s`'s levers acting in that year, history or not (the what-if curves, such as
/// Xiaohongshu's revenue against selling intensity, ask this of a single year).
pub(crate) fn year_with_levers(s: &Scenario, p: &Params, year: u16) -> YearResult {
    let year = year.clamp(FIRST_YEAR, Scenario::MAX_END_YEAR);
    let t = f64::from(year);

    // Adoption: a logistic share of the attention pool shops through livestreams.
    let decay = (-p.adoption_rate * (t - p.adoption_midpoint)).exp();
    let ln_adoption = -decay.ln_1p();
    let shoppers = POPULATION * p.adoption_ceiling / (1.0 + decay);
    let spend = p.spend_per_shopper * (1.0 + p.spend_growth).powi(i32::from(year - FIRST_YEAR));

    let ban = active(s.link_ban, LINK_BAN_START, year, p);
    let alliance = active(s.kuaishou_jd, KUAISHOU_JD_START, year, p);
    let maturity = catching_up(s.store_maturity, p, year);
    let kuaishou_own_shop = catching_up(p.kuaishou_own_shop_2020, p, year);
    // Share of each platform's sales checked out in its own store, and the closed-loop factor it earns
    // (1 for a marketplace, which owns every checkout).
    let douyin_own = 1.0 - p.douyin_taobao_link_share * (1.0 - ban * maturity);
    let loop_factor = |own: f64| (1.0 + p.closed_loop_lift * own) / (1.0 + p.closed_loop_lift);
    let audiences: [f64; 6] = std::array::from_fn(|i| audience(p, i, year));
    let network = if year >= PARTNER_NETWORK_START_YEAR {
        s.partner_reach
    } else {
        0.0
    };

    let ctx = Conditions {
        p,
        selling: s.selling_intensity,
        ln_adoption,
    };
    let players: [Platform; 6] = std::array::from_fn(|i| {
        let mut trust = s.trust;
        if i == KUAISHOU {
            trust = (trust + alliance * p.jd_trust_lift).min(1.0);
        }
        let reach = audiences[i] / p.audience_2020[i];
        let mut pl = ctx.platform(
            p.purchase_intent[i],
            p.kol_driven[i],
            trust,
            p.attraction[i] * reach,
        );
        if i == KUAISHOU {
            pl.conversion *=
                (1.0 + alliance * p.jd_conversion_lift) * loop_factor(kuaishou_own_shop);
        }
        if i == DOUYIN {
            pl.conversion *= loop_factor(douyin_own);
        }
        pl
    });
    let partners: [Platform; 3] = std::array::from_fn(|j| {
        ctx.platform(
            p.partner_intent[j],
            p.partner_kol_driven[j],
            s.trust,
            p.partner_attraction[j],
        )
    });

    // Attention: multinomial-logit (attraction) shares of one fixed pool.
    let pool = normalized(std::array::from_fn::<f64, 9, _>(|k| match k {
        0..6 => players[k].attraction,
        _ => partners[k - 6].attraction,
    }));
    let attention: [f64; 6] = std::array::from_fn(|i| pool[i]);
    let partner_attention: [f64; 3] = std::array::from_fn(|j| pool[6 + j]);

    // Sales each platform's streams would make: attention × shoppers × spend × conversion.
    let market = shoppers * spend;
    let potential: [f64; 6] =
        std::array::from_fn(|i| market * attention[i] * players[i].conversion);
    let partner_sales: [f64; 3] =
        std::array::from_fn(|j| market * partner_attention[j] * partners[j].conversion);

    // Douyin: its linked sales go to Taobao's marketplace until the ban; after it the store keeps part,
    // the rest leaks, and of the leak part comes back to Alibaba's marketplaces through search.
    let douyin = potential[DOUYIN];
    let linked = douyin * p.douyin_taobao_link_share;
    let douyin_links_to_taobao = linked * (1.0 - ban);
    let douyin_native = douyin - linked + linked * ban * maturity;
    let douyin_leakage = linked * ban * (1.0 - maturity);
    let leak_via_search = douyin_leakage * p.leak_search_return;

    let jd_from_kuaishou = potential[KUAISHOU] * alliance * p.jd_fulfilment_share;

    let partner_on = [s.partner_weibo, s.partner_baidu, s.partner_xigua];
    let partner_links_to_taobao: [f64; 3] = std::array::from_fn(|j| {
        if partner_on[j] {
            partner_sales[j] * network
        } else {
            0.0
        }
    });
    let alibaba_via_links = douyin_links_to_taobao + partner_links_to_taobao.iter().sum::<f64>();

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
        attention,
        partner_attention,
        douyin_links_to_taobao,
        douyin_leakage,
        leak_via_search,
        leak_not_made: douyin_leakage - leak_via_search,
        jd_from_kuaishou,
        kuaishou_links_out,
        partner_links_to_taobao,
        alibaba_via_links,
        trust: players.each_ref().map(|x| x.trust),
        livestream_shoppers: shoppers,
        store_maturity: maturity,
        kuaishou_own_shop,
        audience: audiences,
    }
}

/// Shares of a whole: each non-negative finite entry over their sum. A degenerate whole (which sanitized
/// scenarios with valid parameters never produce) falls back to an equal split, so shares always sum to 1.
#[inline(always)] // see `Conditions::platform`
fn normalized<const N: usize>(xs: [f64; N]) -> [f64; N] {
    let xs = xs.map(|x| if x.is_finite() { x.max(0.0) } else { 0.0 });
    let total: f64 = xs.iter().sum();
    if total > 0.0 && total.is_finite() {
        xs.map(|x| x / total)
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
