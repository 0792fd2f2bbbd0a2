//! The tornado chart: for a chosen platform and year, how far each lever and each
//! uncertain constant moves the share when swung across its range.

use leptos::prelude::*;

use super::frame::FigureFrame;
use super::scale::chart_width;
use super::table::TableData;
use crate::content::format::{percent1, points};

/// A swing's width: unsigned percentage points.
fn swing_width(locale: crate::content::Locale, width: f64) -> String {
    points(locale, width).trim_start_matches('+').to_string()
}
use crate::content::{ChromeText, Texts};
use crate::model::{base_share, tornado, Partner, Player, Swing, SwingInput, FIRST_YEAR};
use crate::state::FigureId;
use crate::ui::controls::lever_index;
use crate::ui::store::use_store;
use crate::ui::view::{deferred, use_view};

/// Bars shown: the widest inputs; the table lists them all.
const SHOWN: usize = 12;
/// Width in SVG units on wide screens and on phones (see [`chart_width`]).
const WIDTH: f64 = 560.0;
const PHONE_WIDTH: f64 = 400.0;
const ROW: f64 = 26.0;
const LEFT: f64 = 250.0;
const TOP: f64 = 24.0;
/// Height of a label line above its bar (phones).
const LABEL_LINE: f64 = 20.0;

/// Where the chart's parts go: each input's name beside its bar on wide screens,
/// above it on phones, where the names would not fit beside.
#[derive(Clone, Copy)]
struct Layout {
    width: f64,
    /// Where the bars' area starts.
    left: f64,
    /// Room for the values at the right.
    right: f64,
    /// Height of one input's row, and where its bar starts within it.
    row: f64,
    bar_top: f64,
    /// Where the legend's second entry starts, after the first.
    legend_gap: f64,
}

impl Layout {
    fn new() -> Self {
        let width = chart_width(WIDTH, PHONE_WIDTH);
        if width < WIDTH {
            Layout {
                width,
                left: 8.0,
                right: 80.0,
                row: ROW + LABEL_LINE,
                bar_top: LABEL_LINE,
                legend_gap: 170.0,
            }
        } else {
            Layout {
                width,
                left: LEFT,
                right: 70.0,
                row: ROW,
                bar_top: 0.0,
                legend_gap: 130.0,
            }
        }
    }

    fn labels_above(&self) -> bool {
        self.bar_top > 0.0
    }
}

/// A readable name for what a bar swings.
fn input_name(input: SwingInput, texts: &Texts, chrome: &ChromeText) -> String {
    match input {
        SwingInput::Lever(lever) => texts.levers[lever_index(lever)].label.to_string(),
        SwingInput::Param(key) => param_name(key, texts, chrome),
    }
}

/// A readable name for an uncertain constant's key (`attraction.douyin` → "Pull on attention: Douyin").
pub fn param_name(key: &str, texts: &Texts, chrome: &ChromeText) -> String {
    let (group, member) = key.split_once('.').unwrap_or((key, ""));
    let name = chrome
        .param_names
        .iter()
        .find(|(k, _)| *k == group)
        .map_or(group, |(_, n)| *n);
    let member = Player::from_key(member)
        .map(|p| texts.players[p.index()])
        .or_else(|| {
            Partner::ALL
                .iter()
                .find(|p| p.key() == member)
                .map(|p| chrome.partners[p.index()])
        });
    match member {
        Some(m) => format!("{name}: {m}"),
        None => name.to_string(),
    }
}

