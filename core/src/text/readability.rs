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

/// Why some of an editor's words may be hard to read: where (`field`) and what to do about it,
/// and the sentence it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// The field, as a path: `summary`, `criteria[lived-experience].reasons.work_only`.
    pub field: String,
    /// What reads hard, and what is expected.
    pub message: String,
    /// The field's text, as measured.
    pub text: String,
    /// Where in `text` the sentence that reads hard is (in bytes, without the space around it):
    /// the long one, the one an abbreviation is first used in, or, for a grade, the one that
    /// reads hardest. An editor marks it, rather than the whole field.
    pub sentence: Range<usize>,
}

/// Warnings about `text`, the words of `field`: sentences over [`MAX_SENTENCE_WORDS`] words,
/// abbreviations not spelled out, and, for a text long enough to score (20 words or more), a
/// Flesch-Kincaid grade over [`MAX_GRADE`]. Each names the sentence it is about.
///
/// ```
/// use eligibility_core::text::readability::warnings;
/// let text = format!("Short and plain. {}.", "word ".repeat(30).trim());
/// let found = warnings("summary", &text);
/// assert_eq!(found.len(), 1);
/// assert_eq!(&text[found[0].sentence.clone()], format!("{}.", "word ".repeat(30).trim()));
/// ```
pub fn warnings(field: &str, text: &str) -> Vec<Warning> {
    let spans: Vec<Range<usize>> = spans(text)
        .into_iter()
        .map(|span| trimmed(text, span))
        .collect();
    let warning = |message: String, sentence: Range<usize>| Warning {
        field: field.to_owned(),
        message,
        text: text.to_owned(),
        sentence,
    };
    let mut found: Vec<Warning> = spans
        .iter()
        .filter(|span| words(&text[(*span).clone()]).len() > MAX_SENTENCE_WORDS)
        .map(|span| {
            let sentence = &text[span.clone()];
            let start: Vec<&str> = sentence.split_whitespace().take(6).collect();
            warning(
                format!(
                    "a sentence of {} words (\"{} …\"): expected {MAX_SENTENCE_WORDS} or fewer",
                    words(sentence).len(),
                    start.join(" ")
                ),
                span.clone(),
            )
        })
        .collect();
    let measure = Measure::of(&[text]);
    if measure.words >= 20 && measure.grade() > MAX_GRADE {
        let grade = |span: &Range<usize>| Measure::of(&[&text[span.clone()]]).grade();
        let hardest = spans
            .iter()
            .max_by(|a, b| grade(a).total_cmp(&grade(b)))
            .cloned()
            .unwrap_or(0..text.len());
        found.push(warning(
            format!(
                "reads at Flesch-Kincaid grade {:.1}: expected {MAX_GRADE} or lower (shorter sentences, shorter words)",
                measure.grade()
            ),
            hardest,
        ));
    }
    for abbreviation in unexplained_abbreviations(text) {
        let first_used = spans
            .iter()
            .find(|span| {
                words(&text[(*span).clone()])
                    .iter()
                    .any(|w| w.trim_matches(|c: char| !c.is_alphanumeric()) == abbreviation)
            })
            .cloned()
            .unwrap_or(0..text.len());
        found.push(warning(
            format!(
                "{abbreviation} is not spelled out: expected the words in full where it is first used, then ({abbreviation})"
            ),
            first_used,
        ));
    }
    found
}

/// Warnings about the words a posting brings (its facts, summary, criteria and reasons; not the
/// advert's quoted words, which are shown as written).
pub fn posting_warnings(posting: &crate::rules::Posting) -> Vec<Warning> {
    use crate::rules::Words;
    let mut fields: Vec<(String, &Words)> = vec![("title".into(), &posting.title)];
    for (field, text) in [
        ("service", &posting.service),
        ("pay", &posting.pay),
        ("contract", &posting.contract),
        ("working_pattern", &posting.working_pattern),
    ] {
        fields.extend(text.as_ref().map(|text| (field.to_owned(), text)));
    }
    fields.extend(posting.summary.as_ref().map(|s| ("summary".to_owned(), s)));
    for c in &posting.criteria {
        let at = |name: &str| format!("criteria[{}].{name}", c.id);
        fields.push((at("summary"), &c.summary));
        fields.extend(c.detail.as_ref().map(|d| (at("detail"), d)));
        if let crate::rules::Evidence::Prompt(prompt) = &c.evidence {
            fields.push((at("evidence_prompt"), prompt));
        }
        if let Some(rule) = &c.rule {
            // The path written whole: a literal "rule" of its own, though the applicant's app never
            // calls this, moved its data about and cost its first load 71 B brotli.
            rule_fields(rule, &format!("criteria[{}].rule", c.id), &mut fields);
        }
    }
    // The measures are of English: they read the English text.
    fields
        .iter()
        .flat_map(|(field, text)| warnings(field, text.as_english()))
        .collect()
}

