//! Property tests of the URL decoder over arbitrary input. The test command runs
//! 4,096 cases per property; `PROPTEST_CASES=100000 cargo test --test state_props`
//! runs the long fuzz documented in the README.
#![cfg(not(target_arch = "wasm32"))]

use livestream_arena::model::Lever;
use livestream_arena::state::{decode, encode};
use proptest::prelude::*;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(4096);
    ProptestConfig::with_cases(cases)
}

/// Query strings built from the names the decoder knows, hostile values and junk.
fn hostile_query() -> impl Strategy<Value = String> {
    let names = prop_oneof![
        Just("trust".to_string()),
        Just("ban".to_string()),
        Just("end".to_string()),
        Just("a.store".to_string()),
        Just("lang".to_string()),
        Just("step".to_string()),
        Just("pin".to_string()),
        Just("v".to_string()),
        Just("fit".to_string()),
        Just("a.fit".to_string()),
        "[a-z.%]{0,12}",
        any::<String>(),
    ];
    let values = prop_oneof![
        Just("NaN".to_string()),
        Just("-1e309".to_string()),
        Just("1e309".to_string()),
        Just("<img src=x onerror=alert(1)>".to_string()),
        Just("%ZZ%".to_string()),
        Just("article".to_string()),
        Just("2".to_string()),
        any::<f64>().prop_map(|v| v.to_string()),
        any::<String>(),
    ];
    prop::collection::vec((names, values), 0..12).prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(n, v)| format!("{n}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_string_decodes_to_a_state_its_own_link_reproduces(query in any::<String>()) {
        // Whatever the string, the page gets a state (never a panic), says at most one notice per
        // kind of problem, and the link it would share for that state brings back the same state
        // without a notice: a reader who opens a broken link and shares it passes on a clean one.
        let (state, notices) = decode(&query);
        prop_assert!(notices.len() <= 8);
        let link = encode(&state);
        let (again, link_notices) = decode(&link);
        prop_assert!(link_notices.is_empty(), "{link:?} raised {link_notices:?}");
        prop_assert_eq!(again, state);
    }

    #[test]
    fn hostile_queries_decode_to_valid_states(query in hostile_query()) {
        let (state, _) = decode(&query);
        prop_assert!(state.scenario.sanitized().1.is_empty());
        if let Some(pinned) = state.pinned {
            prop_assert!(pinned.sanitized().1.is_empty());
        }
        for lever in Lever::ALL {
            prop_assert!(lever.get(&state.scenario).is_finite());
        }
    }

    #[test]
    fn encoding_a_decoded_state_reproduces_it(query in hostile_query()) {
        let (state, _) = decode(&query);
        let again = encode(&state);
        let (round_trip, notices) = decode(&again);
        prop_assert!(notices.is_empty(), "re-encoded query {again:?} raised {notices:?}");
        prop_assert_eq!(round_trip, state);
    }
}
