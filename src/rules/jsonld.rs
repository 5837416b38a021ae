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

use super::catalogue::{Catalogue, Source};
use super::date::Date;
use super::json::Json;
use super::load::{is_web_address, Expected, Found, Listed, LoadError, ProblemKind, Thing};
use super::model::Bank;
use super::seen::Seen;
use std::collections::HashMap;

/// How the checker words the codes and numbers a JobPosting gives: part of each language's
/// `Text`, so that every word the applicant reads is in one place.
#[derive(Debug, PartialEq)]
pub struct JobPostingWords {
    /// The hours of `employmentType` `FULL_TIME`.
    pub full_time: &'static str,
    /// `PART_TIME`.
    pub part_time: &'static str,
    /// `PER_DIEM`.
    pub per_diem: &'static str,
    /// The contract of `employmentType` `TEMPORARY`.
    pub temporary: &'static str,
    /// `CONTRACTOR`.
    pub contractor: &'static str,
    /// `INTERN`.
    pub intern: &'static str,
    /// `VOLUNTEER`.
    pub volunteer: &'static str,
    /// Between two choices: " or ".
    pub or: &'static str,
    /// Between the least and the most pay: " to ".
    pub to: &'static str,
    /// After an amount of pay with `unitText` `HOUR`.
    pub per_hour: &'static str,
    /// `DAY`.
    pub per_day: &'static str,
    /// `WEEK`.
    pub per_week: &'static str,
    /// `MONTH`.
    pub per_month: &'static str,
    /// `YEAR`.
    pub per_year: &'static str,
    /// A job done from home (`jobLocationType` `TELECOMMUTE`).
    pub remote: &'static str,
    /// After [`JobPostingWords::remote`], before where applicants must live
    /// (`applicantLocationRequirements`).
    pub remote_in: &'static str,
    /// Where the facts came from, as the posting's `source`.
    pub source: &'static str,
    /// Words that, opening an `employmentType` written as text, make it a contract rather than
    /// hours: in lower case, without accents, words apart by one space ("permanent", "fixed term").
    pub contract_words: &'static [&'static str],
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
                        Step::Item(i) => format!("{path}[{i}]"),
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
    // Where each joined entry is in the file, so that problems name the entry they are in.
    let mut places = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        match join_one(entry, &found, page) {
            Ok(posting) => {
                joined.push(posting);
                places.push(i);
            }
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
        return Err(Wrong::Entry(BY_IDENTIFIER, kind));
    };
    let Some(job) = index.get(&wanted).map(|&place| &found.jobs[place]) else {
        let kind = ProblemKind::UnknownJobPosting {
            by: what,
            known: Listed::of(known.iter().map(|id| cut(id))),
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
                Some(title @ Json::String(_)) => {
                    self.put("title", text_of(Some(title)), "title", Expected::Text);
                }
                other => self.wrong("title", Expected::Text, other),
            }
        }
        if self.wants("employer") {
            let organisation = job.get("hiringOrganization");
            let name = text_of(organisation).or_else(|| text_of(organisation?.get("name")));
            self.put(
                "employer",
                name,
                "hiringOrganization",
                Expected::Organization,
            );
        }
        if self.wants("location") {
            self.location();
        }
        if self.wants("pay") {
            if let Some(salary) = present(job.get("baseSalary")) {
                // A part of it that is not an amount is named where it is, and only there.
                let named = self.problems.len();
                let pay = self.salary(salary);
                if self.problems.len() == named {
                    self.put("pay", pay, "baseSalary", Expected::Salary);
                }
            }
        }
        let (hours, contracts) = employment(job.get("employmentType"), words);
        if self.wants("working_pattern") && !hours.is_empty() {
            self.keep("working_pattern", hours.join(words.or));
        }
        if self.wants("contract") && !contracts.is_empty() {
            self.keep("contract", contracts.join(words.or));
        }
        if self.wants("published") {
            self.date("published", "datePosted");
        }
        if self.wants("closes") {
            self.date("closes", "validThrough");
        }
        if self.wants("reference") {
            if let Some(reference) = identifier(job) {
                self.keep("reference", reference);
            }
        }
        if self.wants("apply_url") {
            self.apply_url();
        }
        if self.wants("source") {
            self.keep("source", words.source.to_owned());
        }
    }

    /// Whether the JobPosting is to give `field`: the criteria file does not give it itself.
    fn wants(&self, field: &str) -> bool {
        !self.own.contains(field)
    }

    fn keep(&mut self, field: &str, value: String) {
        self.out.push((field.to_owned(), Json::String(value)));
    }

    /// Keeps `value` as `field`; where there is none, names `property` of the JobPosting as the
    /// one to fix, and what was `expected` there.
    fn put(&mut self, field: &str, value: Option<String>, property: &str, expected: Expected) {
        match value {
            Some(value) => self.keep(field, value),
            None => {
                let found = self.job.json.get(property);
                self.wrong(property, expected, found);
            }
        }
    }

    /// A problem at `property` of the JobPosting: missing, or not what was `expected`.
    fn wrong(&mut self, property: &str, expected: Expected, found: Option<&Json>) {
        let kind = match present(found) {
            None => ProblemKind::Missing { expected },
            Some(found) => ProblemKind::Expected {
                expected,
                found: Found::of(found),
            },
        };
        let path = at(&self.job.path, property);
        self.problems
            .push(LoadError::new(self.job.file, &path, kind));
    }

    /// Where to apply: the JobPosting's `url` (a path on this site is read as one), or, where it
    /// has none, this page, which is then the advert itself.
    fn apply_url(&mut self) {
        let address = self.page.address;
        let given = present(self.job.json.get("url"));
        let url = match given {
            None => address.to_owned(),
            Some(Json::String(url))
                if url.trim().starts_with('/') && !url.trim().starts_with("//") =>
            {
                // The page's origin: its address up to the first `/` after `scheme://`.
                let origin_end = address
                    .find("://")
                    .and_then(|scheme| address[scheme + 3..].find('/').map(|i| scheme + 3 + i))
                    .unwrap_or(address.len());
                format!("{}{}", &address[..origin_end], url.trim())
            }
            Some(Json::String(url)) => url.trim().to_owned(),
            Some(other) => return self.wrong("url", Expected::WebAddress, Some(other)),
        };
        if is_web_address(&url) {
            self.keep("apply_url", url);
        } else {
            // Named as the page wrote it (or, where it wrote none, as this page's address).
            let found = Json::String(url);
            self.wrong("url", Expected::WebAddress, Some(given.unwrap_or(&found)));
        }
    }

    /// Where the job is: its places (`jobLocation`, one or a list), or done from home
    /// (`jobLocationType` `TELECOMMUTE`, for applicants in `applicantLocationRequirements`).
    fn location(&mut self) {
        let job = self.job.json;
        let words = self.page.words;
        let mut places: Vec<String> = Vec::new();
        for (i, place) in list(job.get("jobLocation")).enumerate() {
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
                let at = match job.get("jobLocation") {
                    Some(Json::Array(_)) => format!("jobLocation[{i}]"),
                    _ => "jobLocation".to_owned(),
                };
                return self.wrong(&at, Expected::Place, Some(place));
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
        self.put("location", location, "jobLocation", Expected::Place);
    }

    /// The pay as the applicant reads it ("£26,240 to £27,928 a year", "$40.50 an hour"), from a
    /// number, text, or a `MonetaryAmount` whose `value` is a number or a `QuantitativeValue`
    /// (`value`, or `minValue` and `maxValue`, with `unitText`), in the `MonetaryAmount`'s
    /// `currency` or the JobPosting's `salaryCurrency`. Text that is a plain number is an amount.
    fn salary(&mut self, salary: &Json) -> Option<String> {
        let words = self.page.words;
        let salary_currency = text_of(self.job.json.get("salaryCurrency"));
        let (currency, amount, path) = match salary {
            Json::String(text) => {
                return match plain_number(text.trim()) {
                    Some(number) => Some(self.money(number, salary_currency.as_deref())),
                    None => text_of(Some(salary)),
                }
            }
            Json::Number(_) => (None, salary, "baseSalary"),
            _ => match salary.get("value") {
                Some(value @ Json::Object(_)) => {
                    (salary.get("currency"), value, "baseSalary.value")
                }
                _ => (salary.get("currency"), salary, "baseSalary"),
            },
        };
        let currency = text_of(currency).or(salary_currency);
        let mut amounts = [None, None, None];
        for (slot, key) in amounts.iter_mut().zip(["minValue", "maxValue", "value"]) {
            let (value, path) = match (amount, key) {
                (Json::Number(_), "value") => (Some(amount), path.to_owned()),
                (Json::Number(_), _) => (None, String::new()),
                _ => (amount.get(key), format!("{path}.{key}")),
            };
            let Some(value) = present(value) else {
                continue;
            };
            let number = match value {
                Json::Number(n) => Some(*n),
                // As microdata gives a number: text of digits.
                Json::String(text) => plain_number(text.trim()),
                _ => None,
            };
            match number.filter(|n| n.is_finite() && *n >= 0.0 && *n < 1e12) {
                Some(n) => *slot = Some(self.money(n, currency.as_deref())),
                None => {
                    self.wrong(&path, Expected::Amount, Some(value));
                    return None;
                }
            }
        }
        let written = match amounts {
            [Some(least), Some(most), _] => format!("{least}{}{most}", words.to),
            [_, _, Some(one)] | [Some(one), None, None] | [None, Some(one), None] => one,
            [None, None, None] => return None,
        };
        let unit = text_of(amount.get("unitText"));
        let per = match unit.as_deref() {
            Some("HOUR") => words.per_hour,
            Some("DAY") => words.per_day,
            Some("WEEK") => words.per_week,
            Some("MONTH") => words.per_month,
            Some("YEAR") => words.per_year,
            _ => "",
        };
        Some(format!("{written}{per}"))
    }

    /// An amount in `currency` (its ISO 4217 code): "£26,240", "$40.50", "CAD 900"; a bare
    /// number where no currency is given.
    fn money(&self, amount: f64, currency: Option<&str>) -> String {
        let cents = (amount * 100.0).round() as u64;
        let mut money = match currency {
            Some("GBP") => "£".to_owned(),
            Some("EUR") => "€".to_owned(),
            Some("USD") => "$".to_owned(),
            Some(other) => format!("{other} "),
            None => String::new(),
        };
        money.push_str(&thousands(cents / 100));
        if cents % 100 > 0 {
            money.push_str(&format!(".{:02}", cents % 100));
        }
        money
    }

    /// `published` or `closes` from a date or a date-time. Applications close at a date-time, so
    /// a `validThrough` at midnight closes at the end of the day before.
    fn date(&mut self, field: &str, property: &'static str) {
        let Some(value) = present(self.job.json.get(property)) else {
            return;
        };
        let text = text_of(Some(value)).unwrap_or_default();
        let (date, time) = text.split_at_checked(10).unwrap_or((&text, ""));
        match Date::parse_iso(date) {
            Some(day) if time.is_empty() || time.starts_with('T') => {
                // "T00:00", or "T00:00:00" and any fraction or time zone after it.
                let midnight = time.starts_with("T00:00")
                    && (!time[6..].starts_with(':') || time[6..].starts_with(":00"));
                let day = match (field, midnight) {
                    ("closes", true) => day.day_before(),
                    _ => day,
                };
                self.keep(field, day.to_string());
            }
            _ => self.wrong(property, Expected::DateOrDateTime, Some(value)),
        }
    }
}

