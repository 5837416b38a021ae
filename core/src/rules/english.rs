//! A question or shared criterion in English only: how the loader tells a file's copy of a
//! built-in one (an English-only file copies the bank without its Welsh, as the all-or-none rule
//! for Welsh once made employers do) from one reworded under the same id.

use super::model::{Criterion, Evidence, Rule};
use super::question::{AnswerKind, ChoiceOption, Question};
use super::words::Words;
use std::rc::Rc;

/// The same thing with every text in English only.
pub(crate) trait InEnglish {
    /// A copy with the Welsh left out.
    fn in_english(&self) -> Self;
}

impl InEnglish for Words {
    fn in_english(&self) -> Words {
        Words::english(self.as_english())
    }
}

impl<T: InEnglish> InEnglish for Option<T> {
    fn in_english(&self) -> Option<T> {
        self.as_ref().map(InEnglish::in_english)
    }
}

impl<T: InEnglish> InEnglish for Rc<T> {
    fn in_english(&self) -> Rc<T> {
        Rc::new(T::in_english(self))
    }
}

impl InEnglish for Question {
    fn in_english(&self) -> Question {
        let kind = match &self.kind {
            AnswerKind::YesNo => AnswerKind::YesNo,
            AnswerKind::OneOf(options) => AnswerKind::OneOf(
                (options.iter())
                    .map(|o| ChoiceOption {
                        id: o.id.clone(),
                        label: o.label.in_english(),
                        hint: o.hint.in_english(),
                    })
                    .collect(),
            ),
            AnswerKind::MonthYear { never } => AnswerKind::MonthYear {
                never: never.in_english(),
            },
        };
        Question {
            id: self.id.clone(),
            text: self.text.in_english(),
            hint: self.hint.in_english(),
            short: self.short.in_english(),
            kind,
            not_sure: self.not_sure.in_english(),
        }
    }
}

impl InEnglish for Rule {
    fn in_english(&self) -> Rule {
        match self {
            Rule::AnswerIn {
                question,
                meets,
                reasons,
            } => Rule::AnswerIn {
                question: question.clone(),
                meets: meets.clone(),
                reasons: (reasons.iter())
                    .map(|(option, reason)| (option.clone(), reason.in_english()))
                    .collect(),
            },
            Rule::HasHappened {
                question,
                never_reason,
            } => Rule::HasHappened {
                question: question.clone(),
                never_reason: never_reason.in_english(),
            },
            Rule::WithinMonths {
                question,
                months,
                never_reason,
            } => Rule::WithinMonths {
                question: question.clone(),
                months: *months,
                never_reason: never_reason.in_english(),
            },
            Rule::MonthsSince { .. } => self.clone(),
            Rule::AnyOf(parts) => Rule::AnyOf(parts.iter().map(Rule::in_english).collect()),
            Rule::AllOf(parts) => Rule::AllOf(parts.iter().map(Rule::in_english).collect()),
        }
    }
}

impl InEnglish for Criterion {
    fn in_english(&self) -> Criterion {
        Criterion {
            id: self.id.clone(),
            summary: self.summary.in_english(),
            quote: self.quote.in_english(),
            detail: self.detail.in_english(),
            class: self.class,
            rule: self.rule.in_english(),
            evidence: match &self.evidence {
                Evidence::Prompt(words) => Evidence::Prompt(words.in_english()),
                other => other.clone(),
            },
        }
    }
}
