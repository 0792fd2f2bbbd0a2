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

/// Starts the app: installs the panic page, removes the static title painted while
/// the app loaded, then mounts [`App`] on `<body>`.
pub fn start() {
    panic::install_hook();
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    leptos::mount::mount_to_body(App);
}
