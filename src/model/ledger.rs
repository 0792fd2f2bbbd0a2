//! The ledger: every reported figure the model is fitted to, held against or shown beside, written once,
//! with what it measures, what kind of figure it is, the period it covers, its provenance flag and its
//! source (`shared/reference/facts.md`). The weighted fit ([`crate::model::estimate`]), the backtest,
//! the page's tables and the tests all read these constants; none of them writes a figure again.
//!
//! Language-neutral: a source is named in both languages as data, and the words for measures, kinds and
//! flags, and the formatting of amounts, live in `content` (which adds [`Source::get`] and
//! [`GmvFigure::amount`]).

use super::player::Player;
use super::projection::YearResult;

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

    /// How far a figure of this flag may be from the truth, as the standard deviation of
    /// ln(true / reported) the weighted fit ([`crate::model::estimate`]) reads it with: 5% for a filing,
    /// 10% for reputable press, 25% for a leak, 40% for a weak source, 20% for the article's rounded
    /// figures. A choice, written once here and in docs/model.md.
    pub const fn sigma(self) -> f64 {
        match self {
            Flag::Primary => 0.05,
            Flag::Reputable => 0.10,
            Flag::Leaked => 0.25,
            Flag::Weak => 0.40,
            Flag::Article => 0.20,
        }
    }
}

/// What a GMV figure counts. Never plot two measures as if they were one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// Sales made through the platform's livestreams only (Taobao Live's figures).
    Livestream,
    /// All e-commerce on the platform: livestream and short video, its own checkout and links out to
    /// other marketplaces (Kuaishou's and Douyin's figures).
    Ecommerce,
    /// A platform's GMV whose source does not say what it counts.
    Unstated,
}

impl Measure {
    /// Every measure, in the order of `SourcesText::measures`.
    pub const ALL: [Measure; 3] = [Measure::Livestream, Measure::Ecommerce, Measure::Unstated];

    /// Position in [`Measure::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The model's quantity a figure of this measure is compared with, for `player` in year `y`: the one
    /// definition the fit and the backtest both use.
    ///
    /// The model has one sales line per player, `gmv`: what the player's own streams sell, wherever it is
    /// checked out (links out included). For Taobao Live's livestream figures that is the measure itself;
    /// for Kuaishou's and Douyin's e-commerce figures it is the closest the model has, since the model has
    /// no short-video or shelf sales: those figures count more than the line they are compared with.
    /// A figure that does not say what it counts is compared with the same line, for want of better.
    pub fn model_value(self, y: &YearResult, player: Player) -> f64 {
        match self {
            Measure::Livestream | Measure::Ecommerce | Measure::Unstated => y.gmv[player.index()],
        }
    }
}

/// What kind of number a figure is: how it bounds the true value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One reported value.
    Exact,
    /// Only a floor ("more than …"): the true value is at least `low`.
    Floor,
    /// Two reports that disagree, or a range as reported: the true value lies from `low` to `high`.
    Range,
    /// A goal the company was reported to be aiming at, or a pace ("on track to double"): not a result.
    Target,
}

/// The period a figure covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    /// The calendar year `year`.
    Calendar,
    /// Alibaba's fiscal year from April of `year` to March of the next: not comparable with a calendar
    /// year's model value, so shown and never fitted or backtested.
    FiscalToMarch,
    /// The months `first` to `last` of `year` (a year to date): part of a year, so shown only.
    Months {
        /// First month, 1–12.
        first: u8,
        /// Last month, 1–12.
        last: u8,
    },
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
    /// Whether either language's name is missing.
    pub const fn is_empty(&self) -> bool {
        self.en.is_empty() || self.zh.is_empty()
    }
}

/// A source named in both languages.
pub(crate) const fn src(en: &'static str, zh: &'static str) -> Source {
    Source { en, zh }
}

