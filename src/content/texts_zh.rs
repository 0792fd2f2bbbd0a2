//! Simplified Chinese texts of the interface.

use super::chapters_zh::{chapter_zh, MAP_NOTES_ZH};
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

/// Every Chinese string of the interface.
pub const ZH: Texts = Texts {
    title: "直播擂台",
    subtitle: "2020年，中国各大平台如何争夺直播带货市场，附一个可以亲手调节的市场模型。",
    chapter: |n| format!("第{n}章"),
    chapters: chapter_zh,
    noscript: "未开启JavaScript时，图表只显示模型的默认情景，各调节项也无法使用；开启JavaScript后即可亲手调节模型。",
    other_page: ("index.html", "en", "English"),
    footer: "直播擂台完全在你的浏览器中运行：没有Cookie，没有追踪，不向任何地方发送数据。所用数字截至2025年3月的公开报道（此后的报道尚未收录）；文字最后修订于2026年12月。",
    players: ["淘宝直播", "抖音", "快手", "京东", "蘑菇街", "小红书"],
    blocs: ["阿里系", "字节系", "腾讯系", "独立平台"],
    partners: ["微博", "百度", "西瓜视频"],
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
            help: "京东的品控和物流为快手直播间里卖的京东商品撑腰；在模型中，这提高了快手全部直播的转化率和信任度。",
            ends: ["关", "开"],
        },
        LeverText {
            label: "微博加入阿里内容合作网络",
            help: "微博用户可以通过链接跳转到淘宝购物。",
            ends: ["未加入", "加入"],
        },
        LeverText {
            label: "百度加入阿里内容合作网络",
            help: "百度用户可以通过链接跳转到淘宝购物。",
            ends: ["未加入", "加入"],
        },
        LeverText {
            label: "西瓜视频加入阿里内容合作网络",
            help: "西瓜视频用户可以通过链接跳转到淘宝购物。",
            ends: ["未加入", "加入"],
        },
        LeverText {
            label: "阿里内容合作网络的导流力度",
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
            description: "一切维持2020年秋天的状态：禁令生效，抖音小店刚刚起步，快手携手京东；微博、百度和西瓜视频按原文的说法加入阿里内容合作网络（这份名单我们未能证实）。",
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
            name: "阿里内容合作网络全力导流",
            description: "微博、百度和西瓜视频悉数加入，各自尽可能把观众导向淘宝。各平台自身的销售额不会变化：把沙盘切换到“按阵营”才能看到阿里一方的增益。",
        },
        PresetText {
            name: "信任崩塌",
            description: "观众对主播的信任降到很低；其余设定（包括带货力度）都保持不变。",
        },
    ],
    map_notes: &MAP_NOTES_ZH,
    toolbar: ToolbarText {
        skip: "跳到第一章",
        contents: "目录",
        label: "页面设置",
        language: "语言",
        language_names: ["English", "中文"],
        theme: "配色",
        theme_auto: "跟随系统",
        theme_names: ["浅色", "深色", "投影"],
        copy_link: "复制链接",
        link_copied: "链接已复制，打开即是当前这组设定。",
        copy_fallback: "浏览器拒绝了复制。请选中下面的链接自行复制：",
        reset_all: "恢复默认设定",
        present: "演示模式",
        teacher_link: "教师专页：用本页上课的教案",
    },
    notices: NoticeText {
        intro: "链接里有几项设置无法照原样使用：",
        unknown: "本页没有这项设置，已忽略",
        invalid: "取值无效，已改用默认值",
        clamped: "超出范围，已调到最接近的允许值",
        repeated: "出现了不止一次，以最后一个为准",
        earlier_model: "缺失或低于3，说明这条链接是用旧版模型生成的：各调节项照原样保留，但模型此后已经更新（现在按截至2024年报道的全部数字拟合，区间也计入了预测误差），所以显示的结果可能与发送者当时看到的不同",
        dismiss: "知道了",
    },
    frame: FrameText {
        show_table: "显示数据",
        source: "来源",
        model_source: "直播擂台模型（见“模型如何运作”）",
        reported_and_model_source: "报道的数字见“来源”；模型路径来自直播擂台模型（见“模型如何运作”）",
        download: "下载",
        download_svg: "SVG",
        download_png: "PNG",
        download_csv: "CSV",
        csv_scenario: "设定",
        embed: "嵌入",
        embed_help: "把这段HTML代码粘贴到你的网页里。图表会保留你现在看到的设定，并自动调整高度。",
        embed_code_label: "嵌入代码（iframe）",
        embed_script_label: "或用脚本嵌入：如果你的网站会删掉脚本，这里会显示一个指向图表的链接",
        copy: "复制",
        copied: "已复制",
        open_full: "打开完整版",
        model_note: "以上是简化模型依据报道数字的推算，不是预测。",
        model_note_link: "后来报道的数字",
    },
    columns: ColumnText {
        year: "年份",
        player: "平台",
        bloc: "阵营",
        gmv: "GMV",
        share: "份额",
        range: "范围",
        measure: "口径",
        flag: "标记",
        reported: "报道值",
    },
    figures: FigureTexts {
        shares: FigureText {
            title: "六个平台合计销售额的份额预测（口径不一）",
            caption: "各年模型中每个平台在六个平台合计销售额中的份额。各条线口径不一（淘宝直播按其直播销售额拟合；快手和抖音按各自的电商总额拟合，模型没有短视频和货架曲线，这部分都算在里面），所以这一份额只是模型数字之间的比较，并非市场份额",
        },
        attention: FigureText {
            title: "模型如何分配直播购物的注意力",
            caption: "各年直播购物注意力份额的模型推算：由销售额和假定的转化率倒推，并非实测（其余归合作伙伴的直播）",
        },
        #[cfg(not(target_arch = "wasm32"))]
        reported_audiences: "公开报道的2020年用户规模（非模型结果）",
        alliances: FigureText {
            title: "各阵营份额预测（占各阵营合计，口径不一）",
            caption: "模型中各阵营每年自家结算的销售额占各阵营合计的份额。口径不一（抖音和快手按全口径电商GMV拟合，淘宝直播只按直播GMV拟合），也不含阿里普通电商的销售，所以这并非市场份额。阿里的份额包括抖音和合作平台经外链导入其电商平台的销售；腾讯系指快手和京东，按2020年的阵营划分；快手经外链流向其他电商平台的销售不计入任何阵营",
        },
        metric: MetricText {
            view: "视图",
            per_player: "按平台",
            per_bloc: "按阵营",
            gmv: "GMV（金额）",
        },
        show_bands: "显示区间：1000次运行中间的80%（抽取常数、调节项默认值和预测误差）",
        view_label: "拟合依据",
        view_names: ["截至2021年年中已知的2019至2020年数字", "此后报道的全部数字（至2024年）"],
        scoreboard: FigureText {
            title: "淘宝直播2019年的成绩与2020年的预期和目标",
            caption: "淘宝直播2019年的直播GMV与2020年的预期和目标（按36氪的报道，四个数字都是直播GMV）",
        },
        ban: FigureText {
            title: "有无禁令时，抖音的销售流向何处",
            caption: "模型测算的GMV（抖音按全口径电商GMV拟合，淘宝直播按直播GMV拟合）：抖音自家小店的销售额，实线为当前设定，虚线为另一种禁令设定；以及抖音外链带出的销售的去向",
        },
        ban_lines: BanText {
            own_store: "抖音小店",
            on: "有禁令",
            off: "无禁令",
            links: "经外链到阿里成交",
            search: "被禁后经搜索购买",
            lost: "被禁后未成交",
        },
        map: FigureText {
            title: "按购买意愿与直播类型划分的平台",
            caption: "纵轴为购买意愿（越往上越高），横轴为直播主导方（左为KOL，右为品牌）；圆的面积代表默认视角下模型的2020年GMV（抖音、快手按全口径电商GMV拟合，淘宝直播按直播GMV拟合；京东、蘑菇街、小红书为假设值）。报道的数字：快手3812亿元；抖音1700亿至1800亿元或约5000亿元",
        },
        map_axes: MapText {
            intent_high: "购买意愿高",
            intent_low: "购买意愿低",
            kol: "KOL主导",
            brand: "品牌主导",
            intent_column: "购买意愿（0至1）",
            kol_column: "KOL主导程度（0至1）",
            why_column: "为何位于此处",
        },
        curve: FigureText {
            title: "小红书收入与带货力度",
            caption: "模型中小红书2021年收入随带货力度的变化（水平由假设决定，并非报道的数字）",
        },
        curve_lines: CurveText {
            x: "带货力度",
            commerce: "来自带货",
            ads: "来自广告",
            total: "合计",
        },
        trust: FigureText {
            title: "当前信任度下六个平台合计销售额的份额与基准对比",
            caption: "预测末年各平台占六个平台合计销售额的份额（模型值，口径不一）；刻度线标出基准值",
        },
        trust_baseline: "基准",
        next: "原文发表后报道的GMV，与模型的路径及其不确定区间对照",
        next_labels: NextText {
            model: "（模型）",
            reported: "（报道值）：",
            key_model: "线条和阴影：2020年视角下的路径及其10%至90%预测区间",
            key_point: "圆点：报道的单个数字",
            key_range: "竖条：报道的区间（几处泄露数据说法不一）",
            key_floor: "箭头：下限，报道时只说“超过”",
            key_quoted: "空心菱形：原文给出的2020年数字（目标或预期进度）",
            quoted: "（原文的2020年数字）：",
            note: "这张图用的是只依据2021年年中以前报道的2019、2020年数字拟合的模型（“2020年的视角”）。2021年及以后的数字都没有用于这次拟合，所以2021至2023年的误差都是样本外误差。判断是否落在区间内时，区间还计入了该数字本身的测量误差，其大小取决于可信度标记。抖音和快手的数字涵盖全部电商交易，淘宝直播的只算直播；这个视角的曲线是在抖音2022年建起商城和商品卡之前拟合的，不含这部分销售。",
            caption: "2020至2023年报道的GMV与“2020年视角”的误差（“2020年视角”只用截至2021年年中已知的2019至2020年数字拟合；误差：模型值与报道值所允许范围之间的差距；落在区间内或高于下限时为0，否则与较近的一端相比）",
            model_band: "模型（10%至90%）",
            error: "误差",
            within: "是否落在区间内",
            yes: "是",
            no: "否",
            fitted: "已纳入拟合",
        },
        sensitivity: FigureText {
            title: "哪个调节项对结果影响最大",
            caption: "其余调节项不变，把每个调节项分别调到区间低端和高端时，所选年份的份额",
        },
        sensitivity_labels: SensitivityText {
            platform: "平台",
            year: "年份",
            low: "低端",
            high: "高端",
            input: "输入",
            parts: ["你的选择", "模型不知道的"],
            variance_share: "在各次模型运行差异中所占的比例",
            variance_caption: "每个不确定常数单独能解释1000次模型运行之间份额差异的多少（方差的一阶占比）",
        },
    },
    controls: ControlText {
        presets: "预设情景",
        reset: "重置",
        pin: "把当前设定固定为A",
        unpin: "取消固定A",
        pinned_name: "A（已固定）",
        current_name: "B（当前）",
        compare_caption: "设定A与设定B：末年的预测份额",
        difference: "B − A",
        partner_group: "加入阿里内容合作网络的平台",
    },
    guess: GuessText {
        question: "你认为在2023年这一年，谁的直播和短视频卖得最多？",
        other: "其他平台",
        reveal: "揭晓结果",
        answer: "就现有数字而言，是抖音。据泄露数据，抖音2023年的电商GMV约为2.2万亿至2.7万亿元（L；较高的那份含商品卡）；快手公布的是1.18万亿元（P）。即使去掉货架场景（2024年约占抖音GMV的40%；Dao Insights；W），抖音仍然领先。淘宝直播最后一个总数是2021财年（截至2021年3月）的。整个电商平台则更大：据36氪报道，2024年淘宝天猫约8万亿元，拼多多约5.2万亿元，抖音约3.5万亿元（L），前两者主要靠商城页面而非直播。",
    },
    slides: SlideText {
        slide: "幻灯片",
        next_slide: "下一张",
        previous_slide: "上一张",
        first_slide: "第一张",
        last_slide: "最后一张",
        fullscreen: "全屏",
        notes: "演讲备注",
        shortcuts: "快捷键",
        close: "关闭",
        exit_present: "回到文章",
        speaker_notes: "备注",
        shortcut_list: [
            ("→  PageDown  空格", "下一张"),
            ("←  PageUp", "上一张"),
            ("Home  End", "第一张或最后一张"),
            ("F", "进入或退出全屏"),
            ("N", "显示或隐藏演讲备注"),
            ("R", "恢复默认设定"),
            ("V", "在提问页揭晓答案"),
            ("?", "显示或隐藏本列表"),
        ],
        title_hint: "按 → 键或点“下一张”开始。",
        predict_title: "你的预测",
        predict_locked: "答案先藏着，等老师揭晓。",
        predict_unlock: "揭晓答案",
        predict_tally: "全班投票",
        add_vote: "为此加一票：",
        remove_vote: "为此减一票：",
    },
    methods: MethodsText {
        units: [
            "人",
            "指数，2020年=100",
            "年份（2020.5即2020年年中）",
            "比例",
            "0至1的评分",
            "相对权重",
            "每年的速率",
            "幂指数",
            "第四季度一天相当于其他日子的倍数",
            "每人每年",
            "每年",
        ],
        unit: "单位",
        show_table: "展开常数表",
        alibaba_apps: "阿里零售App（淘宝直播所在平台）",
        param_names: [
            ("audience_2019", "2019年的用户规模"),
            ("audience_growth_decay", "用户增长每年延续的比例"),
            ("kuaishou_own_shop_2020", "2020年快手自有小店的占比"),
            ("leak_search_return", "流失的销售中经搜索找回的比例"),
            ("adoption_ceiling", "直播购物最多能覆盖多少人"),
            ("adoption_midpoint", "渗透过半的时间"),
            ("adoption_rate", "渗透速度"),
            ("attraction", "对注意力的吸引力"),
            ("closed_loop_lift", "自有交易闭环的加成"),
            ("content_lag", "内容平台受众的滞后"),
            ("douyin_taobao_link_share", "抖音销售经淘宝外链成交的比例"),
            ("jd_conversion_lift", "京东对快手转化率的加成"),
            ("jd_fulfilment_share", "京东承接快手订单的比例"),
            ("jd_trust_lift", "京东对快手信任度的加成"),
            ("kol_driven", "直播由KOL主导的程度"),
            ("mogujie_livestream_share", "蘑菇街直播占GMV的比例（取原文的50%，各年不变；2020年第二季度已达72.6%）"),
            ("mogujie_niche_gmv", "蘑菇街细分市场的规模"),
            ("partner_attraction", "合作平台对注意力的吸引力"),
            ("partner_intent", "合作平台受众的购买意愿"),
            ("partner_kol_driven", "合作平台由KOL主导的程度"),
            ("purchase_intent", "购买意愿"),
            ("q4_sales_weight", "第四季度的销售权重"),
            ("spend_growth", "人均消费增速"),
            ("spend_per_shopper", "每位购物者的潜在消费额（未计注意力份额与转化率，并非实际消费）"),
            ("store_catch_up", "自有小店追赶的速度"),
            ("trust_conversion_weight", "信任对转化的权重"),
            ("trust_erosion", "过度带货造成的信任流失"),
        ],
        caption: "模型中的不确定常数：所选视角下的取值与区间（微博、百度、西瓜视频的吸引力合起来是一个拟合常数，分三行列出）",
        name: "常数",
        default: "取值",
        range: "区间（合理区间，或拟合后的10%至90%）",
        distribution: "抽样分布",
        uniform: "均匀分布",
        triangular: "三角分布，峰值在假设值",
        fit_spread: "拟合值：拟合后不确定性的10%至90%",
        audience_2020: "2020年受众",
        set_by: "如何确定",
        glossary: "本文用语",
        fitted: "按所选历史视角的数字拟合",
        hindsight: "其区间是在看到之后的年份后选定的",
        assumed: "假设，未按2020年以后的数据调整",
        #[cfg(not(target_arch = "wasm32"))]
        residuals: ResidualText {
            note: "每个视角的常数都同时拟合下表中的所有数字。偏差：模型值与该数字所允许范围的差距（落在区间内、高于下限，或落在口径不明的数字可能的范围内时为0）。偏差/误差：偏差除以该数字自身的误差，误差大小取决于可信度标记（一手来源5%，可靠媒体10%，泄露25%，较弱的报道40%，原文20%，假设的数额50%）；超过2，说明最优拟合把它留在这么远的地方，因为把它拉近会让别处付出更大代价。",
            captions: [
                "2020年视角的残差：2021年年中以前已知的2019至2020年数字",
                "默认视角的残差：此后报道的全部数字，截至2024年",
            ],
            head: ["数字", "标记", "报道值", "模型值", "偏差", "偏差/误差"],
            market_growth: "潜在直播电商市场的增长，2019至2020年",
            assumed: [
                "京东平台直播销售额，2020年（假设）",
                "蘑菇街直播销售额，2019年（假设）",
                "小红书直播销售额，2020年（假设）",
                "合作伙伴外链占淘宝直播销售额的比例，2020年（假设）",
            ],
        },
    },
    timeline: TimelineText {
        title: "大事记：2018年至2020年10月9日",
        events: [
            ("2018年", "抖音允许创作者通过淘宝链接卖货，字节跳动与阿里由此形成非正式的合作。"),
            ("2019年6月", "快手与京东首次合作：快手用户被引导到京东自己的App下单。"),
            ("2020年", "阿里拉拢内容平台；原文列出的合作伙伴是微博、百度和西瓜视频。"),
            ("2020年5月27日", "快手与京东签下更深入的战略合作，涵盖供应链、品牌营销和数据。"),
            ("2020年6月16日", "快手用户无需离开App即可购买京东自营商品，由京东负责配送和售后。"),
            ("2020年8月20日", "据报道，抖音开始经星图对直播间的第三方商品链接收取20%的服务费，抖音小店的链接只收5%。"),
            ("2020年8月26日至27日", "抖音宣布将把外链撤出直播间。"),
            ("2020年9月6日", "抖音上的外链只能经由其付费营销平台星图投放。"),
            ("2020年10月9日", "第三方商品链接不得再进入抖音直播间的购物车；短视频不受影响。"),
        ],
    },
    sources: SourcesText {
        title: "来源",
        intro: "本页讲述的故事依据一篇2020年夏末发表的英文文章，文中的销售数字取自国内科技媒体36氪（标记A）。下面列出本页引用的每一个公开数字的出处，以及它的可信程度。模型自身的常数见“模型如何运作”一章。",
        flags: [
            "P：一手资料，官方文件、公告或统计",
            "R：可靠媒体报道，或其报道的公司数据",
            "L：泄露或非官方数据，已被否认或未获证实",
            "W：可信度弱，二手博客或未经核实的转载",
            "A：2020年原文的说法，引自36氪（直接读到36氪原文的，标R）",
        ],
        measures: ["直播GMV", "全口径电商GMV", "GMV，未说明统计口径"],
        target: "预期或目标，并非实际结果",
        #[cfg(not(target_arch = "wasm32"))]
        fiscal_to_march: "截至{}年3月的财年",
        #[cfg(not(target_arch = "wasm32"))]
        audiences: [
            "日活跃用户",
            "中国零售市场移动月活跃用户（含淘宝直播所在的淘宝App）",
            "电商直播用户（并非都下过单）",
            "网络购物用户",
            "网民",
        ],
        #[cfg(not(target_arch = "wasm32"))]
        china: "全国",
        #[cfg(not(target_arch = "wasm32"))]
        alibaba: "阿里巴巴",
        #[cfg(not(target_arch = "wasm32"))]
        more_than: "超过",
        #[cfg(not(target_arch = "wasm32"))]
        source_items: [
            "本页所依据的2020年原文，另有一版题为“Livestream Warfare：Douyin Strikes First（Part 1）”；未署作者，发表日期未能核实",
            "中国人口，约14.1亿",
            "抖音外链禁令：9月6日起外链只能经星图挂出，2020年10月9日起直播间不得挂第三方链接",
            "据报道，抖音自2020年8月20日起经星图对直播间的第三方商品链接收取20%的服务费，抖音小店的链接为5%",
            "快手与京东结盟，2020年5月27日签约",
            "阿里内容合作网络（原文称“Project Star X”，中文名称未能查证），成员包括微博、百度和西瓜视频",
            "蘑菇街：截至2020年3月的财年，直播占GMV的46.2%",
            "蘑菇街：2020年4月至6月，直播占GMV的72.6%",
            "小红书：约80%的收入来自广告",
            "37.3%的直播购物者遇到过问题，其中13.6%进行过投诉",
            "快手2020年目标由1000亿元上调至2500亿元",
            "2500亿元约合360亿美元",
            "快手自有小店占其2021年12月GMV的98.8%",
            "2023年1至9月重点监测平台直播销售额：1.98万亿元",
            "薇娅于2021年12月20日被追缴税款、加收滞纳金并处罚款共13.41亿元",
            "2020年全国网上零售额：11.76万亿元",
            "2020年直播电商规模的预测：约1.05万亿元",
            "2020年直播电商规模：9610亿元",
            "2020年底中国网民规模：9.89亿；电商直播用户：3.88亿，其中66.2%买过东西",
            "《网络直播营销管理办法（试行）》，2021年4月发布，5月25日起施行",
            "2022年6月发布的《网络主播行为规范》，列出31种禁止行为",
            "2021年4月，抖音电商负责人表示宁可GMV低一些，也要打击刷单和假货",
            "2023年9月，李佳琦因眉笔言论掉粉并道歉",
            "2021年12月，腾讯把所持京东股份的大部分分派给股东，持股由约17%降至约2%",
            "抖音公布的增长率：2020年12月的月GMV是1月的12倍以上；2021年5月至2022年4月GMV同比增长3.2倍",
            "抖音的“兴趣电商”（2021年）与“全域兴趣电商”和货架场景（2022年）",
            "抖音2024年GMV构成：货架约40%，商家自播约30%，达人直播约30%",
            "抖音2019年直播GMV：约100亿元",
            "快手2019年直播GMV：约350亿元",
            "快手2021年1至3月日活跃用户（App与小程序合计）：3.792亿",
            "蘑菇街：2021年4月至9月，直播占GMV的91.2%",
            "2020年5月调查中看过和通过直播买过东西的受访者：淘宝直播68%和61%，抖音52%和39%（调查方法不明）",
            "2024年GMV：淘宝天猫约8万亿元，拼多多约5.2万亿元，抖音约3.5万亿元",
        ],
    },
    sentences: Sentences {
        bloc_summary: |&LeadSentence { leader, leader_share, runner_up: second, runner_up_share: second_share, year }| {
            format!("模型测算，{year}年{leader}自家结算的部分占各阵营合计的{leader_share}，{second}占{second_share}；口径不一，且不含阿里普通电商的销售，并非市场份额。")
        },
        shares_summary: |&LeadSentence { leader, leader_share, runner_up: second, runner_up_share: second_share, year }| {
            format!("模型测算，{year}年{leader}占六个平台合计的{leader_share}，{second}占{second_share}；口径不一，并非市场份额。")
        },
        attention_summary: |&LeadSentence { leader, leader_share, runner_up: second, runner_up_share: second_share, year }| {
            format!("在模型的注意力池中，{year}年{leader}占{leader_share}，{second}占{second_share}；这一分配由所选历史视角中报道的销售额和用户数倒推、再向后推算得出，并非实测的用户规模。")
        },
        #[cfg(not(target_arch = "wasm32"))]
        audience_count: |&CountSentence { who, people, audience, when, source }| {
            format!("{who}：{audience}{people}，{when}。来源：{source}")
        },
        band_summary: |&BandSentence { platform, year, low, high }| {
            format!("在1000次模型运行中，居中的80%显示{platform}{year}年的份额在{low}至{high}之间。")
        },
        likely_range: |&LikelyRange { low, high }| format!("80%预测区间：{low}至{high}"),
        ban_summary: |&BanSentence { douyin, links, cut_off, year }| {
            let links = match links {
                Some(links) => format!("此外，抖音直播带来的销售中还有{links}经外链在阿里的电商平台成交"),
                None => "模型里抖音带来的销售已不再经外链流向阿里的电商平台（模型的禁令切断所有外链，连短视频的也包括在内）".to_string(),
            };
            let cut_off = cut_off.map_or(String::new(), |(search, lost)| {
                format!("被禁令切断的销售里，{search}经搜索回到电商平台，{lost}根本没有成交。")
            });
            format!("模型测算，{year}年抖音自家小店成交{douyin}；{links}。{cut_off}")
        },
        curve_summary: |&CurveSentence { current, revenue, best, best_revenue, year }| {
            format!("按模型测算，带货力度为{current}时，小红书{year}年收入为{revenue}；力度为{best}时收入达到峰值，为{best_revenue}。模型的设定是：在默认力度下，2020年约80%的收入来自广告，与公开报道一致。")
        },
        trust_summary: |&TrustSentence { moved, leader, leader_share, year }| match moved {
            Some((platform, change)) => {
                format!("与基准相比，模型中{platform}变化最大：在{year}年六个平台合计中的份额变动{change}。")
            }
            None => format!("与基准相比，模型中各平台的份额都没有变化：{year}年{leader}以{leader_share}领先（占六个平台合计，口径不一）。"),
        },
        scoreboard_summary: |&PlatformYear { platform, value, year }| {
            format!("最高的柱子是{year}年的{platform}，为{value}。")
        },
        sensitivity_summary: |&SensitivitySentence { platform, year, input, swing }| {
            format!("对{platform}{year}年的份额影响最大的是“{input}”：它能让份额变动{swing}。")
        },
        variance_summary: |&SensitivitySentence { platform, year, input, swing }| {
            format!("在模型不确定的常数里，对{platform}{year}年份额影响最大的是“{input}”：各次模型运行之间的差异，单它一项就能解释{swing}。")
        },
        backtest_summary: |&BacktestSentence { year, douyin, kuaishou, within, checked, years, total, market }| {
            let off = |m: &Miss, report: &str| match (m.inside, m.above) {
                (true, _) => format!("落在{report}{}之内", m.reported),
                (false, above) => format!("比{report}{}{}{}", m.reported, if above { "高" } else { "低" }, m.gap),
            };
            let band = match within {
                0 => "没有一个落在模型10%至90%的预测区间内".to_string(),
                n if n == checked => "全部落在模型10%至90%的预测区间内".to_string(),
                n => format!("有{n}个落在模型10%至90%的预测区间内"),
            };
            format!(
                "只依据截至2021年年中已知的2019至2020年数字拟合时，模型测算{year}年抖音为{}，{}；快手为{}，{}。{years}年报道的{checked}个数字中，{band}。模型中六个平台{year}年合计{total}，而商务部统计的当年1至9月重点监测平台的直播销售额为{market}（只计直播，只有九个月）；模型的合计更大，部分原因是它对抖音和快手的曲线按其全口径电商GMV拟合。",
                douyin.model, off(&douyin, "泄露的"), kuaishou.model, off(&kuaishou, "公布的")
            )
        },
        your_guess: |guess| format!("你的猜测：{guess}。"),
        lever_value: |value| format!("{value}（0到1之间）"),
    },
};

