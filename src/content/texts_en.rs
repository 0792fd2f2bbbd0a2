//! English texts of the interface.

use super::chapters_en::{chapter_en, MAP_NOTES_EN};
use super::format::{count_word, Locale};
#[cfg(not(target_arch = "wasm32"))]
use super::sentences::CountSentence;
use super::sentences::{
    BacktestSentence, BanSentence, BandSentence, CurveSentence, HindsightSentence, LeadSentence,
    LikelyRange, Miss, PlatformYear, SensitivitySentence, Sentences, TrustSentence,
};
#[cfg(not(target_arch = "wasm32"))]
use super::texts::ResidualText;
use super::texts::{
    BanText, ColumnText, ControlText, CurveText, FigureText, FigureTexts, FrameText, GuessText,
    HindsightText, LeverText, MapText, MethodsText, MetricText, NextText, NoticeText, PresetText,
    SensitivityText, SlideText, SourcesText, Texts, TimelineText, ToolbarText,
};

/// Every English string of the interface.
pub const EN: Texts = Texts {
    title: "Livestream Arena",
    subtitle: "How China's platforms fought over livestream shopping in 2020, with a market model you can steer.",
    chapter: |n| format!("Chapter {n}"),
    chapters: chapter_en,
    noscript: "Without JavaScript the figures show the model's default scenario and the levers do not move: turn JavaScript on to steer the model yourself.",
    other_page: ("zh.html", "zh-CN", "阅读中文版"),
    footer: "Livestream Arena runs entirely in your browser: no cookies, no tracking, nothing sent anywhere. Its figures are those reported up to March 2025 (no later report has been added yet); the text was last revised in December 2026.",
    players: ["Taobao Live", "Douyin", "Kuaishou", "JD", "Mogujie", "Xiaohongshu"],
    blocs: ["Alibaba", "ByteDance", "Tencent side", "Independents"],
    partners: ["Weibo", "Baidu", "Xigua"],
    levers: [
        LeverText {
            label: "Douyin's link ban",
            help: "Third-party shopping links barred from Douyin livestreams from 9 October 2020.",
            ends: ["links allowed", "links banned"],
        },
        LeverText {
            label: "Maturity of Douyin's own store",
            help: "How much of the sales that used to go out through links Douyin's in-app store can catch.",
            ends: ["immature", "mature"],
        },
        LeverText {
            label: "Kuaishou–JD alliance",
            help: "JD's quality checks and logistics behind the JD goods sold in Kuaishou's streams; in the model, a lift to conversion and trust across all of Kuaishou's streams.",
            ends: ["off", "on"],
        },
        LeverText {
            label: "Weibo in the content-partner network",
            help: "Weibo's viewers can follow links into Taobao.",
            ends: ["out", "in"],
        },
        LeverText {
            label: "Baidu in the content-partner network",
            help: "Baidu's users can follow links into Taobao.",
            ends: ["out", "in"],
        },
        LeverText {
            label: "Xigua in the content-partner network",
            help: "Xigua Video's viewers can follow links into Taobao.",
            ends: ["out", "in"],
        },
        LeverText {
            label: "Content-partner reach",
            help: "How strongly the partners route their viewers to Taobao.",
            ends: ["weak", "strong"],
        },
        LeverText {
            label: "Audience trust in streamers",
            help: "How far viewers believe what streamers tell them.",
            ends: ["low", "high"],
        },
        LeverText {
            label: "Selling intensity",
            help: "How much of what streamers post is selling rather than content.",
            ends: ["little selling", "all selling"],
        },
        LeverText {
            label: "Projection ends in",
            help: "The last year the model projects.",
            ends: ["2021", "2030"],
        },
    ],
    presets: [
        PresetText {
            name: "The article's 2020 baseline",
            description: "Everything as it stood in autumn 2020: the ban on, a young Douyin store, Kuaishou with JD, and Weibo, Baidu and Xigua in Alibaba's content-partner network as the article says (a list we could not confirm).",
        },
        PresetText {
            name: "No link ban",
            description: "Douyin never bans third-party links, so its viewers keep buying through Taobao.",
        },
        PresetText {
            name: "Douyin's store matures fast",
            description: "The ban holds and Douyin's own store quickly learns to catch the sales it creates.",
        },
        PresetText {
            name: "Kuaishou without JD",
            description: "Kuaishou sells alone, without JD's quality checks and delivery.",
        },
        PresetText {
            name: "Content-partner network at full strength",
            description: "Weibo, Baidu and Xigua all in, each routing as many viewers as it can into Taobao. The platforms' own sales do not move: switch the sandbox to Per bloc to see what Alibaba's side gains.",
        },
        PresetText {
            name: "Trust collapse",
            description: "Viewers' trust in streamers falls to a low level; every other setting, selling intensity included, stays as it was.",
        },
    ],
    map_notes: &MAP_NOTES_EN,
    toolbar: ToolbarText {
        skip: "Skip to the first chapter",
        contents: "Contents",
        label: "Page settings",
        language: "Language",
        language_names: ["English", "中文"],
        theme: "Theme",
        theme_auto: "System",
        theme_names: ["Light", "Dark", "Projector"],
        copy_link: "Copy link",
        link_copied: "Link copied: it opens this exact scenario.",
        copy_fallback: "Copying was refused. Select the link below and copy it yourself:",
        reset_all: "Reset scenario",
        present: "Present",
        teacher_link: "For teachers: a lesson plan using this explainer",
    },
    notices: NoticeText {
        intro: "Some settings in this link could not be used as written:",
        unknown: "not a setting here, ignored",
        invalid: "not a valid value, the default is used",
        clamped: "out of range, moved to the nearest allowed value",
        repeated: "given more than once, the last value is used",
        earlier_model: "missing or earlier than 3, so this link was made with an earlier model: its levers are kept as set, but the model has changed since (it is now fitted to everything reported through 2024, and its bands include a forecast error), so what they show may differ from what its sender saw",
        dismiss: "Dismiss",
    },
    frame: FrameText {
        show_table: "Show the data",
        source: "Source",
        model_source: "Livestream Arena's model (see How the model works)",
        reported_and_model_source: "Reported figures as listed under Sources; the model's path from Livestream Arena's model (see How the model works)",
        download: "Download",
        download_svg: "SVG",
        download_png: "PNG",
        download_csv: "CSV",
        csv_scenario: "scenario",
        embed: "Embed",
        embed_help: "Paste this HTML into your page. The figure keeps the scenario you see now and sizes itself.",
        embed_code_label: "Embed code (an iframe)",
        embed_script_label: "Or a script embed: where your site strips scripts, it shows a link to the figure",
        copy: "Copy",
        copied: "Copied",
        open_full: "Open the full explainer",
        model_note: "A model's projection from reported figures, not a forecast.",
        model_note_link: "What came later",
    },
    columns: ColumnText {
        year: "Year",
        player: "Platform",
        bloc: "Bloc",
        gmv: "GMV",
        share: "Share",
        range: "range",
        measure: "Measure",
        flag: "Flag",
        reported: "Reported",
    },
    figures: FigureTexts {
        shares: FigureText {
            title: "Projected shares of the six platforms' total (mixed measures)",
            caption: "Each platform's share of the six platforms' total in the model, by year. The lines are measured differently (Taobao Live's fitted to its livestream sales; Kuaishou's and Douyin's to their e-commerce totals, taking in short videos and the shelf, for which the model has no line), so a share compares the model's figures and is not a market share",
        },
        attention: FigureText {
            title: "How the model splits livestream-shopping attention",
            caption: "The model's share of livestream-shopping attention, by year: worked back from sales and assumed conversion rates, not measured (the rest goes to the partners' streams)",
        },
        #[cfg(not(target_arch = "wasm32"))]
        reported_audiences: "Reported, not modelled: the audiences of 2020",
        alliances: FigureText {
            title: "Projected shares of the bloc total (mixed measures)",
            caption: "Each bloc's share of the bloc total in the model, by year: the sales its own checkout takes. The measures are mixed (Douyin's and Kuaishou's lines are fitted to all their e-commerce, Taobao Live's to its livestreams alone) and Alibaba's ordinary marketplace sales are not in it, so this is not a market share. Alibaba's includes what Douyin's and the partners' links send to its marketplace; the Tencent side is Kuaishou and JD, as the blocs stood in 2020; Kuaishou's sales through links to other marketplaces are in no bloc",
        },
        metric: MetricText {
            view: "View",
            per_player: "Per platform",
            per_bloc: "Per bloc",
            gmv: "GMV (RMB)",
        },
        show_bands: "Show bands: the middle 80% of 1,000 runs (constants, levers' defaults, forecast error)",
        view_label: "Fitted to",
        view_names: ["what was known of 2019–2020 by mid-2021", "everything reported since, to 2024"],
        scoreboard: FigureText {
            title: "Taobao Live's 2019 result and the 2020 expectations and targets",
            caption: "Taobao Live's 2019 livestream GMV and the 2020 expectations and targets, all of livestream GMV as 36Kr reported them, RMB",
        },
        ban: FigureText {
            title: "Where Douyin's sales go, with and without the ban",
            caption: "The model's GMV, RMB (Douyin's fitted to its total e-commerce, Taobao Live's to its livestreams): what Douyin's own store books under the current setting (solid) and the other (dashed), and where the sales its links send out go",
        },
        ban_lines: BanText {
            own_store: "Douyin store",
            on: "ban",
            off: "no ban",
            links: "links to Alibaba",
            search: "back via search",
            lost: "never bought",
        },
        map: FigureText {
            title: "The platforms by purchase intent and stream type",
            caption: "Purchase intent (up) against who drives the stream (KOL left, brand right); circle area is the model's 2020 GMV in the default view (Douyin's and Kuaishou's fitted to their whole e-commerce, Taobao Live's to its livestreams; JD's, Mogujie's and Xiaohongshu's assumed). Reported: Kuaishou RMB 381.2 bn; Douyin RMB 170–180 bn or about RMB 500 bn",
        },
        map_axes: MapText {
            intent_high: "high purchase intent",
            intent_low: "low purchase intent",
            kol: "KOL-driven",
            brand: "brand-driven",
            intent_column: "Purchase intent (0 to 1)",
            kol_column: "KOL-driven (0 to 1)",
            why_column: "Why it sits there",
        },
        curve: FigureText {
            title: "Xiaohongshu's revenue against selling intensity",
            caption: "Xiaohongshu's revenue in 2021 in the model, RMB, against selling intensity (a level set by assumptions, not a reported figure)",
        },
        curve_lines: CurveText {
            x: "selling intensity",
            commerce: "from selling",
            ads: "from ads",
            total: "total",
        },
        trust: FigureText {
            title: "Shares of the six platforms' total at the current trust, against the baseline",
            caption: "Each platform's share of the six platforms' total in the model (mixed measures) in the last year projected; the tick marks the baseline",
        },
        trust_baseline: "baseline",
        next: "Reported GMV after the article, beside the model's path and its band",
        next_labels: NextText {
            model: ", model",
            reported: ", reported: ",
            key_model: "Line and shading: the 2020 view's path and its 10–90% predictive band",
            key_point: "Dot: one reported figure",
            key_range: "Bar: a reported range (leaks that disagree)",
            key_floor: "Arrow: a floor, reported only as \"more than\"",
            key_quoted: "Open diamond: the 2020 number the article quoted (a target or a pace)",
            quoted: ", the article's 2020 number: ",
            note: "This chart uses the model fitted only to what was known by mid-2021 about 2019 and 2020 (the view “as seen in 2020”). No figure of 2021 or later went into that fit, so its errors for 2021–2023 are out of sample. A figure counts as inside when it meets the band widened by its own measurement error, which follows its flag. Douyin's and Kuaishou's figures count all their e-commerce, Taobao Live's livestreams alone; this view's lines were fitted before Douyin built its mall and product cards in 2022, so they hold none of those sales.",
            caption: "Reported GMV and the errors of the model fitted to what was known by mid-2021 about 2019–2020, 2020–2023 (error: how far the model is from what the report allows; 0 inside a range or above a floor, else measured from the nearer end)",
            model_band: "Model (10–90%)",
            error: "Error",
            within: "Within the band",
            yes: "yes",
            no: "no",
            fitted: "fitted to it",
        },
        sensitivity: FigureText {
            title: "Which lever moves the answer most",
            caption: "Share in the chosen year with each lever at the low and at the high end of its range, the rest held",
        },
        sensitivity_labels: SensitivityText {
            platform: "Platform",
            year: "Year",
            low: "at the low end",
            high: "at the high end",
            input: "Input",
            parts: ["Your choices", "What we don't know"],
            variance_share: "share of the spread across model runs",
            variance_caption: "How much of the spread of the share across the 1,000 model runs each uncertain constant explains on its own (first-order share of the variance)",
        },
    },
    controls: ControlText {
        presets: "Presets",
        reset: "Reset",
        pin: "Pin this scenario as A",
        unpin: "Unpin A",
        pinned_name: "A (pinned)",
        current_name: "B (now)",
        compare_caption: "Scenario A against scenario B: projected shares in the last year",
        difference: "B − A",
        partner_group: "In Alibaba's content-partner network",
    },
    guess: GuessText {
        question: "In 2023, whose livestreams and short videos do you think sold the most?",
        other: "Someone else",
        reveal: "Reveal what happened",
        answer: "Douyin's, as far as the figures go. Leaks put its 2023 e-commerce GMV at RMB 2.2–2.7 trillion (L; the higher with product cards); Kuaishou reported RMB 1.18 trillion (P). Even without its shelf (about 40% of its GMV by 2024; Dao Insights; W), Douyin stays ahead. Taobao Live's last total is for the year to March 2021. Whole marketplaces are larger: for 2024, 36Kr reported about RMB 8 trillion for Taobao and Tmall, RMB 5.2 trillion for Pinduoduo and RMB 3.5 trillion for Douyin (L), the first two mostly from shop pages.",
    },
    slides: SlideText {
        slide: "Slide",
        next_slide: "Next slide",
        previous_slide: "Previous slide",
        first_slide: "First slide",
        last_slide: "Last slide",
        fullscreen: "Full screen",
        notes: "Speaker notes",
        shortcuts: "Keyboard shortcuts",
        close: "Close",
        exit_present: "Back to the article",
        speaker_notes: "Notes",
        shortcut_list: [
            ("→  PageDown  Space", "next slide"),
            ("←  PageUp", "previous slide"),
            ("Home  End", "first or last slide"),
            ("F", "full screen on or off"),
            ("N", "speaker notes on or off"),
            ("R", "reset the scenario"),
            ("V", "reveal the answer on a question slide"),
            ("?", "show or hide this list"),
        ],
        title_hint: "Press → or the Next button to start.",
        predict_title: "Your prediction",
        predict_locked: "The answer is hidden until the teacher reveals it.",
        predict_unlock: "Reveal the answer",
        predict_tally: "Votes in the room",
        add_vote: "Add a vote for",
        remove_vote: "Remove a vote for",
    },
    methods: MethodsText {
        param_names: [
            ("audience_2019", "Audience in 2019"),
            ("audience_growth_decay", "How much audience growth carries over each year"),
            ("kuaishou_own_shop_2020", "Kuaishou's own-shop share in 2020"),
            ("leak_search_return", "Share of leaked sales found again by search"),
            ("adoption_ceiling", "How many people livestream shopping can reach"),
            ("adoption_midpoint", "When adoption is half done"),
            ("adoption_rate", "How fast adoption spreads"),
            ("attraction", "Pull on attention"),
            ("closed_loop_lift", "Lift from owning the checkout"),
            ("content_lag", "Lag of content apps' audiences"),
            ("douyin_taobao_link_share", "Share of Douyin's sales through Taobao links"),
            ("jd_conversion_lift", "JD's lift to Kuaishou's conversion"),
            ("jd_fulfilment_share", "Share of Kuaishou's sales JD fulfils"),
            ("jd_trust_lift", "JD's lift to trust on Kuaishou"),
            ("kol_driven", "How KOL-driven streams are"),
            ("mogujie_livestream_share", "Mogujie's livestream share of GMV (the article's 50%, held for every year; 72.6% by mid-2020)"),
            ("mogujie_niche_gmv", "Size of Mogujie's niche"),
            ("partner_attraction", "Partner's pull on attention"),
            ("partner_intent", "Partner audience's purchase intent"),
            ("partner_kol_driven", "How KOL-driven a partner is"),
            ("purchase_intent", "Purchase intent"),
            ("q4_sales_weight", "Weight of the fourth quarter"),
            ("spend_growth", "Growth of spend per shopper"),
            ("spend_per_shopper", "Potential spend per shopper (before attention share and conversion; not what a shopper spends)"),
            ("store_catch_up", "How fast own stores catch up"),
            ("trust_conversion_weight", "Weight of trust in conversion"),
            ("trust_erosion", "Trust lost to hard selling"),
        ],
        units: [
            "people",
            "index, 2020 = 100",
            "year (2020.5 is mid-2020)",
            "share",
            "score from 0 to 1",
            "relative weight",
            "rate a year",
            "exponent",
            "a fourth-quarter day against another day",
            "RMB a year for each shopper",
            "RMB a year",
        ],
        unit: "Unit",
        show_table: "Show the table of constants",
        alibaba_apps: "Alibaba's retail apps (where Taobao Live streams)",
        caption: "The model's uncertain constants: value in the chosen view and range (Weibo's, Baidu's and Xigua's pulls are one fitted constant between them, shown in three rows)",
        name: "Constant",
        default: "Value",
        range: "Range (plausible, or 10–90% after the fit)",
        distribution: "Drawn from",
        uniform: "uniform",
        triangular: "triangular, peaked at the assumed value",
        fit_spread: "fitted: 10–90% of the uncertainty the fit leaves",
        audience_2020: "Audience in 2020",
        set_by: "How it is set",
        glossary: "Words used here",
        fitted: "fitted to the chosen view's figures",
        assumed: "assumption, not tuned to later years",
        #[cfg(not(target_arch = "wasm32"))]
        residuals: ResidualText {
            note: "Each view's constants are fitted to the figures below at once. Miss: how far the model is from what a figure allows (0 inside a range, above a floor, or anywhere a figure of unstated scope can lie). In errors: the miss over the figure's own error, which follows its flag (5% primary, 10% reputable press, 25% leak, 40% weak, 20% the article, 50% an assumed amount); beyond 2, the best fit leaves it that far out, because bringing it closer costs more elsewhere.",
            captions: [
                "Residuals of the view as seen in 2020: what was known by mid-2021 about 2019–2020",
                "Residuals of the default view: everything reported since, through 2024",
            ],
            head: ["Figure", "Flag", "Reported", "Model", "Miss", "In errors"],
            market_growth: "Growth of the potential livestream market, 2019 to 2020",
            assumed: [
                "JD's own livestream sales, 2020 (assumed)",
                "Mogujie's livestream sales, 2019 (assumed)",
                "Xiaohongshu's livestream sales, 2020 (assumed)",
                "Partners' links as a share of Taobao Live's sales, 2020 (assumed)",
            ],
        },
        hindsight: "its range chosen after later years were seen",
    },
    timeline: TimelineText {
        title: "The moves, 2018 to 9 October 2020",
        events: [
            ("2018", "Douyin lets its creators sell through links to Taobao: ByteDance and Alibaba become informal partners."),
            ("June 2019", "Kuaishou and JD's first deal: Kuaishou viewers are sent on to JD's own app to buy."),
            ("2020", "Alibaba courts content platforms; the article names Weibo, Baidu and Xigua as partners."),
            ("27 May 2020", "Kuaishou and JD sign a deeper alliance: supply chain, brand marketing and data."),
            ("16 June 2020", "Kuaishou viewers can buy JD's own goods without leaving the app; JD delivers and handles returns."),
            ("20 August 2020", "Douyin reportedly starts charging a 20% service fee, through Xingtu, on third-party product links in livestreams, against 5% for its own store's links."),
            ("26–27 August 2020", "Douyin announces that outside links will leave its livestreams."),
            ("6 September 2020", "Outside links in Douyin may only go through Xingtu, its paid marketing platform."),
            ("9 October 2020", "Third-party product links are barred from Douyin's livestream carts; short videos are exempt."),
        ],
    },
    sources: SourcesText {
        title: "Sources",
        intro: "The story follows an English-language article published in late summer 2020, around the time of the events, which took its sales figures from the Chinese tech outlet 36Kr (flag A). Below is every reported figure the page cites, with where it comes from and how far it can be trusted. The model's own constants are in the methods chapter.",
        flags: [
            "P: primary, an official filing, release or statistic",
            "R: reputable press, or a company figure it reported",
            "L: leaked or unofficial, denied or unconfirmed",
            "W: weak, a secondary blog or unverified copy",
            "A: the 2020 article's claim, citing 36Kr (where 36Kr itself was read, R)",
        ],
        measures: ["livestream GMV", "total e-commerce GMV", "GMV, what it counts not stated"],
        target: "an expectation or target, not a result",
        #[cfg(not(target_arch = "wasm32"))]
        fiscal_to_march: "fiscal year to March {}",
        #[cfg(not(target_arch = "wasm32"))]
        audiences: [
            "daily users",
            "monthly users of its China retail apps (where Taobao Live streams)",
            "users of livestream e-commerce (not all of them bought)",
            "online shoppers",
            "internet users",
        ],
        #[cfg(not(target_arch = "wasm32"))]
        china: "China",
        #[cfg(not(target_arch = "wasm32"))]
        alibaba: "Alibaba",
        #[cfg(not(target_arch = "wasm32"))]
        more_than: "more than ",
        #[cfg(not(target_arch = "wasm32"))]
        source_items: [
            "The 2020 article this explainer retells, also posted as \"Livestream Warfare: Douyin Strikes First (Part 1)\"; no author named, no date confirmed",
            "China's population, about 1.41 billion",
            "Douyin's link ban: outside links only through Xingtu from 6 September, no third-party links in livestreams from 9 October 2020",
            "A reported 20% service fee, through Xingtu, on third-party product links in livestreams from 20 August 2020, against 5% for Douyin's own shop",
            "The Kuaishou–JD alliance, signed 27 May 2020",
            "\"Project Star X\": Alibaba's content-partner network, with Weibo, Baidu and Xigua",
            "Mogujie: livestreams 46.2% of GMV, year to March 2020",
            "Mogujie: livestreams 72.6% of GMV, April–June 2020",
            "Xiaohongshu: about 80% of revenue from advertising",
            "37.3% of livestream buyers had a problem; of those, 13.6% complained",
            "Kuaishou's 2020 target raised from RMB 100 bn to RMB 250 bn",
            "RMB 250 bn is about US$36 bn",
            "Kuaishou's own shop: 98.8% of its GMV in December 2021",
            "Livestream sales on monitored platforms, January–September 2023: RMB 1.98 tn",
            "Viya ordered to pay RMB 1.341 bn in back taxes, late fees and fines, 20 December 2021",
            "China's online retail sales in 2020: RMB 11.76 tn",
            "Livestream e-commerce in 2020, a forecast: about RMB 1.05 tn",
            "Livestream e-commerce in 2020: RMB 961 bn",
            "People online in China at the end of 2020: 989 m; users of e-commerce livestreams: 388 m, 66.2% of whom had bought",
            "Trial measures for livestream marketing, issued in April 2021, in force from 25 May 2021",
            "A code of conduct for streamers listing 31 banned practices, June 2022",
            "Douyin's e-commerce head: a lower GMV accepted to curb fake sales and counterfeits, April 2021",
            "Li Jiaqi loses followers over an eyebrow-pencil remark and apologises, September 2023",
            "Tencent hands most of its JD stake to its shareholders, from about 17% to about 2%, December 2021",
            "Douyin's own growth rates: December 2020's monthly GMV more than twelve times January's; GMV \"up 3.2 times\" in the twelve months to April 2022 (Douyin's wording)",
            "Douyin's \"interest e-commerce\" (2021) and \"all-domain\" interest e-commerce with shelf selling (2022)",
            "Douyin's GMV in 2024: about 40% shelf sales, 30% merchants' own streams, 30% creators' streams",
            "Douyin's livestream GMV in 2019: about RMB 10 bn",
            "Kuaishou's livestream GMV in 2019: about RMB 35 bn",
            "Kuaishou's daily users, app and mini-programs together, January–March 2021: 379.2 m",
            "Mogujie: livestreams 91.2% of GMV, April–September 2021",
            "Respondents who had watched and bought through livestreams, May 2020: 68% and 61% on Taobao Live, 52% and 39% on Douyin (method unclear)",
            "GMV in 2024: Taobao and Tmall about RMB 8 tn, Pinduoduo RMB 5.2 tn, Douyin RMB 3.5 tn",
        ],
    },
    sentences: Sentences {
        bloc_summary: |&LeadSentence { leader, leader_share, runner_up: second, runner_up_share: second_share, year }| {
            format!("In {year} {leader}'s checkout takes {leader_share} of the bloc total in the model, ahead of {second} at {second_share}: mixed measures, without Alibaba's ordinary marketplace sales, so not a market share.")
        },
        shares_summary: |&LeadSentence { leader, leader_share, runner_up: second, runner_up_share: second_share, year }| {
            format!("In {year} {leader} has {leader_share} of the six platforms' total in the model, {second} {second_share}: mixed measures, not market shares.")
        },
        attention_summary: |&LeadSentence { leader, leader_share, runner_up: second, runner_up_share: second_share, year }| {
            format!("In the model's attention pool, {leader} holds {leader_share} in {year} and {second} {second_share}: a split worked back from the reported sales and users of the chosen view of history and projected, not a measured audience.")
        },
        #[cfg(not(target_arch = "wasm32"))]
        audience_count: |&CountSentence { who, people, audience, when, source }| {
            format!("{who}: {people} {audience}, {when}. Source: {source}")
        },
        band_summary: |&BandSentence { platform, year, low, high }| {
            format!("80% of runs put {platform} at {low} to {high} in {year}.")
        },
        likely_range: |&LikelyRange { low, high }| format!("80% predictive band: {low} to {high}"),
        ban_summary: |&BanSentence { douyin, links, cut_off, year }| {
            let links = match links {
                Some(links) => format!("; a further {links} of the sales Douyin's streams make are paid for on Alibaba's marketplace through links"),
                None => ", and links send Alibaba nothing (the model's ban cuts them all, short videos' too)".to_string(),
            };
            let cut_off = cut_off.map_or(String::new(), |(search, lost)| {
                format!(" Of the sales the ban cut off, {search} come back to marketplaces through search and {lost} are not made at all.")
            });
            format!("In {year} the model books {douyin} in Douyin's own store{links}.{cut_off}")
        },
        curve_summary: |&CurveSentence { current, revenue, best, best_revenue, year }| {
            format!("In the model, at a selling intensity of {current}, Xiaohongshu earns {revenue} in {year}; revenue peaks at {best} with {best_revenue}. The model is set so that at the default intensity about 80% of its 2020 revenue came from advertising, as was reported.")
        },
        trust_summary: |&TrustSentence { moved, leader, leader_share, year }| match moved {
            Some((platform, change)) => {
                format!("Against the baseline, the model moves {platform} most: {change} of the six platforms' total in {year}.")
            }
            None => format!("No platform moves against the baseline: in {year} {leader} leads with {leader_share} of the six platforms' total (mixed measures)."),
        },
        scoreboard_summary: |&PlatformYear { platform, value, year }| {
            format!("The tallest bar is {platform} in {year}, at {value}.")
        },
        sensitivity_summary: |&SensitivitySentence { platform, year, input, swing }| {
            format!("For {platform}'s {year} share, “{input}” matters most: it moves the share by {swing}.")
        },
        variance_summary: |&SensitivitySentence { platform, year, input, swing }| {
            format!("Of what the model does not know, what matters most for {platform}'s {year} share is “{input}”: on its own it explains {swing} of how far the model runs spread.")
        },
        backtest_summary: |&BacktestSentence { year, douyin, kuaishou, within, checked, years, total, market }| {
            let off = |m: &Miss, report: &str| match (m.inside, m.above) {
                (true, _) => format!("within {report} {}", m.reported),
                (false, above) => format!("{} {} {report} {}", m.gap, if above { "above" } else { "below" }, m.reported),
            };
            let band = match within {
                0 => format!("none of the {} figures reported for {years} lies within its 10–90% predictive band", count_word(Locale::En, checked)),
                1 => format!("one of the {} figures reported for {years} lies within its 10–90% predictive band", count_word(Locale::En, checked)),
                n if n == checked => format!("all {} figures reported for {years} lie within its 10–90% predictive band", count_word(Locale::En, checked)),
                n => format!("{} of the {} figures reported for {years} lie within its 10–90% predictive band", count_word(Locale::En, n), count_word(Locale::En, checked)),
            };
            format!(
                "Fitted only to what was known of 2019–2020 by mid-2021, the model puts Douyin's {year} at {}, {}, and Kuaishou's at {}, {}; {band}. Its six platforms together make {total} in {year}, against the {market} of livestream sales the Ministry of Commerce counted on the platforms it monitors for January to September (nine months, livestreams only); the model's total is larger partly because its Douyin and Kuaishou lines are fitted to all their e-commerce.",
                douyin.model, off(&douyin, "the leaked"), kuaishou.model, off(&kuaishou, "the reported")
            )
        },
        your_guess: |guess| format!("You guessed: {guess}."),
        lever_value: |value| format!("{value} on a scale of 0 to 1"),
    },
};

