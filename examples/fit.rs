//! Solves both fits and writes their constants to `src/model/fitted.rs`:
//! `cargo run --release --example fit`. Prints each fit's targets against the model with the constants
//! it just wrote (not the compiled-in ones, which are stale until the next build).

use livestream_arena::model::{fit, fit_checks, generated_source, Fit};

fn main() -> std::io::Result<()> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/model/fitted.rs");
    std::fs::write(path, generated_source())?;
    println!("wrote {path}");
    // The constants just solved and written, not the ones compiled into this example.
    for target in Fit::ALL {
        println!("\n{target:?}:");
        for row in fit_checks(target, &fit(target)) {
            let scale = if row.what.contains("(bn)") { 1e9 } else { 1.0 };
            println!(
                "  {:<44} target {:>10.4}  model {:>10.4}  error {:+.2e}",
                row.what,
                row.target / scale,
                row.model / scale,
                row.model / row.target - 1.0
            );
        }
    }
    Ok(())
}
