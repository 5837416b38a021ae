//! The employer's test cases, run against the draft: how each one's outcome differs from what
//! they expect, named in the form's words.

use eligibility_core::rules::example::{Difference, Outcome};
use eligibility_core::rules::{CriterionId, Posting};

/// How one test case ran.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ran {
    /// Its name.
    pub name: String,
    /// How its outcome differs from what the employer expects: none when it passes.
    pub differences: Vec<Differs>,
}

/// How a test case's outcome differs, for the words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Differs {
    /// Overall.
    Overall(Outcome, Outcome),
    /// Of a criterion, named by its summary: expected, found.
    Criterion(String, Outcome, Outcome),
    /// Otherwise, in the check's words.
    Other(String),
}

/// `posting`'s test cases run: each by its name, with how its outcome differs (a criterion named
/// by its summary).
pub(super) fn runs(posting: &Posting) -> Vec<Ran> {
    let summary = |id: &CriterionId| {
        let criterion = posting.criteria.iter().find(|c| c.id == *id);
        criterion.map_or_else(
            || id.as_str().to_owned(),
            |c| c.summary.as_english().to_owned(),
        )
    };
    posting
        .run_examples()
        .iter()
        .map(|run| Ran {
            name: run.example.name.clone(),
            differences: run
                .differences
                .iter()
                .map(|d| match d {
                    Difference::Overall { expected, found } => Differs::Overall(*expected, *found),
                    Difference::Criterion {
                        id,
                        expected,
                        found,
                    } => Differs::Criterion(summary(id), *expected, *found),
                    other => Differs::Other(other.to_string()),
                })
                .collect(),
        })
        .collect()
}
