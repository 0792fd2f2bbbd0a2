//! How long one full projection takes: the explainer recomputes it on every slider move and, later,
//! thousands of times per frame for Monte-Carlo bands. Target: under 5 µs natively (issue 3).

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{criterion_group, Criterion};
    use livestream_arena::model::{project, xiaohongshu_revenue, Params, Scenario};
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

    criterion_group!(benches, projection);

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
