//! A question bank and the postings that use it, loaded together: loading is in
//! [`load`](super::load), search and the list's filters in [`search`](super::search).

use super::load::ProblemKind;
use super::model::{Bank, Criterion, Posting, PostingId, Question, QuestionId};
use super::search::Index;
use crate::json::Json;
use std::rc::Rc;

/// One file to load: its name, for messages, and its content already parsed as JSON (or what kept
/// it from being read).
#[derive(Clone, Debug)]
pub struct Source {
    /// How messages name the file, such as `postings/kmpt.json`.
    pub file: String,
    /// The parsed content, or why it could not be read: [`ProblemKind::NotJson`] with the JSON
    /// reader's words, or [`ProblemKind::Unusable`] when it could not be fetched at all.
    pub json: Result<Json, ProblemKind>,
}

impl Source {
    /// A file of JSON text, read strictly, as posting files are ([`crate::json::parse`]).
    pub fn parse(file: impl Into<String>, text: &str) -> Source {
        Source {
            file: file.into(),
            json: crate::json::parse(text).map_err(not_json),
        }
    }

    /// A page's JSON-LD, read as leniently as browsers read it ([`crate::json::parse_lenient`]).
    pub fn parse_lenient(file: impl Into<String>, text: &str) -> Source {
        Source {
            file: file.into(),
            json: crate::json::parse_lenient(text).map_err(not_json),
        }
    }

    /// A file as read or fetched, which may not be UTF-8 ([`crate::json::parse_bytes`]).
    pub fn parse_bytes(file: impl Into<String>, bytes: &[u8]) -> Source {
        Source {
            file: file.into(),
            json: crate::json::parse_bytes(bytes).map_err(not_json),
        }
    }
}

/// The problem of text that is not JSON: the JSON reader's words.
fn not_json(error: crate::json::Error) -> ProblemKind {
    ProblemKind::NotJson {
        cause: error.to_string(),
    }
}

/// Questions and the postings that ask them.
///
/// A catalogue is equal to itself and its clones only (see its `PartialEq`), and is `Eq`, so that
/// comparing two `Rc<Catalogue>`s (as Yew does with props at every render) is a pointer comparison.
#[derive(Clone, Debug, Default)]
pub struct Catalogue {
    pub(super) bank: Rc<Bank>,
    /// Shared, so that a view is given the very posting it shows.
    pub(super) postings: Vec<Rc<Posting>>,
    /// Each posting's searchable words and the filters' choices, worked out once at load.
    pub(super) search: Index,
}

impl PartialEq for Catalogue {
    /// The same loaded catalogue: the same bank and postings, shared rather than equal copies.
    /// The app compares catalogues only to skip work when nothing changed, and two loads of the
    /// same files (one in each language) are rightly two catalogues. Comparing postings field by
    /// field would also bring that comparison's code into the page, for nothing.
    fn eq(&self, other: &Catalogue) -> bool {
        Rc::ptr_eq(&self.bank, &other.bank)
            && self.postings.len() == other.postings.len()
            && self
                .postings
                .iter()
                .zip(&other.postings)
                .all(|(a, b)| Rc::ptr_eq(a, b))
    }
}

impl Eq for Catalogue {}

impl Catalogue {
    /// A catalogue of these postings, asking the questions of `bank`; its search index is made
    /// here, once.
    pub(crate) fn new(bank: Bank, postings: Vec<Posting>) -> Catalogue {
        let postings: Vec<Rc<Posting>> = postings.into_iter().map(Rc::new).collect();
        let search = Index::of(&postings);
        Catalogue {
            bank: Rc::new(bank),
            postings,
            search,
        }
    }

    /// The question with this id.
    pub fn question(&self, id: &QuestionId) -> Option<&Question> {
        self.bank.question(id.as_str())
    }

    /// The posting with this id.
    pub fn posting(&self, id: &PostingId) -> Option<&Rc<Posting>> {
        self.postings.iter().find(|p| &p.id == id)
    }

    /// Every posting loaded, in the order given.
    pub fn postings(&self) -> &[Rc<Posting>] {
        &self.postings
    }

    /// Every question in the bank.
    pub fn questions(&self) -> &[Question] {
        self.bank.questions()
    }

    /// The criteria the bank shares, which postings use by id.
    pub fn shared_criteria(&self) -> &[Criterion] {
        self.bank.criteria()
    }

    /// The question bank: the questions and the shared criteria.
    pub fn bank(&self) -> &Rc<Bank> {
        &self.bank
    }
}
