//! The built-in postings and question bank: the default when a host names no other source.
//!
//! In the page they are data beside the code: one content-named file, `builtin-<hash>.json`, which
//! the boot script fetches while the wasm downloads. One piece of code makes that file, [`data`]
//! (`scripts/post-build.mjs` writes it with `cargo run -p eligibility-tools --bin builtin-data`),
//! and one reads it, [`parts`]: the page through it (`embed/sources.rs`), and the tests, the
//! prerendered first screen and the tools through [`catalogue`], so that what they check is what
//! the page loads. The files' texts are compiled in for that (see `build.rs`); the wasm never
//! calls [`data`] and so leaves them out.

use crate::json::Json;
use crate::rules::{load, Bank, Catalogue, LoadError, Source};

/// The question bank every built-in posting refers to, with the criteria they share, as
/// (file name, content).
pub const QUESTIONS: (&str, &str) = (
    "postings/questions.json",
    include_str!(concat!(env!("OUT_DIR"), "/questions.json")),
);

/// The built-in postings, as (file name, content): every `*.json` in `postings/` but the question
/// bank, in file-name order (see `build.rs`).
pub const POSTINGS: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/postings.rs"));

/// How problems name the built-in data file.
pub const DATA_FILE: &str = "the built-in questions and postings";

/// The built-in data file, as the page fetches it: `{ "bank": …, "postings": [ … ] }`, the bank
/// being `postings/questions.json` and the postings every other file there, in file-name order.
/// Each file's text is kept as written (less the white space between tokens), so that a mistake
/// in one, such as a field given twice, is in the data for the loader to refuse, as it is when
/// the file is checked alone.
///
/// ```
/// let data = eligibility_core::builtin::data();
/// assert!(data.starts_with(r#"{"bank":{"#));
/// let (catalogue, problems) = eligibility_core::builtin::catalogue();
/// assert!(problems.is_empty());
/// assert_eq!(catalogue.postings().len(), eligibility_core::builtin::POSTINGS.len());
/// ```
///
/// The employer's test cases a posting keeps (`"examples"`) are left out: the applicant's app
/// never runs them, and every byte of the data is on the first load.
pub fn data() -> String {
    let postings: Vec<String> = POSTINGS
        .iter()
        .map(|(_, text)| without_examples(text))
        .collect();
    let postings: Vec<&str> = postings.iter().map(String::as_str).collect();
    data_of(QUESTIONS.1, &postings)
}

/// A posting file's text, compacted as `build.rs` compacts it, without its `"examples"`. A file
/// that is not JSON, or gives a field twice, is left as it is, for the loader to name its
/// mistake as it would in the file alone.
fn without_examples(posting: &str) -> String {
    const KEY: &str = "\"examples\":";
    if crate::json::parse(posting).is_err() {
        return posting.to_owned();
    }
    // Where the key is, in the posting's own object (one level in), after a `{` or a `,`.
    let bytes = posting.as_bytes();
    let (mut depth, mut in_string, mut escaped) = (0, false, false);
    let mut key = None;
    for (i, &b) in bytes.iter().enumerate() {
        if in_string {
            (escaped, in_string) = (!escaped && b == b'\\', escaped || b != b'"');
            continue;
        }
        match b {
            b'"' if depth == 1 && posting[i..].starts_with(KEY) && key.is_none() => {
                key = Some(i);
                in_string = true;
            }
            b'"' => in_string = true,
            b'{' | b'[' => depth += 1,
            b'}' | b']' => depth -= 1,
            b',' if depth == 1 && key.is_some() => {
                // The field ends at this comma: it goes with it.
                let start = key.unwrap_or_default();
                return format!("{}{}", &posting[..start], &posting[i + 1..]);
            }
            _ => {}
        }
        if depth == 0 && key.is_some() {
            // The last field: the comma before it goes with it.
            let start = key.unwrap_or_default();
            let before = posting[..start].trim_end_matches(',');
            return format!("{before}{}", &posting[i..]);
        }
    }
    posting.to_owned()
}

/// A data file like [`data`], of this question bank and these posting files' texts.
pub fn data_of(questions: &str, postings: &[&str]) -> String {
    format!(
        r#"{{"bank":{questions},"postings":[{}]}}"#,
        postings.join(",")
    )
}

/// The built-in data file read as the page reads it: its question bank, and a file of its
/// postings (which use that bank). Where the data could not be fetched or is not JSON, both say
/// so.
pub fn parts(data: &Source) -> (Source, Source) {
    let part = |read: fn(&Json) -> Json| Source {
        file: data.file.clone(),
        json: data.json.as_ref().map(read).map_err(Clone::clone),
    };
    let bank = part(|json| json.get("bank").cloned().unwrap_or(Json::Null));
    // The postings as a file of postings, `{ "postings": [ … ] }`, which use the bank above.
    let postings = part(|json| {
        let postings = json
            .get("postings")
            .map(|p| ("postings".to_owned(), p.clone()));
        Json::Object(postings.into_iter().collect())
    });
    (bank, postings)
}

/// Loads the built-in postings from the built-in data file, as the page does: every valid one,
/// and an error for each with problems.
pub fn catalogue() -> (Catalogue, Vec<LoadError>) {
    let (bank, postings) = parts(&Source::parse(DATA_FILE, &data()));
    let bank = match &bank.json {
        Ok(json) => load::bank(&bank.file, json, None),
        Err(cause) => Err(LoadError::unread(&bank.file, cause)),
    };
    match bank {
        Ok(bank) => Catalogue::load_bundle(&postings, &bank),
        Err(error) => (Catalogue::default(), vec![error]),
    }
}

/// Loads a question bank and postings given as (file name, JSON text).
pub fn load(questions: (&str, &str), postings: &[(&str, &str)]) -> (Catalogue, Vec<LoadError>) {
    let source = |(file, text): (&str, &str)| Source::parse(file, text);
    let postings: Vec<Source> = postings.iter().copied().map(source).collect();
    Catalogue::load(&source(questions), &postings)
}

/// Loads one file holding postings and, optionally, questions (see [`Catalogue::load_bundle`]),
/// given as (file name, JSON text). Without questions, the built-in bank is used.
pub fn load_bundle(file: &str, text: &str) -> (Catalogue, Vec<LoadError>) {
    Catalogue::load_bundle(&Source::parse(file, text), &standard_bank())
}

/// The built-in question bank and shared criteria, which files without questions of their own use.
pub fn standard_bank() -> Bank {
    Bank::clone(load(QUESTIONS, &[]).0.bank())
}
