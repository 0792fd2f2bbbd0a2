//! The snippets: the HTML a blogger pastes to embed one figure ([`iframe`], and [`script`] for
//! the host script `embed.js`), written by the page's Embed panel (`SnippetPanel`) for the
//! reader's scenario, and by the oEmbed files for the default one (`examples/oembed.rs`, run at
//! build time).

use crate::content::{texts, Locale};
use crate::state::{encode, link, AppState, FigureId};

/// The iframe's height before the host script sizes it, or where it cannot, for an
/// unknown figure.
pub const FALLBACK_HEIGHT: u32 = 640;

/// The iframe's height before the host script sizes it, or where it cannot: the
/// figure's own height in a 640 px column, a little rounded up, so that an embed
/// without the script is neither cut off nor followed by a gap. The end-to-end tests
/// hold each figure to it.
pub fn frame_height(figure: FigureId) -> u32 {
    match figure {
        FigureId::Shares => 1_300,
        FigureId::Scoreboard => 520,
        FigureId::Ban => 640,
        FigureId::Alliances => 680,
        FigureId::Map => 630,
        FigureId::SellingCurve => 620,
        FigureId::TrustShares => 620,
        FigureId::Sensitivity => 910,
        FigureId::Hindsight => 1_980,
    }
}

/// The size in CSS pixels of the figure's static image (`preview/ID.png`, drawn at build
/// time by `examples/previews.rs` at twice this size), which the script embed's fallback
/// shows: the chart's proportions with a margin (`preview::MARGIN`) at 600 px wide, for
/// the default scenario. The build fails if a chart's proportions change and this does
/// not.
pub fn preview_size(figure: FigureId) -> (u32, u32) {
    let height = match figure {
        FigureId::Shares | FigureId::Ban | FigureId::Alliances => 379,
        FigureId::Scoreboard => 310,
        FigureId::Map => 600,
        FigureId::SellingCurve => 327,
        FigureId::TrustShares => 266,
        FigureId::Sensitivity => 317,
        FigureId::Hindsight => 379,
    };
    (600, height)
}

/// The iframe's title: the product's name and the figure's.
pub fn frame_title(figure: FigureId, locale: Locale) -> String {
    format!("{}: {}", texts(locale).title, figure.title(locale))
}

/// An iframe of `state` (whose `embed` names the figure) served from `base` (the
/// explainer's address, ending in `/`), and the host script that sizes it. The
/// iframe may go full screen (the embed then shows its full-screen button).
pub fn iframe(base: &str, state: &AppState, title: &str) -> String {
    let src = frame_link(base, state);
    let height = state.embed.map_or(FALLBACK_HEIGHT, frame_height);
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"{height}\" \
         style=\"border:0\" allow=\"fullscreen\" data-livestream-arena></iframe>\n{}",
        html_attr(&src),
        html_attr(title),
        host_script(base),
    )
}

/// The address of `state`'s embedded figure: its own built page
/// ([`FigureId::page`], in `state`'s language, English if it names none), which shows
/// the figure before the wasm runs, with the rest of `state` as the query.
pub fn frame_link(base: &str, state: &AppState) -> String {
    let Some(figure) = state.embed else {
        return link(base, state);
    };
    let page = figure.page(state.lang.unwrap_or_default());
    let rest = AppState {
        embed: None,
        ..*state
    };
    link(&format!("{base}{page}"), &rest)
}

/// The script embed, as Datawrapper and Flourish offer it: a `<div>` that `embed.js`
/// (served from `base`) replaces with the iframe of `state`'s figure, holding a
/// fallback for pages that strip scripts: a link to the figure's chapter in the full
/// explainer with the same scenario, named by `title` and described by `caption`, with
/// the figure's static image (of the default scenario) from `base`. The image is in the
/// link beside its text, so its `alt` is empty: the link's text already names it. It has
/// no `style` (hosts with a strict policy refuse one): a host's own `img { max-width }`
/// fits it to a narrow column.
/// The div carries the figure, the scenario's query and the iframe's first height;
/// the script builds the iframe's address from its own, never from the page.
pub fn script(base: &str, state: &AppState, title: &str, caption: &str) -> String {
    let Some(figure) = state.embed else {
        return String::new();
    };
    let scenario = AppState {
        embed: None,
        ..*state
    };
    let query = encode(&scenario);
    let full = format!("{}#{}", link(base, &scenario), figure.chapter().id());
    format!(
        "<div data-livestream-arena=\"{}\" data-query=\"{}\" data-height=\"{}\">\n\
         <p><a href=\"{}\"><img src=\"{}preview/{}.png\" alt=\"\" width=\"{}\" height=\"{}\"><br>{}</a></p>\n<p>{}</p>\n</div>\n{}",
        figure.code(),
        html_attr(&query),
        frame_height(figure),
        html_attr(&full),
        html_attr(base),
        figure.code(),
        preview_size(figure).0,
        preview_size(figure).1,
        html_text(title),
        html_text(caption),
        host_script(base),
    )
}

