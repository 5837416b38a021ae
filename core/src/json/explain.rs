//! serde_json's errors, and the tree's own refusals, told apart as [`ErrorKind`]s at the line and
//! column their editor shows: where the editor should look, found from the text.

use super::error::{Error, ErrorKind};
use super::tree::Refusal;
use super::MAX_DEPTH;

/// serde_json's error in an editor's words, at the line and column (in characters) of where the
/// editor would look: the start of the word, number, escape or field name at fault.
pub(super) fn explain(text: &str, error: &serde_json::Error) -> Error {
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
    if let Some(quote) = found.and_then(wrong_quote) {
        // Where a value or a field name should start: `"contract": “Permanent”`.
        if matches!(
            said,
            "expected value" | "key must be a string" | "expected ident"
        ) {
            return Error::new(ErrorKind::WrongQuote(quote), position(text, at));
        }
    }
    let (kind, start) = match said {
        "EOF while parsing a value" => (ErrorKind::EndsWhereValueExpected, text.len()),
        "EOF while parsing a list" => (ended_in(text, Inside::List), text.len()),
        "EOF while parsing an object" => (ended_in(text, Inside::Object), text.len()),
        "EOF while parsing a string" => match unfinished_hex(text) {
            Some(escape) => (ErrorKind::HexDigits, escape),
            None => (ErrorKind::EndsInsideText, text.len()),
        },
        "expected `:`" => (ErrorKind::ExpectedColon, at),
        "expected `,` or `]`" => (ErrorKind::ExpectedCommaOrListEnd, at),
        "expected `,` or `}`" => (ErrorKind::ExpectedCommaOrObjectEnd, at),
        "trailing comma" => {
            let comma = back_over(text, at, |b| b.is_ascii_whitespace()).saturating_sub(1);
            let in_object = found == Some('}');
            (ErrorKind::TrailingComma { in_object }, comma)
        }
        "expected value" => (ErrorKind::ExpectedValue, at),
        "key must be a string" => (ErrorKind::ExpectedFieldName, at),
        "expected ident" => (ErrorKind::ExpectedValue, word_start(text, at)),
        "trailing characters" => (ErrorKind::ExpectedEnd, at),
        "invalid number" => (ErrorKind::Number, number_start(text, at)),
        "number out of range" => (ErrorKind::NumberTooLarge, number_start(text, at)),
        "invalid escape" => {
            let escape = escape_start(text, at);
            if text[escape..].starts_with("\\u") {
                (ErrorKind::HexDigits, escape)
            } else {
                (ErrorKind::UnknownEscape, escape)
            }
        }
        // A first half (U+D800 to U+DBFF) not followed by the second, or a second half alone.
        "unexpected end of hex escape"
        | "invalid unicode code point"
        | "lone leading surrogate in hex escape" => {
            (ErrorKind::HalfCharacter, escape_start(text, at))
        }
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            (ErrorKind::ControlCharacter, at)
        }
        other => (ErrorKind::Unexplained(other.to_owned()), at),
    };
    Error::new(kind, position(text, start))
}

/// What the tree refused, at the line and column of the field name or bracket at fault.
pub(super) fn explain_refusal(text: &str, refusal: Refusal, error: &serde_json::Error) -> Error {
    let at = byte_offset(text, error.line(), error.column());
    let (kind, start) = match refusal {
        Refusal::Repeated(key) => (ErrorKind::RepeatedField(key), field_start(text, at)),
        Refusal::TooDeep => (ErrorKind::TooDeep, too_deep(text).unwrap_or(at)),
    };
    Error::new(kind, position(text, start))
}

/// A quote JSON does not read, where a double quote belongs: the curly ones word processors put
/// in, and single quotes; as text for the message.
fn wrong_quote(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{201C}' => "“",
        '\u{201D}' => "”",
        '\u{201E}' => "„",
        '\u{201F}' => "‟",
        '\u{2018}' => "‘",
        '\u{2019}' => "’",
        '\u{2033}' => "″",
        '\'' => "'",
        _ => return None,
    })
}

/// What the text was inside when it ended.
enum Inside {
    List,
    Object,
}

/// What was expected next when the text ended inside a list or an object: told from the last
/// thing written before the end, as an editor would read it.
fn ended_in(text: &str, inside: Inside) -> ErrorKind {
    let written = text.trim_end();
    let last = written.bytes().last();
    match (inside, last) {
        (Inside::List, Some(b'[' | b',')) | (Inside::Object, Some(b':')) => {
            ErrorKind::EndsWhereValueExpected
        }
        (Inside::List, _) => ErrorKind::ExpectedCommaOrListEnd,
        (Inside::Object, Some(b'{' | b',')) => ErrorKind::ExpectedFieldName,
        (Inside::Object, Some(b'"')) => {
            // A field's name, or text that is a field's value: what comes before it tells.
            let opening = field_start(written, written.len());
            match written[..opening].trim_end().bytes().last() {
                Some(b'{' | b',') => ErrorKind::ExpectedColon,
                _ => ErrorKind::ExpectedCommaOrObjectEnd,
            }
        }
        (Inside::Object, _) => ErrorKind::ExpectedCommaOrObjectEnd,
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
