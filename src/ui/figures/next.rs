//! What happened next: the reader's guess first, then the reported figures beside
//! the model's baseline projection.

use leptos::prelude::*;

use super::frame::FigureFrame;
use super::lines::{LineData, LinesChart, Series};
use super::series::player_class;
use crate::chart::TableData;
use crate::content::facts::REPORTED;
use crate::content::format::rmb;
use crate::model::Player;
use crate::ui::browser;
use crate::ui::store::use_store;

/// Where the guess is kept: this browser only, never sent anywhere.
const GUESS_KEY: &str = "livestream-arena.guess";
/// The platforms a reader can bet on; `None` is "someone else".
pub const CHOICES: [Option<Player>; 5] = [
    Some(Player::TaobaoLive),
    Some(Player::Douyin),
    Some(Player::Kuaishou),
    Some(Player::Jd),
    None,
];
/// The answer the reported figures point to: Douyin's leaked 2023 GMV (RMB 2.2–2.7 tn)
/// is about twice Kuaishou's reported 1.18 tn, and Taobao Live stopped reporting.
pub const ANSWER: Option<Player> = Some(Player::Douyin);
const FIRST: u16 = 2020;
const LAST: u16 = 2024;

/// The guess, the reveal, and the comparison figure.
#[component]
pub fn NextFigure() -> impl IntoView {
    let store = use_store();
    let texts = store.texts();
    // Storage may be refused (private mode, sandboxed iframe): then the guess lives for this visit only.
    let guess = RwSignal::new(browser::load(GUESS_KEY));
    let revealed = RwSignal::new(guess.get_untracked().is_some());
    let choose = move |key: String| {
        browser::store(GUESS_KEY, Some(&key));
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
                    <input type="radio" name="guess" value=key
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
            <button type="button" class="reveal" disabled=move || guess.get().is_none() || revealed.get()
                on:click=move |_| revealed.set(true)>{texts.guess.reveal}</button>
        </fieldset>
        <Show when=move || revealed.get()>
            <p class="your-guess">{guessed_name}</p>
            <p class="answer">{store.texts().guess.answer}</p>
            <Reveal />
        </Show>
    }
}

/// The display name of a choice.
pub fn choice_name(store: &crate::ui::store::Store, choice: Option<Player>) -> &'static str {
    choice.map_or(store.texts().guess.other, |p| {
        store.texts().players[p.index()]
    })
}

/// The reported figures (solid) against the model's baseline (dashed).
#[component]
pub fn Reveal() -> impl IntoView {
    let store = use_store();
    let texts = store.texts();
    let years: Vec<u16> = (FIRST..=LAST).collect();
    // The model's `gmv` is one measure for every player: the sales its own streams make, links out
    // included (Kuaishou's and Douyin's reports count those too).
    let baseline_of = move |p: Player, year: u16| {
        store
            .baseline
            .with_value(|b| b.year(year).map_or(f64::NAN, |y| y.gmv[p.index()]))
    };
    let data = {
        let years = years.clone();
        Memo::new(move |_| {
            let texts = store.texts();
            let reported = |p: Player| Series {
                class: player_class(p),
                label: format!("{}, {}", texts.players[p.index()], texts.columns.reported),
                values: years
                    .iter()
                    .map(|y| {
                        REPORTED
                            .iter()
                            .find(|f| f.player == p && f.year == *y)
                            .map_or(f64::NAN, |f| f.mid())
                    })
                    .collect(),
                dashed: false,
                direct_label: true,
                band: None,
            };
            let model = |p: Player| Series {
                class: player_class(p),
                label: format!(
                    "{}, {}",
                    texts.players[p.index()],
                    texts.columns.model_baseline
                ),
                values: years.iter().map(|y| baseline_of(p, *y)).collect(),
                dashed: true,
                direct_label: true,
                band: None,
            };
            LineData {
                years: years.clone(),
                series: vec![
                    reported(Player::Douyin),
                    reported(Player::Kuaishou),
                    model(Player::Douyin),
                    model(Player::Kuaishou),
                    model(Player::TaobaoLive),
                ],
            }
        })
    };
    let table = Signal::derive(move || {
        let texts = store.texts();
        let locale = store.locale_untracked();
        let head = [
            texts.columns.player,
            texts.columns.year,
            texts.columns.reported,
            texts.columns.measure,
            texts.columns.flag,
            texts.frame.source,
            texts.columns.model_baseline,
        ];
        TableData::new(texts.figures.next, &head).rows(REPORTED.iter().map(|f| {
            let value = f.amount(locale);
            vec![
                texts.players[f.player.index()].to_string(),
                f.year.to_string(),
                value,
                texts.sources.measures[f.measure.index()].to_string(),
                f.flag.letter().to_string(),
                f.source.to_string(),
                rmb(locale, baseline_of(f.player, f.year)),
            ]
        }))
    });
    let summary = texts.figures.next;
    view! {
        <FigureFrame
            id="fig-next"
            title=texts.figures.next
            summary=summary
            source=format!("{}; {}", texts.sources.title, texts.frame.model_source)
            table=table
        >
            <LinesChart data=data count=5 format=rmb />
        </FigureFrame>
    }
}