/// One reported GMV figure for a player and period.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GmvFigure {
    /// Whose sales.
    pub player: Player,
    /// The calendar year, or the year a fiscal year starts in (see [`GmvFigure::period`]).
    pub year: u16,
    /// The period the figure covers.
    pub period: Period,
    /// Low end of the reported value, RMB.
    pub low: f64,
    /// High end (equal to `low` for a single figure or a floor), RMB.
    pub high: f64,
    /// What the figure counts.
    pub measure: Measure,
    /// How it bounds the true value.
    pub kind: Kind,
    /// Provenance.
    pub flag: Flag,
    /// The source, as the ledger names it.
    pub source: Source,
    /// When the source was published (year, month): what could have been known when. The article's
    /// figures are of August 2020; the views of history to come read this.
    pub published: (u16, u8),
}

impl GmvFigure {
    /// The middle of the reported range.
    pub const fn mid(&self) -> f64 {
        (self.low + self.high) / 2.0
    }

    /// Whether the source gives only a floor.
    pub const fn is_floor(&self) -> bool {
        matches!(self.kind, Kind::Floor)
    }

    /// The single value a fit reproduces when it is solved to this figure exactly: the floor itself for a
    /// floor (the least the report allows), the middle of a range, the value otherwise.
    pub const fn point(&self) -> f64 {
        if self.is_floor() {
            self.low
        } else {
            self.mid()
        }
    }

    /// The model's value this figure is compared with (see [`Measure::model_value`]).
    pub fn model_value(&self, y: &YearResult) -> f64 {
        self.measure.model_value(y, self.player)
    }
}

const BN: f64 = 1e9;

/// A calendar-year figure, in billions of RMB, published in `published` (year, month).
#[allow(clippy::too_many_arguments)] // one argument per column of the ledger's table
const fn figure(
    player: Player,
    year: u16,
    (low, high): (f64, f64),
    measure: Measure,
    kind: Kind,
    flag: Flag,
    source: Source,
    published: (u16, u8),
) -> GmvFigure {
    GmvFigure {
        player,
        year,
        period: Period::Calendar,
        low: low * BN,
        high: high * BN,
        measure,
        kind,
        flag,
        source,
        published,
    }
}

/// When the 2020 article appeared: late summer 2020.
const ARTICLE_PUBLISHED: (u16, u8) = (2020, 8);

// --- What the 2020 article claimed (its data source: 36Kr) ------------------------------------------

/// Taobao Live, 2019: 250 bn (the article, citing 36Kr). The only other 2019 figure is a weak "more than
/// 200 bn" (W), so both views read this one.
pub const TAOBAO_2019: GmvFigure = figure(
    Player::TaobaoLive,
    2019,
    (250.0, 250.0),
    Measure::Livestream,
    Kind::Exact,
    Flag::Article,
    src("36Kr, cited in the 2020 article", "36氪，经2020年原文引述"),
    ARTICLE_PUBLISHED,
);
/// Taobao Live, 2020: "on track to double" (the article), about 500 bn.
pub const TAOBAO_2020_ARTICLE: GmvFigure = figure(
    Player::TaobaoLive,
    2020,
    (500.0, 500.0),
    Measure::Livestream,
    Kind::Target,
    Flag::Article,
    src(
        "36Kr, cited in the 2020 article (\"on track to double\")",
        "36氪，经2020年原文引述（“有望翻一番”）",
    ),
    ARTICLE_PUBLISHED,
);
/// Kuaishou, 2020: "heading for 250 bn", a target (the article; 36Kr reported it raised from 100 bn).
pub const KUAISHOU_2020_ARTICLE: GmvFigure = figure(
    Player::Kuaishou,
    2020,
    (250.0, 250.0),
    // A livestream target, as KrASIA reported 36Kr's account ("livestreamers on its platform" to sell
    // RMB 250 bn; facts.md): narrower than the e-commerce totals Kuaishou reported later.
    Measure::Livestream,
    Kind::Target,
    Flag::Article,
    src(
        "36Kr, cited in the 2020 article; the raise from RMB 100 bn was reported by 36Kr, not by the article",
        "36氪，经2020年原文引述；目标由1000亿元上调一事是36氪的报道，原文并未提及",
    ),
    ARTICLE_PUBLISHED,
);
/// Douyin, 2020: "going for 200 bn", a target (the article, citing 36Kr).
pub const DOUYIN_2020_ARTICLE: GmvFigure = figure(
    Player::Douyin,
    2020,
    (200.0, 200.0),
    // A livestream target, as KrASIA reported it ("livestreaming e-commerce GMV").
    Measure::Livestream,
    Kind::Target,
    Flag::Article,
    src("36Kr, cited in the 2020 article", "36氪，经2020年原文引述"),
    ARTICLE_PUBLISHED,
);

