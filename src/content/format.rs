//! Locale-aware formatting of numbers, amounts and dates: the one place that
//! decides how a figure reads.

/// A language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Locale {
    /// English.
    #[default]
    En,
    /// Simplified Chinese.
    Zh,
}

impl Locale {
    /// Every locale, in the order the language switch shows them.
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Zh];

    /// The BCP 47 tag, for the `lang` attribute.
    pub const fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Zh => "zh-CN",
        }
    }

    /// The short code used in the URL and in storage.
    pub const fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Zh => "zh",
        }
    }

    /// The built page that holds the article in this language, beside the other in the
    /// same folder.
    pub const fn page(self) -> &'static str {
        match self {
            Locale::En => "index.html",
            Locale::Zh => "zh.html",
        }
    }

    /// The locale for a short code or a browser language tag ("zh-CN", "en-GB"), if supported.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.code() == primary)
    }
}

/// 10¹²: a trillion, and in Chinese 万亿.
const TRILLION: f64 = 1e12;
/// Amounts below this (10 bn, 100亿) keep one decimal more.
const ONE_DECIMAL_BELOW: f64 = 1e10;

/// An amount the model computed, in yuan, to three significant figures at most (what a model with
/// bands of ±20% and more can claim): "RMB 288 bn", "RMB 1.18 tn"; in Chinese "2880亿元", "77.4亿元",
/// "1.18万亿元". Reported figures keep their own digits: [`reported_rmb`].
pub fn rmb(locale: Locale, yuan: f64) -> String {
    reported_rmb(locale, significant(yuan, 3))
}

/// `value` rounded to `digits` significant figures.
fn significant(value: f64, digits: i32) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    // Divided by a power of ten rather than multiplied by its inverse, which is inexact.
    let step = 10f64.powi(value.abs().log10().floor() as i32 + 1 - digits);
    (value / step).round() * step
}

/// A reported RMB amount in yuan, short and with the digits it was reported with: "RMB 250 bn",
/// "RMB 1.41 tn"; in Chinese "2500亿元", "3812亿元", "25亿元", "1.41万亿元": Chinese writes no
/// thousands separator before 亿 and no trailing ".0".
pub fn reported_rmb(locale: Locale, yuan: f64) -> String {
    // Nothing needs no unit (an axis's origin, an empty cell).
    if yuan == 0.0 {
        return "0".to_string();
    }
    // The large unit is 10¹² in both languages; the small one is a billion or 亿 (10⁸).
    let (prefix, large, small, small_unit) = match locale {
        Locale::En => ("RMB ", " tn", " bn", 1e9),
        Locale::Zh => ("", "万亿元", "亿元", 1e8),
    };
    if yuan.abs() >= TRILLION {
        let number = trimmed(decimal(locale, yuan / TRILLION, 2));
        return format!("{prefix}{number}{large}");
    }
    // English keeps a reported decimal ("RMB 59.6 bn") and, below 10 bn, a second one, which a
    // computed amount's three figures may need ("RMB 8.57 bn"); Chinese counts in 亿 and needs one fewer.
    let small_amount = usize::from(yuan.abs() < ONE_DECIMAL_BELOW);
    let number = match locale {
        Locale::En => trimmed(decimal(locale, yuan / small_unit, 1 + small_amount)),
        Locale::Zh => trimmed(ungrouped(yuan / small_unit, small_amount)),
    };
    format!("{prefix}{number}{small}")
}

/// The punctuation that generated text puts between its parts, by language: Chinese takes
/// full-width marks with no space around them.
#[derive(Clone, Copy, Debug)]
pub struct Marks {
    /// Between a label and what it labels: ": ", "：".
    pub colon: &'static str,
    /// Between the items of a list: ", ", "，".
    pub comma: &'static str,
    /// Before an aside: " (", "（".
    pub open: &'static str,
    /// After an aside: ")", "）".
    pub close: &'static str,
    /// Between two sentences: ". ", "。".
    pub stop: &'static str,
    /// Between the ends of a range: "–", "至".
    pub to: &'static str,
    /// Between a word and a letter or number: " ", and nothing in Chinese ("标记A").
    pub gap: &'static str,
}

