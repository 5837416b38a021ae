//! What the applicant is told of postings that could not be loaded: one plain sentence, never a
//! file, a field or a developer's message. Those go to the page's console (the embed) and to the
//! validator, where whoever looks after the postings reads them.

use eligibility_core::rules::LoadError;
use eligibility_core::text::Text;
use yew::prelude::*;

/// What loading left out, as it matters to the applicant.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Missing {
    /// Everything loaded.
    #[default]
    Nothing,
    /// Some postings could not be loaded; the others are listed.
    Some,
    /// No posting could be loaded at all: a file that is not JSON, or could not be fetched.
    All,
    /// The page asked to open a posting that none loaded has: the list is shown instead.
    Posting,
}

impl Missing {
    /// What the applicant is told, given how many postings loaded, the problems found loading
    /// them, and whether the page asked to open one that none has. Nothing loaded at all says so
    /// before anything else; a posting asked for and not there says so before postings missing,
    /// as it is what the applicant came for.
    pub fn of(loaded: usize, problems: &[LoadError], posting_not_found: bool) -> Missing {
        match (loaded, problems.is_empty(), posting_not_found) {
            (0, false, _) => Missing::All,
            (_, _, true) => Missing::Posting,
            (_, false, false) => Missing::Some,
            (_, true, false) => Missing::Nothing,
        }
    }
}

/// The one sentence for what is missing, where something is: a status the applicant can read
/// past, above the list.
pub fn load_errors(t: &Text, missing: Missing) -> Html {
    let sentence = match missing {
        Missing::Nothing => return html! {},
        Missing::Some => t.jobs_missing,
        Missing::All => t.jobs_not_loaded,
        Missing::Posting => t.job_not_found,
    };
    html! { <p class="ec-load-errors">{ sentence }</p> }
}
