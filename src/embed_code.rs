//! The HTML a blogger pastes to embed one figure: written by the page's Embed panel
//! for the reader's scenario, and by the oEmbed files for the default one
//! (`examples/oembed.rs`, run at build time), from this one function.

use crate::content::{texts, Locale};
use crate::state::{link, AppState, FigureId};

/// The iframe's height before the host script sizes it, or where it cannot, for an
/// unknown figure.
pub const FALLBACK_HEIGHT: u32 = 640;

/// The iframe's height before the host script sizes it, or where it cannot: the
/// figure's own height in a 640 px column, a little rounded up, so that an embed
/// without the script is neither cut off nor followed by a gap. The end-to-end tests
/// hold each figure to it.
pub fn frame_height(figure: FigureId) -> u32 {
    match figure {
        FigureId::Shares => 1_190,
        FigureId::Scoreboard => 470,
        FigureId::Ban => 640,
        FigureId::Alliances => 660,
        FigureId::Map => 550,
        FigureId::SellingCurve => 570,
        FigureId::Sensitivity => 880,
    }
}

/// The iframe's title: the product's name and the figure's.
pub fn frame_title(figure: FigureId, locale: Locale) -> String {
    format!("{}: {}", texts(locale).title, figure.title(locale))
}

/// An iframe of `state` (whose `embed` names the figure) served from `base` (the
/// explainer's address, ending in `/`), and the host script that sizes it.
pub fn snippet(base: &str, state: &AppState, title: &str) -> String {
    let src = link(base, state);
    let height = state.embed.map_or(FALLBACK_HEIGHT, frame_height);
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"{height}\" \
         style=\"border:0\" data-livestream-arena></iframe>\n<script src=\"{}embed.js\" async></script>",
        html_attr(&src),
        html_attr(title),
        html_attr(base),
    )
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
    fn the_snippet_embeds_the_figure_in_its_scenario_with_escaped_attributes() {
        let state = AppState {
            embed: Some(FigureId::Ban),
            scenario: Scenario {
                store_maturity: 0.6,
                ..Scenario::default()
            },
            ..AppState::default()
        };
        let code = snippet(
            "https://example.org/a/",
            &state,
            "A \"quoted\" <title> & more",
        );
        assert!(
            code.starts_with(
                "<iframe src=\"https://example.org/a/?embed=ban&amp;v=2&amp;store=0.6\""
            ),
            "{code}"
        );
        assert!(code.contains("title=\"A &quot;quoted&quot; &lt;title> &amp; more\""));
        assert!(code.contains(&format!("height=\"{}\"", frame_height(FigureId::Ban))));
        assert!(code.ends_with("<script src=\"https://example.org/a/embed.js\" async></script>"));
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
