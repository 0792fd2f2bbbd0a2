//! Every amount of money the prose states is a figure the ledger holds (`model::ledger`, and the
//! prose's own sources in `facts.rs`), or one of the few model values chapter 9 names, computed
//! here: one source for each figure, which the figures and tables draw from too, so the text
//! cannot drift from them. An amount agrees if it is a figure's low end, high end or
//! middle, rounded as the text rounds it.

use super::facts::{
    DOUYIN_LIVESTREAM_2019, KUAISHOU_FIRST_TARGET_2020, KUAISHOU_LIVESTREAM_2019,
    PINDUODUO_GMV_2024, TAOBAO_TMALL_GMV_2024, VIYA_FINE,
};
use super::{texts, Chapter, Locale};
use crate::model::ledger::{
    GmvFigure, KUAISHOU_2019, KUAISHOU_2020, LIVESTREAM_MARKET_2020_IIMEDIA,
    LIVESTREAM_MARKET_2020_KPMG, LIVESTREAM_SALES_2023_JAN_SEP, ONLINE_RETAIL_2020, REPORTED,
    SCOREBOARD,
};

/// The model's amounts chapter 9 states, from the view as seen in 2020 at the default levers: what
/// Douyin's 2020 books in its own store and sells in all, Taobao Live's fiscal year to March 2021
/// (¾ of 2020 and ¼ of 2021), the six platforms' 2023, and the top of Douyin's 2023 band.
fn model_amounts() -> Vec<f64> {
    use crate::model::{backtest, project, Player, Scenario, View};
    let p = project(&Scenario {
        view: View::Seen2020,
        ..Scenario::DEFAULT
    });
    let (y20, y21, y23) = (
        p.year(2020).unwrap(),
        p.year(2021).unwrap(),
        p.year(2023).unwrap(),
    );
    let (douyin, taobao) = (Player::Douyin.index(), Player::TaobaoLive.index());
    vec![
        y20.own_checkout[douyin],
        y20.gmv[douyin],
        0.75 * y20.gmv[taobao] + 0.25 * y21.gmv[taobao],
        y23.total_gmv(),
        backtest(View::Seen2020, 2023..=2023)
            .iter()
            .find(|r| r.player == Player::Douyin)
            .map_or(0.0, |r| r.model_p90),
    ]
}

/// Every value a text may state: each figure's ends and middle, the single amounts and the model's.
fn ledger() -> Vec<f64> {
    let ends = |f: &GmvFigure| [f.low, f.high, (f.low + f.high) / 2.0];
    SCOREBOARD
        .iter()
        .chain(REPORTED.iter())
        .flat_map(ends)
        .chain([
            KUAISHOU_FIRST_TARGET_2020,
            LIVESTREAM_SALES_2023_JAN_SEP,
            ONLINE_RETAIL_2020,
            LIVESTREAM_MARKET_2020_KPMG,
            LIVESTREAM_MARKET_2020_IIMEDIA,
            VIYA_FINE,
            DOUYIN_LIVESTREAM_2019,
            KUAISHOU_LIVESTREAM_2019,
            TAOBAO_TMALL_GMV_2024,
            PINDUODUO_GMV_2024,
            // Kuaishou's 2020 at its 2019 livestream ratio (chapter 9's "about a tenth short").
            KUAISHOU_2020.low * KUAISHOU_LIVESTREAM_2019 / KUAISHOU_2019.low,
        ])
        .chain(model_amounts())
        .collect()
}

/// Whether `stated`, written with `decimals` decimals in units of `unit` RMB, is a
/// ledger value so rounded. Negative decimals are an integer's trailing zeros: "1910亿" is
/// rounded to tens of 亿, so that a model value need not be written to four figures.
fn agrees(stated: f64, decimals: i32, unit: f64) -> bool {
    let step = 10f64.powi(-decimals);
    ledger()
        .iter()
        .any(|v| ((v / unit) - stated).abs() <= step / 2.0 + 1e-9)
}

/// A number as written ("1,184.4", "2.2", "1910"), its value and its decimals (negative for an
/// integer's trailing zeros).
fn number(text: &str) -> Option<(f64, i32)> {
    let plain: String = text.chars().filter(|c| *c != ',').collect();
    let decimals = match plain.split_once('.') {
        Some((_, d)) => d.len() as i32,
        None => -((plain.len() - plain.trim_end_matches('0').len()) as i32),
    };
    plain.parse().ok().map(|v| (v, decimals))
}

/// The leading number of `text`, and the rest.
fn leading_number(text: &str) -> Option<(&str, &str)> {
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(text.len());
    let n = text[..end].trim_end_matches(['.', ',']);
    (!n.is_empty() && n.starts_with(|c: char| c.is_ascii_digit())).then(|| (n, &text[n.len()..]))
}

