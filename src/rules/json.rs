//! A parsed JSON document, as plain data.
//!
//! Posting files are read in two steps: text to [`Json`] (by [`crate::json_text`]), then [`Json`]
//! to postings by [`crate::rules::load`], which checks every field and reports every problem with
//! its path. Going through a plain tree, rather than deriving `Deserialize` for the postings
//! themselves, is what lets one bad file name *all* its problems in words an employer editing JSON
//! understands, instead of stopping at the first.

use std::fmt;

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

    /// How a message to an employer names this value: `the number 12`, `the text "twelve"`.
    pub fn describe(&self) -> Described<'_> {
        Described(self)
    }
}

/// Writes a number as an editor would have written it (`12`, `-1.5`, `0.25`), to six decimal places
/// at most; one too large to be meant as a count or a date is not written out.
fn number(n: f64, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    if !n.is_finite() || n.abs() >= 1e15 {
        return f.write_str("too large to write out");
    }
    // Adding 0.0 makes a -0 that rounding left behind a plain 0. Whole numbers, most often met,
    // are written as integers; others as JSON writes them.
    let rounded = (n * 1e6).round() / 1e6 + 0.0;
    if rounded.fract() == 0.0 {
        return write!(f, "{}", rounded as i64);
    }
    f.write_str(&serde_json::to_string(&rounded).unwrap_or_default())
}

/// A short description of a JSON value for error messages; see [`Json::describe`].
pub struct Described<'a>(&'a Json);

/// Text in double quotes for editors' messages, escaped as JSON writes it: `"say \"hi\""`.
pub struct Quoted<'a>(pub &'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Writing a string as JSON cannot fail.
        f.write_str(&serde_json::to_string(self.0).unwrap_or_default())
    }
}

impl fmt::Display for Described<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Json::Null => f.write_str("null"),
            Json::Bool(b) => write!(f, "{b}"),
            Json::Number(n) => {
                f.write_str("the number ")?;
                number(*n, f)
            }
            Json::String(s) if s.chars().count() > 40 => {
                let short: String = s.chars().take(37).collect();
                write!(f, "the text {}", Quoted(&format!("{short}...")))
            }
            Json::String(s) => write!(f, "the text {}", Quoted(s)),
            Json::Array(items) => write!(f, "a list of {} item(s)", items.len()),
            Json::Object(_) => f.write_str("an object { ... }"),
        }
    }
}
