//! What can be wrong in a file, as data (a path and a [`ProblemKind`]), and the one place that
//! puts each kind into the words an editor reads.

use crate::json::{Json, Quoted};
use crate::rules::date::Date;
use crate::rules::model::PostingId;
use std::fmt;

/// One file's problems.
///
/// ```
/// use eligibility_core::builtin::{self, QUESTIONS};
/// use eligibility_core::rules::ProblemKind;
///
/// let (_, errors) = builtin::load(QUESTIONS, &[("postings/a.json", r#"{ "id": "Not An Id" }"#)]);
/// let error = &errors[0];
/// assert_eq!(error.file(), "postings/a.json");
/// assert_eq!(error.problems()[0].path, "id");
/// assert!(matches!(error.problems()[0].kind, ProblemKind::Expected { .. }));
/// assert_eq!(
///     error.to_string().lines().next().unwrap(),
///     r#"postings/a.json: id: expected an id of lower-case letters, digits, '-' and '_', like "lived_experience", found the text "Not An Id""#
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    file: String,
    problems: Vec<Problem>,
}

/// One problem in a file: where it is and what is wrong there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where in the file, as a JSON path such as `criteria[2].rule.months`; empty for the whole
    /// file.
    pub path: String,
    /// What is wrong; its `Display` gives the words.
    pub kind: ProblemKind,
}

/// What is wrong at a place in a file. Tests and tools match on these; people read their
/// `Display`, which says what was expected and what was found.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ProblemKind {
    /// The file is not JSON; `cause` says where and why.
    NotJson {
        /// The JSON reader's words, with the line and column.
        cause: String,
    },
    /// A field that must be given is not.
    Missing {
        /// What the field should hold.
        expected: Expected,
    },
    /// A value that is not what the field holds.
    Expected {
        /// What the field should hold.
        expected: Expected,
        /// What it holds.
        found: Found,
    },
    /// A list that must have something in it is empty.
    EmptyList {
        /// What the list should hold.
        expected: Expected,
    },
    /// A field the checker does not read, most often a misspelt one.
    UnknownField {
        /// The fields that belong here, in alphabetical order.
        known: Vec<&'static str>,
    },
    /// Display text holding a character that hides or reorders what is shown.
    HiddenCharacter {
        /// The character's code point.
        code: u32,
        /// Its place in the text, counted in characters from 1.
        at: usize,
    },
    /// An id given to something else before.
    Repeated {
        /// What the id must be unique among.
        among: Among,
        /// The id.
        id: String,
    },
    /// A question answered by choosing, with fewer than two options.
    TooFewOptions,
    /// A closing date before the published one.
    ClosesBeforePublished {
        /// The published date.
        published: Date,
        /// The closing date.
        closes: Date,
    },
    /// A posting with no essential criterion: nothing for the checker to check.
    NoEssentialCriterion,
    /// A shared criterion that itself uses a shared criterion.
    SharedUsesShared,
    /// Text given in English only, in a posting (or question bank) that gives Welsh for other text.
    NoWelsh,
    /// An essential criterion without a rule.
    EssentialWithoutRule,
    /// An after-offer check with a rule, which is never asked about.
    AfterOfferWithRule,
    /// A criterion the check does not ask about, with a rule.
    NotCheckedWithRule,
    /// A month rule on a question answered by choosing an option.
    NotMonthQuestion {
        /// The question's id.
        question: String,
    },
    /// An option rule on a question answered with a month.
    NotChoiceQuestion {
        /// The question's id.
        question: String,
    },
    /// A reason for an option that meets the criterion, which is never shown.
    ReasonForMeetingOption {
        /// The option's id.
        option: String,
    },
    /// A page asks to open a posting that did not load; the list is shown instead.
    UnknownPosting {
        /// The id asked for.
        found: String,
        /// How many postings loaded.
        loaded: usize,
        /// Their ids, when there are few enough to read (ten or fewer).
        ids: Vec<String>,
    },
    /// An entry names a JobPosting the page does not have.
    UnknownJobPosting {
        /// How it is named: `"identifier"` or `"url"`.
        by: &'static str,
        /// The ones the page has.
        known: Listed,
        /// The one named.
        found: String,
    },
    /// The file could not be used as given (an attribute, a fetch, a file on disk), in the words
    /// of what tried to read it.
    Unusable {
        /// What was expected and what happened.
        reason: String,
    },
}

