//! A parsed JSON document, as plain data.
//!
//! Posting files are read in two steps: text to [`Json`] (by [`crate::json_text`]), then [`Json`]
//! to postings by [`crate::rules::load`], which checks every field and reports every problem with
//! its path. Going through a plain tree, rather than deriving `Deserialize` for the postings
//! themselves, is what lets one bad file name *all* its problems in words an employer editing JSON
//! understands, instead of stopping at the first.

use std::fmt::{self, Write as _};

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
        // Writing a string as JSON cannot fail. JSON leaves DEL and the C1 controls unescaped,
        // where an editor could not see them: they are written as \u escapes too.
        let json = serde_json::to_string(self.0).unwrap_or_default();
        for c in json.chars() {
            match c {
                '\u{7f}'..='\u{9f}' => write!(f, "\\u{:04x}", u32::from(c))?,
                c => f.write_char(c)?,
            }
        }
        Ok(())
    }
}
