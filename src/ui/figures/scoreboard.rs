//! The article's scoreboard, 2019–2020, as bars that grow into view: the view of
//! [`crate::chart::scoreboard`].

use leptos::prelude::*;

use super::axes::y_grid;
use super::frame::{use_chart_name, FigureFrame};
use crate::chart::scoreboard::{self, bar_class, column, year_label, PLOT};
use crate::content::format::rmb;
use crate::model::ledger::SCOREBOARD;
use crate::state::FigureId;
use crate::ui::store::use_store;

/// Taobao Live's 2019 result and the three 2020 figures (36Kr via the article).
#[component]
pub fn ScoreboardFigure() -> impl IntoView {
    let store = use_store();
    let texts = store.texts();
    let y_scale = scoreboard::y_scale();

    let summary_text = move || scoreboard::summary(store.texts(), store.locale_untracked());
    let chart = move |name: Option<String>| {
        let texts = store.texts();
        let locale = store.locale_untracked();
        let grid = y_grid(&PLOT, Signal::stored(y_scale.max()), rmb, locale);
        let bars = SCOREBOARD
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let c = column(&y_scale, i, f.high);
                view! {
                    <rect class=bar_class(f) x=c.x width=c.width y=c.top height=c.height />
                    <text class="bar-value" x=c.middle y=c.value_y text-anchor="middle">
                        {rmb(locale, f.high)}
                    </text>
                    <text class="tick" x=c.middle y=c.name_y text-anchor="middle">
                        {texts.players[f.player.index()]}
                    </text>
                    <text class="tick" x=c.middle y=c.year_y text-anchor="middle">
                        {year_label(f)}
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
    let table = Signal::derive(move || scoreboard::table(store.texts(), store.locale_untracked()));
    view! {
        <FigureFrame
            id="fig-scoreboard"
            embed=Some(FigureId::Scoreboard)
            title=texts.figures.scoreboard.title
            summary=Signal::derive(summary_text)
            source=scoreboard::source(texts, store.locale_untracked())
            table=table
        >
            {chart(use_chart_name())}
        </FigureFrame>
    }
}
