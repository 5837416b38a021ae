//! Reading postings and questions from JSON, checking every field.
//!
//! A file with problems is reported whole: every problem, each with the file, the JSON path of the
//! field and what was expected there, in words for the person editing the file. A bad posting file
//! never stops the good ones from loading.
//!
//! [`problem`] says what can be wrong and in which words; the reader in `reader` checks fields one
//! by one; `bank` and `posting` read the two kinds of file with it.

mod bank;
mod catalogue;
mod object;
mod posting;
pub mod problem;
mod reader;

pub use problem::{
    Among, Expected, Found, Listed, LoadError, Number, Problem, ProblemKind, Thing, Things,
};

use super::model::{Bank, Posting};
use crate::json::Json;
pub use reader::is_web_address;
use reader::Reader;

/// Reads a question bank: `{ "questions": [ ... ], "criteria": [ ... ] }`, where the optional
/// `"criteria"` are those postings may use by id.
///
/// With a `base` bank (the built-in one, for a file of postings that brings its own shared
/// criteria), `"questions"` may be left out: the bank then has `base`'s questions and shared
/// criteria, and its own criteria besides. A file that gives its own questions shares only its own
/// criteria, since `base`'s may ask questions it does not have.
pub fn bank(file: &str, json: &Json, base: Option<&Bank>) -> Result<Bank, LoadError> {
    let reader = Reader::default();
    let bank = reader.bank(json, base);
    reader.finish(file, bank)
}

/// Reads one posting, checking that its rules fit the questions in `bank` and that the criteria it
/// uses are among the bank's.
pub fn posting(file: &str, json: &Json, bank: &Bank) -> Result<Posting, LoadError> {
    let reader = Reader::default();
    let posting = reader.posting(json, bank);
    reader.finish(file, posting)
}
