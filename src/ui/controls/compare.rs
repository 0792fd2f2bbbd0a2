use leptos::prelude::*;

use crate::content::format::{percent1, points};
use crate::content::sentences::LikelyRange;
use crate::model::{Bands, Ensemble, Player, FULL_DRAWS};
use crate::ui::figure_view::use_figure_view;
use crate::ui::store::use_store;
use crate::ui::timing::{debounce, FirstValue};

/// How long the scenarios must stand still before the band of their difference is
/// drawn: it projects both through every model run, too much for each slider tick.
const DIFFERENCE_AFTER_MS: u32 = 300;

/// "Pin this scenario as A": keeps the current scenario for comparison, and lists
/// per platform how the current one (B) differs from it in the last year, with the
/// likely range of that difference: B and A projected through the same model runs,
/// run by run (when both are fitted to the same figures, so the runs are the same).
#[component]
pub fn Compare() -> impl IntoView {
    let store = use_store();
    let view = use_figure_view();
    let controls = store.texts().controls;
    let pinned = move || store.pinned.with(Option::is_some);
    let difference = RwSignal::new(None::<Bands>);
    debounce(
        DIFFERENCE_AFTER_MS,
        FirstValue::Act,
        // Unpinned, nothing is tracked but the pin: a slider tick costs nothing here.
        move || store.pinned.get().map(|a| (a, view.scenario.get())),
        move |pair| {
            let band = pair
                .filter(|(a, b)| a.view == b.view)
                .map(|(a, b)| Ensemble::shared(b.view).difference(&b, &a, FULL_DRAWS));
            difference.set(band);
        },
    );
    let table = move || {
        let a = store.pinned_projection.get()?;
        let b = view.projection.get();
        let year = b.last().year;
        let a_year = a.year(year).unwrap_or_else(|| a.last()).clone();
        let locale = store.locale_untracked();
        let texts = store.texts();
        let range = difference.with(|d| {
            let d = d.as_ref()?;
            let row = d.row(year)?;
            Some((d.p10[row], d.p90[row]))
        });
        let rows = Player::ALL
            .iter()
            .map(|p| {
                let i = p.index();
                let (va, vb) = (a_year.share[i], b.last().share[i]);
                let likely = range.map(|(low, high)| {
                    (texts.sentences.likely_range)(&LikelyRange {
                        low: &points(locale, low[i]),
                        high: &points(locale, high[i]),
                    })
                });
                view! {
                    <tr>
                        <th scope="row">{texts.players[i]}</th>
                        <td>{percent1(locale, va)}</td>
                        <td>{percent1(locale, vb)}</td>
                        <td>
                            {points(locale, vb - va)}
                            {likely.map(|l| view! { <span class="likely">{l}</span> })}
                        </td>
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <table class="compare-table">
                <caption>{format!("{} ({year})", controls.compare_caption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{texts.columns.player}</th>
                        <th scope="col">{controls.pinned_name}</th>
                        <th scope="col">{controls.current_name}</th>
                        <th scope="col">{controls.difference}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        })
    };
    view! {
        <div class="compare">
            <button
                type="button"
                class="pin"
                aria-pressed=move || pinned().to_string()
                on:click=move |_| {
                    let next = if pinned() { None } else { Some(store.scenario.get_untracked()) };
                    store.pinned.set(next);
                }
            >
                {move || if pinned() { controls.unpin } else { controls.pin }}
            </button>
            {table}
        </div>
    }
}
