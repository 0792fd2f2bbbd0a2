//! Every figure the explainer shows, with what it measures, its source and its
//! provenance flag, taken from the project's facts ledger
//! (`shared/reference/facts.md`). Language-neutral: the words for measures and
//! flags live in [`super::Texts`].

use super::format::{rmb, Locale};
use crate::model::Player;

/// How far a figure can be trusted, as the facts ledger grades it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flag {
    /// A company filing or the company's own release.
    Primary,
    /// Reputable press, or a company figure reported by reputable press.
    Reputable,
    /// Leaked or unofficial, reported by reputable press; denied or unconfirmed.
    Leaked,
    /// A secondary blog or an unverified copy.
    Weak,
    /// What the 2020 article claimed at the time, citing 36Kr: a result or a target.
    Article,
}

impl Flag {
    /// Every flag, in the order their words appear in `SourcesText::flags`.
    pub const ALL: [Flag; 5] = [
        Flag::Primary,
        Flag::Reputable,
        Flag::Leaked,
        Flag::Weak,
        Flag::Article,
    ];

    /// The letter shown next to a figure.
    pub const fn letter(self) -> &'static str {
        match self {
            Flag::Primary => "P",
            Flag::Reputable => "R",
            Flag::Leaked => "L",
            Flag::Weak => "W",
            Flag::Article => "A",
        }
    }

    /// Position in [`Flag::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }
}

/// What a GMV figure counts. Never plot two measures as if they were one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// Sales made through livestreams only.
    LivestreamGmv,
    /// All e-commerce on the platform: livestream and short video, own store and links out.
    TotalEcommerceGmv,
    /// A target the company was reported to be aiming at, not a result.
    Target,
}

impl Measure {
    /// Position in `SourcesText::measures`.
    pub const fn index(self) -> usize {
        self as usize
    }
}

/// One reported GMV figure for a player and year.
#[derive(Clone, Copy, Debug)]
pub struct GmvFigure {
    /// Whose sales.
    pub player: Player,
    /// Calendar year.
    pub year: u16,
    /// Low end of the reported value, RMB.
    pub low: f64,
    /// High end (equal to `low` for a single figure), RMB.
    pub high: f64,
    /// What the figure counts.
    pub measure: Measure,
    /// Provenance.
    pub flag: Flag,
    /// Whether the source gives only a floor ("more than …"): the true value is at least `low`.
    pub lower_bound: bool,
    /// The source, as the ledger names it.
    pub source: &'static str,
}

impl GmvFigure {
    /// The middle of the reported range.
    pub fn mid(&self) -> f64 {
        (self.low + self.high) / 2.0
    }

    /// The amount as written in `locale`: one value, or the reported range.
    pub fn amount(&self, locale: Locale) -> String {
        if self.low == self.high {
            rmb(locale, self.low)
        } else {
            format!("{} – {}", rmb(locale, self.low), rmb(locale, self.high))
        }
    }
}

const BN: f64 = 1e9;

/// The article's scoreboard, 2019–2020 (its data source: 36Kr).
pub const SCOREBOARD: [GmvFigure; 4] = [
    GmvFigure {
        player: Player::TaobaoLive,
        year: 2019,
        low: 250.0 * BN,
        high: 250.0 * BN,
        measure: Measure::LivestreamGmv,
        flag: Flag::Article,
        lower_bound: false,
        source: "36Kr, cited in the 2020 article",
    },
    GmvFigure {
        player: Player::TaobaoLive,
        year: 2020,
        low: 500.0 * BN,
        high: 500.0 * BN,
        measure: Measure::Target,
        flag: Flag::Article,
        lower_bound: false,
        source: "36Kr, cited in the 2020 article (\"on track to double\")",
    },
    GmvFigure {
        player: Player::Kuaishou,
        year: 2020,
        low: 250.0 * BN,
        high: 250.0 * BN,
        measure: Measure::Target,
        flag: Flag::Article,
        lower_bound: false,
        source: "36Kr, cited in the 2020 article (target raised from 100 bn)",
    },
    GmvFigure {
        player: Player::Douyin,
        year: 2020,
        low: 200.0 * BN,
        high: 200.0 * BN,
        measure: Measure::Target,
        flag: Flag::Article,
        lower_bound: false,
        source: "36Kr, cited in the 2020 article",
    },
];

