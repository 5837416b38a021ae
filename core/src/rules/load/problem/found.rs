//! What a field holds instead ([`Found`]), the second half of "expected ..., found ...", and its
//! words.

use crate::json::{Json, Quoted};
use std::fmt;

/// What a field holds instead: the second half of "expected ..., found ...".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(Number),
    /// Text, its first 40 characters.
    Text(String),
    /// An id that names nothing, as given.
    Id(String),
    /// A list of so many items.
    List(usize),
    /// An object.
    Object,
}

/// A number as found in a file, compared by its bits.
#[derive(Clone, Copy, Debug)]
pub struct Number(pub f64);

impl PartialEq for Number {
    fn eq(&self, other: &Number) -> bool {
        self.0.to_bits() == other.0.to_bits()
    }
}

impl Eq for Number {}

impl Found {
    /// How a message names `json`: the text cut to its first 40 characters.
    pub fn of(json: &Json) -> Found {
        match json {
            Json::Null => Found::Null,
            Json::Bool(b) => Found::Bool(*b),
            Json::Number(n) => Found::Number(Number(*n)),
            Json::String(s) if s.chars().count() > 40 => {
                Found::Text(format!("{}...", s.chars().take(37).collect::<String>()))
            }
            Json::String(s) => Found::Text(s.clone()),
            Json::Array(items) => Found::List(items.len()),
            Json::Object(_) => Found::Object,
        }
    }
}

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Found::Null => f.write_str("null"),
            Found::Bool(b) => write!(f, "{b}"),
            Found::Number(Number(n)) => {
                f.write_str("the number ")?;
                // As an editor would have written it, to six decimal places at most; one too
                // large to be meant as a count or a date is not written out.
                if !n.is_finite() || n.abs() >= 1e15 {
                    return f.write_str("too large to write out");
                }
                // In whole millionths, written with integers only: formatting a float would
                // bring its digit tables into the wasm. A -0 that rounding leaves is a plain 0.
                let whole = n.abs().trunc();
                let mut millionths = ((n.abs() - whole) * 1e6).round() as u32;
                let mut whole = whole as u64;
                if millionths == 1_000_000 {
                    (whole, millionths) = (whole + 1, 0);
                }
                if n.is_sign_negative() && (whole, millionths) != (0, 0) {
                    f.write_str("-")?;
                }
                write!(f, "{whole}")?;
                if millionths == 0 {
                    return Ok(());
                }
                let digits = format!("{millionths:06}");
                write!(f, ".{}", digits.trim_end_matches('0'))
            }
            Found::Text(s) => write!(f, "the text {}", Quoted(s)),
            Found::Id(id) => write!(f, "{}", Quoted(id)),
            Found::List(n) => write!(f, "a list of {n} item(s)"),
            Found::Object => f.write_str("an object { ... }"),
        }
    }
}
