//! Text to [`Json`], by whatever parser the platform already has.
//!
//! In the browser that is `JSON.parse`, which costs the wasm nothing; natively (tests, tools) it is
//! `serde_json`, which is never compiled into the wasm.

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
    serde_wasm_bindgen::from_value(value).map_err(|error| error.to_string())
}

/// Parses JSON text, or says why it is not JSON (with the line and column).
#[cfg(not(target_arch = "wasm32"))]
pub fn parse(text: &str) -> Result<Json, String> {
    serde_json::from_str(text).map_err(|error| error.to_string())
}
