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
/// at most. By hand, not with `{}` on the `f64`: the standard library's float formatting is about
/// 10 KB of wasm that every applicant would download for the sake of an editor's error message.
fn number(n: f64, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    const PLACES: usize = 6;
    const SCALE: u64 = 1_000_000;
    if !n.is_finite() || n.abs() >= 1e15 {
        return f.write_str("too large to write out");
    }
    let scaled = (n.abs() * SCALE as f64).round() as u64;
    let (whole, mut fraction) = (scaled / SCALE, scaled % SCALE);
    let sign = if n < 0.0 && scaled != 0 { "-" } else { "" };
    if fraction == 0 {
        return write!(f, "{sign}{whole}");
    }
    let mut places = PLACES;
    while fraction % 10 == 0 {
        fraction /= 10;
        places -= 1;
    }
    write!(f, "{sign}{whole}.{fraction:0places$}")
}

/// A short description of a JSON value for error messages; see [`Json::describe`].
pub struct Described<'a>(&'a Json);

/// Text in double quotes for editors' messages, escaped as JSON writes it: `"say \"hi\""`.
///
/// Not `{:?}`: Rust's debug quoting links tables of printable Unicode into the wasm.
pub struct Quoted<'a>(pub &'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use fmt::Write as _;
        f.write_char('"')?;
        for c in self.0.chars() {
            match c {
                '"' => f.write_str("\\\"")?,
                '\\' => f.write_str("\\\\")?,
                '\n' => f.write_str("\\n")?,
                '\r' => f.write_str("\\r")?,
                '\t' => f.write_str("\\t")?,
                c if c < ' ' || c == '\u{7f}' => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    let n = c as usize;
                    f.write_str("\\u00")?;
                    f.write_char(char::from(HEX[n >> 4]))?;
                    f.write_char(char::from(HEX[n & 15]))?;
                }
                c => f.write_char(c)?,
            }
        }
        f.write_char('"')
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
