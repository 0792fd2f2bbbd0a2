//! English prose of the ten chapters.
use super::{Chapter, ChapterText};

/// The prose of `chapter`. A match, so a new chapter is a compile error until it is written.
pub fn chapter_en(chapter: Chapter) -> &'static ChapterText {
    match chapter {
        Chapter::Attention => chapter_text! {
            title: "The attention war",
            key: "China's platforms compete for the same people's hours: the market for live selling was growing fast, but what one platform gained in share another lost, and livestreams were the weapon of choice.",
            body: &[
                "China has about 1.4 billion people, the article's round number (the 2020 census counted about 1.41 billion: National Bureau of Statistics, P). That sounds like an endless audience, but each of those people has only so many waking hours, and every app on their phone wants a slice of them.",
                "So the contest for shares is zero-sum. A minute spent watching a creator on Douyin is a minute not spent browsing Taobao, and the platforms know it. The market itself is not fixed: more people shopped through livestreams every year, so a platform could lose share and still sell more.",
                "By 2020, live video was no longer just a way to keep viewers busy or to move products. Platforms were using it to take ground from each other: to pull shoppers, creators and brands onto their own turf and keep them there.",
            ],
            after: &[
                "This explainer retells that fight from an English-language article published in late summer 2020, around the time of the events, which took its sales figures from the Chinese tech outlet 36Kr. Later reports are set beside its claims, and each figure carries a flag in brackets saying how far it can be trusted (P primary, R reputable press, L leak, W weak, A the article's own claim; the sources panel lists them all). Then you get the levers. The numbers you will see come from a deliberately simple model, so read them as a way of thinking, not as a forecast.",
                "Before you read on, make a guess: of the platforms in this story, which one will be selling the most three years later? Keep it in mind; chapter 9 asks again.",
            ],
        },
        Chapter::Scoreboard => chapter_text! {
            title: "The scoreboard, 2019–2020",
            key: "Taobao Live's streams sold RMB 250 billion in 2019 and were on track to double that, 36Kr reported; Kuaishou's target for 2020 was RMB 250 billion and Douyin's RMB 200 billion (A).",
            body: &[
                "Sales in this story are counted as GMV, gross merchandise value: the total price of the goods ordered, before returns and before anyone takes a cut. It is not what a platform earns; a platform's revenue is the part it keeps (commissions, advertising, fees), usually a small slice of the GMV.",
                "Live selling, together with short video, had grown into an industry in its own right, and in 2020 Alibaba still ruled it. Taobao Live, Alibaba's streaming channel, had GMV of RMB 250 billion in 2019, roughly US$36 billion at the article's conversion (36Kr, via the article; A).",
                "36Kr expected Taobao Live to reach about twice that before 2020 was out. The short-video apps were closing in: Kuaishou was aiming at RMB 250 billion for 2020 and Douyin at RMB 200 billion (36Kr, via the article; A).",
                "Notice what kind of numbers these are: one result for 2019 and three expectations or targets for 2020, not audited accounts. Nor do the four bars count one thing. Taobao Live's figures are sales made in livestreams only; Kuaishou's and Douyin's targets cover all e-commerce on the app, short videos and links to other shops included. The bars below grow out of these numbers, and the model uses them as its starting line.",
                "Your turn to predict: which of the three 2020 numbers do you think was met? Chapter 9 has the answer.",
            ],
            after: &[
                "Kuaishou's number was a stretch: earlier in 2020 its goal had been RMB 100 billion, and 36Kr reported that it was raised to RMB 250 billion (36Kr, R). Keep that in mind when the real results arrive in chapter 9.",
            ],
        },
        Chapter::Ban => chapter_text! {
            title: "Douyin strikes first",
            key: "From 9 October 2020 Douyin barred third-party shopping links from its livestreams, so that sales its streams created would be checked out, and booked, in its own store.",
            body: &[
                "Until then, a Douyin streamer could sell almost anything through a link-out: a product link in the stream that takes the buyer to another company's marketplace to pay. Douyin had opened its doors to Taobao links in 2018. Late in August 2020 it changed course in steps: from 6 September outside links had to go through Xingtu, its paid platform for creator deals, and from 9 October livestreams could carry no third-party product links at all, so buyers would have to check out in Douyin's own store; short videos were exempt (Campaign Asia, 27 Aug 2020; PingWest, 28 Aug 2020; R).",
                "Why? Follow the money. A sale is booked by whoever runs the checkout: it counts in that company's GMV, and that company collects the commission. When a Douyin viewer paid through a Taobao link, Douyin had made the sale happen, yet the order, the payment and the customer's data all landed at Alibaba. Most of what Douyin's creators sold went that way, and ByteDance, Douyin's owner, wanted it back.",
                "Owning the checkout is worth more than the commission. It tells the platform who bought what, after which video, and lets it sell that knowledge back to merchants as advertising aimed at the next buyer: a closed loop in which traffic, sales and ad income all stay in one company. Even before the ban, Douyin had started charging for outside links: from 20 August 2020, a reported 20% fee on third-party links through Xingtu against 5% in its own shop (Caixin coverage via trade press; W/R).",
                "The surprise was the timing. Douyin's in-app store was still young, nowhere near ready to carry everything its streams could sell. The [timeline under the figure](#fig-timeline) dates each move, from 2018 to the ban.",
                "Try it below. Switch the ban on and off and drag the store-maturity slider: with an immature store, part of what Douyin used to send to Taobao does not move in-house at all: some buyers look the product up on a marketplace and buy it there, the rest never buy.",
            ],
            after: &[
                "What the model shows: a ban moves money only as far as the new checkout can catch it. With a mature store Douyin keeps most of the sales it creates. With a weak one, Alibaba's marketplace still loses the link sales, Douyin books only the part its store can catch, a share comes back to the marketplaces through search, and the rest is never made. Douyin's own booked sales do not fall under the ban in either case; what the ban costs it is the growth it could have had. Taobao Live's own streams are not touched: what Alibaba loses is the sales other platforms' streams sent it. (The article judged the ban premature because the store was immature; the split above is the model's, not the article's.)",
            ],
        },
        Chapter::Alliances => chapter_text! {
            title: "No permanent friends, only interests",
            key: "In May 2020 Kuaishou teamed up with JD, in August ByteDance broke with Taobao, and Alibaba courted content partners of its own: the fight became a contest of blocs.",
            body: &[
                "A bloc, in this explainer, is a group of companies tied together by ownership or by deals, whose platforms send each other buyers. Much of China's internet sits in one of two: Alibaba's, or Tencent's. Tencent owns large stakes in both JD and Kuaishou, which is why a deal between those two counts as the Tencent side closing ranks.",
                "That deal came first. Kuaishou and JD signed on 27 May 2020 (TechNode; KrASIA; R), about three months before Douyin's ban was announced. From mid-June Kuaishou viewers could buy JD's own goods without leaving the app, with JD's strict quality checks and its delivery network behind every order; an earlier deal of 2019 had simply sent them to JD's app. The [timeline in chapter 3](#fig-timeline) puts these dates in order.",
                "ByteDance belonged to neither camp, and meant to keep it that way. It had let Taobao links into its apps in 2018, a loose partnership of convenience; by August 2020 it was treating Alibaba as a rival. Taking money from neither giant, it was building its own store and payments so it would depend on neither.",
                "Alibaba answered by courting content platforms. The article calls its programme \"Project Star X\" and says Weibo, Baidu and Xigua had already joined, with Alibaba offering data services, training, event support and logistics help so that more KOLs (key opinion leaders: creators with a following whose recommendations sell) could earn money through Taobao. This explainer calls it Alibaba's content-partner network. We could not confirm that name or that partner list anywhere else, and one detail looks odd: Xigua Video is itself a ByteDance product.",
                "Flip the alliances below and watch the shares of the blocs move.",
            ],
            after: &[
                "In the model an alliance works in one of two ways. It raises conversion, the share of a partner's viewers who go on to buy (JD's guarantees make a Kuaishou viewer likelier to order), or it opens channels that send buyers out to the bloc's store. Neither wins new viewers for the market as a whole: what one bloc gains in share, the others lose.",
            ],
        },
        Chapter::Map => chapter_text! {
            title: "The map of the battlefield",
            key: "Place each platform by how ready its users are to buy and by whether its streams are led by KOLs or by brands, and the battlefield falls into four quadrants, one of them empty.",
            body: &[
                "Livestreaming blurred the line between shopping and entertainment: every marketplace added live video, and every video app built a shop. Chinese viewers tend to buy from personalities they follow rather than from a shop window, which puts KOLs at the centre of the trade.",
                "The article sorts the players along two lines. The first is purchase intent: did the viewer arrive wanting to buy? The second is who drives the stream: a personality with a following, or a brand showing its products, closer to an infomercial.",
                "Taobao and JD are shops first. Visitors arrive with a purchase in mind, and most streams there are run by or for brands; for all the videos Taobao has added over the years, what it is organised around is the product page. Douyin and Kuaishou are the other way round: people come for the creators, the streams are run by KOLs and are often not about selling at all. Their conversion, the share of viewers who end up buying, is lower, yet in some categories they sell remarkably well.",
                "Before you hover: where would you put a platform you use yourself? Then hover over or focus on a platform in the figure to read why it sits where it does.",
            ],
            after: &[
                "One quadrant is empty: low purchase intent and brand-driven streams. A brand pitching its own products to people who came to be entertained has neither a shopper's intent nor a personality's pull, so viewers scroll on; brands that want those audiences hire KOLs instead, which moves them to the KOL-driven side.",
                "So Alibaba could be sure of shopping in general and still not of live selling: the creators who bring the crowds can stream wherever they like, and take their viewers with them.",
            ],
        },
        Chapter::Niche => chapter_text! {
            title: "Niche players: Mogujie and Xiaohongshu",
            key: "Selling harder pays only up to a point; past it, viewers sense the pitch, trust drains away and revenue falls.",
            body: &[
                "The article gives the credit for inventing livestream shopping not to Taobao but to Mogujie, a fashion marketplace. Its KOLs acted as personal stylists for their followers, so when live selling arrived the community bought at once. Livestreams became the main way goods were sold there: about half of Mogujie's GMV by the article's count, 46.2% in the year to March 2020 and 72.6% in April to June 2020 (MOGU 6-K, P; Caixin, R). That is a share of sales, not of income: what Mogujie earns is the commission and fees on those sales.",
                "That focus is also its ceiling. Mogujie is about women's fashion and little else, and growing beyond it is close to impossible.",
                "Xiaohongshu is led by KOLs too, but its users come for honest opinions on new brands and products. When a creator pushes too hard, readers spot the sponsorship and stop believing them, which is why, the article says, some Xiaohongshu creators earn more from advertising deals than from selling goods. The platform leans the same way: about 80% of Xiaohongshu's revenue came from advertising (TechNode, Aug 2020, and LatePost via TechNode, Mar 2023; R).",
                "The figure models Xiaohongshu as a whole, not one creator. Drag the selling-intensity slider and follow the dot along the curve.",
            ],
            after: &[
                "The curve is an inverted U. At first each extra pitch adds sales; near the top, what one more pitch earns is cancelled by the trust it costs; beyond that, pushing harder loses revenue. How early the peak comes depends on how much the audience expects genuine content.",
                "And however keen their users are to buy, neither app draws anything like the crowds on Taobao or Douyin.",
            ],
        },
        Chapter::Trust => chapter_text! {
            title: "Trust comes before the purchase",
            key: "Nobody buys from a streamer they do not believe, and KOLs earn that belief one useful video at a time.",
            body: &[
                "Before anyone taps the buy button, they have to believe the person on screen. KOLs build that belief slowly, by making things worth watching again and again, and livestreaming has turned it into a way of shopping quite unlike the search-and-compare of classic e-commerce.",
                "That belief breaks easily. In a China Consumers Association survey published on 31 March 2020, 37.3% of people who had bought through livestreams said they had run into a problem, most often exaggerated or false claims (R).",
                "Move the trust slider. When trust is high, KOL-led streams convert better and the content platforms gain share; when it falls, shoppers retreat to the marketplaces, where a brand rather than a personality stands behind the sale.",
            ],
            after: &[
                "Watch which platforms swing furthest. Those whose streams lean on KOLs are the most sensitive; Taobao and JD move less, because their buyers arrive already meaning to shop.",
            ],
        },
        Chapter::Sandbox => chapter_text! {
            title: "Your turn: the sandbox",
            key: "Pull every lever at once and see how the shares of livestream sales could shift from 2019 to 2025 in a deliberately simple model.",
            body: &[
                "Everything you have met so far is on one panel here: the link ban and store maturity, the alliances, trust and selling intensity. Change any of them and the projection redraws at once.",
                "Start from a preset if you want a ready-made story to test, or build your own; reset takes you back to the baseline.",
                "Switch between shares per platform and shares per bloc, and keep an eye on absolute GMV as well: a platform can lose share while its sales still grow, because the whole market is growing around it.",
            ],
            after: &[
                "Remember that this is a simplified model. It rests on dozens of assumed constants (27 kinds, each with its range in the methods chapter), and by default it is fitted to 29 observations of 2019 to 2024, most of them reported sales figures and counts of users, so its lines up to 2024 mostly follow what was reported and a lever asks what would have happened otherwise. It knows nothing of regulators, of the tax cases that took top streamers off the air (Viya, the best-known of them, was fined RMB 1.341 billion for tax evasion in December 2021; Bloomberg, R) or of the end of a pandemic. Use it to ask what would have to be true, not what will happen.",
            ],
        },
        Chapter::Next => chapter_text! {
            title: "What happened next",
            key: "Of the three 2020 numbers, only Kuaishou's was clearly reached; by 2023 Kuaishou reported RMB 1,184.4 billion of total e-commerce GMV, and leaks put Douyin's higher still.",
            body: &[
                "The article ended on an open question: could any platform besides Taobao come to rule livestream shopping? Make your guess below before you look. It stays in your browser and is never sent anywhere.",
                "First, the three numbers from chapter 2. Kuaishou beat its target: it reported RMB 381.2 billion of total e-commerce GMV for 2020, well past the RMB 250 billion it had aimed at (company figure via Caixin Global, 9 Apr 2021; R). Taobao Live said its livestream GMV passed \"more than RMB 400 billion\" in 2020, short of the roughly RMB 500 billion it had been on track for (Alibaba statement via SCMP, Apr 2021; R). Whether Douyin met its RMB 200 billion aim is unclear. Merchants and partners put its 2020 e-commerce GMV at about RMB 170–180 billion, a figure ByteDance denied (Caixin Global, 9 Apr 2021; L); a weaker report put it at about RMB 500 billion (The Business of Fashion; W); neither says what it counts.",
                "Then the years after. Kuaishou reported RMB 1,184.4 billion of total e-commerce GMV for 2023 (Kuaishou's FY2023 results; P). Douyin never published its total, but leaks put it near RMB 1.41 trillion in 2022 (The Information via PingWest; L) and at about RMB 2.2 to 2.7 trillion in 2023, the higher figure counting sales from product cards too (LatePost and a 36Kr source via KrASIA; L). For Taobao Live we found no calendar-year total after 2020, only \"over RMB 500 billion\" for Alibaba's fiscal year to March 2021, in a news summary (W).",
                "These figures do not measure the same thing. Kuaishou's and Douyin's cover all e-commerce on the platform, short video and links out included; Taobao Live's covers livestreams alone. So they say who grew fastest, not who finished first in livestreams: read the table with that in mind.",
                "What the article saw coming has happened on both sides. The video apps turned themselves into shops: Douyin added shop pages and product cards that can be bought from without any stream, and Kuaishou closed its own loop, its own shop carrying 98.8% of its GMV by December 2021 (Sina Tech, 29 Mar 2022; R). The shops, for their part, kept adding content. The line between a content platform and a shopping platform is now hard to draw.",
            ],
            after: &[
                "The chart holds the model to the years after 2020, but not the model the rest of this page draws. The page's default is fitted to everything reported since, 2021 to 2024 included, so its lines for those years mostly follow what happened. Here the model is fitted only to what was known by mid-2021 about 2019 and 2020, the view as seen in 2020. No later figure went into that fit, so every gap from 2021 on is a miss it did not see. Three of the ranges the fit starts from were chosen by people who had seen the later years; the methods table marks them.",
                "Douyin is the largest miss. Held to the leaks, the view as seen in 2020 puts Douyin 23% short in 2021, 29% short in 2022 and 40% below the lower 2023 leak, a little behind that same view's Kuaishou every year, while the reports had Douyin ahead from 2021 and about twice Kuaishou's size by 2023. Yet five of these six figures lie inside the predictive band: Douyin's 2021 and 2022, and Kuaishou's three, which the view overshoots by 11%, 28% and 21%. Douyin's 2023 falls just outside: the band's top, RMB 2.15 trillion, stops short of the lower leak. The band is wide on purpose: each of its 1,000 runs draws the constants the 2020 figures leave open, how far the levers' defaults may be off, and a forecast error that grows with every year after 2020. It is not wide everywhere: on the 2019 and 2020 sales figures the view is fitted to, the top of the band is on average (a geometric mean) about 1.7 times its bottom.",
                "An earlier version of this model missed Douyin by nearly two thirds to almost three quarters, and most of that was a mismatch of measures, not a missing mechanism. It held the leaked RMB 170–180 billion for 2020, which does not say what it counts, to every sale Douyin's streams created, links to Taobao included. Held like for like, the view's Douyin of 2020 books RMB 191 billion in its own store and sells RMB 371 billion through its streams in all, between the leak and a weaker report of about RMB 500 billion (The Business of Fashion; W); the fit accepts either report anywhere in that span. What remains is growth the model does not have: by 2024 the view falls 54% short of the leaked RMB 3.5 trillion, outside its band. In the model a video feed never becomes a shop, and that, more than any number of 2020, is what Douyin did.",
                "Kuaishou is overshot in every year from 2021. The view starts it 20% below its reported 2020 total (outside its own band: no setting of the constants meets both Kuaishou's 2019 and its 2020), then, with no later count to hold it, lets its audience grow to 489 million in 2021. Kuaishou reported 295.3 million daily users for the first quarter of 2021 (P); that count covers the app alone, while the 302 million of 2020 the model starts from also counts its mini-programs, a difference in scope the fit does not correct. The view that has seen the 2021 count grows Kuaishou's audience far less.",
                "Taobao Live can be checked only once after 2020: \"over RMB 500 billion\" for Alibaba's fiscal year to March 2021, in a news summary (W), which the view's RMB 509 billion for that year meets. Its 2020 figure is only a floor (\"more than RMB 400 billion\"), and the fit reads it as one. Nor does the market's size settle anything. The view's six platforms together sell RMB 3.81 trillion in 2023, more than the RMB 1.98 trillion of livestream sales the Ministry of Commerce counted on monitored platforms for January to September alone (via Yicai Global; R), but that count covers livestreams only, on the platforms the ministry monitors, for nine months. Held to the two platform totals that were reported or leaked, Douyin's and Kuaishou's, the view's two together fall about a quarter short in 2023.",
                "Some gaps belong to the data. Douyin's figures are leaks the company denied or never confirmed, and they disagree: the chart draws 2023 as a bar from the lower leak to the higher one, and 2021 as an arrow, because that leak said only \"more than RMB 800 billion\". Kuaishou's and Douyin's figures count all their e-commerce, short video and links out included; the model's lines are the sales each platform's own streams make, the closest measure it has, but not the same one.",
            ],
        },
        Chapter::Methods => chapter_text! {
            title: "How the model works",
            key: "Screen time is split among the platforms by how much each one pulls, and turns into sales at rates that trust, selling intensity, the ban and the alliances raise or lower; 2019 and 2020 are history, and only what comes after is yours to change.",
            body: &[
                "Start with attention. The model treats the time people spend watching shopping streams as one pool and hands each platform a slice in proportion to its pull: share_i = A_i / ΣA_j, where A_i is platform i's attractiveness and the sum runs over the six platforms and Alibaba's three content partners. A platform's pull grows with its audience, and audiences move: Douyin went from 400 million to 600 million daily users between January and August 2020 (KrASIA; Reuters; R).",
                "The number of people who shop through livestreams follows an adoption curve: it rises fast, then levels off. How many viewers become buyers depends on the platform's purchase intent and on whether its streams are led by brands or by KOLs; trust raises the conversion of KOL-led streams, and heavier selling earns more per viewer until it wears that trust down. A platform that checks out its own sales converts a little better, whichever platform it is: Douyin once its store takes over from links, Kuaishou as its own shop grows.",
                "Each line counts one thing: the sales a platform's own streams make. Douyin's sales that go out through links to Alibaba, and the partners' link-outs, are Alibaba marketplace sales and are counted apart from Taobao Live's streams. Once the ban bites, the sales Douyin's young store cannot keep either come back to marketplaces through search (a quarter of them, the most likely value in an assumed range of 10–50%) or are not made at all.",
                "No lever changes 2019 or 2020, and the moves of 2020 (the ban, Kuaishou with JD, the partner network) are in them as they happened; every lever acts from 2021, so turning a 2020 move off asks what would have followed without it. Twenty-one constants (the market's size and growth, each platform's pull and audience, the adoption curve, how fast Douyin's store and Kuaishou's own shop take over) are fitted together to every figure of the chosen view of history, each compared with the model's quantity that measures the same thing. A floor only binds from below, a range is met anywhere inside it, a figure that does not say what it counts may be anything from what the platform's own checkout books to all its streams sell, and each figure weighs by its flag: an error of 5% for a primary source, 10% for reputable press, 25% for a leak, 40% for a weak report. By default the view is everything reported since, 29 observations through 2024 (24 reported sales figures and counts of users, one estimate of the market's growth and four stated assumptions), so the lines for 2021 to 2024 mostly follow what happened; the other view reads only the 17 that were known by mid-2021 about 2019 and 2020, and chapter 9 holds it to what came later. Three of the ranges the fit starts from were chosen by people who had seen the later years; the methods table marks them.",
            ],
            after: &[
                "Held to what came later, the view as seen in 2020 falls short of Douyin from 2021, by more each year, and overshoots Kuaishou by a fifth or so, though five of its six figures for 2021–2023 lie inside its predictive band; chapter 9 sets each beside its band. The default view has seen those years. The residual tables in this chapter give every figure each view is fitted to, with the model's value and its miss measured in the figure's own error, so you can see what no setting of the constants reconciles: Kuaishou's 2019 and 2020 (a sixfold year that no smooth curve follows), the count of livestream shoppers in mid-2022, and the market's growth in 2020. Try it: switch the view and see which lines move.",
                "It is simplified in other ways too: six platforms, no prices, no regulators, no merchants choosing where to sell. It shows which levers matter and which way they push; it is not a forecast.",
                "No constant is known exactly. The fit gives each of its 21 constants an uncertainty, from how sharply the evidence pins it down; the others stay at the values in this chapter's table of constants, and their plausible ranges feed the sensitivity chart. Every band is 1,000 runs of the model. Each run draws the fitted constants from their uncertainty, draws how far the defaults of four levers may be off (store maturity, trust, selling intensity and the partners' reach, each around where you set it), and adds a forecast error of about 10% in 2021 that grows with the square root of the years since 2020. The band holds the middle 80% of the runs; the same runs serve every scenario, so when you pin scenario A, the difference between A and B gets a band of its own. While you drag a slider, the first 200 runs draw the band; the rest join when you stop.",
                "The sensitivity chart has two parts. Your choices: each lever swung from one end of its range to the other, the rest held, ranked by how far it moves the chosen share. What we don't know: how much of the spread among the 1,000 runs each constant explains on its own; what the constants leave is the levers' defaults and the forecast error.",
                "The hindsight fit in chapter 9 runs the other way. It keeps the view as seen in 2020 and asks which beliefs that act only from 2021 (store maturity, trust and selling intensity; how much audience growth carries over and how fast own stores catch up; a step in Douyin's sales per viewer) would have produced every sales figure reported for 2021 to 2024. Each figure's miss counts in its own uncertainty, a floor on one side only and a range as an interval, and every belief pays the square of its distance from its 2020 default, in standard deviations of its range: within one is within that range, one to two is at its edge, beyond two is outside it. The fit runs in your browser with the same routine as the model's own fit, and since nothing it moves acts before 2021, 2019 and 2020 stay as they were in every trial. It also reports which combinations of beliefs the later figures pin down: the singular values of how far the figures move, in their own uncertainties, for one standard deviation of each belief; a combination above 1 is pinned down more tightly by the data than by the 2020 ranges.",
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
