//! Mounting checkers into a page: the standalone page, an employer's snippet, or the
//! `<eligibility-checker>` custom element. Browser only.
//!
//! Each checker draws in a closed shadow root on its host element (made and held by the boot
//! script), with the checker's stylesheet inside: the host page's CSS cannot reach in, the
//! checker's cannot leak out, element ids are scoped to the checker, and no script of the host
//! page can walk into it. The input events that would otherwise bubble out of it (clicks, keys,
//! input, focus) stop at its boundary, so a host page's analytics never see which answer was
//! chosen. Theming is by CSS custom properties, which do cross the boundary.
//!
//! Where postings come from, read from the host element's attributes (with a `data-` prefix on a
//! plain element, without on the custom element):
//! - `postings="#id"`: a `<script type="application/json">` in the page holding questions and
//!   postings; `postings="some/file.json"`: the same, fetched from that URL;
//! - otherwise `criteria="#id"` or `criteria="file.json"`: the page's schema.org `JobPosting`
//!   JSON-LD, joined to this criteria file (given both, the postings are used and a problem names
//!   the criteria attribute);
//! - neither: the built-in postings.
//!
//! Files come from the page's own origin only, fetched without cookies, unless `postings-from`
//! names the other origin exactly: the employer has to mean it. Anything else (a `data:` address,
//! a selector that is not a plain `#id`) is refused and named as a problem.
//!
//! `posting="id"` opens that posting at once; an id that no posting has is named as a problem
//! above the list. When a result is shown the host element dispatches
//! `eligibility-checker:completed`, bubbling and composed, whose `detail` is `{ posting }` and
//! nothing else: never the answers, never the outcome, which would reveal health information to
//! whatever analytics the host page runs.

use crate::app::{App, AppProps};
use crate::builtin;
use crate::rules::{jsonld, Catalogue, Date, Json, LoadError, PostingId, Source};
use crate::text::{self, Words};
use gloo_events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, ShadowRoot};
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
    shadow: ShadowRoot,
    mount: Rc<RefCell<Mount>>,
    /// Stop input events at the checker's boundary until the checker is dropped.
    _boundary: Vec<EventListener>,
}

impl Checker {
    /// Unmounts the checker, forgetting every answer, and empties its shadow root.
    pub fn destroy(&self) {
        if let Mount::Mounted(handle) = self.mount.replace(Mount::Destroyed) {
            handle.destroy();
        }
        self.shadow.set_inner_html("");
    }
}

/// The events a host page's analytics or session replay listens for to learn what someone clicked
/// or typed. Inside the checker they are stopped once the checker has handled them: a host's
/// document-level listeners never hear of them. (Capture-phase listeners run before any of the
/// checker's and still see keys typed; see the README's privacy section.)
#[rustfmt::skip]
const STOPPED_AT_BOUNDARY: &[&str] = &[
    "click", "dblclick", "auxclick", "contextmenu", "DOMActivate",
    "mousedown", "mouseup", "mousemove", "mouseover", "mouseout",
    "pointerdown", "pointerup", "pointermove", "pointerover", "pointerout", "pointercancel",
    "pointerrawupdate", "gotpointercapture", "lostpointercapture",
    "touchstart", "touchend", "touchmove", "touchcancel",
    "keydown", "keyup", "keypress", "textInput",
    "beforeinput", "input", "change", "select", "selectionchange", "invalid", "submit", "reset",
    "focusin", "focusout",
    "compositionstart", "compositionupdate", "compositionend",
    "copy", "cut", "paste", "wheel",
    "drag", "dragstart", "dragend", "dragenter", "dragover", "dragleave", "drop",
];