/// The article's scoreboard, 2019–2020: what chapter 2 shows and chapter 9's chart marks beside 2020.
pub const SCOREBOARD: [GmvFigure; 4] = [
    TAOBAO_2019,
    TAOBAO_2020_ARTICLE,
    KUAISHOU_2020_ARTICLE,
    DOUYIN_2020_ARTICLE,
];

// --- What was reported afterwards -------------------------------------------------------------------

/// Taobao Live, 2020: "more than 400 bn" (SCMP, Apr 2021, Alibaba statement; R). A floor.
pub const TAOBAO_2020: GmvFigure = figure(
    Player::TaobaoLive,
    2020,
    (400.0, 400.0),
    Measure::Livestream,
    Kind::Floor,
    Flag::Reputable,
    src(
        "SCMP (Apr 2021), Alibaba statement: more than RMB 400 bn",
        "《南华早报》（2021年4月），阿里巴巴声明：超过4000亿元",
    ),
    (2021, 4),
);
/// Kuaishou, 2020: 381.2 bn, total e-commerce GMV including orders sent to third-party marketplaces
/// (Caixin Global, 9 Apr 2021, company figure; R).
pub const KUAISHOU_2020: GmvFigure = figure(
    Player::Kuaishou,
    2020,
    (381.2, 381.2),
    Measure::Ecommerce,
    Kind::Exact,
    Flag::Reputable,
    src(
        "Caixin Global (9 Apr 2021), company figure",
        "财新（2021年4月9日），公司数据",
    ),
    (2021, 4),
);
/// Douyin, 2020: 170–180 bn per merchants and partners (Caixin Global, 9 Apr 2021; L, ByteDance denied).
/// What it counts is not stated (its own checkout, or every sale its streams made?): see
/// [`DOUYIN_2020_HIGH`] for a report about three times as large.
pub const DOUYIN_2020: GmvFigure = figure(
    Player::Douyin,
    2020,
    (170.0, 180.0),
    Measure::Unstated,
    Kind::Range,
    Flag::Leaked,
    src(
        "Caixin Global (9 Apr 2021); ByteDance denied it",
        "财新（2021年4月9日）；字节跳动否认",
    ),
    (2021, 4),
);
/// Douyin, 2020: 500 bn (US$77.3 bn) of transactions across Douyin's in-app checkout, storefronts,
/// livestreams and payments, in a Business of Fashion brief that names no source; a Jing Daily summary
/// says "more than three times 2019". Said to come from LatePost, whose original was not found, and
/// whether it counts third-party links is not stated: W. Shown beside [`DOUYIN_2020`]; no fit reads it.
pub const DOUYIN_2020_HIGH: GmvFigure = figure(
    Player::Douyin,
    2020,
    (500.0, 500.0),
    Measure::Unstated,
    Kind::Exact,
    Flag::Weak,
    src(
        "The Business of Fashion, China brief (2021), no source named; Jing Daily: \"more than three times 2019\"",
        "BoF时装商业评论中国简讯（2021年），未注明来源；Jing Daily称“是2019年的三倍多”",
    ),
    (2021, 6),
);
/// Kuaishou, 2019: 59.6 bn of GMV facilitated on the platform (own shop and orders sent to partner
/// marketplaces), from its Hong Kong listing application of 5 Nov 2020, as Lieyun quoted it (R; the
/// filing itself not seen). Published in 2020: the article could not have had it, the model's 2019 can.
pub const KUAISHOU_2019: GmvFigure = figure(
    Player::Kuaishou,
    2019,
    (59.6, 59.6),
    Measure::Ecommerce,
    Kind::Exact,
    Flag::Reputable,
    src(
        "Kuaishou's listing application (5 Nov 2020), quoted by Lieyun",
        "快手招股书（2020年11月5日递交），据猎云网引述",
    ),
    (2020, 11),
);
/// Taobao Live, Alibaba's fiscal year April 2020 – March 2021: "over RMB 500 bn", as a summary of
/// Alibaba's results for that year put it (W until the release itself is found). A fiscal year, so only
/// shown: no calendar year of the model matches it.
pub const TAOBAO_FY2021: GmvFigure = GmvFigure {
    period: Period::FiscalToMarch,
    ..figure(
        Player::TaobaoLive,
        2020,
        (500.0, 500.0),
        Measure::Livestream,
        Kind::Floor,
        Flag::Weak,
        src(
            "Alibaba's results for the year to 31 Mar 2021, in a news summary: over RMB 500 bn; the release not seen",
            "阿里巴巴截至2021年3月31日财年业绩，据新闻摘要：超过5000亿元；未见公告原文",
        ),
        (2021, 5),
    )
};

