//! A host page's schema.org `JobPosting`s, joined to a criteria file.
//!
//! Employers often publish their postings as JSON-LD already. The facts (title, employer,
//! location, salary, dates) are reused from there, and a criteria file adds only what JSON-LD
//! cannot say: the criteria, and whatever facts it wants to word differently. Each entry names
//! its `JobPosting` by `jobposting_identifier` or `jobposting_url`. The joined posting is then
//! checked by the same loader as any posting file, so problems read the same.

use super::catalogue::{Catalogue, Source};
use super::json::Json;
use super::load::{Expected, Found, Listed, LoadError, ProblemKind, Thing};
use super::model::Bank;
use super::seen::Seen;
use std::collections::HashMap;

/// Every object whose `@type` is (or includes) `JobPosting`, in documents, arrays and `@graph`s,
/// at any depth.
pub fn job_postings(documents: &[Json]) -> Vec<&Json> {
    let mut found = Vec::new();
    for document in documents {
        collect(document, &mut found);
    }
    found
}

fn collect<'j>(json: &'j Json, found: &mut Vec<&'j Json>) {
    match json {
        Json::Array(items) => items.iter().for_each(|item| collect(item, found)),
        Json::Object(pairs) => {
            if is_job_posting(json) {
                found.push(json);
            }
            for (_, value) in pairs {
                collect(value, found);
            }
        }
        Json::Null | Json::Bool(_) | Json::Number(_) | Json::String(_) => {}
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

/// Joins the `JobPosting`s in `documents` (the page's JSON-LD) to the entries of `criteria`, a
/// file shaped `{ "questions": [...], "postings": [...] }` whose postings name their JobPosting.
/// Without `"questions"`, the file's postings use the `standard` bank's questions and shared
/// criteria.
pub fn join(documents: &[Json], criteria: &Source, standard: &Bank) -> (Catalogue, Vec<LoadError>) {
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
    for (i, entry) in entries.iter().enumerate() {
        match join_one(entry, &found) {
            Ok(posting) => joined.push(posting),
            Err((key, kind)) => {
                let path = match key {
                    "" => format!("postings[{i}]"),
                    key => format!("postings[{i}].{key}"),
                };
                errors.push(LoadError::new(&criteria.file, &path, kind));
            }
        }
    }
    let bundle: Vec<(String, Json)> = pairs
        .iter()
        .map(|(k, v)| match k.as_str() {
            "postings" => (k.clone(), Json::Array(joined.clone())),
            _ => (k.clone(), v.clone()),
        })
        .collect();
    let (catalogue, mut more) = Catalogue::load_bundle(
        &Source {
            file: criteria.file.clone(),
            json: Ok(Json::Object(bundle)),
        },
        standard,
    );
    errors.append(&mut more);
    (catalogue, errors)
}

const BY_IDENTIFIER: &str = "jobposting_identifier";
const BY_URL: &str = "jobposting_url";

/// The page's JobPostings, found by identifier and by url in one look-up each: a criteria file
/// of thousands of entries is joined in linear time. Where two share an identifier or a url, the
/// first in the page is the one joined.
struct JobPostings<'j> {
    /// The JobPostings, in page order.
    jobs: Vec<&'j Json>,
    /// Where each is in `jobs`, by identifier and by url (maps of text to a place, as the
    /// loader's others are: one hash table's code serves them all).
    by_identifier: HashMap<String, usize>,
    by_url: HashMap<String, usize>,
    /// The identifiers and urls, in page order, for naming them in a problem.
    identifiers: Vec<String>,
    urls: Vec<String>,
}

impl<'j> JobPostings<'j> {
    fn index(found: Vec<&'j Json>) -> Self {
        let mut index = JobPostings {
            jobs: Vec::new(),
            by_identifier: HashMap::new(),
            by_url: HashMap::new(),
            identifiers: Vec::new(),
            urls: Vec::new(),
        };
        for (place, job) in found.into_iter().enumerate() {
            index.jobs.push(job);
            if let Some(id) = identifier(job) {
                index.by_identifier.entry(id.clone()).or_insert(place);
                index.identifiers.push(id);
            }
            if let Some(url) = text_of(job.get("url")) {
                index.by_url.entry(url.clone()).or_insert(place);
                index.urls.push(url);
            }
        }
        index
    }
}

/// The entry with its JobPosting's facts under it, or the key and kind of what is wrong.
fn join_one(entry: &Json, found: &JobPostings<'_>) -> Result<Json, (&'static str, ProblemKind)> {
    let Json::Object(fields) = entry else {
        let kind = ProblemKind::Expected {
            expected: Expected::Object(Thing::Posting),
            found: Found::of(entry),
        };
        return Err(("", kind));
    };
    let text = |json: Option<&Json>| match json {
        Some(Json::String(s)) => Some(s.clone()),
        _ => None,
    };
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
        return Err((BY_IDENTIFIER, kind));
    };
    let Some(job) = index.get(&wanted).map(|&place| found.jobs[place]) else {
        let kind = ProblemKind::UnknownJobPosting {
            by: what,
            known: Listed::of(known.iter().map(String::as_str)),
            found: wanted,
        };
        return Err((key, kind));
    };
    let mut merged = facts(job);
    if !fields.iter().any(|(k, _)| k == "id") {
        if let Some(id) = identifier(job).map(|s| slug(&s)).filter(|s| !s.is_empty()) {
            merged.push(("id".into(), Json::String(id)));
        }
    }
    // The criteria file's own fields win over the JobPosting's.
    let mut own = Seen::default();
    for (name, _) in fields {
        own.first(name);
    }
    merged.retain(|(k, _)| !own.contains(k.as_str()));
    merged.extend(
        fields
            .iter()
            .filter(|(k, _)| k != BY_IDENTIFIER && k != BY_URL)
            .cloned(),
    );
    Ok(Json::Object(merged))
}