/// English amounts: "RMB 381.2 billion", "RMB 170–180 billion", "RMB 2.2 to 2.7 trillion",
/// "RMB 1.98 tn". Each number with its unit.
fn english_amounts(text: &str) -> Vec<Amount> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices("RMB ") {
        let mut rest = &text[i + 4..];
        let mut numbers = Vec::new();
        while let Some((n, after)) = leading_number(rest) {
            numbers.push(n);
            rest = after;
            match ["–", " to "].iter().find(|sep| rest.starts_with(**sep)) {
                Some(sep) => rest = &rest[sep.len()..],
                None => break,
            }
        }
        let unit = [
            (" billion", 1e9),
            (" bn", 1e9),
            (" trillion", 1e12),
            (" tn", 1e12),
        ]
        .iter()
        .find(|(word, _)| rest.starts_with(word))
        .map(|(_, u)| *u);
        let Some(unit) = unit else { continue };
        for n in numbers {
            if let Some((v, d)) = number(n) {
                out.push((format!("RMB {n}"), v, d, unit));
            }
        }
    }
    out
}

/// Chinese amounts in yuan: "3812亿元", "1.18万亿元", and both ends of "1700亿至1800亿元" or
/// "2.2–2.7万亿元". Amounts in other currencies ("360亿美元") and counts ("14.1亿人") are
/// not yuan and are left out.
fn chinese_amounts(text: &str) -> Vec<Amount> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        let starts = c.is_ascii_digit()
            && (k == 0 || !chars[k - 1].1.is_ascii_digit() && chars[k - 1].1 != '.');
        if !starts {
            k += 1;
            continue;
        }
        // A run of amounts joined by 至 / – , ending in 元; scanning resumes after it.
        let mut rest = &text[i..];
        let mut found = Vec::new();
        while let Some((n, after)) = leading_number(rest) {
            let unit = if after.starts_with("万亿") {
                1e12
            } else if after.starts_with('亿') {
                1e8
            } else {
                0.0
            };
            let after = after.trim_start_matches("万亿").trim_start_matches('亿');
            found.push((n, unit));
            if let Some(next) = after.strip_prefix('至').or_else(|| after.strip_prefix('–')) {
                rest = next;
            } else {
                if after.starts_with('元') {
                    // A bare first number ("2.2–2.7万亿元") takes the unit of the last.
                    let last = found.last().map_or(0.0, |f| f.1);
                    for (n, unit) in &found {
                        let unit = if *unit == 0.0 { last } else { *unit };
                        if let (Some((v, d)), true) = (number(n), unit > 0.0) {
                            out.push((format!("{n}…元"), v, d, unit));
                        }
                    }
                }
                break;
            }
        }
        let consumed = text.len() - rest.len();
        while k < chars.len()
            && (chars[k].0 < consumed || chars[k].1.is_ascii_digit() || chars[k].1 == '.')
        {
            k += 1;
        }
    }
    out
}

/// Every paragraph, key sentence and interface text of `locale`, in one string each.
fn texts_of(locale: Locale) -> Vec<String> {
    let t = texts(locale);
    let mut all: Vec<String> = Chapter::ALL
        .iter()
        .flat_map(|c| {
            let ch = (t.chapters)(*c);
            [ch.title, ch.key]
                .into_iter()
                .chain(ch.body.iter().copied())
                .chain(ch.after.iter().copied())
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    all.push(t.guess.answer.to_string());
    all.extend(t.sources.source_items.iter().map(|s| s.to_string()));
    all.extend(t.presets.iter().map(|p| p.description.to_string()));
    all
}

type Amount = (String, f64, i32, f64);

/// The amounts `parse` finds in `locale`'s texts that the ledger does not hold, after
/// checking that it finds enough to mean something.
fn unheld(locale: Locale, parse: fn(&str) -> Vec<Amount>) -> Vec<Amount> {
    let amounts: Vec<Amount> = texts_of(locale).iter().flat_map(|t| parse(t)).collect();
    assert!(
        amounts.len() > 15,
        "the parser finds the text's amounts: {amounts:?}"
    );
    amounts
        .into_iter()
        .filter(|(_, v, d, u)| !agrees(*v, *d, *u))
        .collect()
}

#[test]
fn every_amount_in_the_english_text_is_a_ledger_figure() {
    assert_eq!(unheld(Locale::En, english_amounts), vec![]);
}

#[test]
fn every_amount_in_the_chinese_text_is_a_ledger_figure() {
    assert_eq!(unheld(Locale::Zh, chinese_amounts), vec![]);
}

#[test]
fn the_parsers_read_amounts_as_written() {
    let en = english_amounts(
        "RMB 1,184.4 billion, RMB 170–180 billion and RMB 2.2 to 2.7 trillion; RMB 5",
    );
    let values: Vec<_> = en.iter().map(|(_, v, d, u)| (*v * *u, *d)).collect();
    assert_eq!(
        values,
        vec![
            (1_184.4e9, 1),
            (170e9, -1),
            (180e9, -1),
            (2.2e12, 1),
            (2.7e12, 1)
        ]
    );
    let zh = chinese_amounts("3812亿元，1700亿至1800亿元，2.2–2.7万亿元，360亿美元，14.1亿人");
    let values: Vec<_> = zh.iter().map(|(_, v, _, u)| *v * *u).collect();
    assert_eq!(values, vec![3812e8, 1700e8, 1800e8, 2.2e12, 2.7e12]);
    assert!(agrees(381.2, 1, 1e9) && agrees(1.18, 2, 1e12) && !agrees(390.0, 0, 1e9));
}
