//! Text to [`Json`], by whatever parser the platform already has.
//!
//! In the browser that is `JSON.parse`, which costs the wasm nothing, and a short walk over what it
//! returns; natively (tests, tools) it is `serde_json`, which is never compiled into the wasm.
//! (The walk replaced `serde-wasm-bindgen`: the same result in fewer bytes; see the README's
//! "Performance".)

use crate::rules::Json;

/// Parses JSON text, or says why it is not JSON (with the parser's position).
#[cfg(target_arch = "wasm32")]
pub fn parse(text: &str) -> Result<Json, String> {
    let value = js_sys::JSON::parse(text).map_err(|error| {
        js_sys::Error::from(error)
            .message()
            .as_string()
            .unwrap_or_else(|| "the browser could not read it".to_owned())
    })?;
    from_js(&value, 0)
}

/// Deeper than any posting file goes, and shallow enough that the walk cannot run out of stack on
/// a hostile file.
#[cfg(target_arch = "wasm32")]
const MAX_DEPTH: usize = 64;

#[cfg(target_arch = "wasm32")]
fn from_js(value: &wasm_bindgen::JsValue, depth: usize) -> Result<Json, String> {
    use js_sys::{Array, Object};
    use wasm_bindgen::JsCast;
    if depth > MAX_DEPTH {
        return Err(format!(
            "it is nested more than {MAX_DEPTH} levels deep, deeper than any posting file can be"
        ));
    }
    if let Some(b) = value.as_bool() {
        return Ok(Json::Bool(b));
    }
    if let Some(n) = value.as_f64() {
        return Ok(Json::Number(n));
    }
    if let Some(s) = value.as_string() {
        return Ok(Json::String(s));
    }
    if value.is_null() || value.is_undefined() {
        return Ok(Json::Null);
    }
    if Array::is_array(value) {
        let items: &Array = value.unchecked_ref();
        return items
            .iter()
            .map(|item| from_js(&item, depth + 1))
            .collect::<Result<_, _>>()
            .map(Json::Array);
    }
    // JSON.parse gives nothing else: an object's own keys, in order.
    Object::entries(value.unchecked_ref())
        .iter()
        .map(|entry| {
            let entry: Array = entry.unchecked_into();
            let key = entry.get(0).as_string().unwrap_or_default();
            Ok((key, from_js(&entry.get(1), depth + 1)?))
        })
        .collect::<Result<_, _>>()
        .map(Json::Object)
}

/// Parses JSON text, or says why it is not JSON (with the line and column).
#[cfg(not(target_arch = "wasm32"))]
pub fn parse(text: &str) -> Result<Json, String> {
    serde_json::from_str(text).map_err(|error| error.to_string())
}
