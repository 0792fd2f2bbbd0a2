//! How long one full projection takes: the explainer recomputes it on every slider move and, for the
//! Monte-Carlo bands, a thousand times per move. Targets: under 5 µs natively (issue 3); 1,000 band draws
//! for 2019–2025 in well under 5 ms natively, so they fit a 16 ms frame in the browser (issue 8).

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{criterion_group, Criterion};
    use livestream_arena::model::{
        bands, project, tornado, xiaohongshu_revenue, Params, Player, Scenario, DRAG_DRAWS,
        FULL_DRAWS,
    };
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

    criterion_group!(benches, projection, uncertainty);

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
