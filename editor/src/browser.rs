//! The editor's few browser effects: a file read from the picker or a drop, the download's Blob
//! URL, and focus moved where an action removed what had it. Only in the browser; natively (in
//! render tests) there is none of them.

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

/// A Blob URL of `text` as a file of media type `kind`, to download; `None` where the browser
/// refuses one.
#[cfg(target_arch = "wasm32")]
pub fn blob_url(text: &str, kind: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(kind);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// Natively there is no Blob URL.
#[cfg(not(target_arch = "wasm32"))]
pub fn blob_url(_: &str, _: &str) -> Option<String> {
    None
}

/// Lets a Blob URL go, once the file it offers has changed.
pub fn revoke(url: &str) {
    #[cfg(target_arch = "wasm32")]
    let _ = web_sys::Url::revoke_object_url(url);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = url;
}

/// Copies `text` to the clipboard, then calls `done` with whether the browser let it.
#[cfg(target_arch = "wasm32")]
pub fn copy(text: String, done: Callback<bool>) {
    use wasm_bindgen::JsCast;
    // Through the navigator's own object, so that a browser without the clipboard API (or one
    // that refuses it here) is told apart from one that copies.
    let write = || -> Option<js_sys::Promise> {
        let navigator = gloo_utils::window().navigator();
        let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
        let write = js_sys::Reflect::get(&clipboard, &"writeText".into()).ok()?;
        let write = write.dyn_into::<js_sys::Function>().ok()?;
        write.call1(&clipboard, &text.into()).ok()?.dyn_into().ok()
    };
    match write() {
        Some(promise) => wasm_bindgen_futures::spawn_local(async move {
            done.emit(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
        }),
        None => done.emit(false),
    }
}

/// Natively there is no clipboard.
#[cfg(not(target_arch = "wasm32"))]
pub fn copy(_: String, done: Callback<bool>) {
    done.emit(false);
}

/// Moves focus to the element with id `id`, where there is one.
pub fn focus(id: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(element) = gloo_utils::document().get_element_by_id(id) {
        if let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element) {
            let _ = element.focus();
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = id;
}

/// While `on`, leaving the page asks first (the browser's own question).
pub fn ask_before_leaving(on: bool) {
    #[cfg(target_arch = "wasm32")]
    {
        let window = gloo_utils::window();
        window.set_onbeforeunload(None);
        if on {
            let ask = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::BeforeUnloadEvent)>::new(
                |e: web_sys::BeforeUnloadEvent| {
                    e.prevent_default();
                    // Older browsers ask only where the event is given a value.
                    e.set_return_value("unsaved");
                },
            );
            window.set_onbeforeunload(Some(wasm_bindgen::JsCast::unchecked_ref(ask.as_ref())));
            // Kept for the page's life: set once per change of `on`, replaced, never called after.
            ask.forget();
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = on;
}

/// The applicant's checker, mounted in `host`'s shadow root (with the checker's stylesheet)
/// over the file `text`, opened at posting `id`: the preview, which gives `on_walked` the answers
/// of each result it shows. Dropping it unmounts it.
#[cfg(target_arch = "wasm32")]
pub struct Preview(Option<yew::AppHandle<eligibility_checker::app::App>>);

#[cfg(target_arch = "wasm32")]
impl Drop for Preview {
    fn drop(&mut self) {
        if let Some(handle) = self.0.take() {
            handle.destroy();
        }
    }
}

/// Mounts the preview; `None` where the page refuses.
#[cfg(target_arch = "wasm32")]
pub fn preview(
    host: &web_sys::Element,
    text: &str,
    id: &str,
    today: eligibility_core::rules::Date,
    language: eligibility_core::rules::Language,
    on_walked: yew::Callback<eligibility_core::rules::Answers>,
) -> Option<Preview> {
    use eligibility_checker::app::{App, AppProps};
    use std::rc::Rc;
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host
            .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
            .ok()?,
    };
    shadow.set_inner_html("");
    let document = host.owner_document()?;
    let link = document.create_element("link").ok()?;
    link.set_attribute("rel", "stylesheet").ok()?;
    link.set_attribute("href", "style.css").ok()?;
    shadow.append_child(&link).ok()?;
    let root = document.create_element("div").ok()?;
    root.set_class_name("ec-mount");
    shadow.append_child(&root).ok()?;
    let (catalogue, _) = eligibility_core::builtin::load_bundle("preview.json", text);
    let props = yew::props!(AppProps {
        catalogue: Rc::new(catalogue),
        today,
        open: Some(eligibility_core::rules::PostingId::new(id)),
        language,
        history_key: yew::AttrValue::Static("eligibility-editor-preview"),
        on_walked,
        // Beside the editor's own main, in its region: no second main landmark.
        main_landmark: false,
    });
    Some(Preview(Some(
        yew::Renderer::<App>::with_root_and_props(root, props).render(),
    )))
}

/// Moves focus to the element `id` once the page is drawn again: a field a button just opened.
pub fn focus_soon(id: String) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::closure::Closure;
        use wasm_bindgen::JsCast;
        // After the reducer's render, which the scheduler runs before the next task.
        let focus = Closure::once_into_js(move || {
            let element = gloo_utils::document().get_element_by_id(&id);
            let focus = element.as_ref().and_then(|e| {
                js_sys::Reflect::get(e, &"focus".into())
                    .ok()?
                    .dyn_into::<js_sys::Function>()
                    .ok()
            });
            if let (Some(element), Some(focus)) = (element, focus) {
                let _ = focus.call0(&element);
            }
        });
        let _ = gloo_utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(focus.unchecked_ref(), 0);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = id;
}
