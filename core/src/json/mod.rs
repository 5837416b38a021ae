//! JSON in one room: the tree posting files are read into ([`Json`]), the reading of JSON text
//! into it by serde_json (the same in the browser and natively), and one [`Error`] that says what
//! is wrong in the words of someone editing a posting file, at the line and column their editor
//! shows (counted in characters, from 1):
//!
//! ```
//! use eligibility_core::json::parse;
//! assert_eq!(
//!     parse("{ \"id\": \"a\",\n  \"id\": \"b\" }").unwrap_err().to_string(),
//!     "the field \"id\" is given twice in one object at line 2, column 3"
//! );
//! ```
//!
//! Posting files are read in two steps: text to [`Json`] here, then [`Json`] to postings by
//! [`crate::rules::load`], which checks every field and reports every problem with its path. Going
//! through a plain tree, rather than deriving `Deserialize` for the postings themselves, is what
//! lets one bad file name *all* its problems in words an employer editing JSON understands,
//! instead of stopping at the first.
//!
//! The tree keeps each object's fields in file order and refuses a field given twice, which
//! serde_json's own maps would silently read once; a page's JSON-LD is read more leniently
//! ([`parse_lenient`]).

mod error;
mod explain;
mod tree;

pub use error::Error;
use error::ErrorKind;
use explain::{explain, explain_refusal, position};
use serde::de::DeserializeSeed;
use std::cell::Cell;
use std::fmt::{self, Write as _};
use tree::Tree;

/// A JSON value. Objects keep their keys in the order the file gives them.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    /// `null`
    Null,
    /// `true` or `false`
    Bool(bool),
    /// Any number; JSON does not tell integers apart.
    Number(f64),
    /// A string.
    String(String),
    /// `[ ... ]`
    Array(Vec<Json>),
    /// `{ ... }`, as key-value pairs in file order.
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The value under `key`, when this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(pairs) => pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            Json::Null | Json::Bool(_) | Json::Number(_) | Json::String(_) | Json::Array(_) => None,
        }
    }
}

/// Text in double quotes for editors' messages, escaped as JSON writes it: `"say \"hi\""`.
pub struct Quoted<'a>(pub &'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Writing a string as JSON cannot fail. JSON leaves DEL, the C1 controls and the
        // invisible characters unescaped, where an editor could not see them: they are written
        // as \u escapes too.
        let json = serde_json::to_string(self.0).unwrap_or_default();
        for c in json.chars() {
            match c {
                '\u{7f}'..='\u{9f}' => write!(f, "\\u{:04x}", u32::from(c))?,
                c if is_invisible(c) => write!(f, "\\u{:04x}", u32::from(c))?,
                c => f.write_char(c)?,
            }
        }
        Ok(())
    }
}

/// A character that shows nothing, or changes the direction of what follows: the zero-width
/// characters and direction marks U+200B to U+200F, the line and paragraph separators U+2028 and
/// U+2029, the direction embeddings and overrides U+202A to U+202E, the word joiner and invisible
/// operators U+2060 to U+2064, the direction isolates U+2066 to U+2069, and U+FEFF.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// Deeper than any posting file goes, and shallow enough that reading a hostile file cannot run
/// out of stack (serde_json's own limit is 128).
const MAX_DEPTH: usize = 64;

/// Objects with more fields than this find a field given before by name rather than by a look
/// along them.
const SCAN_FIELDS: usize = 32;

/// Parses JSON text, or says what is wrong and where. A byte-order mark before it is skipped, as
/// browsers skip it.
pub fn parse(text: &str) -> Result<Json, Error> {
    parse_with(text, false)
}

/// Parses JSON as search engines read the JSON-LD in a page, which the checker reads but an
/// employer's content system writes: a field given twice keeps its last value, in the place of
/// its first. Posting files, which people write for the checker, get [`parse`]'s strictness.
///
/// ```
/// use eligibility_core::json::{parse_lenient, Json};
/// let json = parse_lenient(r#"{ "title": "Draft", "url": "u", "title": "Peer mentor" }"#);
/// assert_eq!(json.unwrap().get("title"), Some(&Json::String("Peer mentor".into())));
/// ```
pub fn parse_lenient(text: &str) -> Result<Json, Error> {
    parse_with(text, true)
}

fn parse_with(text: &str, lenient: bool) -> Result<Json, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = serde_json::Deserializer::from_str(text);
    let refused = Cell::new(None);
    Tree::new(lenient, &refused)
        .deserialize(&mut reader)
        .and_then(|json| reader.end().map(|()| json))
        .map_err(|error| match refused.take() {
            Some(refusal) => explain_refusal(text, refusal, &error),
            None => explain(text, &error),
        })
}

/// Parses a file's bytes as JSON in UTF-8, or says what is wrong and where: the validator reads
/// files and the browser reads fetched files through this one function, so both read a byte-order
/// mark, or bytes that are not UTF-8, the same way.
///
/// ```
/// use eligibility_core::json::parse_bytes;
/// assert!(parse_bytes(b"\xEF\xBB\xBF[1]").is_ok());
/// assert_eq!(
///     parse_bytes(b"[\n \"caf\xE9\"]").unwrap_err().to_string(),
///     "expected text in UTF-8, but the bytes at line 2, column 6 are not UTF-8"
/// );
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Json, Error> {
    match std::str::from_utf8(bytes) {
        Ok(text) => parse(text),
        Err(error) => {
            let valid = std::str::from_utf8(&bytes[..error.valid_up_to()]).unwrap_or_default();
            Err(Error::new(ErrorKind::NotUtf8, position(valid, valid.len())))
        }
    }
}
