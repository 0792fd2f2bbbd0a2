//! A line chart over the projection years, with direct labels and a keyboard tooltip: the view of
//! [`crate::chart::lines`], which holds its data, geometry and tooltip layout.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::axes::{chart_width, y_grid};
use super::frame::use_chart_name;
use crate::chart::lines::{
    band_path, direct_labels, label_baseline, label_ys, last_finite, line_classes, line_path, plot,
    tooltip_rows, tooltip_spoken, value_top, Frame, LineData, LABEL_INDENT, PHONE_WIDTH,
    TOOLTIP_WIDTH, WIDTH,
};
use crate::chart::tenths;
use crate::content::Locale;
use crate::ui::store::use_store;
use crate::ui::timing::{debounce, FirstValue};

/// How long after the last change the faint copies of the lines catch up with them.
const GHOST_AFTER_MS: u32 = 1_500;

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
    let plot = plot(width);
    // Where the lines end and their labels start: fixed for the chart's life.
    let right_edge = plot.right_edge();
    let frame = Memo::new(move |_| {
        data.with(|d| {
            let top = y_max.unwrap_or_else(|| value_top(d));
            Frame::new(d.years.clone(), top, width)
        })
    });
    // What each line looks like (its line, band and ghost classes) is fixed for the
    // chart's life, as its count is (a chart with other lines is a new chart): plain
    // attributes, which no change of the values wakes.
    let classes: Vec<[String; 3]> = data.with_untracked(|d| {
        (0..count)
            .map(|i| d.series.get(i).map_or_else(Default::default, line_classes))
            .collect()
    });
    // Its direct label can change (the ban chart's "with" and "without"); a memo, so
    // that the labels' text is not rerun by every change of the values.
    let labels = Memo::new(move |_| data.with(direct_labels));
    // The bands change only when the Monte Carlo runs, in a timer: a memo, so that an
    // input does not write their paths again.
    let bands = Memo::new(move |_| {
        data.with(|d| d.series.iter().map(|s| s.band.clone()).collect::<Vec<_>>())
    });
    let active = RwSignal::new(None::<usize>);

    // The value axis is built once and its labels follow the top; the years' axis is
    // rebuilt when the frame changes.
    let y_ticks = y_grid(
        &plot,
        Signal::derive(move || frame.with(|f| f.y.max())),
        tick_format.unwrap_or(format),
        store.locale_untracked(),
    );
    let x_axis = move || {
        let f = frame.get();
        let every = f.year_stride();
        f.years
            .iter()
            .enumerate()
            .filter(|(k, _)| k % every == 0)
            .map(|(k, year)| {
                view! {
                    <text class="tick" x=f.x(k) y=f.year_label_y() text-anchor="middle">
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
    let label_ys = Memo::new(move |_| frame.with(|f| data.with(|d| label_ys(f, d))));
    let last_value =
        move |i: usize| data.with(|d| d.series.get(i).map_or(0.0, |s| last_finite(&s.values)));
    // Each line's path, computed once per change: the line and its faint copy both draw it.
    let drawn: Vec<Memo<String>> = (0..count).map(|i| Memo::new(move |_| path(i))).collect();
    let lines = (0..count)
        .map(|i| {
            let d = drawn[i];
            let [class, band_class, _] = classes[i].clone();
            let label = move || labels.with(|l| l.get(i).cloned().unwrap_or_default());
            let label_y = move || {
                label_ys.with(|ys| tenths(label_baseline(ys.get(i).copied().unwrap_or(0.0))))
            };
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
                <circle
                    class=class
                    r="4"
                    cx=right_edge
                    cy=move || frame.with(|f| tenths(f.y(last_value(i))))
                />
                <text class="direct-label" x=right_edge + LABEL_INDENT y=label_y>
                    {label}
                </text>
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
                    view! { <path class=format!("{} {}", m.kind.class(), m.class) d=f.mark_path(m) /> }
                })
                .collect_view()
        })
    };

    let hits = move || {
        let f = frame.get();
        (0..f.years.len())
            .map(|k| {
                let (x, step) = f.hit(k);
                view! {
                    <rect
                        class="hit"
                        x=x
                        width=step
                        y=f.plot.top
                        height=f.plot.inner_height()
                        on:mouseenter=move |_| active.set(Some(k))
                        on:mouseleave=move |_| active.set(None)
                    />
                }
            })
            .collect_view()
    };

    // The tooltip lists every line's exact value for the active year.
    let tooltip_lines =
        move |k: usize| data.with(|d| tooltip_rows(d, k, store.locale_untracked(), format));
    let tooltip =
        move || {
            active.get().map(|k| {
            let f = frame.get();
            let year = f.years.get(k).copied().unwrap_or_default();
            let rows = tooltip_lines(k);
            let tip = f.tooltip(k, rows.len());
            let texts = rows
                .into_iter()
                .enumerate()
                .map(|(r, row)| view! {
                    <text x=tip.text_x() y=tip.row_y(r)>
                        {row}
                    </text>
                })
                .collect_view();
            view! {
                <g class="tooltip">
                    <line
                        class="cursor"
                        x1=f.x(k)
                        x2=f.x(k)
                        y1=f.plot.top
                        y2=f.plot.bottom_edge()
                    />
                    <rect x=tip.left y=tip.box_top() width=TOOLTIP_WIDTH height=tip.height rx="4" />
                    <text class="tooltip-year" x=tip.text_x() y=tip.year_y()>
                        {year.to_string()}
                    </text>
                    {texts}
                </g>
            }
        })
        };
    let spoken = move || {
        active.get().map(|k| {
            let year = frame.with(|f| f.years.get(k).copied().unwrap_or_default());
            tooltip_spoken(year, &tooltip_lines(k))
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
            viewBox=plot.view_box()
            role="img"
            tabindex="0"
            aria-labelledby=name
            on:focus=move |_| active.set(Some(frame.with(|f| f.years.len().saturating_sub(1))))
            on:blur=move |_| active.set(None)
            on:keydown=on_key
        >
            <g class="axis">{y_ticks}{x_axis}</g>
            <g class="ghosts" aria-hidden="true">
                {ghosts}
            </g>
            {lines}
            <g class="marks">{marks}</g>
            <g class="hits">{hits}</g>
            {tooltip}
        </svg>
        <p class="visually-hidden" aria-live="polite">
            {spoken}
        </p>
    }
}
