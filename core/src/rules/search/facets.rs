//! The choices of the list's filters, and each posting's place among them: its employer, its town
//! or area, and its hours.
//!
//! Postings write where and when a job is as the advert does ("Littlebrook Hospital, Bow Arrow
//! Lane, Dartford DA2 6PB"; "Full time, on site"), which makes a poor list of choices: one choice
//! per street address, and "Full time" apart from "Full time, on site". So the filters choose by
//! what an applicant looks for: the town ([`town`]) and the hours ([`Hours`]).

use super::matching::words;
use crate::rules::model::Posting;
use crate::rules::words::Words;
use std::collections::HashMap;
use std::rc::Rc;

/// The hours a job offers, as the list's Hours filter chooses them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Hours {
    /// Full time (`FULL_TIME`, or a working pattern that says "full time" or "llawn amser").
    FullTime,
    /// Part time (`PART_TIME`, or a working pattern that says "part time" or "rhan amser").
    PartTime,
    /// Any other pattern ("Bank, flexible hours"): its first part, up to a comma, semicolon or
    /// bracket, as the posting writes it ("Bank").
    Other(Words),
}

impl Hours {
    /// Whether the two are the same choice: the same kind, or other hours with the same English.
    pub fn is(&self, other: &Hours) -> bool {
        match (self, other) {
            (Hours::Other(a), Hours::Other(b)) => words(a.as_english()) == words(b.as_english()),
            (Hours::FullTime, Hours::FullTime) | (Hours::PartTime, Hours::PartTime) => true,
            (Hours::FullTime | Hours::PartTime | Hours::Other(_), _) => false,
        }
    }

    /// How the list's Hours filter names the choice, the same in either language: schema.org's
    /// code for full and part time, other hours' English.
    ///
    /// ```
    /// use eligibility_core::rules::{Hours, Words};
    /// assert_eq!(Hours::from_key(Hours::PartTime.key()), Hours::PartTime);
    /// let bank = Hours::Other(Words::both("Bank", "Banc"));
    /// assert!(Hours::from_key(bank.key()).is(&bank));
    /// ```
    pub fn key(&self) -> &str {
        match self {
            Hours::FullTime => "FULL_TIME",
            Hours::PartTime => "PART_TIME",
            Hours::Other(words) => words.as_english(),
        }
    }

    /// The choice `key` names ([`Hours::key`]). Other hours' text says "full time" or "part
    /// time" in no form, so is never taken for a code.
    pub fn from_key(key: &str) -> Hours {
        match key {
            "FULL_TIME" => Hours::FullTime,
            "PART_TIME" => Hours::PartTime,
            other => Hours::Other(Words::english(other)),
        }
    }
}

/// The values the list's filters offer: each once, in both languages where the postings give
/// both; see [`Catalogue::facets`](crate::rules::Catalogue::facets).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facets {
    /// Every employer, sorted by its English.
    pub employers: Vec<Words>,
    /// Every town or area ([`town`]), sorted by its English.
    pub areas: Vec<Words>,
    /// Every kind of hours: full time, then part time, then the others sorted by their English.
    pub hours: Vec<Hours>,
}

/// What the filters need of one posting, worked out once at load.
#[derive(Clone, Debug)]
pub(super) struct Place {
    /// Its town or area.
    pub(super) area: Words,
    /// Its town or area's English, as search compares it ("london" for "LONDON").
    pub(super) area_key: String,
    /// Its hours; none where it gives no working pattern.
    pub(super) hours: Vec<Hours>,
}

impl Place {
    pub(super) fn of(posting: &Posting) -> Place {
        let area = posting.town_or_area();
        Place {
            area_key: words(area.as_english()),
            area,
            hours: posting
                .working_pattern
                .as_ref()
                .map_or_else(Vec::new, hours),
        }
    }
}

impl Posting {
    /// The town or area the job is in, as the list's filter and cards name it: the file's `area`,
    /// else the [`town`] in its location, in each language the location is given in.
    pub fn town_or_area(&self) -> Words {
        (self.area.clone()).unwrap_or_else(|| each_text(&self.location, town))
    }
}

