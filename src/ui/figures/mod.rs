//! The explainer's figures: the Leptos views that bind each figure's arithmetic in
//! [`crate::chart`] to the page.
//!
//! To add a figure:
//! 1. Write its arithmetic in `chart/<figure>.rs`, as pure functions tested natively (see
//!    `chart/shares.rs`): the data it draws, where its parts go (a [`crate::chart::Plot`] and
//!    named constants, no bare numbers), its one-sentence summary and its
//!    [`crate::chart::TableData`]. Test that the sentence names what the data says, in both
//!    languages.
//! 2. Write a component here that reads the scenario with `use_figure_view()` (paused
//!    while its chapter is off screen) and draws an `<svg>` from those functions:
//!    `viewBox` from `plot.view_box()`, positions from the chart module.
//! 3. Give the SVG `role="img"` and `aria-labelledby` from `frame::use_chart_name`, read
//!    inside the frame's children (the frame provides it).
//! 4. Wrap it in `frame::FigureFrame` with a title, the summary and the table; the frame
//!    adds the table, downloads, embed code and source.
//! 5. To make it embeddable, add a `FigureId` (URL code, chapter, title) in `state/figure.rs`.
//!
//! Line charts reuse `lines::LinesChart` (`chart::lines`), bars `bars::HBars` (`chart::bars`).

mod audiences;
mod axes;
mod ban;
mod bars;
mod curve;
mod frame;
mod hindsight;
mod lines;
mod map;
mod next;
mod params;
mod residuals;
mod scoreboard;
mod sensitivity;
mod shares;
mod table;
mod timeline;
mod trust;

#[cfg(not(target_arch = "wasm32"))]
pub use audiences::count_text;
pub use ban::BanFigure;
pub use curve::CurveFigure;
pub use hindsight::HindsightFigure;
pub use map::MapFigure;
pub use next::{choice_name, BacktestFigure, NextFigure, ANSWER, CHOICES};
pub use params::ParamsTable;
pub use residuals::Residuals;
pub use scoreboard::ScoreboardFigure;
pub use sensitivity::SensitivityFigure;
pub use shares::SharesFigure;
pub use timeline::TimelineFigure;
pub use trust::TrustFigure;