/// What an id must be unique among.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Among {
    /// The postings loaded.
    Postings,
    /// A bank's questions.
    Questions,
    /// One question's options.
    Options,
    /// One posting's criteria.
    Criteria,
    /// A bank's shared criteria.
    SharedCriteria,
}

/// What a field should hold: the first half of "expected ..., found ...".
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Expected {
    /// An id: lower-case letters, digits, `-` and `_`.
    Id,
    /// Text an applicant reads.
    Text,
    /// A prompt for the applicant's notes, or `false`.
    Prompt,
    /// A date written `YYYY-MM-DD`.
    Date,
    /// A web address starting `https://`.
    WebAddress,
    /// A whole number of months, 1 to 1200.
    Months,
    /// A number of months, where none is given.
    MonthCount,
    /// A whole number of weeks, 1 to 520.
    Weeks,
    /// A month written `YYYY-MM`.
    Month,
    /// One of these words.
    OneOf(&'static [&'static str]),
    /// One thing, written as an object.
    Object(Thing),
    /// A list of things.
    List(Things),
    /// How a question is answered.
    AnswerKind,
    /// The id of a criterion the question bank shares (none when it shares none).
    SharedCriterion(Listed),
    /// The id of a question in the question bank.
    Question(Listed),
    /// The id of one of a question's options.
    OptionOf {
        /// The question.
        question: String,
        /// Its options.
        options: Listed,
    },
    /// The employer's reason, for each option that does not meet a criterion.
    Reasons,
    /// A file of questions and postings.
    Bundle,
    /// A JobPosting in the page, by its identifier or url.
    JobPosting,
    /// A JobPosting's `hiringOrganization`.
    Organization,
    /// A JobPosting's `jobLocation`.
    Place,
    /// A JobPosting's `baseSalary`.
    Salary,
    /// An amount of pay.
    Amount,
    /// A JobPosting's `datePosted` or `validThrough`.
    DateOrDateTime,
}

/// One thing a file holds, written as an object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Thing {
    /// The question bank.
    QuestionBank,
    /// A question.
    Question,
    /// How a question is answered.
    AnswerKind,
    /// An option of a question.
    Option,
    /// A posting.
    Posting,
    /// A criterion.
    Criterion,
    /// A criterion's rule.
    Rule,
    /// Text in English and Welsh.
    Words,
}

/// What a list holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Things {
    /// A bank's questions.
    Questions,
    /// The criteria a bank shares.
    SharedCriteria,
    /// A question's options.
    Options,
    /// A posting's criteria.
    Criteria,
    /// The options that meet a criterion.
    MeetingOptions,
    /// A file's postings.
    Postings,
}

/// What a field holds instead: the second half of "expected ..., found ...".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(Number),
    /// Text, its first 40 characters.
    Text(String),
    /// An id that names nothing, as given.
    Id(String),
    /// A list of so many items.
    List(usize),
    /// An object.
    Object,
}

/// A number as found in a file, compared by its bits.
#[derive(Clone, Copy, Debug)]
pub struct Number(pub f64);

impl PartialEq for Number {
    fn eq(&self, other: &Number) -> bool {
        self.0.to_bits() == other.0.to_bits()
    }
}

impl Eq for Number {}

/// Ids named in a message, as many as a person reads: the first few, then how many more, so that a
/// file of thousands never makes a message (or a problem) of thousands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Listed {
    /// The first few.
    pub first: Vec<String>,
    /// How many more there are.
    pub more: usize,
}

impl Listed {
    const SHOWN: usize = 5;

