//! The rules core: postings, questions, answers and the evaluation that joins them.
//!
//! It knows nothing of the page: no yew, no web-sys, no clock. Today's date is always an
//! argument, so every rule is tested natively and gives the same answer in any browser.
//!
//! ```
//! use eligibility_core::rules::{evaluate, Answer, Answers, Catalogue, Date, Overall, PostingId, QuestionId, YearMonth};
//! # let catalogue = eligibility_core::builtin::catalogue().0;
//! let today = Date::new(2026, 11, 23).unwrap();
//! let posting = catalogue.posting(&PostingId::new("kmpt-dartford-womens-picu-peer-support-worker")).unwrap();
//!
//! let mut answers = Answers::new();
//! let mut answer = |question: &str, answer: Answer| {
//!     let question = catalogue.question(&QuestionId::new(question)).unwrap();
//!     answers.record(question, answer, today).unwrap();
//! };
//! answer("lived_experience", Answer::Choice("own".into()));
//! answer("willing_to_share", Answer::Choice("yes".into()));
//! answer("last_used_services", Answer::Month(YearMonth::new(2025, 6).unwrap()));
//!
//! let evaluation = evaluate(posting, &answers, today).unwrap();
//! assert_eq!(evaluation.overall, Overall::MeetsAll);
//! ```

mod answers;
mod asked;
mod bank;
mod catalogue;
mod date;
mod english;
mod eval;
#[cfg(feature = "employer")]
pub mod example;
mod fact;
mod ids;
pub mod jsonld;
mod language;
pub mod load;
mod model;
mod nation;
mod outcome;
mod question;
mod search;
pub(crate) mod seen;
// The employers' editor's walk over a posting's texts: the applicant's app has no use for it.
#[cfg(feature = "employer")]
mod walk;
mod words;

pub use crate::json::{Json, Quoted};
pub use answers::{Answer, AnswerError, Answers};
pub use catalogue::{Catalogue, Source};
pub use date::{Date, YearMonth};
pub use eval::{evaluate, Assessed, Evaluation, Met, NotMet, NotSure, Overall, Verdict, Waiting};
pub use fact::{Employment, Location, Pay, PayUnit, Wording};
pub use language::Language;
pub use load::{
    Among, Expected, Found, Listed, LoadError, Number, Problem, ProblemKind, Thing, Things,
};
pub use model::{
    AnswerKind, Bank, ChoiceOption, Class, Criterion, CriterionId, Evidence, OptionId, OptionSet,
    Posting, PostingId, Question, QuestionId, Rule, WelshSkills,
};
pub use nation::Nation;
pub use outcome::CARER_ONLY;
pub use search::{letters, town, Facets, Filter, Hours};
#[cfg(feature = "employer")]
pub use walk::MapWords;
pub use words::Words;
