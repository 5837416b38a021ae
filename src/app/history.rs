//! The checker's pages in the browser's history: one entry per page turned, so that Back and
//! Forward (buttons, a phone's back gesture, Alt+Left) move one page, as the checker's own Back
//! link does, instead of leaving the page and losing every answer.
//!
//! An entry holds only its place among the checker's pages, under the checker's own key in
//! `history.state`, merged into whatever state the host page keeps there: never an answer, an
//! option or a month. The URL stays as it is, so a reload or a shared link shows nobody's
//! answers, and a host page's own routes are left alone. Natively (render tests) these do nothing.

/// Marks the entry on show as the checker's first page (place 0), keeping the host page's state.
pub fn mark(key: &str) {
    #[cfg(target_arch = "wasm32")]
    write(key, 0, false);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = key;
}

/// A new entry, after the one on show, for the checker's page at place `at`.
pub fn push(key: &str, at: usize) {
    #[cfg(target_arch = "wasm32")]
    write(key, at, true);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (key, at);
}

/// Back one entry, as the browser's own Back: its Forward then returns.
pub fn back() {
    #[cfg(target_arch = "wasm32")]
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.back();
    }
}

/// Until it is dropped, calls back with the place of each of the checker's entries that the
/// browser's Back or Forward reaches.
pub struct Travelling {
    #[cfg(target_arch = "wasm32")]
    _listener: Option<gloo_events::EventListener>,
}

/// Calls `to` with the checker's place each time Back or Forward reaches one of its entries; see
/// [`Travelling`]. The host page's own entries (without the key) are not the checker's business.
pub fn on_travel(key: &str, to: impl Fn(usize) + 'static) -> Travelling {
    #[cfg(target_arch = "wasm32")]
    {
        let key = wasm_bindgen::JsValue::from_str(key);
        let _listener = web_sys::window().map(|window| {
            gloo_events::EventListener::new(&window, "popstate", move |_| {
                let place = web_sys::window()
                    .and_then(|w| w.history().ok())
                    .and_then(|h| h.state().ok())
                    .filter(|state| state.is_object())
                    .and_then(|state| js_sys::Reflect::get(&state, &key).ok())
                    .and_then(|place| place.as_f64());
                if let Some(place) = place.filter(|p| p.fract() == 0.0 && *p >= 0.0) {
                    to(place as usize);
                }
            })
        });
        Travelling { _listener }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (key, to);
        Travelling {}
    }
}

/// Writes the checker's place into the entry on show (`push`: into a new entry after it).
#[cfg(target_arch = "wasm32")]
fn write(key: &str, at: usize, push: bool) {
    use wasm_bindgen::JsCast;
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let state = js_sys::Object::new();
    if let Some(kept) = history.state().ok().filter(|s| s.is_object()) {
        js_sys::Object::assign(&state, kept.unchecked_ref());
    }
    let _ = js_sys::Reflect::set(&state, &key.into(), &(at as f64).into());
    let _ = if push {
        history.push_state(&state, "")
    } else {
        history.replace_state(&state, "")
    };
}
