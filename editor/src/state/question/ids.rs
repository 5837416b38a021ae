//! Ids made from a written question's words, as the bank's are: the question's, its answers',
//! and a number added where an id is taken.

/// The words of `text` for an id: ASCII letters and digits, lower case.
fn id_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
}

/// A question's id from its words, as the bank's are (`able_to_work_shifts`): up to six words,
/// leaving out the words every question starts with ("Are you", "Do you have").
pub fn question_slug(text: &str) -> String {
    const ASKING: [&str; 16] = [
        "are", "do", "does", "did", "have", "has", "can", "could", "will", "would", "is", "was",
        "were", "you", "your", "the",
    ];
    let words: Vec<String> = id_words(text)
        .filter(|w| !ASKING.contains(&w.as_str()))
        .take(6)
        .collect();
    if words.is_empty() {
        "new_question".to_owned()
    } else {
        words.join("_")
    }
}

/// An answer's id from its label; one without words is named by its place (`answer_2`). Not
/// `not_sure`, `never` or `month`, which a test case's answers use, nor digits alone.
pub(super) fn option_slug(label: &str, i: usize) -> String {
    let words: Vec<String> = id_words(label).take(6).collect();
    let id = words.join("_");
    if id.is_empty() {
        format!("answer_{}", i + 1)
    } else if ["not_sure", "never", "month"].contains(&id.as_str())
        || id.bytes().all(|b| b.is_ascii_digit())
    {
        format!("answer_{id}")
    } else {
        id
    }
}

/// `slug`, or `slug_2`, `slug_3`… the first that is not `taken`.
pub(super) fn unique(slug: String, taken: impl Fn(&str) -> bool) -> String {
    if !taken(&slug) {
        return slug;
    }
    (2..)
        .map(|n| format!("{slug}_{n}"))
        .find(|id| !taken(id))
        .unwrap_or(slug)
}
