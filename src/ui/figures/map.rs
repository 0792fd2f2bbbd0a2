//! The map of the battlefield: the view of [`crate::chart::map`] (purchase intent against KOL- vs
//! brand-driven streams).

use leptos::prelude::*;

use super::frame::{use_chart_name, FigureFrame};
use crate::chart::map::{self, x, y, PLOT};
use crate::chart::player_class;
use crate::model::Player;
use crate::state::FigureId;
use crate::ui::figure_view::use_figure_view;
use crate::ui::store::use_store;

/// The 2×2 map, each platform focusable with its explanation.
#[component]
pub fn MapFigure() -> impl IntoView {
    let store = use_store();
    let view = use_figure_view();
    let texts = store.texts();
    let axes = texts.figures.map_axes;
    let active = RwSignal::new(None::<Player>);
    let points = Player::ALL
        .iter()
        .map(|&p| {
            let r = move || {
                view.projection
                    .with(|pr| map::radius(map::gmv(pr, p), map::largest(pr)))
            };
            let label = move || map::note(store.texts(), store.locale_untracked(), p);
            let label_y = move || map::label_y(p, r());
            view! {
                <g
                    class="point"
                    tabindex="0"
                    role="img"
                    aria-label=label
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
    let (mid_x, mid_y) = map::middle();
    let (left, right, top, bottom) = (PLOT.left, PLOT.right_edge(), PLOT.top, PLOT.bottom_edge());
    let (high_y, low_y) = map::intent_name_ys();
    let stream_y = map::stream_name_y();
    let note = move || {
        active
            .get()
            .map(|p| map::note(store.texts(), store.locale_untracked(), p))
    };
    let summary = texts.figures.map.caption;
    let table = Signal::derive(move || {
        view.projection
            .with(|pr| map::table(store.texts(), store.locale_untracked(), pr))
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
            <svg
                class="map"
                viewBox=PLOT.view_box()
                role="group"
                aria-labelledby=use_chart_name()
                on:mouseleave=move |_| active.set(None)
            >
                <line class="axis-line" x1=left x2=right y1=mid_y y2=mid_y />
                <line class="axis-line" x1=mid_x x2=mid_x y1=top y2=bottom />
                <text class="axis-name" x=mid_x y=high_y text-anchor="middle">
                    {axes.intent_high}
                </text>
                <text class="axis-name" x=mid_x y=low_y text-anchor="middle">
                    {axes.intent_low}
                </text>
                // The ends of the stream axis sit under the plot's corners, clear of the
                // platforms' labels.
                <text class="axis-name" x=left y=stream_y>
                    {axes.kol}
                </text>
                <text class="axis-name" x=right y=stream_y text-anchor="end">
                    {axes.brand}
                </text>
                {points}
            </svg>
            <p class="map-note" aria-live="polite">
                {note}
            </p>
        </FigureFrame>
    }
}
