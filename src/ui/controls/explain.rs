//! When a lever's explanation shows. It opens while the lever has focus or the pointer, over what
//! lies below it, which is often its figure's sentence. Once the reader moves the lever, the
//! sentence says what the move did, so the explanation gives way (the control is marked
//! `data-moved`, which the stylesheet reads) until the control has neither focus nor the pointer.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;

use crate::ui::browser;

/// Marks a control `data-moved` while its lever's explanation should give way (see the module's
/// comment). One set of listeners on the window, for the page's life, serves every control; where
/// there is no window (rendered natively) there are none.
pub fn explain_until_moved() {
    // The marked control, and the element whose input marked it: one at a time, as a
    // reader moves one lever at a time. The rest of a drag's ticks, from the same element,
    // cost one comparison each, and leaving anything while none is marked costs nothing.
    let marked: Rc<RefCell<Option<(web_sys::EventTarget, web_sys::Element)>>> = Rc::default();
    for name in ["input", "change"] {
        let marked = Rc::clone(&marked);
        let listener = browser::on_window_capture(name, move |ev: &web_sys::Event| {
            let Some(target) = ev.target() else {
                return;
            };
            if marked
                .borrow()
                .as_ref()
                .is_some_and(|(by, _)| *by == target)
            {
                return;
            }
            let Some(control) = target
                .dyn_ref::<web_sys::Element>()
                .and_then(|e| e.closest(".control").ok().flatten())
            else {
                return;
            };
            if let Some((_, before)) = marked.take().filter(|(_, before)| *before != control) {
                let _ = before.remove_attribute("data-moved");
            }
            let _ = control.set_attribute("data-moved", "");
            marked.replace(Some((target, control)));
        });
        if let Some(listener) = listener {
            listener.forget();
        }
    }
    // Leaving the marked control: losing focus while the pointer rests on it, or the
    // pointer while it has focus (after a drag, say), does not open the explanation again.
    for (name, kept_while) in [("focusout", ":hover"), ("pointerout", ":focus-within")] {
        let marked = Rc::clone(&marked);
        let listener = browser::on_window_capture(name, move |ev: &web_sys::Event| {
            let Some(control) = marked.borrow().as_ref().map(|(_, c)| c.clone()) else {
                return;
            };
            let node = |t: Option<web_sys::EventTarget>| {
                t.and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            };
            let to = ev
                .dyn_ref::<web_sys::FocusEvent>()
                .and_then(web_sys::FocusEvent::related_target)
                .or_else(|| {
                    ev.dyn_ref::<web_sys::MouseEvent>()
                        .and_then(web_sys::MouseEvent::related_target)
                });
            // From inside the control to outside it, and with nothing else holding it.
            let left = control.contains(node(ev.target()).as_ref())
                && !control.contains(node(to).as_ref())
                && !control.matches(kept_while).unwrap_or(false);
            if left {
                let _ = control.remove_attribute("data-moved");
                marked.take();
            }
        });
        if let Some(listener) = listener {
            listener.forget();
        }
    }
}
