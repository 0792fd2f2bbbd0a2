#![cfg(not(target_arch = "wasm32"))]
//! The market model's mechanisms, calibration and API contracts, checked natively.

use livestream_arena::model::{
    project, project_with, share_of_sales_from, xiaohongshu_revenue, Bloc, Lever, LeverKind,
    Params, Partner, Player, Projection, Scenario, YearResult, FIRST_YEAR, LINK_BAN_START, PRESETS,
};

const TAOBAO: usize = Player::TaobaoLive.index();
const DOUYIN: usize = Player::Douyin.index();
const KUAISHOU: usize = Player::Kuaishou.index();
const JD: usize = Player::Jd.index();
const MOGUJIE: usize = Player::Mogujie.index();
const XHS: usize = Player::Xiaohongshu.index();

/// The article's tolerance for the calibration: ±5%.
const TOLERANCE: f64 = 0.05;

fn year(p: &Projection, y: u16) -> &YearResult {
    p.year(y).unwrap_or_else(|| panic!("projection lacks {y}"))
}

fn default_with(f: impl FnOnce(&mut Scenario)) -> Scenario {
    let mut s = Scenario::default();
    f(&mut s);
    s
}

fn assert_near(what: &str, got: f64, want: f64) {
    let err = got / want - 1.0;
    assert!(
        err.abs() <= TOLERANCE,
        "{what}: model gives {:.1} bn, article says {:.1} bn ({:+.1}%)",
        got / 1e9,
        want / 1e9,
        err * 100.0
    );
}

// --- Calibration -----------------------------------------------------------------------------------

#[test]
fn default_scenario_reproduces_the_articles_figures() {
    let p = project(&Scenario::default());
    // Taobao Live's figures are livestream GMV booked on Taobao: the `gmv` measure.
    assert_near("Taobao Live 2019", year(&p, 2019).gmv[TAOBAO], 250e9);
    assert_near("Taobao Live 2020", year(&p, 2020).gmv[TAOBAO], 500e9);
    // Kuaishou's and Douyin's are total e-commerce GMV created on the platform, including orders
    // sent out (JD, Taobao links): the `created` measure.
    assert_near("Kuaishou 2020", year(&p, 2020).created[KUAISHOU], 250e9);
    assert_near("Douyin 2020", year(&p, 2020).created[DOUYIN], 200e9);
}

#[test]
fn default_market_grows_every_year() {
    let p = project(&Scenario::default());
    for pair in p.years.windows(2) {
        assert!(
            pair[1].total_gmv() > pair[0].total_gmv(),
            "total GMV falls from {} to {}",
            pair[0].year,
            pair[1].year
        );
    }
}

#[test]
fn default_market_in_2019_and_2020_is_near_the_reported_market_size() {
    // KPMG/AliResearch: ~434 bn (2019) and ~1.05 tn (2020); the six players are most of it.
    let p = project(&Scenario::default());
    let (m19, m20) = (year(&p, 2019).total_gmv(), year(&p, 2020).total_gmv());
    assert!((300e9..=451e9).contains(&m19), "2019 market {m19:e}");
    assert!((0.8e12..=1.05e12).contains(&m20), "2020 market {m20:e}");
}

#[test]
fn douyin_overtakes_taobao_by_2023_when_its_store_matures_fast() {
    let fast = PRESETS
        .iter()
        .find(|p| p.id == "store-fast")
        .expect("preset");
    let p = project(&fast.scenario);
    let y = year(&p, 2023);
    assert!(y.gmv[DOUYIN] > y.gmv[TAOBAO]);
    // ... but not in 2020, when Taobao was still king of the hill.
    let y = year(&p, 2020);
    assert!(y.gmv[DOUYIN] < y.gmv[TAOBAO]);
}

// --- Link ban --------------------------------------------------------------------------------------

#[test]
fn link_ban_lowers_taobaos_share_in_2021() {
    let on = project(&Scenario::default());
    let off = project(&default_with(|s| s.link_ban = false));
    assert!(year(&on, 2021).share[TAOBAO] < year(&off, 2021).share[TAOBAO]);
    assert!(year(&on, 2021).gmv[TAOBAO] < year(&off, 2021).gmv[TAOBAO]);
}

