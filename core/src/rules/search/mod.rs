//! Search and the list's filters: what the applicant types and chooses, matched against each
//! posting's facts, folded ([`letters`]) so that case and accents do not matter.

pub mod letters;

use crate::rules::catalogue::Catalogue;
use crate::rules::date::Date;
use crate::rules::model::Posting;
use std::rc::Rc;

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
            .zip(&self.search.text)
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
        &self.search.facets
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
/// ([`letters::fold`](letters::fold)), so that "ty" finds "Tŷ" and a word typed in any
/// case finds the word as written.
pub(crate) fn fold(text: &str) -> String {
    text.chars().map(letters::fold).collect()
}
