//! Leptos components: everything that touches the DOM. Compiled for wasm32 only.

mod app;
mod browser;
mod chapters;
mod controls;
mod deck;
mod embed;
mod export;
mod figure_view;
pub mod figures;
mod glossary;
pub mod panic;
mod sources;
pub mod store;
mod timing;
mod toolbar;

pub use app::App;
pub use browser::live_observers;

/// Starts the app: installs the panic page, removes the static title painted while
/// the app loaded, then mounts [`App`] on `<body>`.
pub fn start() {
    panic::install_hook();
    browser::remove_element("boot");
    leptos::mount::mount_to_body(App);
}
