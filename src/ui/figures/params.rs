//! The methods chapter's table of the model's uncertain constants: each one's
//! value in the reader's view's fit, and either the 10–90% range the fit leaves it
//! or, for a constant the fit does not set, its plausible range and distribution.

use leptos::prelude::*;

use super::table::DataTable;
use crate::chart::TableData;
use crate::content::format::labelled;
use crate::content::{param_name, param_value, Locale, Unit};
use crate::model::{Distribution, Params, Player, PARAM_SPECS};
use crate::ui::store::use_store;

/// Every entry of `PARAM_SPECS` as a table row, then the fitted constants that have no range there.
#[component]
pub fn ParamsTable() -> impl IntoView {
    let store = use_store();
    // The table follows the view only, not every lever.
    let view = Memo::new(move |_| store.scenario.with(|s| s.view));
    let table = Signal::derive(move || {
        let methods = store.texts().methods;
        let locale = store.locale_untracked();
        // Each value in its constant's unit; a range's ends joined as the page's language joins them.
        let range = |key: &str, low: f64, high: f64| {
            let (low, high) = (
                param_value(key, low, locale),
                param_value(key, high, locale),
            );
            match locale {
                Locale::En => format!("{low} \u{2013} {high}"),
                Locale::Zh => format!("{low}{}{high}", locale.marks().to),
            }
        };
        let unit = |key: &str| methods.units[Unit::of(key) as usize].to_string();
        let head = [
            methods.name,
            methods.unit,
            methods.default,
            methods.range,
            methods.distribution,
            methods.set_by,
        ];
        // The values and ranges of the view the reader has chosen.
        let view = view.get();
        let params = Params::fitted(view);
        let spread = view.stored().spread();
        // The fit's 10–90% of a spec's constant; the partners' pulls move as one scale.
        let fitted = |key: &str, value: f64| {
            let (group, _) = key.split_once('.').unwrap_or((key, ""));
            let scale_key = if group == "partner_attraction" {
                group
            } else {
                key
            };
            spread
                .iter()
                .find(|(k, ..)| *k == scale_key)
                .map(|&(_, v, low, high)| (low * value / v, high * value / v))
        };
        let spec_rows = PARAM_SPECS.iter().map(|spec| {
            let value = (spec.get)(&params);
            let ((low, high), shape, set_by) = match fitted(spec.key, value) {
                Some(range) => (
                    range,
                    methods.fit_spread,
                    if spec.hindsight {
                        methods.hindsight
                    } else {
                        methods.fitted
                    },
                ),
                None => {
                    let (low, _, high) = spec.bounds(&params);
                    let shape = match spec.dist {
                        Distribution::Uniform => methods.uniform,
                        Distribution::Triangular => methods.triangular,
                    };
                    let set_by = if spec.hindsight {
                        methods.hindsight
                    } else {
                        methods.assumed
                    };
                    ((low, high), shape, set_by)
                }
            };
            vec![
                param_name(spec.key, locale),
                unit(spec.key),
                param_value(spec.key, value, locale),
                range(spec.key, low, high),
                shape.to_string(),
                set_by.to_string(),
            ]
        });
        // Fitted constants with no range of their own: the 2020 audiences of Douyin and Kuaishou.
        let unranged = spread
            .iter()
            .filter(|(key, ..)| key.starts_with("audience_2020"))
            .map(|&(key, value, low, high)| {
                let player = key
                    .split_once('.')
                    .and_then(|(_, p)| Player::from_key(p))
                    .map_or("", |p| store.texts().players[p.index()]);
                vec![
                    labelled(locale, methods.audience_2020, player),
                    unit(key),
                    param_value(key, value, locale),
                    range(key, low, high),
                    methods.fit_spread.to_string(),
                    methods.fitted.to_string(),
                ]
            });
        TableData::new(methods.caption, &head).rows(spec_rows.chain(unranged))
    });
    view! { <DataTable data=table /> }
}
