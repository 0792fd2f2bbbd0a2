//! The article's scoreboard, 2019–2020, as bars that grow into view.

use leptos::prelude::*;

use super::frame::FigureFrame;
use super::scale::{nice_max, y_grid};
use super::series::player_class;
use super::table::TableData;
use crate::content::facts::{Flag, Measure, SCOREBOARD};
use crate::content::format::rmb;
use crate::state::FigureId;
use crate::ui::store::use_store;

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 300.0;
const LEFT: f64 = 76.0;
const BOTTOM: f64 = 58.0;
const TOP: f64 = 16.0;

/// Taobao Live's 2019 result and the three 2020 figures (36Kr via the article).
#[component]
pub fn ScoreboardFigure() -> impl IntoView {
    let store = use_store();
    let ui = store.texts().ui;
    let top = nice_max(SCOREBOARD.iter().map(|f| f.high).fold(0.0, f64::max));
    let y = move |v: f64| TOP + (HEIGHT - TOP - BOTTOM) * (1.0 - v / top);
    let slot = (WIDTH - LEFT) / SCOREBOARD.len() as f64;

    let summary_text = move || {
        let texts = store.texts();
        let tallest = SCOREBOARD
            .iter()
            .max_by(|a, b| a.high.total_cmp(&b.high))
            .expect("the scoreboard is not empty");
        (texts.sentences.scoreboard_summary)(
            texts.players[tallest.player.index()],
            &rmb(store.locale(), tallest.high),
            &tallest.year.to_string(),
        )
    };
    let chart = move || {
        let texts = store.texts();
        let locale = store.locale();
        let grid = y_grid(top, LEFT, WIDTH, y, |v| rmb(locale, v));
        let bars = SCOREBOARD
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let x = LEFT + slot * i as f64 + slot * 0.2;
                let width = slot * 0.6;
                let target = f.measure == Measure::Target;
                let class = format!("bar grow {}{}", player_class(f.player), if target { " target" } else { "" });
                view! {
                    <rect class=class x=x width=width y=y(f.high) height=HEIGHT - BOTTOM - y(f.high) />
                    <text class="bar-value" x=x + width / 2.0 y=y(f.high) - 6.0 text-anchor="middle">
                        {rmb(locale, f.high)}
                    </text>
                    <text class="tick" x=x + width / 2.0 y=HEIGHT - BOTTOM + 18.0 text-anchor="middle">
                        {texts.players[f.player.index()]}
                    </text>
                    <text class="tick" x=x + width / 2.0 y=HEIGHT - BOTTOM + 36.0 text-anchor="middle">
                        {format!("{}{}", f.year, if target { " *" } else { "" })}
                    </text>
                }
            })
            .collect_view();
        view! {
            <svg class="bars" viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=summary_text()>
                {grid}
                {bars}
            </svg>
            <p class="note">"* " {ui.measures[Measure::Target.index()]}</p>
        }
    };
    let table = Signal::derive(move || {
        let texts = store.texts();
        let ui = texts.ui;
        TableData {
            caption: ui.scoreboard_caption.to_string(),
            head: vec![
                ui.player.to_string(),
                ui.year.to_string(),
                ui.gmv.to_string(),
                ui.measure.to_string(),
                ui.flag.to_string(),
                ui.source.to_string(),
            ],
            rows: SCOREBOARD
                .iter()
                .map(|f| {
                    vec![
                        texts.players[f.player.index()].to_string(),
                        f.year.to_string(),
                        rmb(store.locale(), f.high),
                        ui.measures[f.measure.index()].to_string(),
                        f.flag.letter().to_string(),
                        f.source.to_string(),
                    ]
                })
                .collect(),
        }
    });
    view! {
        <FigureFrame
            id="fig-scoreboard"
            embed=Some(FigureId::Scoreboard)
            title=ui.scoreboard_figure
            summary=Signal::derive(summary_text)
            source=format!("{} ({} {})", SCOREBOARD[0].source, ui.flag, Flag::Article.letter())
            table=table
        >
            {chart}
        </FigureFrame>
    }
}
