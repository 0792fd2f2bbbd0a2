//! Prints the 2021–2023 backtest at the default scenario (Reported fit), the model's Douyin/Kuaishou
//! ratio and its total, the numbers chapter 9 describes: `cargo run --release --example backtest`.

use livestream_arena::model::{backtest, project, Ensemble, Player, Scenario, BACKTEST_YEARS};

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
}
