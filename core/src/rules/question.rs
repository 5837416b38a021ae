//! A question the applicant may be asked, and the kinds of answer it takes.

use super::ids::{OptionId, QuestionId};
use super::words::Words;

/// One question the applicant may be asked, shared by every posting that refers to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    /// How criteria refer to this question.
    pub id: QuestionId,
    /// The question itself, shown as the page heading.
    pub text: Words,
    /// A line under the question that helps the applicant answer it.
    pub hint: Option<Words>,
    /// How a check-your-answers list names this question in a few words.
    pub short: Words,
    /// What kind of answer it takes.
    pub kind: AnswerKind,
    /// The wording of the "not sure" answer, when the question's own is better than the default.
    pub not_sure: Option<Words>,
}

/// The kinds of answer a question takes. Every kind may also be answered "not sure".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerKind {
    /// Yes or no; the options are [`AnswerKind::YES`] and [`AnswerKind::NO`].
    YesNo,
    /// One option of several, such as the routes to lived experience.
    OneOf(Vec<ChoiceOption>),
    /// A month and year in the past, or "never" (the label is the question's own words).
    MonthYear {
        /// The wording of the "never" answer, such as "I have never used mental health services".
        never: Words,
    },
}

impl AnswerKind {
    /// The option id of "yes" in a yes-or-no question.
    pub const YES: &'static str = "yes";
    /// The option id of "no" in a yes-or-no question.
    pub const NO: &'static str = "no";

    /// Whether this question offers option `id`.
    pub fn offers(&self, id: &OptionId) -> bool {
        match self {
            AnswerKind::YesNo => [Self::YES, Self::NO].contains(&id.as_str()),
            AnswerKind::OneOf(options) => options.iter().any(|o| &o.id == id),
            AnswerKind::MonthYear { .. } => false,
        }
    }

    /// The ids of the options a choice question offers; empty for a month-and-year question.
    pub fn option_ids(&self) -> Vec<OptionId> {
        match self {
            AnswerKind::YesNo => vec![OptionId::new(Self::YES), OptionId::new(Self::NO)],
            AnswerKind::OneOf(options) => options.iter().map(|o| o.id.clone()).collect(),
            AnswerKind::MonthYear { .. } => Vec::new(),
        }
    }
}

/// One option of a [`AnswerKind::OneOf`] question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChoiceOption {
    /// How rules refer to this option.
    pub id: OptionId,
    /// What the applicant reads beside the radio button.
    pub label: Words,
    /// A line under the label.
    pub hint: Option<Words>,
}
