//! The article: ten chapters, each its prose around its figure and controls.

mod build;
mod prerendered;

use build::{chapter_figure, Background};
use leptos::html::Section;
use leptos::prelude::*;
use leptos::tachys::html::node_ref::NodeRefContainer;
pub use prerendered::forget_prerendered_figures;
use prerendered::{figure_areas, FigureArea};

use crate::chart::shares::Metric;
use crate::content::Chapter;
use crate::model::Lever;
use crate::state::FigureId;
use crate::ui::controls::{Compare, Levers, Presets};
use crate::ui::figures::{
    BanFigure, CurveFigure, HindsightFigure, MapFigure, NextFigure, ParamsTable, Residuals,
    ScoreboardFigure, SensitivityFigure, SharesFigure, TimelineFigure, TrustFigure,
};
use crate::ui::glossary::Glossary;
use crate::ui::prose::{ChapterProse, Part};
use crate::ui::sources::Sources;
use crate::ui::store::use_store;

/// The alliance chapter's switches: Kuaishou–JD, then Alibaba's partners.
const ALLIANCE_LEVERS: [Lever; 5] = [
    Lever::KuaishouJd,
    Lever::PartnerWeibo,
    Lever::PartnerBaidu,
    Lever::PartnerXigua,
    Lever::PartnerReach,
];

/// What an embedded figure shows: the figure with the controls that move it.
pub fn figure_alone(figure: FigureId) -> AnyView {
    match figure {
        FigureId::Shares => view! {
            <Presets />
            <SharesFigure
                id="fig-sandbox"
                initial=Metric::PlayerShare
                switchable=true
                embed=FigureId::Shares
                with_bands=true
                levers=Levers {
                    scope: "embed",
                    list: &Lever::ALL,
                }
            />
        }
        .into_any(),
        FigureId::Sensitivity => view! {
            <SensitivityFigure levers=Levers {
                scope: "embed",
                list: &Lever::ALL,
            } />
        }
        .into_any(),
        // The ban's embed is its figure, without the chapter's timeline.
        FigureId::Ban => ban().into_any(),
        FigureId::Alliances => alliances().into_any(),
        FigureId::Map => view! { <MapFigure /> }.into_any(),
        FigureId::Scoreboard => view! { <ScoreboardFigure /> }.into_any(),
        FigureId::SellingCurve => niche().into_any(),
        FigureId::TrustShares => view! {
            <TrustFigure levers=Levers {
                scope: "embed",
                list: &[Lever::Trust],
            } />
        }
        .into_any(),
        // Drawn by the article's wasm (`FigureId::own_wasm`): see `any_figure_alone`.
        FigureId::Hindsight => ().into_any(),
    }
}

/// What an embedded figure shows, in the article's wasm: [`figure_alone`], and the figures the
/// embed pages' wasm leaves to it.
pub fn any_figure_alone(figure: FigureId) -> AnyView {
    match figure {
        FigureId::Hindsight => view! { <HindsightFigure /> }.into_any(),
        other => figure_alone(other),
    }
}

/// The interactive part of `chapter` on its slide: as in the article, but the ban slide
/// keeps only its figure (the timeline stays in the article), the methods slide leaves
/// out the glossary, and the sandbox slide keeps only
/// its chart and levers (the deck puts the A/B comparison in the slide's text column,
/// and the tornado chart stays in the article).
pub fn on_slide(chapter: Chapter) -> AnyView {
    match chapter {
        Chapter::Ban => ban().into_any(),
        Chapter::Sandbox => sandbox().into_any(),
        Chapter::Methods => view! {
            {methods()}
            <Sources />
        }
        .into_any(),
        other => interactive(other),
    }
}

/// The ban's figure with its two levers.
fn ban() -> impl IntoView {
    view! {
        <BanFigure levers=Levers {
            scope: "ban",
            list: &[Lever::LinkBan, Lever::StoreMaturity],
        } />
    }
}

/// The alliances' chart of the blocs' shares with the alliance levers.
fn alliances() -> impl IntoView {
    view! {
        <SharesFigure
            id="fig-alliances"
            initial=Metric::BlocShare
            embed=FigureId::Alliances
            levers=Levers {
                scope: "alliances",
                list: &ALLIANCE_LEVERS,
            }
        />
    }
}

/// The niche players' selling curve with its lever.
fn niche() -> impl IntoView {
    view! {
        <CurveFigure levers=Levers {
            scope: "niche",
            list: &[Lever::SellingIntensity],
        } />
    }
}

/// The sandbox's presets, chart and every lever.
fn sandbox() -> impl IntoView {
    view! {
        <Presets />
        <SharesFigure
            id="fig-sandbox"
            initial=Metric::PlayerShare
            switchable=true
            embed=FigureId::Shares
            compare=true
            with_bands=true
            levers=Levers {
                scope: "sandbox",
                list: &Lever::ALL,
            }
        />
    }
}

