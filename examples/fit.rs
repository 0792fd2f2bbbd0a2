//! Solves both fits and writes their constants to `src/model/fitted.rs`:
//! `cargo run --release --example fit`. Prints each fit's targets against the model.

use livestream_arena::model::{fit_report, generated_source, Fit};

fn main() -> std::io::Result<()> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/model/fitted.rs");
    std::fs::write(path, generated_source())?;
    println!("wrote {path}");
    for fit in Fit::ALL {
        println!("\n{fit:?}:");
        for row in fit_report(fit) {
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
