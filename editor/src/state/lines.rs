//! The lines of a person specification, each what the employer makes of it, and the rule that
//! decides it as the employer edits it: ticks, reasons, months and the question.

use super::rule::{is_unchosen, unchosen};
use eligibility_core::draft::spec::{self, Kind};
use eligibility_core::draft::suggest::{self, Proposal};
use eligibility_core::rules::{
    AnswerKind, Bank, Class, Criterion, CriterionId, Evidence, OptionId, OptionSet, Question, Rule,
    Words,
};
use eligibility_core::text::{EditorRuleWords, EditorWords};
use std::rc::Rc;

/// What the employer makes of a line: the radio choice per line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// A criterion the checker asks about.
    Essential,
    /// Desirable: asked where it has a rule, never stops anyone applying.
    Desirable,
    /// Checked later by the employer (a DBS check).
    AfterOffer,
    /// Named to the applicant, but not asked by the check.
    NotAsked,
    /// Not a requirement at all (a heading, the pay): left out of the posting.
    LeftOut,
}

impl Choice {
    /// Every choice, in the order the radio group shows them.
    pub const ALL: [Choice; 5] = [
        Choice::Essential,
        Choice::Desirable,
        Choice::AfterOffer,
        Choice::NotAsked,
        Choice::LeftOut,
    ];

    /// The choice's words.
    pub fn words(self, words: &EditorWords) -> &'static str {
        match self {
            Choice::Essential => words.essential,
            Choice::Desirable => words.desirable,
            Choice::AfterOffer => words.after_offer,
            Choice::NotAsked => words.not_asked,
            Choice::LeftOut => words.left_out,
        }
    }

    /// The value of its radio button.
    pub fn value(self) -> &'static str {
        match self {
            Choice::Essential => "essential",
            Choice::Desirable => "desirable",
            Choice::AfterOffer => "after-offer",
            Choice::NotAsked => "not-asked",
            Choice::LeftOut => "left-out",
        }
    }

    /// The criterion's class, for a line that is one.
    pub fn class(self) -> Option<Class> {
        match self {
            Choice::Essential => Some(Class::Essential),
            Choice::Desirable => Some(Class::Desirable),
            Choice::AfterOffer => Some(Class::AfterOffer),
            Choice::NotAsked => Some(Class::NotChecked),
            Choice::LeftOut => None,
        }
    }

    /// Whether a line of this kind is decided by a rule.
    pub fn has_rule(self) -> bool {
        matches!(self, Choice::Essential | Choice::Desirable)
    }
}

/// One line of the specification (or criterion of an opened file), and what the employer made
/// of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Drafted {
    /// The line, word for word: the criterion's quote.
    pub text: String,
    /// The kind chosen: first what the specification's heading says, then the employer's.
    pub choice: Choice,
    /// A suggested rule in words, and the words of the line that led to it.
    pub proposal: Option<(String, String)>,
    /// The rule suggested, for the employer to confirm.
    pub suggested: Option<Rule>,
    /// The rule in use, as edited: none until confirmed or a question is chosen.
    pub rule: Option<Rule>,
    /// The criterion an opened file gave, for what the form does not show (its id, detail and
    /// prompt).
    pub base: Option<Criterion>,
    /// Its summary, as typed: none until the employer types one.
    pub summary: Option<String>,
    /// The parts after the first, set aside when "One question decides it" was chosen, for a
    /// rule of parts chosen again: the arrow keys pass over that radio on the way.
    pub set_aside: Vec<Rule>,
}

/// Where in a line's rule an edit goes: the rule, or one of its parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct At {
    /// The line, counted from 0.
    pub line: usize,
    /// The part of a rule of parts, counted from 0.
    pub part: Option<usize>,
}

/// How a line's rule is made: by one question, or of parts, each on a question of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Combine {
    /// One question decides it.
    One,
    /// Met when any one of its parts is.
    AnyOf,
    /// Met only when every one of its parts is.
    AllOf,
}

impl Combine {
    /// Every way, in the order the radio group shows them.
    pub const ALL: [Combine; 3] = [Combine::One, Combine::AnyOf, Combine::AllOf];

