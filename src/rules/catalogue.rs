//! A question bank and the postings that use it, loaded together.

use super::date::Date;
use super::json::Json;
use super::load::{self, LoadError};
use super::model::{Posting, PostingId, Question, QuestionId};

/// One file to load: its name, for messages, and its content already parsed as JSON (or the
/// parser's message when it is not JSON).
#[derive(Clone, Debug)]
pub struct Source {
    /// How messages name the file, such as `postings/kmpt.json`.
    pub file: String,
    /// The parsed content, or why it could not be parsed.
    pub json: Result<Json, String>,
}

/// Questions and the postings that ask them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalogue {
    questions: Vec<Question>,
    postings: Vec<Posting>,
}

impl Catalogue {
    /// Loads a question bank and the postings that refer to it. Every posting that is valid is
    /// kept; every file with problems gives one [`LoadError`] naming them all. When the question
    /// bank itself is bad, no posting can be checked against it, so none is loaded.
    pub fn load(questions: &Source, postings: &[Source]) -> (Catalogue, Vec<LoadError>) {
        let mut errors = Vec::new();
        let bank = match &questions.json {
            Ok(json) => load::questions(&questions.file, json),
            Err(cause) => Err(LoadError::not_json(&questions.file, cause)),
        };
        let bank = match bank {
            Ok(bank) => bank,
            Err(error) => return (Catalogue::default(), vec![error]),
        };
        let mut loaded: Vec<Posting> = Vec::new();
        for source in postings {
            let posting = match &source.json {
                Ok(json) => load::posting(&source.file, json, &bank),
                Err(cause) => Err(LoadError::not_json(&source.file, cause)),
            };
            match posting {
                Ok(posting) if loaded.iter().any(|p| p.id == posting.id) => {
                    errors.push(LoadError::duplicate_posting(&source.file, &posting.id));
                }
                Ok(posting) => loaded.push(posting),
                Err(error) => errors.push(error),
            }
        }
        let catalogue = Catalogue {
            questions: bank,
            postings: loaded,
        };
        (catalogue, errors)
    }

    /// Loads one file that holds both the question bank and the postings:
    /// `{ "questions": [ ... ], "postings": [ { ... }, ... ] }`. Without `"questions"`, the postings
    /// use `standard_questions` (the built-in bank), so an employer need not copy it. Problems are
    /// reported as for separate files, with paths inside this one (`postings[1].criteria[0].class`).
    pub fn load_bundle(
        source: &Source,
        standard_questions: &[Question],
    ) -> (Catalogue, Vec<LoadError>) {
        let json = match &source.json {
            Ok(json) => json,
            Err(cause) => {
                return (
                    Catalogue::default(),
                    vec![LoadError::not_json(&source.file, cause)],
                )
            }
        };
        let (questions, postings) = match json {
            Json::Object(pairs) => {
                let field = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v);
                let unknown: Vec<&str> = pairs
                    .iter()
                    .map(|(k, _)| k.as_str())
                    .filter(|k| !["questions", "postings", "$schema"].contains(k))
                    .collect();
                match (field("postings"), unknown.as_slice()) {
                    (Some(Json::Array(postings)), []) => (
                        field("questions")
                            .map(|q| Json::Object(vec![("questions".to_owned(), q.clone())])),
                        postings.clone(),
                    ),
                    (postings, _) => {
                        let (path, message) = match (postings, unknown.first()) {
                            (_, Some(key)) => (*key, "this field is not one the checker knows: expected one of postings, questions".to_owned()),
                            (None, None) => ("postings", "this field is missing: expected a list [ ... ] of postings".to_owned()),
                            (Some(other), None) => ("postings", format!("expected a list [ ... ] of postings, found {}", other.describe())),
                        };
                        return (
                            Catalogue::default(),
                            vec![LoadError::bundle(&source.file, path, message)],
                        );
                    }
                }
            }
            other => {
                let message = format!(
                    "expected an object {{ \"questions\": [ ... ], \"postings\": [ ... ] }}, found {}",
                    other.describe()
                );
                return (
                    Catalogue::default(),
                    vec![LoadError::bundle(&source.file, "", message)],
                );
            }
        };
        let bank = match questions.map(|q| load::questions(&source.file, &q)) {
            None => standard_questions.to_vec(),
            Some(Ok(bank)) => bank,
            Some(Err(error)) => return (Catalogue::default(), vec![error]),
        };
        let mut errors = Vec::new();
        let mut loaded: Vec<Posting> = Vec::new();
        for (i, json) in postings.iter().enumerate() {
            let prefix = format!("postings[{i}]");
            match load::posting(&source.file, json, &bank) {
                Ok(posting) if loaded.iter().any(|p| p.id == posting.id) => errors
                    .push(LoadError::duplicate_posting(&source.file, &posting.id).within(&prefix)),
                Ok(posting) => loaded.push(posting),
                Err(error) => errors.push(error.within(&prefix)),
            }
        }
        (
            Catalogue {
                questions: bank,
                postings: loaded,
            },
            errors,
        )
    }

    /// The question with this id.
    pub fn question(&self, id: &QuestionId) -> Option<&Question> {
        self.questions.iter().find(|q| &q.id == id)
    }

    /// The posting with this id.
    pub fn posting(&self, id: &PostingId) -> Option<&Posting> {
        self.postings.iter().find(|p| &p.id == id)
    }

    /// Every posting loaded, in the order given.
    pub fn postings(&self) -> &[Posting] {
        &self.postings
    }

    /// The postings as the applicant sees them listed: those still open first, then the closed
    /// ones, each group in the order given.
    pub fn postings_open_first(&self, today: Date) -> Vec<&Posting> {
        let (open, closed): (Vec<&Posting>, Vec<&Posting>) =
            self.postings.iter().partition(|p| !p.is_closed(today));
        open.into_iter().chain(closed).collect()
    }

    /// Every question in the bank.
    pub fn questions(&self) -> &[Question] {
        &self.questions
    }
}
