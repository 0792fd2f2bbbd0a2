//! What happened next: the reader's guess first, then the reported figures beside
//! the model's baseline projection, and what one would have had to believe in 2020 to get them.

use leptos::prelude::*;

use super::frame::FigureFrame;
use super::hindsight::HindsightFigure;
use super::lines::LinesChart;
use crate::chart::backtest::{
    backtest_lines, backtest_summary, backtest_table, key_path, MarkKind, FIRST, LAST, PLAYERS,
};
use crate::content::format::rmb;
use crate::model::{backtest, project, Ensemble, Player, Scenario, View, FULL_DRAWS};
use crate::ui::browser;
use crate::ui::store::use_store;

/// Where the guess is kept: this browser only, never sent anywhere.
const GUESS_KEY: &str = "livestream-arena.guess";
/// The platforms a reader can bet on; `None` is "someone else".
pub const CHOICES: [Option<Player>; 4] = [
    Some(Player::TaobaoLive),
    Some(Player::Douyin),
    Some(Player::Kuaishou),
    None,
];
/// The answer the reported figures point to: the largest figure the ledger holds for the last year
/// checked (a test derives it): Douyin's leaked 2023 GMV (RMB 2.2–2.7 tn) is about twice Kuaishou's
/// reported 1.18 tn, and Taobao Live stopped reporting.
pub const ANSWER: Option<Player> = Some(Player::Douyin);

/// The guess, the reveal, and the comparison figure.
#[component]
pub fn NextFigure() -> impl IntoView {
    let store = use_store();
    let texts = store.texts();
    // Storage may be refused (private mode, sandboxed iframe): then the guess lives for this visit only.
    let guess = RwSignal::new(browser::load(GUESS_KEY));
    let revealed = RwSignal::new(guess.get_untracked().is_some());
    let choose = move |key: String| {
        browser::save_local(GUESS_KEY, Some(&key));
        guess.set(Some(key));
    };
    let choice_key = |c: Option<Player>| c.map_or("other", Player::key);
    let choice_name = move |c: Option<Player>| choice_name(&store, c);
    let options = CHOICES
        .iter()
        .map(|&c| {
            let key = choice_key(c);
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name="guess"
                        value=key
                        checked=guess.get_untracked().as_deref() == Some(key)
                        prop:checked=move || guess.get().as_deref() == Some(key)
                        on:change=move |_| choose(key.to_string())
                    />
                    <span>{move || choice_name(c)}</span>
                </label>
            }
        })
        .collect_view();
    let guessed_name = move || {
        guess.get().map(|g| {
            let choice = CHOICES
                .iter()
                .copied()
                .find(|c| choice_key(*c) == g)
                .flatten();
            (store.texts().sentences.your_guess)(choice_name(choice))
        })
    };

    view! {
        <fieldset class="guess">
            <legend>{texts.guess.question}</legend>
            <div class="choices">{options}</div>
            <button
                type="button"
                class="reveal"
                disabled=move || guess.get().is_none() || revealed.get()
                on:click=move |_| revealed.set(true)
            >
                {texts.guess.reveal}
            </button>
        </fieldset>
        <Show when=move || revealed.get()>
            <p class="your-guess">{guessed_name}</p>
            <p class="answer">{store.texts().guess.answer}</p>
            <BacktestFigure />
            <HindsightFigure />
        </Show>
        {answer_without_scripts()}
    }
}

/// For a reader without JavaScript, who cannot guess: the answer, in the page rendered at
/// build time. A browser running scripts never shows a `<noscript>`, so the wasm leaves it out.
#[cfg(not(target_arch = "wasm32"))]
fn answer_without_scripts() -> impl IntoView {
    view! {
        <noscript>
            <p class="question">{use_store().texts().guess.question}</p>
            <p class="answer">{use_store().texts().guess.answer}</p>
            <BacktestFigure />
            <HindsightFigure />
        </noscript>
    }
}

