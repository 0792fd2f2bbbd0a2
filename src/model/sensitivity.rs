//! The tornado: which input moves one platform's share in one year the most. Each lever and each uncertain
//! constant is swung across its range on its own, everything else held at the scenario's levers and the
//! constants of its fit (one-at-a-time sensitivity).
//!
//! ```
//! use livestream_arena::model::{tornado, Player, Scenario};
//!
//! let bars = tornado(&Scenario::default(), Player::Douyin, 2025);
//! assert!(bars.windows(2).all(|w| w[0].width() >= w[1].width()));
//! ```

use super::lever::{Lever, LeverKind};
use super::params::Params;
use super::player::Player;
use super::ranges::PARAM_SPECS;
use super::scenario::Scenario;
use super::year::year_result;

/// What a tornado bar swings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SwingInput {
    /// A reader's lever: a switch from off to on, a range from its minimum to its maximum.
    Lever(Lever),
    /// An uncertain constant, by its [`crate::model::ParamSpec::key`], from `low` to `high`.
    Param(&'static str),
}

impl SwingInput {
    /// Stable short id: the lever's URL key or the spec's key.
    pub fn key(self) -> &'static str {
        match self {
            SwingInput::Lever(lever) => lever.key(),
            SwingInput::Param(key) => key,
        }
    }
}

/// One tornado bar: the chosen platform's share in the chosen year with the input at the low end of its
/// range and at the high end.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Swing {
    /// What was swung.
    pub input: SwingInput,
    /// The share with the input at its low end (a switch off, a range at its minimum, a spec at `low`).
    pub low_share: f64,
    /// The share with the input at its high end.
    pub high_share: f64,
}

impl Swing {
    /// How far the share moves across the input's range, whichever way: the bar's length.
    pub fn width(&self) -> f64 {
        (self.high_share - self.low_share).abs()
    }
}

/// `player`'s share in `year` for scenario `s` at the calibrated parameters: the
/// share every bar of [`tornado`] swings around.
pub fn base_share(s: &Scenario, player: Player, year: u16) -> f64 {
    let s = s.clamped();
    year_result(&s, &Params::fitted(s.view), year).share[player.index()]
}

/// Every lever except the horizon, then every [`PARAM_SPECS`] entry, swung from low to high for `player`'s
/// share in `year` (clamped into the projectable years, whatever the scenario's horizon); sorted widest
/// first, ties in that input order.
pub fn tornado(s: &Scenario, player: Player, year: u16) -> Vec<Swing> {
    let s = s.clamped();
    let center = Params::fitted(s.view);
    let share = |s: &Scenario, p: &Params| year_result(s, p, year).share[player.index()];
    let params = PARAM_SPECS.iter().map(|spec| {
        let at = |v: f64| {
            let mut p = center;
            (spec.set)(&mut p, v);
            share(&s, &p)
        };
        let (low, _, high) = spec.bounds(&center);
        Swing {
            input: SwingInput::Param(spec.key),
            low_share: at(low),
            high_share: at(high),
        }
    });
    widest_first(
        lever_swings(&s, &center, player, year)
            .chain(params)
            .collect(),
    )
}

/// The levers' bars of [`tornado`] alone, in its order: the reader's choices, without the
/// constants' projections.
pub fn lever_tornado(s: &Scenario, player: Player, year: u16) -> Vec<Swing> {
    let s = s.clamped();
    let center = Params::fitted(s.view);
    widest_first(lever_swings(&s, &center, player, year).collect())
}

/// Every lever except the horizon swung across its range, the constants at `center`.
fn lever_swings<'a>(
    s: &'a Scenario,
    center: &'a Params,
    player: Player,
    year: u16,
) -> impl Iterator<Item = Swing> + 'a {
    Lever::ALL
        .into_iter()
        .filter(|&lever| lever != Lever::EndYear)
        .map(move |lever| {
            let (low, high) = match lever.kind() {
                LeverKind::Switch => (0.0, 1.0),
                LeverKind::Range { min, max, .. } => (min, max),
            };
            let at = |v: f64| {
                let mut swung = *s;
                lever.set(&mut swung, v);
                year_result(&swung, center, year).share[player.index()]
            };
            Swing {
                input: SwingInput::Lever(lever),
                low_share: at(low),
                high_share: at(high),
            }
        })
}

/// Sorted widest first. Equal widths keep the input order, so the chart does not flicker.
fn widest_first(mut bars: Vec<Swing>) -> Vec<Swing> {
    largest_first(&mut bars, Swing::width);
    bars
}

/// Sorts `items` by `key`, largest first, equal keys in the order they came: an insertion
/// sort, for the dozen bars or parameters sorted here (core's stable sort would add its
/// own few KB of wasm for each type it sorts).
pub fn largest_first<T>(items: &mut [T], key: impl Fn(&T) -> f64) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) < key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::largest_first;

    #[test]
    fn largest_first_keeps_equal_keys_in_their_order() {
        let mut items = [
            (0, 1.0),
            (1, 3.0),
            (2, 1.0),
            (3, 3.0),
            (4, 2.0),
            (5, -0.0),
            (6, 0.0),
        ];
        largest_first(&mut items, |item| item.1);
        assert_eq!(items.map(|item| item.0), [1, 3, 4, 0, 2, 5, 6]);
    }
}
