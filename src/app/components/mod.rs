//! The views, one a file. Each page and the list's cards are function components over plain props,
//! reading their words from the [`Words`] context the checker was mounted with.
//!
//! The pieces without state or hooks of their own (the header, the Back link, the facts list, the
//! list's filters, the error summary, the load errors, the support box) are plain functions from the words and values to
//! [`Html`], called by the component that shows them: a Yew component costs about 0.5 KB of
//! brotli wasm in machinery (six of them cost 3,042 B, measured with `scripts/bench-size.sh`),
//! which these do not use.

pub mod back_link;
pub mod check_answers_page;
pub mod error_summary;
pub mod facts;
pub mod header;
pub mod load_errors;
pub mod page;
pub mod posting_card;
pub mod posting_filters;
pub mod posting_page;
pub mod postings_page;
pub mod question_page;
pub mod result_page;
pub mod support;

use crate::text::{Text, Words};
use yew::prelude::*;

/// The words of the language the checker shows: the [`Words`] context, or English where a view
/// is rendered alone (in a test).
#[hook]
pub fn use_text() -> &'static Text {
    use_context::<Words>().unwrap_or_default().0
}
