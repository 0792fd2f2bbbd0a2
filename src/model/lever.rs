//! One lever at a time: a uniform view of [`Scenario`]'s fields for generic controls, URL encoding and
//! sensitivity sweeps.

use serde::{Deserialize, Serialize};

use super::scenario::Scenario;

/// Granularity of the unit-range sliders: one percentage point.
const UNIT_STEP: f64 = 0.01;
/// Granularity of the horizon slider: one year.
const YEAR_STEP: f64 = 1.0;
/// A switch reads as on from this value up, so that 0/1 and slider positions both work.
const SWITCH_ON_FROM: f64 = 0.5;

/// One field of [`Scenario`] that a reader can move.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lever {
    /// [`Scenario::link_ban`].
    LinkBan,
    /// [`Scenario::store_maturity`].
    StoreMaturity,
    /// [`Scenario::kuaishou_jd`].
    KuaishouJd,
    /// [`Scenario::partner_weibo`].
    PartnerWeibo,
    /// [`Scenario::partner_baidu`].
    PartnerBaidu,
    /// [`Scenario::partner_xigua`].
    PartnerXigua,
    /// [`Scenario::partner_reach`].
    PartnerReach,
    /// [`Scenario::trust`].
    Trust,
    /// [`Scenario::selling_intensity`].
    SellingIntensity,
    /// [`Scenario::end_year`].
    EndYear,
}

/// What kind of control a lever needs.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum LeverKind {
    /// On or off; read and written as 1.0 / 0.0.
    Switch,
    /// A number in `[min, max]`, moved in steps of `step`.
    Range {
        /// Smallest allowed value.
        min: f64,
        /// Largest allowed value.
        max: f64,
        /// Control granularity (values between steps are still accepted).
        step: f64,
    },
}

impl Lever {
    /// Every lever, in the order of [`Scenario`]'s fields.
    pub const ALL: [Lever; 10] = [
        Lever::LinkBan,
        Lever::StoreMaturity,
        Lever::KuaishouJd,
        Lever::PartnerWeibo,
        Lever::PartnerBaidu,
        Lever::PartnerXigua,
        Lever::PartnerReach,
        Lever::Trust,
        Lever::SellingIntensity,
        Lever::EndYear,
    ];

    /// Position in [`Lever::ALL`], which orders the lever texts too.
    pub const fn index(self) -> usize {
        self as usize
    }

    /// Short stable name used in URLs.
    pub const fn key(self) -> &'static str {
        match self {
            Lever::LinkBan => "ban",
            Lever::StoreMaturity => "store",
            Lever::KuaishouJd => "kjd",
            Lever::PartnerWeibo => "weibo",
            Lever::PartnerBaidu => "baidu",
            Lever::PartnerXigua => "xigua",
            Lever::PartnerReach => "reach",
            Lever::Trust => "trust",
            Lever::SellingIntensity => "sell",
            Lever::EndYear => "end",
        }
    }

    /// The lever whose [`Lever::key`] is `key`, if any.
    pub fn from_key(key: &str) -> Option<Lever> {
        Lever::ALL.into_iter().find(|l| l.key() == key)
    }

    /// The control this lever needs, with its documented range.
    pub fn kind(self) -> LeverKind {
        match self {
            Lever::LinkBan
            | Lever::KuaishouJd
            | Lever::PartnerWeibo
            | Lever::PartnerBaidu
            | Lever::PartnerXigua => LeverKind::Switch,
            Lever::StoreMaturity | Lever::PartnerReach | Lever::Trust | Lever::SellingIntensity => {
                LeverKind::Range {
                    min: 0.0,
                    max: 1.0,
                    step: UNIT_STEP,
                }
            }
            Lever::EndYear => LeverKind::Range {
                min: f64::from(Scenario::MIN_END_YEAR),
                max: f64::from(Scenario::MAX_END_YEAR),
                step: YEAR_STEP,
            },
        }
    }

    /// The lever's current value in `s`; switches read as 0.0 or 1.0.
    pub fn get(self, s: &Scenario) -> f64 {
        let switch = |on: bool| if on { 1.0 } else { 0.0 };
        match self {
            Lever::LinkBan => switch(s.link_ban),
            Lever::StoreMaturity => s.store_maturity,
            Lever::KuaishouJd => switch(s.kuaishou_jd),
            Lever::PartnerWeibo => switch(s.partner_weibo),
            Lever::PartnerBaidu => switch(s.partner_baidu),
            Lever::PartnerXigua => switch(s.partner_xigua),
            Lever::PartnerReach => s.partner_reach,
            Lever::Trust => s.trust,
            Lever::SellingIntensity => s.selling_intensity,
            Lever::EndYear => f64::from(s.end_year),
        }
    }

    /// Set the lever in `s` to `v`, clamped into its range; NaN and infinities become the default.
    /// Switches are on from 0.5 up; the horizon rounds to the nearest year.
    pub fn set(self, s: &mut Scenario, v: f64) {
        let v = if v.is_finite() {
            v
        } else {
            self.default_value()
        };
        let v = match self.kind() {
            LeverKind::Switch => v,
            LeverKind::Range { min, max, .. } => v.clamp(min, max),
        };
        let on = v >= SWITCH_ON_FROM;
        match self {
            Lever::LinkBan => s.link_ban = on,
            Lever::StoreMaturity => s.store_maturity = v,
            Lever::KuaishouJd => s.kuaishou_jd = on,
            Lever::PartnerWeibo => s.partner_weibo = on,
            Lever::PartnerBaidu => s.partner_baidu = on,
            Lever::PartnerXigua => s.partner_xigua = on,
            Lever::PartnerReach => s.partner_reach = v,
            Lever::Trust => s.trust = v,
            Lever::SellingIntensity => s.selling_intensity = v,
            // In range after the clamp above, so the cast cannot truncate.
            Lever::EndYear => s.end_year = v.round() as u16,
        }
    }

    /// The lever's value in [`Scenario::DEFAULT`].
    pub fn default_value(self) -> f64 {
        self.get(&Scenario::DEFAULT)
    }
}
