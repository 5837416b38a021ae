//! Rules suggested for a line of a person specification that names what a built-in question
//! asks, for the employer to confirm: a plain matcher of words and phrases, its letters folded as
//! search folds them ([`crate::rules::letters`]), so that "Lived Experience", "LIVED EXPERIENCE"
//! and "lived experience" are one.
//!
//! What it knows, each on the bank's question of that id (left out where the bank has none):
//!
//! | the line names | rule |
//! |---|---|
//! | lived experience ("lived experience", "personal experience of mental distress") | `answer_in` `lived_experience`: own; and as a carer, where it says so and not "alone" or "not"; and professional, likewise |
//! | inpatient services ("inpatient", "in-patient", "admitted to hospital") | `answer_in` `used_inpatient_services`: yes |
//! | time without services ("twelve months without using mental health services", "at least 2 years since") | `months_since` `last_used_services`, in months |
//! | services used recently ("used services in the last 5 years", "within the past 6 months") | `within_months` `last_used_services`, in months |
//! | services used at all ("experience of using mental health services") | `has_happened` `last_used_services` |
//! | sharing one's experience ("willing to share own life experiences") | `answer_in` `willing_to_share`: yes |
//! | an NVQ at a level ("NVQ level 2", "level 3 NVQ") | `answer_in` `nvq_level_<n>`: yes; where the bank has no such question, [`Proposal::NoQuestion`] |
//! | a DBS check ("DBS", "Disclosure and Barring Service", "CRB") | [`Proposal::AfterOffer`], checked by the employer later |
//! | a driving licence; able to travel | `answer_in` `driving_licence`, `able_to_travel`: yes |
//! | aged 18 or over | `answer_in` `aged_18_or_over`: yes |
//! | Welsh ("able to speak Welsh", "Welsh language skills") | `answer_in` `welsh_language`: yes |
//!
//! A line naming two of them is a rule of both parts: `any_of` where "or" stands between them ("a
//! full UK driving licence, or the ability to travel"), else `all_of`. A suggested rule gives no
//! reasons: they are the employer's words.

mod finders;
mod words;

use crate::rules::{AnswerKind, Bank, QuestionId, Rule};
use finders::FINDERS;
use std::ops::Range;
use words::Words;

/// A rule suggested for a line, and the line's words that led to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    /// What is suggested.
    pub proposal: Proposal,
    /// Where the words that led to it are in the line, as byte ranges, in order.
    pub because: Vec<Range<usize>>,
}

impl Suggestion {
    /// The words of `line` that led to it.
    pub fn words<'l>(&self, line: &'l str) -> Vec<&'l str> {
        self.because
            .iter()
            .map(|range| &line[range.clone()])
            .collect()
    }
}

/// What is suggested for a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Proposal {
    /// A rule on the bank's questions.
    Rule(Rule),
    /// A check the employer makes after an offer (a DBS check): a criterion with no rule.
    AfterOffer,
    /// The line names what a question of this id would ask, and the bank has no such question
    /// (an NVQ at a level it does not ask about): the employer writes one.
    NoQuestion(QuestionId),
}

/// The rule suggested for `line`, where it names what a question of `bank` asks.
pub fn suggest(line: &str, bank: &Bank) -> Option<Suggestion> {
    let words = Words::of(line);
    let mut found: Vec<Found> = Vec::new();
    let mut missing = None;
    for find in FINDERS {
        let Some(part) = find(&words) else {
            continue;
        };
        // One part a question, and a word to one part: "accessing inpatient mental health
        // services" is inpatient services, not also services used.
        let overlaps = |f: &Found| f.span.start < part.span.end && part.span.start < f.span.end;
        if found
            .iter()
            .any(|f| f.question == part.question || overlaps(f))
        {
            continue;
        }
        match fits(&part, bank) {
            true => found.push(ask_gp(part, bank)),
            false if part.missing_is_news => missing = missing.or(Some(part)),
            false => {}
        }
    }
    found.sort_by_key(|f| f.span.start);
    let span = |f: &Found| words.bytes(f.span.clone());
    let proposal = match found.as_slice() {
        [] => {
            if let Some(part) = missing {
                return Some(Suggestion {
                    because: vec![span(&part)],
                    proposal: Proposal::NoQuestion(QuestionId::new(part.question)),
                });
            }
            let dbs = words.find(&[&["dbs", "crb"]], 0).or_else(|| {
                let disclosure: &[&[&str]] = &[&["disclosure"], &["and"], &["barring"]];
                words.find(disclosure, 0)
            })?;
            return Some(Suggestion {
                proposal: Proposal::AfterOffer,
                because: vec![words.bytes(dbs)],
            });
        }
        [one] => one.rule.clone(),
        [first, second, ..] => {
            // The last "and" or "or" between the first two parts joins them ("of mental or
            // emotional distress and of accessing inpatient services": and).
            let between = &words.list[first.span.end..second.span.start];
            let joined = between
                .iter()
                .rev()
                .find(|w| w.folded == "and" || w.folded == "or");
            let parts = found.iter().map(|f| f.rule.clone()).collect();
            match joined {
                Some(word) if word.folded == "or" => Rule::AnyOf(parts),
                _ => Rule::AllOf(parts),
            }
        }
    };
    Some(Suggestion {
        proposal: Proposal::Rule(proposal),
        because: found.iter().map(span).collect(),
    })
}

/// A part of a rule found in a line: on which question, and at which of its words.
struct Found {
    question: &'static str,
    rule: Rule,
    /// Its words, counted in words.
    span: Range<usize>,
    /// Whether a bank without the question is told of ([`Proposal::NoQuestion`]): a question
    /// made up from the line's words, which the bank may well not have.
    missing_is_news: bool,
}

/// The bank's question of whether, in the last 12 months, the only care was a GP's or prescribed
/// medicine: its words name the 12 months.
pub const GP_ONLY: &str = "gp_or_medicine_only";

/// Twelve months without services, where the bank has the question, asks it where the month
/// would not meet: adverts seldom say whether a GP or prescribed medicine counts, and the
/// built-in postings ask (docs/postings.md, `unless_only`). Another length asks nothing: the
/// question's words say 12 months.
fn ask_gp(mut found: Found, bank: &Bank) -> Found {
    if let Rule::MonthsSince {
        unless_only,
        months: 12,
        ..
    } = &mut found.rule
    {
        if bank.question(GP_ONLY).is_some() {
            *unless_only = Some(QuestionId::new(GP_ONLY));
        }
    }
    found
}

/// Whether the rule's question is in the bank, and takes the answers it names.
fn fits(found: &Found, bank: &Bank) -> bool {
    let Some(question) = bank.question(found.question) else {
        return false;
    };
    match (&found.rule, &question.kind) {
        (Rule::AnswerIn { meets, .. }, AnswerKind::YesNo | AnswerKind::OneOf(_)) => {
            meets.ids().iter().all(|id| question.kind.offers(id))
        }
        (
            Rule::MonthsSince { .. } | Rule::WithinMonths { .. } | Rule::HasHappened { .. },
            AnswerKind::MonthYear { .. },
        ) => true,
        _ => false,
    }
}
