//! Leptos components: everything that touches the DOM. Compiled for wasm32 only.

mod app;
mod browser;
mod chapters;
mod controls;
mod deck;
mod embed;
mod export;
pub mod figures;
pub mod panic;
mod sources;
pub mod store;
mod toolbar;
mod view;

pub use app::App;

/// Starts the app: installs the panic page, then mounts [`App`] on `<body>`.
pub fn start() {
    panic::install_hook();
    leptos::mount::mount_to_body(App);
}
