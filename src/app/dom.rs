//! The few browser calls the views make, each from a callback or an effect, never from a render.
//! Natively (render tests) they do nothing.
//!
//! The checker lives in a shadow root, so elements are found from the root node of a node inside
//! the checker, never from `document`: two checkers on one page each find their own.

/// Moves keyboard and screen-reader focus to the element with this id in the same document or
/// shadow root as `near`, if it is there.
pub fn focus(near: &web_sys::Node, id: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(element) = element_near(near, id) {
        let _ = element.focus();
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (near, id);
}

/// The element with this id in the same document or shadow root as `near`.
#[cfg(target_arch = "wasm32")]
fn element_near(near: &web_sys::Node, id: &str) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    let root = near.get_root_node();
    let element = if let Some(fragment) = root.dyn_ref::<web_sys::DocumentFragment>() {
        fragment.get_element_by_id(id)
    } else if let Some(document) = root.dyn_ref::<web_sys::Document>() {
        document.get_element_by_id(id)
    } else {
        None
    };
    element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Shows a new page from its top, then moves focus to the element with this id (its heading, or
/// the error summary), as [`focus`] does. `checker` is the element the checker draws in.
///
/// Focus alone scrolls only as far as the heading needs, so a page turned from far down a long
/// page opened part-way down, its heading cut off and the Back link out of sight. Instead: every
/// scroll box inside the checker goes back to its top, and where the checker's top is then above
/// the screen, the page scrolls it into view; focus then moves without scrolling again.
pub fn show_from_top(checker: &web_sys::Node, id: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let Some(checker) = checker.dyn_ref::<web_sys::Element>() else {
            return;
        };
        let mut element = Some(checker.clone());
        while let Some(scrolled) = element {
            if scrolled.scroll_top() > 0 {
                scrolled.set_scroll_top(0);
            }
            element = scrolled.parent_element();
        }
        if checker.get_bounding_client_rect().top() < 0.0 {
            checker.scroll_into_view();
        }
        if let Some(element) = element_near(checker, id) {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = element.focus_with_options(&options);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (checker, id);
}

/// [`focus`], near the element an event happened on.
pub fn focus_near_event(event: &web_sys::Event, id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(node) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
    {
        focus(&node, id);
    }
}

/// Gives the page the language and title of these words: for the checker's own page, whose
/// language follows the switch.
pub fn speak(t: &eligibility_core::text::Text) {
    #[cfg(target_arch = "wasm32")]
    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        // Only what differs: the page as served already says the first language's, and a write
        // of the same value still makes the browser tell its window (WebKit's, under automation,
        // then stalled now and then).
        if let Some(html) = document.document_element() {
            if html.get_attribute("lang").as_deref() != Some(t.lang) {
                let _ = html.set_attribute("lang", t.lang);
            }
        }
        if document.title() != t.app_name {
            document.set_title(t.app_name);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = t;
}

/// Puts `text` on the clipboard (the asynchronous Clipboard API, in answer to a press of a
/// button), then calls `done` with whether the browser took it. Nothing else keeps it.
pub fn copy_text(text: &str, done: yew::Callback<bool>) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(window) = web_sys::window() else {
            return done.emit(false);
        };
        let written = window.navigator().clipboard().write_text(text);
        wasm_bindgen_futures::spawn_local(async move {
            done.emit(wasm_bindgen_futures::JsFuture::from(written).await.is_ok());
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (text, done);
}

/// Opens the browser's own print dialogue, which also offers to save a PDF: the checker makes no
/// file, and nothing is sent or stored.
pub fn print() {
    #[cfg(target_arch = "wasm32")]
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// While it is kept, leaving or reloading the page first asks the applicant, in the browser's own
/// words, so a back gesture on a phone halfway through the questions does not silently lose their
/// answers. Dropping it takes the question away again.
pub struct LeaveGuard {
    #[cfg(target_arch = "wasm32")]
    _listener: Option<gloo_events::EventListener>,
}

/// Starts asking before the page is left; see [`LeaveGuard`].
pub fn guard_leaving() -> LeaveGuard {
    #[cfg(target_arch = "wasm32")]
    {
        use gloo_events::{EventListener, EventListenerOptions};
        // preventDefault() is what browsers now ask for; they show their own words. The listener
        // must not be passive, or preventDefault() is ignored.
        let _listener = web_sys::window().map(|window| {
            EventListener::new_with_options(
                &window,
                "beforeunload",
                EventListenerOptions::enable_prevent_default(),
                |event| event.prevent_default(),
            )
        });
        LeaveGuard { _listener }
    }
    #[cfg(not(target_arch = "wasm32"))]
    LeaveGuard {}
}

/// Until it is dropped, calls back whenever the page is left: closed, reloaded, or put in the
/// browser's back-forward cache (`pagehide` in every case).
pub struct Leaving {
    #[cfg(target_arch = "wasm32")]
    _listener: Option<gloo_events::EventListener>,
}

/// Calls `left` each time the page is left; see [`Leaving`].
pub fn on_leaving(left: impl Fn() + 'static) -> Leaving {
    #[cfg(target_arch = "wasm32")]
    {
        let _listener = web_sys::window()
            .map(|window| gloo_events::EventListener::new(&window, "pagehide", move |_| left()));
        Leaving { _listener }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = left;
        Leaving {}
    }
}
