//! The lines a draft starts from: those of a pasted person specification, each with the kind its
//! heading gives and any rule suggested, or an opened posting's criteria; and an id from a line's
//! words.

use super::{Choice, Drafted};
use eligibility_core::draft::spec::{self, Kind};
use eligibility_core::draft::suggest::{self, Proposal};
use eligibility_core::rules::{Bank, Class, Criterion};
use eligibility_core::text::EditorWords;

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
