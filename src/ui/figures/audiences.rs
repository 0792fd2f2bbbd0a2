//! The audiences reported for 2020, set under the model's split of attention in the first figure: each
//! platform's own count of users and how many people used livestream shopping at all, as reported and
//! labelled so, never as the model's output. Fixed text: rendered at build time and copied from the
//! page in the browser (`ui::prose`), like the sources panel that lists the same counts.

use leptos::html::Div;
use leptos::prelude::*;

use crate::ui::prose::{built, from_page};

/// The reported audiences of 2020, each with its source and flag.
#[component]
pub fn ReportedAudiences() -> impl IntoView {
    view! {
        <div
            class="reported-audiences"
            data-prose="audiences"
            node_ref={from_page::<Div>("audiences".into())}
        >
            {built!(native::content())}
        </div>
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use native::count_text;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use leptos::prelude::*;

    use crate::content::format::{month, months, people};
    use crate::content::sentences::CountSentence;
    use crate::model::ledger::{Kind, UserCount, Who, AUDIENCES_2020};
    use crate::ui::store::use_store;

    /// A reported count as the page writes it in the store's language: who, how many, what, when,
    /// source.
    pub fn count_text(count: &UserCount) -> String {
        let store = use_store();
        let texts = store.texts();
        let locale = store.locale_untracked();
        let sources = texts.sources;
        let how_many = people(locale, count.people);
        (texts.sentences.audience_count)(&CountSentence {
            who: match count.who {
                Who::Player(p) => texts.players[p.index()],
                Who::Alibaba => sources.alibaba,
                Who::China => sources.china,
            },
            people: &match count.kind {
                Kind::Floor => format!("{}{how_many}", sources.more_than),
                _ => how_many,
            },
            audience: sources.audiences[count.audience.index()],
            when: &if count.first_month == count.month {
                month(locale, count.year, count.month)
            } else {
                months(locale, count.year, count.first_month, count.month)
            },
            source: count.source.get(locale),
        })
    }

    /// The heading and the list.
    pub fn content() -> impl IntoView {
        let texts = use_store().texts();
        let items = AUDIENCES_2020
            .iter()
            .map(|c| {
                view! {
                    <li>
                        {count_text(c)}" "
                        <span class="flag" title=texts.sources.flags[c.flag.index()]>
                            {c.flag.letter()}
                        </span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <p class="note">{texts.figures.reported_audiences}</p>
            <ul>{items}</ul>
        }
    }
}