#[test]
fn link_ban_raises_douyins_gmv_by_the_end_year_at_high_store_maturity() {
    let mature = |ban| {
        default_with(|s| {
            s.store_maturity = 0.9;
            s.link_ban = ban;
        })
    };
    let on = project(&mature(true));
    let off = project(&mature(false));
    assert!(on.last().gmv[DOUYIN] > off.last().gmv[DOUYIN]);
    assert!(on.last().share[DOUYIN] > off.last().share[DOUYIN]);
}

#[test]
fn link_ban_bites_partly_in_2020_and_fully_from_2021() {
    let on = project(&Scenario::default());
    let off = project(&default_with(|s| s.link_ban = false));
    assert_eq!(
        year(&on, 2019).douyin_links_to_taobao,
        year(&off, 2019).douyin_links_to_taobao
    );
    let (links_on, links_off) = (
        year(&on, 2020).douyin_links_to_taobao,
        year(&off, 2020).douyin_links_to_taobao,
    );
    assert!(links_on > 0.5 * links_off && links_on < links_off);
    for y in &on.years[2..] {
        assert_eq!(y.douyin_links_to_taobao, 0.0, "links in {}", y.year);
    }
    assert!(off.last().douyin_links_to_taobao > 0.0);
}

#[test]
fn a_more_mature_store_leaks_less_of_the_formerly_linked_sales() {
    let leak = |m| project(&default_with(|s| s.store_maturity = m)).years[2].douyin_leakage;
    assert!(leak(0.1) > leak(0.5));
    assert!(leak(0.5) > leak(0.9));
    assert_eq!(leak(1.0), 0.0);
}

#[test]
fn store_maturity_closes_its_gap_over_time() {
    let p = project(&Scenario::default());
    for pair in p.years[1..].windows(2) {
        assert!(pair[1].store_maturity > pair[0].store_maturity);
    }
    assert_eq!(
        year(&p, 2020).store_maturity,
        Scenario::default().store_maturity
    );
}

#[test]
fn fourth_quarter_weighs_more_in_the_bans_first_year() {
    let calendar = share_of_sales_from(LINK_BAN_START, 2020, 1.0);
    assert!((calendar - 84.0 / 366.0).abs() < 1e-12);
    let weighted = share_of_sales_from(LINK_BAN_START, 2020, 1.5);
    assert!(weighted > calendar);
    assert_eq!(share_of_sales_from(LINK_BAN_START, 2019, 1.5), 0.0);
    assert_eq!(share_of_sales_from(LINK_BAN_START, 2021, 1.5), 1.0);
}

// --- Kuaishou–JD -----------------------------------------------------------------------------------

#[test]
fn alliance_raises_kuaishous_share() {
    let on = project(&Scenario::default());
    let off = project(&default_with(|s| s.kuaishou_jd = false));
    for y in [2020, 2021, 2025] {
        assert!(
            year(&on, y).share[KUAISHOU] > year(&off, y).share[KUAISHOU],
            "{y}"
        );
        assert!(
            year(&on, y).trust[KUAISHOU] > year(&off, y).trust[KUAISHOU],
            "{y}"
        );
    }
    assert_eq!(
        year(&on, 2019),
        year(&off, 2019),
        "the alliance starts in 2020"
    );
}

#[test]
fn jd_books_part_of_kuaishous_gmv_only_with_the_alliance() {
    let on = project(&Scenario::default());
    let off = project(&default_with(|s| s.kuaishou_jd = false));
    let y_on = year(&on, 2021);
    assert!(y_on.jd_from_kuaishou > 0.0);
    assert!((y_on.gmv[KUAISHOU] + y_on.jd_from_kuaishou - y_on.created[KUAISHOU]).abs() < 1.0);
    assert!(y_on.gmv[JD] > y_on.created[JD]);
    let y_off = year(&off, 2021);
    assert_eq!(y_off.jd_from_kuaishou, 0.0);
    assert_eq!(y_off.gmv[KUAISHOU], y_off.created[KUAISHOU]);
}

