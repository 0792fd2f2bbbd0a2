//! The methods chapter's table of the model's uncertain constants: each one's
//! calibrated value, its plausible range and the shape of its distribution.

use leptos::prelude::*;

use super::table::{DataTable, TableData};
use crate::content::format::decimal;
use crate::model::{Distribution, Params, PARAM_SPECS};
use crate::ui::figures::param_name;
use crate::ui::store::use_store;

/// Every entry of `PARAM_SPECS` as a table row.
#[component]
pub fn ParamsTable() -> impl IntoView {
    let store = use_store();
    let table = Signal::derive(move || {
        let texts = store.texts();
        let chrome = store.chrome();
        let locale = store.locale();
        // Large constants (RMB amounts) read better in billions.
        let show = |v: f64| {
            if v.abs() >= 1e6 {
                format!("{} bn", decimal(locale, v / 1e9, 0))
            } else {
                decimal(locale, v, 3)
            }
        };
        TableData {
            caption: chrome.params_caption.to_string(),
            head: [
                chrome.params_name,
                chrome.params_default,
                chrome.params_range,
                chrome.params_distribution,
            ]
            .map(str::to_string)
            .to_vec(),
            rows: PARAM_SPECS
                .iter()
                .map(|spec| {
                    vec![
                        param_name(spec.key, texts, chrome),
                        show((spec.get)(&Params::CALIBRATED)),
                        format!("{} – {}", show(spec.low), show(spec.high)),
                        match spec.dist {
                            Distribution::Uniform => chrome.uniform,
                            Distribution::Triangular => chrome.triangular,
                        }
                        .to_string(),
                    ]
                })
                .collect(),
        }
    });
    view! { <DataTable data=table /> }
}
