//! A line chart over the projection years, with direct labels and a keyboard tooltip.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::axes::{chart_width, y_grid};
use super::frame::use_chart_name;
use crate::chart::{mark_path, nice_max, push_point, spread, tenths, MarkKind, Plot, Scale};
use crate::content::Locale;
use crate::ui::store::use_store;
use crate::ui::timing::{debounce, FirstValue};

/// One line: a CSS class that fixes its colour, its label and one value per year.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// Colour class, e.g. `c-douyin`.
    pub class: &'static str,
    /// Direct label.
    pub label: String,
    /// One value per year of [`LineData::years`].
    pub values: Vec<f64>,
    /// Drawn dashed (a counterfactual or a comparison).
    pub dashed: bool,
    /// Labelled at the line's end (ghost lines of a comparison are not, to keep the labels legible).
    pub direct_label: bool,
    /// A shaded uncertainty band around the line: (low, high) per year.
    pub band: Option<(Vec<f64>, Vec<f64>)>,
}

/// A reported figure drawn over the lines: a dot, a range's bar or a floor's arrow.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// Colour class, e.g. `c-douyin`.
    pub class: &'static str,
    /// Position in [`LineData::years`].
    pub index: usize,
    /// Dot, bar or arrow.
    pub kind: MarkKind,
    /// The value, or the low end of a range, or the floor.
    pub low: f64,
    /// The high end of a range (equal to `low` otherwise).
    pub high: f64,
    /// Shift from the year's position, SVG units, so that marks of one year stay apart.
    pub offset: f64,
    /// What the tooltip says of it.
    pub text: String,
}

/// Everything a line chart draws.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct LineData {
    /// The x axis.
    pub years: Vec<u16>,
    /// The lines, in a fixed order.
    pub series: Vec<Series>,
    /// Reported figures drawn over the lines (most charts have none).
    pub marks: Vec<Mark>,
}

/// Chart width in SVG units on wide screens and on phones (see [`chart_width`]).
const WIDTH: f64 = 560.0;
const PHONE_WIDTH: f64 = 430.0;
/// The chart's frame at its wide width; the right margin holds the direct labels.
const PLOT: Plot = Plot {
    width: WIDTH,
    height: 330.0,
    top: 14.0,
    right: 150.0,
    bottom: 34.0,
    left: 64.0,
};
/// How long after the last change the faint copies of the lines catch up with them.
const GHOST_AFTER_MS: u32 = 1_500;
/// Smallest vertical gap between two direct labels.
const LABEL_GAP: f64 = 15.0;

/// Where the years and values go: the plot and its two scales.
#[derive(Clone, Debug, PartialEq)]
struct Frame {
    years: Vec<u16>,
    plot: Plot,
    /// Year index to x.
    x: Scale,
    /// Value to y.
    y: Scale,
}

impl Frame {
    fn new(years: Vec<u16>, y_max: f64, width: f64) -> Self {
        let plot = Plot { width, ..PLOT };
        let last = (years.len().max(2) - 1) as f64;
        Frame {
            x: plot.x(0.0, last),
            y: plot.y(0.0, y_max),
            years,
            plot,
        }
    }
    fn x(&self, k: usize) -> f64 {
        self.x.at(k as f64)
    }
    fn y(&self, v: f64) -> f64 {
        self.y.at(v)
    }
}

