//! The applicant's notes for their application, and the question the page asks before clearing
//! the answers would delete them: notes are typed, not chosen, and nothing could bring them back.

use super::{HistoryStep, State, Trail};
use eligibility_core::rules::{CriterionId, PostingId};

/// What the applicant wrote under "Prepare your application", by posting and criterion. Like the
/// answers it is never stored or sent, and is forgotten with them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Notes(Vec<(PostingId, CriterionId, String)>);

impl Notes {
    /// The note for one criterion of one posting; empty where there is none.
    pub fn get(&self, posting: &PostingId, criterion: &CriterionId) -> &str {
        self.0
            .iter()
            .find(|(p, c, _)| p == posting && c == criterion)
            .map_or("", |(_, _, text)| text)
    }

    /// Whether there is any note at all.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every note, with its posting and criterion, in the order first written.
    pub fn iter(&self) -> impl Iterator<Item = (&PostingId, &CriterionId, &str)> {
        self.0.iter().map(|(p, c, text)| (p, c, text.as_str()))
    }

    /// The same notes with this one's text, kept as typed; an empty box is no note.
    pub(super) fn with(&self, posting: &PostingId, criterion: CriterionId, text: String) -> Notes {
        let mut notes: Vec<_> = (self.0.iter())
            .filter(|(p, c, _)| p != posting || *c != criterion)
            .cloned()
            .collect();
        if !text.is_empty() {
            notes.push((posting.clone(), criterion, text));
        }
        Notes(notes)
    }
}

/// What the applicant asked for that would delete their notes, while the page asks them first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wipe {
    /// "Start again", on a result.
    StartAgain,
    /// "Clear my answers", in the header of every page: announced once done.
    ClearAnswers,
}

impl State {
    /// `wipe` asked for: done at once where there is no note to lose. Otherwise the page asks
    /// first, in place of what it showed, with focus moved to the question: not a page turn, so
    /// no entry in the browser's history, and the browser's Back leaves the question unanswered.
    pub(super) fn wipe_or_ask(&self, wipe: Wipe) -> State {
        if self.notes.is_empty() {
            return self.wipe(wipe);
        }
        State {
            asking: Some(wipe),
            focus_turn: self.focus_turn + 1,
            trail: Trail {
                step: HistoryStep::Stay,
                ..self.trail.clone()
            },
            ..self.clone()
        }
    }

    /// Yes to the question: what was asked for is done.
    pub(super) fn confirm_wipe(&self) -> Option<State> {
        self.asking.map(|wipe| self.wipe(wipe))
    }

    /// No to the question: the page as it was, with focus back at its heading.
    pub(super) fn keep_notes(&self) -> Option<State> {
        self.asking.map(|_| State {
            asking: None,
            focus_turn: self.focus_turn + 1,
            trail: Trail {
                step: HistoryStep::Stay,
                ..self.trail.clone()
            },
            ..self.clone()
        })
    }

    fn wipe(&self, wipe: Wipe) -> State {
        self.start_again(wipe == Wipe::ClearAnswers)
    }
}
