//! An object's fields, read one by one by the [`Reader`] of its file.

use super::problem::{item_paths, Expected, ProblemKind, Things};
use super::reader::{Reader, NAME_LIMIT, TEXT_LIMIT};
use crate::json::Json;
use crate::rules::date::Date;
use crate::rules::words::Words;

/// An object's fields, read one by one; [`Object::finish`] reports any field that was never
/// read, so a misspelt name is caught rather than silently ignored.
pub(super) struct Object<'j, 'r> {
    pub(super) reader: &'r Reader,
    pub(super) path: String,
    pub(super) pairs: &'j [(String, Json)],
    pub(super) known: Vec<&'static str>,
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
        self.text_within(key, limit(key))
    }

    /// [`Object::text`], of at most `limit` characters.
    pub(super) fn text_within(&mut self, key: &'static str, limit: usize) -> Option<String> {
        let value = self.required(key, Expected::Text)?;
        self.reader.text(value, limit, || self.child(key))
    }

    /// `Some(None)` when the field is absent, `None` when it holds something that is not text.
    pub(super) fn optional_text(&mut self, key: &'static str) -> Option<Option<String>> {
        self.optional_text_within(key, limit(key))
    }

    /// [`Object::optional_text`], of at most `limit` characters.
    pub(super) fn optional_text_within(
        &mut self,
        key: &'static str,
        limit: usize,
    ) -> Option<Option<String>> {
        match self.optional(key) {
            None => Some(None),
            Some(value) => self.reader.text(value, limit, || self.child(key)).map(Some),
        }
    }

    /// Text an applicant reads, in English or in English and Welsh ([`Reader::words`]).
    pub(super) fn words(&mut self, key: &'static str) -> Option<Words> {
        let value = self.required(key, Expected::Text)?;
        self.words_of(key, value)
    }

    /// [`Object::words`], where the field may be absent (`Some(None)`).
    pub(super) fn optional_words(&mut self, key: &'static str) -> Option<Option<Words>> {
        match self.optional(key) {
            None => Some(None),
            Some(value) => self.words_of(key, value).map(Some),
        }
    }

    /// The words of field `key`: noted by language, unless a careers page gave this posting's
    /// field (a posting is the object at the top of its file).
    fn words_of(&self, key: &str, value: &Json) -> Option<Words> {
        let path = || self.child(key);
        match self.path.is_empty() && self.reader.is_from_page(key) {
            true => self.reader.words_unnoted(value, limit(key), &path),
            false => self.reader.words(value, limit(key), &path),
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
            Json::Array(items) => Some(item_paths(&path, items).into_iter().zip(items).collect()),
            other => {
                self.reader.expected(path, expected(), other);
                None
            }
        }
    }

    /// Reports every field that was never read, with the known one most likely meant; returns
    /// whether there was none.
    pub(super) fn finish(self) -> bool {
        let mut all_known = true;
        for (key, _) in self.pairs {
            if !self.known.contains(&key.as_str()) {
                let mut known = self.known.clone();
                known.sort_unstable();
                known.dedup();
                let given = key.clone();
                self.reader
                    .add(self.child(key), ProblemKind::UnknownField { known, given });
                all_known = false;
            }
        }
        all_known
    }
}

/// The most characters the text field `key` may have: [`NAME_LIMIT`] for names, [`TEXT_LIMIT`] for
/// the rest.
fn limit(key: &str) -> usize {
    match key {
        "title" | "employer" | "service" | "location" | "area" | "contract" | "working_pattern"
        | "reference" | "short" | "label" => NAME_LIMIT,
        _ => TEXT_LIMIT,
    }
}