/// The hindsight figure's texts (`content::hindsight_texts`).
pub(super) const HINDSIGHT_ZH: HindsightText = HindsightText {
        title: "身在2020年，要相信什么才能猜中后来？",
        caption: "事后拟合可以调整的每项判断：2020年的默认值、拟合所需的值，以及二者相差几个标准差（按该判断2020年的取值范围计）",
        label: "事后拟合：依据2020年之后的实际情况拟合，不是预测。",
        lead: "回测让模型只知道截至2021年年中已知的2019至2020年数字。这次拟合把问题倒过来：在2020年持有哪些判断，才会得出此后报道的销售额？它从2020年视角出发，只能调整2021年起才起作用的判断，而且每偏离2020年默认值一步都要付出代价。",
        try_it: "选择抖音2020年的起点和允许改变的内容，拟合会在你的浏览器里重新运行。",
        anchor_legend: "抖音2020年的起点",
        anchors: [
            "两份报道都用（泄露的1700亿–1800亿元和5000亿元的报道）",
            "只用泄露数字（1700亿–1800亿元）",
            "只用5000亿元的报道",
        ],
        freedom_legend: "2020年之后允许改变的内容",
        freedoms: [
            "只动调节项：抖音小店、信任、带货力度",
            "调节项，加上两个只影响之后年份的常数：用户增长每年延续多少、自有小店追赶多快",
            "以上全部，再加上2021年起抖音每位观众带来的销售额的一次跃升（2020年视角里没有这一项）",
        ],
        step: "2021年起抖音每位观众带来的销售额（相对模型）",
        verdicts: [
            "在2020年看来合理",
            "在2020年看来略显牵强",
            "在2020年看来不合理",
        ],
        fitted_line: "（事后拟合）",
        view_line: "（2020年视角）",
        beliefs_title: "拟合所需的判断，对照其2020年的取值范围",
        default_tick: "2020年默认值",
        sd_unit: "个标准差",
        key: "圆点：拟合所需的值。深色带：距2020年默认值一个标准差以内（在2020年看来合理）；浅色带：一到两个标准差（略显牵强）；再往外即不合理。标准差按该判断2020年的取值范围计；抖音的跃升以翻一倍为一个标准差。折线：各平台在事后拟合（实线）和2020年视角（虚线）中的走势，以及报道的数字。",
        columns: ["判断", "2020年默认值", "所需值", "距离（标准差）", "结论"],
        note: "拟合读取2021至2024年报道的全部销售额数字（抖音、快手，以及淘宝直播截至2021年3月的2021财年），按来源标记加权；“超过”某数的报道只约束一侧，报道为区间的，落在区间内任何一点都算相符。它不读取之后的用户数：快手的用户数只计其App，而模型中的用户还包括小程序。它能调整的判断都只从2021年起作用，因此2019和2020年与2020年视角完全相同。上面的回测和不确定区间都不读取这次拟合。",
    prompt: "先问全班：身在2020年，你更愿意相信哪一种——抖音小店成熟得快一倍，还是抖音每位观众带来的销售额更高？然后逐项放开限制，看看每项判断需要挪动多远。",
    summary: |&HindsightSentence { year, douyin, kuaishou, freedom, beliefs }| {
        let moving = ["只动调节项", "调整调节项和两个之后年份的常数", "调整调节项、之后年份的常数和抖音的跃升"][freedom.min(2)];
        let off = |m: &Miss, report: &str| match (m.inside, m.above) {
            (true, _) => format!("落在{report}{}之内", m.reported),
            (false, above) => format!("比{report}{}{}{}", m.reported, if above { "高" } else { "低" }, m.gap),
        };
        let needs = match beliefs {
            [] => "没有哪项判断需要偏离半个标准差以上。".to_string(),
            _ => {
                let items: Vec<String> = beliefs
                    .iter()
                    .map(|b| format!("{}需为{}，而非{}（{}个标准差，{}）。", b.name, b.value, b.default, b.z, b.verdict))
                    .collect();
                items.concat()
            }
        };
        format!(
            "{moving}去拟合2020年之后报道的销售额，模型给出抖音{year}年为{}，{}；快手为{}，{}。{needs}",
            douyin.model, off(&douyin, "泄露的"), kuaishou.model, off(&kuaishou, "公布的")
        )
    },
    directions: |directions| match directions {
        [] => "之后的数字对这些判断的约束，没有一个组合比2020年的取值范围更紧。".to_string(),
        _ => {
            let items: Vec<String> = directions
                .iter()
                .map(|d| format!("{}（它每变动一个标准差，之后的数字约移动其自身误差的{}倍）", d.beliefs, d.strength))
                .collect();
            let n = ["一", "两", "三", "四", "五"].get(directions.len().wrapping_sub(1)).map_or_else(|| directions.len().to_string(), |n| n.to_string());
            format!("之后的数字把其中{n}个判断组合约束得比2020年的取值范围更紧：{}。在其他方向上，数据提供的信息少于取值范围，拟合因此停在默认值附近。", items.join("；"))
        }
    },
};
