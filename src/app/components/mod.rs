//! The views: one component a file, each over plain props.

pub mod back_link;
pub mod check_answers_page;
pub mod error_summary;
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
