//! What one would have had to believe in 2020: the view of [`crate::chart::hindsight`]. The reader
//! chooses Douyin's 2020 anchor and what may change; the fit ([`hindsight`]) runs again in the browser.

use leptos::prelude::*;

use super::frame::FigureFrame;
use super::lines::LinesChart;
use crate::chart::hindsight::{
    belief_rows, directions_text, hindsight_lines, hindsight_summary, hindsight_table,
    verdict_class, BeliefRow, AXIS_SD, BELIEF_AXIS, BELIEF_WIDTH, PLAYERS,
};
use crate::chart::tenths;
use crate::content::format::rmb;
use crate::model::hindsight::{hindsight, Anchor, Freedom, HindsightFit};
use crate::state::FigureId;
use crate::ui::browser;
use crate::ui::store::use_store;

/// Height of a belief's track, SVG units.
const TRACK: f64 = 24.0;
/// The track's middle.
const MID: f64 = TRACK / 2.0;
/// The baseline of the axis' labels: as tall a box as a track's, so that the two scale alike and stay
/// aligned however the page limits their height.
const AXIS_BASELINE: f64 = 17.0;
/// The radius of the dot.
const DOT: f64 = 6.0;

/// The fit of `anchor` and `freedom`, recorded as a User Timing measure
/// (`livestream-arena:hindsight`) that the benchmark command reads.
fn timed_fit(anchor: Anchor, freedom: Freedom) -> HindsightFit {
    browser::timed("livestream-arena:hindsight", || hindsight(anchor, freedom))
}

/// The hindsight figure: its two choices, the paths against what was reported, and the beliefs the
/// fit needs against their 2020 ranges.
#[component]
pub fn HindsightFigure() -> impl IntoView {
    let store = use_store();
    let texts = store.texts();
    let locale = store.locale_untracked();
    let t = crate::content::hindsight_texts(locale);
    let anchor = RwSignal::new(Anchor::Both);
    let freedom = RwSignal::new(Freedom::Levers);
    let fit = Memo::new(move |_| timed_fit(anchor.get(), freedom.get()));
    let data = Signal::derive(move || fit.with(|f| hindsight_lines(texts, locale, f)));
    let summary = Signal::derive(move || fit.with(|f| hindsight_summary(texts, locale, f)));
    let table = Signal::derive(move || fit.with(|f| hindsight_table(texts, locale, f)));
    let directions = move || fit.with(|f| directions_text(texts, locale, f));
    let rows = move || fit.with(|f| belief_rows(texts, locale, f));
    // Type-erased parts: one large view tuple costs the wasm far more than a few small ones. The
    // choices need the app, so the page the build writes (read without JavaScript) has none.
    let choices_view = browser::present().then(|| {
        view! {
            <div class="hindsight-choices">
                <fieldset class="hindsight-choice">
                    <legend>{t.anchor_legend}</legend>
                    {choices("hindsight-anchor", anchor, &Anchor::ALL, Anchor::key, &t.anchors)}
                </fieldset>
                <fieldset class="hindsight-choice">
                    <legend>{t.freedom_legend}</legend>
                    {choices(
                        "hindsight-freedom",
                        freedom,
                        &Freedom::ALL,
                        Freedom::key,
                        &t.freedoms,
                    )}
                </fieldset>
            </div>
        }
        .into_any()
    });
    let beliefs_view = view! {
        // Not a heading: the figure's title is an h3 in the article and the h1 of its embed page.
        <p class="beliefs-title" id="fig-hindsight-beliefs">
            {t.beliefs_title}
        </p>
        <BeliefAxisLabels />
        <ol class="beliefs" aria-labelledby="fig-hindsight-beliefs">
            {move || rows().into_iter().map(|r| belief_item(r).into_any()).collect_view()}
        </ol>
        <p class="directions">{directions}</p>
    }
    .into_any();
    view! {
        <FigureFrame
            id="fig-hindsight"
            embed=Some(FigureId::Hindsight)
            title=t.title
            summary=summary
            source=texts.frame.reported_and_model_source
            table=table
        >
            <p class="hindsight-lead">{t.lead}</p>
            <p class="hindsight-lead live-only">{t.try_it}</p>
            <p class="hindsight-label">{t.label}</p>
            {choices_view}
            <LinesChart data=data count=2 * PLAYERS.len() format=rmb />
            {beliefs_view}
            <p class="note">{t.key}</p>
            <p class="note">{t.note}</p>
        </FigureFrame>
    }
}

