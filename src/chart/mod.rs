//! The arithmetic of the figures, in plain Rust so it is tested natively: where a
//! chart's parts go ([`Plot`], [`Scale`]), how its path data is written, how direct
//! labels are kept apart, the table every figure offers ([`TableData`]), the players'
//! colours, and the figures moved here so far (one module each).
//! `ui::figures` draws with it; nothing here knows the DOM.

mod backtest;
pub mod ban;
pub mod bars;
pub mod curve;
pub mod lines;
pub mod sensitivity;
pub mod shares;
pub mod trust;

mod colour;
mod plot;
mod table;

pub use backtest::{
    backtest_summary, backtest_table, mark_offset, mark_path, model_text, reported_text, MarkKind,
    ARROW,
};

pub use colour::{bloc_class, player_class};
pub use plot::{nice_max, push_point, spread, tenths, ticks, top_two, Plot, Scale};
pub use table::{csv, TableData};
