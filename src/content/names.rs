//! Readable names for the model's keys: its uncertain constants and the inputs of a
//! sensitivity sweep.

use super::format::{decimal, labelled, people, percent1, rmb};
use super::{texts, Locale};
use crate::model::{Partner, Player, SwingInput};

/// A readable name for an uncertain constant's key (`attraction.douyin` → "Pull on
/// attention: Douyin").
pub fn param_name(key: &str, locale: Locale) -> String {
    let texts = texts(locale);
    let (group, member) = key.split_once('.').unwrap_or((key, ""));
    let name = texts
        .methods
        .param_names
        .iter()
        .find(|(k, _)| *k == group)
        .map_or(group, |(_, n)| *n);
    // Taobao Live's audience is the users of Alibaba's retail apps, where it streams.
    let alibaba = group.starts_with("audience") && member == Player::TaobaoLive.key();
    let member = Player::from_key(member)
        .map(|p| {
            if alibaba {
                texts.methods.alibaba_apps
            } else {
                texts.players[p.index()]
            }
        })
        .or_else(|| {
            Partner::ALL
                .iter()
                .find(|p| p.key() == member)
                .map(|p| texts.partners[p.index()])
        });
    match member {
        Some(m) => labelled(locale, name, m),
        None => name.to_string(),
    }
}

/// What a constant counts, for the methods table's unit column and for writing its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A number of people, in millions in the model.
    People,
    /// An audience as an index, 2020 = 100.
    Index,
    /// A calendar year with its fraction.
    Year,
    /// A share or a proportional lift, written as a percentage.
    Share,
    /// A score from 0 to 1.
    Score,
    /// A weight that counts only against the others of its kind.
    Weight,
    /// A rate a year.
    PerYear,
    /// An exponent.
    Exponent,
    /// A multiple.
    Factor,
    /// Yuan a year for each shopper.
    YuanPerShopper,
    /// Yuan a year.
    Amount,
}

impl Unit {
    /// Every unit, in the order of `MethodsText::units`.
    pub const ALL: [Unit; 11] = [
        Unit::People,
        Unit::Index,
        Unit::Year,
        Unit::Share,
        Unit::Score,
        Unit::Weight,
        Unit::PerYear,
        Unit::Exponent,
        Unit::Factor,
        Unit::YuanPerShopper,
        Unit::Amount,
    ];

    /// What the constant of `key` counts.
    pub fn of(key: &str) -> Unit {
        let (group, member) = key.split_once('.').unwrap_or((key, ""));
        match group {
            "audience_2019" | "audience_2020"
                if matches!(member, "taobao" | "douyin" | "kuaishou") =>
            {
                Unit::People
            }
            "audience_2019" | "audience_2020" => Unit::Index,
            "adoption_midpoint" => Unit::Year,
            "purchase_intent"
            | "kol_driven"
            | "partner_intent"
            | "partner_kol_driven"
            | "trust_conversion_weight"
            | "trust_erosion" => Unit::Score,
            "attraction" | "partner_attraction" => Unit::Weight,
            "adoption_rate" => Unit::PerYear,
            "content_lag" => Unit::Exponent,
            "q4_sales_weight" => Unit::Factor,
            "spend_per_shopper" => Unit::YuanPerShopper,
            "mogujie_niche_gmv" => Unit::Amount,
            _ => Unit::Share,
        }
    }

    /// `value` as the page writes a constant of this unit: "800 m" ("8亿"), "2020.3" (a year, no
    /// separator), "14.4%", "0.90", "RMB 50,500" ("5.05万元"), "RMB 30 bn"; three significant figures
    /// at most.
    pub fn write(self, locale: Locale, value: f64) -> String {
        match self {
            Unit::People => people(locale, value.round() * 1e6),
            Unit::Index => decimal(locale, value, 0),
            Unit::Year => format!("{value:.1}"),
            Unit::Share => percent1(locale, value),
            Unit::Score | Unit::PerYear | Unit::Exponent => decimal(locale, value, 2),
            Unit::Weight => decimal(
                locale,
                value,
                (2 - value.abs().log10().floor() as i32).clamp(0, 3) as usize,
            ),
            Unit::Factor => match locale {
                Locale::En => format!("\u{d7}{}", decimal(locale, value, 1)),
                Locale::Zh => format!("{}倍", decimal(locale, value, 1)),
            },
            Unit::YuanPerShopper => match locale {
                Locale::En => format!(
                    "RMB {}",
                    decimal(locale, (value / 100.0).round() * 100.0, 0)
                ),
                Locale::Zh => format!("{}万元", decimal(locale, value / 1e4, 2)),
            },
            Unit::Amount => rmb(locale, value),
        }
    }
}

/// A constant's value as the page writes it, by its [`Unit`].
pub fn param_value(key: &str, value: f64, locale: Locale) -> String {
    Unit::of(key).write(locale, value)
}

/// A readable name for what a sensitivity bar swings: a lever or a constant.
pub fn swing_input_name(input: SwingInput, locale: Locale) -> String {
    match input {
        SwingInput::Lever(lever) => texts(locale).levers[lever.index()].label.to_string(),
        SwingInput::Param(key) => param_name(key, locale),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Lever, PARAM_SPECS};

    #[test]
    fn every_constant_is_written_in_its_unit_with_three_figures_at_most() {
        for (key, value, locale, text) in [
            ("adoption_midpoint", 2020.301, Locale::En, "2020.3"),
            ("spend_per_shopper", 50_516.741, Locale::En, "RMB 50,500"),
            ("spend_per_shopper", 50_516.741, Locale::Zh, "5.05万元"),
            ("audience_2019.taobao", 800.0, Locale::En, "800 m"),
            ("audience_2019.taobao", 800.0, Locale::Zh, "8亿"),
            ("audience_2019.jd", 87.0, Locale::En, "87"),
            ("spend_growth", 0.144, Locale::En, "14.4%"),
            ("attraction.douyin", 17.78, Locale::En, "17.8"),
            ("attraction.jd", 0.0649, Locale::En, "0.065"),
        ] {
            assert_eq!(param_value(key, value, locale), text, "{key}");
        }
        for locale in Locale::ALL {
            assert_eq!(texts(locale).methods.units.len(), Unit::ALL.len());
            // A year keeps its four digits and a tenth.
            for spec in PARAM_SPECS.iter().filter(|s| Unit::of(s.key) != Unit::Year) {
                let text = param_value(spec.key, spec.mode, locale);
                let digits = text
                    .chars()
                    .filter(char::is_ascii_digit)
                    .collect::<String>();
                let significant = digits.trim_start_matches('0').trim_end_matches('0');
                assert!(significant.len() <= 3, "{}: {text}", spec.key);
                assert!(!text.contains(",0") && !text.starts_with("2,0"), "{text}");
            }
        }
    }

    #[test]
    fn every_constant_and_lever_has_a_readable_name_in_every_language() {
        for locale in Locale::ALL {
            for spec in PARAM_SPECS {
                let name = param_name(spec.key, locale);
                let group = spec.key.split('.').next().unwrap_or(spec.key);
                assert!(
                    !name.starts_with(group),
                    "{locale:?}: {} has no name",
                    spec.key
                );
            }
            for lever in Lever::ALL {
                assert!(!swing_input_name(SwingInput::Lever(lever), locale).is_empty());
            }
        }
        assert_eq!(
            param_name("attraction.douyin", Locale::En),
            format!(
                "{}: Douyin",
                texts(Locale::En)
                    .methods
                    .param_names
                    .iter()
                    .find(|(k, _)| *k == "attraction")
                    .unwrap()
                    .1
            )
        );
    }
}
