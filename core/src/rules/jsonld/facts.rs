//! Reading one JobPosting's facts into a posting file's own fields (title, employer, where, pay,
//! hours, contract, dates, reference, where to apply), in every shape the documentation shows,
//! and naming what is wrong in it where it is.

use super::{at, identifier, text_of, JobPosting, JobPostingWords, Page};
use crate::json::Json;
use crate::rules::date::Date;
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
            self.keep_words("working_pattern", hours.join(words.or));
        }
        if self.wants("contract") && !contracts.is_empty() {
            self.keep_words("contract", contracts.join(words.or));
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

    /// Keeps text an applicant reads as the same in English and Welsh: the page gives it in its
    /// own language, and the checker words codes in the language it is loading in, so it is
    /// neither missing its Welsh nor Welsh the criteria file gave (see `Reader::words`).
    fn keep_words(&mut self, field: &str, value: String) {
        let both = vec![
            ("en".to_owned(), Json::String(value.clone())),
            ("cy".to_owned(), Json::String(value)),
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
                let plain: String = (crate::rules::search::fold(&code).chars())
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