impl Locale {
    /// The punctuation of generated text in this language.
    pub const fn marks(self) -> Marks {
        match self {
            Locale::En => Marks {
                colon: ": ",
                comma: ", ",
                open: " (",
                close: ")",
                stop: ". ",
                to: "\u{2013}",
                gap: " ",
            },
            Locale::Zh => Marks {
                colon: "：",
                comma: "，",
                open: "（",
                close: "）",
                stop: "。",
                to: "至",
                gap: "",
            },
        }
    }
}

/// "label: value", "标签：值".
pub fn labelled(locale: Locale, label: &str, value: &str) -> String {
    format!("{label}{}{value}", locale.marks().colon)
}

/// "text (aside)", "文字（旁注）".
pub fn aside(locale: Locale, text: &str, aside: &str) -> String {
    let m = locale.marks();
    format!("{text}{}{aside}{}", m.open, m.close)
}

/// Items joined as a list: "a, b", "甲，乙".
pub fn listed(locale: Locale, items: &[&str]) -> String {
    items.join(locale.marks().comma)
}

/// A number with `digits` decimals and no thousands separator: "2500.0". Non-finite input reads as
/// an em dash.
fn ungrouped(value: f64, digits: usize) -> String {
    if !value.is_finite() {
        return "—".to_string();
    }
    let text = format!("{:.*}", digits, value);
    // "-0.0" after rounding is zero.
    if text
        .trim_start_matches('-')
        .chars()
        .all(|c| c == '0' || c == '.')
    {
        text.trim_start_matches('-').to_string()
    } else {
        text
    }
}

