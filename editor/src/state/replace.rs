//! Asking before the employer's work is replaced: "Split into lines" again, or a file's posting
//! opened or picked over a form with changes not downloaded, waits for "Replace my work" or
//! "Keep my work".

use super::{lines, State};
use eligibility_core::rules::{Bank, Posting};
use eligibility_core::text::EditorWords;
use std::rc::Rc;

/// What would replace the employer's work, while they are asked.
#[derive(Clone, Debug, PartialEq)]
pub enum Replacing {
    /// The lines, split again from the pasted text.
    Lines,
    /// A posting from a file (named), with its questions.
    Posting(String, Rc<Posting>, Rc<Bank>),
}

/// Where the question is asked, and its answer said: under "Split into lines", or under "Open
/// a posting file".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Asked {
    /// Under "Split into lines".
    Split,
    /// Under "Open a posting file".
    File,
}

/// The employer's last answer, said where they were asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answered {
    /// They kept their work.
    Kept(Asked),
    /// The lines were made again.
    Lines,
    /// The file (named) is in the form.
    File(String),
}

impl Replacing {
    /// Where it is asked.
    pub fn asked(&self) -> Asked {
        match self {
            Replacing::Lines => Asked::Split,
            Replacing::Posting(..) => Asked::File,
        }
    }
}

impl Answered {
    /// Where it is said.
    pub fn asked(&self) -> Asked {
        match self {
            Answered::Kept(asked) => *asked,
            Answered::Lines => Asked::Split,
            Answered::File(_) => Asked::File,
        }
    }
}

impl State {
    /// Whether replacing the form now would lose work: lines made, and changed since the last
    /// download or opening.
    pub fn has_work_to_lose(&self) -> bool {
        self.unsaved && self.lines.is_some()
    }

    /// The state with `replacing` done, or, where that would lose work, asking first.
    pub(super) fn replace_or_ask(mut self, replacing: Replacing) -> State {
        if self.has_work_to_lose() {
            self.replacing = Some(replacing);
            self
        } else {
            self.replace(replacing)
        }
    }

    /// The state with `replacing` done.
    pub(super) fn replace(mut self, replacing: Replacing) -> State {
        self.replacing = None;
        match replacing {
            Replacing::Lines => {
                let words = EditorWords::of(self.language);
                self.lines = Some(lines::split(&self.pasted, &self.bank, words));
                self.unsaved = true;
                self
            }
            Replacing::Posting(_, posting, bank) => {
                let mut state = self.edit(posting, bank);
                state.unsaved = false;
                state
            }
        }
    }

    /// The answer to the question on show: replace the work, or keep it.
    pub(super) fn answer(mut self, replace: bool) -> State {
        let Some(replacing) = self.replacing.take() else {
            return self;
        };
        if !replace {
            self.answered = Some(Answered::Kept(replacing.asked()));
            return self;
        }
        let answered = match &replacing {
            Replacing::Lines => Answered::Lines,
            Replacing::Posting(file, ..) => Answered::File(file.clone()),
        };
        let mut state = self.replace(replacing);
        state.answered = Some(answered);
        state
    }
}
