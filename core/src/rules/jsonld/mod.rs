//! A host page's schema.org `JobPosting`s, joined to a criteria file.
//!
//! Employers often publish their postings as JSON-LD already. The facts (title, employer,
//! location, salary, hours, dates) are taken from there, in every shape Google's and
//! schema.org's documentation show, and a criteria file adds only what JSON-LD cannot say: the
//! criteria, and whatever facts it wants to word differently. Each entry names its `JobPosting`
//! by `jobposting_identifier` or `jobposting_url`. A JobPosting with no `url` is its own page's
//! advert: the page's address is where to apply. What is wrong in a JobPosting is named with the
//! JSON-LD block it is in and its path there; the joined posting is then checked by the same
//! loader as any posting file, so problems read the same.

mod facts;
mod places;

use super::catalogue::{Catalogue, Source};
use super::fact::Wording;
use super::load::problem::item_paths;
use super::load::{Expected, Found, Joined, Listed, LoadError, ProblemKind, Thing};
use super::model::Bank;
use super::seen::Seen;
use crate::json::Json;
use facts::Facts;
use std::collections::HashMap;

/// What joining needs to know of the page: its address (where to apply, for a JobPosting that
/// has no `url`), and how the checker's two languages word the facts a JobPosting gives as data.
pub struct Page<'a> {
    /// The page's own address, without its query or fragment ([`apply_address`]).
    pub address: &'a str,
    /// How its facts are worded in English (`text::ENGLISH` does).
    pub english: &'a dyn Wording,
    /// How its facts are worded in Welsh (`text::WELSH` does).
    pub welsh: &'a dyn Wording,
}

/// The address a JobPosting with no `url` applies at: the page's own address `page_url` without
/// its query or fragment. A query is often not the advert's but the visit's: a mailing list's
/// link may carry the reader's email address (`?email=jane.doe%40example.com`) or a campaign's
/// tags, and the result page shows the link and a printed copy keeps it. A careers site whose
/// adverts differ only by their query gives each JobPosting its `url`.
pub fn apply_address(page_url: &str) -> &str {
    let end = page_url.find(['?', '#']).unwrap_or(page_url.len());
    &page_url[..end]
}

/// A JobPosting found in the page: the JSON-LD block it is in, where in it, and what it says.
pub struct JobPosting<'j> {
    /// How problems name its block: "the JSON-LD in this page (script 1 of 2)".
    pub file: &'j str,
    /// Where in the block, as a path such as `@graph[2]` (places counted from one); empty for the
    /// whole block.
    pub path: String,
    /// The JobPosting itself.
    pub json: &'j Json,
}

/// Every object whose `@type` is (or includes) `JobPosting`, in documents, arrays and `@graph`s,
/// at any depth. Blocks that could not be read are passed over (their own problem names them).
pub fn job_postings(documents: &[Source]) -> Vec<JobPosting<'_>> {
    let mut found = Vec::new();
    for document in documents {
        if let Ok(json) = &document.json {
            collect(&document.file, json, &mut Vec::new(), &mut found);
        }
    }
    found
}

/// A step of a path into a JSON-LD block: a field, or a place in a list.
enum Step<'j> {
    Field(&'j str),
    Item(usize),
}

/// Finds the JobPostings in `json`, at `steps` into its block. The path is written out only for
/// a JobPosting found, so a large page costs no more than its size.
fn collect<'j>(
    file: &'j str,
    json: &'j Json,
    steps: &mut Vec<Step<'j>>,
    found: &mut Vec<JobPosting<'j>>,
) {
    match json {
        Json::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                steps.push(Step::Item(i));
                collect(file, item, steps, found);
                steps.pop();
            }
        }
        Json::Object(pairs) => {
            if is_job_posting(json) {
                let mut path = String::new();
                for step in steps.iter() {
                    path = match step {
                        Step::Field(key) => at(&path, key),
                        // Counted from one, as every path in a message is.
                        Step::Item(i) => format!("{path}[{}]", i + 1),
                    };
                }
                found.push(JobPosting { file, path, json });
            }
            for (key, value) in pairs {
                steps.push(Step::Field(key));
                collect(file, value, steps, found);
                steps.pop();
            }
        }
        Json::Null | Json::Bool(_) | Json::Number(_) | Json::String(_) => {}
    }
}

