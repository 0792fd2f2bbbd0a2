//! What the explainer says: chapter prose, labels, figures and their sources —
//! data, not components.
//!
//! Every visible string lives on this floor, reached through [`texts`], so a
//! translation touches only this folder. A [`Texts`] value must fill every
//! field, so a missing string in a language is a compile error, not a blank.

/// A [`ChapterText`] whose paragraphs are compiled only natively: the build writes them
/// into the page, and the browser takes them from there (`ui::prose`), so the wasm
/// carries none of them.
macro_rules! chapter_text {
    (title: $title:expr, key: $key:expr, body: $body:expr, after: $after:expr $(,)?) => {
        &$crate::content::ChapterText {
            title: $title,
            key: $key,
            #[cfg(not(target_arch = "wasm32"))]
            body: $body,
            #[cfg(not(target_arch = "wasm32"))]
            after: $after,
        }
    };
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod article_ngrams;
mod chapter;
pub mod chapters_en;
pub mod chapters_zh;
pub mod cite;
// The text tests read the paragraphs, which only native builds have.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod editorial_tests;
pub mod facts;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod figures_tests;
pub mod format;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod generated_tests;
pub mod glossary;
mod names;
pub mod sentences;
pub mod texts;
mod texts_en;
mod texts_zh;

pub use chapter::Chapter;
pub use format::Locale;
pub use names::{param_name, param_value, swing_input_name, Unit};
pub use texts::Texts;

/// The prose of one chapter, in one language.
#[derive(Clone, Copy, Debug)]
pub struct ChapterText {
    /// The chapter's heading.
    pub title: &'static str,
    /// The one sentence a slide keeps when the chapter is presented.
    pub key: &'static str,
    /// Paragraphs before the chapter's figure (natively only, see [`chapter_text`]).
    #[cfg(not(target_arch = "wasm32"))]
    pub body: &'static [&'static str],
    /// Paragraphs after the figure (may be empty; natively only).
    #[cfg(not(target_arch = "wasm32"))]
    pub after: &'static [&'static str],
}

/// Starts a paragraph that asks the reader to work a control ("Move the trust slider."). The
/// page marks the paragraph `live-only`, and a reader without JavaScript, who has no controls,
/// does not see it.
#[cfg(not(target_arch = "wasm32"))]
pub const LIVE_ONLY: &str = "{live} ";

/// `paragraph` without its [`LIVE_ONLY`] mark, and whether it had one.
#[cfg(not(target_arch = "wasm32"))]
pub fn live_only(paragraph: &str) -> (&str, bool) {
    match paragraph.strip_prefix(LIVE_ONLY) {
        Some(rest) => (rest, true),
        None => (paragraph, false),
    }
}

/// The interface texts of `locale`.
pub fn texts(locale: Locale) -> &'static Texts {
    match locale {
        Locale::En => &texts_en::EN,
        Locale::Zh => &texts_zh::ZH,
    }
}

/// The hindsight figure's texts in `locale` (apart from [`Texts`]: see [`texts::HindsightText`]).
pub fn hindsight_texts(locale: Locale) -> &'static texts::HindsightText {
    match locale {
        Locale::En => &texts_en::HINDSIGHT_EN,
        Locale::Zh => &texts_zh::HINDSIGHT_ZH,
    }
}

