//! Locale-aware formatting of numbers, amounts and dates: the one place that
//! decides how a figure reads.

/// A language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Locale {
    /// English.
    #[default]
    En,
}

impl Locale {
    /// The BCP 47 tag, for the `lang` attribute.
    pub const fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
        }
    }
}

const BILLION: f64 = 1e9;
const TRILLION: f64 = 1e12;

/// An RMB amount in yuan, short: "RMB 250 bn", "RMB 1.41 tn".
pub fn rmb(locale: Locale, yuan: f64) -> String {
    match locale {
        Locale::En if yuan.abs() >= TRILLION => {
            format!("RMB {} tn", decimal(locale, yuan / TRILLION, 2))
        }
        Locale::En => {
            let digits = if yuan.abs() < 10.0 * BILLION && yuan != 0.0 {
                1
            } else {
                0
            };
            format!("RMB {} bn", decimal(locale, yuan / BILLION, digits))
        }
    }
}

/// A share in [0, 1] as a whole percentage: "34%".
pub fn percent(locale: Locale, share: f64) -> String {
    match locale {
        Locale::En => format!("{}%", decimal(locale, share * 100.0, 0)),
    }
}

/// A share in [0, 1] as a percentage with one decimal: "34.2%".
pub fn percent1(locale: Locale, share: f64) -> String {
    match locale {
        Locale::En => format!("{}%", decimal(locale, share * 100.0, 1)),
    }
}

/// A signed difference of shares in percentage points: "+3.1 pts".
pub fn points(locale: Locale, diff: f64) -> String {
    let sign = if diff > 0.0 { "+" } else { "" };
    match locale {
        Locale::En => format!("{sign}{} pts", decimal(locale, diff * 100.0, 1)),
    }
}

/// A number with thousands separators and `digits` decimals: "1,184.4".
/// Non-finite input reads as an em dash rather than "NaN".
pub fn decimal(locale: Locale, value: f64, digits: usize) -> String {
    if !value.is_finite() {
        return "—".to_string();
    }
    let text = format!("{:.*}", digits, value.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let separator = match locale {
        Locale::En => ',',
    };
    let mut grouped = String::new();
    for (i, digit) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(separator);
        }
        grouped.push(digit);
    }
    let negative = value < 0.0 && text.chars().any(|c| ('1'..='9').contains(&c));
    let sign = if negative { "-" } else { "" };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
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
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_switch_from_billions_to_trillions() {
        assert_eq!(rmb(Locale::En, 250e9), "RMB 250 bn");
        assert_eq!(rmb(Locale::En, 2.5e9), "RMB 2.5 bn");
        assert_eq!(rmb(Locale::En, 0.0), "RMB 0 bn");
        assert_eq!(rmb(Locale::En, 1_184.4e9), "RMB 1.18 tn");
    }

    #[test]
    fn decimals_are_grouped_and_signed() {
        assert_eq!(decimal(Locale::En, 1_184.44, 1), "1,184.4");
        assert_eq!(decimal(Locale::En, -1_234_567.0, 0), "-1,234,567");
        assert_eq!(decimal(Locale::En, -0.01, 0), "0");
        assert_eq!(decimal(Locale::En, f64::NAN, 0), "—");
    }

    #[test]
    fn shares_read_as_percentages() {
        assert_eq!(percent(Locale::En, 0.342), "34%");
        assert_eq!(percent1(Locale::En, 0.342), "34.2%");
        assert_eq!(points(Locale::En, 0.031), "+3.1 pts");
        assert_eq!(points(Locale::En, -0.031), "-3.1 pts");
    }

    #[test]
    fn dates_spell_the_month() {
        assert_eq!(date(Locale::En, 2020, 10, 9), "9 October 2020");
    }
}