/// Text cut to its first 40 characters, as a message names it: a hostile page's keys and ids
/// could otherwise make messages of any size.
fn cut(text: &str) -> &str {
    match text.char_indices().nth(40) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

/// The path of field `key` inside `path`.
fn at(path: &str, key: &str) -> String {
    let key = cut(key);
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

fn is_job_posting(json: &Json) -> bool {
    match json.get("@type") {
        Some(Json::String(t)) => t == "JobPosting",
        Some(Json::Array(types)) => types
            .iter()
            .any(|t| *t == Json::String("JobPosting".into())),
        _ => false,
    }
}

/// Joins the `JobPosting`s in `documents` (the page's JSON-LD blocks) to the entries of
/// `criteria`, a file shaped `{ "questions": [...], "postings": [...] }` whose postings name their
/// JobPosting. Without `"questions"`, the file's postings use the `standard` bank's questions and
/// shared criteria.
pub fn join(
    documents: &[Source],
    criteria: &Source,
    standard: &Bank,
    page: &Page<'_>,
) -> (Catalogue, Vec<LoadError>) {
    let found = JobPostings::index(job_postings(documents));
    let Ok(Json::Object(pairs)) = &criteria.json else {
        return Catalogue::load_bundle(criteria, standard);
    };
    let Some(Json::Array(entries)) = pairs.iter().find(|(k, _)| k == "postings").map(|(_, v)| v)
    else {
        return Catalogue::load_bundle(criteria, standard);
    };
    let mut errors = Vec::new();
    let mut joined = Vec::new();
    // Where each joined entry is in the file, so that problems name the entry they are in, and
    // which of its fields the page gave.
    let mut places = Vec::new();
    let named = item_paths("postings", entries);
    for (entry, at) in entries.iter().zip(named) {
        match join_one(entry, &found, page) {
            Ok((posting, (from_page, named_at))) => {
                joined.push(posting);
                places.push(Joined {
                    at,
                    from_page,
                    named_at,
                });
            }
            Err(Wrong::Entry(key, kind)) => {
                let path = match key {
                    "" => at,
                    key => format!("{at}.{key}"),
                };
                errors.push(LoadError::new(&criteria.file, &path, *kind));
            }
            Err(Wrong::JobPosting(mut problems)) => errors.append(&mut problems),
        }
    }
    let bundle: Vec<(String, Json)> = pairs
        .iter()
        .map(|(k, v)| match k.as_str() {
            "postings" => (k.clone(), Json::Array(joined.clone())),
            _ => (k.clone(), v.clone()),
        })
        .collect();
    let (catalogue, mut more) = Catalogue::load_bundle_at(
        &Source {
            file: criteria.file.clone(),
            json: Ok(Json::Object(bundle)),
        },
        standard,
        Some(&places),
    );
    errors.append(&mut more);
    (catalogue, errors)
}

/// The posting fields a JobPosting gives, where its criteria file does not give them itself
/// (facts.rs reads each): what the employers' editor leaves out of a criteria file.
/// `core/tests/jsonld.rs` checks that a JobPosting giving everything fills each.
pub const GIVEN_BY_JOBPOSTING: [&str; 12] = [
    "title",
    "employer",
    "location",
    "area",
    "pay",
    "contract",
    "working_pattern",
    "published",
    "closes",
    "reference",
    "apply_url",
    "source",
];

const BY_IDENTIFIER: &str = "jobposting_identifier";
const BY_URL: &str = "jobposting_url";

/// The page's JobPostings, found by identifier and by url in one look-up each: a criteria file
/// of thousands of entries is joined in linear time. Where two share an identifier or a url, the
/// first in the page is the one joined.
struct JobPostings<'j> {
    /// The JobPostings, in page order.
    jobs: Vec<JobPosting<'j>>,
    /// Where each is in `jobs`, by identifier and by url (maps of text to a place, as the
    /// loader's others are: one hash table's code serves them all).
    by_identifier: HashMap<String, usize>,
    by_url: HashMap<String, usize>,
    /// The identifiers and urls, in page order, for naming them in a problem.
    identifiers: Vec<String>,
    urls: Vec<String>,
}

impl<'j> JobPostings<'j> {
    fn index(found: Vec<JobPosting<'j>>) -> Self {
        let mut index = JobPostings {
            jobs: Vec::new(),
            by_identifier: HashMap::new(),
            by_url: HashMap::new(),
            identifiers: Vec::new(),
            urls: Vec::new(),
        };
        for (place, job) in found.into_iter().enumerate() {
            if let Some(id) = identifier(job.json) {
                index.by_identifier.entry(id.clone()).or_insert(place);
                index.identifiers.push(id);
            }
            if let Some(url) = text_of(job.json.get("url")) {
                index.by_url.entry(url.clone()).or_insert(place);
                index.urls.push(url);
            }
            index.jobs.push(job);
        }
        index
    }
}

/// Why an entry could not be joined: a problem in the criteria file's entry (its key, or `""`
/// for the entry itself), or problems in its JobPosting, named in its JSON-LD block.
enum Wrong {
    Entry(&'static str, Box<ProblemKind>),
    JobPosting(Vec<LoadError>),
}

/// The fields a JobPosting gave, and where a problem in each is named (see `load::Joined`).
type FromPage = (Vec<String>, Vec<(String, String)>);

/// The entry with its JobPosting's facts under it, and the fields the JobPosting gave; or what
/// is wrong with either.
fn join_one(
    entry: &Json,
    found: &JobPostings<'_>,
    page: &Page<'_>,
) -> Result<(Json, FromPage), Wrong> {
    let Json::Object(fields) = entry else {
        let kind = ProblemKind::Expected {
            expected: Expected::Object(Thing::Posting),
            found: Found::of(entry),
        };
        return Err(Wrong::Entry("", Box::new(kind)));
    };
    // An identifier may be a number, as the JobPosting's own may be.
    let text = text_of;
    let (key, wanted, index, known, what) = if let Some(id) = text(entry.get(BY_IDENTIFIER)) {
        (
            BY_IDENTIFIER,
            id,
            &found.by_identifier,
            &found.identifiers,
            "identifier",
        )
    } else if let Some(url) = text(entry.get(BY_URL)) {
        (BY_URL, url, &found.by_url, &found.urls, "url")
    } else {
        let kind = ProblemKind::Missing {
            expected: Expected::JobPosting,
        };
        return Err(Wrong::Entry(BY_IDENTIFIER, Box::new(kind)));
    };
    let Some(job) = index.get(&wanted).map(|&place| &found.jobs[place]) else {
        let kind = ProblemKind::UnknownJobPosting {
            by: what,
            known: Listed::near(known.iter().map(|id| cut(id)), &wanted),
            found: wanted,
        };
        return Err(Wrong::Entry(key, Box::new(kind)));
    };
    // The criteria file's own fields win over the JobPosting's: a fact it gives is not read
    // from the JobPosting at all, so a JobPosting's mistake there is no problem.
    let mut own = Seen::default();
    for (name, _) in fields {
        own.first(name);
    }
    let mut facts = Facts {
        job,
        page,
        own: &own,
        out: Vec::new(),
        problems: Vec::new(),
    };
    facts.read();
    if !facts.problems.is_empty() {
        return Err(Wrong::JobPosting(facts.problems));
    }
    let from_page: Vec<String> = facts.out.iter().map(|(field, _)| field.clone()).collect();
    let named_at = (from_page.iter())
        .map(|field| {
            (
                job.file.to_owned(),
                at(&job.path, property(job.json, field)),
            )
        })
        .collect();
    let mut merged = facts.out;
    if !own.contains("id") {
        if let Some(id) = identifier(job.json)
            .map(|s| slug(&s))
            .filter(|s| !s.is_empty())
        {
            merged.push(("id".into(), Json::String(id)));
        }
    }
    merged.extend(
        fields
            .iter()
            .filter(|(k, _)| k != BY_IDENTIFIER && k != BY_URL)
            .cloned(),
    );
    Ok((Json::Object(merged), (from_page, named_at)))
}

/// The JobPosting's property that a posting's `field` is read from, for naming a problem in it.
fn property<'a>(job: &Json, field: &'a str) -> &'a str {
    match field {
        "employer" => "hiringOrganization",
        "location" | "area" if job.get("jobLocation").is_none() => "applicantLocationRequirements",
        "location" | "area" => "jobLocation",
        "pay" => "baseSalary",
        "working_pattern" | "contract" => "employmentType",
        "published" => "datePosted",
        "closes" => "validThrough",
        "reference" => "identifier",
        "apply_url" => "url",
        field => field,
    }
}

/// Trimmed text, or a whole number written out; `None` for blank text and anything else.
fn text_of(json: Option<&Json>) -> Option<String> {
    match json {
        Some(Json::String(s)) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Some(Json::Number(n)) if n.fract() == 0.0 => Some((*n as i64).to_string()),
        _ => None,
    }
}

/// `identifier` as text, a number, or a `PropertyValue` (`{ "name": ..., "value": ... }`).
fn identifier(job: &Json) -> Option<String> {
    let id = job.get("identifier")?;
    text_of(Some(id)).or_else(|| text_of(id.get("value")))
}

fn slug(text: &str) -> String {
    let mut slug = String::new();
    for c in super::search::fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_owned()
}