    /// The first few of `ids`, and how many more.
    pub fn of<'a>(ids: impl ExactSizeIterator<Item = &'a str>) -> Listed {
        let more = ids.len().saturating_sub(Listed::SHOWN);
        Listed {
            first: ids.take(Listed::SHOWN).map(str::to_owned).collect(),
            more,
        }
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.first.is_empty()
    }
}

impl Found {
    /// How a message names `json`: the text cut to its first 40 characters.
    pub fn of(json: &Json) -> Found {
        match json {
            Json::Null => Found::Null,
            Json::Bool(b) => Found::Bool(*b),
            Json::Number(n) => Found::Number(Number(*n)),
            Json::String(s) if s.chars().count() > 40 => {
                Found::Text(format!("{}...", s.chars().take(37).collect::<String>()))
            }
            Json::String(s) => Found::Text(s.clone()),
            Json::Array(items) => Found::List(items.len()),
            Json::Object(_) => Found::Object,
        }
    }
}

impl LoadError {
    /// One problem at `path` in `file` (empty for the whole file).
    pub fn new(file: &str, path: &str, kind: ProblemKind) -> LoadError {
        LoadError {
            file: file.to_owned(),
            problems: vec![Problem {
                path: path.to_owned(),
                kind,
            }],
        }
    }

    /// Every problem found in `file`, in file order.
    pub(super) fn all(file: &str, problems: Vec<Problem>) -> LoadError {
        LoadError {
            file: file.to_owned(),
            problems,
        }
    }

    /// A file that could not be read as JSON at all; `cause` is the JSON reader's message.
    pub fn not_json(file: &str, cause: &str) -> LoadError {
        LoadError::new(
            file,
            "",
            ProblemKind::NotJson {
                cause: cause.to_owned(),
            },
        )
    }

    /// A file that could not be used as given; `reason` says what was expected and what happened.
    pub fn unusable(file: &str, reason: String) -> LoadError {
        LoadError::new(file, "", ProblemKind::Unusable { reason })
    }

    /// A posting whose id another posting loaded before it already has.
    pub fn duplicate_posting(file: &str, id: &PostingId) -> LoadError {
        let kind = ProblemKind::Repeated {
            among: Among::Postings,
            id: id.as_str().to_owned(),
        };
        LoadError::new(file, "id", kind)
    }

    /// The same problems, for a posting or question bank found at `prefix` inside a larger file
    /// (`postings[2]`): every path gains that prefix.
    pub fn within(mut self, prefix: &str) -> LoadError {
        for problem in &mut self.problems {
            problem.path = if problem.path.is_empty() {
                prefix.to_owned()
            } else {
                format!("{prefix}.{}", problem.path)
            };
        }
        self
    }

    /// The file the problems are in, as it was named when loaded.
    pub fn file(&self) -> &str {
        &self.file
    }