/// `months` of a year: a figure of [`figure`]'s columns for part of `year` (a year to date), shown only.
#[allow(clippy::too_many_arguments)] // one argument per column of the ledger's table
const fn part_year(
    player: Player,
    year: u16,
    (first, last): (u8, u8),
    value: f64,
    measure: Measure,
    flag: Flag,
    source: Source,
    published: (u16, u8),
) -> GmvFigure {
    GmvFigure {
        period: Period::Months { first, last },
        ..figure(
            player,
            year,
            (value, value),
            measure,
            Kind::Exact,
            flag,
            source,
            published,
        )
    }
}

/// Douyin, January–August 2021: 600 bn year to date, "more than twice" Kuaishou's (Jiemian, late 2021;
/// where the number came from is not said, so L).
pub const DOUYIN_2021_JAN_AUG: GmvFigure = part_year(
    Player::Douyin,
    2021,
    (1, 8),
    600.0,
    Measure::Ecommerce,
    Flag::Leaked,
    src(
        "Jiemian (late 2021), source not named",
        "界面新闻（2021年末），未注明来源",
    ),
    (2021, 10),
);
/// Douyin, January–October 2023: nearly 2 tn, up 60%, over 65% of it through short video and
/// livestreams (LatePost, via TechNode, 10 Nov 2023; L).
pub const DOUYIN_2023_JAN_OCT: GmvFigure = part_year(
    Player::Douyin,
    2023,
    (1, 10),
    2_000.0,
    Measure::Ecommerce,
    Flag::Leaked,
    src(
        "TechNode (10 Nov 2023), citing LatePost: nearly RMB 2 tn",
        "动点科技（2023年11月10日），援引晚点LatePost：近2万亿元",
    ),
    (2023, 11),
);