/// The sensitivity (tornado) figure with its platform and year choices.
#[component]
pub fn SensitivityFigure() -> impl IntoView {
    let store = use_store();
    let view = use_view();
    let chrome = store.chrome();
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
    let scale = Memo::new(move |_| {
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
        let (lo, hi) = scale.get();
        layout.left
            + (layout.width - layout.left - layout.right) * (share - lo) / (hi - lo).max(1e-9)
    };
    let swing = move |i: usize| swings_and_base.with(|(s, _)| s.get(i).copied());
    let rows = (0..SHOWN)
        .map(|i| {
            let y = TOP + layout.row * i as f64;
            let bar_y = y + layout.bar_top;
            let (label_x, label_y, anchor) = if layout.labels_above() {
                (layout.left, y + LABEL_LINE - 4.0, "start")
            } else {
                (layout.left - 8.0, y + ROW / 2.0 + 4.0, "end")
            };
            let segment = move |pick: fn(&Swing) -> f64| {
                swing(i).map_or((0.0, 0.0), |w| {
                    let (a, b) = (x(base()), x(pick(&w)));
                    (a.min(b), (a - b).abs())
                })
            };
            let name = move || swing(i).map_or(String::new(), |w| input_name(w.input, store.texts(), chrome));
            let value = move || swing(i).map_or(String::new(), |w| swing_width(store.locale(), w.width()));
            view! {
                <text class="tick" x=label_x y=label_y text-anchor=anchor>{name}</text>
                <rect class="swing-low" y=bar_y + 4.0 height=ROW - 8.0 x=move || segment(|w| w.low_share).0 width=move || segment(|w| w.low_share).1 />
                <rect class="swing-high" y=bar_y + 4.0 height=ROW - 8.0 x=move || segment(|w| w.high_share).0 width=move || segment(|w| w.high_share).1 />
                <text class="bar-value" x=layout.width - layout.right + 6.0 y=bar_y + ROW / 2.0 + 4.0>{value}</text>
            }
        })
        .collect_view();
    let height = TOP + layout.row * SHOWN as f64 + 8.0;
    let (width, left, legend_gap) = (layout.width, layout.left, layout.legend_gap);
    let summary = Signal::derive(move || {
        let texts = store.texts();
        let widest = swings_and_base.with(|(s, _)| s.first().copied());
        widest.map_or(String::new(), |w| {
            (chrome.sensitivity_summary)(
                texts.players[player.get().index()],
                &year().to_string(),
                &input_name(w.input, texts, chrome),
                &swing_width(store.locale(), w.width()),
            )
        })
    });
    let table = Signal::derive(move || {
        let texts = store.texts();
        let c = chrome;
        let locale = store.locale();
        TableData {
            caption: format!(
                "{} ({}, {})",
                c.sensitivity_caption,
                texts.players[player.get().index()],
                year()
            ),
            head: [
                c.sensitivity_input,
                c.sensitivity_low,
                c.sensitivity_high,
                texts.ui.range,
            ]
            .map(str::to_string)
            .to_vec(),
            rows: swings_and_base.with(|(s, _)| {
                s.iter()
                    .map(|w| {
                        vec![
                            input_name(w.input, texts, c),
                            percent1(locale, w.low_share),
                            percent1(locale, w.high_share),
                            swing_width(locale, w.width()),
                        ]
                    })
                    .collect()
            }),
        }
    });
    let name = Signal::derive(move || format!("{}. {}", chrome.sensitivity_figure, summary.get()));
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
                    <span>{chrome.sensitivity_platform}</span>
                    <select on:change=move |ev| {
                        if let Some(p) = Player::from_key(&event_target_value(&ev)) { player.set(p) }
                    }>{player_options}</select>
                </label>
                <label>
                    <span>{chrome.sensitivity_year}</span>
                    <select on:change=move |ev| chosen_year.set(event_target_value(&ev).parse().ok())>{year_options}</select>
                </label>
            </div>
        }
    };
    view! {
        <FigureFrame
            id="fig-sensitivity"
            embed=Some(FigureId::Sensitivity)
            title=chrome.sensitivity_figure
            summary=summary
            source=store.texts().ui.model_source
            table=table
            controls=controls
        >
            <svg class="tornado" viewBox=format!("0 0 {width} {height}") role="img" aria-label=move || name.get()>
                <rect class="swing-low" x=left y=TOP - 18.0 width="12" height="12" />
                <text class="tick" x=left + 16.0 y=TOP - 8.0>{chrome.sensitivity_low}</text>
                <rect class="swing-high" x=left + legend_gap y=TOP - 18.0 width="12" height="12" />
                <text class="tick" x=left + legend_gap + 16.0 y=TOP - 8.0>{chrome.sensitivity_high}</text>
                // The baseline goes under the rows, so that names written above their bars
                // (phones) stay legible where it crosses them.
                <line class="baseline-tick" x1=move || x(base()) x2=move || x(base()) y1=TOP y2=height - 4.0 />
                {rows}
            </svg>
        </FigureFrame>
    }
}
