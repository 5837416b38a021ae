//! Search, the list's filters and its order: what the applicant types and chooses, matched against
//! each posting's facts ([`matching`], folded by [`letters`] so that case and accents do not
//! matter), the choices the filters offer ([`facets`]), and the order the list is shown in
//! ([`order`]: open adverts first, the soonest to close at the top).

mod facets;
pub mod letters;
mod matching;
mod order;

pub use facets::{town, Facets, Hours};

use crate::rules::catalogue::Catalogue;
use crate::rules::date::Date;
use crate::rules::model::Posting;
use facets::Place;
use std::rc::Rc;

/// What the applicant is looking for in the list of postings. Empty fields match everything. Each
/// choice is held as the text that names it, the same in either language, as the list's `<select>`
/// gives it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Words each of which must be the start of a word in the posting's title, employer, service,
    /// location, pay, working pattern, reference or summary (in any case, without accents, and in
    /// either language where the posting gives both), allowing a longer word one slip of the
    /// thumb.
    pub words: String,
    /// The employer, by its English name exactly as the postings give it (the same choice
    /// whichever language the list is shown in).
    pub employer: Option<String>,
    /// The town or area ([`Facets::areas`]), by its English.
    pub area: Option<String>,
    /// The hours ([`Facets::hours`]), by the choice's [`Hours::key`].
    pub hours: Option<String>,
}

impl Filter {
    /// How many of the filters are in use: the words, and each choice made.
    ///
    /// ```
    /// use eligibility_core::rules::{Filter, Hours};
    /// assert_eq!(Filter::default().in_use(), 0);
    /// let part_time = Some(Hours::PartTime.key().to_owned());
    /// let filter = Filter { words: "peer".into(), hours: part_time, ..Filter::default() };
    /// assert_eq!(filter.in_use(), 2);
    /// ```
    pub fn in_use(&self) -> usize {
        let words = !self.words.trim().is_empty();
        let chosen = [
            self.employer.is_some(),
            self.area.is_some(),
            self.hours.is_some(),
        ];
        chosen.into_iter().filter(|&c| c).count() + usize::from(words)
    }
}

/// What search needs of the postings, worked out once at load rather than at every keystroke.
#[derive(Clone, Debug, Default)]
pub(crate) struct Index {
    /// Each posting's searchable words, folded, one space apart.
    text: Vec<String>,
    /// Each posting's town or area and hours.
    places: Vec<Place>,
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
                    p.area.as_ref(),
                    p.pay.as_ref(),
                    p.working_pattern.as_ref(),
                    p.summary.as_ref(),
                ];
                // Each fact in both languages, where the file gives both, and the employer's
                // reference.
                let mut text = String::new();
                for words in facts.into_iter().flatten() {
                    for line in words.texts() {
                        text.push_str(line);
                        text.push('\n');
                    }
                }
                text.push_str(p.reference.as_deref().unwrap_or_default());
                matching::words(&text)
            })
            .collect();
        let places: Vec<Place> = postings.iter().map(|p| Place::of(p)).collect();
        let facets = Facets::of(postings, &places);
        Index {
            text,
            places,
            facets,
        }
    }
}

impl Catalogue {
    /// Every posting, in the order the list shows them on `today`: open adverts first, the one
    /// closing soonest at the top, then those that give no closing date, then the closed ones
    /// (`search/order.rs` says exactly how).
    pub fn postings_open_first(&self, today: Date) -> Vec<&Rc<Posting>> {
        self.search(&Filter::default(), today)
    }

    /// The postings that match `filter`, in the list's order (see
    /// [`Catalogue::postings_open_first`]).
    pub fn search(&self, filter: &Filter, today: Date) -> Vec<&Rc<Posting>> {
        let typed = matching::words(&filter.words);
        let typed: Vec<&str> = typed.split(' ').filter(|w| !w.is_empty()).collect();
        let area = filter.area.as_deref().map(matching::words);
        let hours = filter.hours.as_deref().map(Hours::from_key);
        let found = (self.postings.iter())
            .zip(&self.search.text)
            .zip(&self.search.places)
            .filter(|((p, text), place)| {
                (filter.employer.as_deref()).is_none_or(|e| p.employer.as_english() == e)
                    && area.as_ref().is_none_or(|a| place.area_key == *a)
                    && hours
                        .as_ref()
                        .is_none_or(|h| place.hours.iter().any(|o| o.is(h)))
                    && typed.iter().all(|w| matching::finds(text, w))
            })
            .map(|((p, _), _)| p);
        order::in_order(found, today)
    }

    /// The employers, towns or areas and hours the postings have, each once: the choices of the
    /// list's filters.
    pub fn facets(&self) -> &Facets {
        &self.search.facets
    }
}

/// Text as search compares it: each letter in lower case and without its accent
/// ([`letters::fold`](letters::fold)), so that "ty" finds "Tŷ" and a word typed in any
/// case finds the word as written.
pub(crate) fn fold(text: &str) -> String {
    text.chars().map(letters::fold).collect()
}
