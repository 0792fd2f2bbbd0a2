use leptos::prelude::*;

use crate::ui::chapters::Article;
use crate::ui::store::Store;

/// The whole explainer: provides the scenario store and lays out the article.
#[component]
pub fn App() -> impl IntoView {
    let store = Store::default();
    provide_context(store);
    let texts = move || store.texts();
    view! {
        <a class="skip" href="#attention">"Skip to the first chapter"</a>
        <header class="masthead">
            <h1>{move || texts().title}</h1>
            <p class="subtitle">{move || texts().subtitle}</p>
        </header>
        <main id="main">
            <Article />
        </main>
        <footer class="footer">
            <p>{move || texts().ui.footer}</p>
        </footer>
    }
}
