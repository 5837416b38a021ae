//! The field reader: an object's fields read one by one, each checked against what it should
//! hold, with every problem kept by the one [`Reader`] that reads a file.

use super::problem::{Expected, Found, LoadError, Problem, ProblemKind, Thing, Things};
use crate::json::Json;
use crate::rules::date::{Date, YearMonth};
use crate::rules::welsh::Welsh;
use crate::rules::Language;
use std::cell::RefCell;

/// Reads one file, keeping every problem it finds; [`Reader::finish`] turns them into the file's
/// [`LoadError`]. Problems are kept behind a `RefCell` so that an object and the objects inside it
/// can all be read at once.
#[derive(Default)]
pub(super) struct Reader {
    problems: RefCell<Vec<Problem>>,
    /// The text read since the last [`Reader::take_welsh`].
    welsh: RefCell<Languages>,
    /// The language text is read in: where a file gives both, this one's is kept.
    pub(super) language: Language,
}

/// The text read for one posting or bank, by the languages it was given in.
#[derive(Default)]
struct Languages {
    /// Each English text given with its Welsh.
    both: Vec<(String, String)>,
    /// Text given as the same in both (a place's name, or a careers page's facts): it is in
    /// either language, and makes the posting neither Welsh nor English.
    same: Vec<(String, String)>,
    /// Where text was given in English only.
    english_only: Vec<String>,
}

impl Reader {
    /// Notes a problem at `path`.
    pub(super) fn add(&self, path: impl Into<String>, kind: ProblemKind) {
        self.problems.borrow_mut().push(Problem {
            path: path.into(),
            kind,
        });
    }

    /// Notes that the value `found` at `path` is not the `expected` one.
    pub(super) fn expected(&self, path: impl Into<String>, expected: Expected, found: &Json) {
        let kind = ProblemKind::Expected {
            expected,
            found: Found::of(found),
        };
        self.add(path, kind);
    }

    /// The value read, when the file had no problems; otherwise all of them, naming `file`.
    pub(super) fn finish<T>(self, file: &str, value: Option<T>) -> Result<T, LoadError> {
        let problems = self.problems.into_inner();
        match value {
            Some(value) if problems.is_empty() => Ok(value),
            _ => Err(LoadError::all(file, problems)),
        }
    }

