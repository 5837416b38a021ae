//! The built-in postings and question bank: the default when a host names no other source.
//!
//! In the page they are data beside the code: `scripts/post-build.mjs` writes the bank and the
//! postings into the build as one content-named file, which the boot script fetches while the wasm
//! downloads (`embed/sources.rs` reads it). The tests, the prerendered first screen and the tools
//! read them compiled in, through the functions here, which the wasm never calls and so leaves
//! out.

use crate::rules::{Bank, Catalogue, LoadError, Source};

/// The question bank every built-in posting refers to, with the criteria they share, as
/// (file name, content).
pub const QUESTIONS: (&str, &str) = (
    "postings/questions.json",
    include_str!(concat!(env!("OUT_DIR"), "/questions.json")),
);

/// The built-in postings, as (file name, content): every `*.json` in `postings/` but the question
/// bank, in file-name order (see `build.rs`).
pub const POSTINGS: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/postings.rs"));

/// Loads the built-in postings: every valid one, and an error for each file with problems.
pub fn catalogue() -> (Catalogue, Vec<LoadError>) {
    load(QUESTIONS, POSTINGS)
}

/// Loads a question bank and postings given as (file name, JSON text).
pub fn load(questions: (&str, &str), postings: &[(&str, &str)]) -> (Catalogue, Vec<LoadError>) {
    let source = |(file, text): (&str, &str)| Source {
        file: file.to_owned(),
        json: crate::json::parse(text).map_err(|error| error.to_string()),
    };
    let postings: Vec<Source> = postings.iter().copied().map(source).collect();
    Catalogue::load(&source(questions), &postings)
}

/// Loads one file holding postings and, optionally, questions (see [`Catalogue::load_bundle`]),
/// given as (file name, JSON text). Without questions, the built-in bank is used.
pub fn load_bundle(file: &str, text: &str) -> (Catalogue, Vec<LoadError>) {
    Catalogue::load_bundle(
        &Source {
            file: file.to_owned(),
            json: crate::json::parse(text).map_err(|error| error.to_string()),
        },
        &standard_bank(),
    )
}

/// The built-in question bank and shared criteria, which files without questions of their own use.
pub fn standard_bank() -> Bank {
    Bank::clone(load(QUESTIONS, &[]).0.bank())
}