// --- Trust and selling ----------------------------------------------------------------------------

#[test]
fn more_trust_raises_the_kol_platforms_shares() {
    let low = project(&default_with(|s| s.trust = 0.3));
    let high = project(&default_with(|s| s.trust = 0.9));
    for y in [2019, 2021, 2025] {
        for i in [DOUYIN, KUAISHOU] {
            assert!(
                year(&high, y).share[i] > year(&low, y).share[i],
                "{y} player {i}"
            );
        }
        assert!(
            year(&high, y).share[TAOBAO] < year(&low, y).share[TAOBAO],
            "{y}"
        );
    }
}

#[test]
fn trust_raises_conversion_most_on_kol_driven_platforms() {
    let low = project(&default_with(|s| s.trust = 0.3));
    let high = project(&default_with(|s| s.trust = 0.9));
    let gain = |i: usize| year(&high, 2019).created[i] / year(&low, 2019).created[i];
    assert!(gain(KUAISHOU) > gain(TAOBAO));
    assert!(gain(DOUYIN) > gain(JD));
}

#[test]
fn xiaohongshu_revenue_has_an_interior_maximum() {
    let s = Scenario::default();
    let p = Params::CALIBRATED;
    let total = |x: f64| xiaohongshu_revenue(&s, &p, x, 2021).total();
    let (at_zero, at_one) = (total(0.0), total(1.0));
    let best_inside = (1..100)
        .map(|k| total(f64::from(k) / 100.0))
        .fold(f64::NEG_INFINITY, f64::max);
    assert!(best_inside > at_zero && best_inside > at_one);
}

#[test]
fn xiaohongshu_earns_mostly_from_ads_at_the_default() {
    let s = Scenario::default();
    let r = xiaohongshu_revenue(&s, &Params::CALIBRATED, s.selling_intensity, 2020);
    assert!(r.ads > r.commerce);
    // TechNode: about 80% of revenue from advertising.
    assert!((r.ads / r.total() - 0.8).abs() < 0.05);
}

#[test]
fn xiaohongshu_revenue_matches_the_projection() {
    let s = Scenario::default();
    let p = Params::CALIBRATED;
    let r = xiaohongshu_revenue(&s, &p, s.selling_intensity, 2022);
    let y = year(&project(&s), 2022).clone();
    assert!((r.commerce - p.xiaohongshu_take_rate * y.gmv[XHS]).abs() < 1e-3);
}

// --- Partners and niches --------------------------------------------------------------------------

#[test]
fn each_partner_raises_taobaos_gmv() {
    let set = |s: &mut Scenario, partner: Partner, on: bool| match partner {
        Partner::Weibo => s.partner_weibo = on,
        Partner::Baidu => s.partner_baidu = on,
        Partner::Xigua => s.partner_xigua = on,
    };
    for partner in Partner::ALL {
        let without = project(&default_with(|s| set(s, partner, false)));
        let with = project(&Scenario::default());
        for y in [2020, 2025] {
            assert!(
                year(&with, y).gmv[TAOBAO] > year(&without, y).gmv[TAOBAO],
                "{partner:?} {y}"
            );
            assert_eq!(
                year(&without, y).partner_links_to_taobao[partner.index()],
                0.0
            );
        }
    }
}

#[test]
fn more_partner_reach_raises_taobaos_gmv() {
    let gmv = |r| project(&default_with(|s| s.partner_reach = r)).last().gmv[TAOBAO];
    assert!(gmv(1.0) > gmv(0.5) && gmv(0.5) > gmv(0.0));
}

#[test]
fn mogujies_niche_caps_its_growth() {
    let p = Params::CALIBRATED;
    let cap = p.mogujie_niche_gmv * p.mogujie_livestream_share;
    let proj = project(&default_with(|s| s.end_year = Scenario::MAX_END_YEAR));
    for y in &proj.years {
        assert!(y.gmv[MOGUJIE] < cap, "{}", y.year);
    }
    let first = year(&proj, 2021);
    let last = proj.last();
    let market = last.total_gmv() / first.total_gmv();
    assert!(last.gmv[MOGUJIE] / first.gmv[MOGUJIE] < market);
}

