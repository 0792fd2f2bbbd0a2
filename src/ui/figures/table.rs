//! A figure's data table, drawn accessibly.

use leptos::prelude::*;

use crate::chart::TableData;

/// Renders [`TableData`] accessibly (caption, `th` with scopes).
#[component]
pub fn DataTable(
    /// The table, recomputed when the data changes.
    #[prop(into)]
    data: Signal<TableData>,
) -> impl IntoView {
    move || {
        let t = data.get();
        let head = t
            .head
            .iter()
            .map(|h| view! { <th scope="col">{h.clone()}</th> })
            .collect_view();
        let rows = t
            .rows
            .iter()
            .map(|row| {
                let mut cells = row.iter();
                let first = cells.next().cloned().unwrap_or_default();
                let rest = cells.map(|c| view! { <td>{c.clone()}</td> }).collect_view();
                view! {
                    <tr>
                        <th scope="row">{first}</th>
                        {rest}
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-scroll" tabindex="0" role="region" aria-label=t.caption.clone()>
                <table>
                    <caption>{t.caption.clone()}</caption>
                    <thead>
                        <tr>{head}</tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    }
}
