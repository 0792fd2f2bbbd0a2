//! A projection: the model's outputs year by year, from [`FIRST_YEAR`] to the scenario's horizon.
//!
//! Each year is computed on its own from closed-form curves (adoption, store maturity; see
//! [`super::year`]), so a projection is a loop over years with no state carried between them.

use super::params::Params;
use super::scenario::Scenario;
use super::timeline::FIRST_YEAR;
use super::year::{fitted_year_bases, result_from_base, year_bases};

/// The model's outputs for one year. Money is in RMB (yuan) per year.
///
/// Every per-player line is one measure: `gmv`, the sales the player's own livestreams make. Sales that
/// reach Alibaba's marketplaces through links or search are not Taobao Live's and are separate fields.
#[derive(Clone, Debug, PartialEq)]
pub struct YearResult {
    /// Calendar year.
    pub year: u16,
    /// Livestream GMV made by each player's own streams (per [`crate::model::Player::index`]), wherever it
    /// is checked out: Douyin's includes its links to Taobao, Kuaishou's the goods JD fulfils. Taobao
    /// Live's is its own streams only. Douyin's and Kuaishou's reported figures (total e-commerce GMV) and
    /// Taobao Live's (livestream GMV) are compared with this.
    pub gmv: [f64; 6],
    /// The part of `gmv` checked out in the player's own store: Douyin's native store, Kuaishou's own shop;
    /// the marketplaces' whole `gmv`.
    pub own_checkout: [f64; 6],
    /// Each player's share of the six players' `gmv`; sums to 1.
    pub share: [f64; 6],
    /// GMV booked by each bloc (per [`crate::model::Bloc::index`]) as seller of record: Alibaba's is Taobao
    /// Live plus [`YearResult::alibaba_marketplace`]; ByteDance's is Douyin's own store; Tencent/JD's is
    /// Kuaishou's and JD's own checkouts; the independents' Mogujie's and Xiaohongshu's.
    pub bloc_gmv: [f64; 4],
    /// Each bloc's share of `bloc_gmv`; sums to 1. Not the sum of its players' `share`: link and search
    /// sales count for the bloc that books them.
    pub bloc_share: [f64; 4],
    /// Each player's share of the livestream-shopping attention pool. The pool also holds the partners'
    /// streams: `attention` and `partner_attention` together sum to 1.
    pub attention: [f64; 6],
    /// Each partner's share of the attention pool (per [`crate::model::Partner::index`]), whether or not it
    /// is in Alibaba's network: its viewers watch either way, the network only routes their purchases.
    pub partner_attention: [f64; 3],
    /// Douyin-made sales checked out on Taobao's marketplace through links this year (0 once the ban bites).
    /// Part of Douyin's `gmv` and of Alibaba's `bloc_gmv`, never of Taobao Live's `gmv`.
    pub douyin_links_to_taobao: f64,
    /// Douyin-made sales that would have gone through links but that neither the links (barred) nor
    /// Douyin's store (immature) keep: `leak_via_search` + `leak_not_made`.
    pub douyin_leakage: f64,
    /// The part of the leakage that viewers make anyway by searching for the product on Alibaba's
    /// marketplaces (an assumption, [`crate::model::Params::leak_search_return`]); booked by Alibaba.
    pub leak_via_search: f64,
    /// The part of the leakage that is not made at all.
    pub leak_not_made: f64,
    /// Kuaishou-made sales that JD fulfils and books (part of Kuaishou's `gmv` and own checkout).
    pub jd_from_kuaishou: f64,
    /// Kuaishou-made sales sent to third-party marketplaces (Taobao, JD, Pinduoduo, Youzan; not split):
    /// part of Kuaishou's `gmv`, in no bloc's `bloc_gmv`.
    pub kuaishou_links_out: f64,
    /// Sales each partner's streams route into Taobao's marketplace.
    pub partner_links_to_taobao: [f64; 3],
    /// Sales reaching Alibaba's marketplaces through links: Douyin's links plus the partners'.
    pub alibaba_via_links: f64,
    /// Effective audience trust on each player's streams this year, in [0, 1]: the scenario's trust, plus
    /// JD's lift for Kuaishou, less the erosion from selling.
    pub trust: [f64; 6],
    /// People who shop through livestreams this year (the adoption curve), out of the 1.41 bn pool.
    pub livestream_shoppers: f64,
    /// Maturity of Douyin's native store this year, in [0, 1].
    pub store_maturity: f64,
    /// Share of Kuaishou's sales checked out in its own shop this year, in [0, 1].
    pub kuaishou_own_shop: f64,
    /// Each player's audience this year, in the units of [`crate::model::Params::audience_2020`]
    /// (millions of users for Taobao, Douyin and Kuaishou; an index with 2020 = 100 for the others).
    pub audience: [f64; 6],
}

impl YearResult {
    /// Total livestream GMV of the six players' own streams this year.
    pub fn total_gmv(&self) -> f64 {
        self.gmv.iter().sum()
    }

    /// Sales booked by Alibaba's marketplaces, not Taobao Live: links from Douyin and the partners, plus
    /// leaked Douyin sales that return through search.
    pub fn alibaba_marketplace(&self) -> f64 {
        self.alibaba_via_links + self.leak_via_search
    }
}

/// A projection from [`FIRST_YEAR`] to the scenario's `end_year`, one [`YearResult`] per year.
#[derive(Clone, Debug, PartialEq)]
pub struct Projection {
    /// One entry per year, in order, starting at [`FIRST_YEAR`].
    pub years: Vec<YearResult>,
}

impl Projection {
    /// The result for year `y`, if it lies in the projection.
    pub fn year(&self, y: u16) -> Option<&YearResult> {
        let i = usize::from(y.checked_sub(FIRST_YEAR)?);
        self.years.get(i)
    }

    /// The result for the last projected year.
    ///
    /// # Panics
    /// Only on a hand-built, empty `Projection`: [`project`] always returns at least 2019–2021.
    pub fn last(&self) -> &YearResult {
        self.years
            .last()
            .expect("a projection from project() spans at least FIRST_YEAR..=MIN_END_YEAR")
    }
}

/// Project `s` with the constants of its view's fit ([`Params::fitted`] of [`Scenario::view`]).
pub fn project(s: &Scenario) -> Projection {
    let s = s.clamped();
    let p = Params::fitted(s.view);
    // The lever-free part of every year is computed once per view and kept (see `super::year`).
    let years = fitted_year_bases(s.view)[..=usize::from(s.end_year - FIRST_YEAR)]
        .iter()
        .map(|b| result_from_base(&s, &p, b))
        .collect();
    Projection { years }
}

/// Project `s` with parameters `p`. The scenario is sanitized first, so any input yields finite results.
pub fn project_with(s: &Scenario, p: &Params) -> Projection {
    let s = s.clamped();
    let years = year_bases(p, s.end_year)
        .map(|b| result_from_base(&s, p, &b))
        .collect();
    Projection { years }
}
