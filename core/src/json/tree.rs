//! The tree serde_json reads into: [`Json`], with each object's fields in file order, and a field
//! given twice refused (or, read leniently, kept once with its last value).

use super::{Json, MAX_DEPTH, SCAN_FIELDS};
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use std::cell::Cell;
use std::collections::HashMap;
use std::fmt;

/// Reads any JSON value into the tree, `depth` levels inside objects and lists; `lenient` as
/// [`parse_lenient`] reads. What the tree itself refuses is kept in `refused`, for the message.
#[derive(Clone, Copy)]
pub(super) struct Tree<'r> {
    depth: usize,
    lenient: bool,
    refused: &'r Cell<Option<Refusal>>,
}

/// What the tree itself refuses, beyond what serde_json does; [`explain_refusal`] finds where.
///
/// [`explain_refusal`]: super::explain::explain_refusal
pub(super) enum Refusal {
    /// A field given twice in one object.
    Repeated(String),
    /// Objects and lists nested past [`MAX_DEPTH`].
    TooDeep,
}

impl<'r> Tree<'r> {
    /// The tree for a whole document; what it refuses is kept in `refused`.
    pub(super) fn new(lenient: bool, refused: &'r Cell<Option<Refusal>>) -> Tree<'r> {
        Tree {
            depth: 0,
            lenient,
            refused,
        }
    }

    /// Refuses the text for `refusal`, keeping it for the message: serde_json's error only
    /// stops the reading and gives the place, so its words are never shown.
    fn refuse<E: de::Error>(&self, refusal: Refusal) -> E {
        self.refused.set(Some(refusal));
        E::custom("refused by the tree")
    }

    fn inside<E: de::Error>(&self) -> Result<Tree<'r>, E> {
        if self.depth >= MAX_DEPTH {
            return Err(self.refuse(Refusal::TooDeep));
        }
        Ok(Tree {
            depth: self.depth + 1,
            ..*self
        })
    }
}

impl<'de> DeserializeSeed<'de> for Tree<'_> {
    type Value = Json;

    fn deserialize<D: de::Deserializer<'de>>(self, reader: D) -> Result<Json, D::Error> {
        reader.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Tree<'_> {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_bool<E>(self, b: bool) -> Result<Json, E> {
        Ok(Json::Bool(b))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Json, E> {
        Ok(Json::Number(n as f64))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Json, E> {
        Ok(Json::Number(n as f64))
    }

    fn visit_f64<E>(self, n: f64) -> Result<Json, E> {
        Ok(Json::Number(n))
    }

    fn visit_str<E>(self, s: &str) -> Result<Json, E> {
        Ok(Json::String(s.to_owned()))
    }

    fn visit_string<E>(self, s: String) -> Result<Json, E> {
        Ok(Json::String(s))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Json, A::Error> {
        let inside = self.inside()?;
        let mut list = Vec::new();
        while let Some(item) = items.next_element_seed(inside)? {
            list.push(item);
        }
        Ok(Json::Array(list))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut fields: A) -> Result<Json, A::Error> {
        let inside = self.inside()?;
        let mut pairs: Vec<(String, Json)> = Vec::new();
        // A field given before is found by a look along the few fields a posting's objects have;
        // past SCAN_FIELDS, by name in a map, so that an object of thousands is read in linear time.
        let mut places: HashMap<String, usize> = HashMap::new();
        while let Some(key) = fields.next_key::<String>()? {
            let place = if pairs.len() < SCAN_FIELDS {
                pairs
                    .iter()
                    .position(|(k, _)| *k == key)
                    .unwrap_or(pairs.len())
            } else {
                if places.is_empty() {
                    places.extend(pairs.iter().enumerate().map(|(i, (k, _))| (k.clone(), i)));
                }
                *places.entry(key.clone()).or_insert(pairs.len())
            };
            if place < pairs.len() && !self.lenient {
                return Err(self.refuse(Refusal::Repeated(key)));
            }
            let value = fields.next_value_seed(inside)?;
            match pairs.get_mut(place) {
                Some((_, first)) => *first = value,
                None => pairs.push((key, value)),
            }
        }
        Ok(Json::Object(pairs))
    }
}