impl Facets {
    pub(super) fn of(postings: &[Rc<Posting>], places: &[Place]) -> Facets {
        let mut hours = Vec::new();
        let mut others = Vec::new();
        for offered in places.iter().flat_map(|p| &p.hours) {
            match offered {
                Hours::FullTime | Hours::PartTime if !hours.contains(offered) => {
                    hours.push(offered.clone());
                }
                Hours::FullTime | Hours::PartTime => {}
                Hours::Other(words) => others.push(words),
            }
        }
        // Full time before part time, then the others.
        if hours.first() == Some(&Hours::PartTime) {
            hours.reverse();
        }
        hours.extend(sorted(others).into_iter().map(Hours::Other));
        Facets {
            employers: sorted(postings.iter().map(|p| &p.employer).collect()),
            areas: sorted(places.iter().map(|p| &p.area).collect()),
            hours,
        }
    }
}

/// One of each value, by its English as search compares it ("London" is "LONDON"), in the order of
/// that: the value the first posting giving it gives. (Sorting the texts themselves, rather than
/// the values, shares the sort the loader's messages use: a second one would cost the page 1 KB.
/// Taking a list rather than any iterator keeps it one function in the page's code, not three.)
fn sorted(values: Vec<&Words>) -> Vec<Words> {
    let mut first: HashMap<String, usize> = HashMap::with_capacity(values.len());
    for (at, value) in values.iter().enumerate() {
        first.entry(words(value.as_english())).or_insert(at);
    }
    let mut texts: Vec<&str> = first.keys().map(String::as_str).collect();
    texts.sort_unstable();
    (texts.into_iter())
        .filter_map(|text| Some(values[*first.get(text)?].clone()))
        .collect()
}

/// `f` of each text the value holds, in its language.
fn each_text(value: &Words, f: fn(&str) -> &str) -> Words {
    match value.welsh() {
        Some(welsh) => Words::both(f(value.as_english()), f(welsh)),
        None => Words::english(f(value.as_english())),
    }
}

/// The town in a location as written: its part after the last comma, without the postcode at its
/// end (the words there that hold a digit). "Littlebrook Hospital, Bow Arrow Lane, Dartford DA2
/// 6PB" is in "Dartford", "Springfield University Hospital, Tooting, London" in "London". A part
/// that is only a postcode gives way to the part before it; a location of one part is its own
/// town ("Manchester", "Remote").
///
/// ```
/// use eligibility_core::rules::town;
/// assert_eq!(town("Littlebrook Hospital, Bow Arrow Lane, Dartford DA2 6PB"), "Dartford");
/// assert_eq!(town("St James's Hospital, Leeds, LS9 7TF"), "Leeds");
/// ```
pub fn town(location: &str) -> &str {
    let mut rest = location;
    loop {
        let (before, last) = rest.rsplit_once(',').unwrap_or(("", rest));
        let mut part = last.trim();
        // Its last word, while that holds a digit.
        while let Some(word) = part
            .rsplit(' ')
            .next()
            .filter(|w| w.bytes().any(|b| b.is_ascii_digit()))
        {
            part = part[..part.len() - word.len()].trim_end();
        }
        if !part.is_empty() {
            return part;
        }
        if before.is_empty() {
            return location.trim();
        }
        rest = before;
    }
}

/// The hours a working pattern offers: full time, part time or both where it says so in either
/// language (in any case, with a hyphen or none: "Full-time", "full time or part time", "Llawn
/// amser"); otherwise its first part, as written ("Bank" of "Bank, flexible hours").
fn hours(pattern: &Words) -> Vec<Hours> {
    // Recognised, never shown: what the list shows for them is text/'s.
    const FULL_TIME: [&str; 3] = [" full time ", " fulltime ", " llawn amser "];
    const PART_TIME: [&str; 4] = [" part time ", " parttime ", " rhan amser ", " ran amser "];
    let mut said = String::from(" ");
    for text in pattern.texts() {
        said.push_str(&words(text));
        said.push(' ');
    }
    let mut found = Vec::new();
    if FULL_TIME.iter().any(|phrase| said.contains(phrase)) {
        found.push(Hours::FullTime);
    }
    if PART_TIME.iter().any(|phrase| said.contains(phrase)) {
        found.push(Hours::PartTime);
    }
    if found.is_empty() {
        found.push(Hours::Other(each_text(pattern, first_part)));
    }
    found
}

/// Text up to its first comma, semicolon or bracket: "Bank" of "Bank, flexible hours".
fn first_part(text: &str) -> &str {
    let part = text[..text.find([',', ';', '(']).unwrap_or(text.len())].trim();
    if part.is_empty() {
        text.trim()
    } else {
        part
    }
}