/// Drops trailing zeros after a decimal point: "4.00" → "4", "1.10" → "1.1".
fn trimmed(text: String) -> String {
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// A share in [0, 1] as a whole percentage: "34%".
pub fn percent(locale: Locale, share: f64) -> String {
    format!("{}%", decimal(locale, share * 100.0, 0))
}

/// A share in [0, 1] as a percentage with one decimal: "34.2%".
pub fn percent1(locale: Locale, share: f64) -> String {
    format!("{}%", decimal(locale, share * 100.0, 1))
}

/// A signed relative difference as a whole percentage with a true minus sign: "+18%", "−64%", "0%".
pub fn signed_percent(locale: Locale, ratio: f64) -> String {
    let rounded = (ratio * 100.0).round();
    let sign = if rounded > 0.0 {
        "+"
    } else if rounded < 0.0 {
        "\u{2212}"
    } else {
        ""
    };
    format!("{sign}{}%", decimal(locale, rounded.abs(), 0))
}

/// A range of computed amounts (three significant figures), its unit written once where both ends
/// share it: "RMB 2.2–2.7 tn", "2.2万亿至2.7万亿元"; otherwise both amounts in full: "RMB 800 bn –
/// RMB 1.2 tn", "9990亿至1.42万亿元".
pub fn rmb_range(locale: Locale, low: f64, high: f64) -> String {
    range_of(locale, rmb(locale, low), rmb(locale, high))
}

/// A reported range with the digits it was reported with, written as [`rmb_range`] writes one.
pub fn reported_range(locale: Locale, low: f64, high: f64) -> String {
    range_of(
        locale,
        reported_rmb(locale, low),
        reported_rmb(locale, high),
    )
}

/// A reported figure as a table writes it, with its own digits: a floor "> RMB 400 bn" ("超过4000亿元"),
/// a range "RMB 2.2–2.7 tn", or one amount.
pub fn reported_amount(locale: Locale, low: f64, high: f64, floor: bool) -> String {
    let amount = reported_rmb(locale, low);
    if floor {
        match locale {
            Locale::En => format!("> {amount}"),
            Locale::Zh => format!("超过{amount}"),
        }
    } else if high > low {
        reported_range(locale, low, high)
    } else {
        amount
    }
}

fn range_of(locale: Locale, a: String, b: String) -> String {
    if locale == Locale::Zh {
        // Chinese repeats the unit's magnitude and writes 元 once: "1700亿至1800亿元".
        return format!("{}至{b}", a.trim_end_matches('元'));
    }
    match (split_amount(&a), split_amount(&b)) {
        (Some((prefix, from, unit)), Some((prefix_b, to, unit_b)))
            if prefix == prefix_b && unit == unit_b =>
        {
            format!("{prefix}{from}\u{2013}{to}{unit}")
        }
        _ => format!("{a} \u{2013} {b}"),
    }
}

/// An amount's text as (before the number, the number, after it).
fn split_amount(text: &str) -> Option<(&str, &str, &str)> {
    let is_number = |c: char| c.is_ascii_digit() || c == '.' || c == ',';
    let start = text.find(is_number)?;
    let end = text.rfind(is_number)? + 1;
    Some((&text[..start], &text[start..end], &text[end..]))
}

/// A signed difference of shares in percentage points, with a true minus sign as in
/// [`signed_percent`]: "+3.1 pts", "−3.1 pts", and "0.0 pts" for what rounds to nothing.
pub fn points(locale: Locale, diff: f64) -> String {
    let number = decimal(locale, diff.abs() * 100.0, 1);
    let sign = match number.chars().any(|c| ('1'..='9').contains(&c)) {
        true if diff > 0.0 => "+",
        true if diff < 0.0 => "\u{2212}",
        _ => "",
    };
    match locale {
        Locale::En => format!("{sign}{number} pts"),
        Locale::Zh => format!("{sign}{number}个百分点"),
    }
}

/// A number with thousands separators and `digits` decimals: "1,184.4", "−0.019" (a true
/// minus sign, not a hyphen). Non-finite input reads as an em dash rather than "NaN".
pub fn decimal(locale: Locale, value: f64, digits: usize) -> String {
    if !value.is_finite() {
        return "—".to_string();
    }
    let text = format!("{:.*}", digits, value.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    // Both languages group thousands with a comma.
    let separator = match locale {
        Locale::En | Locale::Zh => ',',
    };
    let mut grouped = String::new();
    for (i, digit) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(separator);
        }
        grouped.push(digit);
    }
    let negative = value < 0.0 && text.chars().any(|c| ('1'..='9').contains(&c));
    let sign = if negative { "\u{2212}" } else { "" };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
    }
}

/// A count of people: "600 m", "295.3 m" in English; "6亿", "2.953亿" in Chinese (亿 = 10⁸), with no
/// more decimals than the count has.
pub fn people(locale: Locale, count: f64) -> String {
    let (unit, suffix) = match locale {
        Locale::En => (1e6, " m"),
        Locale::Zh => (1e8, "亿"),
    };
    let value = count / unit;
    // The fewest decimals (up to four) that write the count exactly as the ledger holds it.
    let digits = (0..4)
        .find(|&d| {
            let scale = 10f64.powi(d as i32);
            ((value * scale).round() - value * scale).abs() < 1e-6
        })
        .unwrap_or(4);
    format!("{}{suffix}", decimal(locale, value, digits))
}

/// A count as prose writes it: English in words up to ten ("six"), Chinese in figures ("6").
pub fn count_word(locale: Locale, n: usize) -> String {
    const WORDS: [&str; 11] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    match (locale, WORDS.get(n)) {
        (Locale::En, Some(word)) => word.to_string(),
        _ => n.to_string(),
    }
}

/// A year: "2025", "2025年".
pub fn year(locale: Locale, year: u16) -> String {
    match locale {
        Locale::En => year.to_string(),
        Locale::Zh => format!("{year}年"),
    }
}

/// A month of a year: "August 2020", "2020年8月".
pub fn month(locale: Locale, year: u16, month: u8) -> String {
    match locale {
        Locale::En => {
            let date = date(locale, year, month, 1);
            // "1 August 2020" without its day.
            date.split_once(' ')
                .map_or(date.clone(), |(_, rest)| rest.to_string())
        }
        Locale::Zh => format!("{year}年{month}月"),
    }
}

