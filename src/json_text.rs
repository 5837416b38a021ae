//! Text to [`Json`]: a small parser of JSON (RFC 8259), the same in the browser and natively.
//!
//! It replaced the browser's `JSON.parse` followed by a walk over what it returned: with a
//! catalogue of 1,000 postings that walk crossed between JavaScript and the wasm for every value,
//! and the crossings cost more than parsing the text here (see the README's "Performance"). Being
//! the same parser everywhere, it is fuzzed natively with the loader (`tests/fuzz.rs`), and an
//! editor gets the same message in the browser as from the validator:
//!
//! ```
//! use eligibility_checker::json_text::parse;
//! assert_eq!(
//!     parse("{ \"id\": \"a\",\n  \"id\": \"b\" }").unwrap_err(),
//!     "the field \"id\" is given twice in one object at line 2, column 3"
//! );
//! ```

use crate::rules::Json;

/// Deeper than any posting file goes, and shallow enough that parsing cannot run out of stack on
/// a hostile file.
const MAX_DEPTH: usize = 64;

/// An object with more fields than this finds repeated ones with a set instead of a scan.
const SCAN_FIELDS: usize = 32;

/// Parses JSON text, or says what is wrong and where (line and column, counted from 1). A
/// byte-order mark before it is skipped, as browsers skip it.
pub fn parse(text: &str) -> Result<Json, String> {
    parse_with(text, false)
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

/// Parses JSON as browsers and search engines read the JSON-LD in a page, which the checker reads
/// but the employer's content system writes: a field given twice keeps its last value (in the
/// place of its first), and half of a `\u` escape pair, as text cut short can leave, reads as
/// U+FFFD. Posting files, which people write for the checker, get [`parse`]'s strictness.
pub fn parse_lenient(text: &str) -> Result<Json, String> {
    parse_with(text, true)
}

fn parse_with(text: &str, lenient: bool) -> Result<Json, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut parser = Parser {
        text,
        at: 0,
        lenient,
    };
    parser.skip_space();
    let value = parser.value(0)?;
    parser.skip_space();
    if parser.at < text.len() {
        return Err(parser.error("expected the end of the text after the value"));
    }
    Ok(value)
}

