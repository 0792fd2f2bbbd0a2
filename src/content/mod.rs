//! What the explainer says: chapter prose, labels, figures and their sources —
//! data, not components.
//!
//! Every visible string lives on this floor, reached through [`texts`], so a
//! translation touches only this folder. A [`Texts`] value must fill every
//! field, so a missing string in a language is a compile error, not a blank.

mod chapter;
pub mod chapters_en;
pub mod chapters_zh;
mod chrome;
mod chrome_en;
mod chrome_zh;
pub mod facts;
pub mod format;
mod labels_en;
mod labels_zh;
mod names;

pub use chapter::Chapter;
pub use chrome::ChromeText;
pub use format::Locale;
pub use names::{param_name, swing_input_name};

/// The prose of one chapter, in one language.
#[derive(Clone, Copy, Debug)]
pub struct ChapterText {
    /// The chapter's heading.
    pub title: &'static str,
    /// The one sentence a slide keeps when the chapter is presented.
    pub key: &'static str,
    /// Paragraphs before the chapter's figure.
    pub body: &'static [&'static str],
    /// Paragraphs after the figure (may be empty).
    pub after: &'static [&'static str],
}

/// How one lever is named and explained, indexed like `model::Lever::ALL`.
#[derive(Clone, Copy, Debug)]
pub struct LeverText {
    /// Visible label of the control.
    pub label: &'static str,
    /// One sentence under the control: what moving it means.
    pub help: &'static str,
    /// Words for the low and high ends of the range (or off / on for switches).
    pub ends: [&'static str; 2],
}

/// Name and one-sentence description of a preset, indexed like `model::PRESETS`.
#[derive(Clone, Copy, Debug)]
pub struct PresetText {
    /// Button label.
    pub name: &'static str,
    /// What the preset assumes.
    pub description: &'static str,
}

/// Every string of the interface in one language.
#[derive(Clone, Copy, Debug)]
pub struct Texts {
    /// The product's name.
    pub title: &'static str,
    /// The line under the title.
    pub subtitle: &'static str,
    /// "Chapter 3" for the 1-based chapter number.
    pub chapter: fn(usize) -> String,
    /// The prose of each chapter.
    pub chapters: fn(Chapter) -> &'static ChapterText,
    /// Why each player sits where it does on the map, in `Player` order.
    pub map_notes: &'static [&'static str; 6],
    /// Display names of the players, in `Player` order.
    pub players: [&'static str; 6],
    /// Display names of the blocs, in `Bloc` order.
    pub blocs: [&'static str; 4],
    /// Labels and help of the levers, in `Lever` order.
    pub levers: [LeverText; 10],
    /// Presets, in `PRESETS` order.
    pub presets: [PresetText; 6],
    /// Short interface words.
    pub ui: UiText,
    /// Sentences with numbers in them.
    pub sentences: Sentences,
}

/// Short interface words.
#[derive(Clone, Copy, Debug)]
pub struct UiText {
    pub contents: &'static str,
    pub show_table: &'static str,
    pub source: &'static str,
    pub year: &'static str,
    pub player: &'static str,
    pub bloc: &'static str,
    pub gmv: &'static str,
    pub share: &'static str,
    pub total: &'static str,
    pub per_player: &'static str,
    pub per_bloc: &'static str,
    pub show_gmv: &'static str,
    pub view: &'static str,
    pub presets: &'static str,
    pub reset: &'static str,
    pub range: &'static str,
    pub shares_figure: &'static str,
    pub attention_figure: &'static str,
    pub attention_caption: &'static str,
    pub links_short: &'static str,
    pub shares_caption: &'static str,
    pub scoreboard_figure: &'static str,
    pub scoreboard_caption: &'static str,
    pub ban_figure: &'static str,
    pub ban_caption: &'static str,
    pub ban_on_line: &'static str,
    pub ban_off_line: &'static str,
    pub alliances_figure: &'static str,
    pub alliances_caption: &'static str,
    pub map_figure: &'static str,
    pub map_caption: &'static str,
    pub map_intent_high: &'static str,
    pub map_intent_low: &'static str,
    pub map_kol: &'static str,
    pub map_brand: &'static str,
    pub curve_figure: &'static str,
    pub curve_caption: &'static str,
    pub curve_x: &'static str,
    pub curve_commerce: &'static str,
    pub curve_ads: &'static str,
    pub curve_total: &'static str,
    pub trust_figure: &'static str,
    pub trust_caption: &'static str,
    pub trust_baseline: &'static str,
    pub model_source: &'static str,
    pub guess_question: &'static str,
    pub guess_other: &'static str,
    pub reveal: &'static str,
    pub next_table_caption: &'static str,
    pub reported: &'static str,
    pub model_baseline: &'static str,
    pub measure: &'static str,
    pub flag: &'static str,
    pub sources_title: &'static str,
    pub sources_intro: &'static str,
    /// Names of the provenance flags, in `facts::Flag::ALL` order.
    pub flags: [&'static str; 5],
    /// Names of the measures, in `facts::Measure` order.
    pub measures: [&'static str; 3],
    /// What each of `facts::CITED` says, in the same order.
    pub source_items: [&'static str; 8],
    pub footer: &'static str,
}

/// Sentences that carry numbers, as functions so each language orders them its own way.
#[derive(Clone, Copy, Debug)]
pub struct Sentences {
    /// (leader, leader's share, runner-up, runner-up's share, year).
    pub shares_summary: fn(&str, &str, &str, &str, &str) -> String,
    /// (leader, leader's attention share, runner-up, runner-up's share, year).
    pub attention_summary: fn(&str, &str, &str, &str, &str) -> String,
    /// (Taobao's GMV, Douyin's GMV, links to Taobao, year) under the current ban setting.
    pub ban_summary: fn(&str, &str, &str, &str) -> String,
    /// (current intensity, revenue there, best intensity, best revenue).
    pub curve_summary: fn(&str, &str, &str, &str) -> String,
    /// (platform that gains most, its change in points, year).
    pub trust_summary: fn(&str, &str, &str) -> String,
    /// (platform, value, year) for the scoreboard's largest bar.
    pub scoreboard_summary: fn(&str, &str, &str) -> String,
    /// (the reader's guess) shown after the reveal.
    pub your_guess: fn(&str) -> String,
    /// A value with a 0–1 range in words, e.g. "0.35 of 1".
    pub lever_value: fn(&str) -> String,
}

/// The interface texts of `locale`.
pub fn texts(locale: Locale) -> &'static Texts {
    match locale {
        Locale::En => &labels_en::EN,
        Locale::Zh => &labels_zh::ZH,
    }
}

/// The chrome texts of `locale`.
pub fn chrome(locale: Locale) -> &'static ChromeText {
    match locale {
        Locale::En => &chrome_en::CHROME_EN,
        Locale::Zh => &chrome_zh::CHROME_ZH,
    }
}

#[cfg(test)]
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
}
