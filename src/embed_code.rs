//! The HTML a blogger pastes to embed one figure: written by the page's Embed panel
//! for the reader's scenario, and by the oEmbed files for the default one
//! (`examples/oembed.rs`, run at build time), from this one function.

use crate::content::{texts, Locale};
use crate::state::{link, AppState, FigureId};

/// The iframe's height before the host script sizes it, or where it cannot.
pub const FALLBACK_HEIGHT: u32 = 640;

/// The iframe's title: the product's name and the figure's.
pub fn frame_title(figure: FigureId, locale: Locale) -> String {
    format!("{}: {}", texts(locale).title, figure.title(locale))
}

/// An iframe of `state` (whose `embed` names the figure) served from `base` (the
/// explainer's address, ending in `/`), and the host script that sizes it.
pub fn snippet(base: &str, state: &AppState, title: &str) -> String {
    let src = link(base, state);
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"{FALLBACK_HEIGHT}\" \
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
            code.starts_with("<iframe src=\"https://example.org/a/?embed=ban&amp;store=0.6\""),
            "{code}"
        );
        assert!(code.contains("title=\"A &quot;quoted&quot; &lt;title> &amp; more\""));
        assert!(code.contains("height=\"640\""));
        assert!(code.ends_with("<script src=\"https://example.org/a/embed.js\" async></script>"));
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
