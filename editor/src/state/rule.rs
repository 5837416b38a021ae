//! Edits to a rule as the employer makes them on the form: an answer ticked, a reason written,
//! the months typed, how a month answer decides it; and a part of a rule of parts whose question
//! is still to be chosen.

use super::lines::MonthKind;
use eligibility_core::draft::suggest::GP_ONLY;
use eligibility_core::rules::{OptionId, OptionSet, QuestionId, Rule, Words};
use std::rc::Rc;

/// Ticks or unticks `option` among the answers that meet; an essential line's unticked answer
/// gets an empty reason to write, a ticked one loses its reason.
pub fn tick(rule: &mut Rule, option: OptionId, on: bool, essential: bool) {
    if let Rule::AnswerIn { meets, reasons, .. } = rule {
        let mut ids = meets.ids().to_vec();
        ids.retain(|o| *o != option);
        if on {
            ids.push(option.clone());
            reasons.retain(|(o, _)| *o != option);
        } else if essential && !reasons.iter().any(|(o, _)| *o == option) {
            reasons.push((option, Rc::new(Words::english(""))));
        }
        *meets = OptionSet::new(ids);
    }
}

/// Sets the reason for `option` (or, with none, for "never").
pub fn set_reason(rule: &mut Rule, option: Option<OptionId>, text: String) {
    let words = Rc::new(Words::english(text));
    match (rule, option) {
        (Rule::AnswerIn { reasons, .. }, Some(option)) => {
            match reasons.iter_mut().find(|(o, _)| *o == option) {
                Some((_, reason)) => *reason = words,
                None => reasons.push((option, words)),
            }
        }
        (
            Rule::HasHappened { never_reason, .. } | Rule::WithinMonths { never_reason, .. },
            None,
        ) => *never_reason = Some(words),
        _ => {}
    }
}

/// Sets a rule's months from the number field: what is not a whole number is 0, which the
/// loader names. The built-in question of whether a GP was the only care names 12 months in its
/// words, so another number stops asking it.
pub fn set_months(rule: &mut Rule, text: &str) {
    let value = text.trim().parse::<u32>().unwrap_or(0);
    match rule {
        Rule::MonthsSince {
            months,
            unless_only,
            ..
        } => {
            *months = value;
            if value != 12 && unless_only.as_ref().map(QuestionId::as_str) == Some(GP_ONLY) {
                *unless_only = None;
            }
        }
        Rule::WithinMonths { months, .. } => *months = value,
        _ => {}
    }
}

/// Changes how a month answer decides the rule, keeping its question, months and reason.
pub fn set_month_kind(rule: &mut Rule, kind: MonthKind) {
    let (question, months, never_reason, unless_only) = match rule {
        Rule::MonthsSince {
            question,
            months,
            unless_only,
        } => (question.clone(), *months, None, unless_only.clone()),
        Rule::HasHappened {
            question,
            never_reason,
        } => (question.clone(), 12, never_reason.clone(), None),
        Rule::WithinMonths {
            question,
            months,
            never_reason,
        } => (question.clone(), *months, never_reason.clone(), None),
        _ => return,
    };
    *rule = match kind {
        MonthKind::MonthsSince => Rule::MonthsSince {
            question,
            months,
            unless_only,
        },
        MonthKind::HasHappened => Rule::HasHappened {
            question,
            never_reason,
        },
        MonthKind::Within => Rule::WithinMonths {
            question,
            months,
            never_reason,
        },
    };
}

/// The kind of a month rule.
pub fn month_kind(rule: &Rule) -> Option<MonthKind> {
    match rule {
        Rule::MonthsSince { .. } => Some(MonthKind::MonthsSince),
        Rule::HasHappened { .. } => Some(MonthKind::HasHappened),
        Rule::WithinMonths { .. } => Some(MonthKind::Within),
        _ => None,
    }
}

/// A part of a rule of parts whose question the employer has still to choose: a rule on no
/// question (an empty id), which the loader names on the part's question until one is chosen.
pub fn unchosen() -> Rule {
    Rule::AnswerIn {
        question: QuestionId::new(""),
        meets: OptionSet::new(Vec::new()),
        reasons: Vec::new(),
    }
}

/// Whether `rule` is a part whose question is still to be chosen ([`unchosen`]).
pub fn is_unchosen(rule: &Rule) -> bool {
    question_of(rule).is_some_and(|q| q.as_str().is_empty())
}

/// The question a rule (not a rule of parts) is on.
pub fn question_of(rule: &Rule) -> Option<&QuestionId> {
    match rule {
        Rule::AnswerIn { question, .. }
        | Rule::MonthsSince { question, .. }
        | Rule::HasHappened { question, .. }
        | Rule::WithinMonths { question, .. } => Some(question),
        Rule::AnyOf(_) | Rule::AllOf(_) => None,
    }
}
