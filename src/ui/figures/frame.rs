use leptos::context::Provider;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::table::DataTable;
use crate::chart::{csv, TableData};
use crate::content::Locale;
use crate::snippet;
use crate::state::{encode, AppState, FigureId};
use crate::ui::browser;
use crate::ui::controls::{LeverPanel, Levers};
use crate::ui::export;
use crate::ui::store::use_store;
use crate::ui::timing::{debounce, debounce_leading, FirstValue};

/// While the figure changes faster than this, the summary waits until it pauses.
/// Rewritten on every tick of a drag, the sentence made the browser lay out the whole
/// page again in every frame (a text's height can move everything below it); the
/// chart and the slider's value follow every tick. A single change (a key press, a
/// switch, a figure catching up as it comes on screen) is shown at once.
const SUMMARY_AFTER_MS: u32 = 150;
/// How long the summary shown must stay as it is before it is announced.
const ANNOUNCE_AFTER_MS: u32 = 800;

/// What names the chart inside a [`FigureFrame`], as an `aria-labelledby` list: the
/// figure's title, then the sentence that says what it shows now. Provided by the
/// frame to its chart. The chart points at the frame's own text rather than holding a
/// copy, which a slider tick would have to write again.
#[derive(Clone)]
struct ChartName(String);

/// The ids that name the enclosing figure's chart (`aria-labelledby`); none outside a frame.
pub fn use_chart_name() -> Option<String> {
    use_context::<ChartName>().map(|n| n.0)
}

/// The frame every figure shares: title, the chart, its one-sentence summary (the
/// text alternative), a data table the reader can open, downloads, the embed code
/// and the source line.
#[component]
pub fn FigureFrame(
    /// Anchor id of the figure; also names downloaded files.
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
    /// The figure's data, shown as a table and downloaded as CSV.
    #[prop(into)]
    table: Signal<TableData>,
    /// The figure's id in embed mode, if it can be embedded.
    #[prop(default = None)]
    embed: Option<FigureId>,
    /// Controls shown under the summary (optional).
    #[prop(optional, into)]
    controls: Option<ViewFn>,
    /// The levers that move the figure, right under the chart.
    #[prop(default = None)]
    levers: Option<Levers>,
    /// The chart; it takes its accessible name from [`use_chart_name`].
    children: Children,
) -> impl IntoView {
    // The sentence as shown: it follows `summary` at once, or once a drag pauses.
    let shown = RwSignal::new(summary.get_untracked());
    debounce_leading(
        SUMMARY_AFTER_MS,
        move || summary.get(),
        move |text| shown.set(text),
    );
    let title_id = format!("{id}-title");
    let summary_id = format!("{id}-summary");
    // Given to this figure's chart alone: two figures can share a chapter, and a context
    // provided here would reach the other figure's chart too.
    let chart_name = ChartName(format!("{title_id} {summary_id}"));
    let store = use_store();
    let frame = store.texts().frame;
    let announced = RwSignal::new(String::new());
    // Screen readers hear the new summary once the reader pauses, not on every slider tick.
    debounce(
        ANNOUNCE_AFTER_MS,
        FirstValue::Skip,
        move || shown.get(),
        move |text| announced.set(text),
    );
    let table_open = RwSignal::new(false);
    let labelled_by = title_id.clone();
    let file_name = move |ext: &str| {
        let name = embed.map_or_else(|| id.trim_start_matches("fig-"), FigureId::code);
        format!(
            "livestream-arena-{name}-{}.{ext}",
            store.scenario.with_untracked(|s| s.end_year)
        )
    };
    // The chart of the figure whose button was pressed (found from the event, so the
    // frame needs neither an id lookup nor a node reference).
    let chart_svg = |ev: web_sys::MouseEvent| {
        event_target::<web_sys::Element>(&ev)
            .closest("figure")
            .ok()
            .flatten()
            .and_then(|figure| figure.query_selector(".chart svg").ok().flatten())
    };
    let download_csv = move |_| {
        let query = encode(&store.app_state_untracked());
        let body = table.with_untracked(|t| csv(t, frame.csv_scenario, &query));
        export::download_text(&file_name("csv"), "text/csv;charset=utf-8", &body);
    };
    let download_svg = move |ev| {
        if let Some(markup) = chart_svg(ev).and_then(|svg| export::svg_document(&svg)) {
            export::download_text(&file_name("svg"), "image/svg+xml", &markup);
        }
    };
    let download_png = move |ev| {
        if let Some(svg) = chart_svg(ev) {
            export::download_png(&file_name("png"), &svg);
        }
    };
    // Embedded alone, the figure's title is the page's heading.
    let in_embed = store.embed.get_untracked().is_some();
    let heading = if in_embed {
        view! {
            <h1 class="figure-title" id=title_id>
                {move || title.get()}
            </h1>
        }
        .into_any()
    } else {
        view! {
            <h3 class="figure-title" id=title_id>
                {move || title.get()}
            </h3>
        }
        .into_any()
    };
    let embed_panel = embed.filter(|_| !in_embed).map(|figure| {
        view! { <SnippetPanel figure=figure /> }
    });
    view! {
        <figure
            class="figure"
            id=id
            aria-labelledby=labelled_by
            class:with-levers=levers.is_some()
            class:many-levers=levers.is_some_and(|l| l.many())
        >
            {heading}
            <div class="chart">
                <Provider value=chart_name>{children()}</Provider>
            </div>
            {levers.map(|levers| view! { <LeverPanel levers=levers /> })}
            <p class="summary" id=summary_id>
                {move || shown.get()}
            </p>
            <p class="visually-hidden" aria-live="polite">
                {move || announced.get()}
            </p>
            {controls.map(|c| view! { <div class="controls">{c.run()}</div> })}
            <details
                class="data"
                on:toggle=move |ev| {
                    table_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
                }
            >
                <summary>{frame.show_table}</summary>
                // Built only while open: a closed table costs nothing on a slider tick.
                // The page rendered at build time holds every table, for readers without
                // the app.
                <Show when=move || table_open.get() || !browser::present()>
                    <DataTable data=table />
                </Show>
            </details>
            <div class="figure-actions" role="group" aria-label=frame.download>
                <span class="label">{frame.download}</span>
                <button type="button" class="download-svg" on:click=download_svg>
                    {frame.download_svg}
                </button>
                <button type="button" class="download-png" on:click=download_png>
                    {frame.download_png}
                </button>
                <button type="button" class="download-csv" on:click=download_csv>
                    {frame.download_csv}
                </button>
            </div>
            {embed_panel}
            <figcaption class="source">
                {frame.source} {store.locale_untracked().marks().colon} {move || source.get()}
            </figcaption>
        </figure>
    }
}

