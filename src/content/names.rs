//! Readable names for the model's keys: its uncertain constants and the inputs of a
//! sensitivity sweep.

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
    let member = Player::from_key(member)
        .map(|p| texts.players[p.index()])
        .or_else(|| {
            Partner::ALL
                .iter()
                .find(|p| p.key() == member)
                .map(|p| texts.partners[p.index()])
        });
    match member {
        Some(m) => format!("{name}: {m}"),
        None => name.to_string(),
    }
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
