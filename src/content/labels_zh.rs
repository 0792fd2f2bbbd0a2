//! Simplified Chinese interface texts.

use super::chapters_zh::{chapter_zh, MAP_NOTES_ZH};
use super::{LeverText, PresetText, Sentences, Texts, UiText};

/// Every Chinese string of the interface.
pub const ZH: Texts = Texts {
    title: "直播擂台",
    subtitle: "2020年，中国各大平台如何争夺直播带货，附一个可以亲手调节的市场模型。",
    chapter: |n| format!("第{n}章"),
    chapters: chapter_zh,
    map_notes: &MAP_NOTES_ZH,
    players: ["淘宝直播", "抖音", "快手", "京东", "蘑菇街", "小红书"],
    blocs: ["阿里系", "字节系", "腾讯京东系", "独立平台"],
    levers: [
        LeverText {
            label: "抖音外链禁令",
            help: "自2020年10月9日起，抖音直播间禁止挂第三方购物链接。",
            ends: ["允许外链", "禁止外链"],
        },
        LeverText {
            label: "抖音小店成熟度",
            help: "过去经外链流出的销售，抖音站内小店能接住多少。",
            ends: ["不成熟", "成熟"],
        },
        LeverText {
            label: "快手京东联盟",
            help: "京东的品控和物流为快手的直播带货撑腰。",
            ends: ["关", "开"],
        },
        LeverText {
            label: "微博加入阿里网络",
            help: "微博用户可以通过链接跳转到淘宝购物。",
            ends: ["未加入", "加入"],
        },
        LeverText {
            label: "百度加入阿里网络",
            help: "百度用户可以通过链接跳转到淘宝购物。",
            ends: ["未加入", "加入"],
        },
        LeverText {
            label: "西瓜视频加入阿里网络",
            help: "西瓜视频用户可以通过链接跳转到淘宝购物。",
            ends: ["未加入", "加入"],
        },
        LeverText {
            label: "阿里合作网络的导流力度",
            help: "合作伙伴把自家用户导向淘宝的力度有多大。",
            ends: ["弱", "强"],
        },
        LeverText {
            label: "观众对主播的信任",
            help: "观众在多大程度上相信主播说的话。",
            ends: ["低", "高"],
        },
        LeverText {
            label: "带货力度",
            help: "主播发布的东西里，卖货而非内容占多大比重。",
            ends: ["很少卖货", "全是卖货"],
        },
        LeverText {
            label: "预测截止年份",
            help: "模型预测的最后一年。",
            ends: ["2021", "2030"],
        },
    ],
    presets: [
        PresetText {
            name: "原文的2020年基准",
            description: "一切维持2020年秋天的状态：禁令生效，抖音小店刚刚起步，快手携手京东，阿里的合作伙伴悉数在列。",
        },
        PresetText {
            name: "没有外链禁令",
            description: "抖音从未禁止第三方链接，观众继续通过淘宝购物。",
        },
        PresetText {
            name: "抖音小店快速成熟",
            description: "禁令不变，抖音小店很快学会接住自己带来的销售。",
        },
        PresetText {
            name: "没有京东的快手",
            description: "快手独自卖货，没有京东的品控和配送。",
        },
        PresetText {
            name: "阿里合作网络全力导流",
            description: "微博、百度和西瓜视频悉数加入，各自尽可能把观众导向淘宝。",
        },
        PresetText {
            name: "信任崩塌",
            description: "丑闻和强行推销耗尽了观众对主播的信任。",
        },
    ],
    ui: UiText {
        contents: "目录",
        show_table: "显示数据",
        source: "来源",
        year: "年份",
        player: "平台",
        bloc: "阵营",
        gmv: "GMV",
        share: "份额",
        total: "合计",
        per_player: "按平台",
        per_bloc: "按阵营",
        show_gmv: "GMV（元）",
        view: "视图",
        presets: "预设情景",
        reset: "重置",
        range: "范围",
        shares_figure: "直播GMV份额预测",
        attention_figure: "谁握有直播购物的观众",
        attention_caption: "各年直播购物注意力份额预测（其余归合作伙伴的直播）",
        links_short: "经外链流向淘宝",
        shares_caption: "各年直播电商GMV份额预测",
        scoreboard_figure: "成绩单：2019–2020年",
        scoreboard_caption: "直播GMV与2020年目标，单位：人民币",
        ban_figure: "有无禁令时，淘宝与抖音的GMV预测",
        ban_caption: "直播GMV预测，单位：人民币；实线为当前设置，虚线为另一种禁令设置",
        ban_on_line: "有禁令",
        ban_off_line: "无禁令",
        alliances_figure: "各阵营GMV份额预测",
        alliances_caption: "各年分阵营的直播GMV份额预测",
        map_figure: "按购买意愿与直播类型划分的平台",
        map_caption: "纵轴为购买意愿（越往上越高），横轴为直播主导方（左为KOL，右为品牌）；圆的面积代表2020年GMV预测值",
        map_intent_high: "购买意愿高",
        map_intent_low: "购买意愿低",
        map_kol: "KOL主导",
        map_brand: "品牌主导",
        curve_figure: "小红书收入与带货力度",
        curve_caption: "小红书年收入预测随带货力度的变化，单位：人民币",
        curve_x: "带货力度",
        curve_commerce: "来自带货",
        curve_ads: "来自广告",
        curve_total: "合计",
        trust_figure: "当前信任度下的份额预测与基准对比",
        trust_caption: "预测末年的直播GMV份额；刻度线标出基准值",
        trust_baseline: "基准",
        model_source: "直播擂台模型，依据36氪2019–2020年数据校准（见“模型如何运作”）",
        guess_question: "你认为到2023年，哪个平台通过直播和短视频卖出的最多？",
        guess_other: "其他平台",
        reveal: "揭晓结果",
        next_table_caption: "原文发表后公布的GMV，与模型基准对照",
        reported: "公布值",
        model_baseline: "模型基准",
        measure: "口径",
        flag: "标记",
        sources_title: "来源",
        sources_intro: "本页每一个数字的出处，以及它的可信程度。",
        flags: [
            "P：一手资料，公司自己的文件或公告",
            "R：权威媒体报道，或其报道的公司数据",
            "L：泄露或非官方数据，已被否认或未获证实",
            "W：可信度弱，二手博客或未经核实的转载",
            "A：2020年原文的说法，引自36氪",
        ],
        measures: ["直播GMV", "电商总GMV", "目标，非实际结果"],
        source_items: [
            "中国人口，约14.1亿",
            "抖音自2020年10月9日起禁止直播间挂第三方链接",
            "快手与京东结盟，2020年5月27日签约",
            "阿里巴巴的内容合作伙伴网络（“Project Star X”，原文说法），成员包括微博、百度和西瓜视频",
            "蘑菇街：截至2020年3月的财年，直播占GMV的46.2%",
            "蘑菇街：2020年4月至6月，直播占GMV的72.6%",
            "小红书：约80%的收入来自广告",
            "37.3%的直播购物者遇到过问题，13.6%进行过投诉",
        ],
        footer: "直播擂台完全在你的浏览器中运行：没有Cookie，没有追踪，不向任何地方发送数据。",
    },
    sentences: Sentences {
        shares_summary: |leader, leader_share, second, second_share, year| {
            format!("模型测算，{year}年{leader}拿下直播GMV的{leader_share}，{second}以{second_share}位居其后。")
        },
        attention_summary: |leader, leader_share, second, second_share, year| {
            format!("{year}年，{leader}占据直播购物注意力的{leader_share}，{second}占{second_share}。")
        },
        ban_summary: |taobao, douyin, links, year| {
            format!("模型测算，{year}年淘宝直播的GMV为{taobao}，抖音为{douyin}；抖音带来的销售中，仍有{links}经外链流向淘宝。")
        },
        curve_summary: |current, revenue, best, best_revenue| {
            format!("带货力度为{current}时，小红书年收入为{revenue}；力度为{best}时收入达到峰值，为{best_revenue}。")
        },
        trust_summary: |platform, change, year| {
            format!("与基准相比，{platform}变化最大：在{year}年的市场中，份额变动{change}。")
        },
        scoreboard_summary: |platform, value, year| {
            format!("最高的柱子是{year}年的{platform}，为{value}。")
        },
        your_guess: |guess| format!("你的猜测：{guess}。"),
        lever_value: |value| format!("{value}（0到1之间）"),
    },
};
