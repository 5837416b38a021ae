//! What a field should hold ([`Expected`]), the first half of "expected ..., found ...", and the
//! things and lists it names, with their words.

use super::{nearest, NEAREST_AMONG};
use crate::json::Quoted;
use std::fmt;

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
    /// The id of a question the posting asks, for an example's answer.
    #[cfg(feature = "employer")]
    AskedQuestion(Listed),
    /// An answer to a choice question, in an example: one of its options, or `not_sure`.
    #[cfg(feature = "employer")]
    AnswerOf {
        /// The question.
        question: String,
        /// Its options, and `not_sure`.
        answers: Listed,
    },
    /// An answer to a month-and-year question, in an example: a month, `never` or `not_sure`.
    #[cfg(feature = "employer")]
    MonthAnswer {
        /// The question.
        question: String,
    },
    /// A month no later than this one, the month of the example's day: the question asks when
    /// something last happened.
    #[cfg(feature = "employer")]
    MonthBy(crate::rules::YearMonth),
    /// The id of one of the posting's criteria that the check decides (those with a rule), for
    /// what an example expects of it.
    #[cfg(feature = "employer")]
    DecidedCriterion(Listed),
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
    /// An example, the employer's test case.
    #[cfg(feature = "employer")]
    Example,
    /// An example's answers.
    #[cfg(feature = "employer")]
    Answers,
    /// What an example expects.
    #[cfg(feature = "employer")]
    Expect,
    /// What an example expects of each criterion.
    #[cfg(feature = "employer")]
    ExpectedCriteria,
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
    /// The parts of a rule met by any one of them, or only by all.
    RuleParts,
    /// A posting's examples, the employer's test cases.
    #[cfg(feature = "employer")]
    Examples,
}

/// Ids named in a message, as many as a person reads: the first few, then how many more, so that a
/// file of thousands never makes a message (or a problem) of thousands; and, where an id was
/// misspelt, the one of them nearest to it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Listed {
    /// The first few.
    pub first: Vec<String>,
    /// How many more there are.
    pub more: usize,
    /// The one nearest to the id found, where one is near enough to be what was meant
    /// ([`nearest`]). Worked out only with the `employer` feature (the validator, the editor),
    /// whose full words say it: the applicant's app puts problems to the console in short, and
    /// leaves the guessing out.
    pub nearest: Option<String>,
}

impl Listed {
    const SHOWN: usize = 5;

    /// The first few of `ids`, and how many more.
    pub fn of<'a>(ids: impl ExactSizeIterator<Item = &'a str>) -> Listed {
        let more = ids.len().saturating_sub(Listed::SHOWN);
        Listed {
            first: ids.take(Listed::SHOWN).map(str::to_owned).collect(),
            more,
            nearest: None,
        }
    }

    /// [`Listed::of`], with the one of `ids` nearest to `found`, the id given (all of them are
    /// looked at, not only the few named, where there are no more than [`NEAREST_AMONG`]: a
    /// message about thousands costs no more than one about five).
    pub fn near<'a>(ids: impl ExactSizeIterator<Item = &'a str> + Clone, found: &str) -> Listed {
        let nearest = match ids.len() {
            0..=NEAREST_AMONG if cfg!(feature = "employer") => {
                nearest(found, &ids.clone().collect::<Vec<_>>())
            }
            _ => None,
        };
        Listed {
            nearest: nearest.map(str::to_owned),
            ..Listed::of(ids)
        }
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.first.is_empty()
    }
}

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

impl Expected {
    /// What was most likely meant in place of `found`, where one of the things expected is near
    /// enough to it ([`nearest`]): a misspelt id or word.
    pub fn nearest<'a>(&'a self, found: &str) -> Option<&'a str> {
        match self {
            Expected::SharedCriterion(listed)
            | Expected::Question(listed)
            | Expected::OptionOf {
                options: listed, ..
            } => listed.nearest.as_deref(),
            #[cfg(feature = "employer")]
            Expected::AskedQuestion(listed)
            | Expected::AnswerOf {
                answers: listed, ..
            }
            | Expected::DecidedCriterion(listed) => listed.nearest.as_deref(),
            Expected::OneOf(words) => nearest(found, words),
            Expected::Id
            | Expected::Text
            | Expected::Prompt
            | Expected::Date
            | Expected::WebAddress
            | Expected::Months
            | Expected::MonthCount
            | Expected::Weeks
            | Expected::Month
            | Expected::Object(_)
            | Expected::List(_)
            | Expected::AnswerKind
            | Expected::Reasons
            | Expected::Bundle
            | Expected::JobPosting
            | Expected::Organization
            | Expected::Place
            | Expected::Salary
            | Expected::Amount
            | Expected::DateOrDateTime => None,
            #[cfg(feature = "employer")]
            Expected::MonthAnswer { .. } | Expected::MonthBy(_) => None,
        }
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
                    #[cfg(feature = "employer")]
                    Thing::Example => "an example",
                    #[cfg(feature = "employer")]
                    Thing::Answers => "the answers, each by its question's id,",
                    #[cfg(feature = "employer")]
                    Thing::Expect => "what the example expects, \"overall\" and of \"criteria\",",
                    #[cfg(feature = "employer")]
                    Thing::ExpectedCriteria => "the outcome of each criterion, by its id,",
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
                    Things::RuleParts => "rules, each on its own question",
                    #[cfg(feature = "employer")]
                    Things::Examples => {
                        "examples, each with a name, a day, answers and what it expects"
                    }
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
            #[cfg(feature = "employer")]
            Expected::AskedQuestion(asked) => {
                write!(f, "the id of a question this posting asks ({asked})")
            }
            #[cfg(feature = "employer")]
            Expected::AnswerOf { question, answers } => {
                write!(f, "an answer to question {} ({answers})", Quoted(question))
            }
            #[cfg(feature = "employer")]
            Expected::MonthAnswer { question } => write!(
                f,
                "an answer to question {}: a month written YYYY-MM, like \"2025-06\", or \"never\", or \"not_sure\"",
                Quoted(question)
            ),
            #[cfg(feature = "employer")]
            Expected::MonthBy(month) => write!(
                f,
                "a month no later than the example's day, {month} at the latest: the question asks when it last happened"
            ),
            #[cfg(feature = "employer")]
            Expected::DecidedCriterion(decided) => write!(
                f,
                "the id of one of this posting's criteria that the check decides ({decided})"
            ),
        }
    }
}
