//! The amounts the model assumes where no figure exists (JD's, Mogujie's and Xiaohongshu's livestream
//! sales, the partners' links) and the 2020 figures read as calibration targets, in one place; and the
//! closed form that sets Xiaohongshu's ad yield. The weighted fit that solves the other constants is
//! [`super::estimate`]; `src/model/estimated.rs` stores what it gives.

use super::ledger;
use super::params::Params;
use super::revenue::xiaohongshu_revenue;
use super::scenario::Scenario;

const BN: f64 = 1e9;

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

/// Solve `xiaohongshu_ad_yield` in `p` (closed form) so that ads are [`XIAOHONGSHU_AD_SHARE_2020`] of
/// Xiaohongshu's 2020 revenue at the default scenario: ads = share / (1 − share) × commerce.
pub(crate) fn fit_ad_yield(p: &mut Params) {
    let s = Scenario::DEFAULT;
    let r = xiaohongshu_revenue(&s, p, s.selling_intensity, 2020);
    let per_yield = r.ads / p.xiaohongshu_ad_yield;
    let ad_share = XIAOHONGSHU_AD_SHARE_2020;
    p.xiaohongshu_ad_yield = ad_share / (1.0 - ad_share) * r.commerce / per_yield;
}
