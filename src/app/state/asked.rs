//! The flow over the questions the answers ask: a question asked only after some answers (whether
//! the only care was from a GP, after a month too recent) is stepped over where they do not ask it.

use super::State;
use eligibility_core::rules::PostingId;

impl State {
    /// The question of `posting` asked before the one at `index`, skipping those the answers do
    /// not ask; `None` before the first.
    pub(super) fn asked_before(&self, posting: &PostingId, index: usize) -> Option<usize> {
        let p = self.catalogue.posting(posting)?;
        p.asked(&self.answers, self.today)
            .into_iter()
            .rfind(|&i| i < index)
    }
}
