//! The sensitivity figure, in two parts, for a chosen platform and year: "your
//! choices", how far each lever moves the share when swung across its range (a
//! tornado chart), and "what we don't know", how much of the spread of the share
//! across the model runs each uncertain constant explains on its own. The view of
//! [`crate::chart::sensitivity`], with the part, platform and year choices.

use leptos::prelude::*;

use super::axes::chart_width;
use super::frame::{use_chart_name, FigureFrame};
use crate::chart::sensitivity::{
    self, bars, Bar, Layout, Part, BAR_HEIGHT, PHONE_WIDTH, SHOWN, SWATCH, WIDTH,
};
use crate::chart::tenths;
use crate::content::{swing_input_name, Locale};
use crate::model::{Player, FIRST_YEAR};
use crate::state::FigureId;
use crate::ui::controls::Levers;
use crate::ui::figure_view::use_figure_view;
use crate::ui::store::use_store;
use crate::ui::timing::deferred;

/// How long the inputs must rest before the bars are computed again (two projections
/// per lever, and a dozen bars redrawn): once the reader pauses, not after every tick
/// of a drag.
const BARS_AFTER_MS: u32 = 150;

/// The sensitivity (tornado) figure with its platform and year choices.
#[component]
pub fn SensitivityFigure(
    /// The levers that move it, drawn under the chart.
    #[prop(optional)]
    levers: Option<Levers>,
) -> impl IntoView {
    let store = use_store();
    let view = use_figure_view();
    let texts = store.texts();
    let labels = texts.figures.sensitivity_labels;
    let player = RwSignal::new(Player::Douyin);
    let part = RwSignal::new(Part::Choices);
    let chosen_year = RwSignal::new(None::<u16>);
    let end_year = Memo::new(move |_| view.scenario.with(|s| s.end_year));
    // The chosen year, or the scenario's last; always within the projection.
    let year = move || {
        let end = end_year.get();
        chosen_year.get().map_or(end, |y| y.min(end))
    };
    // The bars and the line they grow from, computed together once the reader pauses,
    // off the slider's input event, so the chart never mixes two scenarios.
    let swings_and_base = deferred(
        BARS_AFTER_MS,
        move || (part.get(), view.scenario.get(), player.get(), year()),
        |(part, scenario, player, year)| bars(part, &scenario, player, year),
    );
    let base = move || swings_and_base.with(|(_, b)| *b);
    // A bar's number: a swing in points, or a share of the spread in per cent.
    let number =
        move |locale: Locale, value: f64| sensitivity::number(part.get_untracked(), locale, value);
    let layout = Layout::new(chart_width(WIDTH, PHONE_WIDTH));
    let plot = layout.plot;
    // The range of shares the bars shown span, padded.
    let domain = Memo::new(move |_| swings_and_base.with(|(s, b)| sensitivity::domain(s, *b)));
    let swing = move |i: usize| swings_and_base.with(|(s, _)| s.get(i).copied());
    let rows = (0..SHOWN)
        .map(|i| {
            let row = layout.row(i);
            let segment = move |pick: fn(&Bar) -> f64| {
                swing(i).map_or((0.0, 0.0), |w| {
                    layout.segment(domain.get(), base(), pick(&w))
                })
            };
            let name = move || {
                swing(i).map_or(String::new(), |w| {
                    swing_input_name(w.input, store.locale_untracked())
                })
            };
            let value = move || {
                swing(i).map_or(String::new(), |w| number(store.locale_untracked(), w.value))
            };
            view! {
                <text class="tick" x=row.name_x y=row.name_y text-anchor=row.anchor>
                    {name}
                </text>
                <rect
                    class="swing-low"
                    y=row.bar_y
                    height=BAR_HEIGHT
                    x=move || segment(|w| w.low).0
                    width=move || segment(|w| w.low).1
                />
                <rect
                    class="swing-high"
                    y=row.bar_y
                    height=BAR_HEIGHT
                    x=move || segment(|w| w.high).0
                    width=move || segment(|w| w.high).1
                />
                <text class="bar-value" x=row.value_x y=row.value_y>
                    {value}
                </text>
            }
        })
        .collect_view();
    let shown_rows = move || swings_and_base.with(|(s, _)| s.len().min(SHOWN));
    let view_box = move || layout.view_box(shown_rows());
    let high_legend = move || layout.high_legend_x(part.get());
    let summary = Signal::derive(move || {
        let widest = swings_and_base.with(|(s, _)| s.first().copied());
        let (texts, locale) = (store.texts(), store.locale_untracked());
        sensitivity::summary(texts, locale, part.get(), player.get(), year(), widest)
    });
    let table = Signal::derive(move || {
        let (texts, locale) = (store.texts(), store.locale_untracked());
        let (part, player, year) = (part.get(), player.get(), year());
        swings_and_base.with(|(s, _)| sensitivity::table(texts, locale, part, player, year, s))
    });
    let (left, swatch_y, legend_y) = (plot.left, layout.swatch_y(), layout.legend_y());
    let baseline_x = move || tenths(layout.x(domain.get(), base()));
    let player_options = move || {
        Player::ALL
            .iter()
            .map(|p| {
                view! {
                    <option value=p.key() selected=player.get() == *p>
                        {store.texts().players[p.index()]}
                    </option>
                }
            })
            .collect_view()
    };
    let year_options = move || {
        (FIRST_YEAR + 1..=end_year.get())
            .map(|y| {
                view! {
                    <option value=y.to_string() selected=year() == y>
                        {y.to_string()}
                    </option>
                }
            })
            .collect_view()
    };
    let part_button = move |p: Part, index: usize| {
        view! {
            <button
                type="button"
                aria-pressed=move || (part.get() == p).to_string()
                on:click=move |_| part.set(p)
            >
                {labels.parts[index]}
            </button>
        }
    };
    let controls = move || {
        view! {
            <div class="segmented" role="group" aria-label=texts.figures.sensitivity.title>
                {part_button(Part::Choices, 0)}
                {part_button(Part::Unknowns, 1)}
            </div>
            <div class="figure-choices">
                <label>
                    <span>{labels.platform}</span>
                    <select on:change=move |ev| {
                        if let Some(p) = Player::from_key(&event_target_value(&ev)) {
                            player.set(p)
                        }
                    }>{player_options}</select>
                </label>
                <label>
                    <span>{labels.year}</span>
                    <select on:change=move |ev| {
                        chosen_year.set(event_target_value(&ev).parse().ok())
                    }>{year_options}</select>
                </label>
            </div>
        }
    };
    view! {
        <FigureFrame
            levers=levers
            id="fig-sensitivity"
            embed=Some(FigureId::Sensitivity)
            title=texts.figures.sensitivity.title
            summary=summary
            source=store.texts().frame.model_source
            table=table
            controls=controls
        >
            <svg class="tornado" viewBox=view_box role="img" aria-labelledby=use_chart_name()>
                <rect
                    class="swing-low"
                    x=left
                    y=swatch_y
                    width=move || if part.get() == Part::Choices { SWATCH } else { 0.0 }
                    height=SWATCH
                />
                <text class="tick" x=Layout::legend_text_x(left) y=legend_y>
                    {move || if part.get() == Part::Choices { labels.low } else { "" }}
                </text>
                <rect class="swing-high" x=high_legend y=swatch_y width=SWATCH height=SWATCH />
                <text class="tick" x=move || Layout::legend_text_x(high_legend()) y=legend_y>
                    {move || {
                        if part.get() == Part::Choices {
                            labels.high
                        } else {
                            labels.variance_share
                        }
                    }}
                </text>
                // The baseline goes under the rows, so that names written above their bars
                // (phones) stay legible where it crosses them.
                <line
                    class="baseline-tick"
                    x1=baseline_x
                    x2=baseline_x
                    y1=plot.top
                    y2=move || layout.baseline_bottom(shown_rows())
                />
                {rows}
            </svg>
        </FigureFrame>
    }
}
