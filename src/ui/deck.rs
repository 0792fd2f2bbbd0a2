//! Presentation mode (`mode=present`): the chapters as full-screen slides, stepped
//! with a keyboard, a clicker (PageDown/PageUp) or the visible buttons.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::content::texts::SlideText;
use crate::content::Chapter;
use crate::state::Mode;
use crate::ui::browser::{self, toggle_fullscreen};
use crate::ui::chapters::on_slide;
use crate::ui::controls::Compare;
use crate::ui::figures::{choice_name, BacktestFigure, HindsightFigure, ANSWER, CHOICES};
use crate::ui::prose::{ChapterProse, Part};
use crate::ui::store::use_store;

/// What one slide shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slide {
    /// The title.
    Title,
    /// A chapter's key sentence and its figure.
    Chapter(Chapter),
    /// The prediction question, its room tally and the locked reveal: in place of
    /// the "what happened next" chapter, whose answer it would give away.
    Predict,
    /// After the reveal: what one would have had to believe in 2020 to get it right.
    Hindsight,
}

impl Slide {
    /// The slides, in order: the title, then one per chapter, the prediction followed by the
    /// hindsight fit.
    const ALL: [Slide; Chapter::ALL.len() + 2] = {
        let mut all = [Slide::Title; Chapter::ALL.len() + 2];
        let (mut i, mut at) = (0, 1);
        while i < Chapter::ALL.len() {
            all[at] = match Chapter::ALL[i] {
                Chapter::Next => Slide::Predict,
                c => Slide::Chapter(c),
            };
            if matches!(Chapter::ALL[i], Chapter::Next) {
                at += 1;
                all[at] = Slide::Hindsight;
            }
            i += 1;
            at += 1;
        }
        all
    };
}

/// Whether a key press belongs to a form control (a slider's arrows, a button's Space).
fn typed_into_control(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(
                el.tag_name().as_str(),
                "INPUT" | "SELECT" | "TEXTAREA" | "BUTTON" | "SUMMARY"
            )
        })
}