/// What was reported after the article, 2019–2024, in the order the sources panel lists them.
pub const REPORTED: [GmvFigure; 16] = [
    TAOBAO_2020,
    TAOBAO_FY2021,
    KUAISHOU_2019,
    KUAISHOU_2020,
    figure(
        Player::Kuaishou,
        2021,
        (680.0, 680.0),
        Measure::Ecommerce,
        Kind::Exact,
        Flag::Reputable,
        src(
            "Sina Tech, results coverage (29 Mar 2022)",
            "新浪科技，业绩报道（2022年3月29日）",
        ),
        (2022, 3),
    ),
    figure(
        Player::Kuaishou,
        2022,
        (901.2, 901.2),
        Measure::Ecommerce,
        Kind::Exact,
        Flag::Primary,
        src(
            "Kuaishou FY2023 results release (20 Mar 2024)",
            "快手2023年度业绩公告（2024年3月20日）",
        ),
        (2024, 3),
    ),
    figure(
        Player::Kuaishou,
        2023,
        (1_184.4, 1_184.4),
        Measure::Ecommerce,
        Kind::Exact,
        Flag::Primary,
        src(
            "Kuaishou FY2023 results release (20 Mar 2024)",
            "快手2023年度业绩公告（2024年3月20日）",
        ),
        (2024, 3),
    ),
    figure(
        Player::Kuaishou,
        2024,
        (1_389.6, 1_389.6),
        Measure::Ecommerce,
        Kind::Exact,
        // The company's annual figure as the press reported it; its four quarterly releases add up
        // to the same within rounding.
        Flag::Reputable,
        src(
            "Sina Tech (25 Mar 2025), Kuaishou's annual figure",
            "新浪科技（2025年3月25日），快手全年数据",
        ),
        (2025, 3),
    ),
    DOUYIN_2020,
    DOUYIN_2020_HIGH,
    DOUYIN_2021_JAN_AUG,
    figure(
        Player::Douyin,
        2021,
        (800.0, 800.0),
        Measure::Ecommerce,
        Kind::Floor,
        Flag::Leaked,
        src(
            "TechNode (1 Jun 2022): more than RMB 800 bn; Douyin called it inaccurate",
            "动点科技（2022年6月1日）：超过8000亿元；抖音称数据不准确",
        ),
        (2022, 6),
    ),
    figure(
        Player::Douyin,
        2022,
        (1_410.0, 1_410.0),
        Measure::Ecommerce,
        Kind::Exact,
        Flag::Leaked,
        src(
            "PingWest (11 Jan 2023), citing The Information",
            "品玩（2023年1月11日），援引The Information",
        ),
        (2023, 1),
    ),
    DOUYIN_2023_JAN_OCT,
    figure(
        Player::Douyin,
        2023,
        (2_200.0, 2_700.0),
        Measure::Ecommerce,
        Kind::Range,
        Flag::Leaked,
        src(
            "KrASIA: ~2.2 tn (LatePost, denied) or ~2.7 tn incl. product cards (36Kr source)",
            "KrASIA：约2.2万亿元（晚点LatePost，已被否认），或约2.7万亿元（含商品卡，36氪信源）",
        ),
        (2024, 1),
    ),
    figure(
        Player::Douyin,
        2024,
        (3_500.0, 3_500.0),
        Measure::Ecommerce,
        Kind::Exact,
        Flag::Leaked,
        src(
            "36Kr (Feb 2025): about RMB 3.5 tn, up 30%; Douyin did not respond",
            "36氪（2025年2月）：约3.5万亿元，同比增长30%；抖音未回应",
        ),
        (2025, 2),
    ),
];

// --- Counts of people -------------------------------------------------------------------------------

/// What a count of people counts. Platforms report daily and monthly users, which are not the same
/// measure: never compare one with the other as if they were.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// A platform's daily active users.
    DailyUsers,
    /// Monthly active users of a group's retail apps (Alibaba's China retail marketplaces).
    MonthlyRetailUsers,
    /// People in China who used livestream e-commerce (CNNIC's count; not all of them bought).
    LivestreamShoppingUsers,
    /// People in China who shopped online.
    OnlineShoppers,
    /// People in China online.
    InternetUsers,
}

impl Audience {
    /// Every audience, in the order of `SourcesText::audiences`.
    pub const ALL: [Audience; 5] = [
        Audience::DailyUsers,
        Audience::MonthlyRetailUsers,
        Audience::LivestreamShoppingUsers,
        Audience::OnlineShoppers,
        Audience::InternetUsers,
    ];

    /// Position in [`Audience::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }
}

/// Whose people a count counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Who {
    /// A player's users.
    Player(Player),
    /// The users of Alibaba's China retail apps (Taobao, Tmall), the audience Taobao Live streams to.
    Alibaba,
    /// All of China.
    China,
}

