//! How easy words are to read, measured as plain-language guides measure them: the length of each
//! sentence, the Flesch-Kincaid grade of a page, and abbreviations not spelled out at first use.
//!
//! The render tests hold every screen to these limits, and the validator warns a posting's editor
//! when a posting's own words (summaries, reasons, hints) go past them. Syllables are counted by
//! the usual rule of thumb (groups of vowels, less a silent "e"), as readability tools count them.
//!
//! ```
//! use eligibility_core::text::readability::{Measure, unexplained_abbreviations};
//! let measure = Measure::of(&["You meet the essential criteria for this job."]);
//! assert_eq!((measure.words, measure.sentences), (8, 1));
//! assert!(measure.grade() < 7.0);
//! assert_eq!(unexplained_abbreviations("An NVQ, or a National Vocational Qualification (NVQ)."), ["NVQ"]);
//! assert!(unexplained_abbreviations("A Disclosure and Barring Service (DBS) check. The DBS.").is_empty());
//! ```
//!
//! The warnings an editor is given, each naming the field and the sentence that reads hard, are
//! made from these measures in `readability/warning.rs`.

mod warning;

pub use warning::{posting_warnings, question_warnings, warnings, Warning};

use std::ops::Range;

/// The most words a sentence should have.
pub const MAX_SENTENCE_WORDS: usize = 25;

/// The highest Flesch-Kincaid grade a page should score: a reading age of about 12. GOV.UK writes
/// for a reading age of 9, NHS content for 9 to 11.
pub const MAX_GRADE: f64 = 7.0;

/// Abbreviations every reader knows, which need no spelling out.
pub const KNOWN_ABBREVIATIONS: &[&str] = &["NHS", "UK", "GP"];

/// Words, sentences and syllables counted over some blocks of text (paragraphs, headings, list
/// items): each block ends a sentence, whether or not it ends with a full stop.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Measure {
    /// Words counted.
    pub words: usize,
    /// Sentences counted.
    pub sentences: usize,
    /// Syllables counted.
    pub syllables: usize,
}

impl Measure {
    /// Counts the words, sentences and syllables of `blocks`.
    pub fn of<S: AsRef<str>>(blocks: &[S]) -> Measure {
        let mut measure = Measure::default();
        for sentence in blocks.iter().flat_map(|b| sentences(b.as_ref())) {
            let words = words(sentence);
            measure.sentences += 1;
            measure.words += words.len();
            measure.syllables += words.iter().map(|w| syllables(w)).sum::<usize>();
        }
        measure
    }

    /// The Flesch-Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
    pub fn grade(&self) -> f64 {
        if self.words == 0 {
            return 0.0;
        }
        0.39 * self.words as f64 / self.sentences as f64
            + 11.8 * self.syllables as f64 / self.words as f64
            - 15.59
    }
}

/// The sentences of `text`: split after a full stop, question mark or exclamation mark that ends
/// a word, with empty ones left out.
pub fn sentences(text: &str) -> Vec<&str> {
    spans(text).into_iter().map(|span| &text[span]).collect()
}

/// Where in `text` its [`sentences`] are, in bytes, each with the space before it.
fn spans(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let ends = matches!(c, '.' | '?' | '!')
            && chars.peek().is_none_or(|(_, next)| next.is_whitespace());
        if ends {
            out.push(start..i + c.len_utf8());
            start = i + c.len_utf8();
        }
    }
    out.push(start..text.len());
    out.retain(|span| !words(&text[span.clone()]).is_empty());
    out
}

/// `span` of `text` without the space around it.
fn trimmed(text: &str, span: Range<usize>) -> Range<usize> {
    let sentence = &text[span.clone()];
    let start = span.start + (sentence.len() - sentence.trim_start().len());
    let end = span.end - (sentence.len() - sentence.trim_end().len());
    start..end
}

/// The sentences of `text` longer than [`MAX_SENTENCE_WORDS`].
pub fn long_sentences(text: &str) -> Vec<&str> {
    sentences(text)
        .into_iter()
        .filter(|s| words(s).len() > MAX_SENTENCE_WORDS)
        .map(str::trim)
        .collect()
}