/// The host script's tag, once per page.
fn host_script(base: &str) -> String {
    format!(
        "<script src=\"{}embed.js\" async></script>",
        html_attr(base)
    )
}

/// Escapes text for an element's content.
fn html_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;")
}

/// Escapes text for a double-quoted HTML attribute.
fn html_attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Scenario;

    #[test]
    fn the_frame_opens_the_figures_own_page_in_its_language() {
        let state = AppState {
            embed: Some(FigureId::Map),
            lang: Some(Locale::Zh),
            ..AppState::default()
        };
        assert_eq!(frame_link("/x/", &state), "/x/embed-map-zh.html?lang=zh");
        let english = AppState {
            lang: None,
            ..state
        };
        assert_eq!(frame_link("/x/", &english), "/x/embed-map.html");
        // Not an embed: the article.
        assert_eq!(frame_link("/x/", &AppState::default()), "/x/");
    }

    /// The ban figure, embedded with Douyin's store at `maturity`.
    fn ban_with_store_at(maturity: f64) -> AppState {
        AppState {
            embed: Some(FigureId::Ban),
            scenario: Scenario {
                store_maturity: maturity,
                ..Scenario::default()
            },
            ..AppState::default()
        }
    }

    #[test]
    fn the_snippet_embeds_the_figure_in_its_scenario_with_escaped_attributes() {
        let state = ban_with_store_at(0.6);
        let code = iframe(
            "https://example.org/a/",
            &state,
            "A \"quoted\" <title> & more",
        );
        assert!(
            code.starts_with(
                "<iframe src=\"https://example.org/a/embed-ban.html?v=3&amp;store=0.6\""
            ),
            "{code}"
        );
        assert!(code.contains("title=\"A &quot;quoted&quot; &lt;title> &amp; more\""));
        assert!(code.contains(&format!("height=\"{}\"", frame_height(FigureId::Ban))));
        assert!(code.contains(" allow=\"fullscreen\" "));
        assert!(code.ends_with("<script src=\"https://example.org/a/embed.js\" async></script>"));
    }

    #[test]
    fn the_script_embed_names_the_figure_and_scenario_and_falls_back_to_a_link() {
        let state = ban_with_store_at(0.6);
        let code = script("https://example.org/a/", &state, "A <b> & c", "Caption");
        assert!(
            code.starts_with(&format!(
                "<div data-livestream-arena=\"ban\" data-query=\"v=3&amp;store=0.6\" data-height=\"{}\">",
                frame_height(FigureId::Ban)
            )),
            "{code}"
        );
        // The fallback opens the figure's chapter in the full explainer, same scenario.
        assert!(code.contains(&format!(
            "<a href=\"https://example.org/a/?v=3&amp;store=0.6#ban\">\
             <img src=\"https://example.org/a/preview/ban.png\" alt=\"\" width=\"600\" height=\"{}\"><br>A &lt;b> &amp; c</a>",
            preview_size(FigureId::Ban).1
        )), "{code}");
        assert!(code.contains("<p>Caption</p>"));
        assert!(code.ends_with("<script src=\"https://example.org/a/embed.js\" async></script>"));
        // The default scenario has no query.
        let plain = AppState {
            embed: Some(FigureId::Map),
            ..AppState::default()
        };
        let code = script("./", &plain, "t", "c");
        assert!(
            code.starts_with("<div data-livestream-arena=\"map\" data-query=\"\""),
            "{code}"
        );
    }

    #[test]
    fn figures_with_one_or_two_levers_fit_a_640_px_frame() {
        for figure in [
            FigureId::Ban,
            FigureId::SellingCurve,
            FigureId::Scoreboard,
            FigureId::Map,
        ] {
            assert!(frame_height(figure) <= 640, "{figure:?}");
        }
    }

    #[test]
    fn every_figure_has_a_title_in_every_language() {
        for locale in Locale::ALL {
            for figure in FigureId::ALL {
                let title = frame_title(figure, locale);
                assert!(
                    title.len() > texts(locale).title.len() + 4,
                    "{figure:?}: {title}"
                );
            }
        }
    }
}
