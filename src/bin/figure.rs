//! Entry point of the embed pages' wasm (`embed-ID.html`): one figure with its controls,
//! without the article, the slides or the toolbar, whose code the linker then leaves out.
//! Trunk builds it beside the main binary (index.html); the article's wasm still shows
//! any figure alone for the older `index.html?embed=ID` links.

#[cfg(target_arch = "wasm32")]
fn main() {
    livestream_arena::ui::start_figure();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the embed pages' wasm: use `make serve` (Trunk) to build and serve it.");
}
