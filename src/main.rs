//! Entry point of the browser app; Trunk builds this binary for wasm32.

#[cfg(target_arch = "wasm32")]
fn main() {
    livestream_arena::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "Livestream Arena runs in the browser: use `make serve` (Trunk) to build and serve it."
    );
}
