//! The sources panel: every figure the page shows, with its source and flag.

use leptos::html::Ul;
use leptos::prelude::*;

use crate::model::ledger::Flag;
use crate::ui::prose::{built, from_page};
use crate::ui::store::use_store;

/// Lists the flags' meanings, then every figure with what it measures, its flag and source.
#[component]
pub fn Sources() -> impl IntoView {
    let sources = use_store().texts().sources;
    let flags = Flag::ALL
        .iter()
        .map(|f| view! { <li>{sources.flags[f.index()]}</li> })
        .collect_view();
    view! {
        // Focusable: on a slide the list scrolls inside its own box, by keyboard too. Never
        // changes: the page the build wrote keeps it as drawn (`data-static`).
        <section
            class="sources"
            id="sources"
            aria-labelledby="sources-title"
            tabindex="0"
            data-static=""
        >
            <h3 id="sources-title">{sources.title}</h3>
            <p>{sources.intro}</p>
            <ul class="flags">{flags}</ul>
            <ul
                class="source-list"
                data-prose="sources"
                node_ref={from_page::<Ul>("sources".into())}
            >
                {built!(native::items())}
            </ul>
        </section>
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub(crate) use native::period_text;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use leptos::prelude::*;

    use crate::content::facts::CITED;
    use crate::content::format::{aside, labelled, listed, months, year};
    use crate::content::Locale;
    use crate::model::ledger::{GmvFigure, Kind, Period, REPORTED, SCOREBOARD, USER_COUNTS};
    use crate::ui::figures::count_text;
    use crate::ui::store::use_store;

    /// Every figure with what it measures, its flag and source, then every other source cited.
    pub fn items() -> impl IntoView {
        let store = use_store();
        let texts = store.texts();
        let sources = texts.sources;
        let locale = store.locale_untracked();
        let figures = SCOREBOARD
            .iter()
            .chain(REPORTED.iter())
            .map(|f| {
                let value = f.amount(locale);
                view! {
                    <li>
                        <span class="flag" title=sources.flags[f.flag.index()]>
                            {f.flag.letter()}
                        </span>
                        {
                            let m = locale.marks();
                            let what = format!(
                                "{}{}{}",
                                texts.players[f.player.index()],
                                m.gap,
                                period_text(&sources, locale, f),
                            );
                            let value = aside(locale, &value, &measure_text(&sources, locale, f));
                            format!(
                                " {}{}{}",
                                labelled(locale, &what, &value),
                                m.stop,
                                f.source.get(locale),
                            )
                        }
                    </li>
                }
            })
            .collect_view();
        let cited = CITED
            .iter()
            .zip(sources.source_items.iter())
            .map(|((flag, source), what)| {
                view! {
                    <li>
                        <span class="flag" title=sources.flags[flag.index()]>
                            {flag.letter()}
                        </span>
                        {format!(" {what}{}{}", locale.marks().stop, source.get(locale))}
                    </li>
                }
            })
            .collect_view();
        let counts = USER_COUNTS
            .iter()
            .map(|c| {
                view! {
                    <li>
                        <span class="flag" title=sources.flags[c.flag.index()]>
                            {c.flag.letter()}
                        </span>
                        {format!(" {}", count_text(c))}
                    </li>
                }
            })
            .collect_view();
        view! {
            {figures}
            {counts}
            {cited}
        }
    }

    /// The period a figure covers: its calendar year, or the fiscal year it reports.
    pub(crate) fn period_text(
        sources: &crate::content::texts::SourcesText,
        locale: Locale,
        f: &GmvFigure,
    ) -> String {
        match f.period {
            Period::Calendar => year(locale, f.year),
            Period::FiscalToMarch => sources
                .fiscal_to_march
                .replace("{}", &(f.year + 1).to_string()),
            Period::Months { first, last } => months(locale, f.year, first, last),
        }
    }

    /// What a figure measures, and for a target that it is not a result.
    fn measure_text(
        sources: &crate::content::texts::SourcesText,
        locale: Locale,
        f: &GmvFigure,
    ) -> String {
        let measure = sources.measures[f.measure.index()];
        if f.kind == Kind::Target {
            listed(locale, &[measure, sources.target])
        } else {
            measure.to_string()
        }
    }
}
