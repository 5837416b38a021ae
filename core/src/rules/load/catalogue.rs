//! Loading a catalogue: a question bank and posting files, or one file holding both (a bundle).

use crate::json::Json;
use crate::rules::catalogue::{Catalogue, Source};
use crate::rules::load::problem::item_paths;
use crate::rules::load::{self, Expected, Found, Joined, LoadError, ProblemKind, Things};
use crate::rules::model::{Bank, Posting};
use crate::rules::seen::Seen;

impl Catalogue {
    /// Loads a question bank (with any criteria it shares) and the postings that refer to it.
    /// Every posting that is valid is kept; every file with problems gives one [`LoadError`]
    /// naming them all. When the question
    /// bank itself is bad, no posting can be checked against it, so none is loaded.
    pub fn load(questions: &Source, postings: &[Source]) -> (Catalogue, Vec<LoadError>) {
        let bank = match &questions.json {
            Ok(json) => load::bank(&questions.file, json, None),
            Err(cause) => Err(LoadError::unread(&questions.file, cause)),
        };
        match bank {
            Ok(bank) => Catalogue::load_postings(bank, postings),
            Err(error) => (Catalogue::default(), vec![error]),
        }
    }

    /// Loads posting files that refer to `bank`, a question bank already loaded: every posting
    /// that is valid is kept; every file with problems gives one [`LoadError`] naming them all.
    pub fn load_postings(bank: Bank, postings: &[Source]) -> (Catalogue, Vec<LoadError>) {
        let mut errors = Vec::new();
        let mut loaded: Vec<Posting> = Vec::new();
        let mut ids = Seen::default();
        for source in postings {
            let posting = match &source.json {
                Ok(json) => load::posting(&source.file, json, &bank),
                Err(cause) => Err(LoadError::unread(&source.file, cause)),
            };
            match posting {
                Ok(posting) if !ids.first(posting.id.as_str()) => {
                    errors.push(LoadError::duplicate_posting(&source.file, &posting.id));
                }
                Ok(posting) => loaded.push(posting),
                Err(error) => errors.push(error),
            }
        }
        (Catalogue::new(bank, loaded), errors)
    }

    /// Loads one file that holds both the question bank and the postings:
    /// `{ "questions": [ ... ], "criteria": [ ... ], "postings": [ { ... }, ... ] }`. The file's
    /// own `"questions"` and `"criteria"` are added to those of `standard` (the built-in bank), so
    /// an employer need not copy them: one with an id `standard` already has is a problem, unless
    /// it is a copy of `standard`'s ([`load::bank`]). Problems are reported as for separate files,
    /// with paths inside this one, each posting and criterion named by its id where it has one
    /// (`postings[leeds-peer-mentor].criteria[dbs].class`), else by its place counted from one.
    ///
    /// ```
    /// use eligibility_core::{builtin, rules::{Catalogue, Source}};
    ///
    /// let text = r#"{ "postings": [{
    ///     "id": "leeds-peer-mentor", "title": "Peer Mentor", "employer": "A Trust",
    ///     "service": "Ward 2", "location": "Leeds", "pay": "Band 3", "contract": "Permanent",
    ///     "working_pattern": "Full time", "apply_url": "https://example.org/apply",
    ///     "source": "https://example.org/jobs/1",
    ///     "criteria": [
    ///         { "use": "kmpt-twelve-months-without-services" },
    ///         { "id": "shared", "summary": "Willing to share your experience", "class": "essential",
    ///           "rule": { "kind": "answer_in", "question": "willing_to_share", "meets": ["yes"] } },
    ///         { "id": "dbs", "summary": "An enhanced DBS check", "class": "after_offer" }
    ///     ]
    /// }, { "id": "Leeds 2" }] }"#;
    /// let source = Source::parse("jobs.json", text);
    /// let (catalogue, errors) = Catalogue::load_bundle(&source, &builtin::standard_bank());
    ///
    /// assert_eq!(catalogue.postings().len(), 1, "the good posting loads beside the bad one");
    /// // The month, whether the only care since was from a GP (asked where the month is too
    /// // recent), and willingness to share.
    /// assert_eq!(catalogue.postings()[0].question_ids().len(), 3);
    /// assert_eq!(
    ///     errors[0].to_string().lines().next(),
    ///     Some(r#"jobs.json: postings[2].id: expected an id of lower-case letters, digits, '-' and '_', like "lived_experience", found the text "Leeds 2""#)
    /// );
    /// ```
    pub fn load_bundle(source: &Source, standard: &Bank) -> (Catalogue, Vec<LoadError>) {
        Catalogue::load_bundle_at(source, standard, None)
    }

