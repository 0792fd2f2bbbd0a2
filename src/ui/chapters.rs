//! The article: ten chapters, each its prose around its figure and controls.

use leptos::prelude::*;

use crate::content::ChapterText;
use crate::model::Lever;
use crate::state::FigureId;
use crate::ui::controls::{Compare, LeverControl, Presets};
use crate::ui::figures::{
    BanFigure, CurveFigure, MapFigure, Metric, NextFigure, ParamsTable, ScoreboardFigure,
    SensitivityFigure, SharesFigure, TrustFigure,
};
use crate::ui::sources::Sources;
use crate::ui::store::use_store;
use crate::ui::view::provide_view_for;

/// The chapter (0-based) whose interactive part an embedded figure shows.
pub fn chapter_of(figure: FigureId) -> usize {
    match figure {
        FigureId::Scoreboard => 1,
        FigureId::Ban => 2,
        FigureId::Alliances => 3,
        FigureId::Map => 4,
        FigureId::Trust => 5,
        FigureId::Shares | FigureId::Sensitivity => 7,
    }
}

/// What an embedded figure shows: the figure with the controls that move it.
pub fn embedded(figure: FigureId) -> AnyView {
    match figure {
        FigureId::Shares => view! {
            <Presets />
            <div class="levers sandbox">{levers("embed", &Lever::ALL)}</div>
            <SharesFigure id="fig-sandbox" initial=Metric::PlayerShare switchable=true embed=FigureId::Shares with_bands=true />
        }
        .into_any(),
        FigureId::Sensitivity => view! {
            <div class="levers sandbox">{levers("embed", &Lever::ALL)}</div>
            <SensitivityFigure />
        }
        .into_any(),
        other => interactive(chapter_of(other)),
    }
}

/// A control for each of `levers`.
fn levers(scope: &'static str, levers: &'static [Lever]) -> impl IntoView {
    levers
        .iter()
        .map(|l| view! { <LeverControl lever=*l scope=scope /> })
        .collect_view()
}

/// The interactive part of chapter `index` (0-based): its figure and its controls.
pub fn interactive(index: usize) -> AnyView {
    match index {
        0 => view! { <SharesFigure id="fig-attention" initial=Metric::Attention /> }.into_any(),
        1 => view! { <ScoreboardFigure /> }.into_any(),
        2 => view! {
            <div class="levers">{levers("ban", &[Lever::LinkBan, Lever::StoreMaturity])}</div>
            <BanFigure />
        }
        .into_any(),
        3 => view! {
            <div class="levers">
                {levers("alliances", &[Lever::KuaishouJd, Lever::PartnerWeibo, Lever::PartnerBaidu, Lever::PartnerXigua, Lever::PartnerReach])}
            </div>
            <SharesFigure id="fig-alliances" initial=Metric::BlocShare embed=FigureId::Alliances />
        }
        .into_any(),
        4 => view! { <MapFigure /> }.into_any(),
        5 => view! {
            <div class="levers">{levers("niche", &[Lever::SellingIntensity])}</div>
            <CurveFigure />
        }
        .into_any(),
        6 => view! {
            <div class="levers">{levers("trust", &[Lever::Trust])}</div>
            <TrustFigure />
        }
        .into_any(),
        7 => view! {
            <Presets />
            <div class="levers sandbox">{levers("sandbox", &Lever::ALL)}</div>
            <Compare />
            <SharesFigure id="fig-sandbox" initial=Metric::PlayerShare switchable=true embed=FigureId::Shares compare=true with_bands=true />
            <SensitivityFigure />
        }
        .into_any(),
        8 => view! { <NextFigure /> }.into_any(),
        _ => view! {
            <details class="params">
                <summary>{move || use_store().chrome().params_caption}</summary>
                <ParamsTable />
            </details>
            <Sources />
        }
        .into_any(),
    }
}

/// One chapter: number, title, prose, its figure, and the prose after it.
#[component]
fn Chapter(
    /// 0-based position in the article.
    index: usize,
) -> impl IntoView {
    let store = use_store();
    let text = move || -> ChapterText { store.texts().chapters[index] };
    let id = store.texts_untracked().chapters[index].id;
    let section = NodeRef::new();
    provide_view_for(section);
    let paragraphs = move |pick: fn(&ChapterText) -> &'static [&'static str]| {
        move || {
            pick(&text())
                .iter()
                .map(|p| view! { <p>{*p}</p> })
                .collect_view()
        }
    };
    view! {
        <section class="chapter" id=id aria-labelledby=format!("{id}-heading") node_ref=section>
            <header>
                <p class="kicker">{move || (store.texts().chapter)(index + 1)}</p>
                <h2 id=format!("{id}-heading")>{move || text().title}</h2>
            </header>
            <div class="prose">{paragraphs(|t| t.body)}</div>
            <div class="interactive">{interactive(index)}</div>
            <div class="prose after">{paragraphs(|t| t.after)}</div>
        </section>
    }
}

/// All chapters, in order, with a table of contents.
#[component]
pub fn Article() -> impl IntoView {
    let store = use_store();
    let count = store.texts_untracked().chapters.len();
    let toc = move || {
        store
            .texts()
            .chapters
            .iter()
            .map(|c| view! { <li><a href=format!("#{}", c.id)>{c.title}</a></li> })
            .collect_view()
    };
    view! {
        <nav class="toc" aria-label=move || store.texts().ui.contents>
            <h2>{move || store.texts().ui.contents}</h2>
            <ol>{toc}</ol>
        </nav>
        {(0..count).map(|i| view! { <Chapter index=i /> }).collect_view()}
    }
}
