//! Landing on the URL's `#fragment`: a link to a chapter (`#sandbox`) opens there, and stays
//! there while the chapters above it build their figures and the page grows.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;

use crate::ui::browser::{self, Observer};

/// How long, at most, a linked element is held in place while the page builds.
const HOLD_FRAGMENT_MS: u32 = 10_000;

/// Scrolls to the element named by the URL's `#fragment`, if there is one, and holds
/// it in place while the page above it grows (the chapters there build their figures
/// after the page opens), until the reader scrolls, clicks, types or moves a control, or
/// [`HOLD_FRAGMENT_MS`] have passed. Without ResizeObserver it only scrolls.
pub fn land_on_fragment() {
    let id = browser::fragment();
    let Some(target) = (!id.is_empty())
        .then(|| browser::element_by_id(&id))
        .flatten()
    else {
        return;
    };
    browser::scroll_now(&target);
    let Some(observer) = browser::observe_body_size(move || browser::scroll_now(&target)) else {
        return;
    };
    // Everything the hold keeps alive; released (dropped) a tick after it ends, not
    // inside one of its own callbacks.
    type Hold = (Observer, Vec<EventListener>, Timeout);
    let hold: Rc<RefCell<Option<Hold>>> = Rc::default();
    let release = {
        let hold = Rc::clone(&hold);
        move || {
            if let Some((observer, ..)) = hold.borrow().as_ref() {
                observer.disconnect();
            }
            let hold = Rc::clone(&hold);
            Timeout::new(0, move || drop(hold.borrow_mut().take())).forget();
        }
    };
    let listeners = browser::on_reader_action(release.clone());
    let deadline = Timeout::new(HOLD_FRAGMENT_MS, release);
    hold.replace(Some((observer, listeners, deadline)));
}
