//! JSON text to [`Json`], by serde_json, the same in the browser and natively, with what is
//! wrong said in the words of someone editing a posting file, at the line and column their editor
//! shows (counted in characters, from 1):
//!
//! ```
//! use eligibility_checker::json_text::parse;
//! assert_eq!(
//!     parse("{ \"id\": \"a\",\n  \"id\": \"b\" }").unwrap_err(),
//!     "the field \"id\" is given twice in one object at line 2, column 3"
//! );
//! ```
//!
//! The tree keeps each object's fields in file order and refuses a field given twice, which
//! serde_json's own maps would silently read once; a page's JSON-LD is read more leniently
//! ([`parse_lenient`]).

use crate::rules::{Json, Quoted};
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use std::cell::Cell;
use std::collections::HashMap;
use std::fmt;

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
/// use eligibility_checker::json_text::parse_lenient;
/// use eligibility_checker::rules::Json;
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
    Tree {
        depth: 0,
        lenient,
        refused: &refused,
    }
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
/// use eligibility_checker::json_text::parse_bytes;
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

/// Reads any JSON value into the tree, `depth` levels inside objects and lists; `lenient` as
/// [`parse_lenient`] reads. What the tree itself refuses is kept in `refused`, for [`explain`].
#[derive(Clone, Copy)]
struct Tree<'r> {
    depth: usize,
    lenient: bool,
    refused: &'r Cell<Option<Refusal>>,
}

/// What the tree itself refuses, beyond what serde_json does.
enum Refusal {
    /// A field given twice in one object.
    Repeated(String),
    /// Objects and lists nested past [`MAX_DEPTH`].
    TooDeep,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::Repeated(key) => {
                write!(f, "the field {} is given twice in one object", Quoted(key))
            }
            Refusal::TooDeep => write!(
                f,
                "it is nested more than {MAX_DEPTH} levels deep, deeper than any posting file can be"
            ),
        }
    }
}

impl<'r> Tree<'r> {
    /// Refuses the text for `refusal`, keeping it for the message.
    fn refuse<E: de::Error>(&self, refusal: Refusal) -> E {
        let error = E::custom(&refusal);
        self.refused.set(Some(refusal));
        error
    }

    fn inside<E: de::Error>(&self) -> Result<Tree<'r>, E> {
        if self.depth >= MAX_DEPTH {
            return Err(self.refuse(Refusal::TooDeep));
        }
        Ok(Tree {
            depth: self.depth + 1,
            ..*self
        })
    }
}

