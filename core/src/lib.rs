//! The checker's rules core: what a job posting asks, the questions that decide it, the
//! applicant's answers, the evaluation that joins them, and every word the applicant reads.
//!
//! It knows nothing of the page: no yew, no web-sys, no clock. Today's date is always an argument,
//! so every rule is tested natively and gives the same answer in any browser. The applicant's app,
//! the tools and (later) the employers' editor are built on it.
//!
//! - [`rules`]: postings, questions, answers and evaluation; loading and checking posting files.
//! - [`text`]: every word the applicant reads, in English and Welsh.
//! - [`json`]: the loader's JSON tree, and JSON text read into it, with one error type for people.
//! - [`builtin`]: the built-in postings and question bank, for tests and tools.
//! - [`draft`] (feature `employer`): what the employers' editor drafts a posting with: a pasted
//!   person specification split into lines, rules suggested for them, a posting written back as
//!   a file.
//! - [`synthetic`]: catalogues of any size, for tests and benchmarks.
//!
//! ```
//! use eligibility_core::rules::{evaluate, Answer, Answers, Date, Overall, PostingId, QuestionId, YearMonth};
//! let (catalogue, _problems) = eligibility_core::builtin::catalogue();
//! let today = Date::new(2026, 11, 23).unwrap();
//! let posting = catalogue.posting(&PostingId::new("kmpt-dartford-womens-picu-peer-support-worker")).unwrap();
//!
//! let mut answers = Answers::new();
//! for (question, answer) in [
//!     ("lived_experience", Answer::Choice("own".into())),
//!     ("willing_to_share", Answer::Choice("yes".into())),
//!     ("last_used_services", Answer::Month(YearMonth::new(2025, 6).unwrap())),
//! ] {
//!     let question = catalogue.question(&QuestionId::new(question)).unwrap();
//!     answers.record(question, answer, today).unwrap();
//! }
//!
//! let evaluation = evaluate(posting, &answers, today).unwrap();
//! assert_eq!(evaluation.overall, Overall::MeetsAll);
//! ```

#![warn(missing_docs)]

pub mod builtin;
#[cfg(feature = "employer")]
pub mod draft;
pub mod json;
pub mod rules;
pub mod synthetic;
pub mod text;
