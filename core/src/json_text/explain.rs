//! serde_json's errors, and the tree's own refusals, in the words of someone editing a posting
//! file, at the line and column their editor shows.

use super::tree::Refusal;
use super::MAX_DEPTH;

const VALUE: &str = "expected a value (text in double quotes, a number, true, false, null, [ or {)";
const FIELD_NAME: &str = "expected a field name in double quotes";
const NUMBER: &str = "expected a number written as JSON writes them, like 12 or -1.5";
const WHOLE_CHARACTER: &str =
    "expected a \\u escape of a whole character, or both halves of a pair";
const HEX_DIGITS: &str = "expected four hex digits after \\u";

/// serde_json's error in an editor's words, at the line and column (in characters) of where the
/// editor would look: the start of the word, number, escape or field name at fault.
pub(super) fn explain(text: &str, error: &serde_json::Error) -> String {
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
pub(super) fn explain_refusal(text: &str, refusal: &Refusal, error: &serde_json::Error) -> String {
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
pub(super) fn position(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}