/// The line and column, counted from 1, of byte offset `at` (a character boundary) in `text`.
fn position(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

struct Parser<'t> {
    text: &'t str,
    /// A byte offset into `text`, always at a character boundary.
    at: usize,
    /// See [`parse_lenient`].
    lenient: bool,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    /// `what`, at the line and column of the parser's position.
    fn error(&self, what: &str) -> String {
        self.error_at(self.at, what)
    }

    fn error_at(&self, at: usize, what: &str) -> String {
        let (line, column) = position(self.text, at);
        format!("{what} at line {line}, column {column}")
    }

    fn value(&mut self, depth: usize) -> Result<Json, String> {
        match self.peek() {
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => self.string().map(Json::String),
            Some(b't') => self.word("true", Json::Bool(true)),
            Some(b'f') => self.word("false", Json::Bool(false)),
            Some(b'n') => self.word("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error(
                "expected a value (text in double quotes, a number, true, false, null, [ or {)",
            )),
            None => Err(self.error("the text ends where a value was expected")),
        }
    }

    fn nested(&self, depth: usize) -> Result<(), String> {
        if depth > MAX_DEPTH {
            return Err(self.error(&format!(
                "it is nested more than {MAX_DEPTH} levels deep, deeper than any posting file can be"
            )));
        }
        Ok(())
    }

    fn object(&mut self, depth: usize) -> Result<Json, String> {
        let mut pairs: Vec<(String, Json)> = Vec::new();
        if self.opens(depth, b'}')? {
            return Ok(Json::Object(pairs));
        }
        // Past SCAN_FIELDS fields, a field is found by name rather than by a scan, so that an
        // object of thousands of fields, repeated or not, is read in linear time.
        let mut places: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        loop {
            self.skip_space();
            let key_at = self.at;
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a field name in double quotes"));
            }
            let key = self.string()?;
            // A field given twice would be read once and the other silently dropped.
            let repeated = if pairs.len() < SCAN_FIELDS {
                pairs.iter().position(|(k, _)| *k == key)
            } else {
                if places.is_empty() {
                    places.extend(pairs.iter().enumerate().map(|(i, (k, _))| (k.clone(), i)));
                }
                let next = pairs.len();
                let place = *places.entry(key.clone()).or_insert(next);
                (place != next).then_some(place)
            };
            if repeated.is_some() && !self.lenient {
                let what = format!(
                    "the field {} is given twice in one object",
                    crate::rules::Quoted(&key)
                );
                return Err(self.error_at(key_at, &what));
            }
            self.skip_space();
            if self.peek() != Some(b':') {
                return Err(self.error("expected a colon : after the field name"));
            }
            self.at += 1;
            self.skip_space();
            let value = self.value(depth)?;
            match repeated {
                Some(first) => pairs[first].1 = value,
                None => pairs.push((key, value)),
            }
            if self.ends(b'}', "expected a comma , or the end of the object }")? {
                return Ok(Json::Object(pairs));
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, String> {
        let mut items = Vec::new();
        if self.opens(depth, b']')? {
            return Ok(Json::Array(items));
        }
        loop {
            self.skip_space();
            items.push(self.value(depth)?);
            if self.ends(b']', "expected a comma , or the end of the list ]")? {
                return Ok(Json::Array(items));
            }
        }
    }

    /// At the `{` or `[` of an object or list `depth` levels deep: steps past it, and says whether
    /// `close` follows at once (an empty one).
    fn opens(&mut self, depth: usize, close: u8) -> Result<bool, String> {
        self.nested(depth)?;
        self.at += 1;
        self.skip_space();
        let empty = self.peek() == Some(close);
        if empty {
            self.at += 1;
        }
        Ok(empty)
    }

    /// After an item of an object or list: whether `close` ends it, or a comma goes on to the next.
    fn ends(&mut self, close: u8, otherwise: &str) -> Result<bool, String> {
        self.skip_space();
        match self.peek() {
            Some(b',') => {
                self.at += 1;
                Ok(false)
            }
            Some(b) if b == close => {
                self.at += 1;
                Ok(true)
            }
            _ => Err(self.error(otherwise)),
        }
    }

    fn word(&mut self, word: &str, value: Json) -> Result<Json, String> {
        if self.text[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error(
                "expected a value (text in double quotes, a number, true, false, null, [ or {)",
            ))
        }
    }

    fn number(&mut self) -> Result<Json, String> {
        let start = self.at;
        let digits = |p: &mut Self| {
            let from = p.at;
            while let Some(b'0'..=b'9') = p.peek() {
                p.at += 1;
            }
            p.at > from
        };
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        let int_start = self.at;
        let whole = digits(self);
        let leading_zero = self.at - int_start > 1 && self.text.as_bytes()[int_start] == b'0';
        let mut valid = whole && !leading_zero;
        if valid && self.peek() == Some(b'.') {
            self.at += 1;
            valid = digits(self);
        }
        if valid && matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            valid = digits(self);
        }
        if !valid {
            return Err(self.error_at(
                start,
                "expected a number written as JSON writes them, like 12 or -1.5",
            ));
        }
        Ok(Json::Number(float(&self.text[start..self.at])))
    }

    /// A string in double quotes, the parser at its opening quote.
    fn string(&mut self) -> Result<String, String> {
        self.at += 1; // "
        let mut out = String::new();
        loop {
            // Copy the run up to the next quote, escape or control character in one go.
            let rest = &self.text.as_bytes()[self.at..];
            let run = rest
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                .unwrap_or(rest.len());
            out.push_str(&self.text[self.at..self.at + run]);
            self.at += run;
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    self.escape(&mut out)?;
                }
                Some(_) => {
                    return Err(self.error(
                        "expected the text to go on, but found a line break or other control character (write \\n for a line break)",
                    ))
                }
                None => return Err(self.error("the text ends inside text in double quotes")),
            }
        }
    }

    /// The escape after a backslash.
    fn escape(&mut self, out: &mut String) -> Result<(), String> {
        let start = self.at - 1;
        let simple = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.at += 1;
                let first = self.hex4(start)?;
                let c = if (0xD800..0xDC00).contains(&first) {
                    // Half of a character beyond U+FFFF: the other half must follow.
                    self.low_half(start)
                        .map(|second| 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
                        .and_then(char::from_u32)
                } else {
                    char::from_u32(first)
                };
                let c = match c {
                    Some(c) => c,
                    None if self.lenient => char::REPLACEMENT_CHARACTER,
                    None => return Err(self.error_at(start, "expected a \\u escape of a whole character, or both halves of a pair")),
                };
                out.push(c);
                return Ok(());
            }
            _ => {
                return Err(self.error_at(
                    start,
                    "expected an escape JSON knows after the backslash: \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and four hex digits",
                ))
            }
        };
        self.at += 1;
        out.push(simple);
        Ok(())
    }

    /// The second half of a `\u` escape pair, taken only when it is one.
    fn low_half(&mut self, start: usize) -> Option<u32> {
        let rest = &self.text[self.at..];
        if !rest.starts_with("\\u") {
            return None;
        }
        let before = self.at;
        self.at += 2;
        match self.hex4(start) {
            Ok(second) if (0xDC00..0xE000).contains(&second) => Some(second),
            _ => {
                self.at = before;
                None
            }
        }
    }

    fn hex4(&mut self, start: usize) -> Result<u32, String> {
        let digits = self.text.as_bytes().get(self.at..self.at + 4);
        let value = digits.and_then(|digits| {
            digits.iter().try_fold(0, |n, &b| {
                let d = (b as char).to_digit(16)?;
                Some(n * 16 + d)
            })
        });
        match value {
            Some(value) => {
                self.at += 4;
                Ok(value)
            }
            None => Err(self.error_at(start, "expected four hex digits after \\u")),
        }
    }
}

/// The value of a number the parser has checked is written as JSON writes them. In the browser,
/// JavaScript's own `parseFloat` does it, so the wasm carries no float parser of its own; both
/// round correctly, so both give the same number.
#[cfg(target_arch = "wasm32")]
fn float(text: &str) -> f64 {
    js_sys::parse_float(text)
}

#[cfg(not(target_arch = "wasm32"))]
fn float(text: &str) -> f64 {
    text.parse().unwrap_or(f64::NAN)
}
