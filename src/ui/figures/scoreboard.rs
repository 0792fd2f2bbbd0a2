//! The article's scoreboard, 2019–2020, as bars that grow into view.

use leptos::prelude::*;

use super::axes::y_grid;
use super::frame::{use_chart_name, FigureFrame};
use crate::chart::player_class;
use crate::chart::{nice_max, Plot, TableData};
use crate::content::format::rmb;
use crate::content::sentences::PlatformYear;
use crate::model::ledger::{Flag, Kind, SCOREBOARD};
use crate::state::FigureId;
use crate::ui::store::use_store;

/// The chart's frame; the bottom margin holds two lines of labels under each bar.
const PLOT: Plot = Plot {
    width: 640.0,
    height: 300.0,
    top: 16.0,
    right: 0.0,
    bottom: 58.0,
    left: 76.0,
};

/// Taobao Live's 2019 result and the three 2020 figures (36Kr via the article).
#[component]
pub fn ScoreboardFigure() -> impl IntoView {
    let store = use_store();
    let texts = store.texts();
    let top = nice_max(SCOREBOARD.iter().map(|f| f.high).fold(0.0, f64::max));
    let y_scale = PLOT.y(0.0, top);
    let y = move |v: f64| y_scale.at(v);
    let slot = PLOT.inner_width() / SCOREBOARD.len() as f64;
    let base = PLOT.bottom_edge();

    let summary_text = move || {
        let texts = store.texts();
        let tallest = SCOREBOARD
            .iter()
            .max_by(|a, b| a.high.total_cmp(&b.high))
            .expect("the scoreboard is not empty");
        (texts.sentences.scoreboard_summary)(&PlatformYear {
            platform: texts.players[tallest.player.index()],
            value: &rmb(store.locale_untracked(), tallest.high),
            year: &tallest.year.to_string(),
        })
    };
    let chart = move |name: Option<String>| {
        let texts = store.texts();
        let locale = store.locale_untracked();
        let grid = y_grid(&PLOT, Signal::stored(y_scale.max()), rmb, locale);
        let bars = SCOREBOARD
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let x = PLOT.left + slot * i as f64 + slot * 0.2;
                let width = slot * 0.6;
                let target = f.kind == Kind::Target;
                let class = format!("bar grow {}{}", player_class(f.player), if target { " target" } else { "" });
                view! {
                    <rect class=class x=x width=width y=y(f.high) height=base - y(f.high) />
                    <text class="bar-value" x=x + width / 2.0 y=y(f.high) - 6.0 text-anchor="middle">
                        {rmb(locale, f.high)}
                    </text>
                    <text class="tick" x=x + width / 2.0 y=base + 18.0 text-anchor="middle">
                        {texts.players[f.player.index()]}
                    </text>
                    <text class="tick" x=x + width / 2.0 y=base + 36.0 text-anchor="middle">
                        {format!("{}{}", f.year, if target { " *" } else { "" })}
                    </text>
                }
            })
            .collect_view();
        view! {
            <svg class="bars" viewBox=PLOT.view_box() role="img" aria-labelledby=name>
                {grid}
                {bars}
            </svg>
            <p class="note">"* " {texts.sources.target}</p>
        }
    };
    let table = Signal::derive(move || {
        let texts = store.texts();
        let locale = store.locale_untracked();
        let head = [
            texts.columns.player,
            texts.columns.year,
            texts.columns.gmv,
            texts.columns.measure,
            texts.columns.flag,
            texts.frame.source,
        ];
        TableData::new(texts.figures.scoreboard.caption, &head).rows(SCOREBOARD.iter().map(|f| {
            vec![
                texts.players[f.player.index()].to_string(),
                f.year.to_string(),
                rmb(locale, f.high),
                if f.kind == Kind::Target {
                    texts.sources.target
                } else {
                    texts.sources.measures[f.measure.index()]
                }
                .to_string(),
                f.flag.letter().to_string(),
                f.source.get(locale).to_string(),
            ]
        }))
    });
    view! {
        <FigureFrame
            id="fig-scoreboard"
            embed=Some(FigureId::Scoreboard)
            title=texts.figures.scoreboard.title
            summary=Signal::derive(summary_text)
            source=format!("{} ({} {})", SCOREBOARD[0].source.get(store.locale_untracked()), texts.columns.flag, Flag::Article.letter())
            table=table
        >
            {chart(use_chart_name())}
        </FigureFrame>
    }
}
