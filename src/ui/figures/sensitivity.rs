//! The sensitivity figure, in two parts, for a chosen platform and year: "your
//! choices", how far each lever moves the share when swung across its range (a
//! tornado chart), and "what we don't know", how much of the spread of the share
//! across the model runs each uncertain constant explains on its own.

use leptos::prelude::*;

use super::axes::chart_width;
use super::frame::{use_chart_name, FigureFrame};
use crate::chart::{tenths, Plot, TableData};
use crate::content::format::{percent, percent1, points};
use crate::content::sentences::SensitivitySentence;
use crate::content::{swing_input_name, Locale};
use crate::model::{
    base_share, lever_tornado, variance_shares, Ensemble, Player, Scenario, SwingInput, FIRST_YEAR,
};
use crate::state::FigureId;
use crate::ui::controls::Levers;
use crate::ui::figure_view::use_figure_view;
use crate::ui::store::use_store;
use crate::ui::timing::deferred;

/// Bars shown: the widest inputs; the table lists them all.
const SHOWN: usize = 12;
/// How long the inputs must rest before the bars are computed again (two projections
/// per lever, and a dozen bars redrawn): once the reader pauses, not after every tick
/// of a drag.
const BARS_AFTER_MS: u32 = 150;
/// Width in SVG units on wide screens and on phones (see [`chart_width`]).
const WIDTH: f64 = 560.0;
const PHONE_WIDTH: f64 = 400.0;
/// Height of a bar's row.
const ROW: f64 = 26.0;
/// Height of a label line above its bar (phones).
const LABEL_LINE: f64 = 20.0;

/// Where the chart's parts go: each input's name beside its bar on wide screens,
/// above it on phones, where the names would not fit beside.
#[derive(Clone, Copy)]
struct Layout {
    /// The chart's frame: the legend above, names at the left (wide screens), the
    /// swing widths at the right.
    plot: Plot,
    /// Height of one input's row, and where its bar starts within it.
    row: f64,
    bar_top: f64,
    /// Where the legend's second entry starts, after the first.
    legend_gap: f64,
}

impl Layout {
    fn new() -> Self {
        let width = chart_width(WIDTH, PHONE_WIDTH);
        let (left, right, row, bar_top, legend_gap) = if width < WIDTH {
            (8.0, 80.0, ROW + LABEL_LINE, LABEL_LINE, 170.0)
        } else {
            (250.0, 70.0, ROW, 0.0, 130.0)
        };
        let (top, bottom) = (24.0, 8.0);
        Layout {
            plot: Plot {
                width,
                height: top + row * SHOWN as f64 + bottom,
                top,
                right,
                bottom,
                left,
            },
            row,
            bar_top,
            legend_gap,
        }
    }

    fn labels_above(&self) -> bool {
        self.bar_top > 0.0
    }
}

/// A swing's width: unsigned percentage points.
fn swing_width(locale: Locale, width: f64) -> String {
    points(locale, width).trim_start_matches('+').to_string()
}

/// Which part of the figure is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    /// The reader's levers, each swung across its range.
    Choices,
    /// The uncertain constants' shares of the spread across model runs.
    Unknowns,
}

/// One bar: an input, and the two ends its bars run to from the chart's centre line
/// (for a share of the spread, the centre is 0 and the low end stays there).
#[derive(Clone, Copy, Debug, PartialEq)]
struct Bar {
    input: SwingInput,
    low: f64,
    high: f64,
    /// What the bar's number says: a swing's width, or a share of the spread.
    value: f64,
}

