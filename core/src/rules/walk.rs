//! Every text a posting, criterion or question gives the applicant to read, walked in the order a
//! file gives it (feature `employer`): [`MapWords`] makes the same thing with each [`Words`]
//! mapped. The employers' editor lists a posting's texts for a translator through it, and gives
//! each its Welsh.
//!
//! The loader's `InEnglish` (`english.rs`) is a walk of its own over questions and criteria:
//! the applicant's first load carries it, and the same walk through this generic one was measured
//! 260 B (brotli) bigger there. A test below holds the two to the same texts.
//!
//! ```
//! use eligibility_core::rules::{MapWords, Words};
//! let pay = Some(Words::english("Band 3"));
//! let mut seen = Vec::new();
//! let welsh = pay.map_words(&mut |w: &Words| {
//!     seen.push(w.as_english().to_owned());
//!     Words::both(w.as_english(), "Band 3")
//! });
//! assert_eq!(seen, ["Band 3"]);
//! assert_eq!(welsh.unwrap().welsh(), Some("Band 3"));
//! ```

use super::model::{Criterion, Evidence, Posting, Rule};
use super::question::{AnswerKind, ChoiceOption, Question};
use super::words::Words;
use std::rc::Rc;

/// The same thing with each text it gives mapped by `f`, called once for each in the order a
/// file gives them (its ids, classes and numbers as they are).
pub trait MapWords: Sized {
    /// A copy with each [`Words`] replaced by `f` of it.
    fn map_words(&self, f: &mut impl FnMut(&Words) -> Words) -> Self;
}

impl MapWords for Words {
    fn map_words(&self, f: &mut impl FnMut(&Words) -> Words) -> Words {
        f(self)
    }
}

impl<T: MapWords> MapWords for Option<T> {
    fn map_words(&self, f: &mut impl FnMut(&Words) -> Words) -> Option<T> {
        self.as_ref().map(|t| t.map_words(f))
    }
}

impl<T: MapWords> MapWords for Rc<T> {
    fn map_words(&self, f: &mut impl FnMut(&Words) -> Words) -> Rc<T> {
        Rc::new(T::map_words(self, f))
    }
}

impl MapWords for Question {
    fn map_words(&self, f: &mut impl FnMut(&Words) -> Words) -> Question {
        // In the order a question bank file gives them: text, short, hint, not sure, answers.
        let text = self.text.map_words(f);
        let short = self.short.map_words(f);
        let hint = self.hint.map_words(f);
        let not_sure = self.not_sure.map_words(f);
        let kind = match &self.kind {
            AnswerKind::YesNo => AnswerKind::YesNo,
            AnswerKind::OneOf(options) => AnswerKind::OneOf(
                (options.iter())
                    .map(|o| ChoiceOption {
                        id: o.id.clone(),
                        label: o.label.map_words(f),
                        hint: o.hint.map_words(f),
                    })
                    .collect(),
            ),
            AnswerKind::MonthYear { never } => AnswerKind::MonthYear {
                never: never.map_words(f),
            },
        };
        Question {
            id: self.id.clone(),
            text,
            hint,
            short,
            kind,
            not_sure,
        }
    }
}

impl MapWords for Rule {
    fn map_words(&self, f: &mut impl FnMut(&Words) -> Words) -> Rule {
        match self {
            Rule::AnswerIn {
                question,
                meets,
                reasons,
            } => Rule::AnswerIn {
                question: question.clone(),
                meets: meets.clone(),
                reasons: (reasons.iter())
                    .map(|(option, reason)| (option.clone(), reason.map_words(f)))
                    .collect(),
            },
            Rule::HasHappened {
                question,
                never_reason,
            } => Rule::HasHappened {
                question: question.clone(),
                never_reason: never_reason.map_words(f),
            },
            Rule::WithinMonths {
                question,
                months,
                never_reason,
            } => Rule::WithinMonths {
                question: question.clone(),
                months: *months,
                never_reason: never_reason.map_words(f),
            },
            Rule::MonthsSince { .. } => self.clone(),
            Rule::AnyOf(parts) => Rule::AnyOf(parts.iter().map(|p| p.map_words(f)).collect()),
            Rule::AllOf(parts) => Rule::AllOf(parts.iter().map(|p| p.map_words(f)).collect()),
        }
    }
}

impl MapWords for Criterion {
    fn map_words(&self, f: &mut impl FnMut(&Words) -> Words) -> Criterion {
        // In the order a file gives them: summary, quote, detail, prompt, then the rule's reasons.
        let summary = self.summary.map_words(f);
        let quote = self.quote.map_words(f);
        let detail = self.detail.map_words(f);
        let evidence = match &self.evidence {
            Evidence::Prompt(words) => Evidence::Prompt(words.map_words(f)),
            other @ (Evidence::Example | Evidence::Nothing) => other.clone(),
        };
        Criterion {
            id: self.id.clone(),
            summary,
            quote,
            detail,
            class: self.class,
            rule: self.rule.map_words(f),
            evidence,
        }
    }
}

impl MapWords for Posting {
    /// Its facts in the order a file gives them, then its criteria; its examples' names are the
    /// employer's, not the applicant's, and stay as they are.
    fn map_words(&self, f: &mut impl FnMut(&Words) -> Words) -> Posting {
        // Every field named, so that a new text does not compile until it is walked.
        let Posting {
            id,
            title,
            employer,
            service,
            location,
            area,
            pay,
            contract,
            working_pattern,
            published,
            closes,
            open_for_weeks,
            starts,
            reference,
            summary,
            apply_url,
            source,
            criteria,
            welsh_skills,
            carer_roles,
            nation,
            examples,
        } = self;
        let title = title.map_words(f);
        let employer = employer.map_words(f);
        let location = location.map_words(f);
        let area = area.map_words(f);
        let service = service.map_words(f);
        let pay = pay.map_words(f);
        let contract = contract.map_words(f);
        let working_pattern = working_pattern.map_words(f);
        let summary = summary.map_words(f);
        let criteria = criteria.iter().map(|c| c.map_words(f)).collect();
        let carer_roles = carer_roles.map_words(f);
        Posting {
            id: id.clone(),
            title,
            employer,
            service,
            location,
            area,
            pay,
            contract,
            working_pattern,
            published: *published,
            closes: *closes,
            open_for_weeks: *open_for_weeks,
            starts: *starts,
            reference: reference.clone(),
            summary,
            apply_url: apply_url.clone(),
            source: source.clone(),
            criteria,
            welsh_skills: *welsh_skills,
            carer_roles,
            nation: *nation,
            examples: examples.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::MapWords;
    use crate::builtin;
    use crate::rules::english::InEnglish;
    use crate::rules::Words;

    #[test]
    fn the_walk_and_the_loaders_english_walk_agree_on_every_built_in_question_and_criterion() {
        let bank = builtin::standard_bank();
        let english = &mut |w: &Words| Words::english(w.as_english());
        for question in bank.questions() {
            assert_eq!(
                question.map_words(english),
                question.in_english(),
                "{}",
                question.id
            );
        }
        let (catalogue, _) = builtin::load(builtin::QUESTIONS, builtin::POSTINGS);
        let criteria = (catalogue.postings().iter()).flat_map(|p| p.criteria.iter());
        for criterion in criteria.chain(bank.criteria()) {
            assert_eq!(
                criterion.map_words(english),
                criterion.in_english(),
                "{}",
                criterion.id
            );
        }
    }
}