/// Text that is a plain amount ("100000", "40.50"), read without a float parser (whose tables
/// would cost kilobytes of wasm); `None` for any other text.
fn plain_number(text: &str) -> Option<f64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| !s.is_empty() && s.len() < 13 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || !(fraction.is_empty() || digits(fraction)) {
        return None;
    }
    let number = |s: &str| s.bytes().fold(0u64, |n, b| n * 10 + u64::from(b - b'0')) as f64;
    let scale = 10f64.powi(fraction.len() as i32);
    Some(number(whole) + number(fraction) / scale)
}

/// `json`, unless it is absent or `null`, which means the same.
fn present(json: Option<&Json>) -> Option<&Json> {
    json.filter(|json| **json != Json::Null)
}

/// One value or a list of them, as schema.org allows for most properties.
fn list(json: Option<&Json>) -> impl Iterator<Item = &Json> {
    let items: &[Json] = match json {
        Some(Json::Array(items)) => items,
        Some(Json::Null) | None => &[],
        Some(one) => std::slice::from_ref(one),
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
/// codes are worded; `OTHER` says nothing; any other text is the employer's own words, shown as
/// written: a contract where it names one ("Permanent", "Fixed term", "Bank"), the hours otherwise.
fn employment(json: Option<&Json>, words: &JobPostingWords) -> (Vec<String>, Vec<String>) {
    let (mut hours, mut contracts) = (Vec::new(), Vec::new());
    for code in list(json).filter_map(|t| text_of(Some(t))) {
        match code.as_str() {
            "FULL_TIME" => hours.push(words.full_time.to_owned()),
            "PART_TIME" => hours.push(words.part_time.to_owned()),
            "PER_DIEM" => hours.push(words.per_diem.to_owned()),
            "TEMPORARY" => contracts.push(words.temporary.to_owned()),
            "CONTRACTOR" => contracts.push(words.contractor.to_owned()),
            "INTERN" => contracts.push(words.intern.to_owned()),
            "VOLUNTEER" => contracts.push(words.volunteer.to_owned()),
            "OTHER" => {}
            _ => {
                // Its first words, as search compares them, name a contract ("Permanent, full
                // time", "Fixed-term: 12 months", "Bank"), or it is the hours ("Full time,
                // including bank holidays").
                let plain: String = (super::catalogue::fold(&code).chars())
                    .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
                    .collect();
                let plain = plain.trim_start();
                let opens_with = |w: &&str| {
                    plain.starts_with(*w)
                        && plain[w.len()..].chars().next().is_none_or(|c| c == ' ')
                };
                if words.contract_words.iter().any(opens_with) {
                    contracts.push(code);
                } else {
                    hours.push(code);
                }
            }
        }
    }
    (hours, contracts)
}