    /// `json` as an object (`what` names it in the problem when it is not).
    pub(super) fn object<'j>(
        &self,
        json: &'j Json,
        path: &str,
        what: Thing,
    ) -> Option<Object<'j, '_>> {
        match json {
            Json::Object(pairs) => Some(Object {
                reader: self,
                path: path.to_owned(),
                pairs,
                known: Vec::new(),
            }),
            other => {
                self.expected(path, Expected::Object(what), other);
                None
            }
        }
    }

    /// Text an applicant reads: not empty once trimmed, and free of the characters that hide or
    /// reorder what is shown (control characters, and the bidirectional overrides and isolates
    /// U+202A to U+202E and U+2066 to U+2069, which can make a reason read backwards or hide
    /// words). The path is put together only when there is a problem to name.
    pub(super) fn text(&self, value: &Json, path: impl FnOnce() -> String) -> Option<String> {
        let text = match value {
            Json::String(s) if !s.trim().is_empty() => s,
            _ => {
                self.expected(path(), Expected::Text, value);
                return None;
            }
        };
        match text.chars().enumerate().find(|&(_, c)| is_hidden(c)) {
            None => Some(text.trim().to_owned()),
            Some((at, c)) => {
                let kind = ProblemKind::HiddenCharacter {
                    code: u32::from(c),
                    at: at + 1,
                };
                self.add(path(), kind);
                None
            }
        }
    }

    /// The Welsh given with the text read since the last call: for one posting, or one bank. Where
    /// some is given, each text given in English only is a problem: all or none.
    pub(super) fn take_welsh(&self) -> Welsh {
        let Languages {
            mut both,
            same,
            english_only,
        } = self.welsh.take();
        if !both.is_empty() {
            for path in english_only {
                self.add(path, ProblemKind::NoWelsh);
            }
        }
        both.extend(same);
        Welsh::new(both)
    }

    /// A reader of text in `language`.
    pub(super) fn new(language: Language) -> Reader {
        Reader {
            language,
            ..Reader::default()
        }
    }

    /// Text an applicant reads, given as a string or as `{ "en": "…", "cy": "…" }`: in the
    /// reader's language where the file gives it, else the English; both kept for
    /// [`Reader::take_welsh`].
    pub(super) fn words(&self, value: &Json, path: &dyn Fn() -> String) -> Option<String> {
        let Json::Object(_) = value else {
            let english = self.text(value, path)?;
            self.welsh.borrow_mut().english_only.push(path());
            return Some(english);
        };
        let mut o = self.object(value, &path(), Thing::Words)?;
        let english = o.text("en");
        let welsh = o.optional_text("cy");
        o.finish();
        match (english, welsh) {
            (Some(english), Some(Some(welsh))) => {
                let shown = match self.language {
                    Language::English => english.clone(),
                    Language::Welsh => welsh.clone(),
                };
                let mut read = self.welsh.borrow_mut();
                match english == welsh {
                    true => read.same.push((english, welsh)),
                    false => read.both.push((english, welsh)),
                }
                Some(shown)
            }
            (Some(english), Some(None)) => {
                self.welsh.borrow_mut().english_only.push(path());
                Some(english)
            }
            _ => None,
        }
    }

    /// An id: lower-case ASCII letters, digits, `-` and `_`.
    pub(super) fn id(&self, value: &Json, path: impl FnOnce() -> String) -> Option<String> {
        match value {
            Json::String(s)
                if !s.is_empty()
                    && s.bytes().all(|b| {
                        b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_'
                    }) =>
            {
                Some(s.clone())
            }
            other => {
                self.expected(path(), Expected::Id, other);
                None
            }
        }
    }

    /// A date written `YYYY-MM-DD`.
    pub(super) fn date(&self, value: &Json, path: impl FnOnce() -> String) -> Option<Date> {
        let date = match value {
            Json::String(s) => Date::parse_iso(s),
            _ => None,
        };
        if date.is_none() {
            self.expected(path(), Expected::Date, value);
        }
        date
    }

    /// A web address for a link the applicant follows. Only https: anything else (`javascript:`,
    /// `data:`) would let a posting file run code in the page. Plain http only for this computer
    /// (`localhost`, `127.0.0.1`), as browsers also trust it: a careers page tried out locally
    /// whose JobPosting has no url gives its own address.
    pub(super) fn https_url(&self, value: &Json, path: &str) -> Option<String> {
        match value {
            Json::String(s) if is_web_address(s) => Some(s.clone()),
            other => {
                self.expected(path, Expected::WebAddress, other);
                None
            }
        }
    }

    /// A whole number of weeks, from 1 to 520.
    pub(super) fn weeks(&self, value: &Json, path: &str) -> Option<u32> {
        match value {
            Json::Number(n) if n.fract() == 0.0 && (1.0..=520.0).contains(n) => Some(*n as u32),
            other => {
                self.expected(path, Expected::Weeks, other);
                None
            }
        }
    }

    /// A month written `YYYY-MM`.
    pub(super) fn month(&self, value: &Json, path: &str) -> Option<YearMonth> {
        let month = match value {
            Json::String(s) if s.len() == 7 => {
                Date::parse_iso(&format!("{s}-01")).map(Date::year_month)
            }
            _ => None,
        };
        if month.is_none() {
            self.expected(path, Expected::Month, value);
        }
        month
    }

    /// A whole number of months, from 1 to 1200.
    pub(super) fn months(&self, value: &Json, path: &str) -> Option<u32> {
        match value {
            Json::Number(n) if n.fract() == 0.0 && (1.0..=1200.0).contains(n) => Some(*n as u32),
            other => {
                self.expected(path, Expected::Months, other);
                None
            }
        }
    }
}

/// Whether `s` is a web address a link may go to: `https://` and a host, or plain `http://` to this
/// computer (`localhost` or `127.0.0.1`, then a port, a path or nothing), with no white space.
pub fn is_web_address(s: &str) -> bool {
    let local = ["http://localhost", "http://127.0.0.1"]
        .iter()
        .any(|start| {
            s.strip_prefix(start)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([':', '/']))
        });
    (local || s.len() > "https://".len() && s.starts_with("https://"))
        && !s.contains(char::is_whitespace)
        && !(local && s.contains('@'))
}

