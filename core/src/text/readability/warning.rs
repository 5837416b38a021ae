//! The warnings an editor is given about their words: sentences too long, a grade too high,
//! abbreviations not spelled out. Each names its field and finds the sentence that reads hard, for
//! the editor to mark; a posting's and a question's fields are gathered here to be measured.

use super::{
    spans, trimmed, unexplained_abbreviations, words, Measure, MAX_GRADE, MAX_SENTENCE_WORDS,
};
use std::ops::Range;

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
}