/// The employer's words in `rule` (at `path`), and in each of its parts: the reasons.
fn rule_fields<'r>(
    rule: &'r crate::rules::Rule,
    path: &str,
    fields: &mut Vec<(String, &'r crate::rules::Words)>,
) {
    use crate::rules::Rule;
    match rule {
        Rule::AnswerIn { reasons, .. } => {
            for (option, reason) in reasons {
                fields.push((format!("{path}.reasons.{option}"), reason));
            }
        }
        Rule::HasHappened { never_reason, .. } | Rule::WithinMonths { never_reason, .. } => {
            if let Some(reason) = never_reason {
                fields.push((format!("{path}.never_reason"), reason));
            }
        }
        Rule::MonthsSince { .. } => {}
        // Counted from one, as the loader names a part.
        Rule::AnyOf(parts) | Rule::AllOf(parts) => {
            for (i, part) in parts.iter().enumerate() {
                rule_fields(part, &format!("{path}.parts[{}]", i + 1), fields);
            }
        }
    }
}

/// Warnings about a question's words: its text, hint, short form and options.
pub fn question_warnings(question: &crate::rules::Question) -> Vec<Warning> {
    use crate::rules::AnswerKind;
    use crate::rules::Words;
    let at = |name: &str| format!("questions[{}].{name}", question.id);
    let mut fields: Vec<(String, &Words)> =
        vec![(at("text"), &question.text), (at("short"), &question.short)];
    fields.extend(question.hint.as_ref().map(|h| (at("hint"), h)));
    fields.extend(question.not_sure.as_ref().map(|n| (at("not_sure"), n)));
    match &question.kind {
        AnswerKind::OneOf(options) => {
            for option in options {
                fields.push((at(&format!("options.{}.label", option.id)), &option.label));
                if let Some(hint) = &option.hint {
                    fields.push((at(&format!("options.{}.hint", option.id)), hint));
                }
            }
        }
        AnswerKind::MonthYear { never } => fields.push((at("never"), never)),
        AnswerKind::YesNo => {}
    }
    // The measures are of English: they read the English text.
    fields
        .iter()
        .flat_map(|(field, text)| warnings(field, text.as_english()))
        .collect()
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
    fn a_warning_marks_the_sentence_it_is_about_not_the_whole_field() {
        let long = format!("{}.", "word ".repeat(26).trim());
        let text = format!("Short one. {long} Another short one.");
        let found = warnings("summary", &text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(&text[found[0].sentence.clone()], long);
        assert_eq!(found[0].text, text);

        let text = "You need a full licence. Tell us about your NVQ. We read every form.";
        let found = warnings("summary", text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].message.starts_with("NVQ"));
        assert_eq!(&text[found[0].sentence.clone()], "Tell us about your NVQ.");

        // A grade over the limit marks the sentence that reads hardest.
        let text = "Go now. Institutional organisational responsibilities necessitate considerable \
                    administrative documentation. We can help. You can ask us. It is free. Call us.";
        let found = warnings("summary", text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].message.contains("Flesch-Kincaid"), "{found:?}");
        assert_eq!(
            &text[found[0].sentence.clone()],
            "Institutional organisational responsibilities necessitate considerable \
             administrative documentation."
        );
    }

    #[test]
    fn long_sentences_are_named() {
        let long = "word ".repeat(26);
        assert_eq!(long_sentences(&format!("Short one. {long}.")).len(), 1);
        assert!(long_sentences(&"word ".repeat(25)).is_empty());
    }
}