/// A reported count of people: a platform's users, or China's.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UserCount {
    /// Whose people.
    pub who: Who,
    /// The year the count describes.
    pub year: u16,
    /// The first month of the period it averages (a half year, a quarter); `month` for a count
    /// at one moment.
    pub first_month: u8,
    /// The month it describes (the last month of a period it averages).
    pub month: u8,
    /// How many people.
    pub people: f64,
    /// What the count counts.
    pub audience: Audience,
    /// An exact count, or a floor ("more than").
    pub kind: Kind,
    /// Provenance.
    pub flag: Flag,
    /// The source, as the ledger names it.
    pub source: Source,
    /// When the source was published (year, month).
    pub published: (u16, u8),
}

const MILLION: f64 = 1e6;

/// A count of `millions` people.
const fn count(
    who: Who,
    (year, month): (u16, u8),
    millions: f64,
    audience: Audience,
    flag: Flag,
    source: Source,
    published: (u16, u8),
) -> UserCount {
    UserCount {
        who,
        year,
        first_month: month,
        month,
        people: millions * MILLION,
        audience,
        kind: Kind::Exact,
        flag,
        source,
        published,
    }
}

/// Douyin's daily users in January 2020: over 400 m (Douyin's data report, via KrASIA; R).
pub const DOUYIN_DAILY_USERS_JAN_2020: UserCount = UserCount {
    kind: Kind::Floor,
    ..count(
        Who::Player(Player::Douyin),
        (2020, 1),
        400.0,
        Audience::DailyUsers,
        Flag::Reputable,
        src(
            "Douyin's data report (Jan 2020), via KrASIA",
            "抖音数据报告（2020年1月），据KrASIA",
        ),
        (2020, 1),
    )
};
/// Douyin's daily users in August 2020: 600 m (ByteDance, via Reuters, 15 Sep 2020; R).
pub const DOUYIN_DAILY_USERS_AUG_2020: UserCount = count(
    Who::Player(Player::Douyin),
    (2020, 8),
    600.0,
    Audience::DailyUsers,
    Flag::Reputable,
    src(
        "Reuters (15 Sep 2020), ByteDance figure",
        "路透社（2020年9月15日），字节跳动数据",
    ),
    (2020, 9),
);
/// Kuaishou's average daily users in the first half of 2020: 302 m, app and mini-program together
/// (prospectus coverage, Pandaily; R).
pub const KUAISHOU_DAILY_USERS_H1_2020: UserCount = UserCount {
    first_month: 1,
    ..count(
        Who::Player(Player::Kuaishou),
        (2020, 6),
        302.0,
        Audience::DailyUsers,
        Flag::Reputable,
        src(
            "Kuaishou's prospectus, via Pandaily (app and mini-program)",
            "快手招股书，据Pandaily（App与小程序合计）",
        ),
        (2020, 11),
    )
};
/// Kuaishou app's average daily users, first quarter of 2021: 295.3 m (Kuaishou's results; P).
pub const KUAISHOU_DAILY_USERS_Q1_2021: UserCount = UserCount {
    first_month: 1,
    ..count(
        Who::Player(Player::Kuaishou),
        (2021, 3),
        295.3,
        Audience::DailyUsers,
        Flag::Primary,
        src(
            "Kuaishou's Q1 2022 results (the year-earlier quarter; the app alone)",
            "快手2022年第一季度业绩公告（上年同期数据；仅App）",
        ),
        (2022, 5),
    )
};
/// Kuaishou app's average daily users, first quarter of 2022: 345.5 m (Kuaishou's results; P).
pub const KUAISHOU_DAILY_USERS_Q1_2022: UserCount = UserCount {
    first_month: 1,
    ..count(
        Who::Player(Player::Kuaishou),
        (2022, 3),
        345.5,
        Audience::DailyUsers,
        Flag::Primary,
        src(
            "Kuaishou's Q1 2022 results (the app alone)",
            "快手2022年第一季度业绩公告（仅App）",
        ),
        (2022, 5),
    )
};
/// Monthly users of Alibaba's China retail marketplaces, June 2020: 874 m (results coverage; R). The
/// audience Taobao Live streams to.
pub const ALIBABA_MONTHLY_USERS_JUN_2020: UserCount = count(
    Who::Alibaba,
    (2020, 6),
    874.0,
    Audience::MonthlyRetailUsers,
    Flag::Reputable,
    src(
        "Alibaba's June-quarter 2020 results, via results coverage",
        "阿里巴巴2020年6月季度业绩，据业绩报道",
    ),
    (2020, 8),
);
/// Users of livestream e-commerce in China, June 2020: 309 m (CNNIC's 46th report; R).
pub const LIVESTREAM_USERS_JUN_2020: UserCount = count(
    Who::China,
    (2020, 6),
    309.0,
    Audience::LivestreamShoppingUsers,
    Flag::Reputable,
    src(
        "CNNIC, 46th Statistical Report",
        "中国互联网络信息中心第46次统计报告",
    ),
    (2020, 9),
);
/// Users of livestream e-commerce in China, December 2020: 388 m, of whom 66.2% had bought through a
/// livestream (CNNIC's 47th report; R).
pub const LIVESTREAM_USERS_DEC_2020: UserCount = count(
    Who::China,
    (2020, 12),
    388.0,
    Audience::LivestreamShoppingUsers,
    Flag::Reputable,
    src(
        "CNNIC, 47th Statistical Report",
        "中国互联网络信息中心第47次统计报告",
    ),
    (2021, 2),
);
/// Users of livestream e-commerce in China, June 2022: 469 m (CNNIC's count, restated in CCPIT's 2022
/// report; R).
pub const LIVESTREAM_USERS_JUN_2022: UserCount = count(
    Who::China,
    (2022, 6),
    469.0,
    Audience::LivestreamShoppingUsers,
    Flag::Reputable,
    src(
        "CCPIT Academy, 2022 e-commerce trends report, citing CNNIC",
        "中国贸促会研究院《2022年中国电子商务发展趋势报告》，引中国互联网络信息中心数据",
    ),
    (2022, 11),
);
/// Online shoppers in China, December 2020: 782 m (CNNIC's 47th report; R). The model's ceiling for
/// livestream shopping.
pub const ONLINE_SHOPPERS_DEC_2020: UserCount = count(
    Who::China,
    (2020, 12),
    782.0,
    Audience::OnlineShoppers,
    Flag::Reputable,
    src(
        "CNNIC, 47th Statistical Report",
        "中国互联网络信息中心第47次统计报告",
    ),
    (2021, 2),
);
/// Internet users in China, December 2020: 989 m (CNNIC's 47th report; R). No platform's audience in
/// the model passes it.
pub const INTERNET_USERS_DEC_2020: UserCount = count(
    Who::China,
    (2020, 12),
    989.0,
    Audience::InternetUsers,
    Flag::Reputable,
    src(
        "CNNIC, 47th Statistical Report",
        "中国互联网络信息中心第47次统计报告",
    ),
    (2021, 2),
);

