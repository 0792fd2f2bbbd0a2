//! Editorial checks over every visible text: the glossary's terms are used and its rejected synonyms
//! are not, Chinese amounts are written the Chinese way, the Chinese page carries no stray English,
//! the teacher page matches the slides and presets, and the English keeps to its own words rather
//! than the 2020 article's.

use super::article_ngrams::ARTICLE_6GRAMS;
use super::facts::CITED;
use super::generated_tests::{visible, visible_skipping};
use super::glossary::{GLOSSARY, REJECTED_PHRASES_ZH};
use super::{live_only, texts, Chapter, Locale};
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
        out.extend(c.body.iter().chain(c.after).map(|p| live_only(p).0));
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
    visible(&TEACHER[start..end])
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
    "livestream",
    "arena",
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
    "ChinaTalk",
    "FashionUnited",
    "Dao",
    "Jing",
    "Daily",
    "Insights",
    "BoF",
    "Pandaily",
    "MOGU",
    "K",
    "AFPBB",
    // The 2020 article's title and the blog it is on.
    "Kung",
    "Fu",
    "Data",
    "Livestream",
    "Warfare",
    "Douyin",
    "Strikes",
    "First",
    "Part",
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
        let titles = slide_titles(locale);
        // Slide links: `step=N…">Slide N: Title</a>` or `第N张：Title</a>`.
        let mut slides = 0;
        for piece in section.split("mode=present&amp;step=").skip(1) {
            let text =
                &piece[piece.find('>').expect("a link") + 1..piece.find("</a>").expect("closed")];
            let title = match locale {
                Locale::En => text.split_once(": ").map(|(_, t)| t),
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
        ("Douyin has never published", ". ", "(", ")"),
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

/// One number the teacher page (or a worksheet) states, marked `<data value=… data-check=…>text</data>`:
/// the keys of `data-check`, the `value` (in the unit the check names: shares in per cent, money in RMB
/// bn, intensities and factors as they are) and the text shown.
struct Checked<'a> {
    check: Vec<(&'a str, &'a str)>,
    value: &'a str,
    text: &'a str,
    locale: Locale,
}

/// Every checked number of the teacher page, with the language of the section it is in.
fn checked_numbers() -> Vec<Checked<'static>> {
    let zh_start = TEACHER
        .find("<section id=\"zh\"")
        .expect("a Chinese section");
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(i) = TEACHER[at..].find("<data ") {
        let start = at + i;
        let open_end = start + TEACHER[start..].find('>').expect("the tag closes");
        let close = open_end + TEACHER[open_end..].find("</data>").expect("closed");
        let tag = &TEACHER[start..open_end];
        let attribute = |name: &str| {
            let from = tag
                .find(&format!("{name}=\""))
                .unwrap_or_else(|| panic!("{tag}: no {name}"))
                + name.len()
                + 2;
            &tag[from..from + tag[from..].find('"').expect("quoted")]
        };
        let check = attribute("data-check")
            .split(';')
            .map(|kv| {
                kv.split_once('=')
                    .unwrap_or_else(|| panic!("{kv:?} in {tag}"))
            })
            .collect();
        out.push(Checked {
            check,
            value: attribute("value"),
            text: &TEACHER[open_end + 1..close],
            locale: if start > zh_start {
                Locale::Zh
            } else {
                Locale::En
            },
        });
        at = close;
    }
    out
}