/// The interactive part of `chapter`: its figure and its controls.
pub fn interactive(chapter: Chapter) -> AnyView {
    match chapter {
        Chapter::Attention => {
            view! { <SharesFigure id="fig-attention" initial=Metric::Attention reported_audiences=true /> }
                .into_any()
        }
        Chapter::Scoreboard => view! { <ScoreboardFigure /> }.into_any(),
        Chapter::Ban => view! {
            {ban()}
            <TimelineFigure />
        }
        .into_any(),
        Chapter::Alliances => alliances().into_any(),
        Chapter::Map => view! { <MapFigure /> }.into_any(),
        Chapter::Niche => niche().into_any(),
        Chapter::Trust => view! {
            <TrustFigure levers=Levers {
                scope: "trust",
                list: &[Lever::Trust],
            } />
        }
        .into_any(),
        Chapter::Sandbox => view! {
            {sandbox()}
            <Compare />
            <SensitivityFigure />
        }
        .into_any(),
        Chapter::Next => view! { <NextFigure /> }.into_any(),
        Chapter::Methods => view! {
            {methods()}
            <Glossary />
            <Sources />
        }
        .into_any(),
    }
}

/// The methods chapter's tables: each view's residuals, and the constants, folded.
fn methods() -> impl IntoView {
    view! {
        <Residuals />
        <details class="params">
            <summary>{use_store().texts().methods.show_table}</summary>
            <ParamsTable />
        </details>
    }
}

/// One chapter: number, title, prose, its figure (see [`chapter_figure`]), and the
/// prose after it.
#[component]
fn ChapterSection(
    /// Which chapter.
    chapter: Chapter,
    /// The page's builds in the background.
    background: Background,
) -> impl IntoView {
    let store = use_store();
    let id = chapter.id();
    let section = NodeRef::new();
    // The methods chapter's closing paragraphs explain its figures and the sensitivity chart: they
    // come before its long tables, glossary and sources, which read as an appendix.
    let after_first = chapter == Chapter::Methods;
    let after = move || view! { <ChapterProse chapter=chapter part=Part::After /> };
    view! {
        <section class="chapter" id=id aria-labelledby=format!("{id}-heading") node_ref=section>
            <header>
                <p class="kicker">{(store.texts().chapter)(chapter.number())}</p>
                <h2 id=format!("{id}-heading")>{(store.texts().chapters)(chapter).title}</h2>
            </header>
            <ChapterProse chapter=chapter part=Part::Body />
            {after_first.then(after)}
            <div class="interactive">
                {chapter_figure(chapter, interactive, section, background)}
            </div>
            {(!after_first).then(after)}
        </section>
    }
}

/// The figure areas of the chapters in the page the build wrote, each with the part of
/// the page before which its view goes (if any) and the view ([`chapter_figure`]): the
/// text around them, and the parts of the areas that never change, stay as they are.
pub fn adopted_chapters(
    keep_figures: bool,
) -> Vec<(web_sys::Element, Option<web_sys::Element>, AnyView)> {
    let background = Background::start();
    figure_areas(keep_figures)
        .into_iter()
        .filter_map(
            |FigureArea {
                 section,
                 area,
                 before,
             }| {
                let chapter = *Chapter::ALL.iter().find(|c| c.id() == section.id())?;
                let node = NodeRef::<Section>::new();
                node.load(&section);
                let figure = chapter_figure(chapter, live_part, node, background).into_any();
                Some((area, before, figure))
            },
        )
        .collect()
}

/// What the app builds of `chapter`'s figure area in the page the build wrote: all of
/// [`interactive`] but the parts that never change, which the page keeps (`data-static`).
fn live_part(chapter: Chapter) -> AnyView {
    match chapter {
        Chapter::Methods => methods().into_any(),
        other => interactive(other),
    }
}

/// All chapters, in order, with a table of contents. The page opens with the prose
/// of every chapter but builds only the figures on screen; the rest follow in the
/// [`Background`].
#[component]
pub fn Article() -> impl IntoView {
    let store = use_store();
    let toc = Chapter::ALL
        .iter()
        .map(|&c| {
            view! {
                <li>
                    <a href=format!("#{}", c.id())>{(store.texts().chapters)(c).title}</a>
                </li>
            }
        })
        .collect_view();
    let background = Background::start();
    view! {
        <nav class="toc" aria-label=store.texts().toolbar.contents>
            <h2>{store.texts().toolbar.contents}</h2>
            <ol>{toc}</ol>
        </nav>
        {Chapter::ALL
            .iter()
            .map(|&c| view! { <ChapterSection chapter=c background=background /> })
            .collect_view()}
    }
}
