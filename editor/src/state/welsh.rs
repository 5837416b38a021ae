//! Welsh beside the English: whether the posting is written in English only or in English and
//! Welsh, the Welsh of each text the employer or a translator gave, and the texts applicants
//! read, listed for the table and the translator's CSV.
//!
//! The Welsh is kept by the English it was written for. The draft is built again from the form on
//! every change, and each of its texts then takes the Welsh kept for its English: a text left
//! alone keeps its Welsh through any other edit (and gets it back when an edit is undone), and a
//! text changed in English needs its Welsh again, as a translator would want: the old Welsh says
//! what the old English said.

use super::csv::{self, CsvError};
use eligibility_core::draft::file::Languages;
use eligibility_core::rules::{Bank, MapWords, Posting, Words};
use std::collections::BTreeMap;

/// The posting's languages and its Welsh.
#[derive(Clone, Debug, PartialEq)]
pub struct Welsh {
    /// English only, or English and Welsh.
    pub languages: Languages,
    /// The Welsh of each text, by its English.
    store: BTreeMap<String, String>,
    /// What opening the last translated CSV found.
    pub imported: Option<Imported>,
}

impl Default for Welsh {
    fn default() -> Self {
        Welsh {
            languages: Languages::English,
            store: BTreeMap::new(),
            imported: None,
        }
    }
}

/// What opening a translated CSV found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Imported {
    /// It was read: its name, how many of the posting's texts it gave Welsh for, and the English
    /// of each of its rows the posting does not have (not used).
    Read {
        /// The file's name.
        file: String,
        /// The posting's texts it gave Welsh for.
        filled: usize,
        /// Its rows whose English the posting does not have.
        unknown: Vec<String>,
    },
    /// It could not be read: its name, and why.
    Failed(String, CsvError),
}

impl Welsh {
    /// The Welsh for `english`, where it was given.
    pub fn get(&self, english: &str) -> Option<&str> {
        self.store.get(english).map(String::as_str)
    }

    /// Gives `english` the Welsh `welsh` (none, where it is empty).
    pub fn set(&mut self, english: String, welsh: String) {
        if welsh.trim().is_empty() {
            self.store.remove(&english);
        } else {
            self.store.insert(english, welsh.trim().to_owned());
        }
    }

    /// The Welsh of an opened `posting` and of the questions and criteria `bank` adds to
    /// `standard`, the choice of languages with it: English and Welsh where it gives any.
    pub fn opened(posting: &Posting, bank: &Bank, standard: &Bank) -> Welsh {
        let mut welsh = Welsh::default();
        let mut keep = |w: &Words| {
            if let Some(cy) = w.welsh() {
                welsh.store.insert(w.as_english().to_owned(), cy.to_owned());
            }
            w.clone()
        };
        posting.map_words(&mut keep);
        let (questions, criteria) = own(bank, standard);
        for question in questions {
            question.map_words(&mut keep);
        }
        for criterion in criteria {
            criterion.map_words(&mut keep);
        }
        if !welsh.store.is_empty() {
            welsh.languages = Languages::EnglishAndWelsh;
        }
        welsh
    }

    /// `posting` and `bank` with each of their own texts given the Welsh kept for its English,
    /// and no other: the built-in questions and shared criteria keep their own.
    pub fn apply(&self, posting: &Posting, bank: &Bank, standard: &Bank) -> (Posting, Bank) {
        let mut give = |w: &Words| match self.get(w.as_english()) {
            Some(cy) => Words::both(w.as_english(), cy),
            None => Words::english(w.as_english()),
        };
        let own_question = |id: &str| standard.question(id).is_none();
        let own_criterion = |id: &str| standard.criterion(id).is_none();
        let bank_has_own = bank.questions().iter().any(|q| own_question(q.id.as_str()))
            || bank.criteria().iter().any(|c| own_criterion(c.id.as_str()));
        let translated = if bank_has_own {
            let questions = bank
                .questions()
                .iter()
                .map(|q| match own_question(q.id.as_str()) {
                    true => q.map_words(&mut give),
                    false => q.clone(),
                });
            let questions = questions.collect();
            let criteria = bank
                .criteria()
                .iter()
                .map(|c| match own_criterion(c.id.as_str()) {
                    true => c.map_words(&mut give),
                    false => c.clone(),
                });
            Bank::new(questions, criteria.collect())
        } else {
            bank.clone()
        };
        // A criterion the bank shares is the bank's (written as `{ "use": "<id>" }`).
        let mut posting = posting.clone();
        let criteria = std::mem::take(&mut posting.criteria);
        let mut posting = posting.map_words(&mut give);
        posting.criteria = criteria
            .iter()
            .map(|c| match bank.criterion(c.id.as_str()) {
                Some(shared) if shared == c => {
                    translated.criterion(c.id.as_str()).unwrap_or(c).clone()
                }
                _ => c.map_words(&mut give),
            })
            .collect();
        (posting, translated)
    }

    /// Opens the translated CSV `text`, named `file`: each row whose English is one of `texts`
    /// gives it its Welsh; the rest are named, not used.
    pub fn import(&mut self, file: &str, text: &str, texts: &[Words]) {
        let rows = match csv::read(text) {
            Ok(rows) => rows,
            Err(error) => {
                self.imported = Some(Imported::Failed(file.to_owned(), error));
                return;
            }
        };
        let mut filled = 0;
        let mut unknown = Vec::new();
        for (english, welsh) in rows {
            if !texts.iter().any(|t| t.as_english() == english) {
                unknown.push(english);
            } else if !welsh.trim().is_empty() {
                filled += 1;
                self.set(english, welsh);
            }
        }
        self.imported = Some(Imported::Read {
            file: file.to_owned(),
            filled,
            unknown,
        });
    }
}

/// The questions and shared criteria `bank` has that `standard` does not: a bundle's own.
fn own<'b>(
    bank: &'b Bank,
    standard: &'b Bank,
) -> (
    impl Iterator<Item = &'b eligibility_core::rules::Question>,
    impl Iterator<Item = &'b eligibility_core::rules::Criterion>,
) {
    let questions =
        (bank.questions().iter()).filter(|q| standard.question(q.id.as_str()).is_none());
    let criteria = (bank.criteria().iter()).filter(|c| standard.criterion(c.id.as_str()).is_none());
    (questions, criteria)
}

/// Every text applicants read of `posting` and of what `bank` adds to `standard`, in the order a
/// file gives them, each English once; none empty. A criterion `bank` shares is the bank's, and
/// the built-in questions have their Welsh already: neither is listed.
pub fn texts(posting: &Posting, bank: &Bank, standard: &Bank) -> Vec<Words> {
    let mut texts: Vec<Words> = Vec::new();
    let mut list = |w: &Words| {
        let english = w.as_english();
        if !english.trim().is_empty() && !texts.iter().any(|t| t.as_english() == english) {
            texts.push(w.clone());
        }
        w.clone()
    };
    let mut facts = posting.clone();
    facts.criteria = Vec::new();
    facts.map_words(&mut list);
    for criterion in &posting.criteria {
        if bank.criterion(criterion.id.as_str()) != Some(criterion) {
            criterion.map_words(&mut list);
        }
    }
    let (questions, criteria) = own(bank, standard);
    for question in questions {
        question.map_words(&mut list);
    }
    for criterion in criteria {
        criterion.map_words(&mut list);
    }
    texts
}
