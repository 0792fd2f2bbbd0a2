//! Solves Model 3's weighted fit of each view and writes it to `src/model/estimated.rs`:
//! `cargo run --release --example fit`. Prints what it just solved and wrote (not the compiled-in
//! constants, which are stale until the next build): each view's constants against their priors.
//! `examples/estimate.rs` prints the residuals and the backtest.

use livestream_arena::model::{estimate, View};

fn main() -> std::io::Result<()> {
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/src/model/estimated.rs");
    std::fs::write(file, livestream_arena::model::estimate::generated_source())?;
    println!("wrote {file}");
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
