//! The map of the battlefield: purchase intent against KOL- vs brand-driven streams.

use leptos::prelude::*;

use super::frame::{use_chart_name, FigureFrame};
use crate::chart::player_class;
use crate::chart::{Plot, TableData};
use crate::content::format::{decimal, rmb};
use crate::model::Player;
use crate::state::FigureId;
use crate::ui::figure_view::use_figure_view;
use crate::ui::store::use_store;

/// A square with room around it for the axis names and the circles' labels.
const PLOT: Plot = Plot {
    width: 420.0,
    height: 420.0,
    top: 56.0,
    right: 56.0,
    bottom: 56.0,
    left: 56.0,
};
/// Radius of a circle holding the largest projected GMV.
const MAX_RADIUS: f64 = 34.0;
/// The year whose projected GMV sizes the circles.
const MAP_YEAR: u16 = 2020;

/// The 2×2 map, each platform focusable with its explanation.
#[component]
pub fn MapFigure() -> impl IntoView {
    let store = use_store();
    let view = use_figure_view();
    let texts = store.texts();
    let axes = texts.figures.map_axes;
    let active = RwSignal::new(None::<Player>);
    let gmv = move |p: Player| {
        view.projection
            .with(|pr| pr.year(MAP_YEAR).map_or(0.0, |y| y.gmv[p.index()]))
    };
    let largest = move || {
        Player::ALL
            .iter()
            .map(|p| gmv(*p))
            .fold(0.0, f64::max)
            .max(1.0)
    };
    // KOL-driven at the left, brand-driven at the right; high intent at the top.
    let x = |p: Player| PLOT.x(1.0, 0.0).at(p.kol_driven());
    let y = |p: Player| PLOT.y(0.0, 1.0).at(p.purchase_intent());
    let points = Player::ALL
        .iter()
        .map(|&p| {
            let r = move || MAX_RADIUS * (gmv(p) / largest()).sqrt().max(0.15);
            let label = move || {
                let texts = store.texts();
                format!(
                    "{}: {}",
                    texts.players[p.index()],
                    texts.map_notes[p.index()]
                )
            };
            // Labels go below the circle where a neighbour sits just above.
            let below = matches!(p, Player::Douyin | Player::Xiaohongshu | Player::Jd);
            let label_y = move || {
                if below {
                    y(p) + r() + 16.0
                } else {
                    y(p) - r() - 6.0
                }
            };
            view! {
                <g class="point" tabindex="0" role="img" aria-label=label
                    on:mouseenter=move |_| active.set(Some(p))
                    on:focus=move |_| active.set(Some(p))
                >
                    <circle class=format!("dot {}", player_class(p)) cx=x(p) cy=y(p) r=r />
                    <text class="point-label" x=x(p) y=label_y text-anchor="middle">
                        {store.texts().players[p.index()]}
                    </text>
                </g>
            }
        })
        .collect_view();
    let (mid_x, mid_y) = (PLOT.x(0.0, 1.0).at(0.5), PLOT.y(0.0, 1.0).at(0.5));
    let (left, right, top, bottom) = (PLOT.left, PLOT.right_edge(), PLOT.top, PLOT.bottom_edge());
    let note = move || {
        let texts = store.texts();
        active.get().map(|p| {
            format!(
                "{}: {}",
                texts.players[p.index()],
                texts.map_notes[p.index()]
            )
        })
    };
    let summary = texts.figures.map.caption;
    let table = Signal::derive(move || {
        let texts = store.texts();
        let locale = store.locale_untracked();
        let gmv_head = format!("{} {MAP_YEAR}", texts.columns.gmv);
        let head = [
            texts.columns.player,
            axes.intent_high,
            axes.kol,
            gmv_head.as_str(),
        ];
        TableData::new(texts.figures.map.caption, &head).rows(Player::ALL.iter().map(|&p| {
            vec![
                texts.players[p.index()].to_string(),
                decimal(locale, p.purchase_intent(), 2),
                decimal(locale, p.kol_driven(), 2),
                rmb(locale, gmv(p)),
            ]
        }))
    });
    view! {
        <FigureFrame
            id="fig-map"
            embed=Some(FigureId::Map)
            title=texts.figures.map.title
            summary=summary
            source=texts.frame.model_source
            table=table
        >
            <svg class="map" viewBox=PLOT.view_box() role="group" aria-labelledby=use_chart_name()
                on:mouseleave=move |_| active.set(None)>
                <line class="axis-line" x1=left x2=right y1=mid_y y2=mid_y />
                <line class="axis-line" x1=mid_x x2=mid_x y1=top y2=bottom />
                <text class="axis-name" x=mid_x y=top - 36.0 text-anchor="middle">{axes.intent_high}</text>
                <text class="axis-name" x=mid_x y=bottom + 40.0 text-anchor="middle">{axes.intent_low}</text>
                // The ends of the stream axis sit under the plot's corners, clear of the
                // platforms' labels.
                <text class="axis-name" x=left y=bottom + 20.0>{axes.kol}</text>
                <text class="axis-name" x=right y=bottom + 20.0 text-anchor="end">{axes.brand}</text>
                {points}
            </svg>
            <p class="map-note" aria-live="polite">{note}</p>
        </FigureFrame>
    }
}
