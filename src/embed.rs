//! Mounting checkers into a page: the standalone page, an employer's snippet, or the
//! `<eligibility-checker>` custom element. Browser only.
//!
//! Each checker gets an open shadow root on its host element with the checker's stylesheet inside:
//! the host page's CSS cannot reach in, the checker's cannot leak out, and element ids are scoped
//! to the checker, so several checkers on one page never collide. Theming is by CSS custom
//! properties, which do cross the boundary.
//!
//! Where postings come from, read from the host element's attributes (with a `data-` prefix on a
//! plain element, without on the custom element):
//! - `postings="#id"`: a `<script type="application/json">` in the page holding questions and
//!   postings; `postings="some/file.json"`: the same, fetched from that URL (same site);
//! - otherwise `criteria="#id"` or `criteria="file.json"`: the page's schema.org `JobPosting`
//!   JSON-LD, joined to this criteria file (given both, the postings are used and a problem names
//!   the criteria attribute);
//! - neither: the built-in postings.
//!
//! `posting="id"` opens that posting at once; an id that no posting has is named as a problem
//! above the list. When a result is shown the host element dispatches
//! `eligibility-checker:completed`, bubbling and composed, whose `detail` is `{ posting }` and
//! nothing else: never the answers, never the outcome, which would reveal health information to
//! whatever analytics the host page runs.

use crate::app::{App, AppProps};
use crate::builtin;
use crate::rules::{jsonld, Catalogue, Date, Json, LoadError, PostingId, Source};
use crate::text;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, Callback};

/// The name of the event a host page can listen for.
pub const COMPLETED_EVENT: &str = "eligibility-checker:completed";

enum Mount {
    Loading,
    Mounted(AppHandle<App>),
    Destroyed,
}

/// A mounted checker. `destroy` unmounts it and empties its shadow root.
pub struct Checker {
    host: Element,
    mount: Rc<RefCell<Mount>>,
}

impl Checker {
    /// Unmounts the checker, forgetting every answer, and empties its shadow root.
    pub fn destroy(&self) {
        if let Mount::Mounted(handle) = self.mount.replace(Mount::Destroyed) {
            handle.destroy();
        }
        if let Some(shadow) = self.host.shadow_root() {
            shadow.set_inner_html("");
        }
    }
}

/// Today, as the device's local calendar has it: the one place the clock is read.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
    .unwrap_or_else(|| Date::new(2000, 1, 1).expect("a real date"))
}

/// Mounts a checker into `host`. `attribute_prefix` is `"data-"` for a plain element, `""` for
/// the custom element; `stylesheet` and `integrity` are the built stylesheet's URL and SRI hash;
/// `prefetched`, when given, is the boot script's `fetch` of the postings file the element names,
/// started while the app downloaded.
pub fn mount(
    host: Element,
    stylesheet: &str,
    integrity: &str,
    attribute_prefix: &str,
    prefetched: Option<js_sys::Promise>,
) -> Result<Checker, JsValue> {
    let document = host
        .owner_document()
        .ok_or("the element is not in a document")?;
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    shadow.set_inner_html("");
    let link = document.create_element("link")?;
    link.set_attribute("rel", "stylesheet")?;
    link.set_attribute("href", stylesheet)?;
    if !integrity.is_empty() {
        link.set_attribute("integrity", integrity)?;
        link.set_attribute("crossorigin", "anonymous")?;
    }
    shadow.append_child(&link)?;
    let root = document.create_element("div")?;
    root.set_class_name("ec-mount");
    root.set_text_content(Some(text::current().loading));
    shadow.append_child(&root)?;

    // An attribute left empty (`data-postings=""`) is as good as absent.
    let attribute = |name: &str| {
        host.get_attribute(&format!("{attribute_prefix}{name}"))
            .filter(|value| !value.trim().is_empty())
    };
    let postings = attribute("postings");
    let criteria = attribute("criteria");
    let open = attribute("posting").map(PostingId::new);
    let prefix = attribute_prefix.to_owned();
    let mount = Rc::new(RefCell::new(Mount::Loading));
    let checker = Checker {
        host: host.clone(),
        mount: mount.clone(),
    };
    wasm_bindgen_futures::spawn_local(async move {
        let (catalogue, mut load_errors) =
            load(&document, postings, criteria, &prefix, prefetched).await;
        if !matches!(*mount.borrow(), Mount::Loading) {
            return; // destroyed while loading
        }
        // When nothing loaded, the problems above already say why; "no such posting" adds nothing.
        if !catalogue.postings().is_empty() || load_errors.is_empty() {
            let attribute = format!("{prefix}posting");
            load_errors.extend(
                open.as_ref()
                    .and_then(|id| catalogue.unknown_posting(&attribute, id)),
            );
        }
        root.set_text_content(None);
        let on_result = Callback::from(move |posting: PostingId| completed(&host, &posting));
        let handle = yew::Renderer::<App>::with_root_and_props(
            root,
            AppProps {
                catalogue: Rc::new(catalogue),
                load_errors: Rc::new(load_errors),
                today: today(),
                open,
                on_result,
            },
        )
        .render();
        *mount.borrow_mut() = Mount::Mounted(handle);
    });
    Ok(checker)
}

