//! The editor's few browser effects: a file read from the picker or a drop, and the download's
//! Blob URL. Only in the browser; natively (in render tests) there is neither.

use yew::Callback;

/// Reads the first file of `files` as text, then calls `done` with its name and text.
#[cfg(target_arch = "wasm32")]
pub fn read_first(files: Option<web_sys::FileList>, done: Callback<(String, String)>) {
    let Some(file) = files.and_then(|f| f.get(0)) else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
        if let Some(text) = text.ok().and_then(|t| t.as_string()) {
            done.emit((file.name(), text));
        }
    });
}

/// Natively there are no files to read.
#[cfg(not(target_arch = "wasm32"))]
pub fn read_first(_: Option<web_sys::FileList>, _: Callback<(String, String)>) {}

/// A Blob URL of `text` as a JSON file, to download; `None` where the browser refuses one.
#[cfg(target_arch = "wasm32")]
pub fn blob_url(text: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// Natively there is no Blob URL.
#[cfg(not(target_arch = "wasm32"))]
pub fn blob_url(_: &str) -> Option<String> {
    None
}

/// Lets a Blob URL go, once the file it offers has changed.
pub fn revoke(url: &str) {
    #[cfg(target_arch = "wasm32")]
    let _ = web_sys::Url::revoke_object_url(url);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = url;
}
