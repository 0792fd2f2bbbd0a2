//! How long one full projection takes: the explainer recomputes it on every slider move and, for the
//! Monte-Carlo bands, a thousand times per move. Targets: under 5 µs natively (issue 3); 1,000 band draws
//! for 2019–2025 in well under 5 ms natively, so they fit a 16 ms frame in the browser (issue 8).

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{criterion_group, Criterion};
    use livestream_arena::model::hindsight::{hindsight, Anchor, Freedom};
    use livestream_arena::model::predict::{held_out, predict, BandParts};
    use livestream_arena::model::{
        bands, project, tornado, variance_shares, xiaohongshu_revenue, Ensemble, Params, Player,
        Scenario, DRAG_DRAWS, ENSEMBLE_STEP, FULL_DRAWS,
    };
    use livestream_arena::model::{estimate, View};
    use std::hint::black_box;

    fn projection(c: &mut Criterion) {
        let s = Scenario::default();
        c.bench_function("project default 2019-2025", |b| {
            b.iter(|| project(black_box(&s)))
        });
        let long = Scenario {
            end_year: Scenario::MAX_END_YEAR,
            ..s
        };
        c.bench_function("project default 2019-2030", |b| {
            b.iter(|| project(black_box(&long)))
        });
        c.bench_function("xiaohongshu_revenue one year", |b| {
            b.iter(|| xiaohongshu_revenue(black_box(&s), &Params::CALIBRATED, black_box(0.5), 2021))
        });
    }

    fn uncertainty(c: &mut Criterion) {
        let s = Scenario::default();
        // Build the shared ensemble outside the timings.
        let _ = bands(&s, 1);
        c.bench_function("bands_1000 default 2019-2025", |b| {
            b.iter(|| bands(black_box(&s), FULL_DRAWS))
        });
        c.bench_function("bands_200 default 2019-2025", |b| {
            b.iter(|| bands(black_box(&s), DRAG_DRAWS))
        });
        let long = Scenario {
            end_year: Scenario::MAX_END_YEAR,
            ..s
        };
        c.bench_function("bands_1000 default 2019-2030", |b| {
            b.iter(|| bands(black_box(&long), FULL_DRAWS))
        });
        c.bench_function("tornado douyin 2025", |b| {
            b.iter(|| tornado(black_box(&s), Player::Douyin, 2025))
        });
    }

    fn ensemble(c: &mut Criterion) {
        // At load the browser reads the stored fit and draws the first step of the ensemble's runs around
        // it, what the quick bands read, and the other steps in tasks of their own (budget 50 ms per task
        // in the browser); the fit itself runs only in the example and the tests.
        c.bench_function("ensemble, one step of runs (reported)", |b| {
            b.iter(|| Ensemble::new(black_box(View::Reported)).build_to(ENSEMBLE_STEP))
        });
        c.bench_function("hindsight fit, leak anchor, every freedom", |b| {
            b.iter(|| hindsight(black_box(Anchor::Leak), Freedom::DouyinStep))
        });
        c.bench_function("ensemble, all 1,000 runs (reported)", |b| {
            b.iter(|| Ensemble::build(black_box(View::Reported)))
        });
        let e = Ensemble::shared(View::Reported);
        let s = Scenario::default();
        let no_ban = Scenario {
            link_ban: false,
            ..s
        };
        c.bench_function("difference_1000 default vs no-ban 2019-2025", |b| {
            b.iter(|| e.difference(black_box(&s), black_box(&no_ban), FULL_DRAWS))
        });
        c.bench_function("variance_shares douyin 2025", |b| {
            b.iter(|| variance_shares(e, black_box(&s), Player::Douyin, 2025))
        });
    }

    fn model_3(c: &mut Criterion) {
        // Model 3's weighted fit of a view (in the example and the tests; the page reads the stored fit),
        // and the predictive band over the figures the 2020 view holds out (chapter 9's backtest).
        c.bench_function("Model 3 fit, everything-reported view", |b| {
            b.iter(|| estimate(black_box(View::Reported)))
        });
        c.bench_function("Model 3 fit, as-seen-in-2020 view", |b| {
            b.iter(|| estimate(black_box(View::Seen2020)))
        });
        let later = held_out();
        c.bench_function(
            "Model 3 predictive band, 1,000 draws, held-out figures",
            |b| b.iter(|| predict(black_box(View::Seen2020), &later, BandParts::PREDICTIVE)),
        );
    }

    criterion_group!(benches, projection, uncertainty, ensemble, model_3);

    pub fn main() {
        benches();
        Criterion::default().configure_from_args().final_summary();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
