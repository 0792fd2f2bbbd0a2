//! The explainer's terms, one per idea, in both languages: what each means, and the Chinese
//! synonyms the text must not use for it (so a reader never wonders whether two words are two ideas).
//! The tests in `editorial_tests.rs` hold the chapters, the interface and `teacher.html` to it.

/// One term of the glossary.
#[derive(Clone, Copy, Debug)]
pub struct Term {
    /// The English term, as the English chapters write it.
    pub en: &'static str,
    /// The Chinese term, as the Chinese chapters write it.
    pub zh: &'static str,
    /// One sentence in English.
    pub definition_en: &'static str,
    /// One sentence in Chinese.
    pub definition_zh: &'static str,
    /// Chinese words for the same idea that the Chinese texts must not use.
    pub rejected_zh: &'static [&'static str],
}

/// Every term, roughly in the order a reader meets them.
pub const GLOSSARY: [Term; 29] = [
    Term {
        en: "GMV",
        zh: "GMV（商品交易总额）",
        definition_en: "Gross merchandise value: the total price of the goods ordered on a platform, before returns and before anyone takes a cut.",
        definition_zh: "平台上下单商品的总金额，未扣除退货，也未扣除任何一方的抽成；本页说的销售额都按它计算。",
        rejected_zh: &["总成交金额", "交易流水", "成交额"],
    },
    Term {
        en: "revenue",
        zh: "收入",
        definition_en: "What a platform keeps of the sales it handles (commissions, advertising, fees), usually a small part of its GMV.",
        definition_zh: "平台从经手的交易中留下的钱（佣金、广告费、服务费），通常只占GMV的一小部分。",
        rejected_zh: &["营业收入来源"],
    },
    Term {
        en: "take rate",
        zh: "抽成比例",
        definition_en: "The share of its GMV a platform keeps from selling, in commissions and fees; analysts also call it the monetisation rate.",
        definition_zh: "平台以佣金和服务费的形式，从经手的GMV中留下的比例，分析师也称货币化率。",
        rejected_zh: &["货币化率", "抽佣率"],
    },
    Term {
        en: "KOL",
        zh: "KOL",
        definition_en: "Key opinion leader: a creator with a following whose recommendations make people buy.",
        definition_zh: "关键意见领袖：拥有粉丝、推荐能带动购买的创作者，业内也常称达人。",
        rejected_zh: &["网红"],
    },
    Term {
        en: "purchase intent",
        zh: "购买意愿",
        definition_en: "How far a platform's visitors arrive already meaning to buy something.",
        definition_zh: "用户打开平台时，心里已经想买东西的程度。",
        rejected_zh: &["购买意图", "购物意图"],
    },
    Term {
        en: "KOL-driven",
        zh: "KOL主导",
        definition_en: "Said of streams run by a personality with a following rather than by a brand.",
        definition_zh: "指直播由拥有粉丝的个人主持，而不是由品牌主持。",
        rejected_zh: &["达人驱动", "达人主导", "KOL驱动"],
    },
    Term {
        en: "brand-driven",
        zh: "品牌主导",
        definition_en: "Said of streams run by or for a brand to show its products, close to an infomercial.",
        definition_zh: "指直播多为品牌自播或商家代播、用来展示产品，接近电视购物。",
        rejected_zh: &["品牌驱动"],
    },
    Term {
        en: "brand self-streaming",
        zh: "品牌自播",
        definition_en: "A brand or merchant running its own streams, day after day, instead of hiring a KOL (in the trade, 店播 for a shop's own stream).",
        definition_zh: "品牌或商家自己开直播、日复一日地卖自家产品，而不是请KOL来带货（店铺自己的直播，业内也叫店播）。",
        rejected_zh: &["品牌直播自营"],
    },
    Term {
        en: "conversion",
        zh: "转化率",
        definition_en: "The share of viewers who go on to buy.",
        definition_zh: "观众中最终下单的比例。",
        rejected_zh: &["购买率", "成交率"],
    },
    Term {
        en: "link-out",
        zh: "外链",
        definition_en: "A product link in a stream or video that sends the buyer to another company's marketplace to pay.",
        definition_zh: "直播或视频里的商品链接，点进去就跳到别家电商平台付款。",
        rejected_zh: &["跳转链接", "导购链接"],
    },
    Term {
        en: "booked",
        zh: "计入",
        definition_en: "A sale is booked by the platform whose checkout takes the payment: it counts in that platform's GMV.",
        definition_zh: "一笔交易由哪个平台结算，就计入哪个平台的GMV。",
        rejected_zh: &["落袋", "入账"],
    },
    Term {
        en: "closed loop",
        zh: "闭环",
        definition_en: "A platform that owns the stream, the checkout and the advertising keeps traffic, sales, data and ad income in one company.",
        definition_zh: "直播、结算和广告都握在同一家平台手里，流量、成交、数据和广告收入都不外流。",
        rejected_zh: &["封闭循环"],
    },
    Term {
        en: "Xingtu",
        zh: "星图",
        definition_en: "Douyin's paid platform through which brands book its creators for sponsored content; from 6 September to 9 October 2020 it was the only way to put outside links into a livestream.",
        definition_zh: "抖音的付费达人商业合作平台，品牌经它约请创作者制作商业内容；2020年9月6日至10月9日，直播间的外链只能经由它挂出。",
        rejected_zh: &["星图平台"],
    },
    Term {
        en: "product card",
        zh: "商品卡",
        definition_en: "A product's own listing on Douyin, shown in search, the mall or the feed, that can be bought from without any stream or video.",
        definition_zh: "抖音上单个商品的展示页，出现在搜索、商城或信息流中，不必经过直播或短视频就能直接下单。",
        rejected_zh: &["商品卡片"],
    },
    Term {
        en: "interest e-commerce",
        zh: "兴趣电商",
        definition_en: "Douyin's own name, from 2021, for selling to people who came to be entertained, by showing them things they turn out to want.",
        definition_zh: "抖音自2021年起对自身模式的称呼：向来看内容的用户推荐他们可能感兴趣的商品，激发原本没有的购买需求。",
        rejected_zh: &["兴趣型电商"],
    },
    Term {
        en: "shelf selling",
        zh: "货架场景",
        definition_en: "Selling from a platform's mall, search results and product listings, which a buyer can use without watching any stream or video.",
        definition_zh: "在平台的商城、搜索结果和商品页里卖货，买家不必看任何直播或短视频就能下单。",
        rejected_zh: &[],
    },
    Term {
        en: "predictive band",
        zh: "预测区间",
        definition_en: "The middle 80% of the model's 1,000 runs, drawn around a line to show how far the model itself is unsure.",
        definition_zh: "模型1000次运行结果居中的80%，画在曲线周围，表示模型自身的不确定程度。",
        rejected_zh: &[],
    },
    Term {
        en: "view of history",
        zh: "历史视角",
        definition_en: "Which reported figures the model is fitted to: everything reported since, to 2024 (the default), or only what was known of 2019–2020 by mid-2021.",
        definition_zh: "模型拟合所用的公开数字：默认采用此后报道的全部数字（截至2024年），另一个视角只用截至2021年年中已知的2019至2020年数字。",
        rejected_zh: &["历史口径"],
    },
    Term {
        en: "floor",
        zh: "下限",
        definition_en: "A figure reported only as \"more than\" an amount: the model may be anywhere above it.",
        definition_zh: "只以“超过”某数的形式报道的数字：模型的取值在它之上即算相符。",
        rejected_zh: &["底线"],
    },
    Term {
        en: "standard deviation",
        zh: "标准差",
        definition_en: "Here, the unit in which a belief's move away from its 2020 default is measured, set by how far that belief could plausibly range in 2020.",
        definition_zh: "这里指衡量某项判断偏离2020年默认值多远的单位，大小取决于该判断在2020年看来合理的取值范围。",
        rejected_zh: &["标准偏差"],
    },
    Term {
        en: "bloc",
        zh: "阵营",
        definition_en: "A group of companies tied by ownership or deals whose platforms send each other buyers.",
        definition_zh: "因股权或合作协议绑在一起、彼此导流的一组公司。",
        rejected_zh: &["派系", "集团军"],
    },
    Term {
        en: "Tencent side",
        zh: "腾讯系（快手、京东）",
        definition_en: "Tencent and the companies in which it held large stakes in 2020, here JD and Kuaishou; the model keeps the blocs as they stood then.",
        definition_zh: "腾讯及其在2020年重要持股的公司，在本页指京东和快手；模型按当时的阵营划分。",
        rejected_zh: &["腾讯京东系"],
    },
    Term {
        en: "content-partner network",
        zh: "阿里内容合作网络",
        definition_en: "Alibaba's 2020 programme linking content platforms to Taobao, which the article calls \"Project Star X\"; its name and members could not be confirmed.",
        definition_zh: "阿里巴巴2020年把内容平台接入淘宝的计划，原文称之为“Project Star X”，其中文名称和成员名单都未能查证。",
        rejected_zh: &["阿里网络", "阿里合作网络"],
    },
    Term {
        en: "selling intensity",
        zh: "带货力度",
        definition_en: "How much of what a streamer posts is selling rather than content.",
        definition_zh: "主播发布的内容里，卖货所占的比重。",
        rejected_zh: &["带货强度", "卖货力度"],
    },
    Term {
        en: "traffic",
        zh: "流量",
        definition_en: "The number of people a platform draws and the time they spend there.",
        definition_zh: "一个平台吸引来的人数，以及他们在上面花的时间。",
        rejected_zh: &["人气"],
    },
    Term {
        en: "quadrant",
        zh: "象限",
        definition_en: "One of the four areas of the map that purchase intent and stream type divide it into.",
        definition_zh: "购买意愿和直播类型两条轴把象限图分成的四块区域之一。",
        rejected_zh: &["角落"],
    },
    Term {
        en: "adoption curve",
        zh: "渗透曲线",
        definition_en: "How the number of people who use livestream shopping, to watch or to buy, rises fast and then levels off.",
        definition_zh: "使用直播购物（观看或购买）的人数先快速增长、再趋于平稳的过程。",
        rejected_zh: &["采纳曲线", "采用曲线"],
    },
    Term {
        en: "sandbox",
        zh: "沙盘",
        definition_en: "The panel where every lever can be moved at once to see what the model projects.",
        definition_zh: "可以同时拨动所有调节项、查看模型推演结果的面板。",
        rejected_zh: &["沙盒"],
    },
    Term {
        en: "simplified model",
        zh: "简化模型",
        definition_en: "A model that keeps a few forces and leaves out prices, regulators and merchants, to show direction rather than forecast.",
        definition_zh: "只保留少数几种作用力、舍去价格、监管和商家的模型，用来说明方向，而不是做预测。",
        rejected_zh: &["玩具模型", "玩具"],
    },
];

/// Chinese phrasings the text must not use, with what replaced them: calques of English idiom and
/// forms the review ruled out.
pub const REJECTED_PHRASES_ZH: [(&str, &str); 13] = [
    ("同一池", "同一批人的时间"),
    ("结下一段非正式的友谊", "各取所需，并无深交"),
    ("只起两种作用之一", "作用有两种，每个联盟取其一"),
    ("人们追随的是人", "冲着自己关注的主播下单"),
    ("卖出的最多", "卖得最多"),
    ("记分牌", "成绩单"),
    ("单位：人民币", "单位：亿元"),
    ("每个联盟取其一", "一个联盟只起一种作用"),
    ("这笔合作在先", "快手和京东的合作其实更早"),
    ("店铺橱窗", "店铺或品牌"),
    ("一种思考方式", "帮助思考的工具"),
    // The levers are 调节项; 参数 would read as the model's fitted constants (常数).
    ("参数", "调节项"),
    ("作为卖方", "经自家结算"),
];
