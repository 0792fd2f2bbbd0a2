//! The explainer's figures: SVG drawn by Leptos components from the model.
//!
//! To add a figure:
//! 1. Write a component here that reads the scenario with `use_figure_view()` (paused
//!    while its chapter is off screen) and draws an `<svg>` in a [`crate::chart::Plot`]:
//!    `viewBox` from `plot.view_box()`, positions from `plot.x(..)` / `plot.y(..)`.
//! 2. Give the SVG `role="img"` and `aria-labelledby` from `frame::use_chart_name`, read
//!    inside the frame's children (the frame provides it).
//! 3. Wrap it in `frame::FigureFrame` with a title, a one-sentence summary and a
//!    [`crate::chart::TableData`]; the frame adds the table, downloads, embed code and source.
//! 4. To make it embeddable, add a `FigureId` (URL code, chapter, title) in `state/figure.rs`.
//!
//! Line charts reuse `lines::LinesChart`, bars `bars::HBars`.

mod audiences;
mod axes;
mod ban;
mod bars;
mod curve;
mod frame;
mod lines;
mod map;
mod next;
mod params;
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
pub use map::MapFigure;
pub use next::{choice_name, BacktestFigure, NextFigure, ANSWER, CHOICES};
pub use params::ParamsTable;
pub use scoreboard::ScoreboardFigure;
pub use sensitivity::SensitivityFigure;
pub use shares::SharesFigure;
pub use timeline::TimelineFigure;
pub use trust::TrustFigure;