    /// [`Catalogue::load_bundle`], for a criteria file's entries joined to the page's
    /// JobPostings: `joined` gives each posting's place in the file as problems name it (where
    /// some could not be joined and are not here) and the fields its JobPosting gave; `None`
    /// where the postings are in the file's order and the file gave every field.
    pub(crate) fn load_bundle_at(
        source: &Source,
        standard: &Bank,
        joined: Option<&[Joined]>,
    ) -> (Catalogue, Vec<LoadError>) {
        let json = match &source.json {
            Ok(json) => json,
            Err(cause) => {
                return (
                    Catalogue::default(),
                    vec![LoadError::unread(&source.file, cause)],
                )
            }
        };
        let (questions, postings) = match json {
            Json::Object(pairs) => {
                let field = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v);
                let unknown: Vec<&str> = pairs
                    .iter()
                    .map(|(k, _)| k.as_str())
                    .filter(|k| !["questions", "criteria", "postings", "$schema"].contains(k))
                    .collect();
                match (field("postings"), unknown.as_slice()) {
                    // The bank is small and copied into an object of its own; the postings,
                    // which may be thousands, are read where they are.
                    (Some(Json::Array(postings)), []) => (
                        Json::Object(
                            pairs
                                .iter()
                                .filter(|(k, _)| k == "questions" || k == "criteria")
                                .cloned()
                                .collect(),
                        ),
                        postings.as_slice(),
                    ),
                    (postings, _) => {
                        let (path, kind) = match (postings, unknown.first()) {
                            (_, Some(key)) => {
                                let known = vec!["criteria", "postings", "questions"];
                                let given = (*key).to_owned();
                                (*key, ProblemKind::UnknownField { known, given })
                            }
                            (None, None) => (
                                "postings",
                                ProblemKind::Missing {
                                    expected: Expected::List(Things::Postings),
                                },
                            ),
                            (Some(other), None) => (
                                "postings",
                                ProblemKind::Expected {
                                    expected: Expected::List(Things::Postings),
                                    found: Found::of(other),
                                },
                            ),
                        };
                        return (
                            Catalogue::default(),
                            vec![LoadError::new(&source.file, path, kind)],
                        );
                    }
                }
            }
            other => {
                let kind = ProblemKind::Expected {
                    expected: Expected::Bundle,
                    found: Found::of(other),
                };
                return (
                    Catalogue::default(),
                    vec![LoadError::new(&source.file, "", kind)],
                );
            }
        };
        let bank = match load::bank(&source.file, &questions, Some(standard)) {
            Ok(bank) => bank,
            Err(error) => return (Catalogue::default(), vec![error]),
        };
        let mut errors = Vec::new();
        let mut loaded: Vec<Posting> = Vec::new();
        let mut ids = Seen::default();
        // How problems name each posting: joined ones as their entries in the criteria file.
        let named = match joined {
            Some(_) => Vec::new(),
            None => item_paths("postings", postings),
        };
        for (i, json) in postings.iter().enumerate() {
            let joined = joined.and_then(|joined| joined.get(i));
            let from_page = joined.map_or(&[][..], |joined| &joined.from_page);
            let prefix = joined.map_or_else(|| named[i].as_str(), |joined| joined.at.as_str());
            match load::joined_posting(&source.file, json, &bank, from_page) {
                Ok(posting) if !ids.first(posting.id.as_str()) => errors
                    .push(LoadError::duplicate_posting(&source.file, &posting.id).within(prefix)),
                Ok(posting) => loaded.push(posting),
                Err(error) => match joined {
                    Some(joined) => errors.extend(joined.name(error, prefix)),
                    None => errors.push(error.within(prefix)),
                },
            }
        }
        (Catalogue::new(bank, loaded), errors)
    }
}
