//! A question bank and the postings that use it, loaded together.

use super::date::Date;
use super::load::{self, Expected, Found, LoadError, ProblemKind, Things};
use super::model::{Bank, Criterion, Posting, PostingId, Question, QuestionId};
use super::seen::Seen;
use super::Language;
use crate::json::Json;
use std::rc::Rc;

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
///
/// A catalogue is equal to itself and its clones only (see its `PartialEq`), and is `Eq`, so that
/// comparing two `Rc<Catalogue>`s (as Yew does with props at every render) is a pointer comparison.
#[derive(Clone, Debug, Default)]
pub struct Catalogue {
    bank: Rc<Bank>,
    /// Shared, so that a view is given the very posting it shows.
    postings: Vec<Rc<Posting>>,
    /// Each posting's searchable words, lower-cased once at load rather than at every keystroke.
    search_text: Vec<String>,
    /// The choices of the list's filters, worked out once at load.
    facets: Facets,
}

/// What the applicant is looking for in the list of postings. Empty fields match everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Words that must all appear in the posting's title, employer, service, location, pay,
    /// working pattern, reference or summary, in any case, and in either language where the
    /// posting gives both.
    pub words: String,
    /// The employer, exactly as the postings name it.
    pub employer: Option<String>,
    /// The location, exactly as the postings give it.
    pub location: Option<String>,
    /// The working pattern, exactly as the postings give it.
    pub working_pattern: Option<String>,
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
    fn new(bank: Bank, postings: Vec<Posting>) -> Catalogue {
        let postings: Vec<Rc<Posting>> = postings.into_iter().map(Rc::new).collect();
        let search_text = postings
            .iter()
            .map(|p| {
                let fields = [
                    p.title.as_str(),
                    &p.employer,
                    or_none(&p.service),
                    &p.location,
                    or_none(&p.pay),
                    or_none(&p.working_pattern),
                    or_none(&p.reference),
                    or_none(&p.summary),
                ];
                // In both languages, where the file gives both.
                let other = fields.iter().filter_map(|field| p.welsh.other(field));
                fields
                    .iter()
                    .copied()
                    .chain(other)
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .map(|text| fold(&text))
            .collect();
        let facets = Facets::of(&postings);
        Catalogue {
            bank: Rc::new(bank),
            postings,
            search_text,
            facets,
        }
    }

    /// Loads a question bank (with any criteria it shares) and the postings that refer to it.
    /// Every posting that is valid is kept; every file with problems gives one [`LoadError`]
    /// naming them all. When the question
    /// bank itself is bad, no posting can be checked against it, so none is loaded.
    pub fn load(questions: &Source, postings: &[Source]) -> (Catalogue, Vec<LoadError>) {
        Catalogue::load_in(Language::English, questions, postings)
    }

    /// [`Catalogue::load`], the text in `language` where the files give it.
    pub fn load_in(
        language: Language,
        questions: &Source,
        postings: &[Source],
    ) -> (Catalogue, Vec<LoadError>) {
        let mut errors = Vec::new();
        let bank = match &questions.json {
            Ok(json) => load::bank_in(language, &questions.file, json, None),
            Err(cause) => Err(LoadError::not_json(&questions.file, cause)),
        };
        let bank = match bank {
            Ok(bank) => bank,
            Err(error) => return (Catalogue::default(), vec![error]),
        };
        let mut loaded: Vec<Posting> = Vec::new();
        let mut ids = Seen::default();
        for source in postings {
            let posting = match &source.json {
                Ok(json) => load::posting(&source.file, json, &bank),
                Err(cause) => Err(LoadError::not_json(&source.file, cause)),
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
    /// `{ "questions": [ ... ], "criteria": [ ... ], "postings": [ { ... }, ... ] }`. Without
    /// `"questions"`, the postings use the questions and shared criteria of `standard` (the built-in
    /// bank), so an employer need not copy them, and the file's own `"criteria"` besides. Problems
    /// are reported as for separate files, with paths inside this one
    /// (`postings[1].criteria[0].class`).
    ///
    /// ```
    /// use eligibility_core::{builtin, json, rules::{Catalogue, Source}};
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
    /// let source = Source { file: "jobs.json".into(), json: json::parse(text).map_err(|e| e.to_string()) };
    /// let (catalogue, errors) = Catalogue::load_bundle(&source, &builtin::standard_bank());
    ///
    /// assert_eq!(catalogue.postings().len(), 1, "the good posting loads beside the bad one");
    /// assert_eq!(catalogue.postings()[0].question_ids().len(), 2);
    /// assert_eq!(
    ///     errors[0].to_string().lines().next(),
    ///     Some(r#"jobs.json: postings[1].id: expected an id of lower-case letters, digits, '-' and '_', like "lived_experience", found the text "Leeds 2""#)
    /// );
    /// ```
    pub fn load_bundle(source: &Source, standard: &Bank) -> (Catalogue, Vec<LoadError>) {
        Catalogue::load_bundle_at(source, standard, None)
    }

    /// [`Catalogue::load_bundle`], with each posting's place in the file as problems name it
    /// given by `places` (a criteria file's entries joined to the page's JobPostings, where some
    /// could not be joined and are not here); `None` where they are in the file's order.
    pub(crate) fn load_bundle_at(
        source: &Source,
        standard: &Bank,
        places: Option<&[usize]>,
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
                            (_, Some(key)) => (
                                *key,
                                ProblemKind::UnknownField {
                                    known: vec!["criteria", "postings", "questions"],
                                },
                            ),
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
        for (i, json) in postings.iter().enumerate() {
            let place = places
                .and_then(|places| places.get(i).copied())
                .unwrap_or(i);
            let prefix = format!("postings[{place}]");
            match load::posting(&source.file, json, &bank) {
                Ok(posting) if !ids.first(posting.id.as_str()) => errors
                    .push(LoadError::duplicate_posting(&source.file, &posting.id).within(&prefix)),
                Ok(posting) => loaded.push(posting),
                Err(error) => errors.push(error.within(&prefix)),
            }
        }
        (Catalogue::new(bank, loaded), errors)
    }

    /// The question with this id.
    pub fn question(&self, id: &QuestionId) -> Option<&Question> {
        self.bank.question(id.as_str())
    }

    /// The posting with this id.
    pub fn posting(&self, id: &PostingId) -> Option<&Rc<Posting>> {
        self.postings.iter().find(|p| &p.id == id)
    }

    /// The problem with a page asking to open posting `id` at once (by the attribute named
    /// `attribute`), or `None` when there is such a posting. The applicant is shown the list
    /// instead; this tells whoever set the attribute why.
    pub fn unknown_posting(&self, attribute: &str, id: &PostingId) -> Option<LoadError> {
        if self.posting(id).is_some() {
            return None;
        }
        // Name the ids when there are few enough to read; a job board's thousands are not.
        let loaded = self.postings.len();
        let ids = match loaded {
            1..=10 => self
                .postings
                .iter()
                .map(|p| p.id.as_str().to_owned())
                .collect(),
            _ => Vec::new(),
        };
        let kind = ProblemKind::UnknownPosting {
            found: id.as_str().to_owned(),
            loaded,
            ids,
        };
        Some(LoadError::new(
            &format!("the {attribute} attribute"),
            "",
            kind,
        ))
    }

    /// Every posting loaded, in the order given.
    pub fn postings(&self) -> &[Rc<Posting>] {
        &self.postings
    }

    /// The postings as the applicant sees them listed: those still open first, then the closed
    /// ones, each group in the order given.
    pub fn postings_open_first(&self, today: Date) -> Vec<&Rc<Posting>> {
        self.search(&Filter::default(), today)
    }

    /// The same filter for `other`, these files loaded in another language: each choice becomes
    /// that of the first posting having it, the same posting (by id) in `other`.
    pub fn filter_in(&self, filter: &Filter, other: &Catalogue) -> Filter {
        let same = |fact: fn(&Posting) -> &str, chosen: &Option<String>| {
            let chosen = chosen.as_deref()?;
            let posting = self.postings.iter().find(|p| fact(p) == chosen)?;
            other.posting(&posting.id).map(|p| fact(p).to_owned())
        };
        Filter {
            words: filter.words.clone(),
            employer: same(|p| &p.employer, &filter.employer),
            location: same(|p| &p.location, &filter.location),
            working_pattern: same(|p| or_none(&p.working_pattern), &filter.working_pattern),
        }
    }

    /// The postings that match `filter`, open ones first (see [`Catalogue::postings_open_first`]).
    pub fn search(&self, filter: &Filter, today: Date) -> Vec<&Rc<Posting>> {
        let words: Vec<String> = filter.words.split_whitespace().map(fold).collect();
        let same =
            |wanted: &Option<String>, value: &str| wanted.as_deref().is_none_or(|w| w == value);
        let (open, closed): (Vec<&Rc<Posting>>, Vec<&Rc<Posting>>) = self
            .postings
            .iter()
            .zip(&self.search_text)
            .filter(|(p, text)| {
                same(&filter.employer, &p.employer)
                    && same(&filter.location, &p.location)
                    && same(
                        &filter.working_pattern,
                        p.working_pattern.as_deref().unwrap_or(""),
                    )
                    && words.iter().all(|w| text.contains(w.as_str()))
            })
            .map(|(p, _)| p)
            .partition(|p| !p.is_closed(today));
        open.into_iter().chain(closed).collect()
    }

    /// The employers, locations and working patterns the postings have, each sorted and once:
    /// the choices of the list's filters.
    pub fn facets(&self) -> &Facets {
        &self.facets
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

/// The values the list's filters offer; see [`Catalogue::facets`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facets {
    /// Every employer, sorted.
    pub employers: Vec<String>,
    /// Every location, sorted.
    pub locations: Vec<String>,
    /// Every working pattern, sorted.
    pub working_patterns: Vec<String>,
}

impl Facets {
    fn of(postings: &[Rc<Posting>]) -> Facets {
        // A posting that does not give a field has no value to choose.
        let sorted = |field: fn(&Posting) -> Option<&str>| {
            let mut values: Vec<&str> = postings.iter().filter_map(|p| field(p)).collect();
            values.sort_unstable();
            values.dedup();
            values.into_iter().map(str::to_owned).collect()
        };
        Facets {
            employers: sorted(|p| Some(&p.employer)),
            locations: sorted(|p| Some(&p.location)),
            working_patterns: sorted(|p| p.working_pattern.as_deref()),
        }
    }
}

/// The text of a field a posting may not give; empty where it does not.
fn or_none(text: &Option<String>) -> &str {
    text.as_deref().unwrap_or("")
}

/// Text as search compares it: each letter in lower case and without its accent
/// ([`letters::fold`](super::letters::fold)), so that "ty" finds "Tŷ" and a word typed in any
/// case finds the word as written.
pub(crate) fn fold(text: &str) -> String {
    text.chars().map(super::letters::fold).collect()
}
