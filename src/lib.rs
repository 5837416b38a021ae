//! The applicant's app: an eligibility checker that job applicants run in their own browser.
//!
//! [`app`] is the Yew front end (views, and the one reducer in `app::state`) over the rules core,
//! [`eligibility_core`], which holds the postings, the evaluation and every word the applicant
//! reads. [`embed`] mounts a checker into a host element's closed shadow root and reads its
//! postings (in the browser; the problems it names are tested natively). Nothing the applicant answers leaves the device.

#![warn(missing_docs)]

pub mod app;
pub mod embed;

/// The memory allocator, in place of Rust's default for WebAssembly (dlmalloc): Talc is faster and
/// smaller, and the app is single-threaded.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
