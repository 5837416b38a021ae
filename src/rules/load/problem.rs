//! What can be wrong in a file, as data (a path and a [`ProblemKind`]), and the one place that
//! puts each kind into the words an editor reads.

use crate::rules::date::Date;
use crate::rules::json::Quoted;
use crate::rules::model::PostingId;
use std::borrow::Cow;
use std::fmt;

/// One file's problems.
///
/// ```
/// use eligibility_checker::builtin::{self, QUESTIONS};
/// use eligibility_checker::rules::ProblemKind;
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
        expected: Cow<'static, str>,
    },
    /// A value that is not what the field holds.
    Expected {
        /// What the field should hold.
        expected: Cow<'static, str>,
        /// What it holds, described.
        found: String,
    },
    /// A list that must have something in it is empty.
    EmptyList {
        /// What the list should hold.
        expected: Cow<'static, str>,
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
    /// An essential criterion without a rule.
    EssentialWithoutRule,
    /// An after-offer check with a rule, which is never asked about.
    AfterOfferWithRule,
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
        known: Vec<String>,
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
                    Among::SharedCriteria | Among::Postings => "shared criterion",
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
            EssentialWithoutRule => f.write_str(
                "this field is missing: expected a rule, because an essential criterion decides the result",
            ),
            AfterOfferWithRule => f.write_str(
                "expected no rule: an after-offer check is shown as information and never asked about",
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
            UnknownJobPosting { by, known, found } => {
                let known = if known.is_empty() {
                    "the page has none".to_owned()
                } else {
                    listed(known.iter().map(String::as_str))
                };
                write!(
                    f,
                    "expected the {by} of a JobPosting in the page ({known}), found {}",
                    Quoted(found)
                )
            }
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

/// Ids named in a message, as many as a person reads: the first few, then how many more, so that a
/// file of thousands never makes a message of thousands.
pub(crate) fn listed<'a>(ids: impl ExactSizeIterator<Item = &'a str>) -> String {
    const SHOWN: usize = 5;
    let total = ids.len();
    let shown: Vec<&str> = ids.take(SHOWN).collect();
    if total > SHOWN {
        format!("{} and {} more", shown.join(", "), total - SHOWN)
    } else {
        shown.join(", ")
    }
}
