//! The glossary on the page: each term the explainer uses, in the page's language,
//! with its one-sentence meaning (`content::glossary`, which the text tests hold the
//! chapters to).

use leptos::html::Dl;
use leptos::prelude::*;

use crate::ui::prose::{built, from_page};
use crate::ui::store::use_store;

/// The terms as a definition list, in the order a reader meets them.
#[component]
pub fn Glossary() -> impl IntoView {
    view! {
        // Never changes: the page the build wrote keeps it as drawn (`data-static`).
        <section class="glossary" id="glossary" aria-labelledby="glossary-title" data-static="">
            <h3 id="glossary-title">{use_store().texts().methods.glossary}</h3>
            <dl data-prose="glossary" node_ref={from_page::<Dl>("glossary".into())}>
                {built!(terms())}
            </dl>
        </section>
    }
}

/// Each term with its meaning, in the page's language.
#[cfg(not(target_arch = "wasm32"))]
fn terms() -> impl IntoView {
    use crate::content::glossary::GLOSSARY;
    use crate::content::Locale;

    let locale = use_store().locale_untracked();
    GLOSSARY
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
        .collect_view()
}