/// The words of `text`: what is between spaces and has a letter or digit in it.
fn words(text: &str) -> Vec<&str> {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

/// A word's syllables by the rule of thumb: groups of vowels, less a final silent "e" (but not in
/// "-le"), plus vowels said apart, and at least one. A number counts as one.
fn syllables(word: &str) -> usize {
    let letters: Vec<char> = word
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let vowel = |c: &char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut count = 0;
    let mut previous = false;
    for c in &letters {
        let is = vowel(c);
        if is && !previous {
            count += 1;
        }
        previous = is;
    }
    if let [.., before, 'e'] = letters.as_slice() {
        if count > 1 && *before != 'l' && !vowel(before) {
            count -= 1;
        }
    }
    // Two vowels said apart ("cri-te-ri-a", "u-su-al-ly"), but not in "-tion", "-cial", "-cious",
    // "qua-" or "lan-guage".
    for pair in letters.windows(3) {
        let split = match pair {
            [before, 'i', 'a' | 'o' | 'u'] => !matches!(before, 't' | 's' | 'c' | 'x' | 'g'),
            [before, 'u', 'a' | 'o'] => !matches!(before, 'q' | 'g'),
            [_, 'e', 'o'] => true,
            _ => false,
        };
        count += usize::from(split);
    }
    count.max(1)
}

/// The abbreviations in `text` (words of two or more capital letters, other than the
/// [`KNOWN_ABBREVIATIONS`]) not spelled out where they are first used: "National Vocational
/// Qualification (NVQ)", or "NVQ (National Vocational Qualification)", words whose initials are
/// its letters. Each is named once.
pub fn unexplained_abbreviations(text: &str) -> Vec<String> {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let mut seen: Vec<String> = Vec::new();
    let mut unexplained = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let word = token.trim_matches(|c: char| !c.is_alphanumeric());
        let is_abbreviation = word.chars().count() >= 2
            && word.chars().all(|c| c.is_ascii_uppercase())
            && !KNOWN_ABBREVIATIONS.contains(&word);
        if !is_abbreviation || seen.iter().any(|s| s == word) {
            continue;
        }
        seen.push(word.to_owned());
        // "National Vocational Qualification (NVQ)": the capitalised words before it, or after it
        // in brackets, begin with its letters in order ("and", "of" and the like between them).
        let spelled_out = if token.starts_with('(') {
            initials(tokens[..i].iter().rev(), word.len()).eq(word.chars().rev())
        } else {
            tokens.get(i + 1).is_some_and(|next| next.starts_with('('))
                && initials(tokens[i + 1..].iter(), word.len()).eq(word.chars())
        };
        if !spelled_out {
            unexplained.push(word.to_owned());
        }
    }
    unexplained
}

/// The first letters of the first `count` capitalised words of `tokens`, skipping words in lower
/// case ("and", "of").
fn initials<'t, I: Iterator<Item = &'t &'t str>>(
    tokens: I,
    count: usize,
) -> impl Iterator<Item = char> + use<'t, I> {
    tokens
        .filter_map(|t| t.chars().find(|c| c.is_alphabetic()))
        .filter(|c| c.is_uppercase())
        .take(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_by_the_rule_of_thumb() {
        for (word, expected) in [
            ("job", 1),
            ("apply", 2),
            ("criteria", 4),
            ("psychiatric", 4),
            ("vocational", 4),
            ("qualification", 5),
            ("usually", 4),
            ("language", 2),
            ("essential", 3),
            ("change", 1),
            ("able", 2),
            ("2026", 1),
            ("services,", 3),
        ] {
            assert_eq!(syllables(word), expected, "{word}");
        }
    }

    #[test]
    fn sentences_end_at_stops_that_end_words() {
        assert_eq!(
            sentences("You answered: No. This is 5.5 months. Why? Yes!"),
            [
                "You answered: No.",
                " This is 5.5 months.",
                " Why?",
                " Yes!"
            ]
        );
        assert_eq!(sentences("No full stop"), ["No full stop"]);
        assert!(sentences("  ").is_empty());
    }

    #[test]
    fn an_abbreviation_is_spelled_out_by_words_with_its_initials() {
        for spelled in [
            "A National Vocational Qualification (NVQ) at level 2.",
            "A Disclosure and Barring Service (DBS) check.",
            "A PICU (Psychiatric Intensive Care Unit) ward.",
            "Women's Psychiatric Intensive Care Unit (PICU), a new service. The PICU.",
        ] {
            assert!(unexplained_abbreviations(spelled).is_empty(), "{spelled}");
        }
        for unexplained in [
            "An NVQ (level 2).",
            "A check (DBS).",
            "An NVQ. A National Vocational Qualification (NVQ).",
        ] {
            assert_eq!(
                unexplained_abbreviations(unexplained).len(),
                1,
                "{unexplained}"
            );
        }
    }

    #[test]
    fn long_sentences_are_named() {
        let long = "word ".repeat(26);
        assert_eq!(long_sentences(&format!("Short one. {long}.")).len(), 1);
        assert!(long_sentences(&"word ".repeat(25)).is_empty());
    }
}
