//! The views: one component a file, each over plain props, each reading its words from the
//! [`Words`] context the checker was mounted with.

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