// --- Outputs --------------------------------------------------------------------------------------

#[test]
fn projection_spans_first_year_to_end_year() {
    let p = project(&default_with(|s| s.end_year = 2027));
    let years: Vec<u16> = p.years.iter().map(|y| y.year).collect();
    assert_eq!(years, (FIRST_YEAR..=2027).collect::<Vec<_>>());
    assert_eq!(p.last().year, 2027);
    assert_eq!(p.year(2024).map(|y| y.year), Some(2024));
    assert!(p.year(2018).is_none() && p.year(2028).is_none());
}

#[test]
fn shares_and_attention_are_consistent() {
    let p = project(&Scenario::default());
    for y in &p.years {
        let sum = |xs: &[f64]| xs.iter().sum::<f64>();
        assert!((sum(&y.share) - 1.0).abs() < 1e-9);
        assert!((sum(&y.bloc_share) - 1.0).abs() < 1e-9);
        assert!((sum(&y.attention) + sum(&y.partner_attention) - 1.0).abs() < 1e-9);
        for player in Player::ALL {
            let i = player.index();
            assert!((y.share[i] - y.gmv[i] / y.total_gmv()).abs() < 1e-12);
        }
        assert_eq!(y.bloc_share[Bloc::Alibaba.index()], y.share[TAOBAO]);
        let tencent = y.share[KUAISHOU] + y.share[JD];
        assert!((y.bloc_share[Bloc::TencentJd.index()] - tencent).abs() < 1e-15);
    }
}

#[test]
fn project_uses_the_calibrated_params() {
    let s = Scenario::default();
    assert_eq!(project(&s), project_with(&s, &Params::default()));
    let mut p = Params::CALIBRATED;
    p.spend_per_shopper *= 2.0;
    let doubled = project_with(&s, &p);
    let ratio = doubled.years[0].gmv[TAOBAO] / project(&s).years[0].gmv[TAOBAO];
    assert!((ratio - 2.0).abs() < 1e-9);
}

// --- Players, levers, scenario, presets ------------------------------------------------------------

#[test]
fn player_indices_keys_and_blocs_are_consistent() {
    for (i, player) in Player::ALL.into_iter().enumerate() {
        assert_eq!(player.index(), i);
        assert_eq!(Player::from_key(player.key()), Some(player));
        assert!((0.0..=1.0).contains(&player.purchase_intent()));
        assert!((0.0..=1.0).contains(&player.kol_driven()));
    }
    let keys: Vec<_> = Player::ALL.map(Player::key).to_vec();
    assert_eq!(
        keys,
        [
            "taobao",
            "douyin",
            "kuaishou",
            "jd",
            "mogujie",
            "xiaohongshu"
        ]
    );
    for (i, bloc) in Bloc::ALL.into_iter().enumerate() {
        assert_eq!(bloc.index(), i);
    }
    for (i, partner) in Partner::ALL.into_iter().enumerate() {
        assert_eq!(partner.index(), i);
    }
    assert_eq!(Player::Kuaishou.bloc(), Bloc::TencentJd);
    assert_eq!(Player::Jd.bloc(), Bloc::TencentJd);
}

#[test]
fn article_axes_order_the_players() {
    use Player::*;
    assert!(TaobaoLive.purchase_intent() > Douyin.purchase_intent());
    assert!(Jd.purchase_intent() > Kuaishou.purchase_intent());
    assert!(Mogujie.purchase_intent() > Douyin.purchase_intent());
    assert!(Xiaohongshu.purchase_intent() > Kuaishou.purchase_intent());
    assert!(Douyin.kol_driven() > TaobaoLive.kol_driven());
    assert!(Kuaishou.kol_driven() > Jd.kol_driven());
}

