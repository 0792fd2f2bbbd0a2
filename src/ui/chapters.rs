//! The article: ten chapters, each its prose around its figure and controls.

use gloo_timers::callback::Timeout;
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
use crate::ui::view::view_for;

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

/// One chapter: number, title, prose, its figure, and the prose after it. The
/// figure and its controls are built when the chapter first comes near the screen,
/// or when `built_in_background` says its turn has come, whichever is first.
#[component]
fn Chapter(
    /// 0-based position in the article.
    index: usize,
    /// How many chapters, in order, the page has built in the background so far.
    built_in_background: ReadSignal<usize>,
) -> impl IntoView {
    let store = use_store();
    let text: ChapterText = store.texts().chapters[index];
    let id = text.id;
    let section = NodeRef::new();
    let (figure_view, on_screen) = view_for(section);
    // A memo, so it changes once: from not built to built.
    let built = Memo::new(move |was: Option<&bool>| {
        was == Some(&true) || on_screen.get() || built_in_background.get() > index
    });
    let paragraphs =
        |list: &'static [&'static str]| list.iter().map(|p| view! { <p>{*p}</p> }).collect_view();
    view! {
        <section class="chapter" id=id aria-labelledby=format!("{id}-heading") node_ref=section>
            <header>
                <p class="kicker">{(store.texts().chapter)(index + 1)}</p>
                <h2 id=format!("{id}-heading")>{text.title}</h2>
            </header>
            <div class="prose">{paragraphs(text.body)}</div>
            <div class="interactive">
                {move || built.get().then(|| {
                    // Provided here, in the figure's own scope: chapters are siblings,
                    // and each figure must see its own chapter's view.
                    provide_context(figure_view);
                    interactive(index)
                })}
            </div>
            <div class="prose after">{paragraphs(text.after)}</div>
        </section>
    }
}

/// Pause between two chapters built in the background: room for the reader's input.
const BACKGROUND_BUILD_GAP_MS: u32 = 30;
/// When background building starts: after the chapters on screen have been built.
const BACKGROUND_BUILD_AFTER_MS: u32 = 400;

/// All chapters, in order, with a table of contents. The page opens with the prose
/// of every chapter but builds only the figures on screen; the rest follow one
/// chapter per timer task, so no single task holds up the reader.
#[component]
pub fn Article() -> impl IntoView {
    let store = use_store();
    let count = store.texts().chapters.len();
    let toc = store
        .texts()
        .chapters
        .iter()
        .map(|c| view! { <li><a href=format!("#{}", c.id)>{c.title}</a></li> })
        .collect_view();
    let built_in_background = RwSignal::new(0);
    let pending = StoredValue::new_local(None::<Timeout>);
    let next = move || {
        built_in_background.update(|n| *n += 1);
    };
    Effect::new(move |_| {
        let built = built_in_background.get();
        if built < count {
            let delay = if built == 0 {
                BACKGROUND_BUILD_AFTER_MS
            } else {
                BACKGROUND_BUILD_GAP_MS
            };
            pending.set_value(Some(Timeout::new(delay, next)));
        }
    });
    view! {
        <nav class="toc" aria-label=store.texts().ui.contents>
            <h2>{store.texts().ui.contents}</h2>
            <ol>{toc}</ol>
        </nav>
        {(0..count)
            .map(|i| view! { <Chapter index=i built_in_background=built_in_background.read_only() /> })
            .collect_view()}
    }
}
