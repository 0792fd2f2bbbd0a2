//! Livestream Arena: an interactive explainer of China's livestream-commerce
//! battle. Four floors, arrows pointing down only (`docs/code.md`):
//!
//! 1. [`model`]: pure Rust market model (no web crate), tested natively, with the ledger
//!    of reported figures;
//! 2. [`content`]: what the explainer says, as typed data;
//! 3. the pure helpers the page is drawn with: [`state`] (the page's state as a query
//!    string), [`chart`] (each figure's data, geometry, summary sentence and table), [`snippet`],
//!    [`pym`];
//! 4. [`ui`]: Leptos components, run in the browser and rendered natively to HTML at build time.

#![recursion_limit = "512"]

pub mod chart;
pub mod content;
pub mod model;
pub mod parse_number;
/// Build-time images of the figures: used by the build's examples only, never by the app.
pub mod preview;
pub mod pym;
pub mod snippet;
pub mod state;

pub mod ui;
