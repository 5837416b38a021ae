//! Reading one JobPosting's facts into a posting file's own fields (title, employer, where, pay,
//! hours, contract, dates, reference, where to apply), in every shape the documentation shows,
//! and naming what is wrong in it where it is. Facts given as data (places, amounts, codes) are
//! read into `Pay`, `Location` and `Employment`, and worded by the [`Wording`] of each language.
//! Where the job is, and its town, are read in `places.rs`.

use super::{at, identifier, text_of, JobPosting, Page};
use crate::json::Json;
use crate::rules::date::Date;
use crate::rules::fact::{Employment, Pay, PayUnit, Wording};
use crate::rules::load::{is_web_address, Expected, Found, LoadError, ProblemKind};
use crate::rules::seen::Seen;

/// Reads one JobPosting's facts into the posting file's own fields, naming what is wrong.
pub(super) struct Facts<'a, 'j> {
    pub(super) job: &'a JobPosting<'j>,
    pub(super) page: &'a Page<'a>,
    /// The fields the criteria file gives itself, which are not read here.
    pub(super) own: &'a Seen,
    /// The fields read.
    pub(super) out: Vec<(String, Json)>,
    /// What is wrong in the JobPosting, named in its JSON-LD block.
    pub(super) problems: Vec<LoadError>,
}

impl Facts<'_, '_> {
    /// Reads every fact the criteria file does not give itself into `out`, and what is wrong
    /// into `problems`.
    pub(super) fn read(&mut self) {
        let job = self.job.json;
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
        if self.wants("area") {
            self.area();
        }
        if self.wants("pay") {
            if let Some(salary) = present(job.get("baseSalary")) {
                // A part of it that is not an amount is named where it is, and only there.
                let named = self.problems.len();
                match self.salary(salary) {
                    _ if self.problems.len() > named => {}
                    Some(Salary::Amount(pay)) => self.keep_worded("pay", |w| w.pay(&pay)),
                    Some(Salary::Written(text)) => self.keep_words("pay", text),
                    None => self.wrong("baseSalary", Expected::Salary, Some(salary)),
                }
            }
        }
        // Text that opens with a contract's word in either language is a contract.
        let contract_words = [self.page.english, self.page.welsh].map(|w| w.contract_words());
        let (hours, contracts) = employment(job.get("employmentType"), &contract_words);
        if self.wants("working_pattern") && !hours.is_empty() {
            self.keep_worded("working_pattern", |w| w.employment(&hours));
        }
        if self.wants("contract") && !contracts.is_empty() {
            self.keep_worded("contract", |w| w.employment(&contracts));
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
            // For the people who maintain the file, who read English.
            let source = self.page.english.jobposting_source().to_owned();
            self.keep("source", source);
        }
    }

    /// Whether the JobPosting is to give `field`: the criteria file does not give it itself.
    pub(super) fn wants(&self, field: &str) -> bool {
        !self.own.contains(field)
    }

    pub(super) fn keep(&mut self, field: &str, value: String) {
        self.out.push((field.to_owned(), Json::String(value)));
    }

    /// Keeps the page's own text, which an applicant reads: the same in English and Welsh, as
    /// the page gives it in its own language. Like all the fields the page gives, it counts
    /// neither as Welsh nor as Welsh left out (see `load::Joined`).
    pub(super) fn keep_words(&mut self, field: &str, value: String) {
        self.keep_both(field, value.clone(), value);
    }

    /// Keeps a fact the page gives as data, worded by the checker in each of its languages, so
    /// that it follows the applicant's choice of language.
    pub(super) fn keep_worded(&mut self, field: &str, word: impl Fn(&dyn Wording) -> String) {
        let (english, welsh) = (word(self.page.english), word(self.page.welsh));
        self.keep_both(field, english, welsh);
    }

    fn keep_both(&mut self, field: &str, english: String, welsh: String) {
        let both = vec![
            ("en".to_owned(), Json::String(english)),
            ("cy".to_owned(), Json::String(welsh)),
        ];
        self.out.push((field.to_owned(), Json::Object(both)));
    }

    /// Keeps `value` as `field`; where there is none, names `property` of the JobPosting as the
    /// one to fix, and what was `expected` there.
    fn put(&mut self, field: &str, value: Option<String>, property: &str, expected: Expected) {
        match value {
            Some(value) => self.keep_words(field, value),
            None => {
                let found = self.job.json.get(property);
                self.wrong(property, expected, found);
            }
        }
    }

