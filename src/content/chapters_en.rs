//! English prose of the ten chapters.
use super::{Chapter, ChapterText};

/// The prose of `chapter`. A match, so a new chapter is a compile error until it is written.
pub fn chapter_en(chapter: Chapter) -> &'static ChapterText {
    match chapter {
    Chapter::Attention => &ChapterText {
        title: "The attention war",
        key: "Every Chinese platform is fishing in one fixed pool of screen time, and livestreams have become their sharpest weapon.",
        body: &[
            "China has about 1.4 billion people, the article's round number (the 2020 census counted about 1.41 billion, per the National Bureau of Statistics, a primary source). That sounds like an endless audience, but each of those people has only so many waking hours, and every app on their phone wants a slice of them.",
            "So the contest is zero-sum. A minute spent watching a creator on Douyin is a minute not spent browsing Taobao, and the platforms know it.",
            "By 2020, live video was no longer just a way to keep viewers busy or to move products. Platforms were using it to take ground from each other: to pull shoppers, creators and brands onto their own turf and keep them there.",
        ],
        after: &[
            "This explainer follows that fight as a 2020 article told it, then hands you the levers. The numbers you will see come from a small toy model, so read them as a way of thinking, not as a forecast.",
        ],
    },
    Chapter::Scoreboard => &ChapterText {
        title: "The scoreboard, 2019–2020",
        key: "Taobao Live sold RMB 250 billion in 2019 and aimed to double it, while Kuaishou and Douyin chased RMB 250 billion and RMB 200 billion (36Kr, as cited in the article).",
        body: &[
            "Live selling, together with short video, had grown into an industry in its own right, and in 2020 Alibaba still ruled it. Taobao Live, Alibaba's streaming channel, sold goods worth RMB 250 billion in 2019, roughly US$36 billion (36Kr, as cited in the article).",
            "The same source expected Taobao Live to reach about twice that before 2020 was out. The short-video apps were closing in: Kuaishou was aiming at RMB 250 billion for 2020 and Douyin at RMB 200 billion (both 36Kr, as cited in the article).",
            "Notice what kind of numbers these are: one result for 2019 and three ambitions for 2020, not audited accounts. The bars below grow out of them, and the model uses them as its starting line.",
        ],
        after: &[
            "Kuaishou's number was a stretch: 36Kr reported that its goal had been raised from RMB 100 billion to RMB 250 billion (36Kr, as recorded in the project's facts ledger). Keep that in mind when the real results arrive in chapter 9.",
        ],
    },
    Chapter::Ban => &ChapterText {
        title: "Douyin strikes first",
        key: "From 9 October 2020 Douyin barred third-party shopping links from its livestreams, to keep the sales it had been handing to Taobao.",
        body: &[
            "Until then, a Douyin streamer could sell almost anything by dropping a link to an outside marketplace into the stream. In late August 2020 Douyin announced that from 9 October its livestreams could no longer carry third-party product links, so buyers would have to check out in Douyin's own store; short videos were exempt (Campaign Asia and PingWest, August 2020, reputable press).",
            "The target was plain. Most of what Douyin's creators sold was paid for through Taobao links, so Douyin created the demand while Alibaba booked the sale. ByteDance, Douyin's owner, wanted that money for itself.",
            "The surprise was the timing. Douyin's in-app store was still young, nowhere near ready to carry everything its streams could sell.",
            "Try it below. Switch the ban on and off and drag the store-maturity slider: with an immature store, part of what Douyin used to send to Taobao does not move in-house at all, it simply leaks away.",
        ],
        after: &[
            "The toy's lesson: a ban moves money only as far as the new checkout can catch it. With a mature store Douyin keeps most of the sales it creates; with a weak one both Douyin and Taobao lose, which is why the article called the move premature.",
        ],
    },
    Chapter::Alliances => &ChapterText {
        title: "No permanent friends, only interests",
        key: "As ByteDance broke with Taobao, Kuaishou teamed up with JD and Alibaba courted content partners, turning the fight into a contest of blocs.",
        body: &[
            "About two years before the ban, ByteDance had opened its apps to Taobao, an informal friendship between the two. Now it had declared itself a rival. And in a Chinese internet largely split into an Alibaba camp and a Tencent camp, ByteDance joined neither: it wanted to be a third power.",
            "Kuaishou picked a partner from the Tencent side: JD. Their deal, signed on 27 May 2020 (TechNode, reputable press), let Kuaishou viewers buy JD's own goods without leaving the app, with JD's strict quality checks and its delivery network behind every order.",
            "Alibaba answered by courting content platforms. The article calls its programme \"Project Star X\" and says Weibo, Baidu and Xigua had already joined, with Alibaba offering data services, training, event support and logistics help so that more KOLs could earn money through Taobao. We could not confirm that name or that partner list anywhere else, and one detail looks odd: Xigua Video is itself a ByteDance product.",
            "Flip the alliances below and watch the shares of the blocs move.",
        ],
        after: &[
            "In the model an alliance does one of two things. It raises how often a partner's viewers buy (JD's guarantees make a Kuaishou viewer likelier to order), or it opens channels that send buyers out to the bloc's store. Neither creates new attention: the pool stays the same size.",
        ],
    },
    Chapter::Map => &ChapterText {
        title: "The map of the battlefield",
        key: "Place each platform by how ready its users are to buy and by whether its streams are led by KOLs or by brands, and the battlefield falls into corners.",
        body: &[
            "Livestreaming blurred the line between shopping and entertainment: every marketplace added live video, and every video app built a shop. In China people follow people, and KOLs (key opinion leaders, the influencers of the trade) sit at the centre of it.",
            "The article sorts the players along two lines. The first is purchase intent: did the viewer arrive wanting to buy? The second is who drives the stream: a personality with a following, or a brand showing its products, closer to an infomercial.",
            "On Taobao and JD people come to shop, and the streams mostly serve brands; Taobao is still built around products, however rich its content has become. Douyin and Kuaishou are built around content: KOLs run the streams, which are not always meant to sell, so fewer viewers buy, though some categories sell remarkably well.",
            "Hover over or focus on a platform in the figure to read why it sits where it does.",
        ],
        after: &[
            "Alibaba's lead in online shopping as a whole was not in question. Its lead in live selling was less certain, because the people who draw the viewers belong to no single platform.",
        ],
    },
    Chapter::Niche => &ChapterText {
        title: "Niche players: Mogujie and Xiaohongshu",
        key: "Selling harder pays only up to a point; past it, viewers sense the pitch, trust drains away and revenue falls.",
        body: &[
            "Livestream shopping was not Taobao's invention. Mogujie, a fashion marketplace, got there first: its KOLs worked as personal stylists for their followers, so when live selling arrived the community bought at once. Streams became its main income, about half of its GMV by the article's count, or 46.2% in the year to March 2020 and 72.6% in April to June 2020 (Mogujie's own filings and Caixin, primary and reputable press).",
            "That focus is also its ceiling. Mogujie is about women's clothing and little else, and growing beyond it is close to impossible.",
            "Xiaohongshu is led by KOLs too, but its users come for honest opinions on new brands and products. When a creator pushes too hard, readers spot the sponsorship and stop believing them, so ads often pay better than selling: about 80% of Xiaohongshu's revenue came from advertising (TechNode, reputable press).",
            "Drag the selling-intensity slider and follow the dot along the curve.",
        ],
        after: &[
            "The curve is an inverted U. At first each extra pitch adds sales; near the top, what one more pitch earns is cancelled by the trust it costs; beyond that, pushing harder loses revenue. How early the peak comes depends on how much the audience expects genuine content.",
            "And however keen their users are to buy, neither app draws anything like the crowds on Taobao or Douyin.",
        ],
    },
    Chapter::Trust => &ChapterText {
        title: "Trust comes before the purchase",
        key: "Nobody buys from a streamer they do not believe, and KOLs earn that belief one useful video at a time.",
        body: &[
            "Before anyone taps the buy button, they have to believe the person on screen. KOLs build that belief slowly, by making things worth watching again and again, and livestreaming has turned it into a way of shopping quite unlike the search-and-compare of classic e-commerce.",
            "That belief breaks easily. In a China Consumers Association survey published on 31 March 2020, 37.3% of people who had bought through livestreams said they had run into a problem, most often exaggerated or false claims (reputable press).",
            "Move the trust slider. When trust is high, KOL-led streams convert better and the content platforms gain share; when it falls, shoppers retreat to the marketplaces, where a brand rather than a personality stands behind the sale.",
        ],
        after: &[
            "Watch which platforms swing furthest. Those whose streams lean on KOLs are the most sensitive; Taobao and JD move less, because their buyers arrive already meaning to shop.",
        ],
    },
    Chapter::Sandbox => &ChapterText {
        title: "Your turn: the sandbox",
        key: "Pull every lever at once and see how the shares of livestream sales could shift from 2019 to 2025 in a deliberately simple model.",
        body: &[
            "Everything you have met so far is on one panel here: the link ban and store maturity, the alliances, trust and selling intensity. Change any of them and the projection redraws at once.",
            "Start from a preset if you want a ready-made story to test, or build your own; reset takes you back to the baseline.",
            "Switch between shares per platform and shares per bloc, and keep an eye on absolute GMV as well: a platform can lose share while its sales still grow, because the whole market is growing around it.",
        ],
        after: &[
            "Remember that this is a toy. It rests on a handful of assumptions and was tuned to a few 2019–2020 figures; it knows nothing of regulators, tax cases or the end of a pandemic. Use it to ask what would have to be true, not what will happen.",
        ],
    },
    Chapter::Next => &ChapterText {
        title: "What happened next",
        key: "Taobao did not stay alone at the top: Kuaishou reported RMB 1,184.4 billion of total e-commerce GMV for 2023, and leaks put Douyin's higher still.",
        body: &[
            "The article ended on an open question: could any platform besides Taobao come to rule livestream shopping? Make your guess below before you look. It stays in your browser and is never sent anywhere.",
            "Then compare. Kuaishou reported RMB 381.2 billion of total e-commerce GMV for 2020 (Caixin Global, company figure) and RMB 1,184.4 billion for 2023 (Kuaishou's FY2023 results, primary). Douyin never published its total, but leaks put it near RMB 1.41 trillion in 2022 (The Information via PingWest) and at about RMB 2.2 to 2.7 trillion in 2023 (LatePost and a 36Kr source via KrASIA, denied or unconfirmed). Taobao Live said its livestream GMV passed RMB 400 billion in 2020 (Alibaba via SCMP, reputable press) and has given no total since.",
            "These figures do not measure the same thing. Kuaishou's and Douyin's cover all e-commerce on the platform, short video and links out included; Taobao Live's covers livestreams alone. Read the table with that in mind.",
        ],
        after: &[
            "The chart holds the model to the three years after it was fitted. Nothing reported after 2020 went into it, so every gap from 2021 on is a real miss, not a detail tuned away.",
            "The largest miss is Douyin, and it is structural. The model shares one pool of attention out by each platform's pull and audience, and every audience levels off as it nears the number of people online, so the order of 2020 largely holds: from 2021 to 2023 the model's Douyin sells between a third and a half of what its Kuaishou sells, while the reports went from a little under half in 2020 to about twice Kuaishou's in 2023. Douyin falls further short every year, and no single lever, pushed to either end, lifts it level with Kuaishou. What made Douyin, its push to turn a video feed into a shop, is simply not in the model.",
            "Kuaishou is overshot in every year from 2021. The model starts it from its reported 2020 total, which counts short video and links out, grows it with the whole market and adds the lift of owning the checkout as its own shop takes over; and in a shared pool, the attention Douyin fails to win stays partly with Kuaishou. In none of the three years does Kuaishou's reported figure fall inside the model's band.",
            "Taobao Live cannot be checked at all after 2020: Alibaba stopped giving the figure, so its line runs on with nothing to hold it to, and even its 2020 figure is only a floor (\"more than RMB 400 billion\"), which the model was fitted to as if it were exact. Nor is the size of the market what the model gets wrong: its six platforms together sell more in 2023 than the RMB 1.98 trillion of livestream sales the Ministry of Commerce counted on monitored platforms for January to September alone (via Yicai Global). The two count different things, so this is only a rough check, but it points the same way as the rest: the model's error lies in how it splits the market, not in how large it lets it grow.",
            "Some gaps belong to the data. Douyin's figures are leaks the company denied or never confirmed, and they disagree: the chart draws 2023 as a bar from the lower leak to the higher one, and 2021 as an arrow, because that leak said only \"more than RMB 800 billion\". Kuaishou's and Douyin's figures count all their e-commerce, short video and links out included; the model's lines are the sales each platform's own streams make, the closest measure it has, but not the same one.",
        ],
    },
    Chapter::Methods => &ChapterText {
        title: "How the model works",
        key: "A fixed pool of attention, split by how attractive each platform is, turns into sales through conversion rates that trust, selling intensity, the ban and alliances push up or down.",
        body: &[
            "Attention comes first. The model keeps the total pool of screen time fixed and gives each platform a slice in proportion to its attractiveness: share_i = A_i / ΣA_j, where A_i is platform i's attractiveness and the sum runs over all six platforms. Make one platform more attractive and every other slice shrinks a little.",
            "The audience that shops through livestreams grows along an adoption curve, fast at first and then flattening as most likely buyers have joined. Viewers become buyers at a rate set by their platform's purchase intent and stream type. Higher trust lifts the conversion of KOL-led streams, while more selling intensity earns more per viewer at first but wears that trust down.",
            "The link ban decides where the sales Douyin creates end up. Without it, many go to Taobao through links; with it, they move to Douyin's store as far as the store's maturity allows, and the rest leak away. Alliances and partner networks add either conversion (JD's guarantees behind Kuaishou) or link-out channels (content partners sending buyers to Taobao).",
            "The parameters are tuned so that the baseline reproduces the article's 2019–2020 figures from 36Kr; every default and its source are listed in the sources panel.",
        ],
        after: &[
            "Its limits are those of any toy: six platforms, no prices, no regulators, no merchants choosing where to sell, and calibration on targets that were ambitions rather than results. It shows which levers matter and in which direction; it is not a forecast, and the previous chapter shows how far it can land from the real numbers.",
            "None of the constants is known exactly, so the sandbox also shows how unsure the projection is. Each constant that is not one of your levers gets a plausible range, such as how fast adoption spreads or how much of Douyin's selling went out through Taobao links, and the model runs 1,000 times with values drawn from those ranges. The shaded band around each line holds the middle 80% of those runs (from the 10th to the 90th percentile); the same link always draws the same values, so it always shows the same bands.",
            "While you drag a slider the band is drawn from the first 200 runs, so it keeps up with your hand; when you pause, the full 1,000 replace them. The sensitivity chart answers a different question: for one platform and year, it swings each lever and each constant from the low to the high end of its range, holding everything else, and ranks them by how far the share moves.",
        ],
    },
    }
}

/// One sentence per player placing it on the map (purchase intent × KOL- vs brand-driven), in Player order:
/// Taobao Live, Douyin, Kuaishou, JD, Mogujie, Xiaohongshu.
pub const MAP_NOTES_EN: [&str; 6] = [
    "Taobao Live sits in the high-intent, brand-driven corner: people open Taobao to buy, and its streams mostly showcase brands and their products.",
    "Douyin sits at low purchase intent and far toward KOL-driven: viewers come to be entertained by creators, and selling rides on top of that.",
    "Kuaishou, like Douyin, is content-first and KOL-driven with lower purchase intent, yet live selling there has proved strong in certain categories.",
    "JD sits beside Taobao at high intent and brand-driven: a marketplace whose streams exist to sell products, now also reaching Kuaishou's viewers.",
    "Mogujie pairs high purchase intent with KOL-driven streams: its fashion stylists sell to a community that came to buy clothes.",
    "Xiaohongshu is KOL-driven and its users are keen to discover things to buy, but they expect honest reviews, so heavy selling costs it trust.",
];
