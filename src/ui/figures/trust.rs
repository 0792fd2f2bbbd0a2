//! Trust and attention: end-year shares against the baseline, and the attention split.

use leptos::prelude::*;

use super::bars::{Bar, HBars};
use super::frame::FigureFrame;
use crate::chart::player_class;
use crate::chart::TableData;
use crate::content::format::{percent1, points};
use crate::content::sentences::TrustSentence;
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
        let texts = store.texts();
        let last = view.projection.with(|p| p.last().clone());
        let base = store.baseline.with(|b| b.year(last.year).map(|y| y.share));
        Player::ALL
            .iter()
            .map(|p| Bar {
                class: player_class(*p),
                label: texts.players[p.index()],
                value: last.share[p.index()],
                baseline: base.map(|b| b[p.index()]),
            })
            .collect::<Vec<_>>()
    });
    let summary = Signal::derive(move || {
        let texts = store.texts();
        let shift = |bar: &Bar| bar.value - bar.baseline.unwrap_or(bar.value);
        // The bar that moves most against the baseline, and the tallest.
        let (moved, (leader, share)) = bars.with(|b| {
            let most = b
                .iter()
                .max_by(|x, y| shift(x).abs().total_cmp(&shift(y).abs()))
                .map(|bar| (bar.label, shift(bar)));
            let tallest = b
                .iter()
                .max_by(|x, y| x.value.total_cmp(&y.value))
                .map_or(("", 0.0), |bar| (bar.label, bar.value));
            (most, tallest)
        });
        let year = view.projection.with(|p| p.last().year);
        let locale = store.locale_untracked();
        // A change that reads as 0.0 points is no change.
        let change = moved
            .filter(|(_, diff)| (diff * 1000.0).round() != 0.0)
            .map(|(platform, diff)| (platform, points(locale, diff)));
        (texts.sentences.trust_summary)(&TrustSentence {
            moved: change.as_ref().map(|(platform, c)| (*platform, c.as_str())),
            leader,
            leader_share: &percent1(locale, share),
            year: &year.to_string(),
        })
    });
    let table = Signal::derive(move || {
        let locale = store.locale_untracked();
        let head = [
            texts.columns.player,
            texts.columns.share,
            texts.figures.trust_baseline,
        ];
        bars.with(|b| {
            TableData::new(texts.figures.trust.caption, &head).rows(b.iter().map(|bar| {
                vec![
                    bar.label.to_string(),
                    percent1(locale, bar.value),
                    bar.baseline.map_or("—".into(), |v| percent1(locale, v)),
                ]
            }))
        })
    });
    view! {
        <FigureFrame levers=levers
            id="fig-trust"
            embed=Some(FigureId::TrustShares)
            title=texts.figures.trust.title
            summary=summary
            source=texts.frame.model_source
            table=table
        >
            <HBars bars=bars count=Player::ALL.len() max=1.0 format=percent1 locale=store.locale_untracked() />
        </FigureFrame>
    }
}