#[test]
fn sanitized_clamps_and_reports() {
    let wild = Scenario {
        store_maturity: f64::NAN,
        partner_reach: f64::INFINITY,
        trust: 2.0,
        selling_intensity: -1.0,
        end_year: 9999,
        ..Scenario::default()
    };
    let (clean, changed) = wild.sanitized();
    let d = Scenario::default();
    assert_eq!(clean.store_maturity, d.store_maturity);
    assert_eq!(clean.partner_reach, d.partner_reach);
    assert_eq!(clean.trust, 1.0);
    assert_eq!(clean.selling_intensity, 0.0);
    assert_eq!(clean.end_year, Scenario::MAX_END_YEAR);
    assert_eq!(
        changed,
        [
            Lever::StoreMaturity,
            Lever::PartnerReach,
            Lever::Trust,
            Lever::SellingIntensity,
            Lever::EndYear
        ]
    );
    assert_eq!(clean.clamped(), clean);
    let early = Scenario { end_year: 0, ..d };
    assert_eq!(early.sanitized().0.end_year, Scenario::MIN_END_YEAR);
    assert_eq!(d.sanitized(), (d, vec![]));
}

#[test]
fn lever_get_set_round_trips() {
    for lever in Lever::ALL {
        let mut s = Scenario::default();
        assert_eq!(lever.get(&s), lever.default_value());
        let values: Vec<f64> = match lever.kind() {
            LeverKind::Switch => vec![0.0, 1.0],
            LeverKind::Range { min, max, step } => {
                assert!(min < max && step > 0.0);
                vec![min, max, min + step, max - step]
            }
        };
        for v in values {
            lever.set(&mut s, v);
            assert_eq!(lever.get(&s), v, "{lever:?} at {v}");
        }
        lever.set(&mut s, f64::NAN);
        assert_eq!(lever.get(&s), lever.default_value(), "{lever:?} NaN");
        assert_eq!(Lever::from_key(lever.key()), Some(lever));
    }
}

#[test]
fn lever_set_clamps_rounds_and_thresholds() {
    let mut s = Scenario::default();
    Lever::Trust.set(&mut s, 7.0);
    assert_eq!(s.trust, 1.0);
    Lever::EndYear.set(&mut s, 2026.6);
    assert_eq!(s.end_year, 2027);
    Lever::EndYear.set(&mut s, -5.0);
    assert_eq!(s.end_year, Scenario::MIN_END_YEAR);
    Lever::LinkBan.set(&mut s, 0.49);
    assert!(!s.link_ban);
    Lever::LinkBan.set(&mut s, 0.5);
    assert!(s.link_ban);
}

#[test]
fn lever_keys_are_the_url_names() {
    let keys: Vec<_> = Lever::ALL.map(Lever::key).to_vec();
    assert_eq!(
        keys,
        ["ban", "store", "kjd", "weibo", "baidu", "xigua", "reach", "trust", "sell", "end"]
    );
}

#[test]
fn a_lever_s_index_is_its_place_in_all() {
    for (i, lever) in Lever::ALL.into_iter().enumerate() {
        assert_eq!(lever.index(), i, "{lever:?}");
    }
}

#[test]
fn presets_are_named_and_each_changes_the_projection() {
    let ids: Vec<_> = PRESETS.iter().map(|p| p.id).collect();
    assert_eq!(
        ids,
        [
            "baseline",
            "no-ban",
            "store-fast",
            "no-jd",
            "partners-full",
            "trust-collapse"
        ]
    );
    assert_eq!(PRESETS[0].scenario, Scenario::default());
    assert_eq!(PRESETS[0].name, "The article's 2020 baseline");
    let base = project(&PRESETS[0].scenario);
    for preset in &PRESETS[1..] {
        assert_ne!(project(&preset.scenario), base, "{}", preset.id);
        assert_eq!(preset.scenario.sanitized().1, vec![], "{}", preset.id);
    }
    for preset in &PRESETS {
        assert!(preset.description.ends_with('.'), "{}", preset.id);
        assert_eq!(preset.description.matches(". ").count(), 0, "{}", preset.id);
    }
}

#[test]
fn levers_cover_every_scenario_field() {
    // Rebuilding a non-default scenario lever by lever must give it back: no field lacks a lever.
    let s = PRESETS[5].scenario;
    let mut rebuilt = Scenario::default();
    for lever in Lever::ALL {
        lever.set(&mut rebuilt, lever.get(&s));
    }
    assert_eq!(rebuilt, s);
}
