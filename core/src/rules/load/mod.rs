//! Reading postings and questions from JSON, checking every field.
//!
//! A file with problems is reported whole: every problem, each with the file, the JSON path of the
//! field and what was expected there, in words for the person editing the file. A bad posting file
//! never stops the good ones from loading.
//!
//! [`problem`] says what can be wrong and in which words; the reader in `reader` checks fields one
//! by one; `bank` and `posting` read the two kinds of file with it.

mod address;
mod bank;
mod catalogue;
#[cfg(feature = "employer")]
mod example;
mod object;
mod posting;
pub mod problem;
mod reader;
mod rule;

pub use problem::{
    Among, Expected, Found, Listed, LoadError, Number, Problem, ProblemKind, Thing, Things,
};

use super::model::{Bank, Posting};
use crate::json::Json;
pub use address::{address_fault, host, is_web_address, AddressFault};
pub use posting::DEFAULT_OPEN_FOR_WEEKS;
use reader::Reader;
pub use reader::{NAME_LIMIT, TEXT_LIMIT};

/// Reads a question bank: `{ "questions": [ ... ], "criteria": [ ... ] }`, where the optional
/// `"criteria"` are those postings may use by id.
///
/// With a `base` bank (the built-in one, for a file of postings), the file's questions and shared
/// criteria are added to `base`'s, and may be left out. One whose id `base` already has is a
/// problem naming both files, unless it is the same as `base`'s, as a copy is: then `base`'s is
/// used. The file's own text gives Welsh for all or none; `base`'s Welsh is `base`'s.
pub fn bank(file: &str, json: &Json, base: Option<&Bank>) -> Result<Bank, LoadError> {
    let reader = Reader::default();
    let bank = reader.bank(json, base, file);
    reader.finish(file, bank)
}

/// Reads one posting, checking that its rules fit the questions in `bank` and that the criteria it
/// uses are among the bank's.
pub fn posting(file: &str, json: &Json, bank: &Bank) -> Result<Posting, LoadError> {
    joined_posting(file, json, bank, &[])
}

/// A criteria file's entry joined to a careers page's JobPosting: where the entry is in the file,
/// and the posting's fields the JobPosting gave.
pub(crate) struct Joined {
    /// How problems name the entry: its path in the criteria file (`postings[len-1]`).
    pub(crate) at: String,
    /// The fields the JobPosting gave. Their text is the page's, in the page's language, or the
    /// checker's wording of the page's data, in each of its languages: it is in either language,
    /// so it counts neither as the posting giving Welsh nor as Welsh it leaves out.
    pub(crate) from_page: Vec<String>,
    /// Where a problem in each of those fields is named: the JSON-LD block the JobPosting is in,
    /// and the path in it of the property the field was read from (`@graph[1].title`), in the
    /// order of `from_page`.
    pub(crate) named_at: Vec<(String, String)>,
}

impl Joined {
    /// The problems of the posting in the criteria file's entry at `prefix`: those in a field the
    /// JobPosting gave named in its JSON-LD block, where the employer fixes them (once, though the
    /// field holds the page's text twice, as English and as Welsh); the rest in the entry.
    pub(crate) fn name(&self, error: LoadError, prefix: &str) -> Vec<LoadError> {
        let mut named: Vec<LoadError> = Vec::new();
        let mut own = Vec::new();
        for problem in error.problems() {
            let field = problem.path.split(['.', '[']).next().unwrap_or_default();
            match self.from_page.iter().position(|f| f == field) {
                Some(i) => {
                    let (file, path) = &self.named_at[i];
                    let error = LoadError::new(file, path, problem.kind.clone());
                    // The page's text read as English and as Welsh gives the same problem twice.
                    // Compared as data, not by their words, which the page's code never carries.
                    if !named.contains(&error) {
                        named.push(error);
                    }
                }
                None => own.push(problem.clone()),
            }
        }
        if !own.is_empty() {
            named.push(LoadError::all(error.file(), own).within(prefix));
        }
        named
    }
}

/// [`posting`], for a posting whose fields `from_page` a careers page's JobPosting gave.
pub(crate) fn joined_posting(
    file: &str,
    json: &Json,
    bank: &Bank,
    from_page: &[String],
) -> Result<Posting, LoadError> {
    let reader = Reader::from_page(from_page);
    let posting = reader.posting(json, bank);
    reader.finish(file, posting)
}