/// The hindsight figure's title and caption in `locale`, read from the constants alone, so that
/// naming the figure (its embed snippet, its page) does not carry the rest of its texts.
pub fn hindsight_title_and_caption(locale: Locale) -> (&'static str, &'static str) {
    match locale {
        Locale::En => (texts_en::HINDSIGHT_EN.title, texts_en::HINDSIGHT_EN.caption),
        Locale::Zh => (texts_zh::HINDSIGHT_ZH.title, texts_zh::HINDSIGHT_ZH.caption),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_chinese_text_is_written_not_left_in_english() {
        let (en, zh) = (texts(Locale::En), texts(Locale::Zh));
        for chapter in Chapter::ALL {
            let (e, z) = ((en.chapters)(chapter), (zh.chapters)(chapter));
            let id = chapter.id();
            assert_eq!(e.body.len(), z.body.len(), "{id}: paragraphs differ");
            assert_eq!(e.after.len(), z.after.len(), "{id}: paragraphs differ");
            for (a, b) in [(e.title, z.title), (e.key, z.key)]
                .into_iter()
                .chain(e.body.iter().copied().zip(z.body.iter().copied()))
                .chain(e.after.iter().copied().zip(z.after.iter().copied()))
            {
                assert!(!b.trim().is_empty() && a != b, "untranslated in {id}: {a}");
                assert_eq!(
                    live_only(a).1,
                    live_only(b).1,
                    "marked in one language: {a}"
                );
                assert!(
                    b.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                    "no Chinese in {id}: {b}"
                );
            }
        }
        for (e, z) in en.players.iter().zip(zh.players.iter()) {
            assert_ne!(e, z);
        }
    }

    #[test]
    fn every_text_of_every_group_is_written_in_every_language() {
        for locale in Locale::ALL {
            // Debug lists every field of every group, so no hand list can miss one. A
            // quote inside a string is escaped, so an unescaped `""` is an empty string.
            let all = format!("{:?}", texts(locale));
            let empty = all
                .match_indices("\"\"")
                .find(|(i, _)| !all[..*i].ends_with('\\'));
            assert!(empty.is_none(), "{locale:?}: an empty text near {empty:?}");
            assert!(!all.contains("\" \""), "{locale:?}: a blank text");
        }
    }

    #[test]
    fn every_sentence_says_every_number_it_is_given() {
        use sentences::*;
        let (a, b, c, d, e) = ("<a>", "<b>", "<c>", "<d>", "<e>");
        for locale in Locale::ALL {
            let s = texts(locale).sentences;
            let lead = LeadSentence {
                leader: a,
                leader_share: b,
                runner_up: c,
                runner_up_share: d,
                year: e,
            };
            let platform_year = PlatformYear {
                platform: a,
                value: b,
                year: c,
            };
            let sentences = [
                ((s.shares_summary)(&lead), 5),
                ((s.attention_summary)(&lead), 5),
                (
                    (s.band_summary)(&BandSentence {
                        platform: a,
                        year: b,
                        low: c,
                        high: d,
                    }),
                    4,
                ),
                ((s.likely_range)(&LikelyRange { low: a, high: b }), 2),
                (
                    (s.ban_summary)(&BanSentence {
                        douyin: a,
                        links: Some(b),
                        cut_off: Some((c, d)),
                        year: e,
                    }),
                    5,
                ),
                (
                    (s.curve_summary)(&CurveSentence {
                        current: a,
                        revenue: b,
                        best: c,
                        best_revenue: d,
                        year: 2021,
                    }),
                    4,
                ),
                (
                    (s.trust_summary)(&TrustSentence {
                        moved: Some((a, b)),
                        leader: d,
                        leader_share: e,
                        year: c,
                    }),
                    3,
                ),
                (
                    (s.trust_summary)(&TrustSentence {
                        moved: None,
                        leader: a,
                        leader_share: b,
                        year: c,
                    }),
                    3,
                ),
                ((s.scoreboard_summary)(&platform_year), 3),
                (
                    (s.sensitivity_summary)(&SensitivitySentence {
                        platform: a,
                        year: b,
                        input: c,
                        swing: d,
                    }),
                    4,
                ),
                (
                    (s.variance_summary)(&SensitivitySentence {
                        platform: a,
                        year: b,
                        input: c,
                        swing: d,
                    }),
                    4,
                ),
                ((s.your_guess)(a), 1),
                ((s.lever_value)(a), 1),
            ];
            // The ban's sentence without an amount that reads as zero: the rest is said,
            // and no empty place is left where it was.
            for (links, cut_off) in [(None, Some((c, d))), (Some(b), None), (None, None)] {
                let text = (s.ban_summary)(&BanSentence {
                    douyin: a,
                    links,
                    cut_off,
                    year: e,
                });
                let said = [a, e]
                    .into_iter()
                    .chain(links)
                    .chain(cut_off.into_iter().flat_map(|(c, d)| [c, d]));
                for arg in said {
                    assert!(text.contains(arg), "{locale:?}: {arg} missing in {text}");
                }
                assert!(
                    !text.contains("<b>") || links.is_some(),
                    "{locale:?}: {text}"
                );
                assert!(
                    !text.contains(" .") && !text.contains("..") && !text.contains("。。"),
                    "{locale:?}: {text}"
                );
            }
            for (text, given) in sentences {
                for arg in &[a, b, c, d, e][..given] {
                    assert!(text.contains(arg), "{locale:?}: {arg} missing in {text}");
                }
            }
        }
    }
}
