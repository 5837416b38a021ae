//! The headings a person specification is written under, in English and Welsh: those that say
//! which kind its lines are (Essential, Desirable), those that name a part of it (Qualifications,
//! Experience), and those of the advert's other parts, which end it (Disclosure and Barring
//! Service Check, the section NHS Jobs puts after every person specification).
//!
//! Only a line that is one of these, whole, is a heading: a line the list does not know is kept as
//! a line of the specification, so that no criterion is lost to a guess.

use super::Kind;
use crate::rules::letters::{fold, lower};

/// What a heading does to the lines under it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Heading {
    /// Says their kind: "Essential", "Desirable criteria", "Hanfodol".
    Kind(Kind),
    /// Names the part of the specification they are in ("Qualifications", "Experience"), which
    /// leaves their kind as it was: a specification may give the kinds inside each part, or the
    /// parts inside each kind.
    Section,
    /// Starts another part of the advert ("Person Specification", "Disclosure and Barring Service
    /// Check"): the lines under it have no kind until a heading gives one.
    Part,
}

/// The headings that give a kind, folded.
const KINDS: &[(&str, Kind)] = &[
    ("essential", Kind::Essential),
    ("essential criteria", Kind::Essential),
    ("essential criterion", Kind::Essential),
    ("essential requirements", Kind::Essential),
    ("hanfodol", Kind::Essential),
    ("meini prawf hanfodol", Kind::Essential),
    ("desirable", Kind::Desirable),
    ("desirable criteria", Kind::Desirable),
    ("desirable criterion", Kind::Desirable),
    ("desirable requirements", Kind::Desirable),
    ("dymunol", Kind::Desirable),
    ("meini prawf dymunol", Kind::Desirable),
];

/// The headings of the parts of a specification, folded (NHS Jobs' and Trac's, and the usual ones
/// of a specification written in a word processor), in English and Welsh. Not "Communication":
/// a list of skills may hold it as a line.
const SECTIONS: &[&str] = &[
    "qualifications",
    "qualification",
    "qualifications and training",
    "training and qualifications",
    "education",
    "education and training",
    "education and qualifications",
    "training",
    "experience",
    "knowledge",
    "skills",
    "knowledge and skills",
    "skills and knowledge",
    "skills and abilities",
    "skills and experience",
    "knowledge and experience",
    "abilities",
    "personal qualities",
    "personal attributes",
    "attributes",
    "values",
    "other",
    "other requirements",
    "additional requirements",
    "special requirements",
    "criteria",
    "cymwysterau",
    "profiad",
    "gwybodaeth",
    "sgiliau",
    "sgiliau a galluoedd",
    "rhinweddau personol",
    "arall",
    "gofynion eraill",
];

/// The headings of an advert's other parts, folded: the person specification itself, and the
/// sections around it on NHS Jobs and in job boards' copies of it.
const PARTS: &[&str] = &[
    "person specification",
    "manyleb y person",
    "disclosure and barring service check",
    "certificate of sponsorship",
    "uk registration",
    "employer details",
    "job description",
    "job responsibilities",
    "job summary",
    "main duties of the job",
    "about us",
    "responsibilities",
    "benefits",
];

/// What `text` is as a heading, where it is one whole (in any case, with or without a colon).
pub(super) fn heading(text: &str) -> Option<Heading> {
    let folded = folded(text);
    let folded = folded.trim_end_matches(':').trim_end();
    if let Some((_, kind)) = KINDS.iter().find(|(words, _)| *words == folded) {
        return Some(Heading::Kind(*kind));
    }
    if SECTIONS.contains(&folded) {
        return Some(Heading::Section);
    }
    PARTS.contains(&folded).then_some(Heading::Part)
}

/// A heading of a kind at the start of `text`, run into the line it heads: by a copy that lost
/// the line break ("EssentialLived experience"), or as a label ("Essential: Lived experience",
/// "Desirable - NVQ level 3"). The kind, and where the line's own words start. The heading must
/// start with a capital, and what follows be a capital too or come after a colon or a dash, so
/// that "Essentially" or "Essential training in…" are left whole.
pub(super) fn kind_prefix(text: &str) -> Option<(Kind, usize)> {
    for (words, kind) in KINDS {
        let Some(end) = starts_with_folded(text, words) else {
            continue;
        };
        if !text.starts_with(|c: char| lower(c) != c) {
            continue;
        }
        let rest = &text[end..];
        let after_label = rest.trim_start();
        let labelled = ["-", "–", "—", ":"]
            .iter()
            .find_map(|mark| after_label.strip_prefix(mark))
            .map(str::trim_start)
            .filter(|words| !words.is_empty());
        if let Some(words) = labelled {
            // A dash needs a space before it ("Desirable - NVQ"), so that a hyphenated word is
            // not cut; a colon does not.
            if after_label.starts_with(':') || rest.starts_with(char::is_whitespace) {
                return Some((*kind, text.len() - words.len()));
            }
        }
        if rest.starts_with(|c: char| lower(c) != c) {
            return Some((*kind, end));
        }
    }
    None
}

/// Where `text` ends its first `words.chars().count()` characters when they fold to `words`.
fn starts_with_folded(text: &str, words: &str) -> Option<usize> {
    let mut chars = text.char_indices();
    for want in words.chars() {
        let (_, c) = chars.next()?;
        if fold(c) != want {
            return None;
        }
    }
    Some(chars.next().map_or(text.len(), |(at, _)| at))
}

/// `text` as headings are compared: in lower case, without accents, its spaces single.
pub(super) fn folded(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().map(fold));
    }
    out
}