impl<'de> DeserializeSeed<'de> for Tree<'_> {
    type Value = Json;

    fn deserialize<D: de::Deserializer<'de>>(self, reader: D) -> Result<Json, D::Error> {
        reader.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Tree<'_> {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_bool<E>(self, b: bool) -> Result<Json, E> {
        Ok(Json::Bool(b))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Json, E> {
        Ok(Json::Number(n as f64))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Json, E> {
        Ok(Json::Number(n as f64))
    }

    fn visit_f64<E>(self, n: f64) -> Result<Json, E> {
        Ok(Json::Number(n))
    }

    fn visit_str<E>(self, s: &str) -> Result<Json, E> {
        Ok(Json::String(s.to_owned()))
    }

    fn visit_string<E>(self, s: String) -> Result<Json, E> {
        Ok(Json::String(s))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Json, A::Error> {
        let inside = self.inside()?;
        let mut list = Vec::new();
        while let Some(item) = items.next_element_seed(inside)? {
            list.push(item);
        }
        Ok(Json::Array(list))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut fields: A) -> Result<Json, A::Error> {
        let inside = self.inside()?;
        let mut pairs: Vec<(String, Json)> = Vec::new();
        // A field given before is found by a look along the few fields a posting's objects have;
        // past SCAN_FIELDS, by name in a map, so that an object of thousands is read in linear time.
        let mut places: HashMap<String, usize> = HashMap::new();
        while let Some(key) = fields.next_key::<String>()? {
            let place = if pairs.len() < SCAN_FIELDS {
                pairs
                    .iter()
                    .position(|(k, _)| *k == key)
                    .unwrap_or(pairs.len())
            } else {
                if places.is_empty() {
                    places.extend(pairs.iter().enumerate().map(|(i, (k, _))| (k.clone(), i)));
                }
                *places.entry(key.clone()).or_insert(pairs.len())
            };
            if place < pairs.len() && !self.lenient {
                return Err(self.refuse(Refusal::Repeated(key)));
            }
            let value = fields.next_value_seed(inside)?;
            match pairs.get_mut(place) {
                Some((_, first)) => *first = value,
                None => pairs.push((key, value)),
            }
        }
        Ok(Json::Object(pairs))
    }
}

const VALUE: &str = "expected a value (text in double quotes, a number, true, false, null, [ or {)";
const FIELD_NAME: &str = "expected a field name in double quotes";
const NUMBER: &str = "expected a number written as JSON writes them, like 12 or -1.5";
const WHOLE_CHARACTER: &str =
    "expected a \\u escape of a whole character, or both halves of a pair";
const HEX_DIGITS: &str = "expected four hex digits after \\u";

/// serde_json's error in an editor's words, at the line and column (in characters) of where the
/// editor would look: the start of the word, number, escape or field name at fault.
fn explain(text: &str, error: &serde_json::Error) -> String {
    let said = error.to_string();
    let said = said
        .strip_suffix(&format!(
            " at line {} column {}",
            error.line(),
            error.column()
        ))
        .unwrap_or(&said);
    // serde_json counts columns in bytes: where it stopped, or the last byte it read at the end.
    let at = byte_offset(text, error.line(), error.column());
    let found = text[at..].chars().next();
    let (words, start) = match said {
        "EOF while parsing a value" => ("the text ends where a value was expected", text.len()),
        "EOF while parsing a list" => (ended_in(text, Inside::List), text.len()),
        "EOF while parsing an object" => (ended_in(text, Inside::Object), text.len()),
        "EOF while parsing a string" => match unfinished_hex(text) {
            Some(escape) => (HEX_DIGITS, escape),
            None => ("the text ends inside text in double quotes", text.len()),
        },
        "expected `:`" => ("expected a colon : after the field name", at),
        "expected `,` or `]`" => ("expected a comma , or the end of the list ]", at),
        "expected `,` or `}`" => ("expected a comma , or the end of the object }", at),
        "trailing comma" if found == Some('}') => (FIELD_NAME, at),
        "trailing comma" | "expected value" => (VALUE, at),
        "key must be a string" => (FIELD_NAME, at),
        "expected ident" => (VALUE, word_start(text, at)),
        "trailing characters" => ("expected the end of the text after the value", at),
        "invalid number" => (NUMBER, number_start(text, at)),
        "number out of range" => (
            "expected a number no larger than a posting file needs, like 12 or -1.5",
            number_start(text, at),
        ),
        "invalid escape" => {
            let escape = escape_start(text, at);
            if text[escape..].starts_with("\\u") {
                (HEX_DIGITS, escape)
            } else {
                (
                    "expected an escape JSON knows after the backslash: \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and four hex digits",
                    escape,
                )
            }
        }
        // A first half (U+D800 to U+DBFF) not followed by the second, or a second half alone.
        "unexpected end of hex escape"
        | "invalid unicode code point"
        | "lone leading surrogate in hex escape" => (WHOLE_CHARACTER, escape_start(text, at)),
        "control character (\\u0000-\\u001F) found while parsing a string" => (
            "expected the text to go on, but found a line break or other control character (write \\n for a line break)",
            at,
        ),
        other => (other, at),
    };
    let (line, column) = position(text, start);
    format!("{words} at line {line}, column {column}")
}

/// What the tree refused, at the line and column of the field name or bracket at fault.
fn explain_refusal(text: &str, refusal: &Refusal, error: &serde_json::Error) -> String {
    let at = byte_offset(text, error.line(), error.column());
    let start = match refusal {
        Refusal::Repeated(_) => field_start(text, at),
        Refusal::TooDeep => too_deep(text).unwrap_or(at),
    };
    let (line, column) = position(text, start);
    format!("{refusal} at line {line}, column {column}")
}

/// What the text was inside when it ended.
enum Inside {
    List,
    Object,
}

/// What was expected next when the text ended inside a list or an object: told from the last
/// thing written before the end, as an editor would read it.
fn ended_in(text: &str, inside: Inside) -> &'static str {
    const VALUE_EXPECTED: &str = "the text ends where a value was expected";
    let written = text.trim_end();
    let last = written.bytes().last();
    match (inside, last) {
        (Inside::List, Some(b'[' | b',')) | (Inside::Object, Some(b':')) => VALUE_EXPECTED,
        (Inside::List, _) => "expected a comma , or the end of the list ]",
        (Inside::Object, Some(b'{' | b',')) => FIELD_NAME,
        (Inside::Object, Some(b'"')) => {
            // A field's name, or text that is a field's value: what comes before it tells.
            let opening = field_start(written, written.len());
            match written[..opening].trim_end().bytes().last() {
                Some(b'{' | b',') => "expected a colon : after the field name",
                _ => "expected a comma , or the end of the object }",
            }
        }
        (Inside::Object, _) => "expected a comma , or the end of the object }",
    }
}

