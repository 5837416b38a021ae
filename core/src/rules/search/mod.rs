//! Search and the list's filters: what the applicant types and chooses, matched against each
//! posting's facts, folded ([`letters`]) so that case and accents do not matter.

pub mod letters;

use crate::rules::catalogue::Catalogue;
use crate::rules::date::Date;
use crate::rules::model::Posting;
use crate::rules::words::Words;
use std::collections::HashMap;
use std::rc::Rc;

/// What the applicant is looking for in the list of postings. Empty fields match everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Words that must all appear in the posting's title, employer, service, location, pay,
    /// working pattern, reference or summary, in any case, and in either language where the
    /// posting gives both.
    pub words: String,
    /// The employer, by its English name exactly as the postings give it (the same choice
    /// whichever language the list is shown in).
    pub employer: Option<String>,
    /// The location, by its English text exactly as the postings give it.
    pub location: Option<String>,
    /// The working pattern, by its English text exactly as the postings give it.
    pub working_pattern: Option<String>,
}

/// What search needs of the postings, worked out once at load rather than at every keystroke.
#[derive(Clone, Debug, Default)]
pub(crate) struct Index {
    /// Each posting's searchable words, folded.
    text: Vec<String>,
    /// The choices of the list's filters.
    facets: Facets,
}

impl Index {
    pub(crate) fn of(postings: &[Rc<Posting>]) -> Index {
        let text = postings
            .iter()
            .map(|p| {
                let facts = [
                    Some(&p.title),
                    Some(&p.employer),
                    p.service.as_ref(),
                    Some(&p.location),
                    p.pay.as_ref(),
                    p.working_pattern.as_ref(),
                    p.summary.as_ref(),
                ];
                // Each fact in both languages, where the file gives both, and the employer's
                // reference: a line each.
                let mut text = String::new();
                for words in facts.into_iter().flatten() {
                    for line in words.texts() {
                        text.push_str(line);
                        text.push('\n');
                    }
                }
                text.push_str(p.reference.as_deref().unwrap_or_default());
                fold(&text)
            })
            .collect();
        Index {
            text,
            facets: Facets::of(postings),
        }
    }
}

impl Catalogue {
    /// The postings as the applicant sees them listed: those still open first, then the closed
    /// ones, each group in the order given.
    pub fn postings_open_first(&self, today: Date) -> Vec<&Rc<Posting>> {
        self.search(&Filter::default(), today)
    }

    /// The postings that match `filter`, open ones first (see [`Catalogue::postings_open_first`]).
    pub fn search(&self, filter: &Filter, today: Date) -> Vec<&Rc<Posting>> {
        let words: Vec<String> = filter.words.split_whitespace().map(fold).collect();
        let same = |wanted: &Option<String>, value: Option<&Words>| {
            wanted
                .as_deref()
                .is_none_or(|w| value.is_some_and(|v| v.as_english() == w))
        };
        let (open, closed): (Vec<&Rc<Posting>>, Vec<&Rc<Posting>>) = self
            .postings
            .iter()
            .zip(&self.search.text)
            .filter(|(p, text)| {
                same(&filter.employer, Some(&p.employer))
                    && same(&filter.location, Some(&p.location))
                    && same(&filter.working_pattern, p.working_pattern.as_ref())
                    && words.iter().all(|w| text.contains(w.as_str()))
            })
            .map(|(p, _)| p)
            .partition(|p| !p.is_closed(today));
        open.into_iter().chain(closed).collect()
    }

    /// The employers, locations and working patterns the postings have, each sorted and once:
    /// the choices of the list's filters.
    pub fn facets(&self) -> &Facets {
        &self.search.facets
    }
}

/// The values the list's filters offer, each in both languages where the postings give both, and
/// sorted by its English; see [`Catalogue::facets`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facets {
    /// Every employer.
    pub employers: Vec<Words>,
    /// Every location.
    pub locations: Vec<Words>,
    /// Every working pattern.
    pub working_patterns: Vec<Words>,
}

impl Facets {
    fn of(postings: &[Rc<Posting>]) -> Facets {
        // One choice for each English text, which the filter chooses by, sorted by it: the value
        // the first posting giving that text gives. A posting that does not give a field has no
        // value to choose. (Sorting the English texts themselves, rather than the values, shares
        // the sort the loader's messages use: a second one would cost the page 1 KB.)
        let sorted = |field: fn(&Posting) -> Option<&Words>| {
            let values: Vec<&Words> = postings.iter().filter_map(|p| field(p)).collect();
            let mut first: HashMap<String, usize> = HashMap::with_capacity(values.len());
            for (at, value) in values.iter().enumerate() {
                first.entry(value.as_english().to_owned()).or_insert(at);
            }
            let mut texts: Vec<&str> = first.keys().map(String::as_str).collect();
            texts.sort_unstable();
            (texts.into_iter())
                .filter_map(|text| Some(values[*first.get(text)?].clone()))
                .collect()
        };
        Facets {
            employers: sorted(|p| Some(&p.employer)),
            locations: sorted(|p| Some(&p.location)),
            working_patterns: sorted(|p| p.working_pattern.as_ref()),
        }
    }
}

/// Text as search compares it: each letter in lower case and without its accent
/// ([`letters::fold`](letters::fold)), so that "ty" finds "Tŷ" and a word typed in any
/// case finds the word as written.
pub(crate) fn fold(text: &str) -> String {
    text.chars().map(letters::fold).collect()
}
