//! The question bank: the questions postings ask, and the criteria they share, by id.

use super::{Criterion, Question};
use std::collections::HashMap;

/// What postings share, loaded from the question bank: the questions they ask, and criteria
/// written once that any posting may use by id (an employer's standard clause, say).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Bank {
    /// Every question, each with an id no other has.
    questions: Vec<Question>,
    /// Criteria a posting includes with `{ "use": "<id>" }`, each with an id no other has.
    criteria: Vec<Criterion>,
    /// Where each question and shared criterion is, by id: a posting's criteria find theirs in
    /// one look-up each, however large the bank. Keyed by text, as the loader's other tables are.
    question_at: HashMap<String, usize>,
    criterion_at: HashMap<String, usize>,
    /// How messages name the files its questions and shared criteria were read from, where it
    /// was loaded from files: a file that adds to the bank is told where an id it repeats is.
    source: String,
}

impl Bank {
    /// A bank of these questions and shared criteria. Where two share an id, the first is found.
    pub fn new(questions: Vec<Question>, criteria: Vec<Criterion>) -> Bank {
        let mut question_at = HashMap::with_capacity(questions.len());
        for (i, question) in questions.iter().enumerate() {
            question_at
                .entry(question.id.as_str().to_owned())
                .or_insert(i);
        }
        let mut criterion_at = HashMap::with_capacity(criteria.len());
        for (i, criterion) in criteria.iter().enumerate() {
            criterion_at
                .entry(criterion.id.as_str().to_owned())
                .or_insert(i);
        }
        Bank {
            questions,
            criteria,
            question_at,
            criterion_at,
            source: String::new(),
        }
    }

    /// The same questions with these shared criteria, all read from the files `source` names: the
    /// questions are moved, not copied, so that the rules read against them (the shared
    /// criteria's own) still find their options.
    pub(crate) fn with_criteria(self, criteria: Vec<Criterion>, source: String) -> Bank {
        Bank {
            source,
            ..Bank::new(self.questions, criteria)
        }
    }

    /// How messages name the files its questions and shared criteria were read from
    /// (`postings/questions.json`); empty for a bank made in code.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// Every question, in the bank's order.
    pub fn questions(&self) -> &[Question] {
        &self.questions
    }

    /// Every shared criterion, in the bank's order.
    pub fn criteria(&self) -> &[Criterion] {
        &self.criteria
    }

    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.question_at.get(id).map(|&i| &self.questions[i])
    }

    /// The shared criterion with this id.
    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criterion_at.get(id).map(|&i| &self.criteria[i])
    }
}
