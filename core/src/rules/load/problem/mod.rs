//! What can be wrong in a file, as data, each type with the one `Display` that puts it into the
//! words an editor reads: a [`LoadError`] names the file and holds its [`Problem`]s, each a JSON
//! path and a [`ProblemKind`] (in `kind`), which says what was [`Expected`] (in `expected`) and
//! what was [`Found`] (in `found`).

mod brief;
mod expected;
mod found;
mod kind;
mod nearest;
mod place;

pub use brief::{Brief, BriefProblems};
pub use expected::{Expected, Listed, Thing, Things};
pub use found::{Found, Number};
pub use kind::{Among, ProblemKind};
pub use nearest::{nearest, NEAREST_AMONG};
pub use place::item_paths;

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
    /// Where in the file, as a path such as `criteria[nvq].rule.months`: each item of a list named
    /// by its id where it has one no other item there has, else by its place counted from one
    /// (`meets[1]` is the first) ([`item_paths`]); empty for the whole file.
    pub path: String,
    /// What is wrong; its `Display` gives the words.
    pub kind: ProblemKind,
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

    /// A file that could not be read at all ([`crate::rules::Source`]'s problem): not JSON, or
    /// not fetched.
    pub fn unread(file: &str, kind: &ProblemKind) -> LoadError {
        LoadError::new(file, "", kind.clone())
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
    /// (`postings[leeds-peer-mentor]`): every path gains that prefix.
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
    /// `postings/a.json: criteria[nvq].class: expected one of ...`, one line a problem.
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