    /// Every problem found, in file order.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ProblemKind::*;
        match self {
            NotJson { cause } => {
                write!(f, "expected a JSON document, but it is not valid JSON: {cause}")
            }
            Missing { expected } => write!(f, "this field is missing: expected {expected}"),
            Expected { expected, found } => write!(f, "expected {expected}, found {found}"),
            EmptyList { expected } => write!(f, "expected {expected}, found an empty list"),
            UnknownField { known } => write!(
                f,
                "this field is not one the checker knows: expected one of {}",
                known.join(", ")
            ),
            HiddenCharacter { code, at } => write!(
                f,
                "expected text without control characters or direction overrides, \
                 found U+{code:04X} at character {at}"
            ),
            Repeated { among: Among::Postings, id } => write!(
                f,
                "expected an id no other posting has, found {}, which an earlier posting already uses",
                Quoted(id)
            ),
            Repeated { among, id } => {
                let others = match among {
                    Among::Questions => "question",
                    Among::Options => "option of this question",
                    Among::Criteria => "criterion of this posting",
                    Among::SharedCriteria => "shared criterion",
                    Among::Postings => "posting",
                };
                write!(
                    f,
                    "expected an id no other {others} has, found {} a second time",
                    Quoted(id)
                )
            }
            TooFewOptions => f.write_str("expected at least two options to choose from"),
            ClosesBeforePublished { published, closes } => write!(
                f,
                "expected a closing date on or after the published date {published}, found {closes}"
            ),
            NoEssentialCriterion => f.write_str(
                "expected at least one criterion with \"class\": \"essential\": \
                 they are what the checker checks",
            ),
            SharedUsesShared => f.write_str(
                "expected a criterion written out in full: a shared criterion cannot use another",
            ),
            NoWelsh => f.write_str(
                "expected Welsh beside the English, as { \"en\": \"…\", \"cy\": \"…\" }: other text here \
                 is given in Welsh, and a Welsh page shows all of it or none",
            ),
            EssentialWithoutRule => f.write_str(
                "this field is missing: expected a rule, because an essential criterion decides the result",
            ),
            AfterOfferWithRule => f.write_str(
                "expected no rule: an after-offer check is shown as information and never asked about",
            ),
            NotCheckedWithRule => f.write_str(
                "expected no rule: a criterion the check does not ask about is named and never asked about",
            ),
            NotMonthQuestion { question } => write!(
                f,
                "expected a question answered with a month and year, but {} is answered by choosing an option",
                Quoted(question)
            ),
            NotChoiceQuestion { question } => write!(
                f,
                "expected a question answered by choosing an option, but {} is answered with a month and year",
                Quoted(question)
            ),
            ReasonForMeetingOption { option } => write!(
                f,
                "expected a reason only for options that do not meet the criterion, \
                 but {} is listed in \"meets\"",
                Quoted(option)
            ),
            UnknownPosting { found, loaded, ids } => {
                f.write_str("expected ")?;
                match loaded {
                    0 => f.write_str("the id of a posting, but none loaded")?,
                    n if ids.len() == *n => {
                        f.write_str("the id of a posting loaded (")?;
                        for (i, id) in ids.iter().enumerate() {
                            let comma = if i == 0 { "" } else { ", " };
                            write!(f, "{comma}{}", Quoted(id))?;
                        }
                        f.write_str(")")?;
                    }
                    n => write!(f, "the id of one of the {n} postings loaded")?,
                }
                write!(f, ", found {}, so the list of jobs is shown instead", Quoted(found))
            }
            UnknownJobPosting { by, known, found } if known.is_empty() => write!(
                f,
                "expected the {by} of a JobPosting in the page (the page has none), found {}",
                Quoted(found)
            ),
            UnknownJobPosting { by, known, found } => write!(
                f,
                "expected the {by} of a JobPosting in the page ({known}), found {}",
                Quoted(found)
            ),
            Unusable { reason } => f.write_str(reason),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "{}: {}", self.path, self.kind)
        }
    }
}