/// A group of radio buttons choosing one of `options` into `chosen`, named `name`, labelled `labels`
/// in the same order.
fn choices<T: Copy + PartialEq + Send + Sync + 'static>(
    name: &'static str,
    chosen: RwSignal<T>,
    options: &[T],
    key: fn(T) -> &'static str,
    labels: &[&'static str],
) -> impl IntoView {
    options
        .iter()
        .zip(labels)
        .map(|(&option, &label)| {
            let choice = view! {
                <label class="choice">
                    <input
                        type="radio"
                        name=name
                        value=key(option)
                        checked=chosen.get_untracked() == option
                        prop:checked=move || chosen.get() == option
                        on:change=move |_| chosen.set(option)
                    />
                    <span>{label}</span>
                </label>
            };
            choice.into_any()
        })
        .collect_view()
}

/// The axis' labels above the beliefs: the 2020 default in the middle, and the standard deviations
/// either side.
#[component]
fn BeliefAxisLabels() -> impl IntoView {
    let locale = use_store().locale_untracked();
    let t = crate::content::hindsight_texts(locale);
    let tick = move |z: f64| {
        let x = tenths(BELIEF_AXIS.x(z));
        let text = crate::chart::hindsight::signed_tenths(locale, z);
        let text = text
            .trim_end_matches(".0")
            .trim_end_matches(",0")
            .to_string();
        view! {
            <text class="tick" x=x y=AXIS_BASELINE text-anchor="middle">
                {text}
            </text>
        }
    };
    view! {
        <svg class="belief-axis" aria-hidden="true" viewBox=format!("0 0 {BELIEF_WIDTH} {TRACK}")>
            {[-AXIS_SD, -2.0, -1.0, 1.0, 2.0, AXIS_SD].map(tick).collect_view()}
            <text
                class="tick default"
                x=tenths(BELIEF_AXIS.x(0.0))
                y=AXIS_BASELINE
                text-anchor="middle"
            >
                {t.default_tick}
            </text>
        </svg>
    }
}

/// One belief: its sentence, then its track with the 2020 range's zones, the default's tick and the
/// dot where the fit needs it (an arrow at the edge when it lies beyond the axis).
fn belief_item(row: BeliefRow) -> impl IntoView {
    let a = BELIEF_AXIS;
    let zone = |from: f64, to: f64, class: &'static str| {
        let (x0, x1) = (a.x(from), a.x(to));
        view! { <rect class=class x=tenths(x0) y=MID - 8.0 width=tenths(x1 - x0) height=16 /> }
    };
    let x = tenths(a.x(row.z));
    let arrow = row.beyond().then(|| {
        let dir = row.z.signum();
        let tip = x + dir * (DOT + 6.0);
        view! {
            <path
                class="beyond"
                d=format!("M{x},{y0}L{tip},{MID}L{x},{y1}Z", y0 = MID - 6.0, y1 = MID + 6.0)
            />
        }
    });
    view! {
        <li class=format!("belief {}", verdict_class(row.verdict))>
            <span class="belief-text">{row.text}</span>
            <svg aria-hidden="true" viewBox=format!("0 0 {BELIEF_WIDTH} {TRACK}")>
                {zone(-2.0, 2.0, "zone edge")}
                {zone(-1.0, 1.0, "zone within")}
                <line class="axis" x1=a.left x2=a.right y1=MID y2=MID />
                <line class="default-tick" x1=a.x(0.0) x2=a.x(0.0) y1=2 y2=TRACK - 2.0 />
                {arrow}
                <circle class="dot" cx=x cy=MID r=DOT />
            </svg>
        </li>
    }
}