#[cfg(target_arch = "wasm32")]
fn answer_without_scripts() -> impl IntoView {}

/// The display name of a choice.
pub fn choice_name(store: &crate::ui::store::Store, choice: Option<Player>) -> &'static str {
    choice.map_or(store.texts().guess.other, |p| {
        store.texts().players[p.index()]
    })
}

/// The backtest: the 2020 view's path 2020–2023 (the default levers) with its 10–90% predictive band,
/// and what was reported, each figure drawn as what it is (a dot, a range's bar, a floor's arrow).
/// No figure after 2020 entered that fit, so the errors of 2021–2023 are out of sample.
#[component]
pub fn BacktestFigure() -> impl IntoView {
    let store = use_store();
    let texts = store.texts();
    let labels = texts.figures.next_labels;
    let locale = store.locale_untracked();
    // Built once, when the answer is revealed: the baseline, its bands and the reports never change.
    let scenario = Scenario {
        view: View::Seen2020,
        ..Scenario::default()
    };
    let band = Ensemble::shared(scenario.view).bands(&scenario, FULL_DRAWS);
    let (rows, summary, data) = {
        let point = &project(&scenario);
        let rows = backtest(scenario.view, FIRST..=LAST);
        let summary = backtest_summary(texts, locale, &rows, point)
            .unwrap_or_else(|| texts.figures.next.to_string());
        let data = backtest_lines(texts, locale, point, &band, &rows);
        (rows, summary, data)
    };
    let table = backtest_table(texts, locale, &rows);
    // The key: what the line and shading, a dot, a bar and an arrow mean.
    let key = MarkKind::ALL
        .iter()
        .map(|&kind| {
            let text = match kind {
                MarkKind::Point => labels.key_point,
                MarkKind::Range => labels.key_range,
                MarkKind::Floor => labels.key_floor,
                MarkKind::Quoted => labels.key_quoted,
            };
            view! {
                <li>
                    <svg aria-hidden="true" viewBox="0 0 24 26">
                        <path class=kind.class() d=key_path(kind) />
                    </svg>
                    {text}
                </li>
            }
        })
        .collect_view();
    view! {
        <FigureFrame
            id="fig-backtest"
            title=texts.figures.next
            summary=summary
            source=texts.frame.reported_and_model_source
            table=Signal::stored(table)
        >
            <LinesChart data=Signal::stored(data) count=PLAYERS.len() format=rmb />
            <ul class="mark-key">
                <li>
                    <svg aria-hidden="true" viewBox="0 0 24 26">
                        <path class="band" d="M1,6H23V20H1Z" />
                        <path class="line" d="M1,13H23" />
                    </svg>
                    {labels.key_model}
                </li>
                {key}
            </ul>
            <p class="note">{labels.note}</p>
        </FigureFrame>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ledger::{Period, REPORTED};

    #[test]
    fn every_platform_offered_has_sales_figures_the_answer_can_compare() {
        // The question compares what streams and videos sold, by the ledger's figures: a platform
        // with none (JD, whose whole marketplace outsells Douyin's streams) would make it unanswerable.
        for player in CHOICES.iter().flatten() {
            assert!(
                REPORTED.iter().any(|f| f.player == *player),
                "{player:?} has no figure in the ledger"
            );
        }
        assert!(CHOICES.contains(&None), "someone else");
    }

    #[test]
    fn the_answer_is_the_largest_figure_reported_for_the_last_year() {
        // Among the platforms a reader can bet on, the one whose figure for the backtest's last year
        // is the largest in the ledger (a range read at its middle); a platform with no figure for
        // that year cannot be the answer.
        let largest = REPORTED
            .iter()
            .filter(|f| f.year == LAST && f.period == Period::Calendar)
            .filter(|f| CHOICES.contains(&Some(f.player)))
            .max_by(|a, b| a.point().total_cmp(&b.point()))
            .map(|f| f.player);
        assert!(largest.is_some(), "a figure for {LAST}");
        assert_eq!(largest, ANSWER);
    }
}
