//! A projection: the model's outputs year by year, from [`FIRST_YEAR`] to the scenario's horizon.
//!
//! Each year is computed on its own from closed-form curves (adoption, store maturity; see
//! [`super::year`]), so a projection is a loop over years with no state carried between them.

use super::params::Params;
use super::scenario::Scenario;
use super::timeline::FIRST_YEAR;
use super::year::year_result;

/// The model's outputs for one year. Money is in RMB (yuan) per year.
#[derive(Clone, Debug, PartialEq)]
pub struct YearResult {
    /// Calendar year.
    pub year: u16,
    /// Livestream-commerce GMV booked by each player (per [`Player::index`]): the seller of record, so
    /// Douyin-created sales through Taobao links count for Taobao, and JD-fulfilled Kuaishou sales for JD.
    /// Taobao Live's reported figure is of this kind.
    pub gmv: [f64; 6],
    /// GMV created by each player's own streams, whoever books it: Douyin's includes its links out, Kuaishou's
    /// the part JD fulfils. Kuaishou's and Douyin's reported figures (total e-commerce GMV) are of this kind.
    /// Partner link-outs are created by the partners, so they appear in no player's `created`.
    pub created: [f64; 6],
    /// Each player's share of the year's booked GMV (`gmv`); sums to 1.
    pub share: [f64; 6],
    /// Each bloc's share of booked GMV (per [`crate::model::Bloc::index`]); sums to 1.
    pub bloc_share: [f64; 4],
    /// Each player's share of the livestream-shopping attention pool. The pool also holds the partners'
    /// streams: `attention` and `partner_attention` together sum to 1.
    pub attention: [f64; 6],
    /// Each partner's share of the attention pool (per [`crate::model::Partner::index`]), whether or not it is in
    /// Alibaba's network: its viewers watch either way, the network only routes their purchases.
    pub partner_attention: [f64; 3],
    /// Douyin-created sales booked as Taobao GMV through links this year (0 once the ban bites).
    pub douyin_links_to_taobao: f64,
    /// Douyin-created sales that would have gone through links but were lost (to no player in the model)
    /// because the ban barred the links and the native store could not keep them.
    pub douyin_leakage: f64,
    /// Kuaishou-created sales that JD fulfils and books.
    pub jd_from_kuaishou: f64,
    /// Sales each partner's streams route into Taobao (counted in Taobao's `gmv`).
    pub partner_links_to_taobao: [f64; 3],
    /// Effective audience trust on each player's streams this year, in [0, 1]: the scenario's trust, plus
    /// JD's lift for Kuaishou, less the erosion from selling.
    pub trust: [f64; 6],
    /// People who shop through livestreams this year (the adoption curve), out of the 1.41 bn pool.
    pub livestream_shoppers: f64,
    /// Maturity of Douyin's native store this year, in [0, 1].
    pub store_maturity: f64,
}

impl YearResult {
    /// Total booked GMV of the six players this year.
    pub fn total_gmv(&self) -> f64 {
        self.gmv.iter().sum()
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

/// Project `s` with the calibrated parameters.
pub fn project(s: &Scenario) -> Projection {
    project_with(s, &Params::CALIBRATED)
}

/// Project `s` with parameters `p`. The scenario is sanitized first, so any input yields finite results.
pub fn project_with(s: &Scenario, p: &Params) -> Projection {
    let s = s.clamped();
    let years = (FIRST_YEAR..=s.end_year)
        .map(|year| year_result(&s, p, year))
        .collect();
    Projection { years }
}
