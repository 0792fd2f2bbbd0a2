//! Named scenarios the explainer can jump to, each changing one thing about the article's 2020 world.

use super::scenario::Scenario;

/// A named scenario.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Preset {
    /// Stable identifier, for URLs and content references.
    pub id: &'static str,
    /// Display name.
    pub name: &'static str,
    /// What the preset changes, in one sentence.
    pub description: &'static str,
    /// The levers.
    pub scenario: Scenario,
}

impl Preset {
    /// The preset applied to the reader's scenario `current`: its levers and switches, with `current`'s
    /// fit and horizon kept (see [`Scenario::with_levers_of`]).
    pub const fn applied_to(&self, current: Scenario) -> Scenario {
        current.with_levers_of(self.scenario)
    }

    /// Whether `s` is this preset, whatever its fit and horizon.
    pub fn matches(&self, s: &Scenario) -> bool {
        self.applied_to(*s) == *s
    }
}

/// Store maturity in 2020 of the "matures fast" preset: most formerly linked sales stay on Douyin at once.
const FAST_STORE_MATURITY: f64 = 0.8;
/// Trust in the "trust collapse" preset: most viewers distrust streamers.
const COLLAPSED_TRUST: f64 = 0.15;
/// Partner reach of the "full strength" preset: every partner viewer's purchase goes through Taobao.
const FULL_PARTNER_REACH: f64 = 1.0;

const BASE: Scenario = Scenario::DEFAULT;

/// The explainer's presets; the first is the default scenario.
pub const PRESETS: [Preset; 6] = [
    Preset {
        id: "baseline",
        name: "The article's 2020 baseline",
        description: "What happened: Douyin bans Taobao links from October 2020 with an immature store, \
                      Kuaishou allies with JD, and Weibo, Baidu and Xigua route viewers into Taobao.",
        scenario: BASE,
    },
    Preset {
        id: "no-ban",
        name: "No link ban",
        description: "Douyin keeps letting streamers sell through Taobao links, so Taobao keeps booking \
                      most of the sales Douyin's streams create.",
        scenario: Scenario {
            link_ban: false,
            ..BASE
        },
    },
    Preset {
        id: "store-fast",
        name: "Douyin's store matures fast",
        description: "Douyin's native store is nearly ready when the ban starts, so the sales it takes \
                      from Taobao links mostly stay on Douyin.",
        scenario: Scenario {
            store_maturity: FAST_STORE_MATURITY,
            ..BASE
        },
    },
    Preset {
        id: "no-jd",
        name: "Kuaishou without JD",
        description: "Kuaishou goes it alone, without JD's quality assurance and logistics behind its \
                      streamers.",
        scenario: Scenario {
            kuaishou_jd: false,
            ..BASE
        },
    },
    Preset {
        id: "partners-full",
        name: "Content-partner network at full strength",
        description: "Weibo, Baidu and Xigua send every purchase their streams inspire through Taobao.",
        scenario: Scenario {
            partner_weibo: true,
            partner_baidu: true,
            partner_xigua: true,
            partner_reach: FULL_PARTNER_REACH,
            ..BASE
        },
    },
    Preset {
        id: "trust-collapse",
        name: "Trust collapse",
        description: "Viewers stop believing streamers, which cuts conversion most on the KOL-driven \
                      platforms.",
        scenario: Scenario {
            trust: COLLAPSED_TRUST,
            ..BASE
        },
    },
];
