//! Editorial checks over every visible text: the glossary's terms are used and its rejected synonyms
//! are not, Chinese amounts are written the Chinese way, the Chinese page carries no stray English,
//! the teacher page matches the slides and presets, and the English keeps to its own words rather
//! than the 2020 article's.

use super::article_ngrams::ARTICLE_6GRAMS;
use super::facts::CITED;
use super::glossary::{GLOSSARY, REJECTED_PHRASES_ZH};
use super::{texts, Chapter, Locale};
use crate::model::ledger::{REPORTED, SCOREBOARD, USER_COUNTS};
use crate::model::PRESETS;

const TEACHER: &str = include_str!("../../public/teacher.html");

/// Every chapter string of `locale`: titles, key sentences, paragraphs, and the map's notes.
fn chapter_strings(locale: Locale) -> Vec<&'static str> {
    let t = texts(locale);
    let mut out = Vec::new();
    for chapter in Chapter::ALL {
        let c = (t.chapters)(chapter);
        out.extend([c.title, c.key]);
        out.extend(c.body.iter().copied());
        out.extend(c.after.iter().copied());
    }
    out.extend(t.map_notes.iter().copied());
    out
}

/// Every literal string of the interface of `locale`, read from its `Debug` form (which lists every
/// field of every group), plus the sources' names in that language. Internal keys (`snake_case`
/// identifiers, never shown) are left out.
fn interface_strings(locale: Locale) -> Vec<String> {
    let debug = format!("{:?}", texts(locale));
    let mut out = Vec::new();
    let mut chars = debug.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut s = String::new();
        while let Some(c) = chars.next() {
            match c {
                '\\' => s.extend(chars.next()),
                '"' => break,
                _ => s.push(c),
            }
        }
        let is_key = s
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !is_key {
            out.push(s);
        }
    }
    let sources = SCOREBOARD
        .iter()
        .chain(REPORTED.iter())
        .map(|f| f.source)
        .chain(CITED.iter().map(|(_, s)| *s))
        .chain(USER_COUNTS.iter().map(|c| c.source));
    out.extend(sources.map(|s| s.get(locale).to_string()));
    out
}

/// The teacher page's section in `locale`, its tags removed and `&amp;` read back.
fn teacher_section(locale: Locale) -> String {
    let open = match locale {
        Locale::En => "<section id=\"en\">",
        Locale::Zh => "<section id=\"zh\" lang=\"zh-CN\">",
    };
    let start = TEACHER
        .find(open)
        .expect("the teacher page has a section per language");
    let end = start
        + TEACHER[start..]
            .find("</section>")
            .expect("the section closes");
    let mut text = String::new();
    let mut in_tag = false;
    for c in TEACHER[start..end].chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&amp;", "&")
}

/// Everything a reader of the Chinese page can see.
fn chinese_page() -> Vec<String> {
    let mut all: Vec<String> = chapter_strings(Locale::Zh)
        .into_iter()
        .map(str::to_string)
        .collect();
    all.extend(interface_strings(Locale::Zh));
    all.push(teacher_section(Locale::Zh));
    all
}

#[test]
fn every_glossary_term_is_used_in_both_languages() {
    let (en, zh) = (
        chapter_strings(Locale::En).join("\n"),
        chapter_strings(Locale::Zh).join("\n"),
    );
    for term in GLOSSARY {
        assert!(
            en.contains(term.en),
            "English chapters never say {:?}",
            term.en
        );
        assert!(
            zh.contains(term.zh),
            "Chinese chapters never say {:?}",
            term.zh
        );
    }
}

#[test]
fn the_glossary_is_one_sentence_per_definition_and_consistent() {
    for term in GLOSSARY {
        let en = term.definition_en;
        assert!(en.ends_with('.') && !en.contains(". "), "{en}");
        let zh = term.definition_zh;
        assert!(zh.ends_with('。') && zh.matches('。').count() == 1, "{zh}");
        for rejected in term.rejected_zh {
            for other in GLOSSARY {
                assert!(
                    !other.zh.contains(rejected),
                    "{rejected:?}, rejected for {:?}, is inside the term {:?}",
                    term.en,
                    other.zh
                );
            }
        }
    }
}