/// Months `first` to `last` of a year: "January–August 2021", "2021年1至8月"; in Chinese a half year
/// or a quarter by its name ("2020年上半年", "2021年第一季度").
pub fn months(locale: Locale, year: u16, first: u8, last: u8) -> String {
    match locale {
        Locale::En => {
            let name = |m: u8| {
                let text = month(locale, year, m);
                text.split_once(' ')
                    .map_or(text.clone(), |(n, _)| n.to_string())
            };
            format!("{}\u{2013}{} {year}", name(first), name(last))
        }
        // Chinese names a half year or a quarter as finance writing does.
        Locale::Zh => match (first, last) {
            (1, 6) => format!("{year}年上半年"),
            (7, 12) => format!("{year}年下半年"),
            (1, 3) | (4, 6) | (7, 9) | (10, 12) => {
                let quarter = ["一", "二", "三", "四"][usize::from(first / 3)];
                format!("{year}年第{quarter}季度")
            }
            _ => format!("{year}年{first}至{last}月"),
        },
    }
}

/// A calendar date: "9 October 2020".
pub fn date(locale: Locale, year: u16, month: u8, day: u8) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    match locale {
        Locale::En => {
            let month = MONTHS[usize::from(month.clamp(1, 12)) - 1];
            format!("{day} {month} {year}")
        }
        Locale::Zh => format!("{year}年{month}月{day}日"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_switch_from_billions_to_trillions() {
        assert_eq!(rmb(Locale::En, 250e9), "RMB 250 bn");
        assert_eq!(rmb(Locale::En, 2.5e9), "RMB 2.5 bn");
        assert_eq!(rmb(Locale::En, 0.0), "0");
        assert_eq!(rmb(Locale::En, 1_184.4e9), "RMB 1.18 tn");
        assert_eq!(rmb(Locale::En, 4e12), "RMB 4 tn");
        assert_eq!(rmb(Locale::En, 1.1e12), "RMB 1.1 tn");
    }

    #[test]
    fn decimals_are_grouped_and_signed() {
        assert_eq!(decimal(Locale::En, 1_184.44, 1), "1,184.4");
        assert_eq!(decimal(Locale::En, -1_234_567.0, 0), "\u{2212}1,234,567");
        assert_eq!(decimal(Locale::En, -0.01, 0), "0");
        assert_eq!(decimal(Locale::En, f64::NAN, 0), "—");
    }

    #[test]
    fn shares_read_as_percentages() {
        assert_eq!(percent(Locale::En, 0.342), "34%");
        assert_eq!(percent1(Locale::En, 0.342), "34.2%");
        assert_eq!(points(Locale::En, 0.031), "+3.1 pts");
        assert_eq!(points(Locale::En, -0.031), "\u{2212}3.1 pts");
        assert_eq!(points(Locale::En, 0.0004), "0.0 pts");
        assert_eq!(points(Locale::En, -0.0004), "0.0 pts");
    }

    #[test]
    fn signed_percentages_carry_their_sign() {
        assert_eq!(signed_percent(Locale::En, 0.178), "+18%");
        assert_eq!(signed_percent(Locale::En, -0.64), "\u{2212}64%");
        assert_eq!(signed_percent(Locale::Zh, -0.004), "0%");
    }

    #[test]
    fn ranges_write_a_shared_unit_once() {
        assert_eq!(
            rmb_range(Locale::En, 2.2e12, 2.7e12),
            "RMB 2.2\u{2013}2.7 tn"
        );
        assert_eq!(rmb_range(Locale::Zh, 2.2e12, 2.7e12), "2.2万亿至2.7万亿元");
        assert_eq!(rmb_range(Locale::En, 170e9, 180e9), "RMB 170\u{2013}180 bn");
        assert_eq!(rmb_range(Locale::Zh, 545.1e9, 853.5e9), "5450亿至8540亿元");
        assert_eq!(reported_range(Locale::Zh, 170e9, 180e9), "1700亿至1800亿元");
        assert_eq!(rmb_range(Locale::Zh, 999.6e9, 1.42e12), "1万亿至1.42万亿元");
        assert_eq!(
            rmb_range(Locale::En, 800e9, 1.2e12),
            "RMB 800 bn \u{2013} RMB 1.2 tn"
        );
    }

    #[test]
    fn generated_chinese_takes_full_width_marks() {
        assert_eq!(labelled(Locale::Zh, "来源", "36氪"), "来源：36氪");
        assert_eq!(aside(Locale::Zh, "抖音", "有禁令"), "抖音（有禁令）");
        assert_eq!(listed(Locale::Zh, &["抖音", "2025年"]), "抖音，2025年");
        assert_eq!(labelled(Locale::En, "Source", "36Kr"), "Source: 36Kr");
        assert_eq!(aside(Locale::En, "Douyin", "ban"), "Douyin (ban)");
    }

    #[test]
    fn chinese_periods_name_half_years_and_quarters() {
        assert_eq!(months(Locale::Zh, 2020, 1, 6), "2020年上半年");
        assert_eq!(months(Locale::Zh, 2021, 1, 3), "2021年第一季度");
        assert_eq!(months(Locale::Zh, 2023, 7, 9), "2023年第三季度");
        assert_eq!(months(Locale::Zh, 2023, 1, 9), "2023年1至9月");
        assert_eq!(months(Locale::En, 2021, 1, 3), "January\u{2013}March 2021");
    }

    #[test]
    fn dates_spell_the_month() {
        assert_eq!(date(Locale::En, 2020, 10, 9), "9 October 2020");
        assert_eq!(date(Locale::Zh, 2020, 10, 9), "2020年10月9日");
    }

    #[test]
    fn chinese_amounts_use_yi_and_wan_yi() {
        assert_eq!(rmb(Locale::Zh, 250e9), "2500亿元");
        // A computed amount to three significant figures; a reported one as reported.
        assert_eq!(rmb(Locale::Zh, 287.7e9), "2880亿元");
        assert_eq!(reported_rmb(Locale::Zh, 381.2e9), "3812亿元");
        assert_eq!(rmb(Locale::Zh, 7.743e9), "77.4亿元");
        assert_eq!(rmb(Locale::En, 287.7e9), "RMB 288 bn");
        assert_eq!(rmb(Locale::Zh, 1.41e12), "1.41万亿元");
        assert_eq!(rmb(Locale::Zh, 1_184.4e9), "1.18万亿元");
        assert_eq!(reported_rmb(Locale::Zh, 2.5e9), "25亿元");
        assert_eq!(rmb(Locale::Zh, 0.25e9), "2.5亿元");
        assert_eq!(rmb(Locale::Zh, 0.0), "0");
        assert_eq!(rmb(Locale::Zh, -2.5e9), "-25亿元");
        // English: grouped, with the decimals three figures or the report need, and no trailing zero.
        assert_eq!(rmb(Locale::En, 2.5e9), "RMB 2.5 bn");
        assert_eq!(rmb(Locale::En, 250e9), "RMB 250 bn");
        assert_eq!(rmb(Locale::En, 8.571e9), "RMB 8.57 bn");
        assert_eq!(rmb(Locale::En, 45.37e9), "RMB 45.4 bn");
        assert_eq!(rmb(Locale::En, 1_704.4e9), "RMB 1.7 tn");
        assert_eq!(reported_rmb(Locale::En, 59.6e9), "RMB 59.6 bn");
        assert_eq!(reported_rmb(Locale::En, 381.2e9), "RMB 381.2 bn");
        assert_eq!(points(Locale::Zh, 0.031), "+3.1个百分点");
    }

    #[test]
    fn browser_tags_map_to_locales() {
        assert_eq!(Locale::from_tag("zh-CN"), Some(Locale::Zh));
        assert_eq!(Locale::from_tag("en_GB"), Some(Locale::En));
        assert_eq!(Locale::from_tag("fr"), None);
        assert_eq!(Locale::from_tag(""), None);
    }
}