impl fmt::Display for LoadError {
    /// `postings/a.json: criteria[0].class: expected one of ...`, one line a problem.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.problems.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{}: {problem}", self.file)?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

impl fmt::Display for Listed {
    /// `a, b, c` or `a, b, c, d, e and 7 more`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.first.join(", "))?;
        if self.more > 0 {
            write!(f, " and {} more", self.more)?;
        }
        Ok(())
    }
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expected::Id => {
                f.write_str("an id of lower-case letters, digits, '-' and '_', like \"lived_experience\"")
            }
            Expected::Text => f.write_str("some text"),
            Expected::Date => f.write_str("a date written YYYY-MM-DD, like \"2025-09-16\""),
            Expected::Prompt => {
                f.write_str("some text, or false where there is nothing for the applicant to write")
            }
            Expected::WebAddress => f.write_str("a web address starting \"https://\""),
            Expected::Months => f.write_str("a whole number of months from 1 to 1200, like 12"),
            Expected::MonthCount => f.write_str("a whole number of months"),
            Expected::Weeks => f.write_str("a whole number of weeks from 1 to 520, like 8"),
            Expected::Month => f.write_str("a month written YYYY-MM, like \"2026-03\""),
            Expected::OneOf(words) => {
                f.write_str("one of ")?;
                for (i, word) in words.iter().enumerate() {
                    let comma = if i == 0 { "" } else { ", " };
                    write!(f, "{comma}{}", Quoted(word))?;
                }
                Ok(())
            }
            Expected::Object(thing) => {
                let thing = match thing {
                    Thing::QuestionBank => "a question bank",
                    Thing::Words => "text in English and Welsh",
                    Thing::Question => "a question",
                    Thing::AnswerKind => "how the question is answered",
                    Thing::Option => "an option",
                    Thing::Posting => "a posting",
                    Thing::Criterion => "a criterion",
                    Thing::Rule => "a rule",
                };
                write!(f, "{thing} written as an object {{ ... }}")
            }
            Expected::List(things) => {
                let things = match things {
                    Things::Questions => "questions",
                    Things::SharedCriteria => "criteria that postings can use by id",
                    Things::Options => "options, each with an id and a label",
                    Things::Criteria => "criteria",
                    Things::MeetingOptions => "the options that meet the criterion",
                    Things::Postings => "postings",
                };
                write!(f, "a list [ ... ] of {things}")
            }
            Expected::AnswerKind => f.write_str("how the question is answered"),
            Expected::SharedCriterion(shared) if shared.is_empty() => {
                f.write_str("the id of a shared criterion, but the question bank shares none")
            }
            Expected::SharedCriterion(shared) => {
                write!(f, "the id of a shared criterion ({shared})")
            }
            Expected::Question(known) => {
                write!(f, "the id of a question in the question bank ({known})")
            }
            Expected::OptionOf { question, options } => {
                write!(f, "an option of question {} ({options})", Quoted(question))
            }
            Expected::Reasons => f.write_str(
                "an object giving, for an option that does not meet the criterion, the employer's reason",
            ),
            Expected::Bundle => {
                f.write_str("an object { \"questions\": [ ... ], \"postings\": [ ... ] }")
            }
            Expected::Organization => {
                f.write_str("the employer's name, or an Organization with a \"name\"")
            }
            Expected::Place => f.write_str(
                "a Place with an \"address\" (or a list of them), or \"jobLocationType\": \"TELECOMMUTE\"",
            ),
            Expected::Salary => f.write_str(
                "a number, some text, or a MonetaryAmount whose \"value\" is a number or a QuantitativeValue",
            ),
            Expected::Amount => f.write_str("an amount of pay: a number from 0, like 26240"),
            Expected::DateOrDateTime => {
                f.write_str("a date written YYYY-MM-DD, or a date and time, like \"2026-03-18T00:00\"")
            }
            Expected::JobPosting => {
                f.write_str("the identifier of a JobPosting in the page (or \"jobposting_url\": its url)")
            }
        }
    }
}

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Found::Null => f.write_str("null"),
            Found::Bool(b) => write!(f, "{b}"),
            Found::Number(Number(n)) => {
                f.write_str("the number ")?;
                // As an editor would have written it, to six decimal places at most; one too
                // large to be meant as a count or a date is not written out.
                if !n.is_finite() || n.abs() >= 1e15 {
                    return f.write_str("too large to write out");
                }
                // In whole millionths, written with integers only: formatting a float would
                // bring its digit tables into the wasm. A -0 that rounding leaves is a plain 0.
                let whole = n.abs().trunc();
                let mut millionths = ((n.abs() - whole) * 1e6).round() as u32;
                let mut whole = whole as u64;
                if millionths == 1_000_000 {
                    (whole, millionths) = (whole + 1, 0);
                }
                if n.is_sign_negative() && (whole, millionths) != (0, 0) {
                    f.write_str("-")?;
                }
                write!(f, "{whole}")?;
                if millionths == 0 {
                    return Ok(());
                }
                let digits = format!("{millionths:06}");
                write!(f, ".{}", digits.trim_end_matches('0'))
            }
            Found::Text(s) => write!(f, "the text {}", Quoted(s)),
            Found::Id(id) => write!(f, "{}", Quoted(id)),
            Found::List(n) => write!(f, "a list of {n} item(s)"),
            Found::Object => f.write_str("an object { ... }"),
        }
    }
}
