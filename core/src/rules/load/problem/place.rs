//! How a problem names the item of a list it is in: by the item's id, or by its place counted from
//! one, so that an employer finds it without counting from zero.

use crate::json::Json;
use crate::rules::seen::Seen;

/// The path of each of `items`, the list at `path`: `path[id]` for an item with an id (its
/// `"id"`, or for a shared criterion used by id its `"use"`) that no other item of the list has,
/// as `postings[leeds-peer-mentor].criteria[dbs]`; otherwise `path[n]`, its place counted from
/// one (`meets[1]` is the first). An id of digits alone is named by its place too, so that
/// `[2]` is always the second.
///
/// ```
/// use eligibility_core::json::parse;
/// use eligibility_core::rules::load::problem::item_paths;
/// let items = parse(r#"[{ "id": "dbs" }, { "use": "twelve-months" }, { "id": "Not An Id" }, "yes"]"#).unwrap();
/// let eligibility_core::json::Json::Array(items) = items else { unreachable!() };
/// assert_eq!(
///     item_paths("criteria", &items),
///     ["criteria[dbs]", "criteria[twelve-months]", "criteria[3]", "criteria[4]"]
/// );
/// ```
pub fn item_paths(path: &str, items: &[Json]) -> Vec<String> {
    let ids: Vec<Option<&str>> = items.iter().map(id_of).collect();
    // Ids given more than once name none of their items: each would be taken for the first.
    let (mut seen, mut twice) = (Seen::default(), Seen::default());
    for id in ids.iter().flatten() {
        if !seen.first(id) {
            twice.first(id);
        }
    }
    ids.iter()
        .enumerate()
        .map(|(i, id)| match id {
            Some(id) if !twice.contains(id) => format!("{path}[{id}]"),
            _ => format!("{path}[{}]", i + 1),
        })
        .collect()
}

/// The id an item is named by: its `"id"`, or its `"use"`, where that is an id the loader accepts
/// and not digits alone.
fn id_of(item: &Json) -> Option<&str> {
    let id = match item.get("id").or_else(|| item.get("use")) {
        Some(Json::String(id)) => id.as_str(),
        _ => return None,
    };
    let valid = !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        && !id.bytes().all(|b| b.is_ascii_digit());
    valid.then_some(id)
}
