//! Trust and attention: the view of [`crate::chart::trust`] (end-year shares against the baseline).

use leptos::prelude::*;

use super::bars::HBars;
use super::frame::FigureFrame;
use crate::chart::trust;
use crate::content::format::percent1;
use crate::model::Player;
use crate::state::FigureId;
use crate::ui::controls::Levers;
use crate::ui::figure_view::use_figure_view;
use crate::ui::store::use_store;

/// Each platform's projected share in the last year, with the baseline as a tick.
#[component]
pub fn TrustFigure(
    /// The levers that move it, drawn under the chart.
    #[prop(optional)]
    levers: Option<Levers>,
) -> impl IntoView {
    let store = use_store();
    let view = use_figure_view();
    let texts = store.texts();
    // A memo: the chart reads it dozens of times per change.
    let bars = Memo::new(move |_| {
        let last = view.projection.with(|p| p.last().clone());
        store
            .baseline
            .with(|b| trust::bars(store.texts(), &last, b))
    });
    let summary = Signal::derive(move || {
        let year = view.projection.with(|p| p.last().year);
        bars.with(|b| trust::summary(store.texts(), store.locale_untracked(), b, year))
    });
    let table =
        Signal::derive(move || bars.with(|b| trust::table(texts, store.locale_untracked(), b)));
    view! {
        <FigureFrame
            levers=levers
            id="fig-trust"
            embed=Some(FigureId::TrustShares)
            title=texts.figures.trust.title
            summary=summary
            source=texts.frame.model_source
            table=table
        >
            <HBars
                bars=bars
                count=Player::ALL.len()
                max=1.0
                format=percent1
                locale=store.locale_untracked()
            />
        </FigureFrame>
    }
}
