//! Mounting one checker into its host element's shadow root, and the completion event.

use super::problems::{console_message, unknown_posting};
use super::sources::{read_sources, Sources};
use crate::app::{App, AppProps, Missing};
use eligibility_core::rules::{Date, PostingId};
use eligibility_core::text::Language;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Element, ShadowRoot};
use yew::{AppHandle, AttrValue, Callback};

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

/// What the boot script knows of the page a checker mounts in.
#[derive(Clone, Debug)]
pub struct Page {
    /// `shadow` already shows the first screen, rendered at build time.
    pub prerendered: bool,
    /// The page is the checker's own, where no other script hears what is typed.
    pub own_page: bool,
    /// The language the checker first speaks: the boot script's reading of the nearest `lang`
    /// around it, or on its own page of a `?lang=` in the address.
    pub language: Language,
    /// The built-in postings' address, beside the checker's own files, and the boot script's
    /// `fetch` of it, where the element names no postings of its own.
    pub builtin: (String, Option<js_sys::Promise>),
    /// Told whether the applicant has something a reload would lose, each time that changes (see
    /// [`AppProps::on_holding`]).
    pub on_holding: Callback<bool>,
}

/// Mounts a checker into `shadow`, the closed shadow root of `host`. `attribute_prefix` is
/// `"data-"` for a plain element, `""` for the custom element; `stylesheet` and `integrity` are the
/// built stylesheet's URL and SRI hash; `prefetched`, when given, is the boot script's `fetch` of
/// the postings file the element names, started while the app downloaded.
///
/// Where [`Page::prerendered`], `shadow` already shows the first screen, rendered at build time
/// with its stylesheet (the standalone page): the app then renders beside it into a hidden
/// element, and the boot script swaps the two once the app has rendered: no flash, no shift.
/// Where [`Page::own_page`], it is the checker's own page (the standalone page, not framed by a
/// page of its own origin), where no other script hears what is typed (see
/// [`AppProps::own_page`]).
pub fn mount(
    host: Element,
    shadow: ShadowRoot,
    stylesheet: &str,
    integrity: &str,
    attribute_prefix: &str,
    prefetched: Option<js_sys::Promise>,
    page: Page,
) -> Result<Checker, JsValue> {
    let Page {
        prerendered,
        own_page,
        language,
        builtin,
        on_holding,
    } = page;
    let document = host
        .owner_document()
        .ok_or("the element is not in a document")?;
    // The words of the language the checker first shows, for "Loading".
    let t = language.text();
    let root = document.create_element("div")?;
    root.set_class_name("ec-mount");
    if prerendered {
        root.set_attribute("hidden", "")?;
    } else {
        shadow.set_inner_html("");
        let link = document.create_element("link")?;
        link.set_attribute("rel", "stylesheet")?;
        link.set_attribute("href", stylesheet)?;
        if !integrity.is_empty() {
            link.set_attribute("integrity", integrity)?;
            link.set_attribute("crossorigin", "anonymous")?;
        }
        shadow.append_child(&link)?;
        root.set_text_content(Some(t.loading));
    }
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
        builtin,
    };
    let open = attribute("posting").map(PostingId::new);
    // Each checker on the page keeps its own place in the browser's history, in mount order (the
    // same order after a reload).
    let history_key = match MOUNTED.fetch_add(1, std::sync::atomic::Ordering::Relaxed) {
        0 => AttrValue::Static("eligibility-checker"),
        n => AttrValue::from(format!("eligibility-checker-{}", n + 1)),
    };
    let prefix = attribute_prefix.to_owned();
    let mount = Rc::new(RefCell::new(Mount::Loading));
    let checker = Checker {
        shadow,
        mount: mount.clone(),
    };
    wasm_bindgen_futures::spawn_local(async move {
        let (read, mut load_errors) = read_sources(&document, sources, prefetched).await;
        let (catalogue, loading) = read.load();
        load_errors.extend(loading);
        if !matches!(*mount.borrow(), Mount::Loading) {
            return; // destroyed while loading
        }
        // When nothing loaded, the problems above already say why; "no such posting" adds nothing.
        let mut not_found = None;
        if !catalogue.postings().is_empty() || load_errors.is_empty() {
            let attribute = format!("{prefix}posting");
            not_found = open
                .as_ref()
                .and_then(|id| unknown_posting(&catalogue, &attribute, id));
        }
        let missing = Missing::of(
            catalogue.postings().len(),
            &load_errors,
            not_found.is_some(),
        );
        load_errors.extend(not_found);
        // Every problem in short for whoever looks after the postings, where they look: the page's
        // console. The applicant is told only what is missing, in one plain sentence.
        for error in &load_errors {
            web_sys::console::warn_1(&console_message(error).into());
        }
        if !prerendered {
            root.set_text_content(None);
        }
        let on_result = Callback::from(move |posting: PostingId| completed(&host, &posting));
        let handle = yew::Renderer::<App>::with_root_and_props(
            root,
            AppProps {
                catalogue: Rc::new(catalogue),
                missing,
                today: today(),
                open,
                on_result,
                // Only in a workspace build with the editor's preview (Cargo feature `preview`),
                // never in the checker's: it hears nothing. (A struct, not yew::props!, which
                // costs the first load 465 B.)
                #[cfg(feature = "preview")]
                on_walked: Callback::noop(),
                on_holding,
                language,
                history_key,
                // This page load's, so that the history's entries from before a reload lead nowhere.
                first_trail: (js_sys::Math::random() * 1e9) as u32,
                own_page,
                #[cfg(feature = "preview")]
                main_landmark: true,
            },
        )
        .render();
        *mount.borrow_mut() = Mount::Mounted(handle);
    });
    Ok(checker)
}

/// How many checkers this page has mounted.
static MOUNTED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

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
