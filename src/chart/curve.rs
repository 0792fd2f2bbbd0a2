//! The selling curve (the niche chapter; embedded as `curve`): Xiaohongshu's yearly revenue from
//! selling, from ads and in all, along the whole range of selling intensity, with the reader's
//! intensity marked. As arithmetic: the samples, where they go, the lines' paths, the summary
//! sentence and the table.

use crate::content::format::{decimal, rmb};
use crate::content::sentences::CurveSentence;
use crate::content::{Locale, Texts};
use crate::model::{xiaohongshu_revenue, Params, Revenue, Scenario};

use super::plot::{nice_max, push_point, Plot};
use super::TableData;

/// The chart's frame; the right margin holds the direct labels, the bottom one the
/// intensity axis and its name.
pub const PLOT: Plot = Plot {
    width: 640.0,
    height: 320.0,
    top: 14.0,
    right: 96.0,
    bottom: 40.0,
    left: 76.0,
};
/// Points sampled along the intensity axis: steps of 0.025.
const SAMPLES: usize = 41;
/// The table lists every fourth sample: steps of 0.1.
const TABLE_EVERY: usize = 4;
/// The year the curve describes: the first full year after the article.
const CURVE_YEAR: u16 = 2021;
/// The intensities the horizontal axis names.
pub const X_TICKS: [f64; 5] = [0.0, 0.25, 0.5, 0.75, 1.0];
/// How far above the chart's bottom edge the intensity axis's numbers sit (their baseline).
const X_TICK_RISE: f64 = 20.0;
/// How far above the chart's bottom edge the intensity axis's name sits.
const X_NAME_RISE: f64 = 2.0;
/// How far right of the lines' ends the direct labels start.
pub const LABEL_INDENT: f64 = 8.0;
/// How far below its line's end a direct label's baseline sits, so that the text's middle is level with it.
const LABEL_DROP: f64 = 4.0;

/// One sample: a selling intensity (0 to 1) and the revenue it brings.
pub type Sample = (f64, Revenue);

/// Xiaohongshu's revenue in [`CURVE_YEAR`] at `intensity`, with the rest of `s` as it is.
fn at(s: &Scenario, intensity: f64) -> Revenue {
    xiaohongshu_revenue(s, &Params::fitted(s.view), intensity, CURVE_YEAR)
}

/// The curve: [`SAMPLES`] evenly spaced intensities from 0 to 1 and their revenue under `s`.
pub fn samples(s: &Scenario) -> Vec<Sample> {
    (0..SAMPLES)
        .map(|k| {
            let intensity = k as f64 / (SAMPLES - 1) as f64;
            (intensity, at(s, intensity))
        })
        .collect()
}

/// The reader's point: `s`'s own intensity and its revenue.
pub fn current(s: &Scenario) -> Sample {
    (s.selling_intensity, at(s, s.selling_intensity))
}

/// The sample with the most revenue in all.
pub fn best(curve: &[Sample]) -> Sample {
    curve
        .iter()
        .copied()
        .max_by(|a, b| a.1.total().total_cmp(&b.1.total()))
        .unwrap_or((
            0.0,
            Revenue {
                commerce: 0.0,
                ads: 0.0,
            },
        ))
}

/// The top of the revenue axis: a round number above the largest total.
pub fn top(curve: &[Sample]) -> f64 {
    nice_max(curve.iter().map(|(_, r)| r.total()).fold(0.0, f64::max))
}

/// Where an intensity goes.
pub fn x(intensity: f64) -> f64 {
    PLOT.x(0.0, 1.0).at(intensity)
}

/// Where a revenue goes, on an axis up to `top`.
pub fn y(top: f64, revenue: f64) -> f64 {
    PLOT.y(0.0, top).at(revenue)
}

/// Where the intensity axis's numbers sit (their baseline).
pub fn x_tick_y() -> f64 {
    PLOT.height - X_TICK_RISE
}

/// Where the intensity axis's name sits.
pub fn x_name_y() -> f64 {
    PLOT.height - X_NAME_RISE
}

/// The path of one revenue (`pick`: commerce, ads or the total) along the curve.
pub fn path(curve: &[Sample], top: f64, pick: fn(&Revenue) -> f64) -> String {
    let mut d = String::new();
    for (k, (i, r)) in curve.iter().enumerate() {
        push_point(
            &mut d,
            if k == 0 { 'M' } else { 'L' },
            x(*i),
            y(top, pick(r)),
        );
    }
    d
}