#[test]
fn no_rejected_chinese_synonym_appears_anywhere() {
    let rejected = GLOSSARY
        .iter()
        .flat_map(|t| t.rejected_zh.iter().copied())
        .chain(REJECTED_PHRASES_ZH.iter().map(|(r, _)| *r));
    let page = chinese_page();
    for word in rejected {
        for text in &page {
            assert!(!text.contains(word), "{word:?} in {text}");
        }
        assert!(!TEACHER.contains(word), "{word:?} in teacher.html");
    }
}

/// Whether `text` writes an amount in 亿 the Chinese way: no thousands separator, no trailing
/// ".0", and nothing of 10,000亿 or more (that is 万亿).
fn yi_problem(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c != '亿' {
            continue;
        }
        let mut start = i;
        while start > 0 && (chars[start - 1].is_ascii_digit() || ",.".contains(chars[start - 1])) {
            start -= 1;
        }
        let number: String = chars[start..i].iter().collect();
        let number = number.trim_start_matches([',', '.']).to_string();
        if number.is_empty() {
            continue;
        }
        let integer = number.split('.').next().unwrap_or("");
        if number.contains(',') || number.ends_with(".0") || integer.len() > 4 {
            return Some(number + "亿");
        }
    }
    None
}

#[test]
fn chinese_amounts_have_no_separator_before_yi() {
    assert_eq!(yi_problem("2,500亿元"), Some("2,500亿".to_string()));
    assert_eq!(yi_problem("25.0亿元"), Some("25.0亿".to_string()));
    assert_eq!(yi_problem("11844亿元"), Some("11844亿".to_string()));
    assert_eq!(yi_problem("2500亿元，1.18万亿元，13.41亿元"), None);
    let mut page = chinese_page();
    page.push(TEACHER.to_string());
    for text in &page {
        assert_eq!(yi_problem(text), None, "in {text}");
    }
}

/// Runs of Latin letters (with `_` inside, so `share_i` is one) the Chinese page may show: names of
/// sources and products, the trade's terms, keys and file formats, flags and scenario letters.
const LATIN_ALLOWED: &[&str] = &[
    // Terms the Chinese trade uses as they are.
    "GMV",
    "KOL",
    "App",
    "Cookie",
    "JavaScript",
    "HTML",
    "SVG",
    "PNG",
    "CSV",
    // The embed snippet's element, the download's format and size.
    "iframe",
    "zip",
    "MB",
    // What the teacher types to serve the zip from a USB stick, and the file not to open.
    "python",
    "m",
    "http",
    "server",
    "localhost",
    "index",
    "html",
    // Names: the article's programme, sources with no Chinese name.
    "Project",
    "Star",
    "X",
    "Campaign",
    "Asia",
    "LatePost",
    "The",
    "Information",
    "KrASIA",
    "FashionUnited",
    "Dao",
    "Insights",
    "BoF",
    "Pandaily",
    "MOGU",
    "K",
    // The language switch and the keyboard.
    "English",
    "PageDown",
    "PageUp",
    "Home",
    "End",
    "F",
    "N",
    "V",
    // Flags and the pinned scenarios.
    "P",
    "R",
    "L",
    "W",
    "A",
    "B",
    // The inverted-U curve of chapter 6.
    "U",
    // The methods chapter's formula.
    "share_i",
    "A_i",
    "A_j",
    "i",
];