/// The hindsight figure's texts (`content::hindsight_texts`).
pub(super) const HINDSIGHT_EN: HindsightText = HindsightText {
        title: "What would you have had to believe in 2020?",
        caption: "Each belief the hindsight fit may move: its 2020 default, the value the fit needs, and how far that is in standard deviations of its 2020 range",
        label: "Hindsight: fitted to what happened after 2020. Not a forecast.",
        lead: "The backtest held the model to what was known of 2019–2020 by mid-2021. This fit asks the question the other way round: which beliefs, held in 2020, would have produced the sales reported since? It starts from the 2020 view, may move only what acts from 2021, and pays for every step away from a 2020 default.",
        try_it: "Choose Douyin's 2020 starting point and what may change; the fit runs again in your browser.",
        anchor_legend: "Douyin's 2020 starting point",
        anchors: [
            "Both reports (the RMB 170–180 bn leak and the RMB 500 bn report)",
            "The leak alone (RMB 170–180 bn)",
            "The RMB 500 bn report alone",
        ],
        freedom_legend: "What may change after 2020",
        freedoms: [
            "The levers only: Douyin's store, trust, selling intensity",
            "The levers and two constants about later years: how much audience growth carries over, how fast own stores catch up",
            "All of that and a step in Douyin's sales per viewer from 2021, which the 2020 view does not have",
        ],
        step: "Douyin's sales per viewer from 2021, against the model's",
        verdicts: [
            "plausible in 2020",
            "a stretch in 2020",
            "implausible in 2020",
        ],
        fitted_line: ", hindsight",
        view_line: ", 2020 view",
        beliefs_title: "The beliefs the fit needs, against their 2020 ranges",
        default_tick: "2020 default",
        sd_unit: "standard deviations",
        key: "Dot: the value the fit needs. Dark band: within one standard deviation of the 2020 default (plausible in 2020); light band: one to two (a stretch); beyond it, implausible. A standard deviation is that of the belief's 2020 range; for the Douyin step, a doubling. Lines: each platform's path in the hindsight fit (solid) and in the 2020 view (dashed), with the figures reported.",
        columns: [
            "Belief",
            "2020 default",
            "Needed",
            "Distance (standard deviations)",
            "Verdict",
        ],
        note: "The fit reads every sales figure reported for 2021 to 2024 (Douyin's and Kuaishou's, and Taobao Live's for the fiscal year to March 2021), each weighted by its flag, a floor on one side only and a range as an interval. It leaves out the later counts of users: Kuaishou's cover its app alone, while the model's audience includes its mini-programs. Every belief it may move acts only from 2021, so 2019 and 2020 stay exactly as the 2020 view has them. The backtest above and the uncertainty bands never read this fit.",
    prompt: "Ask the room first: which would you rather have believed in 2020, a Douyin store maturing faster, or a Douyin that sells more per viewer? Then add each freedom in turn and read how far each belief had to move.",
    summary: |&HindsightSentence { year, douyin, kuaishou, freedom, beliefs }| {
        let moving = ["the levers alone", "the levers and the two later constants", "the levers, the later constants and a Douyin step"][freedom.min(2)];
        let off = |m: &Miss, report: &str| match (m.inside, m.above) {
            (true, _) => format!("within {report} {}", m.reported),
            (false, above) => format!("{} {} {report} {}", m.gap, if above { "above" } else { "below" }, m.reported),
        };
        let needs = match beliefs {
            [] => "No belief had to move by as much as half a standard deviation.".to_string(),
            _ => {
                let items: Vec<String> = beliefs
                    .iter()
                    .map(|b| format!("{} had to be {} instead of {} ({} standard deviations, {}).", b.name, b.value, b.default, b.z, b.verdict))
                    .collect();
                items.join(" ")
            }
        };
        format!(
            "Moving {moving} to fit the sales reported since 2020, the model puts Douyin's {year} at {}, {}, and Kuaishou's at {}, {}. {needs}",
            douyin.model, off(&douyin, "the leaked"), kuaishou.model, off(&kuaishou, "the reported")
        )
    },
    directions: |directions| match directions {
        [] => "The later figures pin down no combination of these beliefs more tightly than the 2020 ranges did.".to_string(),
        _ => {
            let items: Vec<String> = directions
                .iter()
                .map(|d| format!("{} (one standard deviation of it moves the later figures by about {} of their own errors)", d.beliefs, d.strength))
                .collect();
            let n = match directions.len() {
                1 => "one combination".to_string(),
                2 => "two combinations".to_string(),
                3 => "three combinations".to_string(),
                n => format!("{n} combinations"),
            };
            format!("The later figures pin down {n} of these beliefs more tightly than the 2020 ranges did: {}. Along any other, the data say less than the ranges, so the fit stays near the defaults.", items.join("; "))
        }
    },
};