/// What was reported after the article, 2020–2024.
pub const REPORTED: [GmvFigure; 11] = [
    GmvFigure {
        player: Player::TaobaoLive,
        year: 2020,
        low: 400.0 * BN,
        high: 400.0 * BN,
        measure: Measure::LivestreamGmv,
        flag: Flag::Reputable,
        lower_bound: true,
        source: "SCMP (Apr 2021), Alibaba statement: more than RMB 400 bn",
    },
    GmvFigure {
        player: Player::Kuaishou,
        year: 2020,
        low: 381.2 * BN,
        high: 381.2 * BN,
        measure: Measure::TotalEcommerceGmv,
        flag: Flag::Reputable,
        lower_bound: false,
        source: "Caixin Global (9 Apr 2021), company figure",
    },
    GmvFigure {
        player: Player::Kuaishou,
        year: 2021,
        low: 680.0 * BN,
        high: 680.0 * BN,
        measure: Measure::TotalEcommerceGmv,
        flag: Flag::Reputable,
        lower_bound: false,
        source: "Sina Tech, results coverage (29 Mar 2022)",
    },
    GmvFigure {
        player: Player::Kuaishou,
        year: 2022,
        low: 901.2 * BN,
        high: 901.2 * BN,
        measure: Measure::TotalEcommerceGmv,
        flag: Flag::Primary,
        lower_bound: false,
        source: "Kuaishou FY2023 results release (20 Mar 2024)",
    },
    GmvFigure {
        player: Player::Kuaishou,
        year: 2023,
        low: 1_184.4 * BN,
        high: 1_184.4 * BN,
        measure: Measure::TotalEcommerceGmv,
        flag: Flag::Primary,
        lower_bound: false,
        source: "Kuaishou FY2023 results release (20 Mar 2024)",
    },
    GmvFigure {
        player: Player::Kuaishou,
        year: 2024,
        low: 1_389.7 * BN,
        high: 1_389.7 * BN,
        measure: Measure::TotalEcommerceGmv,
        // Q1–Q3 from the company's releases, Q4 from the press: the weaker flag holds.
        flag: Flag::Reputable,
        lower_bound: false,
        source: "Kuaishou quarterly releases 2024, sum of four quarters",
    },
    GmvFigure {
        player: Player::Douyin,
        year: 2020,
        low: 170.0 * BN,
        high: 180.0 * BN,
        measure: Measure::TotalEcommerceGmv,
        flag: Flag::Leaked,
        lower_bound: false,
        source: "Caixin Global (9 Apr 2021); ByteDance denied it",
    },
    GmvFigure {
        player: Player::Douyin,
        year: 2021,
        low: 800.0 * BN,
        high: 800.0 * BN,
        measure: Measure::TotalEcommerceGmv,
        flag: Flag::Leaked,
        lower_bound: true,
        source: "TechNode (1 Jun 2022): more than RMB 800 bn; Douyin called it inaccurate",
    },
    GmvFigure {
        player: Player::Douyin,
        year: 2022,
        low: 1_410.0 * BN,
        high: 1_410.0 * BN,
        measure: Measure::TotalEcommerceGmv,
        flag: Flag::Leaked,
        lower_bound: false,
        source: "PingWest (11 Jan 2023), citing The Information",
    },
    GmvFigure {
        player: Player::Douyin,
        year: 2023,
        low: 2_200.0 * BN,
        high: 2_700.0 * BN,
        measure: Measure::TotalEcommerceGmv,
        flag: Flag::Leaked,
        lower_bound: false,
        source: "KrASIA: ~2.2 tn (LatePost, denied) or ~2.7 tn incl. product cards (36Kr source)",
    },
    GmvFigure {
        player: Player::Douyin,
        year: 2024,
        low: 3_500.0 * BN,
        high: 3_500.0 * BN,
        measure: Measure::TotalEcommerceGmv,
        flag: Flag::Weak,
        lower_bound: false,
        source: "trade press (reported)",
    },
];

