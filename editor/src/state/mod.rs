//! The editor's one State and its pure reducer.

use eligibility_core::builtin;
use eligibility_core::draft::spec::{self, Kind};
use eligibility_core::draft::suggest::{self, Proposal};
use eligibility_core::rules::Language;
use eligibility_core::text::EditorWords;
use std::rc::Rc;

/// What the employer makes of a line: the radio choice per line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// A criterion the checker asks about.
    Essential,
    /// Desirable: not asked.
    Desirable,
    /// Checked later by the employer (a DBS check).
    AfterOffer,
    /// Not asked by the check.
    NotAsked,
}

impl Choice {
    /// Every choice, in the order the radio group shows them.
    pub const ALL: [Choice; 4] = [
        Choice::Essential,
        Choice::Desirable,
        Choice::AfterOffer,
        Choice::NotAsked,
    ];

    /// The choice's words.
    pub fn words(self, words: &EditorWords) -> &'static str {
        match self {
            Choice::Essential => words.essential,
            Choice::Desirable => words.desirable,
            Choice::AfterOffer => words.after_offer,
            Choice::NotAsked => words.not_asked,
        }
    }

    /// The value of its radio button.
    pub fn value(self) -> &'static str {
        match self {
            Choice::Essential => "essential",
            Choice::Desirable => "desirable",
            Choice::AfterOffer => "after-offer",
            Choice::NotAsked => "not-asked",
        }
    }
}

/// One line of the pasted specification, with what the editor proposes for it.
#[derive(Clone, Debug, PartialEq)]
pub struct Drafted {
    /// The line, word for word.
    pub text: String,
    /// The kind chosen: first what the specification's heading says, then the employer's.
    pub choice: Choice,
    /// A suggested rule in words, and the words of the line that led to it.
    pub proposal: Option<(String, String)>,
    /// Whether the employer confirmed the suggested rule.
    pub use_rule: bool,
}

/// Everything the editor holds.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The language of the editor's words.
    pub language: Language,
    /// The pasted person specification.
    pub pasted: String,
    /// Its lines, once split.
    pub lines: Option<Vec<Drafted>>,
}

impl Default for State {
    fn default() -> Self {
        State {
            language: Language::English,
            pasted: String::new(),
            lines: None,
        }
    }
}

/// What the employer does.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Typed or pasted into the specification box.
    Paste(String),
    /// Pressed "Split into lines".
    Split,
    /// Chose a kind for the line at this index.
    Choose(usize, Choice),
    /// Ticked or unticked "Use this rule" on the line at this index.
    UseRule(usize, bool),
}

impl State {
    /// The state after `action`.
    pub fn reduce(mut self, action: Action) -> State {
        match action {
            Action::Paste(text) => self.pasted = text,
            Action::Split => self.lines = Some(self.split()),
            Action::Choose(i, choice) => {
                if let Some(line) = self.lines.as_mut().and_then(|l| l.get_mut(i)) {
                    line.choice = choice;
                }
            }
            Action::UseRule(i, on) => {
                if let Some(line) = self.lines.as_mut().and_then(|l| l.get_mut(i)) {
                    line.use_rule = on && line.proposal.is_some();
                }
            }
        }
        self
    }

    fn split(&self) -> Vec<Drafted> {
        let bank = builtin::standard_bank();
        let words = EditorWords::of(self.language);
        spec::split(&self.pasted)
            .into_iter()
            .map(|line| {
                let suggestion = suggest::suggest(&line.text, &bank);
                let after_offer =
                    matches!(&suggestion, Some(s) if s.proposal == Proposal::AfterOffer);
                let choice = match line.kind {
                    _ if after_offer => Choice::AfterOffer,
                    Kind::Essential => Choice::Essential,
                    Kind::Desirable => Choice::Desirable,
                    Kind::Unknown => Choice::NotAsked,
                };
                let proposal = suggestion.map(|s| words.suggestion(&line.text, &s, &bank));
                Drafted {
                    text: line.text,
                    choice,
                    proposal,
                    use_rule: false,
                }
            })
            .collect()
    }
}

// Yew's reducer hook runs the pure reducer above.
impl yew::Reducible for State {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new((*self).clone().reduce(action))
    }
}
