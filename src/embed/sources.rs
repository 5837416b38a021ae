//! Where a checker's postings come from: the host element's attributes, read as the module above
//! describes, and the files they name (in the page, or fetched from an allowed origin).

use eligibility_core::builtin;
use eligibility_core::rules::{jsonld, Bank, Catalogue, Json, LoadError, ProblemKind, Source};
#[cfg(feature = "jsonld")]
use eligibility_core::text;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

/// What the host element's attributes say about where postings come from.
pub(super) struct Sources {
    pub(super) postings: Option<String>,
    pub(super) criteria: Option<String>,
    /// Another origin files may come from, named exactly (`postings-from`).
    pub(super) from: Option<String>,
    /// `data-` or nothing, for naming attributes in problems.
    pub(super) prefix: String,
    /// The built-in postings' address and the boot script's fetch of it (see `Page::builtin`).
    pub(super) builtin: (String, Option<js_sys::Promise>),
}

impl Sources {
    fn attribute(&self, name: &str) -> String {
        format!("the {}{name} attribute", self.prefix)
    }
}

/// What the attributes name, read (fetched, where it is a file) but not yet loaded, with the
/// built-in question bank.
pub(super) struct Read {
    /// The built-in data's question bank (`{ "questions": …, "criteria": … }`), which files of
    /// postings without questions of their own use.
    bank: Source,
    /// The postings.
    postings: Postings,
}

/// Where a checker's postings are.
enum Postings {
    /// Nothing the checker will read (the problems say why).
    Nothing,
    /// A file of postings (and perhaps questions): the element's, or the built-in postings.
    File(Source),
    /// A criteria file to join to the page's JSON-LD, and the page's address for a JobPosting
    /// with no url.
    #[cfg_attr(not(feature = "jsonld"), allow(dead_code))]
    Criteria {
        source: Source,
        documents: Vec<Source>,
        address: String,
    },
}

/// How problems name the built-in data's file.
const BUILTIN: &str = builtin::DATA_FILE;

/// Reads the postings the attributes name: a postings file (by URL or `#id`) by preference, else
/// the page's JSON-LD and a criteria file, else the built-in postings; and the built-in data (a
/// file beside the checker's own, fetched by the boot script), for its question bank. With the
/// problems found reading them, which are the same in either language.
pub(super) async fn read_sources(
    document: &Document,
    sources: Sources,
    prefetched: Option<js_sys::Promise>,
) -> (Read, Vec<LoadError>) {
    let (url, fetched) = sources.builtin.clone();
    // The boot script fetches the built-in data with this build's Subresource Integrity hash.
    let checked = fetched.is_some();
    let builtin = fetch_json(&url, fetched, checked).await;
    // The built-in data read as the tests and tools read it (eligibility_core::builtin).
    let (bank, builtin_postings) = builtin::parts(&Source {
        file: BUILTIN.to_owned(),
        json: builtin,
    });
    let (postings, problems) = match (&sources.postings, &sources.criteria) {
        (Some(postings), criteria) => {
            match read(document, &sources, "postings", postings, prefetched).await {
                Err(refused) => (Postings::Nothing, vec![refused]),
                // Both given: say which one is used rather than silently drop the other.
                Ok(source) => (
                    Postings::File(source),
                    criteria
                        .iter()
                        .map(|_| {
                            let prefix = &sources.prefix;
                            LoadError::unusable(
                                &sources.attribute("criteria"),
                                format!(
                                    "expected either {prefix}postings or {prefix}criteria, not \
                                     both: the postings are shown and the criteria file is not read"
                                ),
                            )
                        })
                        .collect(),
                ),
            }
        }
        (None, Some(criteria)) => {
            match read(document, &sources, "criteria", criteria, None).await {
                Err(refused) => (Postings::Nothing, vec![refused]),
                Ok(source) => {
                    let (documents, unreadable) = json_ld(document);
                    // A JobPosting with no url is the advert on this page: its address is where to
                    // apply, without the query, which may hold the applicant's own details.
                    let address = document
                        .url()
                        .map(|url| jsonld::apply_address(&url).to_owned())
                        .unwrap_or_default();
                    let read = Postings::Criteria {
                        source,
                        documents,
                        address,
                    };
                    (read, unreadable)
                }
            }
        }
        (None, None) => (Postings::File(builtin_postings), Vec::new()),
    };
    (Read { bank, postings }, problems)
}