/// A character that display text must not hold; line breaks and tabs are allowed.
fn is_hidden(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// An object's fields, read one by one; [`Object::finish`] reports any field that was never
/// read, so a misspelt name is caught rather than silently ignored.
pub(super) struct Object<'j, 'r> {
    pub(super) reader: &'r Reader,
    path: String,
    pairs: &'j [(String, Json)],
    known: Vec<&'static str>,
}

impl<'j> Object<'j, '_> {
    /// The path of field `key`. Built with `push_str` rather than `format!`: nearly every field
    /// read makes one, and with the formatter loading 1,000 postings takes a fifth more
    /// instructions (552M against 462M, `scripts/bench-instructions.sh`).
    pub(super) fn child(&self, key: &str) -> String {
        let mut path = String::with_capacity(self.path.len() + 1 + key.len());
        path.push_str(&self.path);
        if !self.path.is_empty() {
            path.push('.');
        }
        path.push_str(key);
        path
    }

    /// Counts `keys` as belonging here without reading them: fields whose meaning depends on
    /// another field that could not be read.
    pub(super) fn allow(&mut self, keys: &[&'static str]) {
        self.known.extend(keys);
    }

    /// The field's value; `null` counts as absent.
    pub(super) fn optional(&mut self, key: &'static str) -> Option<&'j Json> {
        self.known.push(key);
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
            .filter(|v| **v != Json::Null)
    }

    /// The field's value, or a problem saying it is missing and what was `expected`.
    pub(super) fn required(&mut self, key: &'static str, expected: Expected) -> Option<&'j Json> {
        let value = self.optional(key);
        if value.is_none() {
            self.reader
                .add(self.child(key), ProblemKind::Missing { expected });
        }
        value
    }

    pub(super) fn text(&mut self, key: &'static str) -> Option<String> {
        let value = self.required(key, Expected::Text)?;
        self.reader.text(value, || self.child(key))
    }

    /// `Some(None)` when the field is absent, `None` when it holds something that is not text.
    pub(super) fn optional_text(&mut self, key: &'static str) -> Option<Option<String>> {
        match self.optional(key) {
            None => Some(None),
            Some(value) => self.reader.text(value, || self.child(key)).map(Some),
        }
    }

    /// Text an applicant reads, in English or in English and Welsh ([`Reader::words`]).
    pub(super) fn words(&mut self, key: &'static str) -> Option<String> {
        let value = self.required(key, Expected::Text)?;
        self.reader.words(value, &|| self.child(key))
    }

    /// [`Object::words`], where the field may be absent (`Some(None)`).
    pub(super) fn optional_words(&mut self, key: &'static str) -> Option<Option<String>> {
        match self.optional(key) {
            None => Some(None),
            Some(value) => self.reader.words(value, &|| self.child(key)).map(Some),
        }
    }

    pub(super) fn id(&mut self, key: &'static str) -> Option<String> {
        let value = self.required(key, Expected::Id)?;
        self.reader.id(value, || self.child(key))
    }

    pub(super) fn optional_date(&mut self, key: &'static str) -> Option<Option<Date>> {
        match self.optional(key) {
            None => Some(None),
            Some(value) => self.reader.date(value, || self.child(key)).map(Some),
        }
    }

    /// A list of at least one `what`, each item with its path.
    pub(super) fn list(
        &mut self,
        key: &'static str,
        what: Things,
    ) -> Option<Vec<(String, &'j Json)>> {
        let expected = || Expected::List(what);
        let path = self.child(key);
        let Some(value) = self.optional(key) else {
            self.reader.add(
                path,
                ProblemKind::Missing {
                    expected: expected(),
                },
            );
            return None;
        };
        match value {
            Json::Array(items) if items.is_empty() => {
                self.reader.add(
                    path,
                    ProblemKind::EmptyList {
                        expected: expected(),
                    },
                );
                None
            }
            Json::Array(items) => Some(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| (format!("{path}[{i}]"), item))
                    .collect(),
            ),
            other => {
                self.reader.expected(path, expected(), other);
                None
            }
        }
    }

    /// Reports every field that was never read.
    pub(super) fn finish(self) {
        for (key, _) in self.pairs {
            if !self.known.contains(&key.as_str()) {
                let mut known = self.known.clone();
                known.sort_unstable();
                known.dedup();
                self.reader
                    .add(self.child(key), ProblemKind::UnknownField { known });
            }
        }
    }
}
