//! The field reader: an object's fields read one by one, each checked against what it should
//! hold, with every problem kept by the one [`Reader`] that reads a file.

use super::address::{address_fault, AddressFault};
use super::problem::{Expected, Found, LoadError, Problem, ProblemKind, Thing};
use crate::json::{is_invisible, Json};
use crate::rules::date::{Date, YearMonth};
use crate::rules::words::Words;
use std::cell::RefCell;

pub(super) use super::object::Object;

/// The most characters a name may have: a posting's title, employer, service, location, contract,
/// working pattern and reference, a question's short name and an option's label. They
/// are shown in headings and lists, where one long unbroken word is slow to lay out (a title of
/// 128 KiB took 12 seconds) and a long name is hard to read; real ones are under 100.
pub const NAME_LIMIT: usize = 200;

/// The most characters any other text an applicant reads may have: summaries, details, quotes,
/// questions, hints, prompts and reasons, a posting's pay (which may say how it is made up) and
/// its source. A few paragraphs; the longest real one is under 600.
pub const TEXT_LIMIT: usize = 2000;

/// Reads one file, keeping every problem it finds; [`Reader::finish`] turns them into the file's
/// [`LoadError`]. Problems are kept behind a `RefCell` so that an object and the objects inside it
/// can all be read at once.
#[derive(Default)]
pub(super) struct Reader {
    problems: RefCell<Vec<Problem>>,
    /// The text read since the last [`Reader::check_welsh`], by the languages it was given in.
    welsh: RefCell<Languages>,
    /// The fields of a posting that a careers page's JobPosting gave (see `load::Joined`): their
    /// text is in either language, and is not noted for [`Reader::check_welsh`].
    from_page: Vec<String>,
}

/// The text read for one posting or bank, by the languages it was given in.
#[derive(Default)]
struct Languages {
    /// Whether any text was given in Welsh different from its English. Text given as the same in
    /// both (a place's name, or a careers page's facts) is in either language, and makes the
    /// posting neither Welsh nor English.
    any_welsh: bool,
    /// Where text was given in English only.
    english_only: Vec<String>,
}

impl Reader {
    /// A reader for a posting whose fields `from_page` a careers page's JobPosting gave.
    pub(super) fn from_page(from_page: &[String]) -> Reader {
        Reader {
            from_page: from_page.to_vec(),
            ..Reader::default()
        }
    }

    /// Whether the posting's field `key` is one a careers page's JobPosting gave.
    pub(super) fn is_from_page(&self, key: &str) -> bool {
        self.from_page.iter().any(|field| field == key)
    }

    /// Notes a problem at `path`.
    pub(super) fn add(&self, path: impl Into<String>, kind: ProblemKind) {
        self.problems.borrow_mut().push(Problem {
            path: path.into(),
            kind,
        });
    }

