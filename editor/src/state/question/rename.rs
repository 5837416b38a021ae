//! A written question renamed, or its answers: the new ids followed by every rule and test case
//! that named the old ones.

use crate::state::State;
use eligibility_core::rules::{Answer, Answers, OptionId, OptionSet, QuestionId, Rule};

impl State {
    /// The question `from` renamed `to`, and its options as `options` says (to none: gone), in
    /// every rule and test case that names them.
    pub(super) fn rename_question(
        &mut self,
        from: &QuestionId,
        to: &QuestionId,
        options: &[(OptionId, Option<OptionId>)],
    ) {
        if from == to && options.is_empty() {
            return;
        }
        for line in self.lines.iter_mut().flatten() {
            if let Some(rule) = line.rule.as_mut() {
                rename_in_rule(rule, from, to, options);
            }
        }
        let option = |o: &OptionId| match options.iter().find(|(f, _)| f == o) {
            Some((_, to)) => to.clone(),
            None => Some(o.clone()),
        };
        let bank = self.bank.clone();
        for example in &mut self.examples {
            let mut answers = Answers::new();
            for (question, answer) in example.answers.iter() {
                let (question, answer) = match (question == from, answer) {
                    (true, Answer::Choice(o)) => match option(o) {
                        Some(o) => (to, Answer::Choice(o)),
                        None => continue,
                    },
                    (true, answer) => (to, answer.clone()),
                    (false, answer) => (question, answer.clone()),
                };
                // An answer the question no longer takes is let go, as the form would refuse it.
                if let Some(q) = bank.question(question.as_str()) {
                    let _ = answers.record(q, answer, example.on);
                }
            }
            example.answers = answers;
        }
        let form = &mut self.example_form;
        for (question, value) in form.answers.iter_mut() {
            if question == from {
                *question = to.clone();
                if let Some(o) = options.iter().find(|(f, _)| f.as_str() == value) {
                    *value =
                        o.1.as_ref()
                            .map_or(String::new(), |o| o.as_str().to_owned());
                }
            }
        }
        for (question, _) in form.months.iter_mut() {
            if question == from {
                *question = to.clone();
            }
        }
    }
}

/// How the answers' ids changed, place by place (`removed`: the place of one taken out): each
/// that changed, to its new id, or to none where it is gone. An id two answers shared names
/// neither, so it is left alone.
pub(super) fn renamed_options(
    old: &[OptionId],
    new: &[OptionId],
    removed: Option<usize>,
) -> Vec<(OptionId, Option<OptionId>)> {
    let once = |id: &OptionId| old.iter().filter(|o| *o == id).count() == 1;
    let mut changes = Vec::new();
    let mut new = new.iter();
    for (i, id) in old.iter().enumerate() {
        let to = if removed == Some(i) {
            None
        } else {
            new.next().cloned()
        };
        if to.as_ref() != Some(id) && once(id) {
            // A new id another answer already had would be taken for that one's.
            let to = to.filter(|t| !old.contains(t));
            changes.push((id.clone(), to));
        }
    }
    changes
}

/// `rule`, and its parts, with the question `from` renamed `to` and its options as `options` says.
fn rename_in_rule(
    rule: &mut Rule,
    from: &QuestionId,
    to: &QuestionId,
    options: &[(OptionId, Option<OptionId>)],
) {
    let rename = |q: &mut QuestionId| {
        if q == from {
            *q = to.clone();
        }
    };
    match rule {
        Rule::AnswerIn {
            question,
            meets,
            reasons,
        } => {
            if question != from {
                return;
            }
            rename(question);
            let option = |o: &OptionId| match options.iter().find(|(f, _)| f == o) {
                Some((_, to)) => to.clone(),
                None => Some(o.clone()),
            };
            *meets = OptionSet::new(meets.ids().iter().filter_map(option).collect());
            let kept = reasons
                .drain(..)
                .filter_map(|(o, r)| option(&o).map(|o| (o, r)));
            *reasons = kept.collect();
        }
        Rule::MonthsSince {
            question,
            unless_only,
            ..
        } => {
            rename(question);
            if let Some(only) = unless_only {
                rename(only);
            }
        }
        Rule::HasHappened { question, .. } | Rule::WithinMonths { question, .. } => {
            rename(question)
        }
        Rule::AnyOf(parts) | Rule::AllOf(parts) => {
            for part in parts {
                rename_in_rule(part, from, to, options);
            }
        }
    }
}
