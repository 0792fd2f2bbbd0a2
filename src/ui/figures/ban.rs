//! The link-ban figure: the view of [`crate::chart::ban`] (Douyin's GMV with and without the ban,
//! Taobao Live's, and where the sales Douyin's streams sent out through links go).

use leptos::prelude::*;

use super::frame::FigureFrame;
use super::lines::LinesChart;
use crate::chart::ban;
use crate::content::format::rmb;
use crate::model::project;
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
    // The same scenario with the ban flipped: the counterfactual drawn dashed.
    let flipped = Memo::new(move |_| {
        let mut s = view.scenario.get();
        s.link_ban = !s.link_ban;
        project(&s)
    });
    // A memo: the chart reads it dozens of times per change.
    let data = Memo::new(move |_| {
        let ban_on = view.scenario.with(|s| s.link_ban);
        ban::line_data(
            store.texts(),
            store.locale_untracked(),
            &view.projection.get(),
            &flipped.get(),
            ban_on,
        )
    });
    let summary = Signal::derive(move || {
        view.projection
            .with(|p| ban::summary(store.texts(), store.locale_untracked(), p))
    });
    let table =
        Signal::derive(move || data.with(|d| ban::table(texts, store.locale_untracked(), d)));
    view! {
        <FigureFrame
            levers=levers
            id="fig-ban"
            embed=Some(FigureId::Ban)
            title=texts.figures.ban.title
            summary=summary
            source=texts.frame.model_source
            table=table
        >
            <LinesChart data=data count=ban::LINES format=rmb />
        </FigureFrame>
    }
}
