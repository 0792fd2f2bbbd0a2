//! The map of the battlefield: purchase intent against KOL- vs brand-driven streams.

use leptos::prelude::*;

use super::frame::FigureFrame;
use super::series::player_class;
use super::table::TableData;
use crate::content::format::{decimal, rmb};
use crate::model::Player;
use crate::state::FigureId;
use crate::ui::store::use_store;
use crate::ui::view::use_view;

const SIZE: f64 = 420.0;
const PAD: f64 = 56.0;
/// Radius of a circle holding the largest projected GMV.
const MAX_RADIUS: f64 = 34.0;
/// The year whose projected GMV sizes the circles.
const MAP_YEAR: u16 = 2020;

/// The 2×2 map, each platform focusable with its explanation.
#[component]
pub fn MapFigure() -> impl IntoView {
    let store = use_store();
    let view = use_view();
    let ui = store.texts().ui;
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
    let x = |p: Player| PAD + (SIZE - 2.0 * PAD) * (1.0 - p.kol_driven());
    let y = |p: Player| PAD + (SIZE - 2.0 * PAD) * (1.0 - p.purchase_intent());
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
            let below = matches!(p, Player::Douyin | Player::Xiaohongshu);
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
    let mid = SIZE / 2.0;
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
    let summary = ui.map_caption;
    let table = Signal::derive(move || {
        let texts = store.texts();
        let ui = texts.ui;
        let locale = store.locale();
        TableData {
            caption: ui.map_caption.to_string(),
            head: vec![
                ui.player.to_string(),
                ui.map_intent_high.to_string(),
                ui.map_kol.to_string(),
                format!("{} {MAP_YEAR}", ui.gmv),
            ],
            rows: Player::ALL
                .iter()
                .map(|p| {
                    vec![
                        texts.players[p.index()].to_string(),
                        decimal(locale, p.purchase_intent(), 2),
                        decimal(locale, p.kol_driven(), 2),
                        rmb(locale, gmv(*p)),
                    ]
                })
                .collect(),
        }
    });
    view! {
        <FigureFrame
            id="fig-map"
            embed=Some(FigureId::Map)
            title=ui.map_figure
            summary=summary
            source=ui.model_source
            table=table
        >
            <svg class="map" viewBox=format!("0 0 {SIZE} {SIZE}") role="group" aria-label=ui.map_figure
                on:mouseleave=move |_| active.set(None)>
                <line class="axis-line" x1=PAD x2=SIZE - PAD y1=mid y2=mid />
                <line class="axis-line" x1=mid x2=mid y1=PAD y2=SIZE - PAD />
                <text class="axis-name" x=mid y=PAD - 36.0 text-anchor="middle">{ui.map_intent_high}</text>
                <text class="axis-name" x=mid y=SIZE - PAD + 40.0 text-anchor="middle">{ui.map_intent_low}</text>
                <text class="axis-name" x=PAD y=mid - 8.0>{ui.map_kol}</text>
                <text class="axis-name" x=SIZE - PAD y=mid - 8.0 text-anchor="end">{ui.map_brand}</text>
                {points}
            </svg>
            <p class="map-note" aria-live="polite">{note}</p>
        </FigureFrame>
    }
}
