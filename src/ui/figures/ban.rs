//! The link-ban figure: Taobao's and Douyin's projected GMV under the current
//! ban setting (solid) and the other one (dashed).

use leptos::prelude::*;

use super::frame::FigureFrame;
use super::lines::{LineData, LinesChart, Series};
use super::series::{player_class, table_data};
use crate::content::format::rmb;
use crate::content::sentences::BanSentence;
use crate::model::{project, Player, Projection};
use crate::state::FigureId;
use crate::ui::controls::Levers;
use crate::ui::figure_view::use_figure_view;
use crate::ui::store::use_store;

/// Taobao's and Douyin's GMV with and without the ban, and the Douyin-made sales
/// still booked on Taobao through links.
#[component]
pub fn BanFigure(
    /// The levers that move it, drawn under the chart.
    #[prop(optional)]
    levers: Option<Levers>,
) -> impl IntoView {
    let store = use_store();
    let view = use_figure_view();
    let texts = store.texts();
    let lines = texts.figures.ban_lines;
    // The same scenario with the ban flipped: the counterfactual drawn dashed.
    let flipped = Memo::new(move |_| {
        let mut s = view.scenario.get();
        s.link_ban = !s.link_ban;
        project(&s)
    });
    // A memo: the chart reads it dozens of times per change.
    let data = Memo::new(move |_| {
        let texts = store.texts();
        let ban_on = view.scenario.with(|s| s.link_ban);
        let (now, other) = if ban_on {
            (lines.on, lines.off)
        } else {
            (lines.off, lines.on)
        };
        let line = |p: &Projection, player: Player, when: &str, dashed: bool| Series {
            class: player_class(player),
            label: format!("{}, {when}", texts.players[player.index()]),
            values: p.years.iter().map(|y| y.gmv[player.index()]).collect(),
            dashed,
            direct_label: true,
            band: None,
        };
        let current = view.projection.get();
        let counter = flipped.get();
        LineData {
            years: current.years.iter().map(|y| y.year).collect(),
            series: vec![
                line(&current, Player::TaobaoLive, now, false),
                line(&current, Player::Douyin, now, false),
                line(&counter, Player::TaobaoLive, other, true),
                line(&counter, Player::Douyin, other, true),
                Series {
                    class: "c-links",
                    label: lines.links.to_string(),
                    values: current
                        .years
                        .iter()
                        .map(|y| y.douyin_links_to_taobao)
                        .collect(),
                    dashed: false,
                    direct_label: true,
                    band: None,
                },
            ],
            marks: Vec::new(),
        }
    });
    let summary = Signal::derive(move || {
        let locale = store.locale_untracked();
        view.projection.with(|p| {
            let y = p.year(2021).unwrap_or_else(|| p.last());
            (store.texts().sentences.ban_summary)(&BanSentence {
                taobao: &rmb(locale, y.gmv[Player::TaobaoLive.index()]),
                douyin: &rmb(locale, y.gmv[Player::Douyin.index()]),
                links: &rmb(locale, y.douyin_links_to_taobao),
                year: &y.year.to_string(),
            })
        })
    });
    let table = Signal::derive(move || {
        data.with(|d| {
            table_data(
                d,
                texts.figures.ban.caption,
                texts.columns.player,
                store.locale_untracked(),
                rmb,
            )
        })
    });
    view! {
        <FigureFrame levers=levers
            id="fig-ban"
            embed=Some(FigureId::Ban)
            title=texts.figures.ban.title
            summary=summary
            source=texts.frame.model_source
            table=table
        >
            <LinesChart data=data count=5 format=rmb />
        </FigureFrame>
    }
}
