//! The link-ban figure: Douyin's projected GMV under the current ban setting (solid)
//! and the other one (dashed), Taobao Live's own streams, and where the sales that
//! Douyin's streams sent out through links go: to Alibaba's marketplace while links
//! are allowed; once they are banned, back to marketplaces through search, or nowhere.

use leptos::prelude::*;

use super::frame::FigureFrame;
use super::lines::LinesChart;
use crate::chart::lines::{table_data, LineData, Series};
use crate::chart::player_class;
use crate::content::format::rmb;
use crate::content::sentences::BanSentence;
use crate::model::{project, Player, Projection, YearResult};

const DOUYIN: usize = Player::Douyin.index();
const TAOBAO: usize = Player::TaobaoLive.index();
use crate::state::FigureId;
use crate::ui::controls::Levers;
use crate::ui::figure_view::use_figure_view;
use crate::ui::store::use_store;

/// Douyin's GMV with and without the ban, Taobao Live's, and where the Douyin-made
/// sales that went out through links end up.
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
        let series = |class, label: String, values: Vec<f64>, dashed| Series {
            class,
            label,
            values,
            dashed,
            direct_label: true,
            band: None,
        };
        let current = view.projection.get();
        let of = |f: fn(&YearResult) -> f64| current.years.iter().map(f).collect::<Vec<_>>();
        let douyin = |p: &Projection, when: &str, dashed| {
            let values = p.years.iter().map(|y| y.gmv[DOUYIN]).collect();
            series(
                player_class(Player::Douyin),
                format!("{}, {when}", texts.players[DOUYIN]),
                values,
                dashed,
            )
        };
        LineData {
            years: current.years.iter().map(|y| y.year).collect(),
            series: vec![
                douyin(&current, now, false),
                douyin(&flipped.get(), other, true),
                series(
                    player_class(Player::TaobaoLive),
                    texts.players[TAOBAO].to_string(),
                    of(|y| y.gmv[TAOBAO]),
                    false,
                ),
                series(
                    "c-links",
                    lines.links.to_string(),
                    of(|y| y.douyin_links_to_taobao),
                    false,
                ),
                series(
                    "c-search",
                    lines.search.to_string(),
                    of(|y| y.leak_via_search),
                    false,
                ),
                series(
                    "c-lost",
                    lines.lost.to_string(),
                    of(|y| y.leak_not_made),
                    false,
                ),
            ],
            marks: Vec::new(),
        }
    });
    let summary = Signal::derive(move || {
        let locale = store.locale_untracked();
        view.projection.with(|p| {
            let y = p.year(2021).unwrap_or_else(|| p.last());
            // An amount that reads as zero is not named ("RMB 0 bn").
            let zero = rmb(locale, 0.0);
            let amount = |yuan| Some(rmb(locale, yuan)).filter(|text| *text != zero);
            let links = amount(y.douyin_links_to_taobao);
            let (search, lost) = (amount(y.leak_via_search), amount(y.leak_not_made));
            let cut_off = (search.is_some() || lost.is_some()).then(|| {
                (
                    search.as_deref().unwrap_or(&zero),
                    lost.as_deref().unwrap_or(&zero),
                )
            });
            (store.texts().sentences.ban_summary)(&BanSentence {
                douyin: &rmb(locale, y.gmv[DOUYIN]),
                links: links.as_deref(),
                cut_off,
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
            <LinesChart data=data count=6 format=rmb />
        </FigureFrame>
    }
}