/// The baseline of the direct label of one revenue (`pick`), at the curve's end.
pub fn label_y(curve: &[Sample], top: f64, pick: fn(&Revenue) -> f64) -> f64 {
    curve.last().map_or(0.0, |(_, r)| y(top, pick(r))) + LABEL_DROP
}

/// The figure's summary: the reader's intensity and its revenue, and the intensity that brings the
/// most with its revenue.
pub fn summary(texts: &Texts, locale: Locale, current: Sample, best: Sample) -> String {
    let ((i, r), (bi, br)) = (current, best);
    (texts.sentences.curve_summary)(&CurveSentence {
        current: &decimal(locale, i, 2),
        revenue: &rmb(locale, r.total()),
        best: &decimal(locale, bi, 2),
        best_revenue: &rmb(locale, br.total()),
        year: CURVE_YEAR,
    })
}

/// The table: every [`TABLE_EVERY`]th sample's intensity and its three revenues.
pub fn table(texts: &Texts, locale: Locale, curve: &[Sample]) -> TableData {
    let lines = texts.figures.curve_lines;
    let head = [lines.x, lines.commerce, lines.ads, lines.total];
    TableData::new(texts.figures.curve.caption, &head).rows(curve.iter().step_by(TABLE_EVERY).map(
        |(i, r)| {
            vec![
                decimal(locale, *i, 2),
                rmb(locale, r.commerce),
                rmb(locale, r.ads),
                rmb(locale, r.total()),
            ]
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::texts;

    #[test]
    fn the_curve_samples_the_whole_range_and_peaks_inside_it() {
        let s = Scenario::default();
        let curve = samples(&s);
        assert_eq!(curve.len(), SAMPLES);
        assert_eq!((curve[0].0, curve[SAMPLES - 1].0), (0.0, 1.0));
        let (peak, revenue) = best(&curve);
        assert!(curve.iter().all(|(_, r)| r.total() <= revenue.total()));
        // The inverted U: the peak is neither no selling nor all selling.
        assert!(0.0 < peak && peak < 1.0, "peak at {peak}");
        assert!(top(&curve) >= revenue.total());
        // The reader's point lies on the curve.
        let (i, r) = current(&s);
        assert_eq!(i, s.selling_intensity);
        if let Some((_, on_curve)) = curve.iter().find(|(k, _)| *k == i) {
            assert_eq!(on_curve.total(), r.total());
        }
    }

    #[test]
    fn the_summary_says_the_reader_s_revenue_and_the_peak_s() {
        let s = Scenario::default();
        let curve = samples(&s);
        let (now, peak) = (current(&s), best(&curve));
        for locale in Locale::ALL {
            let text = summary(texts(locale), locale, now, peak);
            for part in [
                decimal(locale, now.0, 2),
                rmb(locale, now.1.total()),
                decimal(locale, peak.0, 2),
                rmb(locale, peak.1.total()),
            ] {
                assert!(text.contains(&part), "{part} missing from {text}");
            }
            assert!(
                text.find(&decimal(locale, now.0, 2)) < text.find(&decimal(locale, peak.0, 2)),
                "the reader's intensity first: {text}"
            );
        }
    }

    #[test]
    fn the_lines_fill_the_plot_and_the_table_steps_by_a_tenth() {
        let curve = samples(&Scenario::default());
        let top = top(&curve);
        let total = path(&curve, top, Revenue::total);
        assert_eq!(total.matches(['M', 'L']).count(), SAMPLES);
        assert!(total.starts_with(&format!("M{:.1},", PLOT.left)), "{total}");
        let end = label_y(&curve, top, Revenue::total);
        assert_eq!(end, y(top, curve[SAMPLES - 1].1.total()) + LABEL_DROP);
        assert!(x_tick_y() > PLOT.bottom_edge() && x_name_y() > x_tick_y());
        let table = table(texts(Locale::En), Locale::En, &curve);
        let first: Vec<&str> = table.rows.iter().map(|r| r[0].as_str()).collect();
        assert_eq!(first.len(), 11);
        assert_eq!((first[0], first[1], first[10]), ("0.00", "0.10", "1.00"));
    }
}
