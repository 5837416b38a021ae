//! The employer's own test cases, kept in the posting file (`"examples"`): answers an applicant
//! might give, on a given day, and the outcome the employer expects, overall and for any of the
//! criteria. The validator and the editor run them on every change ([`Posting::run_examples`]),
//! so that a change that flips one is seen at once.
//!
//! An example is judged on its own day (`"on"`), not on today: a rule of months counts from it.
//! The applicant's app never reads them (feature `employer`).
//!
//! ```
//! use eligibility_core::builtin::{self, QUESTIONS};
//!
//! let posting = r#"{
//!   "id": "peer-support", "title": "Peer Support Worker", "employer": "A Trust",
//!   "location": "Leeds", "apply_url": "https://example.org/apply", "source": "An advert",
//!   "criteria": [{
//!     "id": "lived-experience", "summary": "Lived experience of mental health problems",
//!     "class": "essential",
//!     "rule": { "kind": "answer_in", "question": "lived_experience", "meets": ["own"] }
//!   }],
//!   "examples": [{
//!     "name": "A carer only", "on": "2026-11-23",
//!     "answers": { "lived_experience": "carer_only" },
//!     "expect": { "overall": "not_met", "criteria": { "lived-experience": "met" } }
//!   }]
//! }"#;
//! let (catalogue, errors) = builtin::load(QUESTIONS, &[("peer-support.json", posting)]);
//! assert!(errors.is_empty(), "{errors:?}");
//! let runs = catalogue.postings()[0].run_examples();
//! assert!(!runs[0].passes());
//! assert_eq!(
//!     runs[0].differences[0].to_string(),
//!     "expected met, the check says not met: lived-experience"
//! );
//! ```

use super::answers::{AnswerError, Answers};
use super::date::Date;
use super::eval::{evaluate, Evaluation, Overall, Verdict};
use super::model::{CriterionId, Posting};
use crate::json::Quoted;
use std::fmt;

/// One of the employer's test cases.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Example {
    /// How the employer names it ("A carer only"), unique among the posting's examples.
    pub name: String,
    /// The day it is judged on, as today is for an applicant.
    pub on: Date,
    /// The answers, each one its question takes on that day.
    pub answers: Answers,
    /// What the employer expects of them.
    pub expect: Expect,
}

/// What an example expects: the outcome overall, and of some of the criteria, or all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expect {
    /// The outcome over the essential criteria.
    pub overall: Outcome,
    /// The outcome of each criterion named, by its id, in the file's order.
    pub criteria: Vec<(CriterionId, Outcome)>,
}

/// An outcome an example expects, of one criterion or overall.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// Met; overall, every essential criterion is.
    Met,
    /// Not met (now: waiting may meet it); overall, some essential criterion is not.
    NotMet,
    /// The answers cannot settle it ("not sure"): the employer can.
    NotSure,
    /// It depends on a day only the applicant knows (the month answered is exactly the months
    /// the rule counts); overall, nothing else is unsettled.
    DependsOnTheDay,
    /// Its question has no answer; overall, some essential criterion's has none.
    Unanswered,
}

impl Outcome {
    /// Every outcome, as posting files write them.
    pub const WORDS: &'static [&'static str] = &[
        "met",
        "not_met",
        "not_sure",
        "depends_on_the_day",
        "unanswered",
    ];

    /// The outcome as posting files write it.
    pub fn word(self) -> &'static str {
        match self {
            Outcome::Met => "met",
            Outcome::NotMet => "not_met",
            Outcome::NotSure => "not_sure",
            Outcome::DependsOnTheDay => "depends_on_the_day",
            Outcome::Unanswered => "unanswered",
        }
    }

    /// The outcome a posting file's `word` names.
    pub fn from_word(word: &str) -> Option<Outcome> {
        [
            Outcome::Met,
            Outcome::NotMet,
            Outcome::NotSure,
            Outcome::DependsOnTheDay,
            Outcome::Unanswered,
        ]
        .into_iter()
        .find(|o| o.word() == word)
    }

    /// A criterion's outcome: `None` for one the check does not decide (it has no rule).
    pub fn of(verdict: &Verdict) -> Option<Outcome> {
        match verdict {
            Verdict::Met(_) => Some(Outcome::Met),
            Verdict::NotMet(_) => Some(Outcome::NotMet),
            Verdict::NotSure(why) if why.depends_on_the_day() => Some(Outcome::DependsOnTheDay),
            Verdict::NotSure(_) => Some(Outcome::NotSure),
            Verdict::Unanswered => Some(Outcome::Unanswered),
            Verdict::Information => None,
        }
    }

    /// The outcome overall. Where some essential criteria are not sure and others depend on
    /// the day, it is not sure: the employer is the one to ask.
    pub fn overall(overall: &Overall) -> Outcome {
        match overall {
            Overall::MeetsAll => Outcome::Met,
            Overall::DoesNotMeet { .. } => Outcome::NotMet,
            Overall::NotSure { not_sure, .. } if not_sure.is_empty() => Outcome::DependsOnTheDay,
            Overall::NotSure { .. } => Outcome::NotSure,
            Overall::Incomplete { .. } => Outcome::Unanswered,
        }
    }
}

