//! A line's rule as the employer edits it: the suggestion confirmed, a question chosen, the rule
//! made of parts and parts added or removed, and the empty reasons an essential line is given to
//! write.

use super::{Choice, Combine, Drafted};
use crate::state::rule::{is_unchosen, unchosen};
use eligibility_core::rules::{AnswerKind, Bank, OptionId, OptionSet, Question, Rule, Words};
use std::rc::Rc;

impl Drafted {
    /// Confirms the suggested rule (or takes it back). An essential line's rule starts with an
    /// empty reason for each answer that does not meet, for the employer to write.
    pub fn use_rule(&mut self, on: bool, bank: &Bank) {
        self.rule = match (on, &self.suggested) {
            (true, Some(rule)) => Some(self.with_reasons(rule.clone(), bank)),
            _ => None,
        };
    }

    /// Whether the rule in use is the one suggested, confirmed.
    pub fn uses_suggestion(&self) -> bool {
        self.rule.is_some() && self.suggested.is_some()
    }

    /// Decides the line (or, with `part`, that part of its rule) by `question`: a rule of the
    /// kind its answer takes. No question leaves the line without a rule, and a part to choose
    /// one for.
    pub fn choose_question(&mut self, part: Option<usize>, question: &str, bank: &Bank) {
        let before = match part {
            None => self.rule.take(),
            Some(_) => self.rule_at(part).map(|r| std::mem::replace(r, unchosen())),
        };
        let chosen = bank
            .question(question)
            .map(|q| self.rule_on(q, before.as_ref(), bank));
        match (part, chosen) {
            (None, chosen) => self.rule = chosen,
            (Some(_), Some(chosen)) => {
                if let Some(rule) = self.rule_at(part) {
                    *rule = chosen;
                }
            }
            (Some(_), None) => {}
        }
    }

    /// The rule on `q`, in place of `before`.
    fn rule_on(&self, q: &Question, before: Option<&Rule>, bank: &Bank) -> Rule {
        let id = q.id.clone();
        // A question that offers the same answers keeps the ticks and reasons given.
        if let Some(Rule::AnswerIn { meets, reasons, .. }) = before {
            if meets.ids().iter().all(|o| q.kind.offers(o))
                && !matches!(q.kind, AnswerKind::MonthYear { .. })
                && !before.is_some_and(is_unchosen)
            {
                return Rule::AnswerIn {
                    question: id,
                    meets: meets.clone(),
                    reasons: reasons.clone(),
                };
            }
        }
        let rule = match &q.kind {
            AnswerKind::YesNo => Rule::AnswerIn {
                question: id,
                meets: OptionSet::new(vec![OptionId::new(AnswerKind::YES)]),
                reasons: Vec::new(),
            },
            AnswerKind::OneOf(_) => Rule::AnswerIn {
                question: id,
                meets: OptionSet::new(Vec::new()),
                reasons: Vec::new(),
            },
            AnswerKind::MonthYear { .. } => Rule::HasHappened {
                question: id,
                never_reason: None,
            },
        };
        self.with_reasons(rule, bank)
    }

    /// How the line's rule is made.
    pub fn combine(&self) -> Combine {
        match self.rule {
            Some(Rule::AnyOf(_)) => Combine::AnyOf,
            Some(Rule::AllOf(_)) => Combine::AllOf,
            _ => Combine::One,
        }
    }

    /// Makes the line's rule by one question or of parts, keeping what is chosen: a rule becomes
    /// the first part, before the parts set aside (or one to choose); parts become the first
    /// with a question, the others set aside.
    pub fn set_combine(&mut self, combine: Combine) {
        let aside = std::mem::take(&mut self.set_aside);
        let mut parts = match self.rule.take() {
            Some(Rule::AnyOf(parts) | Rule::AllOf(parts)) => parts,
            Some(rule) => std::iter::once(rule).chain(aside).collect(),
            None => aside,
        };
        while parts.len() < 2 {
            parts.push(unchosen());
        }
        self.rule = match combine {
            Combine::One => {
                let first = parts.iter().position(|p| !is_unchosen(p));
                let rule = first.map(|i| parts.remove(i));
                self.set_aside = parts;
                rule
            }
            Combine::AnyOf => Some(Rule::AnyOf(parts)),
            Combine::AllOf => Some(Rule::AllOf(parts)),
        };
    }

    /// Adds a part, its question to choose, to a rule of parts; the new part's index.
    pub fn add_part(&mut self) -> Option<usize> {
        match &mut self.rule {
            Some(Rule::AnyOf(parts) | Rule::AllOf(parts)) => {
                parts.push(unchosen());
                Some(parts.len() - 1)
            }
            _ => None,
        }
    }

    /// Removes the part at `part`. A rule left with one part is that part (a rule of parts has
    /// two or more), or none where its question is still to be chosen.
    pub fn remove_part(&mut self, part: usize) {
        if let Some(Rule::AnyOf(parts) | Rule::AllOf(parts)) = &mut self.rule {
            if part < parts.len() {
                parts.remove(part);
            }
            if parts.len() < 2 {
                self.rule = parts.pop().filter(|p| !is_unchosen(p));
            }
        }
    }

    /// `rule`, with an empty reason for each answer that does not meet where the line is
    /// essential: the reason the applicant reads is the employer's to write.
    fn with_reasons(&self, rule: Rule, bank: &Bank) -> Rule {
        if self.choice != Choice::Essential {
            return rule;
        }
        let empty = || Rc::new(Words::english(""));
        match rule {
            Rule::AnswerIn {
                question,
                meets,
                mut reasons,
            } => {
                let options = bank
                    .question(question.as_str())
                    .map(|q| q.kind.option_ids());
                for option in options.unwrap_or_default() {
                    if !meets.contains(&option) && !reasons.iter().any(|(o, _)| *o == option) {
                        reasons.push((option, empty()));
                    }
                }
                Rule::AnswerIn {
                    question,
                    meets,
                    reasons,
                }
            }
            Rule::HasHappened {
                question,
                never_reason,
            } => Rule::HasHappened {
                question,
                never_reason: never_reason.or_else(|| Some(empty())),
            },
            Rule::WithinMonths {
                question,
                months,
                never_reason,
            } => Rule::WithinMonths {
                question,
                months,
                never_reason: never_reason.or_else(|| Some(empty())),
            },
            Rule::AnyOf(parts) => Rule::AnyOf(
                parts
                    .into_iter()
                    .map(|p| self.with_reasons(p, bank))
                    .collect(),
            ),
            Rule::AllOf(parts) => Rule::AllOf(
                parts
                    .into_iter()
                    .map(|p| self.with_reasons(p, bank))
                    .collect(),
            ),
            rule @ Rule::MonthsSince { .. } => rule,
        }
    }

    /// The rule, or the part of it, that `part` names.
    pub fn rule_at(&mut self, part: Option<usize>) -> Option<&mut Rule> {
        match (self.rule.as_mut()?, part) {
            (Rule::AnyOf(parts) | Rule::AllOf(parts), Some(i)) => parts.get_mut(i),
            (rule, None) => Some(rule),
            (_, Some(_)) => None,
        }
    }
}