fn completed(host: &Element, posting: &PostingId) {
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"posting".into(), &posting.as_str().into());
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(COMPLETED_EVENT, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// The postings the attributes name: a postings file (by URL or `#id`) by preference, else the
/// page's JSON-LD joined to a criteria file, else the built-in postings.
async fn load(
    document: &Document,
    postings: Option<String>,
    criteria: Option<String>,
    prefix: &str,
    prefetched: Option<js_sys::Promise>,
) -> (Catalogue, Vec<LoadError>) {
    match (postings, criteria) {
        (Some(postings), criteria) => {
            let source = read(document, &postings, prefetched).await;
            let (catalogue, mut errors) =
                Catalogue::load_bundle(&source, &builtin::standard_bank());
            if criteria.is_some() {
                // Both given: say which one is used rather than silently drop the other.
                errors.push(LoadError::bundle(
                    &format!("the {prefix}criteria attribute"),
                    "",
                    format!(
                        "expected either {prefix}postings or {prefix}criteria, not both: \
                         the postings are shown and the criteria file is not read"
                    ),
                ));
            }
            (catalogue, errors)
        }
        (None, Some(criteria)) => {
            let source = read(document, &criteria, None).await;
            let (documents, unreadable) = json_ld(document);
            let (catalogue, mut errors) =
                jsonld::join(&documents, &source, &builtin::standard_bank());
            errors.extend(unreadable);
            (catalogue, errors)
        }
        (None, None) => builtin::catalogue(),
    }
}

/// The page's JSON-LD documents, read as leniently as browsers read them (the employer's content
/// system writes them), and a problem naming each one that still cannot be read: a JobPosting in
/// it would otherwise go missing without a word.
fn json_ld(document: &Document) -> (Vec<Json>, Vec<LoadError>) {
    let mut documents = Vec::new();
    let mut unreadable = Vec::new();
    let Ok(scripts) = document.query_selector_all("script[type='application/ld+json']") else {
        return (documents, unreadable);
    };
    for i in 0..scripts.length() {
        let Some(text) = scripts.item(i).and_then(|script| script.text_content()) else {
            continue;
        };
        match crate::json_text::parse_lenient(&text) {
            Ok(json) => documents.push(json),
            Err(cause) => unreadable.push(LoadError::not_json(
                &format!(
                    "the JSON-LD in this page (script {} of {})",
                    i + 1,
                    scripts.length()
                ),
                &cause,
            )),
        }
    }
    (documents, unreadable)
}

/// A JSON source named by `#id` (an element in the page) or by URL (fetched, or already being
/// fetched: `prefetched`).
async fn read(document: &Document, name: &str, prefetched: Option<js_sys::Promise>) -> Source {
    let (file, json) = if name.starts_with('#') {
        let selector = name;
        let text = document
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.text_content());
        let file = format!("the postings in this page ({selector})");
        match text {
            Some(text) => (file, crate::json_text::parse(&text)),
            None => (file, Err("no element in the page has that id".to_owned())),
        }
    } else {
        (name.to_owned(), fetch_json(name, prefetched).await)
    };
    Source { file, json }
}

async fn fetch_json(url: &str, prefetched: Option<js_sys::Promise>) -> Result<Json, String> {
    let window = web_sys::window().ok_or("no window")?;
    let request = prefetched.unwrap_or_else(|| window.fetch_with_str(url));
    let failed = |e: JsValue| {
        js_sys::Error::from(e)
            .message()
            .as_string()
            .unwrap_or_else(|| "the network request failed".into())
    };
    let response = wasm_bindgen_futures::JsFuture::from(request)
        .await
        .map_err(|e| format!("it could not be fetched: {}", failed(e)))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "no response")?;
    if !response.ok() {
        return Err(format!(
            "it could not be fetched: the server answered {}",
            response.status()
        ));
    }
    let text = wasm_bindgen_futures::JsFuture::from(response.text().map_err(failed)?)
        .await
        .map_err(failed)?;
    crate::json_text::parse(&text.as_string().unwrap_or_default())
}
