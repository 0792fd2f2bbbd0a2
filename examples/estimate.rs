//! Model 3's weighted fit, as tables: `cargo run --release --example estimate`.
//!
//! For each view of history (`model::estimate`): the fitted constants against their priors, and every
//! observation's residual. Then the 2020 view's backtest (`model::predict`): each figure reported
//! later against the predictive band, and the band's width on the years the view is fitted to. Last,
//! the hindsight fit (`model::hindsight`) for each anchor and freedom: the beliefs it needs, its sales of
//! Douyin and Kuaishou, and the directions the later figures pin down.

use livestream_arena::model::compare::{Evidence, Observation, Quantity};
use livestream_arena::model::hindsight::{hindsight, Anchor, Freedom};
use livestream_arena::model::predict::{
    calibration_width, held_out, is_sales_of, predict, BandParts, Prediction,
};
use livestream_arena::model::{estimate, Player, View};

/// A readable name for an observation.
fn name(o: &Observation) -> String {
    let what = match o.evidence {
        Evidence::Gmv(f) => format!("{} {} ({})", f.player.key(), f.year, f.flag.letter()),
        Evidence::Count(c) => format!(
            "{:?} {:?} {}-{:02} ({})",
            c.who,
            c.audience,
            c.year,
            c.month,
            c.flag.letter()
        ),
        Evidence::MarketGrowth2020 => "market growth 2020 (R)".into(),
        Evidence::Assumed(a) => format!("{a:?} (assumed)"),
    };
    let measure = match o.quantity {
        Quantity::Gmv(..) => "gmv",
        Quantity::CheckoutToGmv(..) => "own checkout to gmv",
        Quantity::GmvFiscalYear(..) => "¾ gmv + ¼ next",
        Quantity::Audience(..) => "audience",
        Quantity::Shoppers(..) => "shoppers",
        Quantity::MarketGrowth(..) => "shoppers × spend growth",
        Quantity::PartnerLinkShare(..) => "partner links share",
    };
    format!("{what} vs {measure}")
}

/// Billions for GMV, the value itself otherwise.
fn scaled(o: &Observation, v: f64) -> f64 {
    if o.quantity.seller().is_some() && o.low > 1e6 {
        v / 1e9
    } else {
        v
    }
}

fn reported(o: &Observation) -> String {
    let (low, high) = (scaled(o, o.low), scaled(o, o.high));
    if high.is_infinite() {
        format!("> {low:.1}")
    } else if high > low {
        format!("{low:.1}–{high:.1}")
    } else {
        format!("{low:.3}")
    }
}

fn main() {
    for view in View::ALL {
        let e = estimate(view);
        println!(
            "\n## {view:?}: {} observations, {} constants, {} iterations, data Σz² {:.1}, prior Σz² {:.1}\n",
            e.residuals.len(),
            e.free.len(),
            e.iterations,
            e.data_cost(),
            e.prior_cost()
        );
        println!("| constant | fitted | z |\n|---|---:|---:|");
        for p in &e.pulls {
            println!("| {} | {:.4} | {:+.2} |", p.key, p.value, p.z);
        }
        println!("\n| evidence | reported | model | miss | z |\n|---|---:|---:|---:|---:|");
        for r in &e.residuals {
            let o = &r.observation;
            let model = if r.model.0 < r.model.1 {
                format!("{:.1}–{:.1}", scaled(o, r.model.0), scaled(o, r.model.1))
            } else {
                format!("{:.3}", scaled(o, r.model.0))
            };
            println!(
                "| {} | {} | {model} | {:+.1}% | {:+.2} |",
                name(o),
                reported(o),
                100.0 * r.miss.exp_m1(),
                r.z
            );
        }
    }

    let later: Vec<Observation> = held_out()
        .into_iter()
        .filter(|o| o.quantity.seller().is_some())
        .collect();
    for (label, parts) in [
        ("predictive", BandParts::PREDICTIVE),
        ("constants only", BandParts::CONSTANTS),
    ] {
        println!("\n## Backtest of the 2020 view, {label} band (10–90%)\n");
        println!(
            "| figure | reported | model | band | error | in band |\n|---|---:|---:|---:|---:|:-:|"
        );
        let bands = predict(View::Seen2020, &later, parts);
        for b in &bands {
            let o = &b.observation;
            let point = (b.point.0 * b.point.1).sqrt();
            let error = if point > o.high {
                point / o.high - 1.0
            } else if point < o.low {
                point / o.low - 1.0
            } else {
                0.0
            };
            println!(
                "| {} | {} | {:.0} | {:.0}–{:.0} | {:+.0}% | {} |",
                name(o),
                reported(o),
                scaled(o, point),
                scaled(o, b.p10),
                scaled(o, b.p90),
                100.0 * error,
                if b.in_band() { "yes" } else { "no" }
            );
        }
        let six: Vec<&Prediction> = bands
            .iter()
            .filter(|b| {
                let o = &b.observation;
                is_sales_of(o, Player::Douyin, 2021..=2023)
                    || is_sales_of(o, Player::Kuaishou, 2021..=2023)
            })
            .collect();
        println!(
            "\nDouyin and Kuaishou 2021–2023 in band: {} of {}",
            six.iter().filter(|b| b.in_band()).count(),
            six.len()
        );
        let mean = calibration_width(View::Seen2020, parts);
        println!("Width on 2019–2020 (geometric mean of p90/p10): {mean:.2}");
    }

    println!("\n## Hindsight: the beliefs the later figures need, from the 2020 view\n");
    println!(
        "| anchor | freedom | Douyin 2021/22/23 (bn) | Kuaishou 2021/22/23 (bn) | data Σz² (before) | beliefs Σz² | needed (z) | directions (strength: leading beliefs) |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    let bn = |fit: &livestream_arena::model::hindsight::HindsightFit, p: Player| {
        fit.years[2..5]
            .iter()
            .map(|y| format!("{:.0}", y.gmv[p.index()] / 1e9))
            .collect::<Vec<_>>()
            .join(" / ")
    };
    for anchor in Anchor::ALL {
        for freedom in Freedom::ALL {
            let fit = hindsight(anchor, freedom);
            let needed: Vec<String> = fit
                .needed
                .iter()
                .map(|n| format!("{} {:.2}→{:.2} ({:+.1})", n.key, n.default, n.value, n.z))
                .collect();
            let directions: Vec<String> = fit
                .directions
                .iter()
                .map(|d| {
                    let lead: Vec<String> = d.loadings[..2.min(d.loadings.len())]
                        .iter()
                        .map(|(k, w)| format!("{k} {w:+.2}"))
                        .collect();
                    format!("{:.2}: {}", d.strength, lead.join(", "))
                })
                .collect();
            println!(
                "| {} | {} | {} | {} | {:.1} ({:.1}) | {:.1} | {} | {} |",
                anchor.key(),
                freedom.key(),
                bn(&fit, Player::Douyin),
                bn(&fit, Player::Kuaishou),
                fit.data_cost(),
                fit.start_cost,
                fit.prior_cost(),
                needed.join("; "),
                directions.join("; ")
            );
        }
    }
}