    /// The way's words.
    pub fn words(self, words: &EditorRuleWords) -> &'static str {
        match self {
            Combine::One => words.combine_one,
            Combine::AnyOf => words.combine_any,
            Combine::AllOf => words.combine_all,
        }
    }

    /// The value of its radio button, and the end of its id.
    pub fn value(self) -> &'static str {
        match self {
            Combine::One => "one",
            Combine::AnyOf => "any",
            Combine::AllOf => "all",
        }
    }
}

/// How a month-and-year answer decides a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MonthKind {
    /// At least some months since.
    MonthsSince,
    /// It has happened.
    HasHappened,
    /// Within the last months.
    Within,
}

/// The lines of `pasted`, each with its kind and any rule proposed.
pub fn split(pasted: &str, bank: &Bank, words: &EditorWords) -> Vec<Drafted> {
    spec::split(pasted)
        .into_iter()
        .map(|line| {
            let suggestion = suggest::suggest(&line.text, bank);
            let after_offer = matches!(&suggestion, Some(s) if s.proposal == Proposal::AfterOffer);
            let choice = match line.kind {
                _ if after_offer => Choice::AfterOffer,
                Kind::Essential => Choice::Essential,
                Kind::Desirable => Choice::Desirable,
                Kind::Unknown => Choice::LeftOut,
            };
            let proposal = suggestion
                .as_ref()
                .map(|s| words.suggestion(&line.text, s, bank));
            let suggested = match suggestion.map(|s| s.proposal) {
                Some(Proposal::Rule(rule)) => Some(rule),
                _ => None,
            };
            Drafted {
                text: line.text,
                choice,
                proposal,
                suggested,
                rule: None,
                base: None,
                summary: None,
                set_aside: Vec::new(),
            }
        })
        .collect()
}

/// The lines of an opened posting: one a criterion, its rule in use.
pub fn of_criteria(criteria: &[Criterion]) -> Vec<Drafted> {
    criteria
        .iter()
        .map(|c| Drafted {
            text: c
                .quote
                .as_ref()
                .unwrap_or(&c.summary)
                .as_english()
                .to_owned(),
            choice: match c.class {
                Class::Essential => Choice::Essential,
                Class::Desirable => Choice::Desirable,
                Class::AfterOffer => Choice::AfterOffer,
                Class::NotChecked => Choice::NotAsked,
            },
            proposal: None,
            suggested: None,
            rule: c.rule.clone(),
            base: Some(c.clone()),
            summary: None,
            set_aside: Vec::new(),
        })
        .collect()
}

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

    /// The summary the applicant reads as the criterion's heading: as typed, else the file's,
    /// else the line's own words.
    pub fn summary_text(&self) -> &str {
        match (&self.summary, &self.base) {
            (Some(typed), _) => typed,
            (None, Some(base)) => base.summary.as_english(),
            (None, None) => &self.text,
        }
    }

    /// The criterion the line is, where it is one: `id` unless an opened file gave one.
    pub fn criterion(&self, id: &str) -> Option<Criterion> {
        let class = self.choice.class()?;
        let base = self.base.as_ref();
        let quote = match base.and_then(|b| b.quote.as_ref()) {
            Some(quote) if quote.as_english() == self.text => quote.clone(),
            _ => Words::english(&self.text),
        };
        Some(Criterion {
            id: base.map_or_else(|| CriterionId::new(id), |b| b.id.clone()),
            summary: match (&self.summary, base) {
                (Some(typed), Some(b)) if typed == b.summary.as_english() => b.summary.clone(),
                (Some(typed), _) => Words::english(typed.trim()),
                (None, Some(b)) => b.summary.clone(),
                (None, None) => quote.clone(),
            },
            quote: base.map_or(Some(quote), |b| b.quote.clone()),
            detail: base.and_then(|b| b.detail.clone()),
            class,
            rule: if self.choice.has_rule() {
                self.rule.clone()
            } else {
                None
            },
            evidence: base.map_or(Evidence::Example, |b| b.evidence.clone()),
        })
    }
}

/// An id for a criterion from its words: the first five words, lower case, joined by hyphens.
pub fn slug(text: &str) -> String {
    let words: Vec<String> = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(5)
        .map(str::to_ascii_lowercase)
        .collect();
    if words.is_empty() {
        "criterion".to_owned()
    } else {
        words.join("-")
    }
}
