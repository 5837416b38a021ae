//! The words of the facts a careers page's schema.org JobPosting gives as data: its places and
//! home working, its pay (amounts, currency, unit) and its `employmentType` codes. Each language's
//! [`Text`] words them through the core's [`Wording`], with its [`JobPostingWords`], which are
//! apart from the `Text` so that only the build that reads JobPosting markup carries them.
//!
//! ```
//! use eligibility_core::rules::{Pay, PayUnit, Wording};
//! use eligibility_core::text::{ENGLISH, WELSH};
//! let pay = Pay { min: 26240.0, max: Some(27928.0), currency: Some("GBP".into()), unit: Some(PayUnit::Year) };
//! assert_eq!(ENGLISH.pay(&pay), "£26,240 to £27,928 a year");
//! assert_eq!(WELSH.pay(&pay), "£26,240 i £27,928 y flwyddyn");
//! ```

use super::{Language, Text};
use crate::rules::{Employment, Location, Pay, PayUnit, Wording};

/// How the codes and numbers of a JobPosting are worded, in one language ([`Text::jobposting`]).
#[derive(Debug, PartialEq)]
pub struct JobPostingWords {
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

impl Text {
    /// This language's words for a JobPosting's facts.
    pub fn jobposting(&self) -> &'static JobPostingWords {
        match self.language {
            Language::English => &ENGLISH_JOBPOSTING,
            Language::Welsh => &WELSH_JOBPOSTING,
        }
    }
}

impl Wording for Text {
    /// The page's places and home working, any of them ("Leeds or Remote, for people living in
    /// Wales").
    fn location(&self, location: &Location) -> String {
        let words = self.jobposting();
        let remote = location
            .remote
            .as_ref()
            .map(|areas| match areas.is_empty() {
                true => words.remote.to_owned(),
                false => format!(
                    "{}{}{}",
                    words.remote,
                    words.remote_in,
                    areas.join(words.or)
                ),
            });
        let all: Vec<&str> = (location.places.iter().map(String::as_str))
            .chain(remote.as_deref())
            .collect();
        all.join(words.or)
    }

    /// An amount, or the least and the most, and what it is paid for: "£26,240 to £27,928 a
    /// year", "$40.50 an hour", "CAD 900".
    fn pay(&self, pay: &Pay) -> String {
        let words = self.jobposting();
        let currency = pay.currency.as_deref();
        let mut written = money(pay.min, currency);
        if let Some(max) = pay.max {
            written.push_str(words.to);
            written.push_str(&money(max, currency));
        }
        written.push_str(match pay.unit {
            Some(PayUnit::Hour) => words.per_hour,
            Some(PayUnit::Day) => words.per_day,
            Some(PayUnit::Week) => words.per_week,
            Some(PayUnit::Month) => words.per_month,
            Some(PayUnit::Year) => words.per_year,
            None => "",
        });
        written
    }

    /// Schema.org's codes worded, the page's own text as written: "Full time or Part time".
    fn employment(&self, any_of: &[Employment]) -> String {
        let words = self.jobposting();
        let worded: Vec<&str> = any_of
            .iter()
            .map(|employment| match employment {
                Employment::FullTime => self.full_time,
                Employment::PartTime => self.part_time,
                Employment::PerDiem => words.per_diem,
                Employment::Temporary => words.temporary,
                Employment::Contractor => words.contractor,
                Employment::Intern => words.intern,
                Employment::Volunteer => words.volunteer,
                Employment::Text(text) => text,
            })
            .collect();
        worded.join(words.or)
    }

    fn jobposting_source(&self) -> &str {
        self.jobposting().source
    }

    fn contract_words(&self) -> &[&str] {
        self.jobposting().contract_words
    }
}

/// An amount in `currency` (its ISO 4217 code): "£26,240", "$40.50", "CAD 900"; a bare number
/// where no currency is given.
fn money(amount: f64, currency: Option<&str>) -> String {
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

/// A whole number with commas between its thousands: "26,240".
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

/// In British English.
pub static ENGLISH_JOBPOSTING: JobPostingWords = JobPostingWords {
    per_diem: "Paid by the day",
    temporary: "Temporary",
    contractor: "Contractor",
    intern: "Internship",
    volunteer: "Volunteer",
    or: " or ",
    to: " to ",
    per_hour: " an hour",
    per_day: " a day",
    per_week: " a week",
    per_month: " a month",
    per_year: " a year",
    remote: "Remote",
    remote_in: ", for people living in ",
    source: "The schema.org JobPosting published in the page",
    contract_words: &[
        "permanent",
        "fixed term",
        "temporary",
        "bank",
        "secondment",
        "locum",
        "apprenticeship",
        "contract",
    ],
};

/// In Welsh.
pub static WELSH_JOBPOSTING: JobPostingWords = JobPostingWords {
    per_diem: "Tâl fesul diwrnod",
    temporary: "Dros dro",
    contractor: "Contractwr",
    intern: "Interniaeth",
    volunteer: "Gwirfoddol",
    or: " neu ",
    to: " i ",
    per_hour: " yr awr",
    per_day: " y dydd",
    per_week: " yr wythnos",
    per_month: " y mis",
    per_year: " y flwyddyn",
    remote: "Gweithio o bell",
    // "i drigolion {place}" (genitive) rather than "yn {place}", which would mutate the place.
    remote_in: ", i drigolion ",
    source: "Y JobPosting schema.org a gyhoeddwyd ar y dudalen",
    // The Welsh words, and the English ones, which careers pages in Wales often use.
    contract_words: &[
        "parhaol",
        "cyfnod penodol",
        "tymor penodol",
        "dros dro",
        "banc",
        "secondiad",
        "locwm",
        "prentisiaeth",
        "contract",
        "permanent",
        "fixed term",
        "temporary",
        "bank",
        "secondment",
        "locum",
        "apprenticeship",
    ],
};