impl fmt::Display for Outcome {
    /// The outcome in words: "not met".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.word().replace('_', " "))
    }
}

/// How an example's outcome differs from what the employer expects.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Difference {
    /// Overall.
    Overall {
        /// What the example expects.
        expected: Outcome,
        /// What the check says.
        found: Outcome,
    },
    /// Of one criterion.
    Criterion {
        /// The criterion.
        id: CriterionId,
        /// What the example expects.
        expected: Outcome,
        /// What the check says.
        found: Outcome,
    },
    /// Of a criterion the posting no longer has, or no longer decides (it has no rule).
    NoCriterion {
        /// The criterion named.
        id: CriterionId,
        /// What the example expects.
        expected: Outcome,
    },
    /// The check refuses one of the example's answers, as it would refuse an applicant's.
    Refused(AnswerError),
}

impl fmt::Display for Difference {
    /// "expected not met, the check says met: lived-experience".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Difference::Overall { expected, found } => {
                write!(f, "overall: expected {expected}, the check says {found}")
            }
            Difference::Criterion {
                id,
                expected,
                found,
            } => write!(f, "expected {expected}, the check says {found}: {id}"),
            Difference::NoCriterion { id, expected } => write!(
                f,
                "expected {expected}, but the posting has no criterion {} that the check decides",
                Quoted(id.as_str())
            ),
            Difference::Refused(error) => write!(f, "the check refuses an answer: {error}"),
        }
    }
}

/// One example run: it passes when there is no difference.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run<'p> {
    /// The example.
    pub example: &'p Example,
    /// How the outcome differs from what it expects, overall first, then each criterion in the
    /// example's order.
    pub differences: Vec<Difference>,
}

impl Run<'_> {
    /// Whether the outcome is what the example expects.
    pub fn passes(&self) -> bool {
        self.differences.is_empty()
    }
}

impl Example {
    /// An example of `evaluation`, the check of `answers` on `on`, named `name`, that expects
    /// what it found: the outcome overall and of every criterion the check decides. What the
    /// editor keeps when the employer walks the preview as an applicant and keeps the result.
    pub fn kept(name: &str, on: Date, answers: &Answers, evaluation: &Evaluation) -> Example {
        let criteria = evaluation
            .criteria
            .iter()
            .filter_map(|a| Some((a.criterion.id.clone(), Outcome::of(&a.verdict)?)))
            .collect();
        Example {
            name: name.to_owned(),
            on,
            answers: answers.clone(),
            expect: Expect {
                overall: Outcome::overall(&evaluation.overall),
                criteria,
            },
        }
    }

    /// How a message names it in its posting: `examples["A carer only"]`.
    pub fn place(&self) -> String {
        format!("examples[{}]", Quoted(&self.name))
    }
}

/// Runs `example` on `posting`: how its outcome differs from what it expects.
pub fn run(posting: &Posting, example: &Example) -> Vec<Difference> {
    let evaluation = match evaluate(posting, &example.answers, example.on) {
        Ok(evaluation) => evaluation,
        Err(error) => return vec![Difference::Refused(error)],
    };
    let mut differences = Vec::new();
    let found = Outcome::overall(&evaluation.overall);
    if found != example.expect.overall {
        differences.push(Difference::Overall {
            expected: example.expect.overall,
            found,
        });
    }
    for (id, expected) in &example.expect.criteria {
        let verdict = evaluation.criteria.iter().find(|a| &a.criterion.id == id);
        match verdict.and_then(|a| Outcome::of(&a.verdict)) {
            Some(found) if found == *expected => {}
            Some(found) => differences.push(Difference::Criterion {
                id: id.clone(),
                expected: *expected,
                found,
            }),
            None => differences.push(Difference::NoCriterion {
                id: id.clone(),
                expected: *expected,
            }),
        }
    }
    differences
}

impl Posting {
    /// Runs each of the posting's examples, in order.
    pub fn run_examples(&self) -> Vec<Run<'_>> {
        self.examples
            .iter()
            .map(|example| Run {
                example,
                differences: run(self, example),
            })
            .collect()
    }
}
