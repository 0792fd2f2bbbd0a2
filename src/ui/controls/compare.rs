use leptos::prelude::*;

use crate::content::format::{percent1, points};
use crate::model::Player;
use crate::ui::figure_view::use_figure_view;
use crate::ui::store::use_store;

/// "Pin this scenario as A": keeps the current scenario for comparison, and lists
/// per platform how the current one (B) differs from it in the last year.
#[component]
pub fn Compare() -> impl IntoView {
    let store = use_store();
    let view = use_figure_view();
    let controls = store.texts().controls;
    let pinned = move || store.pinned.with(Option::is_some);
    let table = move || {
        let a = store.pinned_projection.get()?;
        let b = view.projection.get();
        let year = b.last().year;
        let a_year = a.year(year).unwrap_or_else(|| a.last()).clone();
        let locale = store.locale_untracked();
        let texts = store.texts();
        let rows = Player::ALL
            .iter()
            .map(|p| {
                let (va, vb) = (a_year.share[p.index()], b.last().share[p.index()]);
                view! {
                    <tr>
                        <th scope="row">{texts.players[p.index()]}</th>
                        <td>{percent1(locale, va)}</td>
                        <td>{percent1(locale, vb)}</td>
                        <td>{points(locale, vb - va)}</td>
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
            <button type="button" class="pin" aria-pressed=move || pinned().to_string()
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
