//! The tornado chart: for a chosen platform and year, how far each lever and each
//! uncertain constant moves the share when swung across its range.

use leptos::prelude::*;

use super::frame::{use_chart_name, FigureFrame};
use super::scale::chart_width;
use crate::chart::{Plot, TableData};
use crate::content::format::{percent1, points};
use crate::content::sentences::SensitivitySentence;
use crate::content::{swing_input_name, Locale};
use crate::model::{base_share, tornado, Player, Swing, FIRST_YEAR};
use crate::state::FigureId;
use crate::ui::controls::Levers;
use crate::ui::figure_view::use_figure_view;
use crate::ui::store::use_store;
use crate::ui::timing::deferred;

/// Bars shown: the widest inputs; the table lists them all.
const SHOWN: usize = 12;
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
    let chosen_year = RwSignal::new(None::<u16>);
    let end_year = Memo::new(move |_| view.scenario.with(|s| s.end_year));
    // The chosen year, or the scenario's last; always within the projection.
    let year = move || {
        let end = end_year.get();
        chosen_year.get().map_or(end, |y| y.min(end))
    };
    // 52 projections, and the share they swing around: computed together a tick after
    // the change, off the slider's input event, so the chart never mixes two scenarios.
    let swings_and_base = deferred(
        move || (view.scenario.get(), player.get(), year()),
        |(scenario, player, year)| {
            (
                tornado(&scenario, player, year),
                base_share(&scenario, player, year),
            )
        },
    );
    let base = move || swings_and_base.with(|(_, b)| *b);
    let layout = Layout::new();
    let plot = layout.plot;
    // The range of shares the bars shown span, padded.
    let domain = Memo::new(move |_| {
        swings_and_base.with(|(s, _)| {
            let (lo, hi) = s.iter().take(SHOWN).fold((base(), base()), |(lo, hi), w| {
                (
                    lo.min(w.low_share).min(w.high_share),
                    hi.max(w.low_share).max(w.high_share),
                )
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
            let segment = move |pick: fn(&Swing) -> f64| {
                swing(i).map_or((0.0, 0.0), |w| {
                    let (a, b) = (x(base()), x(pick(&w)));
                    (a.min(b), (a - b).abs())
                })
            };
            let name = move || swing(i).map_or(String::new(), |w| swing_input_name(w.input, store.locale_untracked()));
            let value = move || swing(i).map_or(String::new(), |w| swing_width(store.locale_untracked(), w.width()));
            view! {
                <text class="tick" x=label_x y=label_y text-anchor=anchor>{name}</text>
                <rect class="swing-low" y=bar_y + 4.0 height=ROW - 8.0 x=move || segment(|w| w.low_share).0 width=move || segment(|w| w.low_share).1 />
                <rect class="swing-high" y=bar_y + 4.0 height=ROW - 8.0 x=move || segment(|w| w.high_share).0 width=move || segment(|w| w.high_share).1 />
                <text class="bar-value" x=plot.right_edge() + 6.0 y=bar_y + ROW / 2.0 + 4.0>{value}</text>
            }
        })
        .collect_view();
    let (top, left, legend_gap) = (plot.top, plot.left, layout.legend_gap);
    let summary = Signal::derive(move || {
        let texts = store.texts();
        let widest = swings_and_base.with(|(s, _)| s.first().copied());
        widest.map_or(String::new(), |w| {
            (texts.sentences.sensitivity_summary)(&SensitivitySentence {
                platform: texts.players[player.get().index()],
                year: &year().to_string(),
                input: &swing_input_name(w.input, store.locale_untracked()),
                swing: &swing_width(store.locale_untracked(), w.width()),
            })
        })
    });
    let table = Signal::derive(move || {
        let texts = store.texts();
        let locale = store.locale_untracked();
        let caption = format!(
            "{} ({}, {})",
            texts.figures.sensitivity.caption,
            texts.players[player.get().index()],
            year()
        );
        let head = [labels.input, labels.low, labels.high, texts.columns.range];
        swings_and_base.with(|(s, _)| {
            TableData::new(&caption, &head).rows(s.iter().map(|w| {
                vec![
                    swing_input_name(w.input, locale),
                    percent1(locale, w.low_share),
                    percent1(locale, w.high_share),
                    swing_width(locale, w.width()),
                ]
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
    let controls = move || {
        view! {
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
            <svg class="tornado" viewBox=plot.view_box() role="img" aria-label={
                let name = use_chart_name();
                move || name.get()
            }>
                <rect class="swing-low" x=left y=top - 18.0 width="12" height="12" />
                <text class="tick" x=left + 16.0 y=top - 8.0>{labels.low}</text>
                <rect class="swing-high" x=left + legend_gap y=top - 18.0 width="12" height="12" />
                <text class="tick" x=left + legend_gap + 16.0 y=top - 8.0>{labels.high}</text>
                // The baseline goes under the rows, so that names written above their bars
                // (phones) stay legible where it crosses them.
                <line class="baseline-tick" x1=move || x(base()) x2=move || x(base()) y1=top y2=plot.height - 4.0 />
                {rows}
            </svg>
        </FigureFrame>
    }
}
