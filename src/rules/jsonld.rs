//! A host page's schema.org `JobPosting`s, joined to a criteria file.
//!
//! Employers often publish their postings as JSON-LD already. The facts (title, employer,
//! location, salary, hours, dates, description) are taken from there, in every shape Google's and
//! schema.org's documentation show, and a criteria file adds only what JSON-LD cannot say: the
//! criteria, and whatever facts it wants to word differently. Each entry names its `JobPosting`
//! by `jobposting_identifier` or `jobposting_url`. A JobPosting with no `url` is its own page's
//! advert: the page's address is where to apply. What is wrong in a JobPosting is named with the
//! JSON-LD block it is in and its path there; the joined posting is then checked by the same
//! loader as any posting file, so problems read the same.

use super::catalogue::{Catalogue, Source};
use super::date::Date;
use super::json::Json;
use super::load::{Expected, Found, Listed, LoadError, ProblemKind, Thing};
use super::model::Bank;
use super::seen::Seen;
use std::collections::HashMap;

/// How the checker words the codes and numbers a JobPosting gives: part of each language's
/// `Text`, so that every word the applicant reads is in one place.
#[derive(Debug, PartialEq)]
pub struct JobPostingWords {
    /// The hours of `employmentType` `FULL_TIME`, `PART_TIME` and `PER_DIEM`.
    pub hours: [&'static str; 3],
    /// The contracts of `employmentType` `TEMPORARY`, `CONTRACTOR`, `INTERN` and `VOLUNTEER`.
    pub contracts: [&'static str; 4],
    /// Between two choices: " or ".
    pub or: &'static str,
    /// Between the least and the most pay: " to ".
    pub to: &'static str,
    /// After an amount of pay, by `unitText` `HOUR`, `DAY`, `WEEK`, `MONTH` and `YEAR`.
    pub per: [&'static str; 5],
    /// A job done from home (`jobLocationType` `TELECOMMUTE`).
    pub remote: &'static str,
    /// After [`JobPostingWords::remote`], before where applicants must live
    /// (`applicantLocationRequirements`).
    pub remote_in: &'static str,
    /// Where the facts came from, as the posting's `source`.
    pub source: &'static str,
}

/// What joining needs to know of the page: its address (where to apply, for a JobPosting that
/// has no `url`) and the words of the checker's language.
pub struct Page<'a> {
    /// The page's own address, without its fragment.
    pub address: &'a str,
    /// How codes and numbers are worded.
    pub words: &'a JobPostingWords,
}

/// A JobPosting found in the page: the JSON-LD block it is in, where in it, and what it says.
pub struct JobPosting<'j> {
    /// How problems name its block: "the JSON-LD in this page (script 1 of 2)".
    pub file: &'j str,
    /// Where in the block, as a JSON path such as `@graph[1]`; empty for the whole block.
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
            collect(&document.file, json, String::new(), &mut found);
        }
    }
    found
}

fn collect<'j>(file: &'j str, json: &'j Json, path: String, found: &mut Vec<JobPosting<'j>>) {
    match json {
        Json::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                collect(file, item, format!("{path}[{i}]"), found);
            }
        }
        Json::Object(pairs) => {
            if is_job_posting(json) {
                found.push(JobPosting {
                    file,
                    path: path.clone(),
                    json,
                });
            }
            for (key, value) in pairs {
                collect(file, value, at(&path, key), found);
            }
        }
        Json::Null | Json::Bool(_) | Json::Number(_) | Json::String(_) => {}
    }
}

