//! The Chinese page as the build writes it, read as a reader sees it: every mark beside a Chinese
//! character is full-width, and every amount the code writes has three significant figures at most
//! unless it is a reported figure, written with the digits it was reported with.

use super::format::{people, reported_rmb};
use super::{live_only, texts, Chapter, Locale};
use crate::model::ledger::{LIVESTREAM_SALES_2023_JAN_SEP, REPORTED, SCOREBOARD, USER_COUNTS};
use crate::ui::prerender;

/// `html` as a reader sees it: its tags removed (each read as a space), styles and scripts not
/// read, and its entities read back.
pub(super) fn visible(html: &str) -> String {
    visible_skipping(html, &["style", "script"])
}

/// `html` with its tags removed (each read as a space), the elements named in `skipped` left out
/// whole, and its entities read back.
pub(super) fn visible_skipping(html: &str, skipped: &[&str]) -> String {
    let mut text = String::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        text.push_str(&rest[..at]);
        rest = &rest[at..];
        let opens = |name: &&&str| {
            rest[1..].starts_with(*name)
                && rest[1 + name.len()..].starts_with(|c: char| c == '>' || c.is_whitespace())
        };
        let skip_to = skipped.iter().find(opens).map(|name| format!("</{name}"));
        let end = match skip_to {
            Some(close) => rest.find(&close).unwrap_or(rest.len()),
            None => 0,
        };
        rest = &rest[end..];
        let close = rest.find('>').map_or(rest.len(), |i| i + 1);
        rest = &rest[close..];
        text.push(' ');
    }
    text.push_str(rest);
    text.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
}

fn is_chinese(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}')
}

/// Each place in `text` where a half-width mark touches a Chinese character, with what surrounds it.
fn half_width_marks(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    for (i, w) in chars.windows(2).enumerate() {
        let (a, b) = (w[0], w[1]);
        let after = chars.get(i + 2).copied().unwrap_or(' ');
        // A full stop after a Chinese character that is not a decimal point.
        let stop = b == '.' && !after.is_ascii_digit();
        let bad = (is_chinese(a) && (matches!(b, ':' | ',' | ';' | '(' | ')') || stop))
            || (matches!(a, '(' | ':' | ',') && is_chinese(b))
            || (is_chinese(a) && b == ' ' && after == '(');
        if bad {
            let from = i.saturating_sub(8);
            found.push(chars[from..(i + 10).min(chars.len())].iter().collect());
        }
    }
    found
}

/// Each amount in `text` (digits before 亿元, 万亿元, 万元 or 亿), as written.
fn amounts(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
            i += 1;
        }
        let rest: String = chars[i..(i + 3).min(chars.len())].iter().collect();
        let unit = ["万亿元", "亿元", "万元", "亿"]
            .into_iter()
            .find(|u| rest.starts_with(u));
        if let Some(unit) = unit {
            let number: String = chars[start..i].iter().collect();
            out.push(format!("{number}{unit}"));
        }
    }
    out
}

/// How many significant figures an amount is written with ("2500亿元" has two, "3812亿元" four).
fn significant_figures(amount: &str) -> usize {
    let digits: String = amount.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_start_matches('0');
    if amount.contains('.') {
        digits.len()
    } else {
        digits.trim_end_matches('0').len()
    }
}

/// Every chapter's prose in `locale`, as the page shows it (its inline markup removed).
fn prose(locale: Locale) -> Vec<String> {
    let t = texts(locale);
    Chapter::ALL
        .iter()
        .flat_map(|&chapter| {
            let c = (t.chapters)(chapter);
            [c.title, c.key]
                .into_iter()
                .chain(c.body.iter().copied())
                .chain(c.after.iter().copied())
                .collect::<Vec<_>>()
        })
        .chain(t.map_notes.iter().copied())
        .map(|s| visible(live_only(s).0).trim().to_string())
        .collect()
}

/// The amounts the ledger reports, as the Chinese page writes them.
fn reported_amounts() -> Vec<String> {
    let zh = Locale::Zh;
    SCOREBOARD
        .iter()
        .chain(REPORTED.iter())
        .flat_map(|f| [reported_rmb(zh, f.low), reported_rmb(zh, f.high)])
        .chain([reported_rmb(zh, LIVESTREAM_SALES_2023_JAN_SEP)])
        .chain(USER_COUNTS.iter().map(|c| people(zh, c.people)))
        .collect()
}

#[test]
fn the_chinese_page_puts_no_half_width_mark_beside_a_chinese_character() {
    let text = visible(&prerender(Locale::Zh, None));
    let found = half_width_marks(&text);
    assert!(
        found.is_empty(),
        "{} half-width marks, among them {:?}",
        found.len(),
        &found[..found.len().min(12)]
    );
    // The check finds what it looks for.
    assert_eq!(half_width_marks("来源: 36氪 (标记 A)").len(), 3);
    assert_eq!(half_width_marks("抖音, 有禁令。").len(), 1);
    assert!(half_width_marks("来源：36氪（标记A），约14.1亿。").is_empty());
}

#[test]
fn every_amount_the_chinese_page_computes_has_three_significant_figures_at_most() {
    let mut text = visible(&prerender(Locale::Zh, None));
    // The prose is written by hand, its amounts held to the ledger by the editorial tests.
    let mut prose_amounts = Vec::new();
    for paragraph in prose(Locale::Zh) {
        prose_amounts.extend(amounts(&paragraph));
        text = text.replace(&paragraph, " ");
    }
    let reported = reported_amounts();
    let generated = amounts(&text);
    assert!(generated.len() > 100, "the figures' amounts are read");
    let too_precise: Vec<&String> = generated
        .iter()
        .filter(|a| significant_figures(a) > 3)
        .filter(|a| !reported.contains(a) && !prose_amounts.contains(a))
        .collect();
    assert!(too_precise.is_empty(), "{too_precise:?}");
    assert_eq!(significant_figures("2877亿元"), 4);
    assert_eq!(significant_figures("2880亿元"), 3);
    assert_eq!(significant_figures("2.953亿"), 4);
}