    /// A problem at `property` of the JobPosting: missing, or not what was `expected`.
    pub(super) fn wrong(&mut self, property: &str, expected: Expected, found: Option<&Json>) {
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

    /// The pay, from a number, text, or a `MonetaryAmount` whose `value` is a number or a
    /// `QuantitativeValue` (`value`, or `minValue` and `maxValue`, with `unitText`), in the
    /// `MonetaryAmount`'s `currency` or the JobPosting's `salaryCurrency`. Text that is a plain
    /// number is an amount.
    fn salary(&mut self, salary: &Json) -> Option<Salary> {
        let salary_currency = text_of(self.job.json.get("salaryCurrency"));
        let (currency, amount, path) = match salary {
            Json::String(text) => {
                return match plain_number(text.trim()) {
                    Some(min) => Some(Salary::Amount(Pay {
                        min,
                        max: None,
                        currency: salary_currency,
                        unit: None,
                    })),
                    None => text_of(Some(salary)).map(Salary::Written),
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
                Some(n) => *slot = Some(n),
                None => {
                    self.wrong(&path, Expected::Amount, Some(value));
                    return None;
                }
            }
        }
        let (min, max) = match amounts {
            [Some(least), Some(most), _] => (least, Some(most)),
            [_, _, Some(one)] | [Some(one), None, None] | [None, Some(one), None] => (one, None),
            [None, None, None] => return None,
        };
        let unit = match text_of(amount.get("unitText")).as_deref() {
            Some("HOUR") => Some(PayUnit::Hour),
            Some("DAY") => Some(PayUnit::Day),
            Some("WEEK") => Some(PayUnit::Week),
            Some("MONTH") => Some(PayUnit::Month),
            Some("YEAR") => Some(PayUnit::Year),
            _ => None,
        };
        Some(Salary::Amount(Pay {
            min,
            max,
            currency,
            unit,
        }))
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
pub(super) fn present(json: Option<&Json>) -> Option<&Json> {
    json.filter(|json| **json != Json::Null)
}

/// One value or a list of them, as schema.org allows for most properties.
pub(super) fn list(json: Option<&Json>) -> impl Iterator<Item = &Json> {
    let items: &[Json] = match json {
        Some(Json::Array(items)) => items,
        Some(Json::Null) | None => &[],
        Some(one) => std::slice::from_ref(one),
    };
    items.iter()
}

/// A JobPosting's `baseSalary`: an amount, or the page's own words.
enum Salary {
    Amount(Pay),
    Written(String),
}

/// The hours and the contracts `employmentType` gives. Schema.org's codes are kept as codes;
/// `OTHER` says nothing; any other text is the employer's own words, shown as written: a contract
/// where it opens with one of `contract_words` ("Permanent", "Fixed term", "Bank"), the hours
/// otherwise.
fn employment(
    json: Option<&Json>,
    contract_words: &[&[&str]],
) -> (Vec<Employment>, Vec<Employment>) {
    let (mut hours, mut contracts) = (Vec::new(), Vec::new());
    for code in list(json).filter_map(|t| text_of(Some(t))) {
        match code.as_str() {
            "FULL_TIME" => hours.push(Employment::FullTime),
            "PART_TIME" => hours.push(Employment::PartTime),
            "PER_DIEM" => hours.push(Employment::PerDiem),
            "TEMPORARY" => contracts.push(Employment::Temporary),
            "CONTRACTOR" => contracts.push(Employment::Contractor),
            "INTERN" => contracts.push(Employment::Intern),
            "VOLUNTEER" => contracts.push(Employment::Volunteer),
            "OTHER" => {}
            _ => {
                // Its first words, as search compares them, name a contract ("Permanent, full
                // time", "Fixed-term: 12 months", "Bank"), or it is the hours ("Full time,
                // including bank holidays").
                let plain: String = (crate::rules::search::fold(&code).chars())
                    .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
                    .collect();
                let plain = plain.trim_start();
                let opens_with = |w: &&str| {
                    plain.starts_with(*w)
                        && plain[w.len()..].chars().next().is_none_or(|c| c == ' ')
                };
                if contract_words.iter().copied().flatten().any(opens_with) {
                    contracts.push(Employment::Text(code));
                } else {
                    hours.push(Employment::Text(code));
                }
            }
        }
    }
    (hours, contracts)
}
