//! The lines of a person specification, each what the employer makes of it, and the rule that
//! decides it as the employer edits it: ticks, reasons, months and the question.
//!
//! Here what a line is and what it becomes in the posting; the lines made from pasted text or an
//! opened file in `lines/split.rs`, and a line's rule edited in `lines/edit.rs`.

mod edit;
mod split;

pub use split::{of_criteria, slug, split};

use eligibility_core::rules::{Class, Criterion, CriterionId, Evidence, Rule, Words};
use eligibility_core::text::{EditorRuleWords, EditorWords};

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

impl Drafted {
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
