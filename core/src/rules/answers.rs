//! The applicant's answers, checked against their questions as they are given.

use super::date::{Date, YearMonth};
use super::model::{AnswerKind, OptionId, Question, QuestionId};
use crate::json::Quoted;
use std::fmt;

/// One answer to one question.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    /// An option of a yes-or-no or one-of question.
    Choice(OptionId),
    /// The month something last happened, for a month-and-year question.
    Month(YearMonth),
    /// It has never happened, for a month-and-year question.
    Never,
    /// The applicant is not sure; any question takes it.
    NotSure,
}

/// The answers given so far, at most one a question. Held in memory only.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    /// Sorted by question id, each id once.
    by_question: Vec<Recorded>,
}

/// One answer as recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Recorded {
    /// The question's own id, shared with the question bank.
    question: QuestionId,
    answer: Answer,
}

impl Answers {
    /// No answers yet.
    pub fn new() -> Answers {
        Answers::default()
    }

    /// Records `answer` to `question`, replacing any earlier answer, once it is checked to be an
    /// answer the question takes and, for a month, not after `today`'s month.
    pub fn record(
        &mut self,
        question: &Question,
        answer: Answer,
        today: Date,
    ) -> Result<(), AnswerError> {
        check(question, &answer, today)?;
        let recorded = Recorded {
            question: question.id.clone(),
            answer,
        };
        match self.position(&question.id) {
            Ok(at) => self.by_question[at] = recorded,
            Err(at) => self.by_question.insert(at, recorded),
        }
        Ok(())
    }

    /// The same answers without the one to `question`: what is settled whatever that answer is.
    pub fn without(&self, question: &QuestionId) -> Answers {
        let mut answers = self.clone();
        if let Ok(at) = answers.position(question) {
            answers.by_question.remove(at);
        }
        answers
    }

    /// The answer to `question`, if there is one.
    pub fn get(&self, question: &QuestionId) -> Option<&Answer> {
        let at = self.position(question).ok()?;
        Some(&self.by_question[at].answer)
    }

    fn position(&self, question: &QuestionId) -> Result<usize, usize> {
        self.by_question
            .binary_search_by(|r| r.question.as_str().cmp(question.as_str()))
    }

    /// How many questions have an answer.
    pub fn len(&self) -> usize {
        self.by_question.len()
    }

    /// Whether no question has an answer.
    pub fn is_empty(&self) -> bool {
        self.by_question.is_empty()
    }

    /// The answers, by question id.
    pub fn iter(&self) -> impl Iterator<Item = (&QuestionId, &Answer)> {
        self.by_question.iter().map(|r| (&r.question, &r.answer))
    }
}

/// Why an answer was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerError {
    /// The month answered is after the current month: the question asks when something *last*
    /// happened, so a future month is a mistake in the answer, not an outcome.
    MonthInFuture {
        /// The question answered.
        question: QuestionId,
        /// The month given.
        month: YearMonth,
    },
    /// The answer is not one this question offers (an option of another question, a month for a
    /// yes-or-no question).
    NotOffered {
        /// The question answered.
        question: QuestionId,
        /// The answer given.
        answer: Answer,
    },
}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswerError::MonthInFuture { question, month } => {
                write!(f, "answer to {question}: {month} is in the future")
            }
            AnswerError::NotOffered { question, answer } => {
                write!(f, "answer to {question}: ")?;
                match answer {
                    Answer::Choice(id) => write!(f, "{}", Quoted(id.as_str()))?,
                    Answer::Month(month) => write!(f, "{month}")?,
                    Answer::Never => f.write_str("never")?,
                    Answer::NotSure => f.write_str("not sure")?,
                }
                f.write_str(" is not one of its answers")
            }
        }
    }
}

impl std::error::Error for AnswerError {}

/// Checks that `answer` is one `question` takes on `today`.
pub(crate) fn check(question: &Question, answer: &Answer, today: Date) -> Result<(), AnswerError> {
    let offered = match (&question.kind, answer) {
        (_, Answer::NotSure) => true,
        (AnswerKind::YesNo | AnswerKind::OneOf(_), Answer::Choice(option)) => {
            question.kind.offers(option)
        }
        (AnswerKind::MonthYear { .. }, Answer::Month(month)) => {
            check_month(&question.id, *month, today)?;
            true
        }
        (AnswerKind::MonthYear { .. }, Answer::Never) => true,
        (AnswerKind::YesNo | AnswerKind::OneOf(_), Answer::Month(_) | Answer::Never)
        | (AnswerKind::MonthYear { .. }, Answer::Choice(_)) => false,
    };
    if offered {
        Ok(())
    } else {
        Err(AnswerError::NotOffered {
            question: question.id.clone(),
            answer: answer.clone(),
        })
    }
}

/// Checks that a month answered to `question` is not after `today`'s month.
pub(crate) fn check_month(
    question: &QuestionId,
    month: YearMonth,
    today: Date,
) -> Result<(), AnswerError> {
    if month > today.year_month() {
        return Err(AnswerError::MonthInFuture {
            question: question.clone(),
            month,
        });
    }
    Ok(())
}
