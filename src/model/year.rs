//! The equations of one year: from a sanitized [`Scenario`] and [`Params`] to GMV, shares and attention.
//! docs/model.md states each of them in plain notation.

use super::params::{Params, POPULATION};
use super::player::Player;
use super::projection::YearResult;
use super::scenario::Scenario;
use super::timeline::{
    share_of_sales_from, Date, FIRST_YEAR, KUAISHOU_JD_START, LINK_BAN_START,
    PARTNER_NETWORK_START_YEAR,
};

const TAOBAO: usize = Player::TaobaoLive.index();
const DOUYIN: usize = Player::Douyin.index();
const KUAISHOU: usize = Player::Kuaishou.index();
const JD: usize = Player::Jd.index();
const MOGUJIE: usize = Player::Mogujie.index();

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

/// Douyin's store maturity in `year`: the 2020 level, closing `store_catch_up` of its gap each year after.
fn store_maturity(s: &Scenario, p: &Params, year: u16) -> f64 {
    let years_after = i32::from(year.saturating_sub(LINK_BAN_START.year));
    let gap = 1.0 - s.store_maturity;
    s.store_maturity + gap * (1.0 - (1.0 - p.store_catch_up).powi(years_after))
}

/// Compute one year of a (sanitized) scenario.
pub(crate) fn year_result(s: &Scenario, p: &Params, year: u16) -> YearResult {
    let year = year.clamp(FIRST_YEAR, Scenario::MAX_END_YEAR);
    let t = f64::from(year);

    // Adoption: a logistic share of the attention pool shops through livestreams.
    let decay = (-p.adoption_rate * (t - p.adoption_midpoint)).exp();
    let ln_adoption = -decay.ln_1p();
    let shoppers = POPULATION * p.adoption_ceiling / (1.0 + decay);
    let spend = p.spend_per_shopper * (1.0 + p.spend_growth).powi(i32::from(year - FIRST_YEAR));

    let ban = active(s.link_ban, LINK_BAN_START, year, p);
    let alliance = active(s.kuaishou_jd, KUAISHOU_JD_START, year, p);
    let maturity = store_maturity(s, p, year);
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
        let mut pl = ctx.platform(
            p.purchase_intent[i],
            p.kol_driven[i],
            trust,
            p.attraction[i],
        );
        if i == KUAISHOU {
            pl.conversion *= 1.0 + alliance * p.jd_conversion_lift;
        }
        if i == DOUYIN {
            pl.conversion *= 1.0 + ban * maturity * p.closed_loop_lift;
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

    // Sales each platform's streams create: attention × shoppers × spend × conversion.
    let market = shoppers * spend;
    let created_raw: [f64; 6] =
        std::array::from_fn(|i| market * attention[i] * players[i].conversion);
    let partner_sales: [f64; 3] =
        std::array::from_fn(|j| market * partner_attention[j] * partners[j].conversion);

    // Booking: who is the seller of record.
    let douyin = created_raw[DOUYIN];
    let linked = douyin * p.douyin_taobao_link_share;
    let douyin_links_to_taobao = linked * (1.0 - ban);
    let douyin_native = douyin - linked + linked * ban * maturity;
    let douyin_leakage = linked * ban * (1.0 - maturity);

    let jd_from_kuaishou = created_raw[KUAISHOU] * alliance * p.jd_fulfilment_share;

    let partner_on = [s.partner_weibo, s.partner_baidu, s.partner_xigua];
    let partner_links_to_taobao: [f64; 3] = std::array::from_fn(|j| {
        if partner_on[j] {
            partner_sales[j] * network
        } else {
            0.0
        }
    });

    // Mogujie's niche caps its livestream GMV: the niche times its livestream share.
    let mogujie_cap = p.mogujie_niche_gmv * p.mogujie_livestream_share;
    let mogujie = saturate(created_raw[MOGUJIE], mogujie_cap);

    let mut created = created_raw;
    created[DOUYIN] = douyin_native + douyin_links_to_taobao;
    created[MOGUJIE] = mogujie;

    let mut gmv = created;
    gmv[TAOBAO] += douyin_links_to_taobao + partner_links_to_taobao.iter().sum::<f64>();
    gmv[DOUYIN] = douyin_native;
    gmv[KUAISHOU] -= jd_from_kuaishou;
    gmv[JD] += jd_from_kuaishou;

    let share = normalized(gmv);
    let mut bloc_share = [0.0; 4];
    for player in Player::ALL {
        bloc_share[player.bloc().index()] += share[player.index()];
    }

    YearResult {
        year,
        gmv,
        created,
        share,
        bloc_share,
        attention,
        partner_attention,
        douyin_links_to_taobao,
        douyin_leakage,
        jd_from_kuaishou,
        partner_links_to_taobao,
        trust: players.each_ref().map(|x| x.trust),
        livestream_shoppers: shoppers,
        store_maturity: maturity,
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
