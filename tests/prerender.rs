//! The article as the build writes it into the page (`ui::prerender`), checked natively: the
//! end-to-end suite reads the built pages with JavaScript off.

use livestream_arena::content::{texts, Chapter, Locale};
use livestream_arena::ui::prerender;

#[test]
fn the_prerendered_article_holds_every_chapter_and_figure_in_its_language() {
    for locale in Locale::ALL {
        let html = prerender(locale, None);
        let t = texts(locale);
        assert!(html.contains(t.title), "{locale:?}: the title");
        for chapter in Chapter::ALL {
            let text = (t.chapters)(chapter);
            assert!(
                html.contains(&format!("id=\"{}\"", chapter.id())),
                "{locale:?}: {chapter:?}"
            );
            assert!(html.contains(text.title), "{locale:?}: {chapter:?}'s title");
        }
        // Every figure's data table, and the sandbox's uncertainty band (computed natively).
        assert!(
            html.matches("<table").count() >= 9,
            "{locale:?}: the data tables"
        );
        assert!(html.contains("class=\"band"), "{locale:?}: the bands");
        // Nothing the strict CSP refuses, and no hydration markers (invalid HTML).
        assert!(!html.contains(" style="), "{locale:?}: an inline style");
        assert!(!html.contains("<script"), "{locale:?}: a script");
        assert!(!html.contains("<!>"), "{locale:?}: a hydration marker");
    }
}

#[test]
fn the_ban_summary_names_no_amount_of_zero() {
    // In the default scenario the ban is on, so no Douyin-made sales reach Alibaba
    // through links: the summary says so in words, not as "RMB 0 bn" (the table and the
    // axis still show zeros).
    for (locale, opening, zero, none) in [
        (
            Locale::En,
            "In 2021 the model books",
            " 0 of",
            "links send Alibaba nothing",
        ),
        (
            Locale::Zh,
            "模型测算，2021年抖音",
            "有0",
            "已不再经外链流向阿里",
        ),
    ] {
        let html = prerender(locale, Some(livestream_arena::state::FigureId::Ban));
        let start = html
            .find(opening)
            .unwrap_or_else(|| panic!("{locale:?}: no summary"));
        let summary = &html[start..start + html[start..].find('<').unwrap()];
        assert!(!summary.contains(zero), "{locale:?}: {summary}");
        assert!(summary.contains(none), "{locale:?}: {summary}");
    }
}

#[test]
fn the_trust_summary_names_no_mover_at_the_baseline() {
    // In the default scenario no share moves against the baseline: the summary says
    // so and who leads, rather than that some platform "moves most" by 0.0 points.
    for (locale, none, zero) in [
        (
            Locale::En,
            "No platform moves against the baseline: in 2025 Douyin leads with",
            "0.0 pts",
        ),
        (
            Locale::Zh,
            "与基准相比，模型中各平台的份额都没有变化：2025年抖音以",
            "0.0个百分点",
        ),
    ] {
        let html = prerender(locale, None);
        let start = html
            .find("id=\"fig-trust-summary\"")
            .unwrap_or_else(|| panic!("{locale:?}: no summary"));
        let summary = &html[start..start + html[start..].find("</p>").unwrap()];
        assert!(summary.contains(none), "{locale:?}: {summary}");
        assert!(!summary.contains(zero), "{locale:?}: {summary}");
    }
}