/// What the explainer shows for one check, as (the number in the check's unit, the text as the page
/// writes it in `locale`).
fn number_for(check: &[(&str, &str)], locale: Locale) -> (f64, String) {
    use crate::chart::curve;
    use crate::content::format::{decimal, percent1, rmb};
    use crate::model::hindsight::{hindsight, Anchor, Freedom};
    use crate::model::{project, Bloc, Player};
    let key = |k: &str| check.iter().find(|(name, _)| *name == k).map(|(_, v)| *v);
    let need = |k: &str| key(k).unwrap_or_else(|| panic!("{check:?}: no {k}"));
    let player = || {
        Player::ALL
            .into_iter()
            .find(|p| p.key() == need("player"))
            .expect("a player")
            .index()
    };
    let year = || need("year").parse::<u16>().expect("a year");
    let money = |yuan: f64| (yuan / 1e9, rmb(locale, yuan));
    if let Some(anchor) = key("hindsight") {
        let anchor = Anchor::ALL
            .into_iter()
            .find(|a| a.key() == anchor)
            .expect("an anchor");
        let freedom = Freedom::ALL
            .into_iter()
            .find(|f| f.key() == need("freedom"))
            .expect("a freedom");
        let fit = hindsight(anchor, freedom);
        return match need("measure") {
            "gmv" => {
                let y = fit
                    .years
                    .iter()
                    .find(|y| y.year == year())
                    .expect("the year");
                money(y.gmv[player()])
            }
            "step" => (fit.step, decimal(locale, fit.step, 2)),
            other => panic!("no hindsight measure {other}"),
        };
    }
    let s = PRESETS
        .iter()
        .find(|p| p.id == need("preset"))
        .unwrap_or_else(|| panic!("no preset in {check:?}"))
        .scenario;
    match need("measure") {
        "revenue" | "peak" | "peak-revenue" => {
            let samples = curve::samples(&s);
            let (intensity, revenue) = match (need("measure"), key("intensity")) {
                ("revenue", None) => curve::current(&s),
                ("revenue", Some(i)) => {
                    let i: f64 = i.parse().expect("an intensity");
                    *samples
                        .iter()
                        .find(|(x, _)| (x - i).abs() < 1e-9)
                        .expect("the curve's table has the intensity")
                }
                _ => curve::best(&samples),
            };
            match need("measure") {
                "peak" => (intensity, decimal(locale, intensity, 2)),
                _ => money(revenue.total()),
            }
        }
        measure => {
            let p = project(&s);
            let y = p.year(year()).expect("the year is projected");
            match measure {
                "share" => (
                    y.share[player()] * 100.0,
                    percent1(locale, y.share[player()]),
                ),
                "bloc-share" => {
                    let bloc = Bloc::ALL
                        .into_iter()
                        .find(|b| b.key() == need("bloc"))
                        .expect("a bloc")
                        .index();
                    (
                        y.bloc_share[bloc] * 100.0,
                        percent1(locale, y.bloc_share[bloc]),
                    )
                }
                "gmv" => money(y.gmv[player()]),
                "search" => money(y.leak_via_search),
                "lost" => money(y.leak_not_made),
                other => panic!("no measure {other}"),
            }
        }
    }
}