/// A line chart with `count` lines (fixed for the chart's life, so each line is
/// one element whose shape follows the data rather than being rebuilt).
#[component]
pub fn LinesChart(
    /// The data; `series.len()` must stay `count`.
    #[prop(into)]
    data: Signal<LineData>,
    /// Number of lines.
    count: usize,
    /// How a value reads, in the tooltip (and the axis, unless `tick_format` is given).
    format: fn(Locale, f64) -> String,
    /// How an axis tick reads, if not like the values.
    #[prop(optional)]
    tick_format: Option<fn(Locale, f64) -> String>,
    /// Fix the top of the y axis (e.g. 1.0 for shares); otherwise it follows the data.
    #[prop(default = None)]
    y_max: Option<f64>,
) -> impl IntoView {
    let store = use_store();
    let name = use_chart_name();
    let width = chart_width(WIDTH, PHONE_WIDTH);
    // Where the lines end and their labels start: fixed for the chart's life.
    let right_edge = Plot { width, ..PLOT }.right_edge();
    let frame = Memo::new(move |_| {
        data.with(|d| {
            let top = y_max.unwrap_or_else(|| {
                nice_max(
                    d.series
                        .iter()
                        .flat_map(|s| s.values.iter().copied())
                        .chain(d.marks.iter().map(|m| m.high))
                        .fold(0.0, f64::max),
                )
            });
            Frame::new(d.years.clone(), top, width)
        })
    });
    // What each line looks like (its line, band and ghost classes) is fixed for the
    // chart's life, as its count is (a chart with other lines is a new chart): plain
    // attributes, which no change of the values wakes.
    let classes: Vec<[String; 3]> = data.with_untracked(|d| {
        (0..count)
            .map(|i| {
                d.series.get(i).map_or_else(Default::default, |s| {
                    [
                        format!("line {}{}", s.class, if s.dashed { " dashed" } else { "" }),
                        format!("band {}", s.class),
                        format!("line ghost {}", s.class),
                    ]
                })
            })
            .collect()
    });
    // Its direct label can change (the ban chart's "with" and "without"); a memo, so
    // that the labels' text is not rerun by every change of the values.
    let labels = Memo::new(move |_| {
        data.with(|d| {
            d.series
                .iter()
                .map(|s| {
                    if s.direct_label {
                        s.label.clone()
                    } else {
                        String::new()
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    // The bands change only when the Monte Carlo runs, in a timer: a memo, so that an
    // input does not write their paths again.
    let bands = Memo::new(move |_| {
        data.with(|d| d.series.iter().map(|s| s.band.clone()).collect::<Vec<_>>())
    });
    let active = RwSignal::new(None::<usize>);

    // The value axis is built once and its labels follow the top; the years' axis is
    // rebuilt when the frame changes.
    let y_ticks = y_grid(
        &Plot { width, ..PLOT },
        Signal::derive(move || frame.with(|f| f.y.max())),
        tick_format.unwrap_or(format),
        store.locale_untracked(),
    );
    let x_axis = move || {
        let f = frame.get();
        // Every year while they fit, every other year on a long horizon or a phone.
        let fits = if width < WIDTH { 4 } else { 8 };
        let every = if f.years.len() > fits { 2 } else { 1 };
        f.years
            .iter()
            .enumerate()
            .filter(|(k, _)| k % every == 0)
            .map(|(k, year)| {
                view! {
                    <text class="tick" x=f.x(k) y=f.plot.height - 12.0 text-anchor="middle">
                        {year.to_string()}
                    </text>
                }
            })
            .collect_view()
    };

    let path = move |i: usize| {
        frame.with(|f| {
            data.with(|d| {
                d.series
                    .get(i)
                    .map_or(String::new(), |s| line_path(f, &s.values))
            })
        })
    };
    // Direct labels sit at the end of each line, pushed apart so they never overlap.
    let label_ys = Memo::new(move |_| {
        frame.with(|f| {
            data.with(|d| {
                let labelled: Vec<usize> = (0..d.series.len())
                    .filter(|i| d.series[*i].direct_label)
                    .collect();
                let ends: Vec<f64> = labelled
                    .iter()
                    .map(|i| f.y(last_finite(&d.series[*i].values)))
                    .collect();
                let mut ys = vec![0.0; d.series.len()];
                for (i, y) in
                    labelled
                        .into_iter()
                        .zip(spread(&ends, LABEL_GAP, f.plot.bottom_edge()))
                {
                    ys[i] = y;
                }
                ys
            })
        })
    });
    let last_value =
        move |i: usize| data.with(|d| d.series.get(i).map_or(0.0, |s| last_finite(&s.values)));
    // Each line's path, computed once per change: the line and its faint copy both draw it.
    let drawn: Vec<Memo<String>> = (0..count).map(|i| Memo::new(move |_| path(i))).collect();
    let lines = (0..count)
        .map(|i| {
            let d = drawn[i];
            let [class, band_class, _] = classes[i].clone();
            let label = move || labels.with(|l| l.get(i).cloned().unwrap_or_default());
            let label_y = move || label_ys.with(|ys| tenths(ys.get(i).copied().unwrap_or(0.0) + 4.0));
            let band = move || {
                frame.with(|f| {
                    bands.with(|b| {
                        b.get(i)
                            .and_then(Option::as_ref)
                            .map_or(String::new(), |(low, high)| band_path(f, low, high))
                    })
                })
            };
            view! {
                <path class=band_class d=band />
                <path class=class.clone() d=move || d.get() />
                <circle class=class r="4" cx=right_edge cy=move || frame.with(|f| tenths(f.y(last_value(i)))) />
                <text class="direct-label" x=right_edge + 8.0 y=label_y>{label}</text>
            }
        })
        .collect_view();

    // Each line again, faintly, under the lines: while the reader moves a lever they
    // stay where the lines were, and take the lines' shapes in a timer once the reader
    // pauses, so an input does not draw every line twice.
    let caught_up = RwSignal::new(0u32);
    debounce(
        GHOST_AFTER_MS,
        FirstValue::Skip,
        move || data.track(),
        move |()| caught_up.update(|n| *n = n.wrapping_add(1)),
    );
    let ghosts = (0..count)
        .map(|i| {
            let d = drawn[i];
            let shape = move || {
                caught_up.track();
                d.get_untracked()
            };
            view! { <path class=classes[i][2].clone() d=shape /> }
        })
        .collect_view();

    let marks = move || {
        let f = frame.get();
        data.with(|d| {
            d.marks
                .iter()
                .map(|m| {
                    let shape = mark_path(m.kind, f.x(m.index) + m.offset, f.y(m.low), f.y(m.high));
                    view! { <path class=format!("{} {}", m.kind.class(), m.class) d=shape /> }
                })
                .collect_view()
        })
    };

    let hits = move || {
        let f = frame.get();
        let step = f.x.step();
        (0..f.years.len())
            .map(|k| {
                view! {
                    <rect class="hit" x=f.x(k) - step / 2.0 width=step y=f.plot.top height=f.plot.inner_height()
                        on:mouseenter=move |_| active.set(Some(k))
                        on:mouseleave=move |_| active.set(None)
                    />
                }
            })
            .collect_view()
    };

    // The tooltip lists every line's exact value for the active year.
    let tooltip_lines = move |k: usize| -> Vec<String> {
        let locale = store.locale_untracked();
        data.with(|d| {
            d.series
                .iter()
                .map(|s| {
                    format!(
                        "{}: {}",
                        s.label,
                        format(locale, s.values.get(k).copied().unwrap_or(f64::NAN))
                    )
                })
                .chain(
                    d.marks
                        .iter()
                        .filter(|m| m.index == k)
                        .map(|m| m.text.clone()),
                )
                .collect()
        })
    };
    let tooltip = move || {
        active.get().map(|k| {
            let f = frame.get();
            let year = f.years.get(k).copied().unwrap_or_default();
            let rows = tooltip_lines(k);
            let height = 22.0 + 16.0 * rows.len() as f64;
            let x = if f.x(k) > f.plot.width / 2.0 { f.x(k) - 206.0 } else { f.x(k) + 10.0 };
            let top = f.plot.top;
            let texts = rows
                .into_iter()
                .enumerate()
                .map(|(r, row)| view! { <text x=x + 10.0 y=top + 34.0 + 16.0 * r as f64>{row}</text> })
                .collect_view();
            view! {
                <g class="tooltip">
                    <line class="cursor" x1=f.x(k) x2=f.x(k) y1=top y2=f.plot.bottom_edge() />
                    <rect x=x y=top + 4.0 width="196" height=height rx="4" />
                    <text class="tooltip-year" x=x + 10.0 y=top + 18.0>{year.to_string()}</text>
                    {texts}
                </g>
            }
        })
    };
    let spoken = move || {
        active.get().map(|k| {
            let year = frame.with(|f| f.years.get(k).copied().unwrap_or_default());
            format!("{year}: {}", tooltip_lines(k).join("; "))
        })
    };
    let on_key = move |ev: KeyboardEvent| {
        let last = frame.with(|f| f.years.len().saturating_sub(1));
        let current = active.get_untracked().unwrap_or(last);
        let next = match ev.key().as_str() {
            "ArrowLeft" => current.saturating_sub(1),
            "ArrowRight" => (current + 1).min(last),
            "Home" => 0,
            "End" => last,
            "Escape" => {
                active.set(None);
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        active.set(Some(next));
    };

    view! {
        <svg
            class="lines"
            viewBox=Plot { width, ..PLOT }.view_box()
            role="img"
            tabindex="0"
            aria-labelledby=name
            on:focus=move |_| active.set(Some(frame.with(|f| f.years.len().saturating_sub(1))))
            on:blur=move |_| active.set(None)
            on:keydown=on_key
        >
            <g class="axis">{y_ticks}{x_axis}</g>
            <g class="ghosts" aria-hidden="true">{ghosts}</g>
            {lines}
            <g class="marks">{marks}</g>
            <g class="hits">{hits}</g>
            {tooltip}
        </svg>
        <p class="visually-hidden" aria-live="polite">{spoken}</p>
    }
}

/// An SVG path through the finite values; a missing (non-finite) value breaks the line.
fn line_path(f: &Frame, values: &[f64]) -> String {
    let mut d = String::new();
    let mut pen_down = false;
    for (k, v) in values.iter().enumerate() {
        if v.is_finite() {
            push_point(&mut d, if pen_down { 'L' } else { 'M' }, f.x(k), f.y(*v));
            pen_down = true;
        } else {
            pen_down = false;
        }
    }
    d
}

/// A closed SVG path around the area between `low` and `high` (finite values only).
fn band_path(f: &Frame, low: &[f64], high: &[f64]) -> String {
    let points: Vec<(usize, f64, f64)> = low
        .iter()
        .zip(high)
        .enumerate()
        .filter(|(_, (l, h))| l.is_finite() && h.is_finite())
        .map(|(k, (l, h))| (k, *l, *h))
        .collect();
    if points.is_empty() {
        return String::new();
    }
    let mut d = String::new();
    for (n, (k, _, h)) in points.iter().enumerate() {
        push_point(&mut d, if n == 0 { 'M' } else { 'L' }, f.x(*k), f.y(*h));
    }
    for (k, l, _) in points.iter().rev() {
        push_point(&mut d, 'L', f.x(*k), f.y(*l));
    }
    d.push('Z');
    d
}

/// The last finite value of a line (where its direct label goes), or 0.
fn last_finite(values: &[f64]) -> f64 {
    values
        .iter()
        .rev()
        .copied()
        .find(|v| v.is_finite())
        .unwrap_or(0.0)
}