/// "Embed": ready-to-paste HTML for this figure in the current scenario, each with a
/// copy button: the iframe, and the script embed (which leaves a link where a
/// host strips scripts).
#[component]
fn SnippetPanel(figure: FigureId) -> impl IntoView {
    let store = use_store();
    let frame = store.texts().frame;
    // Kept current only while open: a closed panel costs nothing on a slider tick.
    let open = RwSignal::new(false);
    let code = move |script: bool| {
        let locale = store.locale_untracked();
        let current = store.app_state();
        let state = AppState {
            embed: Some(figure),
            // A reader of the Chinese page embeds the Chinese figure.
            lang: current.lang.or((locale != Locale::En).then_some(locale)),
            ..current
        };
        // The explainer's folder, whichever of its pages the reader is on.
        let page = browser::page_address();
        let base = &page[..page.rfind('/').map_or(0, |i| i + 1)];
        let title = snippet::frame_title(figure, locale);
        if script {
            snippet::script(base, &state, &title, figure.caption(locale))
        } else {
            snippet::iframe(base, &state, &title)
        }
    };
    // One field and its copy button; the same closure for both kinds, so its view is
    // compiled once.
    let field = move |script: bool, label: &'static str| {
        let copied = RwSignal::new(false);
        let copy = move |_| {
            let text = code(script);
            spawn_local(async move { copied.set(browser::copy_text(&text).await) });
        };
        let field_id = format!(
            "embed-code-{}{}",
            figure.code(),
            if script { "-script" } else { "" }
        );
        view! {
            <label for=field_id.clone()>{label}</label>
            <textarea
                id=field_id
                readonly
                rows="4"
                prop:value=move || if open.get() { code(script) } else { String::new() }
            ></textarea>
            <button type="button" on:click=copy>
                {move || if copied.get() { frame.copied } else { frame.copy }}
            </button>
        }
    };
    view! {
        <details
            class="embed-code"
            on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
        >
            <summary>{frame.embed}</summary>
            <p>{frame.embed_help}</p>
            {field(false, frame.embed_code_label)}
            {field(true, frame.embed_script_label)}
        </details>
    }
}