/// The slide deck.
#[component]
pub fn Deck() -> impl IntoView {
    let store = use_store();
    let texts = store.texts();
    let count = Slide::ALL.len();
    // `step` in the URL counts from 1; 0 (absent) is the first slide.
    let current = move || usize::from(store.step.get()).clamp(1, count) - 1;
    let go = move |i: usize| {
        store
            .step
            .set(u16::try_from(i.min(count - 1) + 1).unwrap_or(1))
    };
    let notes = RwSignal::new(false);
    let help = RwSignal::new(false);
    let revealed = RwSignal::new(false);

    let on_key = move |ev: &web_sys::KeyboardEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let key = ev.key();
        let on_control = typed_into_control(ev);
        let i = current();
        match key.as_str() {
            "ArrowRight" | "PageDown" if !on_control || key == "PageDown" => go(i + 1),
            " " if !on_control => go(i + 1),
            "ArrowLeft" | "PageUp" if !on_control || key == "PageUp" => go(i.saturating_sub(1)),
            "Home" if !on_control => go(0),
            "End" if !on_control => go(count - 1),
            "f" | "F" => toggle_fullscreen(),
            "n" | "N" => notes.update(|n| *n = !*n),
            "r" | "R" => store.reset_levers(),
            "v" | "V" => revealed.set(true),
            "?" => help.update(|h| *h = !*h),
            "Escape" => help.set(false),
            _ => return,
        }
        ev.prevent_default();
    };
    // Listens on the window for the deck's lifetime: removed when the deck goes.
    crate::ui::keep_while_owned(browser::on_key_down(on_key));

    let slide_view = move || {
        let i = current();
        match Slide::ALL[i] {
            Slide::Title => view! { <TitleSlide /> }.into_any(),
            Slide::Chapter(c) => view! { <ChapterSlide chapter=c notes=notes /> }.into_any(),
            Slide::Predict => view! { <PredictSlide revealed=revealed notes=notes /> }.into_any(),
            Slide::Hindsight => view! { <HindsightSlide notes=notes /> }.into_any(),
        }
    };
    let button = move |label: fn(&SlideText) -> &'static str,
                       symbol: &'static str,
                       action: fn(usize, usize) -> usize| {
        view! {
            <button
                type="button"
                aria-label=label(&texts.slides)
                title=label(&texts.slides)
                on:click=move |_| go(action(current(), count))
            >
                {symbol}
            </button>
        }
    };
    view! {
        <main class="deck" id="main">
            <div class="slide">{slide_view}</div>
            <nav class="deck-bar" aria-label=texts.toolbar.label>
                {button(|s| s.first_slide, "«", |_, _| 0)}
                {button(|s| s.previous_slide, "◀", |i, _| i.saturating_sub(1))}
                <span class="counter" aria-live="polite">
                    {move || format!("{} {} / {count}", texts.slides.slide, current() + 1)}
                </span>
                {button(|s| s.next_slide, "▶", |i, _| i + 1)}
                {button(|s| s.last_slide, "»", |_, n| n - 1)}
                <progress
                    max=count
                    value=move || current() + 1
                    aria-label=texts.slides.slide
                ></progress>
                <button type="button" on:click=|_| toggle_fullscreen()>
                    {texts.slides.fullscreen}
                </button>
                <button
                    type="button"
                    aria-pressed=move || notes.get().to_string()
                    on:click=move |_| notes.update(|n| *n = !*n)
                >
                    {texts.slides.notes}
                </button>
                <button type="button" on:click=move |_| store.reset_levers()>
                    {texts.toolbar.reset_all}
                </button>
                <button
                    type="button"
                    aria-pressed=move || help.get().to_string()
                    on:click=move |_| help.update(|h| *h = !*h)
                >
                    {texts.slides.shortcuts}
                </button>
                <button
                    type="button"
                    on:click=move |_| {
                        store.step.set(0);
                        store.mode.set(Mode::Article);
                    }
                >
                    {texts.slides.exit_present}
                </button>
            </nav>
            <Show when=move || help.get()>
                <div class="shortcuts" role="dialog" aria-label=texts.slides.shortcuts>
                    <h2>{texts.slides.shortcuts}</h2>
                    <dl>
                        {texts
                            .slides
                            .shortcut_list
                            .iter()
                            .map(|(keys, what)| {
                                view! {
                                    <dt>
                                        <kbd>{*keys}</kbd>
                                    </dt>
                                    <dd>{*what}</dd>
                                }
                            })
                            .collect_view()}
                    </dl>
                    <button type="button" on:click=move |_| help.set(false)>
                        {texts.slides.close}
                    </button>
                </div>
            </Show>
        </main>
    }
}

#[component]
fn TitleSlide() -> impl IntoView {
    let store = use_store();
    view! {
        // Not a section: its h1 is the page's top-level heading.
        <div class="slide-title">
            <h1>{store.texts().title}</h1>
            <p class="key">{store.texts().subtitle}</p>
            <p class="hint">{store.texts().slides.title_hint}</p>
        </div>
    }
}

/// A chapter as a slide: its title and key sentence, its figure large, and the
/// rest of its prose as speaker notes.
#[component]
fn ChapterSlide(chapter: Chapter, notes: RwSignal<bool>) -> impl IntoView {
    let store = use_store();
    let text = (store.texts().chapters)(chapter);
    view! {
        <ExplainerName />
        <section class="slide-chapter" aria-labelledby="slide-heading">
            <div class="slide-text">
                <p class="kicker">{(store.texts().chapter)(chapter.number())}</p>
                <h2 id="slide-heading">{text.title}</h2>
                <p class="key">{text.key}</p>
                {(chapter == Chapter::Sandbox).then(|| view! { <Compare /> })}
            </div>
            <div class="slide-figure interactive">{on_slide(chapter)}</div>
            <SpeakerNotes chapter=chapter notes=notes />
        </section>
    }
}

