//! The nation a place's words tell: for the validator and the editor (feature `employer`), which
//! ask a posting file for its nation where its location names a place in another nation, and for
//! a careers page's JobPosting markup, whose places are the page's. A posting file's nation is
//! never guessed, so the standalone page's build carries none of this.

use super::Nation;

/// Places whose name alone tells the nation, by nation. Only names no other nation's places share:
/// Newport and Bangor are in two nations each, and are told by their postcodes instead.
const PLACES: [(Nation, &[&str]); 3] = [
    (
        Nation::Wales,
        &[
            "wales", "cymru", "cardiff", "caerdydd", "swansea", "abertawe", "wrexham", "wrecsam",
        ],
    ),
    (
        Nation::Scotland,
        &[
            "scotland",
            "edinburgh",
            "glasgow",
            "aberdeen",
            "dundee",
            "inverness",
        ],
    ),
    (
        Nation::NorthernIreland,
        &["belfast", "derry", "londonderry"],
    ),
];

/// Words after a place's name that make it a street's name: "Wales Road" is not in Wales.
const STREETS: &[&str] = &[
    "road", "street", "avenue", "lane", "terrace", "place", "square", "way", "drive",
];

/// Postcode areas wholly in one nation other than England, by nation (those across a border,
/// such as SY and TD, tell nothing).
const POSTCODE_AREAS: [(Nation, &[&str]); 3] = [
    (Nation::Wales, &["cf", "ld", "ll", "np", "sa"]),
    (
        Nation::Scotland,
        &[
            "ab", "dd", "dg", "eh", "fk", "g", "hs", "iv", "ka", "kw", "ky", "ml", "pa", "ph", "ze",
        ],
    ),
    (Nation::NorthernIreland, &["bt"]),
];

/// The nation whose words, in `table`, include `word`.
fn nation_of(table: &[(Nation, &[&str])], word: &str) -> Option<Nation> {
    table
        .iter()
        .find(|(_, words)| words.contains(&word))
        .map(|&(nation, _)| nation)
}

impl Nation {
    /// The nation a place is in, where its words tell: a nation's name ("Wales", "Cymru",
    /// "Northern Ireland"), a city no other nation has a place of the same name as, or a full
    /// postcode whose area is wholly in one nation. `None` where nothing tells, as for most places
    /// in England.
    ///
    /// ```
    /// use eligibility_core::rules::Nation;
    /// assert_eq!(Nation::of_place("University Hospital of Wales, Cardiff"), Some(Nation::Wales));
    /// assert_eq!(Nation::of_place("Royal Edinburgh Hospital"), Some(Nation::Scotland));
    /// assert_eq!(Nation::of_place("Knockbracken, BT8 8BH"), Some(Nation::NorthernIreland));
    /// assert_eq!(Nation::of_place("St Cadoc's Hospital, Caerleon, NP18 3XQ"), Some(Nation::Wales));
    /// assert_eq!(Nation::of_place("Little Plumstead Hospital, Norwich"), None);
    /// ```
    pub fn of_place(place: &str) -> Option<Nation> {
        // Letters and digits of the English alphabet only: every name and postcode looked for is
        // written in them (and the page carries no Unicode case tables for this).
        let lower = place.to_ascii_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        for (i, word) in words.iter().enumerate() {
            if *word == "northern" && words.get(i + 1) == Some(&"ireland") {
                return Some(Nation::NorthernIreland);
            }
            // "Prince of Wales", "New Wales Road": a place named after a nation is not in it.
            let named_after = i
                .checked_sub(1)
                .is_some_and(|before| ["of", "new"].contains(&words[before]))
                || words.get(i + 1).is_some_and(|next| STREETS.contains(next));
            if let Some(nation) = nation_of(&PLACES, word).filter(|_| !named_after) {
                return Some(nation);
            }
            if let Some(nation) = words.get(i + 1).and_then(|next| postcode(word, next)) {
                return Some(nation);
            }
        }
        None
    }
}

/// The nation of the postcode `outward` `inward` (`cf10` `3nb`), where its area is wholly in one.
fn postcode(outward: &str, inward: &str) -> Option<Nation> {
    let inward = inward.as_bytes();
    let is_inward = inward.len() == 3
        && inward[0].is_ascii_digit()
        && inward[1..].iter().all(u8::is_ascii_alphabetic);
    let letters = outward.bytes().take_while(u8::is_ascii_alphabetic).count();
    let rest = &outward.as_bytes()[letters..];
    let is_outward = (1..=2).contains(&letters)
        && (2..=4).contains(&outward.len())
        && rest.first().is_some_and(u8::is_ascii_digit)
        && rest.iter().all(u8::is_ascii_alphanumeric);
    if !(is_inward && is_outward) {
        return None;
    }
    nation_of(&POSTCODE_AREAS, &outward[..letters])
}
