//! An eligibility checker that job applicants run in their own browser.
//!
//! [`rules`] is the pure core: postings, questions, answers and evaluation, with no page and no
//! clock. [`text`] holds every word the applicant reads. [`app`] is the Yew front end over both.
//! Nothing the applicant answers leaves the device.

#![warn(missing_docs)]

pub mod app;
pub mod builtin;
#[cfg(target_arch = "wasm32")]
pub mod embed;
pub mod json_text;
pub mod rules;
pub mod text;

/// The memory allocator, in place of Rust's default for WebAssembly (dlmalloc): Talc is faster and
/// smaller, and the app is single-threaded.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
