//! Prints the 2021–2023 backtest at the default scenario (Reported fit), the model's Douyin/Kuaishou
//! ratio and its total, the numbers chapter 9 describes, and two what-ifs of the fit (docs/model.md):
//! Douyin's 2020 read as its second report, and the two constants chosen with hindsight set as Model 1
//! had them: `cargo run --release --example backtest`.

use livestream_arena::model::ledger::{GmvFigure, DOUYIN_2020, DOUYIN_2020_HIGH, REPORTED};
use livestream_arena::model::{
    backtest, fitted_to, project, project_with, Ensemble, Fit, Params, Player, Scenario,
    BACKTEST_YEARS,
};

/// The point errors of Douyin's and Kuaishou's 2021–2023 reports with the fit solved from `assumed` to
/// `figures`, at the default scenario.
fn what_if(what: &str, assumed: &Params, figures: &[GmvFigure; 4]) {
    let params = assumed.with_fitted(&fitted_to(assumed, figures));
    let s = Scenario {
        end_year: *BACKTEST_YEARS.end(),
        ..Scenario::default()
    };
    let point = project_with(&s, &params);
    let errors: Vec<String> = REPORTED
        .iter()
        .filter(|f| BACKTEST_YEARS.contains(&f.year))
        .filter(|f| matches!(f.player, Player::Douyin | Player::Kuaishou))
        .map(|f| {
            let model = f.model_value(point.year(f.year).unwrap());
            format!(
                "{:?} {} {:+.1}%",
                f.player,
                f.year,
                (model / f.point() - 1.0) * 100.0
            )
        })
        .collect();
    println!("what if {what}: {}", errors.join(", "));
}

fn main() {
    let s = Scenario::default();
    let rows = backtest(Ensemble::shared(s.fit), &s);
    for r in &rows {
        println!(
            "{:?} {}: reported {:.1}–{:.1} bn{} | model {:.1} bn ({:.1}–{:.1}) | error {:+.1}% | within band: {}",
            r.player,
            r.year,
            r.reported_low / 1e9,
            r.reported_high / 1e9,
            if r.lower_bound { " (floor)" } else { "" },
            r.model / 1e9,
            r.model_p10 / 1e9,
            r.model_p90 / 1e9,
            r.error * 100.0,
            r.within_band
        );
    }
    let p = project(&Scenario {
        end_year: *BACKTEST_YEARS.end(),
        ..s
    });
    for y in &p.years {
        let (d, k) = (
            y.gmv[Player::Douyin.index()],
            y.gmv[Player::Kuaishou.index()],
        );
        println!(
            "{}: Douyin/Kuaishou {:.2}; total of the six {:.0} bn; Taobao Live {:.0} bn",
            y.year,
            d / k,
            y.total_gmv() / 1e9,
            y.gmv[Player::TaobaoLive.index()] / 1e9
        );
    }
    let mut figures = Fit::Reported.figures();
    for f in &mut figures {
        if *f == DOUYIN_2020 {
            *f = DOUYIN_2020_HIGH;
        }
    }
    what_if(
        "Douyin's 2020 is its second report (RMB 500 bn)",
        &Params::ASSUMED,
        &figures,
    );
    let model_1 = Params {
        closed_loop_lift: 0.5,
        store_catch_up: 0.3,
        ..Params::ASSUMED
    };
    what_if(
        "closed_loop_lift 0.5 and store_catch_up 0.3, as in Model 1",
        &model_1,
        &Fit::Reported.figures(),
    );
    what_if(
        "nothing changes (the fit as stored)",
        &Params::ASSUMED,
        &Fit::Reported.figures(),
    );
}