/// Where the first list or object nested past [`MAX_DEPTH`] opens.
fn too_deep(text: &str) -> Option<usize> {
    let (mut depth, mut in_text, mut escaped) = (0, false, false);
    for (i, b) in text.bytes().enumerate() {
        match (in_text, escaped, b) {
            (true, true, _) => escaped = false,
            (true, false, b'\\') => escaped = true,
            (true, false, b'"') => in_text = false,
            (true, false, _) => {}
            (false, _, b'"') => in_text = true,
            (false, _, b'[' | b'{') => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(i);
                }
            }
            (false, _, b']' | b'}') => depth -= 1,
            (false, _, _) => {}
        }
    }
    None
}

/// The backslash of a `\u` escape the text ends inside, if it does.
fn unfinished_hex(text: &str) -> Option<usize> {
    let escape = text.rfind("\\u")?;
    let digits = &text[escape + 2..];
    (digits.len() < 4 || !digits.bytes().take(4).all(|b| b.is_ascii_hexdigit())).then_some(escape)
}

/// The byte offset of serde_json's line and column (a byte count, the last byte it read), at a
/// character boundary.
fn byte_offset(text: &str, line: usize, column: usize) -> usize {
    let line_start = text
        .match_indices('\n')
        .nth(line.saturating_sub(2))
        .map_or(0, |(i, _)| i + 1);
    let line_start = if line <= 1 { 0 } else { line_start };
    // Column 0 is the line break that ends the line before.
    let mut at = match column {
        0 => line_start.saturating_sub(1),
        _ => (line_start + column - 1).min(text.len()),
    };
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Back from `at` to the start of the run of bytes `part` accepts.
fn back_over(text: &str, at: usize, part: impl Fn(u8) -> bool) -> usize {
    let bytes = text.as_bytes();
    let mut start = at;
    while start > 0 && part(bytes[start - 1]) {
        start -= 1;
    }
    start
}

/// Where the word (`tru`, `NaN`) at `at` begins.
fn word_start(text: &str, at: usize) -> usize {
    back_over(text, at, |b| b.is_ascii_alphabetic())
}

/// Where the number at `at` begins.
fn number_start(text: &str, at: usize) -> usize {
    back_over(text, at, |b| {
        b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b'e' | b'E')
    })
}

/// Where the escape at `at` begins: its backslash (of the first half, for a pair).
fn escape_start(text: &str, at: usize) -> usize {
    let before = &text[..at.min(text.len())];
    let mut start = before.rfind('\\').unwrap_or(at);
    // A low half after a high one: the pair begins six characters earlier.
    if let Some(pair) = start.checked_sub(6) {
        let high = text.get(pair..pair + 3);
        if matches!(high, Some(h) if h.eq_ignore_ascii_case("\\ud")) {
            start = pair;
        }
    }
    start
}

/// Where the name of the field that ends at or before `at` begins: its opening double quote.
fn field_start(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    // Back to the closing quote (at `at` or before), then to a quote after an even number of
    // backslashes.
    let end = (at + 1).min(bytes.len());
    let mut i = bytes[..end].iter().rposition(|&b| b == b'"').unwrap_or(0);
    while i > 0 {
        i -= 1;
        let backslashes = i - back_over(text, i, |b| b == b'\\');
        if bytes[i] == b'"' && backslashes % 2 == 0 {
            return i;
        }
    }
    0
}

/// The line and column, counted from 1 and in characters, of byte offset `at` (a character
/// boundary) in `text`.
fn position(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}
