//! The article: ten chapters, each its prose around its figure and controls.

use gloo_timers::callback::Timeout;
use leptos::html::Section;
use leptos::prelude::*;
use leptos::tachys::html::node_ref::NodeRefContainer;

use crate::content::Chapter;
use crate::model::Lever;
use crate::state::FigureId;
use crate::ui::browser::{self, FigureArea};
use crate::ui::controls::{Compare, Levers, Presets};
use crate::ui::figure_view::paused_off_screen;
use crate::ui::figures::{
    BanFigure, CurveFigure, MapFigure, Metric, NextFigure, ParamsTable, ScoreboardFigure,
    SensitivityFigure, SharesFigure, TimelineFigure, TrustFigure,
};
use crate::ui::glossary::Glossary;
use crate::ui::prose::{ChapterProse, Part};
use crate::ui::sources::Sources;
use crate::ui::store::use_store;
use crate::ui::timing::effect;

/// The alliance chapter's switches: Kuaishou–JD, then Alibaba's partners.
const ALLIANCE_LEVERS: [Lever; 5] = [
    Lever::KuaishouJd,
    Lever::PartnerWeibo,
    Lever::PartnerBaidu,
    Lever::PartnerXigua,
    Lever::PartnerReach,
];

/// What an embedded figure shows: the figure with the controls that move it.
pub fn embedded(figure: FigureId) -> AnyView {
    match figure {
        FigureId::Shares => view! {
            <Presets />
            <SharesFigure id="fig-sandbox" initial=Metric::PlayerShare switchable=true embed=FigureId::Shares with_bands=true
                levers=Levers { scope: "embed", list: &Lever::ALL } />
        }
        .into_any(),
        FigureId::Sensitivity => view! {
            <SensitivityFigure levers=Levers { scope: "embed", list: &Lever::ALL } />
        }
        .into_any(),
        // The ban's embed is its figure, without the chapter's timeline.
        FigureId::Ban => ban().into_any(),
        FigureId::Alliances => alliances().into_any(),
        FigureId::Map => view! { <MapFigure /> }.into_any(),
        FigureId::Scoreboard => view! { <ScoreboardFigure /> }.into_any(),
        FigureId::SellingCurve => niche().into_any(),
        FigureId::TrustShares => view! {
            <TrustFigure levers=Levers { scope: "embed", list: &[Lever::Trust] } />
        }
        .into_any(),
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
        Chapter::Methods => view! { {methods()} <Sources /> }.into_any(),
        other => interactive(other),
    }
}

/// The ban's figure with its two levers.
fn ban() -> impl IntoView {
    view! { <BanFigure levers=Levers { scope: "ban", list: &[Lever::LinkBan, Lever::StoreMaturity] } /> }
}

/// The alliances' chart of the blocs' shares with the alliance levers.
fn alliances() -> impl IntoView {
    view! {
        <SharesFigure id="fig-alliances" initial=Metric::BlocShare embed=FigureId::Alliances
            levers=Levers { scope: "alliances", list: &ALLIANCE_LEVERS } />
    }
}

/// The niche players' selling curve with its lever.
fn niche() -> impl IntoView {
    view! { <CurveFigure levers=Levers { scope: "niche", list: &[Lever::SellingIntensity] } /> }
}

