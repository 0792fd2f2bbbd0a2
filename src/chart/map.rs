//! The map of the battlefield (the map chapter), as arithmetic: each platform placed by its purchase
//! intent against how KOL- or brand-driven its streams are, sized by its projected GMV, with where
//! its label and the axes' names go, the note a platform shows, and the table.

use crate::content::format::{aside, decimal, labelled, rmb, year};
use crate::content::{Locale, Texts};
use crate::model::{Player, Projection};

use super::plot::Plot;
use super::TableData;

/// A square with room around it for the axis names and the circles' labels.
pub const PLOT: Plot = Plot {
    width: 420.0,
    height: 420.0,
    top: 56.0,
    right: 56.0,
    bottom: 56.0,
    left: 56.0,
};
/// Radius of a circle holding the largest projected GMV.
const MAX_RADIUS: f64 = 34.0;
/// The smallest circle, as a share of [`MAX_RADIUS`], so that a small platform still shows.
const MIN_RADIUS_SHARE: f64 = 0.15;
/// The year whose projected GMV sizes the circles.
pub const MAP_YEAR: u16 = 2020;
/// A label's baseline below its circle, when it is set below.
const LABEL_BELOW: f64 = 16.0;
/// A label's baseline above its circle, when it is set above.
const LABEL_ABOVE: f64 = 6.0;
/// How far above the plot's top the high-intent name sits (its baseline).
const INTENT_NAME_RISE: f64 = 36.0;
/// How far below the plot's bottom the low-intent name sits (its baseline).
const INTENT_NAME_DROP: f64 = 40.0;
/// How far below the plot's bottom the stream axis's ends are named (their baselines).
const STREAM_NAME_DROP: f64 = 20.0;

/// `p`'s projected GMV in [`MAP_YEAR`] (0 if the projection has no such year).
pub fn gmv(projection: &Projection, p: Player) -> f64 {
    projection.year(MAP_YEAR).map_or(0.0, |y| y.gmv[p.index()])
}

/// The largest platform's GMV in [`MAP_YEAR`], and at least 1 (the circles' scale).
pub fn largest(projection: &Projection) -> f64 {
    Player::ALL
        .iter()
        .map(|p| gmv(projection, *p))
        .fold(0.0, f64::max)
        .max(1.0)
}

/// Where `p` goes across: KOL-driven at the left, brand-driven at the right.
pub fn x(p: Player) -> f64 {
    PLOT.x(1.0, 0.0).at(p.kol_driven())
}

/// Where `p` goes up: high purchase intent at the top.
pub fn y(p: Player) -> f64 {
    PLOT.y(0.0, 1.0).at(p.purchase_intent())
}

/// The radius of a circle for `gmv` when the largest is `largest`: its area follows the GMV.
pub fn radius(gmv: f64, largest: f64) -> f64 {
    MAX_RADIUS * (gmv / largest).sqrt().max(MIN_RADIUS_SHARE)
}

/// The baseline of `p`'s label beside its circle of radius `r`: below the circle where a neighbour
/// sits just above, else above it.
pub fn label_y(p: Player, r: f64) -> f64 {
    let below = matches!(p, Player::Douyin | Player::Xiaohongshu | Player::Jd);
    if below {
        y(p) + r + LABEL_BELOW
    } else {
        y(p) - r - LABEL_ABOVE
    }
}

/// The middle of the map: where the two axes cross.
pub fn middle() -> (f64, f64) {
    (PLOT.x(0.0, 1.0).at(0.5), PLOT.y(0.0, 1.0).at(0.5))
}

/// Baselines of the intent axis's names: high intent above the map, low intent below it.
pub fn intent_name_ys() -> (f64, f64) {
    (
        PLOT.top - INTENT_NAME_RISE,
        PLOT.bottom_edge() + INTENT_NAME_DROP,
    )
}

/// Baseline of the stream axis's names, under the plot's corners, clear of the platforms' labels.
pub fn stream_name_y() -> f64 {
    PLOT.bottom_edge() + STREAM_NAME_DROP
}

