//! What is wrong at a place in a file ([`ProblemKind`]), and its words.

use super::{Expected, Found, Listed};
use crate::json::Quoted;
use crate::rules::date::Date;
use std::fmt;

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
        /// The name given. The known one most likely meant is worked out only where the words are
        /// wanted ([`ProblemKind::meant`]), so the applicant's page never carries the guessing.
        given: String,
    },
    /// Display text or a web address holding a character that hides or reorders what is shown.
    HiddenCharacter {
        /// The character's code point.
        code: u32,
        /// Its place in the text, counted in characters from 1.
        at: usize,
    },
    /// Text longer than its field allows (see `NAME_LIMIT` and `TEXT_LIMIT`).
    TooLong {
        /// Its length in characters, once trimmed.
        length: usize,
        /// The most the field allows.
        limit: usize,
    },
    /// A web address with a user name before its host, which goes to the host after the `@`.
    UserNameInAddress {
        /// The address.
        found: String,
        /// Where it goes.
        host: String,
    },
    /// A question or shared criterion a file adds to a question bank, with an id the bank already
    /// gives to a different one: the file's would silently stand in for the bank's.
    InBank {
        /// What the id is one of: [`Among::Questions`] or [`Among::SharedCriteria`].
        among: Among,
        /// The id.
        id: String,
        /// The file the bank's one is in, as it was named when loaded.
        file: String,
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
    /// A rule of parts with a single part: it is that part, written plainly.
    OnlyOnePart,
    /// A part of a rule of parts that has parts of its own.
    PartWithParts,
    /// A month rule on a question answered by choosing an option.
    NotMonthQuestion {
        /// The question's id.
        question: String,
    },
    /// A `months_since` rule's `unless_only` on a question not answered yes or no.
    NotYesNoQuestion {
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
    /// An entry names a JobPosting the page does not have.
    UnknownJobPosting {
        /// How it is named: `"identifier"` or `"url"`.
        by: &'static str,
        /// The ones the page has.
        known: Listed,
        /// The one named.
        found: String,
    },
    /// An example's name that an earlier example of the posting has: examples are named by it.
    #[cfg(feature = "employer")]
    RepeatedExample {
        /// The name.
        name: String,
    },
    /// A `months_since` rule of other than 12 months whose `unless_only` is the built-in question
    /// of whether a GP or prescribed medicine was the only care, whose words name 12 months.
    #[cfg(feature = "employer")]
    GpOnlyNotTwelveMonths {
        /// The rule's months.
        months: u32,
    },
    /// No `nation` given where the location names a place in another nation than England: the
    /// result would name England's urgent line.
    #[cfg(feature = "employer")]
    NationUnsaid {
        /// The nation the location names.
        told: crate::rules::Nation,
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

impl ProblemKind {
    /// What was most likely meant where it is near what was given: a misspelt field, id, option
    /// or word. Worked out only where the words are wanted, so the page never carries the guessing.
    pub fn meant(&self) -> Option<&str> {
        match self {
            ProblemKind::UnknownField { known, given } => super::nearest(given, known),
            ProblemKind::Expected {
                expected,
                found: Found::Text(given) | Found::Id(given),
            } if !given.is_empty() => expected.nearest(given),
            ProblemKind::UnknownJobPosting { known, .. } => known.nearest.as_deref(),
            _ => None,
        }
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
            Expected { expected, found } => {
                write!(f, "expected {expected}, found {found}")?;
                match self.meant() {
                    Some(meant) => write!(f, ": did you mean {}?", Quoted(meant)),
                    None => Ok(()),
                }
            }
            EmptyList { expected } => write!(f, "expected {expected}, found an empty list"),
            UnknownField { known, .. } => {
                f.write_str("this field is not one the checker knows")?;
                if let Some(meant) = self.meant() {
                    write!(f, " (did you mean {}?)", Quoted(meant))?;
                }
                write!(f, ": expected one of {}", known.join(", "))
            }
            HiddenCharacter { code, at } => write!(
                f,
                "expected text without control, invisible or direction characters, \
                 found U+{code:04X} at character {at}"
            ),
            TooLong { length, limit } => write!(
                f,
                "expected at most {limit} characters of text, found {length}"
            ),
            UserNameInAddress { found, host } => write!(
                f,
                "expected a web address with no user name before the host, found {}, which goes to {host}",
                Quoted(found)
            ),
            InBank { among, id, file } => {
                let (what, things) = match among {
                    Among::SharedCriteria => ("shared criterion", "shared criteria"),
                    Among::Questions
                    | Among::Options
                    | Among::Criteria
                    | Among::Postings => ("question", "questions"),
                };
                write!(
                    f,
                    "expected an id the {things} this file adds to do not use, found {}, which {file} \
                     already gives to a different {what}: give this one an id of its own, or leave \
                     it out to use the one in {file}",
                    Quoted(id)
                )
            }
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
                 is given in Welsh, and a Welsh page shows all of it or none (or give all of it in \
                 English only)",
            ),
            EssentialWithoutRule => f.write_str(
                "this field is missing: expected a rule, because an essential criterion decides the \
                 result; where the checker cannot ask about it, give \"class\": \"not_checked\" instead",
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
            NotYesNoQuestion { question } => write!(
                f,
                "expected a question answered yes or no, such as whether the only care was from a GP, but {} is not",
                Quoted(question)
            ),
            OnlyOnePart => f.write_str(
                "expected at least two parts: with one, write that part as the rule itself",
            ),
            PartWithParts => f.write_str(
                "expected a rule on one question: a part cannot have parts of its own",
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
            UnknownJobPosting { by, known, found } if known.is_empty() => write!(
                f,
                "expected the {by} of a JobPosting in the page (the page has none), found {}",
                Quoted(found)
            ),
            UnknownJobPosting { by, known, found } => {
                write!(
                    f,
                    "expected the {by} of a JobPosting in the page ({known}), found {}",
                    Quoted(found)
                )?;
                match self.meant() {
                    Some(meant) => write!(f, ": did you mean {}?", Quoted(meant)),
                    None => Ok(()),
                }
            }
            Unusable { reason } => f.write_str(reason),
            #[cfg(feature = "employer")]
            RepeatedExample { name } => write!(
                f,
                "expected a name no other example of this posting has, found {} a second time",
                Quoted(name)
            ),
            #[cfg(feature = "employer")]
            GpOnlyNotTwelveMonths { months } => write!(
                f,
                "expected \"unless_only\": {} only with \"months\": 12, because its question asks \
                 about the last 12 months, but \"months\" is {months}: make it 12, or leave out \
                 \"unless_only\" (a rule of another length names a yes-or-no question of its own, \
                 whose words give its period)",
                Quoted(crate::draft::suggest::GP_ONLY)
            ),
            #[cfg(feature = "employer")]
            NationUnsaid { told } => write!(
                f,
                "not given, and the location names a place in {}: give \"nation\": {}, or the \
                 result names England's urgent mental health line",
                told.name(),
                Quoted(told.id())
            ),
        }
    }
}