/// The sandbox's presets, chart and every lever.
fn sandbox() -> impl IntoView {
    view! {
        <Presets />
        <SharesFigure id="fig-sandbox" initial=Metric::PlayerShare switchable=true embed=FigureId::Shares compare=true with_bands=true
            levers=Levers { scope: "sandbox", list: &Lever::ALL } />
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
            <TrustFigure levers=Levers { scope: "trust", list: &[Lever::Trust] } />
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

/// The methods chapter's table of constants, folded.
fn methods() -> impl IntoView {
    view! {
        <details class="params">
            <summary>{use_store().texts().methods.caption}</summary>
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
    view! {
        <section class="chapter" id=id aria-labelledby=format!("{id}-heading") node_ref=section>
            <header>
                <p class="kicker">{(store.texts().chapter)(chapter.number())}</p>
                <h2 id=format!("{id}-heading")>{(store.texts().chapters)(chapter).title}</h2>
            </header>
            <ChapterProse chapter=chapter part=Part::Body />
            <div class="interactive">{chapter_figure(chapter, interactive, section, background)}</div>
            <ChapterProse chapter=chapter part=Part::After />
        </section>
    }
}

/// What goes in a chapter's figure area (`section` is the chapter): its figure and
/// controls, as `part` builds them ([`interactive`], or [`live_part`] in the page the
/// build wrote). Built at once, in a task of its own, when the figure area comes on
/// screen, or when the chapter's turn comes in the `background`, whichever is first;
/// the chapter a link points at is built with the page. Until then, the figure the
/// build drew stands in, if the page kept it.
fn chapter_figure(
    chapter: Chapter,
    part: fn(Chapter) -> AnyView,
    section: NodeRef<Section>,
    background: Background,
) -> impl IntoView {
    let (figure_view, on_screen) = paused_off_screen(section);
    // The chapter a link points at (`#trust`) is built with the page, without waiting
    // for the scroll there and the observer's report; the others wait in line.
    if browser::fragment() == chapter.id() {
        background.build_now(chapter);
    } else {
        background.register(chapter, section);
    }
    let pending = StoredValue::new_local(None::<Timeout>);
    effect(Box::new(move || {
        let timer = on_screen
            .get()
            .then(|| Timeout::new(0, move || background.build_now(chapter)));
        // Scrolled past before the timer (a jump from the contents): not needed yet.
        pending.set_value(timer);
    }));
    // A memo, so it changes once: from not built to built.
    let built = Memo::new(move |_| background.has_built(chapter));
    // What the build drew stays where it is until the figure is built, and goes in the
    // same render as the figure comes, so nothing moves.
    if let Some(drawn) = browser::take_prerendered_figure(chapter.id()) {
        effect(Box::new(move || {
            if built.get() {
                drawn.iter().for_each(web_sys::Element::remove);
            }
        }));
    }
    move || {
        built.get().then(|| {
            // Provided here, in the figure's own scope: chapters are siblings,
            // and each figure must see its own chapter's view.
            provide_context(figure_view);
            part(chapter)
        })
    }
}

/// Pause between two chapters built in the background: room for the reader's input.
const BACKGROUND_BUILD_GAP_MS: u32 = 30;
/// When background building starts: after the chapters on screen have been built.
const BACKGROUND_BUILD_AFTER_MS: u32 = 400;
/// Background building waits while the reader has acted this recently.
const READER_BUSY_MS: f64 = 300.0;

/// The figure areas of the chapters in the page the build wrote, each with the part of
/// the page before which its view goes (if any) and the view ([`chapter_figure`]): the
/// text around them, and the parts of the areas that never change, stay as they are.
pub fn adopted_chapters(
    keep_figures: bool,
) -> Vec<(web_sys::Element, Option<web_sys::Element>, AnyView)> {
    let background = Background::start();
    browser::figure_areas(keep_figures)
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

/// Which chapters' figures are built, and the building of the rest in the background:
/// one chapter per timer task, the one nearest the screen first, and only while the
/// reader is not busy (dragging a slider, typing, scrolling). Rendered natively at
/// build time, the page holds every chapter's figure.
#[derive(Clone, Copy)]
struct Background {
    /// The chapters whose figures are built, a bit each (by [`Chapter::index`]).
    built: RwSignal<u16>,
    /// The section of each chapter waiting for a turn (by [`Chapter::index`]).
    waiting: StoredValue<[Option<NodeRef<Section>>; Chapter::ALL.len()], LocalStorage>,
}

impl Background {
    /// Starts the turns, [`BACKGROUND_BUILD_AFTER_MS`] from now, for the chapters that
    /// [`Background::register`] with it.
    fn start() -> Self {
        let background = Background {
            built: RwSignal::new(if browser::present() { 0 } else { u16::MAX }),
            waiting: StoredValue::new_local([None; Chapter::ALL.len()]),
        };
        let pending = StoredValue::new_local(None::<Timeout>);
        let last_action = StoredValue::new_local(0.0);
        // Stored for the article's lifetime: the listeners stop when it is unmounted.
        crate::ui::keep_while_owned(browser::on_reader_action(move || {
            last_action.set_value(js_sys::Date::now());
        }));
        // Turns taken, and turns skipped because the reader was busy: each change runs
        // the schedule again.
        let turns = RwSignal::new(0u32);
        let skipped = RwSignal::new(0u32);
        let turn = move || {
            if js_sys::Date::now() - last_action.get_value() < READER_BUSY_MS {
                skipped.update(|n| *n += 1);
            } else if let Some(chapter) = background.nearest_waiting() {
                background.build_now(chapter);
                turns.update(|n| *n += 1);
            }
        };
        effect(Box::new(move || {
            let delay = if turns.get() == 0 {
                BACKGROUND_BUILD_AFTER_MS
            } else {
                BACKGROUND_BUILD_GAP_MS
            };
            skipped.track();
            if background
                .waiting
                .with_value(|w| w.iter().any(Option::is_some))
            {
                pending.set_value(Some(Timeout::new(delay, turn)));
            }
        }));
        background
    }

    /// Puts `chapter`, whose section is `section`, in line for a turn.
    fn register(self, chapter: Chapter, section: NodeRef<Section>) {
        self.waiting
            .update_value(|w| w[chapter.index()] = Some(section));
    }

    /// Builds `chapter`'s figure now, if it is not built, and takes it out of the line.
    fn build_now(self, chapter: Chapter) {
        if self.built.get_untracked() & bit(chapter) != 0 {
            return;
        }
        self.waiting.update_value(|w| w[chapter.index()] = None);
        self.built.update(|b| *b |= bit(chapter));
    }

    /// Whether `chapter`'s figure is built (tracked).
    fn has_built(self, chapter: Chapter) -> bool {
        self.built.get() & bit(chapter) != 0
    }

    /// The waiting chapter nearest the screen.
    fn nearest_waiting(self) -> Option<Chapter> {
        self.waiting.with_value(|waiting| {
            Chapter::ALL
                .iter()
                .filter_map(|&chapter| {
                    let section = waiting[chapter.index()]?;
                    let distance = section
                        .get_untracked()
                        .map_or(f64::INFINITY, |s| browser::distance_from_viewport(&s));
                    Some((distance, chapter))
                })
                .min_by(|a, b| a.0.total_cmp(&b.0))
                .map(|(_, chapter)| chapter)
        })
    }
}

/// A chapter's bit in [`Background::built`].
fn bit(chapter: Chapter) -> u16 {
    1 << chapter.index()
}

/// All chapters, in order, with a table of contents. The page opens with the prose
/// of every chapter but builds only the figures on screen; the rest follow in the
/// [`Background`].
#[component]
pub fn Article() -> impl IntoView {
    let store = use_store();
    let toc = Chapter::ALL
        .iter()
        .map(|&c| view! { <li><a href=format!("#{}", c.id())>{(store.texts().chapters)(c).title}</a></li> })
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