fn stop_at_boundary(shadow: &ShadowRoot) -> Vec<EventListener> {
    STOPPED_AT_BOUNDARY
        .iter()
        .map(|&kind| EventListener::new(shadow, kind, |event| event.stop_propagation()))
        .collect()
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

/// Mounts a checker into `shadow`, the closed shadow root of `host`. `attribute_prefix` is
/// `"data-"` for a plain element, `""` for the custom element; `stylesheet` and `integrity` are the
/// built stylesheet's URL and SRI hash; `prefetched`, when given, is the boot script's `fetch` of
/// the postings file the element names, started while the app downloaded.
pub fn mount(
    host: Element,
    shadow: ShadowRoot,
    stylesheet: &str,
    integrity: &str,
    attribute_prefix: &str,
    prefetched: Option<js_sys::Promise>,
) -> Result<Checker, JsValue> {
    let document = host
        .owner_document()
        .ok_or("the element is not in a document")?;
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
    root.set_text_content(Some(text::ENGLISH.loading));
    shadow.append_child(&root)?;

    // An attribute left empty (`data-postings=""`) is as good as absent; spaces around a value
    // are no part of it.
    let attribute = |name: &str| {
        host.get_attribute(&format!("{attribute_prefix}{name}"))
            .map(|value| value.trim().to_owned())
            .filter(|value| !value.is_empty())
    };
    let sources = Sources {
        postings: attribute("postings"),
        criteria: attribute("criteria"),
        from: attribute("postings-from"),
        prefix: attribute_prefix.to_owned(),
    };
    let open = attribute("posting").map(PostingId::new);
    let prefix = attribute_prefix.to_owned();
    let mount = Rc::new(RefCell::new(Mount::Loading));
    let checker = Checker {
        _boundary: stop_at_boundary(&shadow),
        shadow,
        mount: mount.clone(),
    };
    wasm_bindgen_futures::spawn_local(async move {
        let (catalogue, mut load_errors) = load(&document, sources, prefetched).await;
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
                words: Words::default(),
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

/// What the host element's attributes say about where postings come from.
struct Sources {
    postings: Option<String>,
    criteria: Option<String>,
    /// Another origin files may come from, named exactly (`postings-from`).
    from: Option<String>,
    /// `data-` or nothing, for naming attributes in problems.
    prefix: String,
}

impl Sources {
    fn attribute(&self, name: &str) -> String {
        format!("the {}{name} attribute", self.prefix)
    }
}

/// The postings the attributes name: a postings file (by URL or `#id`) by preference, else the
/// page's JSON-LD joined to a criteria file, else the built-in postings.
async fn load(
    document: &Document,
    sources: Sources,
    prefetched: Option<js_sys::Promise>,
) -> (Catalogue, Vec<LoadError>) {
    match (&sources.postings, &sources.criteria) {
        (Some(postings), criteria) => {
            let source = match read(document, &sources, "postings", postings, prefetched).await {
                Ok(source) => source,
                Err(refused) => return (Catalogue::default(), vec![refused]),
            };
            let (catalogue, mut errors) =
                Catalogue::load_bundle(&source, &builtin::standard_bank());
            if criteria.is_some() {
                // Both given: say which one is used rather than silently drop the other.
                let prefix = &sources.prefix;
                errors.push(LoadError::unusable(
                    &sources.attribute("criteria"),
                    format!(
                        "expected either {prefix}postings or {prefix}criteria, not both: \
                         the postings are shown and the criteria file is not read"
                    ),
                ));
            }
            (catalogue, errors)
        }
        (None, Some(criteria)) => {
            let source = match read(document, &sources, "criteria", criteria, None).await {
                Ok(source) => source,
                Err(refused) => return (Catalogue::default(), vec![refused]),
            };
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

/// Where an attribute says a JSON source is: an element of this page, or a file to fetch.
enum Location {
    /// The `id` of a `<script type="application/json">` in the page.
    Element(String),
    /// An address on the page's own origin, or on the origin `postings-from` names.
    File(String),
}

/// Reads the JSON source attribute `name` names by `value`: `#id` for an element in the page, or
/// an address (fetched, or already being fetched: `prefetched`). A value the checker will not
/// read is a problem naming the attribute.
async fn read(
    document: &Document,
    sources: &Sources,
    name: &str,
    value: &str,
    prefetched: Option<js_sys::Promise>,
) -> Result<Source, LoadError> {
    let refused = |reason: String| LoadError::unusable(&sources.attribute(name), reason);
    let source = match locate(document, value, sources.from.as_deref(), &sources.prefix)
        .map_err(refused)?
    {
        Location::Element(id) => {
            let file = format!("the {name} in this page (#{id})");
            let json = match document.get_element_by_id(&id) {
                Some(element) if is_json_script(&element) => {
                    crate::json_text::parse(&element.text_content().unwrap_or_default())
                }
                Some(_) => Err(format!(
                    "expected the element with id \"{id}\" to be a <script type=\"application/json\">"
                )),
                None => Err("no element in the page has that id".to_owned()),
            };
            Source { file, json }
        }
        Location::File(url) => Source {
            json: fetch_json(&url, prefetched).await,
            file: value.to_owned(),
        },
    };
    Ok(source)
}

fn is_json_script(element: &Element) -> bool {
    element.tag_name().eq_ignore_ascii_case("script")
        && element
            .get_attribute("type")
            .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"))
}

/// Where `value` points, or why the checker will not read it.
fn locate(
    document: &Document,
    value: &str,
    from: Option<&str>,
    prefix: &str,
) -> Result<Location, String> {
    if let Some(id) = value.strip_prefix('#') {
        let plain = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'));
        return if plain {
            Ok(Location::Element(id.to_owned()))
        } else {
            Err(format!(
                "expected \"#\" and the id of a <script type=\"application/json\"> in this page, \
                 like \"#my-postings\", found {}",
                crate::rules::Quoted(value)
            ))
        };
    }
    let base = document.base_uri().ok().flatten().unwrap_or_default();
    let url = web_sys::Url::new_with_base(value, &base).map_err(|_| {
        format!(
            "expected the address of a JSON file, found {}",
            crate::rules::Quoted(value)
        )
    })?;
    if !matches!(url.protocol().as_str(), "https:" | "http:") {
        return Err(format!(
            "expected the address of a JSON file on this site, found a \"{}\" address, which the \
             checker does not read",
            url.protocol()
        ));
    }
    let own = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    let origin = url.origin();
    // postings-from names a site: "https://jobs.example.org" and "https://jobs.example.org/" alike.
    let from = from.and_then(|from| web_sys::Url::new(from).ok().map(|u| u.origin()));
    if origin != own && from.as_deref() != Some(origin.as_str()) {
        return Err(format!(
            "expected a file on this page's own site ({own}), found one on {origin}: to read \
             postings from there, give the element {prefix}postings-from=\"{origin}\" as well"
        ));
    }
    Ok(Location::File(url.href()))
}

/// Fetches `url` without cookies (or takes the boot script's fetch of it), and reads it as JSON.
async fn fetch_json(url: &str, prefetched: Option<js_sys::Promise>) -> Result<Json, String> {
    let window = web_sys::window().ok_or("no window")?;
    let request = match prefetched {
        Some(request) => request,
        None => {
            let init = web_sys::RequestInit::new();
            init.set_credentials(web_sys::RequestCredentials::Omit);
            window.fetch_with_str_and_init(url, &init)
        }
    };
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
    // A server may redirect; the file read must still come from where the attribute allowed.
    // (A response made up by a host's own service worker has no address: nothing to compare.)
    let answered = web_sys::Url::new(&response.url()).map(|u| u.origin());
    let asked = web_sys::Url::new(url).map(|u| u.origin());
    if !response.url().is_empty() && answered.ok() != asked.ok() {
        return Err(format!(
            "it could not be fetched: the server sent it on to another site ({}), which the \
             checker does not read",
            response.url()
        ));
    }
    if !response.ok() {
        return Err(format!(
            "it could not be fetched: the server answered {}",
            response.status()
        ));
    }
    let bytes = wasm_bindgen_futures::JsFuture::from(response.array_buffer().map_err(failed)?)
        .await
        .map_err(failed)?;
    let bytes = js_sys::Uint8Array::new(&bytes).to_vec();
    crate::json_text::parse_bytes(&bytes)
}
