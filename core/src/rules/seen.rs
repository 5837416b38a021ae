//! Text seen before: the loader's checks for ids given twice, and its sets of ids to look in.
//!
//! One kind of table serves them all (each piece of text to the order it was first seen in), as
//! the JSON tree's and the bank's maps of text to a place do: the app then carries one copy of the
//! hash table's code rather than one for each kind of table, each about a kilobyte of download.

use std::collections::HashMap;

/// Text seen so far, each with the order it was first seen in.
#[derive(Debug, Default)]
pub struct Seen(HashMap<String, usize>);

impl Seen {
    /// Notes `text` as seen: true the first time, false when it was seen before.
    pub fn first(&mut self, text: &str) -> bool {
        let order = self.0.len();
        match self.0.entry(text.to_owned()) {
            std::collections::hash_map::Entry::Occupied(_) => false,
            std::collections::hash_map::Entry::Vacant(place) => {
                place.insert(order);
                true
            }
        }
    }

    /// Whether `text` has been seen.
    pub fn contains(&self, text: &str) -> bool {
        self.0.contains_key(text)
    }
}
