//! Solves the fits and writes their constants: Model 2's two fits to `src/model/fitted.rs`, Model 3's
//! weighted fit of each view to `src/model/estimated.rs`. `cargo run --release --example fit`. Prints
//! what it just solved and wrote (not the compiled-in constants, which are stale until the next build):
//! each Model 2 fit's targets against the model, and each view's constants against their priors.
//! `examples/estimate.rs` prints Model 3's residuals and backtest.

use livestream_arena::model::{self, estimate, fit, fit_checks, Fit, View};

fn main() -> std::io::Result<()> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/model");
    for (file, text) in [
        ("fitted.rs", model::generated_source()),
        ("estimated.rs", model::estimate::generated_source()),
    ] {
        std::fs::write(format!("{dir}/{file}"), text)?;
        println!("wrote {dir}/{file}");
    }
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
    for view in View::ALL {
        let e = estimate(view);
        println!(
            "\n{view:?}: {} observations, {} iterations, data Σz² {:.1}, prior Σz² {:.1}",
            e.residuals.len(),
            e.iterations,
            e.data_cost(),
            e.prior_cost()
        );
        for p in &e.pulls {
            println!("  {:<28} {:>14.4}  z {:+.2}", p.key, p.value, p.z);
        }
    }
    Ok(())
}
