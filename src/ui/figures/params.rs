//! The methods chapter's table of the model's uncertain constants: each one's
//! calibrated value, its plausible range and the shape of its distribution.

use leptos::prelude::*;

use super::table::DataTable;
use crate::chart::TableData;
use crate::content::format::{decimal, rmb};
use crate::content::param_name;
use crate::model::{Distribution, FitMove, Params, PARAM_SPECS};
use crate::ui::store::use_store;

/// Every entry of `PARAM_SPECS` as a table row.
#[component]
pub fn ParamsTable() -> impl IntoView {
    let store = use_store();
    // The table follows the fit only, not every lever.
    let fit = Memo::new(move |_| store.scenario.with(|s| s.fit));
    let table = Signal::derive(move || {
        let methods = store.texts().methods;
        let locale = store.locale_untracked();
        // Large constants are RMB amounts, written as amounts in the page's language.
        let show = |v: f64| {
            if v.abs() >= 1e6 {
                rmb(locale, v)
            } else {
                decimal(locale, v, 3)
            }
        };
        let head = [
            methods.name,
            methods.default,
            methods.range,
            methods.distribution,
            methods.set_by,
        ];
        // The values and ranges of the fit the reader has chosen.
        let params = Params::fitted(fit.get());
        TableData::new(methods.caption, &head).rows(PARAM_SPECS.iter().map(|spec| {
            let (low, value, high) = spec.bounds(&params);
            vec![
                param_name(spec.key, locale),
                show(value),
                format!("{} – {}", show(low), show(high)),
                match spec.dist {
                    Distribution::Uniform => methods.uniform,
                    Distribution::Triangular => methods.triangular,
                }
                .to_string(),
                match (spec.fit_move, spec.hindsight) {
                    (FitMove::Fixed, false) => methods.assumed,
                    (FitMove::Fixed, true) => methods.hindsight,
                    _ => methods.fitted,
                }
                .to_string(),
            ]
        }))
    });
    view! { <DataTable data=table /> }
}