/// Livestream sales on the e-commerce platforms the Ministry of Commerce monitors, January to September
/// 2023, RMB (Ministry of Commerce via Yicai Global; R). Nine months of a different measure (livestreams
/// only, every platform monitored): a rough check of the model's market, not a figure to fit.
pub const LIVESTREAM_SALES_2023_JAN_SEP: f64 = 1_980.0 * BN;

/// Other figures the prose cites, for the sources panel: (flag, source).
/// Their descriptions, in the same order, are `SourcesText::source_items`.
pub const CITED: [(Flag, &str); 8] = [
    (
        Flag::Primary,
        "National Bureau of Statistics, 7th census (2020)",
    ),
    (
        Flag::Reputable,
        "Campaign Asia (27 Aug 2020); PingWest (28 Aug 2020)",
    ),
    (Flag::Reputable, "TechNode (27 May 2020); KrASIA"),
    (Flag::Weak, "The 2020 article only; not verified elsewhere"),
    (Flag::Primary, "MOGU 6-K (29 May 2020)"),
    (Flag::Reputable, "Caixin (25 Aug 2020)"),
    (
        Flag::Reputable,
        "TechNode (20 Aug 2020; 14 Mar 2023, citing LatePost)",
    ),
    (
        Flag::Reputable,
        "China Consumers Association survey (31 Mar 2020)",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_amount_is_one_value_or_its_range() {
        for f in SCOREBOARD.iter().chain(REPORTED.iter()) {
            let text = f.amount(Locale::En);
            assert_eq!(text.contains(" – "), f.low != f.high, "{text}");
            assert!(text.starts_with(&rmb(Locale::En, f.low)), "{text}");
        }
        assert!(REPORTED.iter().any(|f| f.low != f.high), "a range to test");
    }

    #[test]
    fn every_figure_has_a_source_and_an_ordered_range() {
        for f in SCOREBOARD.iter().chain(REPORTED.iter()) {
            assert!(!f.source.is_empty());
            assert!(f.low > 0.0 && f.low <= f.high, "{f:?}");
        }
    }

    #[test]
    fn flags_are_indexed_in_order() {
        for (i, flag) in Flag::ALL.iter().enumerate() {
            assert_eq!(flag.index(), i);
        }
    }
}

/// One dated move of the story (the timeline figure), with its source and flag. What
/// happened, and the date in words, are `TimelineText::events`, in the same order.
#[derive(Clone, Copy, Debug)]
pub struct Event {
    /// The date as HTML's `<time datetime>` reads it: a year, a month or a day.
    pub datetime: &'static str,
    pub flag: Flag,
    pub source: &'static str,
}

/// The moves from Douyin's opening to Taobao to its ban on outside links, in order.
pub const TIMELINE: [Event; 9] = [
    Event {
        datetime: "2018",
        flag: Flag::Article,
        source: "The 2020 article (\"two years ago\")",
    },
    Event {
        datetime: "2019-06",
        flag: Flag::Reputable,
        source: "KrASIA",
    },
    Event {
        datetime: "2020",
        flag: Flag::Article,
        source: "The 2020 article only; not verified elsewhere",
    },
    Event {
        datetime: "2020-05-27",
        flag: Flag::Reputable,
        source: "TechNode (27 May 2020)",
    },
    Event {
        datetime: "2020-06-16",
        flag: Flag::Reputable,
        source: "TechNode (27 May 2020); KrASIA",
    },
    Event {
        datetime: "2020-08-20",
        flag: Flag::Weak,
        source: "Caixin coverage via trade press",
    },
    Event {
        datetime: "2020-08-27",
        flag: Flag::Reputable,
        source: "Campaign Asia (27 Aug 2020); PingWest (28 Aug 2020)",
    },
    Event {
        datetime: "2020-09-06",
        flag: Flag::Reputable,
        source: "Campaign Asia (27 Aug 2020); PingWest (28 Aug 2020)",
    },
    Event {
        datetime: "2020-10-09",
        flag: Flag::Reputable,
        source: "Campaign Asia (27 Aug 2020); PingWest (28 Aug 2020)",
    },
];
