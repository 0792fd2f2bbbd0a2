//! The explainer's figures: SVG drawn by Leptos components from the model.

mod ban;
mod bars;
mod curve;
mod frame;
mod lines;
mod map;
mod next;
mod params;
mod scale;
mod scoreboard;
mod sensitivity;
mod series;
mod shares;
mod table;
mod trust;

pub use ban::BanFigure;
pub use curve::CurveFigure;
pub use map::MapFigure;
pub use next::{choice_name, NextFigure, Reveal, ANSWER, CHOICES};
pub use params::ParamsTable;
pub use scoreboard::ScoreboardFigure;
pub use sensitivity::SensitivityFigure;
pub use series::Metric;
pub use shares::SharesFigure;
pub use trust::TrustFigure;
