//! The checker's pages in the browser's history: one entry per page turned, so that Back and
//! Forward (buttons, a phone's back gesture, Alt+Left) move one page instead of leaving the page
//! and losing every answer.
//!
//! An entry holds only its [`Place`], under the checker's own key in `history.state`, merged into
//! whatever state the host page keeps there: never an answer, an option or a month. Each page load
//! starts a trail of its own, so that entries left from before a reload (the browser keeps them)
//! lead nowhere. The URL stays as it is, so a reload or a shared link shows nobody's
//! answers, and a host page's own routes are left alone. Natively (render tests) these do nothing.

use super::state::Place;

/// Marks the entry on show as the checker's page at `place`, keeping the host page's state.
pub fn mark(key: &str, place: Place) {
    #[cfg(target_arch = "wasm32")]
    write(key, &written(place), false);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (key, place);
}

/// A new entry, after the one on show, for the checker's page at `place`.
pub fn push(key: &str, place: Place) {
    #[cfg(target_arch = "wasm32")]
    write(key, &written(place), true);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (key, place);
}

/// Until it is dropped, calls back with the place of each of the checker's entries that the
/// browser's Back or Forward reaches.
pub struct Travelling {
    #[cfg(target_arch = "wasm32")]
    _listener: Option<gloo_events::EventListener>,
}

/// Calls `to` with the place of each of the checker's entries that Back or Forward reaches; see
/// [`Travelling`]. The host page's own entries (without the key) are not the checker's business;
/// the reducer ignores entries of another trail.
pub fn on_travel(key: &str, to: impl Fn(Place) + 'static) -> Travelling {
    #[cfg(target_arch = "wasm32")]
    {
        let key = wasm_bindgen::JsValue::from_str(key);
        let _listener = web_sys::window().map(|window| {
            gloo_events::EventListener::new(&window, "popstate", move |_| {
                let written = web_sys::window()
                    .and_then(|w| w.history().ok())
                    .and_then(|h| h.state().ok())
                    .filter(|state| state.is_object())
                    .and_then(|state| js_sys::Reflect::get(&state, &key).ok())
                    .and_then(|value| value.as_string());
                if let Some(place) = written.as_deref().and_then(read) {
                    to(place);
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

/// A place as an entry holds it: `trail.at`.
#[cfg(target_arch = "wasm32")]
fn written(place: Place) -> String {
    format!("{}.{}", place.trail, place.at)
}

/// The place `written` holds.
#[cfg(target_arch = "wasm32")]
fn read(written: &str) -> Option<Place> {
    let (trail, at) = written.split_once('.')?;
    Some(Place {
        trail: trail.parse().ok()?,
        at: at.parse().ok()?,
    })
}

/// Writes `value` under `key` into the entry on show (`push`: into a new entry after it).
#[cfg(target_arch = "wasm32")]
fn write(key: &str, value: &str, push: bool) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    // The host page's state as it is (its own fields kept), with the checker's place added: the
    // browser stores a copy of it in the entry.
    let state = history
        .state()
        .ok()
        .filter(|s| s.is_object())
        .unwrap_or_else(|| js_sys::Object::new().into());
    let _ = js_sys::Reflect::set(&state, &key.into(), &value.into());
    let _ = if push {
        history.push_state(&state, "")
    } else {
        history.replace_state(&state, "")
    };
}
