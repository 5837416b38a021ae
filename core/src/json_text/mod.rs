//! JSON text to [`Json`], by serde_json, the same in the browser and natively, with what is
//! wrong said in the words of someone editing a posting file, at the line and column their editor
//! shows (counted in characters, from 1):
//!
//! ```
//! use eligibility_core::json_text::parse;
//! assert_eq!(
//!     parse("{ \"id\": \"a\",\n  \"id\": \"b\" }").unwrap_err(),
//!     "the field \"id\" is given twice in one object at line 2, column 3"
//! );
//! ```
//!
//! The tree keeps each object's fields in file order and refuses a field given twice, which
//! serde_json's own maps would silently read once; a page's JSON-LD is read more leniently
//! ([`parse_lenient`]).

mod explain;
mod tree;

use crate::rules::Json;
use explain::{explain, explain_refusal, position};
use serde::de::DeserializeSeed;
use std::cell::Cell;
use tree::Tree;

/// Deeper than any posting file goes, and shallow enough that reading a hostile file cannot run
/// out of stack (serde_json's own limit is 128).
const MAX_DEPTH: usize = 64;

/// Objects with more fields than this find a field given before by name rather than by a look
/// along them.
const SCAN_FIELDS: usize = 32;

/// Parses JSON text, or says what is wrong and where. A byte-order mark before it is skipped, as
/// browsers skip it.
pub fn parse(text: &str) -> Result<Json, String> {
    parse_with(text, false)
}

/// Parses JSON as search engines read the JSON-LD in a page, which the checker reads but an
/// employer's content system writes: a field given twice keeps its last value, in the place of
/// its first. Posting files, which people write for the checker, get [`parse`]'s strictness.
///
/// ```
/// use eligibility_core::json_text::parse_lenient;
/// use eligibility_core::rules::Json;
/// let json = parse_lenient(r#"{ "title": "Draft", "url": "u", "title": "Peer mentor" }"#);
/// assert_eq!(json.unwrap().get("title"), Some(&Json::String("Peer mentor".into())));
/// ```
pub fn parse_lenient(text: &str) -> Result<Json, String> {
    parse_with(text, true)
}

fn parse_with(text: &str, lenient: bool) -> Result<Json, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = serde_json::Deserializer::from_str(text);
    let refused = Cell::new(None);
    Tree::new(lenient, &refused)
        .deserialize(&mut reader)
        .and_then(|json| reader.end().map(|()| json))
        .map_err(|error| match refused.take() {
            Some(refusal) => explain_refusal(text, &refusal, &error),
            None => explain(text, &error),
        })
}

/// Parses a file's bytes as JSON in UTF-8, or says what is wrong and where: the validator reads
/// files and the browser reads fetched files through this one function, so both read a byte-order
/// mark, or bytes that are not UTF-8, the same way.
///
/// ```
/// use eligibility_core::json_text::parse_bytes;
/// assert!(parse_bytes(b"\xEF\xBB\xBF[1]").is_ok());
/// assert_eq!(
///     parse_bytes(b"[\n \"caf\xE9\"]").unwrap_err(),
///     "expected text in UTF-8, but the bytes at line 2, column 6 are not UTF-8"
/// );
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Json, String> {
    match std::str::from_utf8(bytes) {
        Ok(text) => parse(text),
        Err(error) => {
            let valid = std::str::from_utf8(&bytes[..error.valid_up_to()]).unwrap_or_default();
            let (line, column) = position(valid, valid.len());
            Err(format!(
                "expected text in UTF-8, but the bytes at line {line}, column {column} are not UTF-8"
            ))
        }
    }
}
