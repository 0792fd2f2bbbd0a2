#![cfg(not(target_arch = "wasm32"))]
//! Property tests over the whole input space: any scenario, however wild, gives finite, consistent,
//! deterministic output.

use livestream_arena::model::{
    project, xiaohongshu_revenue, Lever, LeverKind, Params, Projection, Scenario, View, FIRST_YEAR,
};
use proptest::prelude::*;

/// Any f64 at all (NaN, infinities, subnormals, huge), mixed with in-range and near-range values so the
/// interesting middle of the space is visited too.
fn any_number() -> impl Strategy<Value = f64> {
    prop_oneof![
        proptest::num::f64::ANY,
        0.0..=1.0f64,
        -2.0..=3.0f64,
        2000.0..=2040.0f64,
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(f64::MAX),
        Just(-0.0),
    ]
}

fn any_scenario() -> impl Strategy<Value = Scenario> {
    (
        any::<[bool; 5]>(),
        [any_number(), any_number(), any_number(), any_number()],
        any::<u16>(),
        any::<bool>(),
    )
        .prop_map(
            |(switches, [store, reach, trust, sell], end_year, article)| Scenario {
                link_ban: switches[0],
                store_maturity: store,
                kuaishou_jd: switches[1],
                partner_weibo: switches[2],
                partner_baidu: switches[3],
                partner_xigua: switches[4],
                partner_reach: reach,
                trust,
                selling_intensity: sell,
                end_year,
                view: if article {
                    View::Seen2020
                } else {
                    View::Reported
                },
            },
        )
}

fn check_projection(p: &Projection, end_year: u16) -> Result<(), TestCaseError> {
    prop_assert_eq!(p.years.first().map(|y| y.year), Some(FIRST_YEAR));
    prop_assert_eq!(p.last().year, end_year);
    for y in &p.years {
        let all = y
            .gmv
            .iter()
            .chain(&y.own_checkout)
            .chain(&y.share)
            .chain(&y.bloc_gmv)
            .chain(&y.bloc_share)
            .chain(&y.attention)
            .chain(&y.partner_attention)
            .chain(&y.partner_links_to_taobao)
            .chain(&y.trust)
            .chain([
                &y.douyin_links_to_taobao,
                &y.douyin_leakage,
                &y.leak_via_search,
                &y.leak_not_made,
                &y.alibaba_via_links,
                &y.jd_from_kuaishou,
                &y.livestream_shoppers,
                &y.store_maturity,
            ]);
        for &x in all {
            prop_assert!(x.is_finite() && x >= 0.0, "{} in {}", x, y.year);
        }
        for &s in y.share.iter().chain(&y.bloc_share).chain(&y.attention) {
            prop_assert!((0.0..=1.0).contains(&s));
        }
        let sum = |xs: &[f64]| xs.iter().sum::<f64>();
        prop_assert!((sum(&y.share) - 1.0).abs() < 1e-9);
        prop_assert!((sum(&y.bloc_share) - 1.0).abs() < 1e-9);
        prop_assert!((sum(&y.attention) + sum(&y.partner_attention) - 1.0).abs() < 1e-9);
        prop_assert!(y.total_gmv() > 0.0);
        prop_assert!(y.store_maturity <= 1.0);
        for i in 0..6 {
            prop_assert!(y.own_checkout[i] <= y.gmv[i] * (1.0 + 1e-12));
        }
        prop_assert!(
            (y.leak_via_search + y.leak_not_made - y.douyin_leakage).abs()
                <= 1e-6 * y.douyin_leakage.max(1.0)
        );
    }
    Ok(())
}

proptest! {
    #[test]
    fn any_scenario_projects_to_finite_consistent_shares(s in any_scenario()) {
        let p = project(&s);
        check_projection(&p, s.sanitized().0.end_year)?;
    }

    #[test]
    fn projection_is_deterministic(s in any_scenario()) {
        prop_assert_eq!(project(&s), project(&s));
    }

    #[test]
    fn sanitizing_is_idempotent_and_does_not_change_the_projection(s in any_scenario()) {
        let (clean, changed) = s.sanitized();
        prop_assert_eq!(clean.sanitized(), (clean, vec![]));
        prop_assert_eq!(clean, s.clamped());
        prop_assert_eq!(project(&clean), project(&s));
        // A lever is reported exactly when its value changed.
        for lever in Lever::ALL {
            let moved = lever.get(&clean).to_bits() != lever.get(&s).to_bits();
            prop_assert_eq!(changed.contains(&lever), moved, "{:?}", lever);
        }
    }

    #[test]
    fn lever_set_keeps_every_lever_in_range(values in proptest::collection::vec(any_number(), 10)) {
        let mut s = Scenario::default();
        for (lever, v) in Lever::ALL.into_iter().zip(values) {
            lever.set(&mut s, v);
            let got = lever.get(&s);
            match lever.kind() {
                LeverKind::Switch => prop_assert!(got == 0.0 || got == 1.0),
                LeverKind::Range { min, max, .. } => prop_assert!((min..=max).contains(&got)),
            }
        }
        prop_assert_eq!(s.sanitized().1, vec![]);
        check_projection(&project(&s), s.end_year)?;
    }

    #[test]
    fn xiaohongshu_revenue_is_finite_for_any_input(
        s in any_scenario(),
        sell in any_number(),
        year in any::<u16>(),
    ) {
        let r = xiaohongshu_revenue(&s, &Params::CALIBRATED, sell, year);
        prop_assert!(r.commerce.is_finite() && r.commerce >= 0.0);
        prop_assert!(r.ads.is_finite() && r.ads >= 0.0);
        prop_assert_eq!(r, xiaohongshu_revenue(&s, &Params::CALIBRATED, sell, year));
    }
}
