//! The views, one a file: plain functions from the words of the language shown and plain props
//! to [`yew::Html`], each page's called by `page.rs` for the state's screen, under the one component,
//! [`crate::app::App`], which holds the reducer and the effects. Props are plain data and
//! callbacks that emit plain domain values; `page.rs` maps them to actions once.
//!
//! Why functions rather than Yew components: none of them has state or hooks of its own, and a
//! Yew component costs about 0.5 KB of brotli wasm in machinery it would not use. Every page's view
//! has one signature, `fn name(t: &'static Text, props: &NameProps) -> Html`; the small pieces
//! inside pages take the words and the plain values they show.

pub mod back_link;
pub mod check_answers_page;
pub mod error_summary;
pub mod facts;
pub mod header;
pub mod load_errors;
pub mod notes;
pub mod page;
pub mod posting_card;
pub mod posting_filters;
pub mod posting_page;
pub mod postings_page;
pub mod question_page;
pub mod result_page;
pub mod support;
