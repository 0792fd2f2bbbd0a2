//! The figures, as plain Rust tested natively: one module per figure (or per kind of chart that
//! figures share) with what it draws, where its parts go, its summary sentence and its table, and
//! the arithmetic they all use: where a chart's parts go ([`Plot`], [`Scale`]), how path data is
//! written, how direct labels are kept apart, the table every figure offers ([`TableData`]) and the
//! players' colours. `ui::figures` holds the views that bind them; nothing here knows the DOM.

pub mod backtest;
pub mod ban;
pub mod bars;
pub mod curve;
pub mod hindsight;
pub mod lines;
pub mod map;
pub mod scoreboard;
pub mod sensitivity;
pub mod shares;
pub mod trust;

mod colour;
mod plot;
mod table;

pub use colour::{bloc_class, player_class};
pub use plot::{nice_max, push_point, spread, tenths, ticks, top_two, Plot, Scale};
pub use table::{csv, TableData};