/// Above a slide's h2, for screen readers, the h1 the title slide shows: headings
/// never skip a level.
#[component]
fn ExplainerName() -> impl IntoView {
    view! { <h1 class="visually-hidden">{use_store().texts().title}</h1> }
}

#[component]
fn SpeakerNotes(chapter: Chapter, notes: RwSignal<bool>) -> impl IntoView {
    let store = use_store();
    move || {
        notes.get().then(|| {
            view! {
                <aside class="speaker-notes" aria-label=store.texts().slides.speaker_notes>
                    <ChapterProse chapter=chapter part=Part::Body />
                    <ChapterProse chapter=chapter part=Part::After />
                    <p>
                        <a href=crate::ui::app::teacher_page(
                            store.locale_untracked(),
                        )>{store.texts().toolbar.teacher_link}</a>
                    </p>
                </aside>
            }
        })
    }
}

/// The prediction: the question, a tally of the room's votes, and the answer
/// hidden until the teacher reveals it (V or the button).
#[component]
fn PredictSlide(revealed: RwSignal<bool>, notes: RwSignal<bool>) -> impl IntoView {
    let store = use_store();
    let texts = store.texts();
    let votes = RwSignal::new([0u32; CHOICES.len()]);
    let total = move || votes.with(|v| v.iter().sum::<u32>()).max(1);
    let rows = CHOICES
        .iter()
        .enumerate()
        .map(|(i, &choice)| {
            let name = move || choice_name(&store, choice);
            let right = move || revealed.get() && choice == ANSWER;
            view! {
                <li class:right=right>
                    <span class="choice-name">{name}</span>
                    <button
                        type="button"
                        aria-label=move || format!("{} {}", texts.slides.remove_vote, name())
                        on:click=move |_| votes.update(|v| v[i] = v[i].saturating_sub(1))
                    >
                        "−"
                    </button>
                    <meter
                        min="0"
                        max=total
                        value=move || votes.with(|v| v[i])
                        aria-label=name
                    ></meter>
                    <span class="votes">{move || votes.with(|v| v[i])}</span>
                    <button
                        type="button"
                        aria-label=move || format!("{} {}", texts.slides.add_vote, name())
                        on:click=move |_| votes.update(|v| v[i] += 1)
                    >
                        "+"
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <ExplainerName />
        <section class="slide-predict" aria-labelledby="slide-heading">
            <div class="slide-text">
                <p class="kicker">{texts.slides.predict_title}</p>
                <h2 id="slide-heading">{store.texts().guess.question}</h2>
                <p class="tally-title">{texts.slides.predict_tally}</p>
                <ul class="tally">{rows}</ul>
            </div>
            <div class="slide-figure">
                <Show
                    when=move || revealed.get()
                    fallback=move || {
                        view! {
                            <p class="locked">{texts.slides.predict_locked}</p>
                            <button
                                type="button"
                                class="reveal"
                                on:click=move |_| revealed.set(true)
                            >
                                {texts.slides.predict_unlock}
                            </button>
                        }
                    }
                >
                    <p class="answer">{texts.guess.answer}</p>
                    <BacktestFigure />
                </Show>
            </div>
            <SpeakerNotes chapter=Chapter::Next notes=notes />
        </section>
    }
}

/// The hindsight fit as a slide: its question and label beside the figure, whose choices the class
/// can try one after another.
#[component]
fn HindsightSlide(notes: RwSignal<bool>) -> impl IntoView {
    let store = use_store();
    let t = crate::content::hindsight_texts(store.locale_untracked());
    view! {
        <ExplainerName />
        <section class="slide-chapter slide-hindsight" aria-labelledby="slide-heading">
            <div class="slide-text">
                <p class="kicker">{(store.texts().chapter)(Chapter::Next.number())}</p>
                <h2 id="slide-heading">{t.title}</h2>
                <p class="key">{t.label}</p>
                <p>{t.prompt}</p>
            </div>
            <div class="slide-figure interactive">
                <HindsightFigure />
            </div>
            <SpeakerNotes chapter=Chapter::Next notes=notes />
        </section>
    }
}