/// The bars of `part`, widest first, and the centre line they grow from.
fn bars(part: Part, s: &Scenario, player: Player, year: u16) -> (Vec<Bar>, f64) {
    match part {
        Part::Choices => {
            let bars = lever_tornado(s, player, year)
                .into_iter()
                .map(|w| Bar {
                    input: w.input,
                    low: w.low_share,
                    high: w.high_share,
                    value: w.width(),
                })
                .collect();
            (bars, base_share(s, player, year))
        }
        Part::Unknowns => {
            let shares = variance_shares(Ensemble::shared(s.fit), s, player, year);
            let bars = shares
                .into_iter()
                .map(|(key, share)| Bar {
                    input: SwingInput::Param(key),
                    low: 0.0,
                    high: share,
                    value: share,
                })
                .collect();
            (bars, 0.0)
        }
    }
}

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
    let number = move |locale: Locale, value: f64| match part.get_untracked() {
        Part::Choices => swing_width(locale, value),
        Part::Unknowns => percent(locale, value),
    };
    let layout = Layout::new();
    let plot = layout.plot;
    // The range of shares the bars shown span, padded.
    let domain = Memo::new(move |_| {
        swings_and_base.with(|(s, _)| {
            let (lo, hi) = s.iter().take(SHOWN).fold((base(), base()), |(lo, hi), w| {
                (lo.min(w.low).min(w.high), hi.max(w.low).max(w.high))
            });
            let pad = ((hi - lo) * 0.05).max(0.005);
            (lo - pad, hi + pad)
        })
    });
    let x = move |share: f64| {
        let (lo, hi) = domain.get();
        plot.x(lo, hi).at(share)
    };
    let swing = move |i: usize| swings_and_base.with(|(s, _)| s.get(i).copied());
    let rows = (0..SHOWN)
        .map(|i| {
            let y = plot.top + layout.row * i as f64;
            let bar_y = y + layout.bar_top;
            let (label_x, label_y, anchor) = if layout.labels_above() {
                (plot.left, y + LABEL_LINE - 4.0, "start")
            } else {
                (plot.left - 8.0, y + ROW / 2.0 + 4.0, "end")
            };
            let segment = move |pick: fn(&Bar) -> f64| {
                swing(i).map_or((0.0, 0.0), |w| {
                    let (a, b) = (x(base()), x(pick(&w)));
                    (tenths(a.min(b)), tenths((a - b).abs()))
                })
            };
            let name = move || swing(i).map_or(String::new(), |w| swing_input_name(w.input, store.locale_untracked()));
            let value = move || swing(i).map_or(String::new(), |w| number(store.locale_untracked(), w.value));
            view! {
                <text class="tick" x=label_x y=label_y text-anchor=anchor>{name}</text>
                <rect class="swing-low" y=bar_y + 4.0 height=ROW - 8.0 x=move || segment(|w| w.low).0 width=move || segment(|w| w.low).1 />
                <rect class="swing-high" y=bar_y + 4.0 height=ROW - 8.0 x=move || segment(|w| w.high).0 width=move || segment(|w| w.high).1 />
                <text class="bar-value" x=plot.right_edge() + 6.0 y=bar_y + ROW / 2.0 + 4.0>{value}</text>
            }
        })
        .collect_view();
    let (top, left, legend_gap) = (plot.top, plot.left, layout.legend_gap);
    // As tall as the rows there are (nine levers; twelve of the constants).
    let view_box = move || {
        let rows = swings_and_base.with(|(s, _)| s.len().min(SHOWN));
        let missing = (SHOWN - rows) as f64 * layout.row;
        Plot {
            height: plot.height - missing,
            ..plot
        }
        .view_box()
    };
    // The second part has one legend entry, where the first part's first one is.
    let high_legend = move || match part.get() {
        Part::Choices => left + legend_gap,
        Part::Unknowns => left,
    };
    let summary = Signal::derive(move || {
        let texts = store.texts();
        let widest = swings_and_base.with(|(s, _)| s.first().copied());
        let sentence = match part.get() {
            Part::Choices => texts.sentences.sensitivity_summary,
            Part::Unknowns => texts.sentences.variance_summary,
        };
        widest.map_or(String::new(), |w| {
            sentence(&SensitivitySentence {
                platform: texts.players[player.get().index()],
                year: &year().to_string(),
                input: &swing_input_name(w.input, store.locale_untracked()),
                swing: &number(store.locale_untracked(), w.value),
            })
        })
    });
    let table = Signal::derive(move || {
        let texts = store.texts();
        let locale = store.locale_untracked();
        let choices = part.get() == Part::Choices;
        let caption = format!(
            "{} ({}, {})",
            if choices {
                texts.figures.sensitivity.caption
            } else {
                labels.variance_caption
            },
            texts.players[player.get().index()],
            year()
        );
        let head: &[&str] = if choices {
            &[labels.input, labels.low, labels.high, texts.columns.range]
        } else {
            &[labels.input, labels.variance_share]
        };
        swings_and_base.with(|(s, _)| {
            TableData::new(&caption, head).rows(s.iter().map(|w| {
                let mut row = vec![swing_input_name(w.input, locale)];
                if choices {
                    row.push(percent1(locale, w.low));
                    row.push(percent1(locale, w.high));
                }
                row.push(number(locale, w.value));
                row
            }))
        })
    });
    let player_options = move || {
        Player::ALL
            .iter()
            .map(|p| view! { <option value=p.key() selected=player.get() == *p>{store.texts().players[p.index()]}</option> })
            .collect_view()
    };
    let year_options = move || {
        (FIRST_YEAR + 1..=end_year.get())
            .map(|y| view! { <option value=y.to_string() selected=year() == y>{y.to_string()}</option> })
            .collect_view()
    };
    let part_button = move |p: Part, index: usize| {
        view! {
            <button type="button" aria-pressed=move || (part.get() == p).to_string()
                on:click=move |_| part.set(p)>{labels.parts[index]}</button>
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
                        if let Some(p) = Player::from_key(&event_target_value(&ev)) { player.set(p) }
                    }>{player_options}</select>
                </label>
                <label>
                    <span>{labels.year}</span>
                    <select on:change=move |ev| chosen_year.set(event_target_value(&ev).parse().ok())>{year_options}</select>
                </label>
            </div>
        }
    };
    view! {
        <FigureFrame levers=levers
            id="fig-sensitivity"
            embed=Some(FigureId::Sensitivity)
            title=texts.figures.sensitivity.title
            summary=summary
            source=store.texts().frame.model_source
            table=table
            controls=controls
        >
            <svg class="tornado" viewBox=view_box role="img" aria-labelledby=use_chart_name()>
                <rect class="swing-low" x=left y=top - 18.0 width=move || if part.get() == Part::Choices { "12" } else { "0" } height="12" />
                <text class="tick" x=left + 16.0 y=top - 8.0>{move || if part.get() == Part::Choices { labels.low } else { "" }}</text>
                <rect class="swing-high" x=high_legend y=top - 18.0 width="12" height="12" />
                <text class="tick" x=move || high_legend() + 16.0 y=top - 8.0>{move || if part.get() == Part::Choices { labels.high } else { labels.variance_share }}</text>
                // The baseline goes under the rows, so that names written above their bars
                // (phones) stay legible where it crosses them.
                <line class="baseline-tick" x1=move || tenths(x(base())) x2=move || tenths(x(base())) y1=top
                    y2=move || top + layout.row * swings_and_base.with(|(s, _)| s.len().min(SHOWN)) as f64 + 4.0 />
                {rows}
            </svg>
        </FigureFrame>
    }
}