/// The reported audiences of 2020 that the first figure sets beside the model's attention: each
/// platform's own count, and how many people used livestream shopping at all.
pub const AUDIENCES_2020: [UserCount; 4] = [
    DOUYIN_DAILY_USERS_AUG_2020,
    KUAISHOU_DAILY_USERS_H1_2020,
    ALIBABA_MONTHLY_USERS_JUN_2020,
    LIVESTREAM_USERS_DEC_2020,
];

/// Every count of people in the ledger, oldest first.
pub const USER_COUNTS: [UserCount; 11] = [
    DOUYIN_DAILY_USERS_JAN_2020,
    LIVESTREAM_USERS_JUN_2020,
    KUAISHOU_DAILY_USERS_H1_2020,
    ALIBABA_MONTHLY_USERS_JUN_2020,
    DOUYIN_DAILY_USERS_AUG_2020,
    LIVESTREAM_USERS_DEC_2020,
    ONLINE_SHOPPERS_DEC_2020,
    INTERNET_USERS_DEC_2020,
    KUAISHOU_DAILY_USERS_Q1_2021,
    KUAISHOU_DAILY_USERS_Q1_2022,
    LIVESTREAM_USERS_JUN_2022,
];

/// Livestream sales on the e-commerce platforms the Ministry of Commerce monitors, January to September
/// 2023, RMB (Ministry of Commerce via Yicai Global; R). Nine months of a different measure (livestreams
/// only, every platform monitored): a rough check of the model's market, not a figure to fit.
pub const LIVESTREAM_SALES_2023_JAN_SEP: f64 = 1_980.0 * BN;
/// China's online retail sales in 2020, RMB 11.76 tn, services included (Ministry of Commerce via
/// Xinhua, Jan 2021; P). The scale chapter 2 sets livestream selling against; not fitted.
pub const ONLINE_RETAIL_2020: f64 = 11_760.0 * BN;
/// China's livestream e-commerce market in 2020 as KPMG and AliResearch forecast it in October 2020:
/// about RMB 1.05 tn (via China Daily, 22 Oct 2020; R). The 2020 end of the market growth the fit reads
/// (`assumed::MARKET_GROWTH_2020`); shown in chapter 2.
pub const LIVESTREAM_MARKET_2020_KPMG: f64 = 1_050.0 * BN;
/// China's livestream e-commerce market in 2020 by iiMedia's count: RMB 961 bn (via TechNode,
/// 17 Dec 2021; R). Shown beside the KPMG/AliResearch forecast; not fitted.
pub const LIVESTREAM_MARKET_2020_IIMEDIA: f64 = 961.0 * BN;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_figure_has_a_source_and_a_range_that_matches_its_kind() {
        for f in SCOREBOARD.iter().chain(REPORTED.iter()) {
            assert!(!f.source.is_empty());
            assert!(f.low > 0.0 && f.low <= f.high, "{f:?}");
            // Only a range has two ends; a floor has one.
            assert_eq!(f.kind == Kind::Range, f.high > f.low, "{f:?}");
            assert!(f.point() >= f.low && f.point() <= f.high, "{f:?}");
        }
    }

    #[test]
    fn every_figure_is_published_after_what_it_describes() {
        for f in SCOREBOARD.iter().chain(REPORTED.iter()) {
            let (year, month) = f.published;
            let ends = match f.period {
                Period::Calendar => (f.year, 12),
                Period::FiscalToMarch => (f.year + 1, 3),
                Period::Months { last, .. } => (f.year, last),
            };
            // The article's figures for 2020 were expectations, published before the year ended.
            if f.kind != Kind::Target {
                assert!((year, month) > ends, "{f:?}");
            }
            assert!((1..=12).contains(&month), "{f:?}");
        }
        for c in USER_COUNTS {
            assert!(c.published >= (c.year, c.month), "{c:?}");
        }
    }

    #[test]
    fn a_floor_is_fitted_at_its_floor_and_a_range_at_its_middle() {
        assert_eq!(TAOBAO_2020.point(), 400.0 * BN);
        assert_eq!(DOUYIN_2020.point(), 175.0 * BN);
        assert_eq!(KUAISHOU_2020.point(), KUAISHOU_2020.low);
    }

    #[test]
    fn every_count_is_sourced_dated_and_in_order() {
        for c in USER_COUNTS {
            assert!(!c.source.is_empty());
            assert!((1..=12).contains(&c.month) && c.people > 0.0, "{c:?}");
            assert!((1..=c.month).contains(&c.first_month), "{c:?}");
            assert_ne!(c.kind, Kind::Range, "{c:?}");
        }
        for pair in USER_COUNTS.windows(2) {
            assert!(
                (pair[0].year, pair[0].month) <= (pair[1].year, pair[1].month),
                "{pair:?}"
            );
        }
        for c in AUDIENCES_2020 {
            assert!(USER_COUNTS.contains(&c) && c.year == 2020, "{c:?}");
        }
        for (i, audience) in Audience::ALL.iter().enumerate() {
            assert_eq!(audience.index(), i);
        }
    }

    #[test]
    fn flags_and_measures_are_indexed_in_order() {
        for (i, flag) in Flag::ALL.iter().enumerate() {
            assert_eq!(flag.index(), i);
        }
        for (i, measure) in Measure::ALL.iter().enumerate() {
            assert_eq!(measure.index(), i);
        }
    }
}
