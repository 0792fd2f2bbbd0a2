//! The timeline: the dated moves from Douyin's opening to Taobao (2018) to its ban on
//! outside links (9 October 2020), each with its source and flag. A list, not a chart:
//! the dates matter more than the distances between them.

use leptos::prelude::*;

use crate::content::facts::TIMELINE;
use crate::ui::store::use_store;

/// The moves in order; the chapters link to it as `#fig-timeline`.
#[component]
pub fn TimelineFigure() -> impl IntoView {
    let store = use_store();
    let texts = store.texts();
    let locale = store.locale_untracked();
    let events = TIMELINE
        .iter()
        .zip(texts.timeline.events)
        .map(|(event, (date, what))| {
            view! {
                <li>
                    <time datetime=event.datetime>{date}</time>
                    " "
                    <span>{what}</span>
                    " "
                    <span class="cite">
                        <abbr title=texts
                            .sources
                            .flags[event.flag.index()]>{event.flag.letter()}</abbr>
                        " "
                        {event.source.get(locale)}
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <figure class="figure timeline" id="fig-timeline" aria-labelledby="fig-timeline-title">
            <h3 class="figure-title" id="fig-timeline-title">
                {texts.timeline.title}
            </h3>
            <ol>{events}</ol>
        </figure>
    }
}