fn text_of(json: Option<&Json>) -> Option<String> {
    match json {
        Some(Json::String(s)) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Some(Json::Number(n)) if n.fract() == 0.0 => Some((*n as i64).to_string()),
        _ => None,
    }
}

/// `identifier` as text, `{ "value": ... }` or `{ "name": ..., "value": ... }`.
fn identifier(job: &Json) -> Option<String> {
    let id = job.get("identifier")?;
    text_of(Some(id)).or_else(|| text_of(id.get("value")))
}

fn slug(text: &str) -> String {
    let mut slug = String::new();
    for c in super::catalogue::fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_owned()
}

/// The posting fields a JobPosting gives, in the posting file's own names.
fn facts(job: &Json) -> Vec<(String, Json)> {
    let mut out: Vec<(String, Json)> = Vec::new();
    let mut put = |key: &str, value: Option<String>| {
        if let Some(value) = value {
            out.push((key.to_owned(), Json::String(value)));
        }
    };
    put("title", text_of(job.get("title")));
    let organisation = job.get("hiringOrganization");
    put(
        "employer",
        text_of(organisation).or_else(|| text_of(organisation.and_then(|o| o.get("name")))),
    );
    put("location", location(job.get("jobLocation")));
    put("pay", job.get("baseSalary").and_then(salary));
    let types = employment_types(job.get("employmentType"));
    put("working_pattern", working_pattern(&types));
    put("contract", contract(&types));
    put(
        "published",
        text_of(job.get("datePosted")).map(|d| d.chars().take(10).collect()),
    );
    put(
        "closes",
        text_of(job.get("validThrough")).map(|d| d.chars().take(10).collect()),
    );
    put("reference", identifier(job));
    put("apply_url", text_of(job.get("url")));
    put(
        "source",
        Some("The schema.org JobPosting published in the page".to_owned()),
    );
    out
}

fn location(json: Option<&Json>) -> Option<String> {
    let place = match json? {
        Json::Array(places) => places.first()?,
        place => place,
    };
    if let Some(text) = text_of(Some(place)) {
        return Some(text);
    }
    let address = place.get("address");
    let parts: Vec<String> = match address {
        Some(Json::String(s)) => vec![s.clone()],
        Some(address) => [
            "streetAddress",
            "addressLocality",
            "addressRegion",
            "postalCode",
        ]
        .iter()
        .filter_map(|k| text_of(address.get(k)))
        .collect(),
        None => Vec::new(),
    };
    let name = text_of(place.get("name"));
    let joined: Vec<String> = name.into_iter().chain(parts).collect();
    (!joined.is_empty()).then(|| joined.join(", "))
}

fn salary(json: &Json) -> Option<String> {
    if let Some(text) = text_of(Some(json)) {
        return Some(text);
    }
    let symbol = match text_of(json.get("currency")).as_deref() {
        Some("GBP") | None => "£".to_owned(),
        Some("EUR") => "€".to_owned(),
        Some("USD") => "$".to_owned(),
        Some(other) => format!("{other} "),
    };
    let value = json.get("value")?;
    let money = |n: Option<&Json>| match n {
        Some(Json::Number(n)) if *n >= 0.0 && n.fract() == 0.0 => {
            Some(format!("{symbol}{}", thousands(*n as u64)))
        }
        _ => None,
    };
    let (amount, unit) = match value {
        Json::Number(_) => (money(Some(value))?, None),
        _ => {
            let amount = match (
                money(value.get("minValue")),
                money(value.get("maxValue")),
                money(value.get("value")),
            ) {
                (Some(min), Some(max), _) => format!("{min} to {max}"),
                (_, _, Some(one)) | (Some(one), None, None) | (None, Some(one), None) => one,
                (None, None, None) => return None,
            };
            (amount, text_of(value.get("unitText")))
        }
    };
    let per = match unit.as_deref() {
        Some("YEAR") => " a year",
        Some("MONTH") => " a month",
        Some("WEEK") => " a week",
        Some("DAY") => " a day",
        Some("HOUR") => " an hour",
        _ => "",
    };
    Some(format!("{amount}{per}"))
}

fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn employment_types(json: Option<&Json>) -> Vec<String> {
    match json {
        Some(Json::String(s)) => vec![s.clone()],
        Some(Json::Array(items)) => items.iter().filter_map(|i| text_of(Some(i))).collect(),
        _ => Vec::new(),
    }
}

fn working_pattern(types: &[String]) -> Option<String> {
    let words: Vec<&str> = types
        .iter()
        .filter_map(|t| match t.as_str() {
            "FULL_TIME" => Some("Full time"),
            "PART_TIME" => Some("Part time"),
            "PER_DIEM" => Some("Per day"),
            _ => None,
        })
        .collect();
    (!words.is_empty()).then(|| words.join(" or "))
}

fn contract(types: &[String]) -> Option<String> {
    types.iter().find_map(|t| match t.as_str() {
        "TEMPORARY" => Some("Temporary".to_owned()),
        "CONTRACTOR" => Some("Contractor".to_owned()),
        "INTERN" => Some("Internship".to_owned()),
        "VOLUNTEER" => Some("Volunteer".to_owned()),
        _ => None,
    })
}
