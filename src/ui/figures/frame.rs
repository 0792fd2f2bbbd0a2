use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use leptos::prelude::*;

use crate::ui::store::use_store;

/// How long the reader must pause before a changed summary is announced.
const ANNOUNCE_AFTER_MS: u32 = 800;

/// The frame every figure shares: title, the chart, its one-sentence summary (the
/// text alternative), a data table the reader can open, and the source line.
#[component]
pub fn FigureFrame(
    /// Anchor id of the figure.
    id: &'static str,
    /// Visible title.
    #[prop(into)]
    title: Signal<String>,
    /// One sentence that says what the figure shows now; updates with the data.
    #[prop(into)]
    summary: Signal<String>,
    /// Where the numbers come from.
    #[prop(into)]
    source: Signal<String>,
    /// The figure's data as a table.
    #[prop(into)]
    table: ViewFn,
    /// Controls shown under the chart (optional).
    #[prop(optional, into)]
    controls: Option<ViewFn>,
    /// The chart.
    children: Children,
) -> impl IntoView {
    let store = use_store();
    let ui = move || store.texts().ui;
    let announced = RwSignal::new(String::new());
    // Screen readers hear the new summary once the reader pauses, not on every slider tick.
    let pending: Rc<RefCell<Option<Timeout>>> = Rc::default();
    Effect::new(move |first_run: Option<()>| {
        let text = summary.get();
        if first_run.is_some() {
            let timeout = Timeout::new(ANNOUNCE_AFTER_MS, move || announced.set(text));
            pending.borrow_mut().replace(timeout);
        }
    });
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    view! {
        <figure class="figure" id=id aria-labelledby=labelled_by>
            <h3 class="figure-title" id=title_id>{move || title.get()}</h3>
            <div class="chart">{children()}</div>
            <p class="summary">{move || summary.get()}</p>
            <p class="visually-hidden" aria-live="polite">{move || announced.get()}</p>
            {controls.map(|c| view! { <div class="controls">{c.run()}</div> })}
            <details class="data">
                <summary>{move || ui().show_table}</summary>
                {table.run()}
            </details>
            <figcaption class="source">
                {move || ui().source} ": " {move || source.get()}
            </figcaption>
        </figure>
    }
}
