//! The reader's levers: one [`Scenario`] holds every choice the explainer lets a reader make.

use serde::{Deserialize, Serialize};

use super::estimate::View;
use super::lever::Lever;

/// Every lever a reader can move, with its documented range and default.
///
/// Fractions are unitless in [0, 1]. A scenario straight from the user (URL, storage, a slider) may hold
/// anything; [`Scenario::sanitized`] brings it into range, and [`crate::model::project`] sanitizes before it
/// computes, so no input can make the model panic or return a non-finite number.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
// A stored or shared scenario that lacks a field (an older URL, say) takes that field's default.
#[serde(default)]
pub struct Scenario {
    /// Douyin bars third-party (Taobao) links from livestream carts from 9 Oct 2020.
    /// Default `true`: what happened (PingWest, Campaign Asia, Aug 2020).
    pub link_ban: bool,
    /// How mature Douyin's native store is in 2020, in [0, 1]: the share of formerly linked sales the store
    /// keeps once links are barred. It closes part of its gap every year after (see
    /// [`crate::model::Params::store_catch_up`]). Default 0.3: the article calls the store "far from mature".
    pub store_maturity: f64,
    /// The Kuaishou–JD alliance (signed 27 May 2020, JD goods inside Kuaishou from 16 Jun 2020).
    /// Default `true`: what happened (TechNode).
    pub kuaishou_jd: bool,
    /// Weibo in Alibaba's content-partner network. Default `true`: the article lists it.
    pub partner_weibo: bool,
    /// Baidu in Alibaba's content-partner network. Default `true`: the article lists it.
    pub partner_baidu: bool,
    /// Xigua in Alibaba's content-partner network. Default `true`: the article lists it.
    pub partner_xigua: bool,
    /// How strongly the partner network routes its viewers' purchases into Taobao, in [0, 1]: the share of
    /// the sales a partner's streams create that a Taobao link captures. Default 0.5: no figure exists, so
    /// the middle of the range.
    pub partner_reach: f64,
    /// Audience trust in streamers, in [0, 1]. Default 0.6: about 1 − 0.373, the share of livestream buyers
    /// who had no problem in the China Consumers Association survey of 31 Mar 2020.
    pub trust: f64,
    /// Share of a KOL-driven platform's content that is selling, in [0, 1]. Default 0.3: an assumption (no
    /// figure exists); it leaves Xiaohongshu earning most of its revenue from ads, as reported.
    pub selling_intensity: f64,
    /// Last year projected, in [`Scenario::MIN_END_YEAR`, `Scenario::MAX_END_YEAR`]. Default 2025.
    pub end_year: u16,
    /// Which reported history the constants are fitted to (the reader's choice, not a lever: it changes
    /// the constants, not the world). Default [`View::Reported`], everything reported since.
    pub view: View,
}

impl Scenario {
    /// Earliest allowed projection horizon: one full year after the link ban.
    pub const MIN_END_YEAR: u16 = 2021;
    /// Latest allowed projection horizon: a toy says nothing useful a decade out.
    pub const MAX_END_YEAR: u16 = 2030;

    /// The article's 2020 world: what happened, with the calibrated trust.
    pub const DEFAULT: Scenario = Scenario {
        link_ban: true,
        store_maturity: 0.3,
        kuaishou_jd: true,
        partner_weibo: true,
        partner_baidu: true,
        partner_xigua: true,
        partner_reach: 0.5,
        trust: 0.6,
        selling_intensity: 0.3,
        end_year: 2025,
        view: View::Reported,
    };

    /// Clamp every field into its documented range (NaN and infinities become the field's default) and
    /// report which levers changed.
    pub fn sanitized(self) -> (Scenario, Vec<Lever>) {
        let mut clean = self;
        let mut changed = Vec::new();
        for lever in Lever::ALL {
            let before = lever.get(&self);
            lever.set(&mut clean, before);
            // `!=` is true for NaN, which is exactly a value that had to change.
            if lever.get(&clean) != before {
                changed.push(lever);
            }
        }
        (clean, changed)
    }

    /// `levers`' levers and switches, with `self`'s view and horizon: what a preset or Reset does to the
    /// reader's scenario. The view is the reader's choice of history and the horizon how far they look, so
    /// neither a preset nor Reset may rewrite the fitted years or move the last year shown.
    pub const fn with_levers_of(self, levers: Scenario) -> Scenario {
        Scenario {
            view: self.view,
            end_year: self.end_year,
            ..levers
        }
    }

    /// The default levers and switches, keeping the reader's view and horizon: what every Reset button
    /// (and the slides' `R` key) applies.
    pub const fn reset(self) -> Scenario {
        self.with_levers_of(Scenario::DEFAULT)
    }

    /// Like [`Scenario::sanitized`] without the report; does not allocate.
    pub fn clamped(self) -> Scenario {
        let mut clean = self;
        for lever in Lever::ALL {
            lever.set(&mut clean, lever.get(&self));
        }
        clean
    }
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario::DEFAULT
    }
}
