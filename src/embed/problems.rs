//! Problems a page can have with the checker's attributes, for whoever set them: the applicant is
//! shown the list of jobs instead. They are the page's, not the postings': their words are here,
//! beside the embed that reads the attributes. And how every problem is put to the page's console,
//! where whoever looks after the page and its postings reads it: the applicant never does.

use eligibility_core::rules::load::problem::nearest;
use eligibility_core::rules::{Catalogue, LoadError, PostingId, Quoted};
use std::fmt;

/// What can be wrong with what a page's attributes ask of the postings loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PageProblem {
    /// The page asks to open a posting at once, and no posting loaded has that id.
    UnknownPosting {
        /// The id asked for.
        found: String,
        /// How many postings loaded.
        loaded: usize,
        /// Their ids, when there are few enough to read (ten or fewer).
        ids: Vec<String>,
    },
}

impl fmt::Display for PageProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PageProblem::UnknownPosting { found, loaded, ids } => {
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
                write!(
                    f,
                    ", found {}, so the list of jobs is shown instead",
                    Quoted(found)
                )?;
                match nearest(found, &ids.iter().map(String::as_str).collect::<Vec<_>>()) {
                    Some(meant) => write!(f, ": did you mean {}?", Quoted(meant)),
                    None => Ok(()),
                }
            }
        }
    }
}

/// How the page's console is told of `error`, the problems of one file (or attribute): what the
/// applicant was told instead, then each problem in short with its place, one a line. The full
/// words, with what to do, are the validator's (`docs/postings.md`): they would add kilobytes to
/// every applicant's first load for a message only a careers page's maintainer reads.
///
/// ```
/// use eligibility_checker::embed::problems::console_message;
/// use eligibility_core::rules::LoadError;
/// let error = LoadError::not_json("jobs.json", "expected a value at line 3, column 9");
/// assert_eq!(
///     console_message(&error),
///     "Eligibility checker: a problem with its postings (applicants are told only that jobs \
///      are missing). Each problem in short; the validator says each in full, with what to do:\n\
///      jobs.json: not valid JSON: expected a value at line 3, column 9"
/// );
/// ```
pub fn console_message(error: &LoadError) -> String {
    format!(
        "Eligibility checker: a problem with its postings (applicants are told only that jobs \
         are missing). Each problem in short; the validator says each in full, with what to do:\n{}",
        error.brief()
    )
}

/// The problem with a page asking to open posting `id` at once (by the attribute named
/// `attribute`), or `None` when there is such a posting. The applicant is shown the list
/// instead; this tells whoever set the attribute why.
pub fn unknown_posting(
    catalogue: &Catalogue,
    attribute: &str,
    id: &PostingId,
) -> Option<LoadError> {
    if catalogue.posting(id).is_some() {
        return None;
    }
    // Name the ids when there are few enough to read; a job board's thousands are not.
    let postings = catalogue.postings();
    let ids = match postings.len() {
        1..=10 => postings.iter().map(|p| p.id.as_str().to_owned()).collect(),
        _ => Vec::new(),
    };
    let problem = PageProblem::UnknownPosting {
        found: id.as_str().to_owned(),
        loaded: postings.len(),
        ids,
    };
    Some(LoadError::unusable(
        &format!("the {attribute} attribute"),
        problem.to_string(),
    ))
}
