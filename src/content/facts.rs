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

/// A source's name in both languages: the sources panel and every table show the page's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// As the English page names it.
    pub en: &'static str,
    /// As the Chinese page names it.
    pub zh: &'static str,
}

impl Source {
    /// The name in `locale`.
    pub const fn get(self, locale: Locale) -> &'static str {
        match locale {
            Locale::En => self.en,
            Locale::Zh => self.zh,
        }
    }

    /// Whether either language's name is missing.
    pub const fn is_empty(&self) -> bool {
        self.en.is_empty() || self.zh.is_empty()
    }
}

/// A source named in both languages.
const fn src(en: &'static str, zh: &'static str) -> Source {
    Source { en, zh }
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
    pub source: Source,
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
        source: src("36Kr, cited in the 2020 article", "36氪，经2020年原文引述"),
    },
    GmvFigure {
        player: Player::TaobaoLive,
        year: 2020,
        low: 500.0 * BN,
        high: 500.0 * BN,
        measure: Measure::Target,
        flag: Flag::Article,
        lower_bound: false,
        source: src(
            "36Kr, cited in the 2020 article (\"on track to double\")",
            "36氪，经2020年原文引述（“有望翻一番”）",
        ),
    },
    GmvFigure {
        player: Player::Kuaishou,
        year: 2020,
        low: 250.0 * BN,
        high: 250.0 * BN,
        measure: Measure::Target,
        flag: Flag::Article,
        lower_bound: false,
        source: src(
            "36Kr, cited in the 2020 article; the raise from RMB 100 bn was reported by 36Kr, not by the article",
            "36氪，经2020年原文引述；目标由1000亿元上调一事是36氪的报道，原文并未提及",
        ),
    },
    GmvFigure {
        player: Player::Douyin,
        year: 2020,
        low: 200.0 * BN,
        high: 200.0 * BN,
        measure: Measure::Target,
        flag: Flag::Article,
        lower_bound: false,
        source: src("36Kr, cited in the 2020 article", "36氪，经2020年原文引述"),
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
        source: src(
            "SCMP (Apr 2021), Alibaba statement: more than RMB 400 bn",
            "《南华早报》（2021年4月），阿里巴巴声明：超过4000亿元",
        ),
    },
    GmvFigure {
        player: Player::Kuaishou,
        year: 2020,
        low: 381.2 * BN,
        high: 381.2 * BN,
        measure: Measure::TotalEcommerceGmv,
        flag: Flag::Reputable,
        lower_bound: false,
        source: src(
            "Caixin Global (9 Apr 2021), company figure",
            "财新（2021年4月9日），公司数据",
        ),
    },
    GmvFigure {
        player: Player::Kuaishou,
        year: 2021,
        low: 680.0 * BN,
        high: 680.0 * BN,
        measure: Measure::TotalEcommerceGmv,
        flag: Flag::Reputable,
        lower_bound: false,
        source: src(
            "Sina Tech, results coverage (29 Mar 2022)",
            "新浪科技，业绩报道（2022年3月29日）",
        ),
    },
    GmvFigure {
        player: Player::Kuaishou,
        year: 2022,
        low: 901.2 * BN,
        high: 901.2 * BN,
        measure: Measure::TotalEcommerceGmv,
        flag: Flag::Primary,
        lower_bound: false,
        source: src(
            "Kuaishou FY2023 results release (20 Mar 2024)",
            "快手2023年度业绩公告（2024年3月20日）",
        ),
    },
    GmvFigure {
        player: Player::Kuaishou,
        year: 2023,
        low: 1_184.4 * BN,
        high: 1_184.4 * BN,
        measure: Measure::TotalEcommerceGmv,
        flag: Flag::Primary,
        lower_bound: false,
        source: src(
            "Kuaishou FY2023 results release (20 Mar 2024)",
            "快手2023年度业绩公告（2024年3月20日）",
        ),
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
        source: src(
            "Kuaishou quarterly releases 2024, sum of four quarters",
            "快手2024年各季度业绩公告，四个季度相加",
        ),
    },
    GmvFigure {
        player: Player::Douyin,
        year: 2020,
        low: 170.0 * BN,
        high: 180.0 * BN,
        measure: Measure::TotalEcommerceGmv,
        flag: Flag::Leaked,
        lower_bound: false,
        source: src(
            "Caixin Global (9 Apr 2021); ByteDance denied it",
            "财新（2021年4月9日）；字节跳动否认",
        ),
    },
    GmvFigure {
        player: Player::Douyin,
        year: 2021,
        low: 800.0 * BN,
        high: 800.0 * BN,
        measure: Measure::TotalEcommerceGmv,
        flag: Flag::Leaked,
        lower_bound: true,
        source: src(
            "TechNode (1 Jun 2022): more than RMB 800 bn; Douyin called it inaccurate",
            "动点科技（2022年6月1日）：超过8000亿元；抖音称数据不准确",
        ),
    },
    GmvFigure {
        player: Player::Douyin,
        year: 2022,
        low: 1_410.0 * BN,
        high: 1_410.0 * BN,
        measure: Measure::TotalEcommerceGmv,
        flag: Flag::Leaked,
        lower_bound: false,
        source: src(
            "PingWest (11 Jan 2023), citing The Information",
            "品玩（2023年1月11日），援引The Information",
        ),
    },
    GmvFigure {
        player: Player::Douyin,
        year: 2023,
        low: 2_200.0 * BN,
        high: 2_700.0 * BN,
        measure: Measure::TotalEcommerceGmv,
        flag: Flag::Leaked,
        lower_bound: false,
        source: src(
            "KrASIA: ~2.2 tn (LatePost, denied) or ~2.7 tn incl. product cards (36Kr source)",
            "KrASIA：约2.2万亿元（晚点LatePost，已被否认），或约2.7万亿元（含商品卡，36氪信源）",
        ),
    },
    GmvFigure {
        player: Player::Douyin,
        year: 2024,
        low: 3_500.0 * BN,
        high: 3_500.0 * BN,
        measure: Measure::TotalEcommerceGmv,
        flag: Flag::Weak,
        lower_bound: false,
        source: src("trade press (reported)", "行业媒体（报道）"),
    },
];