impl Read {
    /// The postings, each text in both languages where the files give both, and a JobPosting's
    /// facts worded in both.
    pub(super) fn load(&self) -> (Catalogue, Vec<LoadError>) {
        // Without the built-in data, a file that brings its own questions still loads; the problem
        // is named only where the built-in questions were needed.
        let (standard, mut errors) = match &self.bank.json {
            Ok(json) => match eligibility_core::rules::load::bank(BUILTIN, json, None) {
                Ok(bank) => (bank, Vec::new()),
                Err(error) => (Bank::default(), vec![error]),
            },
            Err(cause) => (Bank::default(), vec![LoadError::unread(BUILTIN, cause)]),
        };
        let own_questions = |source: &Source| {
            (source.json.as_ref()).is_ok_and(|json| json.get("questions").is_some())
        };
        let needs_bank = match &self.postings {
            Postings::Nothing => false,
            Postings::File(source) | Postings::Criteria { source, .. } => !own_questions(source),
        };
        if !needs_bank {
            errors.clear();
        }
        let (catalogue, loading) = match &self.postings {
            Postings::Nothing => (Catalogue::default(), Vec::new()),
            Postings::File(source) => Catalogue::load_bundle(source, &standard),
            #[cfg(feature = "jsonld")]
            Postings::Criteria {
                source,
                documents,
                address,
            } => {
                let page = jsonld::Page {
                    address,
                    english: &text::ENGLISH,
                    welsh: &text::WELSH,
                };
                jsonld::join(documents, source, &standard, &page)
            }
            // The build without it (Cargo.toml, "jsonld"): the boot script starts the one with it
            // where a checker in the page names a criteria file as the page starts.
            #[cfg(not(feature = "jsonld"))]
            Postings::Criteria { source, .. } => (
                Catalogue::default(),
                vec![LoadError::unusable(
                    &source.file,
                    "expected the build of the checker that reads a page's JobPosting markup, \
                     which the boot script starts where a checker in the page names a criteria \
                     file as the page starts: add this checker to the page before it starts"
                        .to_owned(),
                )],
            ),
        };
        // The built-in data's problem once, where the built-in postings have one of their own.
        errors.retain(|error| !loading.iter().any(|other| other.file() == error.file()));
        errors.extend(loading);
        (catalogue, errors)
    }
}

/// The page's JSON-LD documents, read as leniently as browsers read them (the employer's content
/// system writes them), each named by its place in the page, and a problem naming each one that
/// still cannot be read: a JobPosting in it would otherwise go missing without a word.
fn json_ld(document: &Document) -> (Vec<Source>, Vec<LoadError>) {
    let mut documents = Vec::new();
    let mut unreadable = Vec::new();
    let Ok(scripts) = document.query_selector_all("script[type='application/ld+json']") else {
        return (documents, unreadable);
    };
    for i in 0..scripts.length() {
        let Some(text) = scripts.item(i).and_then(|script| script.text_content()) else {
            continue;
        };
        let file = format!(
            "the JSON-LD in this page (script {} of {})",
            i + 1,
            scripts.length()
        );
        match eligibility_core::json::parse_lenient(&text) {
            Ok(json) => documents.push(Source {
                file,
                json: Ok(json),
            }),
            Err(cause) => unreadable.push(LoadError::not_json(&file, &cause.to_string())),
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
                    let text = element.text_content().unwrap_or_default();
                    Source::parse(file.clone(), &text).json
                }
                Some(_) => Err(ProblemKind::Unusable {
                    reason: format!(
                        "expected the element with id \"{id}\" to be a <script type=\"application/json\">"
                    ),
                }),
                None => Err(ProblemKind::Unusable {
                    reason: "no element in the page has that id".to_owned(),
                }),
            };
            Source { file, json }
        }
        Location::File(url) => Source {
            json: fetch_json(&url, prefetched, false).await,
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
                eligibility_core::rules::Quoted(value)
            ))
        };
    }
    let base = document.base_uri().ok().flatten().unwrap_or_default();
    let url = web_sys::Url::new_with_base(value, &base).map_err(|_| {
        format!(
            "expected the address of a JSON file, found {}",
            eligibility_core::rules::Quoted(value)
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
/// `checked`: the fetch carried a Subresource Integrity hash, which the browser refuses a changed
/// file by, with the same words as a network failure ("Failed to fetch"); the problem names both.
async fn fetch_json(
    url: &str,
    prefetched: Option<js_sys::Promise>,
    checked: bool,
) -> Result<Json, ProblemKind> {
    let unusable = |reason: String| ProblemKind::Unusable { reason };
    fetch_bytes(url, prefetched, checked)
        .await
        .map_err(unusable)
        .and_then(|bytes| Source::parse_bytes("", &bytes).json)
}

/// [`fetch_json`]'s fetch: the bytes, or why there are none.
async fn fetch_bytes(
    url: &str,
    prefetched: Option<js_sys::Promise>,
    checked: bool,
) -> Result<Vec<u8>, String> {
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
        .map_err(|e| match checked {
            true => format!(
                "expected the file this checker was built with, but the browser refused it: it \
                 failed its Subresource Integrity check (it was changed since the build, or the \
                 page and its files are from different builds), or it could not be fetched: {}",
                failed(e)
            ),
            false => format!("it could not be fetched: {}", failed(e)),
        })?;
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
    Ok(js_sys::Uint8Array::new(&bytes).to_vec())
}
