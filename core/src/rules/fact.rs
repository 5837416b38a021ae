//! The facts a careers page's schema.org JobPosting gives as data (amounts, units, codes), as
//! the core reads them. The core keeps them as data; `text/` words them, in either language,
//! through [`Wording`].

/// Where the job is, as a JobPosting gives it (`jobLocation`, `jobLocationType`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Location {
    /// Each place, as the page writes it (its name and address, parts apart by ", ").
    pub places: Vec<String>,
    /// Done from home (`TELECOMMUTE`), by applicants living in these areas
    /// (`applicantLocationRequirements`; none named, anywhere).
    pub remote: Option<Vec<String>>,
}

/// An amount of pay, or the least and the most, from a JobPosting's `baseSalary`.
#[derive(Clone, Debug, PartialEq)]
pub struct Pay {
    /// The amount, or the least.
    pub min: f64,
    /// The most, where a range is given.
    pub max: Option<f64>,
    /// Its ISO 4217 code ("GBP"), where one is given.
    pub currency: Option<String>,
    /// What it is paid for, where `unitText` says.
    pub unit: Option<PayUnit>,
}

/// What an amount of pay is paid for (`unitText`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PayUnit {
    /// `HOUR`.
    Hour,
    /// `DAY`.
    Day,
    /// `WEEK`.
    Week,
    /// `MONTH`.
    Month,
    /// `YEAR`.
    Year,
}

/// One of a JobPosting's `employmentType`s: the hours, or the contract.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Employment {
    /// Hours: `FULL_TIME`.
    FullTime,
    /// Hours: `PART_TIME`.
    PartTime,
    /// Hours: `PER_DIEM`.
    PerDiem,
    /// A contract: `TEMPORARY`.
    Temporary,
    /// A contract: `CONTRACTOR`.
    Contractor,
    /// A contract: `INTERN`.
    Intern,
    /// A contract: `VOLUNTEER`.
    Volunteer,
    /// Written as text ("Permanent", "Full time, including bank holidays"), shown as written.
    Text(String),
}

/// How one language words these facts. `text/` implements it for each language's words, so that
/// the core can join a careers page to a criteria file without holding a word of its own.
pub trait Wording {
    /// Where the job is, as the applicant reads it ("Leeds or Remote").
    fn location(&self, location: &Location) -> String;
    /// The pay, as the applicant reads it ("£26,240 to £27,928 a year").
    fn pay(&self, pay: &Pay) -> String;
    /// The hours or the contract, any of these, as the applicant reads them
    /// ("Full time or Part time").
    fn employment(&self, any_of: &[Employment]) -> String;
    /// Where a JobPosting's facts came from, as its posting's `source`.
    fn jobposting_source(&self) -> &str;
    /// Words that, opening an `employmentType` written as text, make it a contract rather than
    /// hours: in lower case, without accents, words apart by one space ("permanent").
    fn contract_words(&self) -> &[&str];
}