/// Livestream sales on the e-commerce platforms the Ministry of Commerce monitors, January to September
/// 2023, RMB (Ministry of Commerce via Yicai Global; R). Nine months of a different measure (livestreams
/// only, every platform monitored): a rough check of the model's market, not a figure to fit.
/// Kuaishou's 2020 target before 36Kr reported it raised to RMB 250 bn (flag R).
pub const KUAISHOU_FIRST_TARGET_2020: f64 = 100.0 * BN;
/// The fine for tax evasion imposed on Viya, the best-known streamer, on 20 Dec 2021
/// (Bloomberg; FashionUnited) (flag R).
pub const VIYA_FINE: f64 = 1.341 * BN;
pub const LIVESTREAM_SALES_2023_JAN_SEP: f64 = 1_980.0 * BN;

/// Other figures the prose cites, for the sources panel: (flag, source).
/// Their descriptions, in the same order, are `SourcesText::source_items`.
pub const CITED: [(Flag, Source); 15] = [
    (
        Flag::Primary,
        src(
            "National Bureau of Statistics, 7th census (2020)",
            "国家统计局，第七次全国人口普查（2020年）",
        ),
    ),
    (
        Flag::Reputable,
        src(
            "Campaign Asia (27 Aug 2020); PingWest (28 Aug 2020)",
            "Campaign Asia（2020年8月27日）；品玩（2020年8月28日）",
        ),
    ),
    (
        // The ledger grades it W/R: the weaker flag is shown.
        Flag::Weak,
        src(
            "Caixin coverage via trade press (graded W/R)",
            "财新报道，经行业媒体转述（评级W/R）",
        ),
    ),
    (
        Flag::Reputable,
        src(
            "TechNode (27 May 2020); KrASIA",
            "动点科技（2020年5月27日）；KrASIA",
        ),
    ),
    (
        Flag::Weak,
        src(
            "The 2020 article only; not verified elsewhere",
            "仅见于2020年原文，未能在别处证实",
        ),
    ),
    (
        Flag::Primary,
        src("MOGU 6-K (29 May 2020)", "蘑菇街6-K文件（2020年5月29日）"),
    ),
    (
        Flag::Reputable,
        src("Caixin (25 Aug 2020)", "财新（2020年8月25日）"),
    ),
    (
        Flag::Reputable,
        src(
            "TechNode (20 Aug 2020; 14 Mar 2023, citing LatePost)",
            "动点科技（2020年8月20日；2023年3月14日，援引晚点LatePost）",
        ),
    ),
    (
        Flag::Reputable,
        src(
            "China Consumers Association survey (31 Mar 2020)",
            "中国消费者协会调查（2020年3月31日）",
        ),
    ),
    (Flag::Reputable, src("36Kr (2020)", "36氪（2020年）")),
    (
        Flag::Article,
        src("The 2020 article's own conversion", "2020年原文自己的换算"),
    ),
    (
        Flag::Reputable,
        src(
            "Sina Tech, results coverage (29 Mar 2022)",
            "新浪科技，业绩报道（2022年3月29日）",
        ),
    ),
    (
        Flag::Reputable,
        src(
            "Ministry of Commerce via Yicai Global",
            "商务部，经第一财经报道",
        ),
    ),
    (
        Flag::Reputable,
        src(
            "SCMP; Reuters (15 Sep 2020)",
            "《南华早报》；路透社（2020年9月15日）",
        ),
    ),
    (
        Flag::Reputable,
        src("Bloomberg; FashionUnited", "彭博社；FashionUnited"),
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
        for (_, source) in CITED {
            assert!(!source.is_empty());
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
    pub source: Source,
}

const ARTICLE_ONLY: Source = src(
    "The 2020 article only; not verified elsewhere",
    "仅见于2020年原文，未能从别处核实",
);
const BAN_REPORTS: Source = src(
    "Campaign Asia (27 Aug 2020); PingWest (28 Aug 2020)",
    "Campaign Asia（2020年8月27日）；品玩（2020年8月28日）",
);
const ALLIANCE_REPORTS: Source = src(
    "TechNode (27 May 2020); KrASIA",
    "动点科技（2020年5月27日）；KrASIA",
);

/// The moves from Douyin's opening to Taobao to its ban on outside links, in order.
pub const TIMELINE: [Event; 9] = [
    Event {
        datetime: "2018",
        flag: Flag::Article,
        source: src(
            "The 2020 article (\"two years ago\")",
            "2020年原文（“两年前”）",
        ),
    },
    Event {
        datetime: "2019-06",
        flag: Flag::Reputable,
        source: src("KrASIA", "KrASIA"),
    },
    Event {
        datetime: "2020",
        flag: Flag::Article,
        source: ARTICLE_ONLY,
    },
    Event {
        datetime: "2020-05-27",
        flag: Flag::Reputable,
        source: ALLIANCE_REPORTS,
    },
    Event {
        datetime: "2020-06-16",
        flag: Flag::Reputable,
        source: ALLIANCE_REPORTS,
    },
    Event {
        datetime: "2020-08-20",
        flag: Flag::Weak,
        source: src("Caixin coverage via trade press", "行业媒体转述的财新报道"),
    },
    Event {
        datetime: "2020-08-27",
        flag: Flag::Reputable,
        source: BAN_REPORTS,
    },
    Event {
        datetime: "2020-09-06",
        flag: Flag::Reputable,
        source: BAN_REPORTS,
    },
    Event {
        datetime: "2020-10-09",
        flag: Flag::Reputable,
        source: BAN_REPORTS,
    },
];
