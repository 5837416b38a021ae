//! How typed words find a posting: each must be the start of one of its words, folded
//! ([`fold`](super::fold)) so that case and accents do not matter, and allowing a typed word of five
//! letters or more one slip (a letter wrong, missing, extra, or two swapped), as thumbs on a phone
//! make: "crawly" finds "Crawley", "tooitng" finds "Tooting". The start of a word, not any part
//! of it: "ward" finds "Ward 1" but not "Howard" or "forward".

/// The fewest letters a typed word needs before a slip in it is forgiven: a shorter word with a
/// letter changed is as likely another word ("ward", "warm") as a mistake.
const FORGIVING_FROM: usize = 5;

/// `text`'s words, folded, one space apart and nothing else between them: the form a posting's
/// searchable text is kept in, and typed words are compared in. A word is a run of letters and
/// digits; anything else (spaces, punctuation, dashes, quotes) only parts words, so "George's"
/// is the words "george" and "s", and "380-AC" is "380" and "ac".
pub(crate) fn words(text: &str) -> String {
    let mut words = String::with_capacity(text.len());
    for c in text.chars().map(super::letters::fold) {
        if is_part_of_word(c) {
            words.push(c);
        } else if !words.is_empty() && !words.ends_with(' ') {
            words.push(' ');
        }
    }
    if words.ends_with(' ') {
        words.pop();
    }
    words
}

/// Whether `c` belongs in a word rather than between words. Decided by the layout of Unicode's
/// blocks rather than the standard library's tables of letters, which would cost the page
/// kilobytes: ASCII letters and digits; any other character outside ASCII, but for the Latin-1
/// block's signs and spaces (U+0080 to U+00BF: no-break space, « », ·) and the General
/// Punctuation block's (U+2000 to U+206F: the other spaces, dashes, ‘ ’ “ ” and the like).
fn is_part_of_word(c: char) -> bool {
    match u32::from(c) {
        0..=0x7F => c.is_ascii_alphanumeric(),
        0x80..=0xBF | 0x2000..=0x206F | 0x3000 => false,
        _ => true,
    }
}

/// Whether `typed` (one word, as [`words`] gives them) finds `text` (a posting's [`words`]): it is
/// the start of one of its words, or for a typed word of [`FORGIVING_FROM`] letters or more, is
/// so but for one slip.
pub(crate) fn finds(text: &str, typed: &str) -> bool {
    let forgiving = typed.chars().nth(FORGIVING_FROM - 1).is_some();
    text.split(' ')
        .any(|word| word.starts_with(typed) || (forgiving && starts_but_for_a_slip(word, typed)))
}

/// Whether `typed` is the start of `word` but for one slip: a letter wrong, missing, extra, or
/// two letters swapped. The first letter must be right: people seldom miss it, and forgiving it
/// finds too much.
fn starts_but_for_a_slip(word: &str, typed: &str) -> bool {
    // Where the two first differ: equal letters are equal bytes, so the place is the same in both.
    let Some(at) = word
        .char_indices()
        .zip(typed.chars())
        .find(|((_, w), t)| w != t)
        .map(|((at, _), _)| at)
    else {
        // One is the start of the other: forgiven where `typed` is the longer by one letter.
        return (typed.get(word.len()..)).is_some_and(|extra| extra.chars().count() == 1);
    };
    if at == 0 {
        return false;
    }
    let (word, typed) = (&word[at..], &typed[at..]);
    let swapped = {
        let mut w = word.chars();
        let mut t = typed.chars();
        match (w.next(), w.next(), t.next(), t.next()) {
            (Some(w0), Some(w1), Some(t0), Some(t1)) => {
                w0 == t1 && w1 == t0 && w.as_str().starts_with(t.as_str())
            }
            _ => false,
        }
    };
    after_one(word).starts_with(after_one(typed)) // a letter wrong
        || word.starts_with(after_one(typed)) // a letter extra
        || after_one(word).starts_with(typed) // a letter missing
        || swapped
}

/// `s` without its first character.
fn after_one(s: &str) -> &str {
    let mut chars = s.chars();
    chars.next();
    chars.as_str()
}