    /// How many problems have been noted so far: a part read without adding one read cleanly.
    #[cfg(feature = "employer")]
    pub(super) fn problem_count(&self) -> usize {
        self.problems.borrow().len()
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
    /// reorder what is shown: control characters; the bidirectional overrides and isolates
    /// U+202A to U+202E and U+2066 to U+2069, which can make a reason read backwards or hide
    /// words; the zero-width U+200B to U+200D, U+2060 and U+FEFF, which hide a word's difference
    /// from another; and the line and paragraph separators U+2028 and U+2029. The path is put together only when there is a problem to name.
    /// At most `limit` characters once trimmed ([`NAME_LIMIT`] or [`TEXT_LIMIT`]).
    pub(super) fn text(
        &self,
        value: &Json,
        limit: usize,
        path: impl FnOnce() -> String,
    ) -> Option<String> {
        let text = match value {
            Json::String(s) if !s.trim().is_empty() => s.trim(),
            _ => {
                self.expected(path(), Expected::Text, value);
                return None;
            }
        };
        if let Some((at, c)) = text.chars().enumerate().find(|&(_, c)| is_hidden(c)) {
            let kind = ProblemKind::HiddenCharacter {
                code: u32::from(c),
                at: at + 1,
            };
            self.add(path(), kind);
            return None;
        }
        let length = text.chars().count();
        if length > limit {
            self.add(path(), ProblemKind::TooLong { length, limit });
            return None;
        }
        Some(text.to_owned())
    }

    /// Checks the languages of the text read since the last call, for one posting or one bank:
    /// where some is given in Welsh, each text given in English only is a problem (all or none).
    /// Returns whether any was given in Welsh.
    pub(super) fn check_welsh(&self) -> bool {
        let Languages {
            any_welsh,
            english_only,
        } = self.welsh.take();
        if any_welsh {
            for path in english_only {
                self.add(path, ProblemKind::NoWelsh);
            }
        }
        any_welsh
    }

    /// Where the notes of languages stand, for [`Reader::forget_languages_since`].
    pub(super) fn languages_mark(&self) -> (bool, usize) {
        let languages = self.welsh.borrow();
        (languages.any_welsh, languages.english_only.len())
    }

    /// Forgets the languages of the text read since `mark`: text that is not the file's own (a
    /// copy of a question already in the bank it adds to), whose Welsh is the bank's.
    pub(super) fn forget_languages_since(&self, (any_welsh, english_only): (bool, usize)) {
        let mut languages = self.welsh.borrow_mut();
        languages.any_welsh = any_welsh;
        languages.english_only.truncate(english_only);
    }

    /// Text an applicant reads, given as a string (English) or as `{ "en": "…", "cy": "…" }`:
    /// both kept, and noted for [`Reader::check_welsh`].
    pub(super) fn words(
        &self,
        value: &Json,
        limit: usize,
        path: &dyn Fn() -> String,
    ) -> Option<Words> {
        let words = self.words_unnoted(value, limit, path)?;
        let mut languages = self.welsh.borrow_mut();
        match words.welsh() {
            None => languages.english_only.push(path()),
            Some(welsh) if welsh != words.as_english() => languages.any_welsh = true,
            Some(_) => {}
        }
        Some(words)
    }

    /// [`Reader::words`], for text in either language, which is not noted for
    /// [`Reader::check_welsh`]: a careers page's.
    pub(super) fn words_unnoted(
        &self,
        value: &Json,
        limit: usize,
        path: &dyn Fn() -> String,
    ) -> Option<Words> {
        let Json::Object(_) = value else {
            return self.text(value, limit, path).map(Words::english);
        };
        let mut o = self.object(value, &path(), Thing::Words)?;
        let english = o.text_within("en", limit);
        let welsh = o.optional_text_within("cy", limit);
        // A misspelt "cy" is one mistake: named as a field the checker does not know, and not
        // again as English without its Welsh.
        if !o.finish() {
            return None;
        }
        match (english, welsh) {
            (Some(english), Some(Some(welsh))) => Some(Words::both(english, welsh)),
            (Some(english), Some(None)) => Some(Words::english(english)),
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
    /// whose JobPosting has no url gives its own address. No user name before the host, and no
    /// invisible character: either makes the address read as another ([`AddressFault`]).
    pub(super) fn https_url(&self, value: &Json, path: &str) -> Option<String> {
        let Json::String(s) = value else {
            self.expected(path, Expected::WebAddress, value);
            return None;
        };
        let kind = match address_fault(s) {
            None => return Some(s.clone()),
            Some(AddressFault::NotWebAddress) => {
                self.expected(path, Expected::WebAddress, value);
                return None;
            }
            Some(AddressFault::UserName { host }) => ProblemKind::UserNameInAddress {
                found: s.clone(),
                host,
            },
            Some(AddressFault::Hidden { code, at }) => ProblemKind::HiddenCharacter { code, at },
        };
        self.add(path, kind);
        None
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

/// A character that display text must not hold; line breaks and tabs are allowed. The marks that
/// only set a direction (U+200E, U+200F) and the invisible operators (U+2061 to U+2064) are allowed
/// in text, where they change nothing a reader sees, though not in a web address.
fn is_hidden(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        || (is_invisible(c) && !matches!(c, '\u{200E}' | '\u{200F}' | '\u{2061}'..='\u{2064}'))
}