/// The path of field `key` inside `path`. A key too long to read in a message (a hostile page's)
/// is cut to its first 40 characters.
fn at(path: &str, key: &str) -> String {
    let key = match key.char_indices().nth(40) {
        Some((cut, _)) => &key[..cut],
        None => key,
    };
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
    for (i, entry) in entries.iter().enumerate() {
        match join_one(entry, &found, page) {
            Ok(posting) => joined.push(posting),
            Err(Wrong::Entry(key, kind)) => {
                let path = match key {
                    "" => format!("postings[{i}]"),
                    key => format!("postings[{i}].{key}"),
                };
                errors.push(LoadError::new(&criteria.file, &path, kind));
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
    Entry(&'static str, ProblemKind),
    JobPosting(Vec<LoadError>),
}

/// The entry with its JobPosting's facts under it, or what is wrong with either.
fn join_one(entry: &Json, found: &JobPostings<'_>, page: &Page<'_>) -> Result<Json, Wrong> {
    let Json::Object(fields) = entry else {
        let kind = ProblemKind::Expected {
            expected: Expected::Object(Thing::Posting),
            found: Found::of(entry),
        };
        return Err(Wrong::Entry("", kind));
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
        return Err(Wrong::Entry(BY_IDENTIFIER, kind));
    };
    let Some(job) = index.get(&wanted).map(|&place| &found.jobs[place]) else {
        let kind = ProblemKind::UnknownJobPosting {
            by: what,
            known: Listed::of(known.iter().map(String::as_str)),
            found: wanted,
        };
        return Err(Wrong::Entry(key, kind));
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
    Ok(Json::Object(merged))
}

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
    for c in super::catalogue::fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_owned()
}

/// Reads one JobPosting's facts into the posting file's own fields, naming what is wrong.
struct Facts<'a, 'j> {
    job: &'a JobPosting<'j>,
    page: &'a Page<'a>,
    /// The fields the criteria file gives itself, which are not read here.
    own: &'a Seen,
    out: Vec<(String, Json)>,
    problems: Vec<LoadError>,
}

impl Facts<'_, '_> {
    fn read(&mut self) {
        let job = self.job.json;
        let words = self.page.words;
        if self.wants("title") {
            match job.get("title") {
                Some(title @ Json::String(_)) => self.put("title", text_of(Some(title)), "title"),
                other => self.wrong("title", Expected::Text, other),
            }
        }
        if self.wants("employer") {
            let organisation = job.get("hiringOrganization");
            let name = text_of(organisation).or_else(|| text_of(organisation?.get("name")));
            self.put("employer", name, "hiringOrganization");
        }
        if self.wants("location") {
            self.location();
        }
        if self.wants("pay") {
            if let Some(salary) = job.get("baseSalary") {
                // A part of it that is not a number is named where it is, and only there.
                let named = self.problems.len();
                let pay = self.salary(salary);
                if self.problems.len() == named {
                    self.put("pay", pay, "baseSalary");
                }
            }
        }
        let (hours, contracts) = employment(job.get("employmentType"), words);
        if self.wants("working_pattern") && !hours.is_empty() {
            self.put("working_pattern", Some(hours.join(words.or)), "");
        }
        if self.wants("contract") && !contracts.is_empty() {
            self.put("contract", Some(contracts.join(words.or)), "");
        }
        for (field, property) in [("published", "datePosted"), ("closes", "validThrough")] {
            if self.wants(field) {
                self.date(field, property);
            }
        }
        if self.wants("reference") {
            let reference = identifier(job);
            self.out
                .extend(reference.map(|r| ("reference".to_owned(), Json::String(r))));
        }
        if self.wants("summary") {
            let summary = text_of(job.get("description")).and_then(|d| first_paragraph(&d));
            self.out
                .extend(summary.map(|s| ("summary".to_owned(), Json::String(s))));
        }
        if self.wants("apply_url") {
            // A JobPosting without a url is the advert on this very page.
            let url = text_of(job.get("url")).unwrap_or_else(|| self.page.address.to_owned());
            self.out.push(("apply_url".into(), Json::String(url)));
        }
        if self.wants("source") {
            self.out
                .push(("source".into(), Json::String(words.source.to_owned())));
        }
    }

    /// Whether the JobPosting is to give `field`: the criteria file does not give it itself.
    fn wants(&self, field: &str) -> bool {
        !self.own.contains(field)
    }

    /// Keeps `value` as `field`; where there is none, names `property` of the JobPosting as the
    /// one to fix (an empty `property` is a fact the JobPosting may leave out).
    fn put(&mut self, field: &str, value: Option<String>, property: &'static str) {
        match value {
            Some(value) => self.out.push((field.to_owned(), Json::String(value))),
            None if property.is_empty() => {}
            None => {
                let expected = match property {
                    "hiringOrganization" => Expected::Organization,
                    "jobLocation" => Expected::Place,
                    "baseSalary" => Expected::Salary,
                    _ => Expected::Text,
                };
                let found = self.job.json.get(property);
                self.wrong(property, expected, found);
            }
        }
    }

    /// A problem at `property` of the JobPosting: missing, or not what was `expected`.
    fn wrong(&mut self, property: &str, expected: Expected, found: Option<&Json>) {
        let kind = match found {
            None | Some(Json::Null) => ProblemKind::Missing { expected },
            Some(found) => ProblemKind::Expected {
                expected,
                found: Found::of(found),
            },
        };
        let path = at(&self.job.path, property);
        self.problems
            .push(LoadError::new(self.job.file, &path, kind));
    }

    /// Where the job is: its places (`jobLocation`, one or a list), or done from home
    /// (`jobLocationType` `TELECOMMUTE`, for applicants in `applicantLocationRequirements`).
    fn location(&mut self) {
        let job = self.job.json;
        let words = self.page.words;
        let mut places: Vec<String> = Vec::new();
        for place in list(job.get("jobLocation")) {
            let address = place.get("address");
            let mut written: Vec<String> = Vec::new();
            for part in [Some(place), place.get("name"), address] {
                written.extend(text_of(part));
            }
            for key in [
                "streetAddress",
                "addressLocality",
                "addressRegion",
                "postalCode",
            ] {
                written.extend(text_of(address.and_then(|a| a.get(key))));
            }
            if written.is_empty() {
                return self.put("location", None, "jobLocation");
            }
            places.push(written.join(", "));
        }
        if text_of(job.get("jobLocationType")).as_deref() == Some("TELECOMMUTE") {
            let wherever: Vec<String> = list(job.get("applicantLocationRequirements"))
                .filter_map(|area| text_of(Some(area)).or_else(|| text_of(area.get("name"))))
                .collect();
            places.push(match wherever.is_empty() {
                true => words.remote.to_owned(),
                false => format!(
                    "{}{}{}",
                    words.remote,
                    words.remote_in,
                    wherever.join(words.or)
                ),
            });
        }
        let location = (!places.is_empty()).then(|| places.join(words.or));
        self.put("location", location, "jobLocation");
    }

    /// The pay as the applicant reads it ("£26,240 to £27,928 a year", "$40.50 an hour"), from a
    /// number, text, or a `MonetaryAmount` whose `value` is a number or a `QuantitativeValue`
    /// (`value`, or `minValue` and `maxValue`, with `unitText`).
    fn salary(&mut self, salary: &Json) -> Option<String> {
        let words = self.page.words;
        let (currency, amount, path) = match salary {
            Json::String(_) => return text_of(Some(salary)),
            Json::Number(_) => (None, salary, "baseSalary"),
            _ => match salary.get("value") {
                Some(value @ Json::Object(_)) => {
                    (salary.get("currency"), value, "baseSalary.value")
                }
                _ => (salary.get("currency"), salary, "baseSalary"),
            },
        };
        let symbol = match text_of(currency).as_deref() {
            Some("GBP") | None => "£".to_owned(),
            Some("EUR") => "€".to_owned(),
            Some("USD") => "$".to_owned(),
            Some(other) => format!("{other} "),
        };
        let mut money = |key: &str| -> Result<Option<String>, ()> {
            let (value, path) = match (amount, key) {
                (Json::Number(_), "value") => (Some(amount), path.to_owned()),
                (Json::Number(_), _) => (None, String::new()),
                _ => (amount.get(key), format!("{path}.{key}")),
            };
            match value {
                None | Some(Json::Null) => Ok(None),
                Some(Json::Number(n)) if n.is_finite() && *n >= 0.0 && *n < 1e12 => {
                    let cents = (n * 100.0).round() as u64;
                    let pence = match cents % 100 {
                        0 => String::new(),
                        pence => format!(".{pence:02}"),
                    };
                    Ok(Some(format!("{symbol}{}{pence}", thousands(cents / 100))))
                }
                Some(other) => {
                    self.wrong(&path, Expected::Number, Some(other));
                    Err(())
                }
            }
        };
        let (least, most, one) = (money("minValue"), money("maxValue"), money("value"));
        let written = match (least.ok()?, most.ok()?, one.ok()?) {
            (Some(least), Some(most), _) => format!("{least}{}{most}", words.to),
            (_, _, Some(one)) | (Some(one), None, None) | (None, Some(one), None) => one,
            (None, None, None) => return None,
        };
        let units = ["HOUR", "DAY", "WEEK", "MONTH", "YEAR"];
        let unit = text_of(amount.get("unitText"));
        let per = units
            .iter()
            .position(|u| Some(*u) == unit.as_deref())
            .map_or("", |i| words.per[i]);
        Some(format!("{written}{per}"))
    }

    /// `published` or `closes` from a date or a date-time.
    fn date(&mut self, field: &str, property: &'static str) {
        let Some(value) = self.job.json.get(property) else {
            return;
        };
        let date = text_of(Some(value))
            .and_then(|text| Date::parse_iso(text.get(..10).unwrap_or(&text)))
            .map(|date| date.to_string());
        match date {
            Some(date) => self.out.push((field.to_owned(), Json::String(date))),
            None => self.wrong(property, Expected::DateOrDateTime, Some(value)),
        }
    }
}

/// One value or a list of them, as schema.org allows for most properties.
fn list(json: Option<&Json>) -> impl Iterator<Item = &Json> {
    let items: &[Json] = match json {
        Some(Json::Array(items)) => items,
        Some(one) => std::slice::from_ref(one),
        None => &[],
    };
    items.iter()
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

/// The hours and the contracts `employmentType` gives, as the applicant reads them. Schema.org's
/// codes are worded; `OTHER` says nothing; any other text is the employer's own word for the
/// hours, shown as written.
fn employment(json: Option<&Json>, words: &JobPostingWords) -> (Vec<String>, Vec<String>) {
    const HOURS: [&str; 3] = ["FULL_TIME", "PART_TIME", "PER_DIEM"];
    const CONTRACTS: [&str; 4] = ["TEMPORARY", "CONTRACTOR", "INTERN", "VOLUNTEER"];
    let (mut hours, mut contracts) = (Vec::new(), Vec::new());
    for code in list(json).filter_map(|t| text_of(Some(t))) {
        if let Some(i) = HOURS.iter().position(|h| *h == code) {
            hours.push(words.hours[i].to_owned());
        } else if let Some(i) = CONTRACTS.iter().position(|c| *c == code) {
            contracts.push(words.contracts[i].to_owned());
        } else if code != "OTHER" {
            hours.push(code);
        }
    }
    (hours, contracts)
}

/// The first paragraph of a description, as plain text: JobPosting descriptions are HTML, which
/// the checker never renders as HTML. Tags are dropped, the entities editors use are decoded, and
/// white space is collapsed.
fn first_paragraph(html: &str) -> Option<String> {
    const BLOCKS: [&str; 9] = ["p", "br", "div", "li", "ul", "ol", "h2", "h3", "table"];
    let mut text = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            rest = "";
            break;
        };
        let tag = &rest[open + 1..open + close];
        rest = &rest[open + close + 1..];
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| !c.is_ascii_alphanumeric())
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if BLOCKS.contains(&name.as_str()) && !text.trim().is_empty() {
            rest = "";
            break;
        }
        text.push(' ');
    }
    text.push_str(rest);
    let text = text.split("\n\n").find(|p| !p.trim().is_empty())?;
    // The entities editors use; any other is left as written.
    const ENTITIES: [(&str, &str); 7] = [
        ("&nbsp;", " "),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", "\""),
        ("&#39;", "'"),
        ("&apos;", "'"),
        ("&amp;", "&"),
    ];
    let mut decoded = String::new();
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        decoded.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let (entity, character) = ENTITIES
            .iter()
            .find(|(entity, _)| rest.starts_with(entity))
            .copied()
            .unwrap_or(("&", "&"));
        decoded.push_str(character);
        rest = &rest[entity.len()..];
    }
    decoded.push_str(rest);
    let words: Vec<&str> = decoded.split_whitespace().collect();
    (!words.is_empty()).then(|| words.join(" "))
}