#[test]
fn the_chinese_page_has_no_english_outside_the_allow_list() {
    let mut found = Vec::new();
    for page_text in chinese_page() {
        // As the reader sees it: a link's words, not its target.
        let text: String = super::cite::pieces(&page_text)
            .iter()
            .map(|piece| match piece {
                super::cite::Piece::Text(t) => (*t).to_string(),
                super::cite::Piece::Flag(f) => f.letter().to_string(),
                super::cite::Piece::Link(words, _) => (*words).to_string(),
            })
            .collect();
        let mut run = String::new();
        for c in text.chars().chain(std::iter::once(' ')) {
            if c.is_ascii_alphabetic() || (c == '_' && !run.is_empty()) {
                run.push(c);
            } else if !run.is_empty() {
                if !LATIN_ALLOWED.contains(&run.as_str()) {
                    found.push(format!("{run:?} in: {text}"));
                }
                run.clear();
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// Words as the article's fingerprints were made: maximal runs of ASCII letters and digits,
/// lower-cased.
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// FNV-1a, 64 bits.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[test]
fn the_english_shares_no_six_word_run_with_the_article() {
    assert!(ARTICLE_6GRAMS.windows(2).all(|w| w[0] < w[1]), "sorted");
    // The fingerprints are the article's: one of its runs must be found.
    let known = words("Bytedance already owns tremendous traffic. It's no wonder");
    assert!(ARTICLE_6GRAMS
        .binary_search(&fnv1a(&known[..6].join(" ")))
        .is_ok());
    let mut english: Vec<String> = chapter_strings(Locale::En)
        .into_iter()
        .map(str::to_string)
        .collect();
    english.extend(interface_strings(Locale::En));
    english.push(teacher_section(Locale::En));
    for text in &english {
        let w = words(text);
        for run in w.windows(6) {
            let run = run.join(" ");
            assert!(
                ARTICLE_6GRAMS.binary_search(&fnv1a(&run)).is_err(),
                "six words of the article, {run:?}, in: {text}"
            );
        }
    }
}

#[test]
fn the_teacher_page_names_slides_and_presets_as_the_page_does() {
    for locale in Locale::ALL {
        let t = texts(locale);
        let section = {
            let open = match locale {
                Locale::En => "<section id=\"en\">",
                Locale::Zh => "<section id=\"zh\" lang=\"zh-CN\">",
            };
            let start = TEACHER.find(open).expect("a section per language");
            &TEACHER[start..start + TEACHER[start..].find("</section>").expect("closed")]
        };
        let titles: Vec<&str> = Chapter::ALL
            .iter()
            .map(|&c| (t.chapters)(c).title)
            .chain([
                t.slides.predict_title,
                crate::content::hindsight_title_and_caption(locale).0,
            ])
            .collect();
        // Slide links: `step=N…">N, Title</a>` or `第N张：Title</a>`.
        let mut slides = 0;
        for piece in section.split("mode=present&amp;step=").skip(1) {
            let text =
                &piece[piece.find('>').expect("a link") + 1..piece.find("</a>").expect("closed")];
            let title = match locale {
                Locale::En => text.split_once(", ").map(|(_, t)| t),
                Locale::Zh => text.split_once('：').map(|(_, t)| t),
            }
            .unwrap_or_else(|| panic!("{text:?} names no slide"));
            assert!(
                titles.contains(&title),
                "{locale:?}: no slide is called {title:?}"
            );
            slides += 1;
        }
        assert!(slides >= 7, "{locale:?}: {slides} slide links");
        // Preset links: their text is the preset's button label in that language.
        let mut presets = 0;
        for piece in section.split("data-preset=\"").skip(1) {
            let id = &piece[..piece.find('"').expect("closed")];
            let text =
                &piece[piece.find('>').expect("a link") + 1..piece.find("</a>").expect("closed")];
            let index = PRESETS
                .iter()
                .position(|p| p.id == id)
                .unwrap_or_else(|| panic!("no preset {id}"));
            assert_eq!(text, t.presets[index].name, "{locale:?}: {id}");
            presets += 1;
        }
        assert_eq!(presets, 5, "{locale:?}: preset links");
    }
}

/// The teacher page's sentence on Douyin's figures, in each language, names every flag the ledger gives
/// them, and no other.
#[test]
fn the_teacher_page_names_the_flags_of_douyins_figures() {
    use crate::model::ledger::Flag;
    use crate::model::Player;
    let flags: Vec<Flag> = Flag::ALL
        .into_iter()
        .filter(|&flag| {
            REPORTED
                .iter()
                .any(|f| f.player == Player::Douyin && f.flag == flag)
        })
        .collect();
    assert!(!flags.is_empty());
    for (start, end, open, close) in [
        ("Douyin has published none", ". ", "(", ")"),
        ("抖音从未公布过", "。", "（", "）"),
    ] {
        let from = TEACHER
            .find(start)
            .expect("the sentence on Douyin's figures");
        let sentence = &TEACHER[from..from + TEACHER[from..].find(end).unwrap_or(0)];
        for flag in Flag::ALL {
            let named = sentence.contains(&format!("{open}{}{close}", flag.letter()));
            assert_eq!(named, flags.contains(&flag), "{flag:?} in {sentence:?}");
        }
    }
}
