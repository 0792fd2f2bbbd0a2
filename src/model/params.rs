//! Every uncertain constant of the model that is not a reader's lever, in one place, each with the figure
//! it was calibrated to or the assumption it encodes. A later Monte-Carlo pass draws samples of these.
//!
//! Per-player arrays are indexed by [`crate::model::Player::index`] (Taobao Live, Douyin, Kuaishou, JD,
//! Mogujie, Xiaohongshu); per-partner arrays by [`crate::model::Partner::index`] (Weibo, Baidu, Xigua).
//! Flags are facts.md's provenance flags (P primary, R reputable press, L leaked, W weak).

use super::estimate::View;
use super::ledger;

/// China's internet users, Dec 2020: 989 m (CNNIC 47th report) (flag R). No platform's audience passes it.
pub const INTERNET_USERS: f64 = ledger::INTERNET_USERS_DEC_2020.people;

/// China's population, the article's "1.4 billion" attention pool: 1.41 bn (NBS 7th census, 2020) (flag P).
pub const POPULATION: f64 = 1.41e9;

/// The model's non-lever constants. `Default` gives [`Params::CALIBRATED`].
///
/// Every fraction is in [0, 1] and every other field is positive for the model to be meaningful; the
/// calibrated values satisfy this.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params {
    // --- Market size --------------------------------------------------------------------------------
    /// Share of the population that livestream shopping reaches at saturation: the 782 m online shoppers
    /// of Dec 2020 (CNNIC 47th report) (flag R) over the 1.41 bn population.
    pub adoption_ceiling: f64,
    /// Midpoint of the logistic adoption curve, in years (year Y's value is read at Y, its middle, so the
    /// end of 2020 is 2020.5). Placed so the curve passes through the 388 m livestream shoppers of Dec 2020
    /// (CNNIC 47th report) (flag R), given `adoption_rate`.
    pub adoption_midpoint: f64,
    /// Steepness of the logistic adoption curve, per year. Fitted so that the potential market (shoppers ×
    /// spend) grows 2.42× from 2019 to 2020, as the livestream e-commerce market did from ~434 bn to
    /// ~1.05 tn (KPMG/AliResearch via China Daily, Oct 2020) (flag R).
    pub adoption_rate: f64,
    /// RMB a livestream shopper spends per year at a conversion of 1, in 2019. Fitted to Taobao Live's
    /// 250 bn in 2019 (article, 36Kr).
    pub spend_per_shopper: f64,
    /// Yearly growth of spend per shopper. Assumption: the 10.9% growth of China's online retail in 2020
    /// (NBS; not yet in facts.md), held constant.
    pub spend_growth: f64,
    /// How far behind (positive) or ahead (negative) of the adoption curve a low-intent platform's audience
    /// becomes shoppers: a platform's shoppable attention is adoption^(lag × (1 − purchase intent)). Fitted
    /// so that Taobao Live grows from 2019 to 2020 as the fit's figures say (article: double; reported:
    /// 250 bn to 400 bn) while the market grows 2.42× and the audiences as [`Params::audience_2020`] says.
    pub content_lag: f64,

    // --- Attention ----------------------------------------------------------------------------------
    /// Base attractiveness of each player in the livestream-shopping attention pool (Taobao Live = 1).
    /// Douyin and Kuaishou are fitted to their 2020 figures (article, 36Kr: 200 bn and 250 bn, total
    /// e-commerce GMV, the `created` measure). JD, Mogujie and Xiaohongshu are fitted to assumed orders of
    /// magnitude, for lack of figures: JD 40 bn booked in 2020, Mogujie 8 bn in 2019, Xiaohongshu 10 bn in
    /// 2020.
    pub attraction: [f64; 6],
    /// Each player's audience in 2020, the level its path is read from (see [`Params::audience_2019`]):
    /// Taobao Live: Alibaba's China retail mobile MAU, 874 m (Jun 2020) (flag R); Douyin: 540 m daily users,
    /// the 2020 average of a path from 400 m (Jan 2020) to 600 m (Aug 2020) (SCMP; Reuters) (flag R) held
    /// flat after August; Kuaishou: 302 m daily users (H1 2020, prospectus) (flag R); JD, Mogujie and
    /// Xiaohongshu: an index of 100 (no figure in facts.md).
    pub audience_2020: [f64; 6],
    /// Each player's audience in 2019, in the units of [`Params::audience_2020`]. A platform's attraction is
    /// scaled by its audience relative to 2020, so only the ratio matters. All assumptions (facts.md has no
    /// 2019 audience): Taobao 800 m (below the 874 m of mid-2020), Douyin 340 m (below the 400 m of
    /// Jan 2020), Kuaishou 200 m, JD 87 (JD grew), Mogujie 110 (its users shrank), Xiaohongshu 77 (it
    /// grew fast).
    pub audience_2019: [f64; 6],
    /// How much of audience growth carries over after 2020: each year after 2020 keeps this fraction of the previous
    /// year's log growth, starting from 2020's (ln of 2020 over 2019). Assumption: growth halves every
    /// year as apps saturate. No audience passes China's 989 m internet users (CNNIC, Dec 2020) (flag R).
    pub audience_growth_decay: f64,
    /// Base attractiveness of each partner's streams in the same pool. Assumption: in the ratio 2 : 2 : 1
    /// (Weibo's and Baidu's apps each had about 200 m daily users in 2020, Xigua fewer), scaled so the
    /// network books about 5% of Taobao Live's 2020 GMV at the default reach (no figure exists).
    pub partner_attraction: [f64; 3],

    // --- Conversion ---------------------------------------------------------------------------------
    /// Purchase intent of each player's audience (the article's first axis): Taobao and JD high, Douyin and
    /// Kuaishou low, Mogujie and Xiaohongshu high-ish. Placement read off the article's argument.
    pub purchase_intent: [f64; 6],
    /// How KOL-driven each player's streams are (the article's second axis): Douyin and Kuaishou "completely
    /// KOL-driven", Taobao and JD "very brand-driven", Mogujie and Xiaohongshu community KOLs.
    pub kol_driven: [f64; 6],
    /// Purchase intent of each partner's audience. Assumption: Baidu (search) highest, Xigua lowest.
    pub partner_intent: [f64; 3],
    /// How KOL-driven each partner's streams are. Assumption.
    pub partner_kol_driven: [f64; 3],
    /// How much of a fully KOL-driven stream's conversion rests on trust: conversion is scaled by
    /// 1 − weight × KOL-drivenness × (1 − trust). Assumption ("trust is the prerequisite before a purchase").
    pub trust_conversion_weight: f64,
    /// Share of trust a fully KOL-driven platform loses when all its content sells: trust is scaled by
    /// 1 − erosion × KOL-drivenness × selling². Assumption. Being quadratic, a little selling costs almost
    /// no trust and a lot costs much: this gives Xiaohongshu's revenue its interior maximum.
    pub trust_erosion: f64,

    // --- Douyin's link ban --------------------------------------------------------------------------
    /// Share of Douyin-created sales that went through Taobao links before the ban. Assumption: the article
    /// says "most of Douyin's sales are happening through Taobao links".
    pub douyin_taobao_link_share: f64,
    /// Share of its remaining gap an own store (Douyin's maturity, Kuaishou's own-shop share) closes each year
    /// after 2020. Assumption, set without looking past 2020: a quarter a year (a gap halves in about
    /// 2.4 years).
    pub store_catch_up: f64,
    /// Relative rise of a platform's conversion when all its streams sell through its own checkout instead
    /// of links out: viewers buy without leaving the app, and the feed can push shoppable streams. Applies to
    /// every platform by the share of its sales checked out in its own store (1 for the marketplaces;
    /// Douyin's and Kuaishou's own-store shares move). Assumption, set without looking past 2020: a modest
    /// 0.3, with a wide range (0–0.6).
    pub closed_loop_lift: f64,
    /// Share of Kuaishou's e-commerce GMV checked out in its own shop in 2019–2020; from 2021 it closes
    /// `store_catch_up` of its gap every year, as Douyin's store does. Assumption: Kuaishou's 2020 figure
    /// counts orders sent to third-party marketplaces (Caixin) (flag R), so its own shop held part; no share
    /// is public for 2020.
    pub kuaishou_own_shop_2020: f64,
    /// Share of the leaked sales (formerly linked Douyin sales that neither the links nor Douyin's store
    /// keep after the ban) that viewers still make by searching for the product on Alibaba's marketplaces;
    /// the rest are not made. Assumption, no figure: leaving the app loses most impulse buyers.
    pub leak_search_return: f64,
    /// Weight of a fourth-quarter day's sales relative to another day's, for the ban's first (partial)
    /// year. Assumption anchored on Singles' Day 2019: 20 bn of Taobao Live's ~250 bn year in one day
    /// (Pandaily) (flag W).
    pub q4_sales_weight: f64,

    // --- Kuaishou–JD alliance -----------------------------------------------------------------------
    /// Relative rise of Kuaishou's conversion from JD's quality assurance and logistics. Assumption.
    pub jd_conversion_lift: f64,
    /// Rise of Kuaishou's audience trust from JD's quality assurance (added to trust). Assumption.
    pub jd_trust_lift: f64,
    /// Share of Kuaishou-created GMV that JD fulfils and books: JD's self-run goods sold inside Kuaishou
    /// (TechNode, 27 May 2020) (flag R). Assumption that they are a small part of Kuaishou's sales.
    pub jd_fulfilment_share: f64,

    // --- Niche platforms ----------------------------------------------------------------------------
    /// Share of Mogujie's own GMV made through livestreams: the article's 50%, close to the 46.2% of its
    /// fiscal year to Mar 2020 (MOGU 6-K, 29 May 2020) (flag P). Caps its livestream GMV with the niche.
    pub mogujie_livestream_share: f64,
    /// Size, in RMB a year, of the women's-fashion niche Mogujie can serve: its total GMV cannot pass this.
    /// Assumption: 30 bn, so its livestream GMV (assumed 8 bn in 2019) can grow by well under 2× before
    /// the niche binds ("expanding beyond that is almost impossible").
    pub mogujie_niche_gmv: f64,
    /// Share of Xiaohongshu's booked GMV it keeps as commerce revenue. Assumption (typical marketplace
    /// commission plus self-run margin).
    pub xiaohongshu_take_rate: f64,
    /// Ad revenue, RMB a year, per shopper-equivalent of Xiaohongshu attention at full trust. Fitted so that
    /// ads are about 80% of Xiaohongshu's 2020 revenue at the default (TechNode, 20 Aug 2020 and
    /// 14 Mar 2023) (flag R).
    pub xiaohongshu_ad_yield: f64,
}

