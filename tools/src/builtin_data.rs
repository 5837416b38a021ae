//! Prints the built-in data file the page fetches (`builtin-<hash>.json`): the question bank and
//! the postings in `postings/`, made by the same code the tests and tools load them through
//! (`eligibility_core::builtin::data`). `scripts/post-build.mjs` runs it at every build:
//!
//! ```sh
//! cargo run --quiet -p eligibility-tools --bin builtin-data > dist/builtin.json
//! ```

fn main() {
    print!("{}", eligibility_core::builtin::data());
}
