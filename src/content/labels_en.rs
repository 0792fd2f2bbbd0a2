//! English interface texts.

use super::chapters_en::{chapter_en, MAP_NOTES_EN};
use super::{LeverText, PresetText, Sentences, Texts, UiText};

/// Every English string of the interface.
pub const EN: Texts = Texts {
    title: "Livestream Arena",
    subtitle: "How China's platforms fought over livestream shopping in 2020, with a market model you can steer.",
    chapter: |n| format!("Chapter {n}"),
    chapters: chapter_en,
    map_notes: &MAP_NOTES_EN,
    players: ["Taobao Live", "Douyin", "Kuaishou", "JD", "Mogujie", "Xiaohongshu"],
    blocs: ["Alibaba", "ByteDance", "Tencent & JD", "Independents"],
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
            help: "JD's quality checks and logistics behind Kuaishou's live sales.",
            ends: ["off", "on"],
        },
        LeverText {
            label: "Weibo in Alibaba's network",
            help: "Weibo's viewers can follow links into Taobao.",
            ends: ["out", "in"],
        },
        LeverText {
            label: "Baidu in Alibaba's network",
            help: "Baidu's users can follow links into Taobao.",
            ends: ["out", "in"],
        },
        LeverText {
            label: "Xigua in Alibaba's network",
            help: "Xigua Video's viewers can follow links into Taobao.",
            ends: ["out", "in"],
        },
        LeverText {
            label: "Reach of Alibaba's partner network",
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
            description: "Everything as it stood in autumn 2020: the ban on, a young Douyin store, Kuaishou with JD, Alibaba's partners in.",
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
            name: "Alibaba's partner network at full strength",
            description: "Weibo, Baidu and Xigua all in, each routing as many viewers as it can into Taobao.",
        },
        PresetText {
            name: "Trust collapse",
            description: "Scandals and hard selling drain viewers' trust in streamers.",
        },
    ],
    ui: UiText {
        contents: "Contents",
        show_table: "Show the data",
        source: "Source",
        year: "Year",
        player: "Platform",
        bloc: "Bloc",
        gmv: "GMV",
        share: "Share",
        total: "Total",
        per_player: "Per platform",
        per_bloc: "Per bloc",
        show_gmv: "GMV (RMB)",
        view: "View",
        presets: "Presets",
        reset: "Reset",
        range: "range",
        shares_figure: "Projected shares of livestream GMV",
        attention_figure: "Who holds the livestream-shopping audience",
        attention_caption: "Projected share of livestream-shopping attention, by year (the rest goes to the partners' streams)",
        links_short: "via links to Taobao",
        shares_caption: "Projected share of livestream-commerce GMV, by year",
        scoreboard_figure: "The scoreboard, 2019–2020",
        scoreboard_caption: "Livestream GMV and 2020 targets, RMB",
        ban_figure: "Taobao's and Douyin's projected GMV, with and without the ban",
        ban_caption: "Projected livestream GMV, RMB: current setting solid, the other ban setting dashed",
        ban_on_line: "ban",
        ban_off_line: "no ban",
        alliances_figure: "Projected GMV shares of the blocs",
        alliances_caption: "Projected share of livestream GMV per bloc, by year",
        map_figure: "The platforms by purchase intent and stream type",
        map_caption: "Purchase intent (up) against who drives the stream (KOL left, brand right); circle area is the projected 2020 GMV",
        map_intent_high: "high purchase intent",
        map_intent_low: "low purchase intent",
        map_kol: "KOL-driven",
        map_brand: "brand-driven",
        curve_figure: "Xiaohongshu's revenue against selling intensity",
        curve_caption: "Xiaohongshu's projected yearly revenue, RMB, against selling intensity",
        curve_x: "selling intensity",
        curve_commerce: "from selling",
        curve_ads: "from ads",
        curve_total: "total",
        trust_figure: "Projected shares at the current trust, against the baseline",
        trust_caption: "Projected share of livestream GMV in the last year; the tick marks the baseline",
        trust_baseline: "baseline",
        model_source: "Livestream Arena's model, calibrated to 36Kr's 2019–2020 figures (see How the model works)",
        guess_question: "By 2023, which platform do you think sold the most through livestreams and short video?",
        guess_other: "Someone else",
        reveal: "Reveal what happened",
        next_table_caption: "Reported GMV after the article, beside the model's baseline",
        reported: "Reported",
        model_baseline: "Model baseline",
        measure: "Measure",
        flag: "Flag",
        sources_title: "Sources",
        sources_intro: "Every figure on this page, with where it comes from and how far it can be trusted.",
        flags: [
            "P: primary, the company's own filing or release",
            "R: reputable press, or a company figure it reported",
            "L: leaked or unofficial, denied or unconfirmed",
            "W: weak, a secondary blog or unverified copy",
            "A: the 2020 article's claim, citing 36Kr",
        ],
        measures: ["livestream GMV", "total e-commerce GMV", "target, not a result"],
        source_items: [
            "China's population, about 1.41 billion",
            "Douyin's ban on third-party links in livestreams, from 9 October 2020",
            "The Kuaishou–JD alliance, signed 27 May 2020",
            "Alibaba's content-partner network (\"Project Star X\") with Weibo, Baidu and Xigua",
            "Mogujie: livestreams 46.2% of GMV, year to March 2020",
            "Mogujie: livestreams 72.6% of GMV, April–June 2020",
            "Xiaohongshu: about 80% of revenue from advertising",
            "37.3% of livestream buyers had a problem; 13.6% complained",
        ],
        footer: "Livestream Arena runs entirely in your browser: no cookies, no tracking, nothing sent anywhere.",
    },
    sentences: Sentences {
        shares_summary: |leader, leader_share, second, second_share, year| {
            format!("In {year} the model gives {leader} {leader_share} of livestream GMV, ahead of {second} at {second_share}.")
        },
        attention_summary: |leader, leader_share, second, second_share, year| {
            format!("In {year} {leader} holds {leader_share} of the attention spent on livestream shopping, and {second} {second_share}.")
        },
        ban_summary: |taobao, douyin, links, year| {
            format!("In {year} the model books {taobao} for Taobao Live and {douyin} for Douyin; {links} of Douyin-made sales still reach Taobao through links.")
        },
        curve_summary: |current, revenue, best, best_revenue| {
            format!("At a selling intensity of {current}, Xiaohongshu earns {revenue} a year; revenue peaks at {best} with {best_revenue}.")
        },
        trust_summary: |platform, change, year| {
            format!("Against the baseline, {platform} moves most: {change} of the {year} market.")
        },
        scoreboard_summary: |platform, value, year| {
            format!("The tallest bar is {platform} in {year}, at {value}.")
        },
        your_guess: |guess| format!("You guessed: {guess}."),
        lever_value: |value| format!("{value} on a scale of 0 to 1"),
    },
};
