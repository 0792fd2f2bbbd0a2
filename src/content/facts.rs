//! The ledger's figures as the page writes them (each source's name and each amount in the page's
//! language), and the sources the prose cites beside them: the other figures, and the dated moves of
//! the timeline. The figures themselves live once, under the model ([`crate::model::ledger`]).

use super::format::Locale;
use crate::model::ledger::{src, Flag, GmvFigure, Source};

impl Source {
    /// The name in `locale`.
    pub const fn get(self, locale: Locale) -> &'static str {
        match locale {
            Locale::En => self.en,
            Locale::Zh => self.zh,
        }
    }
}

impl GmvFigure {
    /// The amount as written in `locale`: one value, a floor ("more than …"), or the reported
    /// range. (Natively only: the sources panel it writes is copied from the page.)
    #[cfg(not(target_arch = "wasm32"))]
    pub fn amount(&self, locale: Locale) -> String {
        use super::format::{reported_range, reported_rmb};
        if self.is_floor() {
            let more_than = super::texts(locale).sources.more_than;
            format!("{more_than}{}", reported_rmb(locale, self.low))
        } else if self.low == self.high {
            reported_rmb(locale, self.low)
        } else {
            reported_range(locale, self.low, self.high)
        }
    }
}

const BN: f64 = 1e9;

/// Kuaishou's 2020 target before 36Kr reported it raised to RMB 250 bn (flag R).
pub const KUAISHOU_FIRST_TARGET_2020: f64 = 100.0 * BN;
/// What Viya, the best-known streamer, was ordered to pay on 20 Dec 2021 for tax evasion: back taxes,
/// late-payment fees and fines together, RMB 1.341 bn (Bloomberg; FashionUnited; the tax authority's
/// statement as Chinanews reported it) (flag R).
pub const VIYA_FINE: f64 = 1.341 * BN;
/// Douyin's livestream GMV in 2019, about RMB 10 bn (ChinaTalk; flag W). The fit does not read it.
pub const DOUYIN_LIVESTREAM_2019: f64 = 10.0 * BN;
/// Kuaishou's livestream GMV in 2019, about RMB 35 bn (KrASIA, citing unnamed 36Kr sources; flag W).
/// The fit reads Kuaishou's listing application instead, which counts all its e-commerce.
pub const KUAISHOU_LIVESTREAM_2019: f64 = 35.0 * BN;
/// GMV in 2024 of Taobao and Tmall, about RMB 8 tn, and of Pinduoduo, about RMB 5.2 tn, against
/// Douyin's 3.5 tn (36Kr's exclusive of 14 Feb 2025; none confirmed by the companies: flag L).
pub const TAOBAO_TMALL_GMV_2024: f64 = 8_000.0 * BN;
pub const PINDUODUO_GMV_2024: f64 = 5_200.0 * BN;

/// Other figures the prose cites, for the sources panel: (flag, source).
/// Their descriptions, in the same order, are `SourcesText::source_items`.
pub const CITED: [(Flag, Source); 33] = [
    (
        Flag::Article,
        src(
            "Kung Fu Data blog, \"Livestream Warfare\" (2020)",
            "Kung Fu Data博客，《Livestream Warfare》（2020年）",
        ),
    ),
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
        Flag::Article,
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
        src("Bloomberg; FashionUnited", "彭博社；FashionUnited"),
    ),
    (
        Flag::Primary,
        src("Ministry of Commerce via Xinhua", "商务部，经新华社报道"),
    ),
    (
        Flag::Reputable,
        src(
            "KPMG and AliResearch via China Daily (Oct 2020)",
            "毕马威与阿里研究院，经《中国日报》报道（2020年10月）",
        ),
    ),
    (
        Flag::Reputable,
        src("iiMedia via TechNode", "艾媒咨询，经动点科技报道"),
    ),
    (
        Flag::Reputable,
        src(
            "CNNIC, 47th report (Feb 2021)",
            "中国互联网络信息中心第47次报告（2021年2月）",
        ),
    ),
    (Flag::Reputable, src("China Justice Observer", "中司观察")),
    (Flag::Reputable, src("TMTPost", "钛媒体")),
    (
        Flag::Reputable,
        src("Caixin (Apr 2021)", "财新（2021年4月）"),
    ),
    (
        Flag::Reputable,
        src(
            "Global Times (11 Sep 2023)",
            "《环球时报》（2023年9月11日）",
        ),
    ),
    (Flag::Reputable, src("Reuters; Bloomberg", "路透社；彭博社")),
    (
        Flag::Reputable,
        src("Caixin Global; TechNode", "财新英文版；动点科技"),
    ),
    (
        Flag::Weak,
        src(
            "Douyin's e-commerce conferences, as reported in trade press",
            "抖音电商生态大会，据行业媒体报道",
        ),
    ),
    (Flag::Weak, src("Dao Insights", "Dao Insights")),
    (
        Flag::Weak,
        src(
            "ChinaTalk, \"How Douyin…\", part 2",
            "ChinaTalk（抖音系列文章第二篇）",
        ),
    ),
    (
        Flag::Weak,
        src(
            "KrASIA (2020), citing unnamed 36Kr sources",
            "KrASIA（2020年），援引36氪未具名信源",
        ),
    ),
    (
        Flag::Reputable,
        src(
            "Xinhua via AFPBB (26 May 2021)",
            "新华社，经AFPBB报道（2021年5月26日）",
        ),
    ),
    (
        Flag::Primary,
        src("MOGU results release (2021)", "蘑菇街业绩公告（2021年）"),
    ),
    (
        Flag::Weak,
        src("Data100 survey (May 2020)", "Data100调查（2020年5月）"),
    ),
    (
        Flag::Leaked,
        src(
            "36Kr, exclusive (14 Feb 2025)",
            "36氪独家报道（2025年2月14日）",
        ),
    ),
];

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn an_amount_is_one_value_or_its_range() {
        use crate::content::format::{reported_range, reported_rmb};
        use crate::model::ledger::{REPORTED, SCOREBOARD};
        for f in SCOREBOARD.iter().chain(REPORTED.iter()) {
            let text = f.amount(Locale::En);
            let range = reported_range(Locale::En, f.low, f.high);
            assert_eq!(
                text == range,
                f.low != f.high && !f.is_floor(),
                "{text} {range} {f:?}"
            );
            let value = reported_rmb(Locale::En, f.low);
            if f.is_floor() {
                assert_eq!(text, format!("more than {value}"));
            } else {
                // A range writes its unit once: "RMB 170–180 bn".
                assert_eq!(text == value, f.low == f.high, "{text}");
            }
        }
        assert!(REPORTED.iter().any(|f| f.is_floor()), "a floor to test");
        assert!(REPORTED.iter().any(|f| f.low != f.high), "a range to test");
    }

    #[test]
    fn every_cited_source_is_named_in_both_languages() {
        for (_, source) in CITED {
            assert!(!source.is_empty());
        }
        for event in TIMELINE {
            assert!(!event.source.is_empty());
        }
    }
}
