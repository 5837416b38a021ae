//! A written question as the form holds it, as typed, and the question it makes: a file's
//! Welsh, hints and few words kept for each text left as it was.

use super::ids::option_slug;
use eligibility_core::rules::{AnswerKind, ChoiceOption, OptionId, Question, QuestionId, Words};

/// The kind of answer a written question takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Asks {
    /// Yes or No.
    YesNo,
    /// One of several answers, each written by the employer.
    OneOf,
    /// A month and year, or "never".
    Month,
}

impl Asks {
    /// Every kind, in the order the form offers them.
    pub const ALL: [Asks; 3] = [Asks::YesNo, Asks::OneOf, Asks::Month];

    /// The value of its radio button.
    pub fn value(self) -> &'static str {
        match self {
            Asks::YesNo => "yes-no",
            Asks::OneOf => "one-of",
            Asks::Month => "month",
        }
    }
}

/// One answer of a one-of-several question, as typed.
#[derive(Clone, Debug, PartialEq)]
pub struct WrittenAnswer {
    /// The id a file gave it, kept; none for one written here (made from its words).
    pub id: Option<OptionId>,
    /// Its label, as typed.
    pub label: String,
    /// The option a file gave, for its Welsh and hint.
    pub base: Option<ChoiceOption>,
}

/// A question the employer writes, as typed.
#[derive(Clone, Debug, PartialEq)]
pub struct Written {
    /// Its id: made from its words, or the one a file gave it.
    pub id: QuestionId,
    /// Whether the id is a file's, kept as it is.
    pub kept: bool,
    /// The question as applicants read it.
    pub text: String,
    /// The line under it (empty: none).
    pub hint: String,
    /// The kind of answer.
    pub asks: Asks,
    /// The answers of a one-of-several question (kept while another kind is chosen).
    pub answers: Vec<WrittenAnswer>,
    /// What "never" is called, for a month question.
    pub never: String,
    /// The question a file gave, for what the form does not show (its Welsh, `short`,
    /// `not_sure`).
    pub base: Option<Question>,
}

/// `old`'s words where the English is unchanged (with any Welsh), else `new`'s in English.
fn keep(old: Option<&Words>, new: &str) -> Words {
    match old {
        Some(old) if old.as_english() == new.trim() => old.clone(),
        _ => Words::english(new.trim()),
    }
}

impl Written {
    /// A new question, with id `id`, that asks Yes or No.
    pub(super) fn new(id: QuestionId) -> Written {
        Written {
            id,
            kept: false,
            text: String::new(),
            hint: String::new(),
            asks: Asks::YesNo,
            answers: Vec::new(),
            never: String::new(),
            base: None,
        }
    }

    /// A file's own question, to edit.
    pub(super) fn of(question: &Question) -> Written {
        let (asks, answers, never) = match &question.kind {
            AnswerKind::YesNo => (Asks::YesNo, Vec::new(), String::new()),
            AnswerKind::OneOf(options) => {
                let answers = options.iter().map(|o| WrittenAnswer {
                    id: Some(o.id.clone()),
                    label: o.label.as_english().to_owned(),
                    base: Some(o.clone()),
                });
                (Asks::OneOf, answers.collect(), String::new())
            }
            AnswerKind::MonthYear { never } => {
                (Asks::Month, Vec::new(), never.as_english().to_owned())
            }
        };
        Written {
            id: question.id.clone(),
            kept: true,
            text: question.text.as_english().to_owned(),
            hint: question
                .hint
                .as_ref()
                .map_or(String::new(), |h| h.as_english().to_owned()),
            asks,
            answers,
            never,
            base: Some(question.clone()),
        }
    }

    /// The ids of its answers: a file's, else made from the words (the answer's place where it
    /// has none).
    pub fn option_ids(&self) -> Vec<OptionId> {
        let ids = self.answers.iter().enumerate().map(|(i, a)| {
            a.id.clone()
                .unwrap_or_else(|| OptionId::new(option_slug(&a.label, i)))
        });
        ids.collect()
    }

    /// The question the form makes: a file's Welsh kept for each text left as it was.
    pub fn question(&self) -> Question {
        let base = self.base.as_ref();
        let short = match base {
            // A file's own few words for it, where they are not the question itself.
            Some(b) if b.short.as_english() != b.text.as_english() => b.short.clone(),
            _ => keep(base.map(|b| &b.short), &self.text),
        };
        let kind = match self.asks {
            Asks::YesNo => AnswerKind::YesNo,
            Asks::OneOf => {
                let options = self.answers.iter().zip(self.option_ids());
                AnswerKind::OneOf(
                    options
                        .map(|(a, id)| ChoiceOption {
                            id,
                            label: keep(a.base.as_ref().map(|o| &o.label), &a.label),
                            hint: a.base.as_ref().and_then(|o| o.hint.clone()),
                        })
                        .collect(),
                )
            }
            Asks::Month => {
                let old = base.and_then(|b| match &b.kind {
                    AnswerKind::MonthYear { never } => Some(never),
                    _ => None,
                });
                AnswerKind::MonthYear {
                    never: keep(old, &self.never),
                }
            }
        };
        Question {
            id: self.id.clone(),
            text: keep(base.map(|b| &b.text), &self.text),
            hint: (!self.hint.trim().is_empty())
                .then(|| keep(base.and_then(|b| b.hint.as_ref()), &self.hint)),
            short,
            kind,
            not_sure: base.and_then(|b| b.not_sure.clone()),
        }
    }
}