impl Params {
    /// The calibrated values of the default view, [`View::Reported`] (see docs/model.md for the fit).
    pub const CALIBRATED: Params = View::Reported.stored().params;

    /// The calibrated values of `view`: what Model 3's weighted fit of its evidence gives, as
    /// `src/model/estimated.rs` stores it (written by `cargo run --release --example fit`).
    pub const fn fitted(view: View) -> Params {
        view.stored().params
    }

    /// The assumptions and facts, with the fitted fields at starting guesses: the centre of Model 3's
    /// priors ([`crate::model::estimate`]), which its fit moves.
    pub const ASSUMED: Params = Params {
        adoption_ceiling: ledger::ONLINE_SHOPPERS_DEC_2020.people / POPULATION,
        adoption_midpoint: 2020.515,
        adoption_rate: 1.054,
        spend_per_shopper: 25_170.0,
        spend_growth: 0.109,
        content_lag: 0.537,
        attraction: [1.0, 8.30, 7.74, 0.0662, 0.300, 0.117],
        audience_2020: [
            ledger::ALIBABA_MONTHLY_USERS_JUN_2020.people / 1e6,
            // The 2020 average of 400 m (January) rising to 600 m (August), held after August.
            540.0,
            ledger::KUAISHOU_DAILY_USERS_H1_2020.people / 1e6,
            100.0,
            100.0,
            100.0,
        ],
        audience_2019: [800.0, 340.0, 200.0, 87.0, 110.0, 77.0],
        audience_growth_decay: 0.5,
        partner_attraction: [0.349, 0.349, 0.174],
        purchase_intent: [0.9, 0.25, 0.3, 0.95, 0.75, 0.65],
        kol_driven: [0.3, 0.9, 0.95, 0.15, 0.85, 0.9],
        partner_intent: [0.3, 0.4, 0.2],
        partner_kol_driven: [0.9, 0.5, 0.8],
        trust_conversion_weight: 0.8,
        trust_erosion: 0.8,
        douyin_taobao_link_share: 0.6,
        store_catch_up: 0.25,
        closed_loop_lift: 0.3,
        kuaishou_own_shop_2020: 0.7,
        leak_search_return: 0.25,
        q4_sales_weight: 1.5,
        jd_conversion_lift: 0.1,
        jd_trust_lift: 0.1,
        jd_fulfilment_share: 0.05,
        mogujie_livestream_share: 0.5,
        mogujie_niche_gmv: 30.0e9,
        xiaohongshu_take_rate: 0.1,
        xiaohongshu_ad_yield: 3_270.0,
    };
}

impl Default for Params {
    /// [`Params::CALIBRATED`].
    fn default() -> Self {
        Params::CALIBRATED
    }
}
