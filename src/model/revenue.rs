//! Xiaohongshu's dilemma: selling more raises commerce revenue at first, then erodes the trust its ads
//! and its sales both rest on.

use super::lever::Lever;
use super::params::Params;
use super::player::Player;
use super::scenario::Scenario;
use super::year::year_with_levers;

/// A platform's yearly revenue, split by source, in RMB.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Revenue {
    /// Revenue kept from the GMV the platform books (commission and self-run margin).
    pub commerce: f64,
    /// Revenue from advertising and sponsored content.
    pub ads: f64,
}

impl Revenue {
    /// Commerce plus ads.
    pub fn total(&self) -> f64 {
        self.commerce + self.ads
    }
}

/// Xiaohongshu's revenue in `year` if the selling intensity were `selling_intensity`, the rest of `s`
/// held fixed: the inverted U of the article's Xiaohongshu point.
///
/// Commerce = take rate × booked GMV; ads = ad yield × attention (in shoppers) × trust, since ads are worth
/// what the audience's trust is worth. The inputs are clamped like a scenario's (`selling_intensity` into
/// [0, 1], `year` into the projectable years), so any input gives a finite result.
pub fn xiaohongshu_revenue(s: &Scenario, p: &Params, selling_intensity: f64, year: u16) -> Revenue {
    let mut s = s.clamped();
    Lever::SellingIntensity.set(&mut s, selling_intensity);
    let y = year_with_levers(&s, p, year);
    let xhs = Player::Xiaohongshu.index();
    Revenue {
        commerce: p.xiaohongshu_take_rate * y.gmv[xhs],
        ads: p.xiaohongshu_ad_yield * y.livestream_shoppers * y.attention[xhs] * y.trust[xhs],
    }
}
