//! What is wrong with JSON text, as data (an [`ErrorKind`] at a line and column), and the one
//! `Display` that puts every kind into the words of someone editing a posting file.

use super::{Quoted, MAX_DEPTH};
use std::fmt;

/// Why JSON text could not be read, and where: its `Display` says what was expected, at the line
/// and column (in characters, from 1) an editor shows.
///
/// ```
/// let error = eligibility_core::json::parse("[1 2]").unwrap_err();
/// assert_eq!((error.line(), error.column()), (1, 4));
/// assert_eq!(error.to_string(), "expected a comma , or the end of the list ] at line 1, column 4");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    line: usize,
    column: usize,
}

/// What is wrong, each in an editor's words in [`Error`]'s `Display`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum ErrorKind {
    /// The text ends (or is empty) where a value should be.
    EndsWhereValueExpected,
    /// The text ends inside text in double quotes.
    EndsInsideText,
    /// Something other than a value where a value should be.
    ExpectedValue,
    /// Something other than a field name in double quotes.
    ExpectedFieldName,
    /// A field name not followed by a colon.
    ExpectedColon,
    /// A list item not followed by a comma or `]`.
    ExpectedCommaOrListEnd,
    /// An object's field not followed by a comma or `}`.
    ExpectedCommaOrObjectEnd,
    /// More after the one value the text holds.
    ExpectedEnd,
    /// A comma after the last field of an object or the last item of a list: `{ "a": 1, }`.
    TrailingComma {
        /// Whether it is before the end of an object `}` rather than of a list `]`.
        in_object: bool,
    },
    /// A quote JSON does not read where a double quote `"` belongs: a curly one a word processor
    /// put in (`“Permanent”`), or a single one; as text.
    WrongQuote(&'static str),
    /// A number not written as JSON writes them (`01`, `1.`, `-`).
    Number,
    /// A number too large for a float.
    NumberTooLarge,
    /// A `\u` escape without four hex digits.
    HexDigits,
    /// A backslash followed by what JSON does not escape.
    UnknownEscape,
    /// A `\u` escape of half a character: a surrogate without its other half.
    HalfCharacter,
    /// A line break or other control character inside text in double quotes.
    ControlCharacter,
    /// A field given twice in one object (refused by the tree, not serde_json).
    RepeatedField(String),
    /// Objects and lists nested past [`MAX_DEPTH`] (refused by the tree, not serde_json).
    TooDeep,
    /// Bytes that are not UTF-8, starting at the line and column.
    NotUtf8,
    /// What serde_json says that has no words of ours, in its words.
    Unexplained(String),
}

impl Error {
    /// `kind` at `line` and `column`, counted in characters from 1.
    pub(super) fn new(kind: ErrorKind, (line, column): (usize, usize)) -> Error {
        Error { kind, line, column }
    }

    /// The line the editor looks at, counted from 1.
    pub fn line(&self) -> usize {
        self.line
    }

    /// The column the editor looks at, counted in characters from 1.
    pub fn column(&self) -> usize {
        self.column
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Error { kind, line, column } = self;
        match kind {
            ErrorKind::EndsWhereValueExpected => {
                f.write_str("the text ends where a value was expected")
            }
            ErrorKind::EndsInsideText => f.write_str("the text ends inside text in double quotes"),
            ErrorKind::ExpectedValue => f.write_str(
                "expected a value (text in double quotes, a number, true, false, null, [ or {)",
            ),
            ErrorKind::ExpectedFieldName => f.write_str("expected a field name in double quotes"),
            ErrorKind::ExpectedColon => f.write_str("expected a colon : after the field name"),
            ErrorKind::ExpectedCommaOrListEnd => {
                f.write_str("expected a comma , or the end of the list ]")
            }
            ErrorKind::ExpectedCommaOrObjectEnd => {
                f.write_str("expected a comma , or the end of the object }")
            }
            ErrorKind::ExpectedEnd => f.write_str("expected the end of the text after the value"),
            ErrorKind::TrailingComma { in_object } => {
                let (last, end) = match in_object {
                    true => ("field of an object", "}"),
                    false => ("item of a list", "]"),
                };
                write!(
                    f,
                    "found a comma , after the last {last}: JSON has none before the {end}, so \
                     take the comma out"
                )
            }
            ErrorKind::WrongQuote(quote) => {
                let which = match *quote {
                    "'" => "a single quote",
                    _ => "a curly quote",
                };
                write!(
                    f,
                    "found {which} {quote} where JSON needs a straight double quote \": type \" in \
                     its place"
                )
            }
            ErrorKind::Number => {
                f.write_str("expected a number written as JSON writes them, like 12 or -1.5")
            }
            ErrorKind::NumberTooLarge => f.write_str(
                "expected a number no larger than a posting file needs, like 12 or -1.5",
            ),
            ErrorKind::HexDigits => f.write_str("expected four hex digits after \\u"),
            ErrorKind::UnknownEscape => f.write_str(
                "expected an escape JSON knows after the backslash: \
                 \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and four hex digits",
            ),
            ErrorKind::HalfCharacter => f.write_str(
                "expected a \\u escape of a whole character, or both halves of a pair",
            ),
            ErrorKind::ControlCharacter => f.write_str(
                "expected the text to go on, but found a line break or other control character \
                 (write \\n for a line break)",
            ),
            ErrorKind::RepeatedField(key) => {
                write!(f, "the field {} is given twice in one object", Quoted(key))
            }
            ErrorKind::TooDeep => write!(
                f,
                "it is nested more than {MAX_DEPTH} levels deep, deeper than any posting file can be"
            ),
            ErrorKind::NotUtf8 => {
                return write!(
                    f,
                    "expected text in UTF-8, but the bytes at line {line}, column {column} are \
                     not UTF-8"
                )
            }
            ErrorKind::Unexplained(said) => f.write_str(said),
        }?;
        write!(f, " at line {line}, column {column}")
    }
}

impl std::error::Error for Error {}
