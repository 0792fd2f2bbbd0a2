//! The glossary on the page: each term the explainer uses, in the page's language,
//! with its one-sentence meaning (`content::glossary`, which the text tests hold the
//! chapters to).

use leptos::prelude::*;

use crate::content::glossary::GLOSSARY;
use crate::content::Locale;
use crate::ui::store::use_store;

/// The terms as a definition list, in the order a reader meets them.
#[component]
pub fn Glossary() -> impl IntoView {
    let store = use_store();
    let locale = store.locale_untracked();
    let terms = GLOSSARY
        .iter()
        .map(|term| {
            let (name, meaning) = match locale {
                Locale::En => (term.en, term.definition_en),
                Locale::Zh => (term.zh, term.definition_zh),
            };
            view! {
                <dt>{name}</dt>
                <dd>{meaning}</dd>
            }
        })
        .collect_view();
    view! {
        <section class="glossary" id="glossary" aria-labelledby="glossary-title">
            <h3 id="glossary-title">{store.texts().methods.glossary}</h3>
            <dl>{terms}</dl>
        </section>
    }
}