/// Every number in the teacher page's suggested answers is the one the explainer shows for its scenario:
/// each is marked with what it measures, recomputed from the model and written as the page writes it, so
/// that a change to the model or its fit that moves one fails here rather than misleading a class.
#[test]
fn the_teacher_pages_answers_state_the_models_numbers() {
    let numbers = checked_numbers();
    assert!(numbers.len() >= 2 * 20, "{} checked numbers", numbers.len());
    let mut wrong = Vec::new();
    for n in &numbers {
        let (value, text) = number_for(&n.check, n.locale);
        if n.text != text {
            wrong.push(format!(
                "{:?} {:?}: the page says {:?}, the model {text:?}",
                n.locale, n.check, n.text
            ));
        }
        // The value, to the digits it is written with (and a little more for rounding twice).
        let written: f64 = n.value.parse().expect("a number");
        let digits = n.value.split_once('.').map_or(0, |(_, f)| f.len());
        let tolerance = 0.5 * 10f64.powi(-(digits as i32)) + 0.005 * value.abs();
        if (written - value).abs() > tolerance {
            wrong.push(format!(
                "{:?} {:?}: value {written}, the model {value}",
                n.locale, n.check
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // The two languages state the same numbers.
    let checks = |locale| {
        let mut c: Vec<String> = numbers
            .iter()
            .filter(|n| n.locale == locale)
            .map(|n| format!("{:?}", n.check))
            .collect();
        c.sort();
        c
    };
    assert_eq!(checks(Locale::En), checks(Locale::Zh));
}

/// The fourth answer says that, with both of Douyin's 2020 reports kept, no belief the levers and the later
/// constants need is more than two standard deviations from its 2020 default; and every question has a
/// suggested answer in each language.
#[test]
fn the_teacher_pages_answers_hold_what_they_claim() {
    use crate::model::hindsight::{hindsight, Anchor, Freedom, EDGE_Z};
    for freedom in [Freedom::Levers, Freedom::Constants] {
        for n in hindsight(Anchor::Both, freedom).needed {
            assert!(n.z.abs() <= EDGE_Z, "{freedom:?}: {n:?}");
        }
    }
    for (locale, marker) in [
        (Locale::En, "A suggested answer:"),
        (Locale::Zh, "参考答案："),
    ] {
        assert_eq!(
            teacher_section(locale).matches(marker).count(),
            4,
            "{locale:?}"
        );
    }
    // What the reviews found: the wording the chapters do not support is gone.
    for gone in [
        "worth more than the sales themselves",
        "比销售额本身更值钱",
        "earn more by selling less",
        "少卖一点反而赚得更多",
        "less than 1 MB",
        "不到1 MB",
        "known in 2020",
        "只用2020年已知",
    ] {
        assert!(!TEACHER.contains(gone), "{gone:?} in teacher.html");
    }
}

/// The Chinese of the teacher page uses full-width punctuation and writes ranges with 至, outside the
/// code the teacher types.
#[test]
fn the_teacher_pages_chinese_uses_full_width_punctuation() {
    let start = TEACHER
        .find("<section id=\"zh\"")
        .expect("a Chinese section");
    let section = &TEACHER[start..start + TEACHER[start..].find("</section>").expect("closed")];
    assert_full_width(section);
}

/// Fails on half-width punctuation, or a range written with a dash, in the visible text of `html` (a
/// Chinese page or section), leaving out what the reader types: keys (`<kbd>`) and code (`<code>`).
fn assert_full_width(html: &str) {
    // Keys and code are typed as they are, not written.
    let text = visible_skipping(html, &["style", "script", "kbd", "code"]);
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let around: String = chars[i.saturating_sub(12)..(i + 12).min(chars.len())]
            .iter()
            .collect();
        assert!(!",:;()?!".contains(c), "{c:?} in {around:?}");
        let between_numbers = i > 0
            && i + 1 < chars.len()
            && (chars[i - 1].is_ascii_digit() || chars[i - 1] == '亿')
            && chars[i + 1].is_ascii_digit();
        assert!(
            !("–-~～".contains(c) && between_numbers),
            "a range written with {c:?}, not 至: {around:?}"
        );
    }
}

/// The students' worksheets, English and Chinese.
const WORKSHEETS: [(Locale, &str); 2] = [
    (Locale::En, include_str!("../../public/worksheet.html")),
    (Locale::Zh, include_str!("../../public/worksheet-zh.html")),
];

/// Each worksheet names its slides by their number and title as the deck shows them, asks the teacher
/// page's four questions, and is linked from the teacher page; the Chinese one keeps to the Chinese
/// page's rules (full-width punctuation, ranges with 至, no stray English, no rejected synonym).
/// The slides' titles in `locale`, in the deck's order of their kinds: a chapter each, the
/// prediction, the hindsight fit.
fn slide_titles(locale: Locale) -> Vec<&'static str> {
    let t = texts(locale);
    Chapter::ALL
        .iter()
        .map(|&c| (t.chapters)(c).title)
        .chain([
            t.slides.predict_title,
            crate::content::hindsight_title_and_caption(locale).0,
        ])
        .collect()
}

#[test]
fn the_worksheets_match_the_slides_and_the_teacher_page() {
    for (locale, html) in WORKSHEETS {
        let titles = slide_titles(locale);
        let mut slides = Vec::new();
        for piece in html.split("mode=present&amp;step=").skip(1) {
            let step: usize = piece[..piece.find(|c: char| !c.is_ascii_digit()).expect("a number")]
                .parse()
                .expect("a step");
            let text =
                &piece[piece.find('>').expect("a link") + 1..piece.find("</a>").expect("closed")];
            let (number, title) = match locale {
                Locale::En => text.split_once(": "),
                Locale::Zh => text.split_once('：'),
            }
            .unwrap_or_else(|| panic!("{text:?} names no slide"));
            let number = number
                .trim_start_matches("Slide ")
                .trim_start_matches('第')
                .trim_end_matches('张');
            assert_eq!(number, step.to_string(), "{locale:?}: {text:?}");
            assert!(
                titles.contains(&title),
                "{locale:?}: no slide is called {title:?}"
            );
            slides.push(step);
        }
        // The scoreboard, the prediction, and each slide with a lever the lesson moves.
        assert_eq!(slides, [3, 10, 4, 5, 6, 8, 11], "{locale:?}");
        assert_eq!(
            html.matches("<li>").count(),
            4,
            "{locale:?}: four questions"
        );
        let name = match locale {
            Locale::En => "href=\"worksheet.html\"",
            Locale::Zh => "href=\"worksheet-zh.html\"",
        };
        assert!(TEACHER.contains(name), "the teacher page links to {name}");
        // What a printed page needs: no script, no inline style, the teacher page's policy.
        assert!(
            !html.contains("<script") && !html.contains("style="),
            "{locale:?}"
        );
        assert!(html.contains("style-src 'self'"), "{locale:?}");
    }
    let zh = WORKSHEETS[1].1;
    let body = &zh[zh.find("<body>").expect("a body")..];
    assert_full_width(body);
    for word in GLOSSARY
        .iter()
        .flat_map(|t| t.rejected_zh.iter().copied())
        .chain(REJECTED_PHRASES_ZH.iter().map(|(r, _)| *r))
    {
        assert!(!zh.contains(word), "{word:?} in worksheet-zh.html");
    }
    let mut run = String::new();
    for c in visible(body).chars().chain(std::iter::once(' ')) {
        match c {
            c if c.is_ascii_alphabetic() => run.push(c),
            _ => {
                assert!(
                    run.is_empty() || LATIN_ALLOWED.contains(&run.as_str()),
                    "{run:?} in worksheet-zh.html"
                );
                run.clear();
            }
        }
    }
}

/// Fails unless `chapter`'s closing prose, in each language, writes every number of `checks` as the
/// explainer computes it (the checks of the teacher page's `data-check`).
fn assert_after_states(chapter: Chapter, checks: &[&[(&str, &str)]]) {
    for locale in Locale::ALL {
        let after = (texts(locale).chapters)(chapter).after.concat();
        for check in checks {
            let (_, written) = number_for(check, locale);
            assert!(after.contains(&written), "{written} ({check:?}) in {after}");
        }
    }
}

/// The trust chapter says in words, for a reader without JavaScript, what its figure shows once
/// trust collapses: Taobao Live's and Douyin's 2025 shares at the "Trust collapse" preset and at
/// the baseline, as the model computes them.
#[test]
fn the_trust_chapter_states_the_collapse_as_the_model_computes_it() {
    let share = |preset, player| {
        [
            ("preset", preset),
            ("year", "2025"),
            ("player", player),
            ("measure", "share"),
        ]
    };
    let checks = [
        share("trust-collapse", "taobao"),
        share("trust-collapse", "douyin"),
        share("baseline", "taobao"),
        share("baseline", "douyin"),
    ];
    assert_after_states(Chapter::Trust, &checks.each_ref().map(|c| c.as_slice()));
}

/// Chapter 9 states what closes Douyin's gap in the hindsight fit, the step in its sales per viewer
/// with both 2020 reports and with the leak alone, as the fit computes it.
#[test]
fn chapter_9_states_the_hindsight_step_as_the_fit_computes_it() {
    let step = |anchor| {
        [
            ("hindsight", anchor),
            ("freedom", "step"),
            ("measure", "step"),
        ]
    };
    let checks = [step("both"), step("leak")];
    assert_after_states(Chapter::Next, &checks.each_ref().map(|c| c.as_slice()));
}