/// What the map says of `p`: its name and its note.
pub fn note(texts: &Texts, locale: Locale, p: Player) -> String {
    labelled(locale, texts.players[p.index()], texts.map_notes[p.index()])
}

/// The table: each platform's purchase intent, KOL share and GMV in [`MAP_YEAR`].
pub fn table(texts: &Texts, locale: Locale, projection: &Projection) -> TableData {
    let axes = texts.figures.map_axes;
    let gmv_head = aside(locale, texts.columns.gmv, &year(locale, MAP_YEAR));
    let head = [
        texts.columns.player,
        axes.intent_column,
        axes.kol_column,
        gmv_head.as_str(),
        axes.why_column,
    ];
    TableData::new(texts.figures.map.caption, &head).rows(Player::ALL.iter().map(|&p| {
        vec![
            texts.players[p.index()].to_string(),
            decimal(locale, p.purchase_intent(), 2),
            decimal(locale, p.kol_driven(), 2),
            rmb(locale, gmv(projection, p)),
            texts.map_notes[p.index()].to_string(),
        ]
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::texts;
    use crate::model::{project, Scenario};

    #[test]
    fn circles_are_sized_by_gmv_and_placed_by_the_two_axes() {
        let p = project(&Scenario::default());
        let largest = largest(&p);
        let biggest = Player::ALL
            .iter()
            .copied()
            .max_by(|a, b| gmv(&p, *a).total_cmp(&gmv(&p, *b)))
            .unwrap();
        assert_eq!(radius(gmv(&p, biggest), largest), MAX_RADIUS);
        // Area, not radius, follows the GMV; and the smallest still shows.
        assert!((radius(largest / 4.0, largest) - MAX_RADIUS / 2.0).abs() < 1e-9);
        assert_eq!(radius(0.0, largest), MAX_RADIUS * MIN_RADIUS_SHARE);
        for p in Player::ALL {
            let (x, y) = (x(p), y(p));
            assert!(PLOT.left <= x && x <= PLOT.right_edge(), "{p:?}");
            assert!(PLOT.top <= y && y <= PLOT.bottom_edge(), "{p:?}");
            let r = MAX_RADIUS;
            let label = label_y(p, r);
            assert!(
                label > y + r || label < y - r,
                "{p:?}: the label clears its circle"
            );
        }
        // The most KOL-driven is furthest left; the keenest buyers are highest.
        let by = |f: fn(Player) -> f64| {
            let mut players = Player::ALL;
            players.sort_by(|a, b| f(*a).total_cmp(&f(*b)));
            (players[0], players[players.len() - 1])
        };
        let (brand, kol) = by(Player::kol_driven);
        assert!(x(kol) < x(brand));
        let (cool, keen) = by(Player::purchase_intent);
        assert!(y(keen) < y(cool));
        let (mid_x, mid_y) = middle();
        let (high, low) = intent_name_ys();
        assert!(high < PLOT.top && low > PLOT.bottom_edge() && low > stream_name_y());
        assert!((mid_x - (PLOT.left + PLOT.right_edge()) / 2.0).abs() < 1e-9);
        assert!((mid_y - (PLOT.top + PLOT.bottom_edge()) / 2.0).abs() < 1e-9);
    }

    #[test]
    fn the_table_and_notes_name_every_platform() {
        let p = project(&Scenario::default());
        for locale in Locale::ALL {
            let texts = texts(locale);
            let table = table(texts, locale, &p);
            assert_eq!(table.rows.len(), Player::ALL.len());
            assert!(table.head[3].contains("2020"));
            for (row, player) in table.rows.iter().zip(Player::ALL) {
                assert_eq!(row[0], texts.players[player.index()]);
                assert_eq!(row[3], rmb(locale, gmv(&p, player)));
                let note = note(texts, locale, player);
                assert!(note.starts_with(texts.players[player.index()]));
                assert!(note.ends_with(texts.map_notes[player.index()]));
            }
        }
    }
}
