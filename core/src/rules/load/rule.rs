//! Reading a criterion's rule: on one question of the bank, or of parts, each on its own.

use super::problem::{Expected, Found, Listed, ProblemKind, Thing, Things};
use super::reader::{Object, Reader, TEXT_LIMIT};
use crate::json::Json;
use crate::rules::model::{AnswerKind, Bank, OptionId, OptionSet, Question, QuestionId, Rule};
use crate::rules::seen::Seen;
use std::rc::Rc;

impl Reader {
    /// A criterion's rule, its questions from `bank`.
    pub(super) fn rule(&self, json: &Json, path: &str, bank: &Bank) -> Option<Rule> {
        self.rule_or_part(json, path, bank, true)
    }

    /// A rule; with `parts`, it may be one of parts (`any_of`, `all_of`), each part a rule on one
    /// question.
    fn rule_or_part(&self, json: &Json, path: &str, bank: &Bank, parts: bool) -> Option<Rule> {
        const KINDS: Expected = Expected::OneOf(&[
            "answer_in",
            "months_since",
            "has_happened",
            "within_months",
            "any_of",
            "all_of",
        ]);
        let mut o = self.object(json, path, Thing::Rule)?;
        let kind_path = o.child("kind");
        let kind = match o.required("kind", KINDS) {
            Some(Json::String(k)) => Some(k.as_str()),
            Some(other) => {
                self.expected(kind_path.clone(), KINDS, other);
                None
            }
            None => None,
        };
        if let Some("any_of" | "all_of") = kind {
            if !parts {
                self.add(kind_path, ProblemKind::PartWithParts);
                o.allow(&["parts"]);
                o.finish();
                return None;
            }
            let rules = self.parts(&mut o, bank);
            o.finish();
            return match kind {
                Some("any_of") => rules.map(Rule::AnyOf),
                _ => rules.map(Rule::AllOf),
            };
        }
        let question_path = o.child("question");
        let question = o
            .id("question")
            .and_then(|id| self.known_question(&id, bank, &question_path));
        let months = |o: &mut Object<'_, '_>| {
            let months_path = o.child("months");
            o.required("months", Expected::MonthCount)
                .and_then(|m| self.months(m, &months_path))
        };
        let rule = match kind {
            Some("answer_in") => self.answer_in(&mut o, question?),
            Some("months_since") => {
                let months = months(&mut o);
                let only_path = o.child("unless_only");
                let unless_only = match o.optional("unless_only") {
                    None => Some(None),
                    Some(id) => self
                        .id(id, || only_path.clone())
                        .and_then(|id| self.known_question(&id, bank, &only_path))
                        .and_then(|only| self.yes_no_question(only, &only_path))
                        .map(Some),
                };
                // The built-in question's words name 12 months: on a rule of another length it
                // would ask about the wrong months (an employer's check: the applicant's app
                // reads only files that passed it).
                #[cfg(feature = "employer")]
                if let (Some(months), Some(Some(only))) = (months, &unless_only) {
                    if months != 12 && only.as_str() == crate::draft::suggest::GP_ONLY {
                        self.add(only_path, ProblemKind::GpOnlyNotTwelveMonths { months });
                    }
                }
                let question = self.month_question(question?, &question_path);
                Some(Rule::MonthsSince {
                    question: question?,
                    months: months?,
                    unless_only: unless_only?,
                })
            }
            Some(k @ ("has_happened" | "within_months")) => {
                let never_reason = o.optional_words("never_reason");
                let months = (k == "within_months").then(|| months(&mut o));
                let question = self.month_question(question?, &question_path);
                match months {
                    Some(months) => Some(Rule::WithinMonths {
                        question: question?,
                        months: months?,
                        never_reason: never_reason?.map(Rc::from),
                    }),
                    None => Some(Rule::HasHappened {
                        question: question?,
                        never_reason: never_reason?.map(Rc::from),
                    }),
                }
            }
            Some(other) => {
                self.expected(kind_path, KINDS, &Json::String(other.to_owned()));
                o.allow(&["meets", "reasons", "months", "never_reason", "unless_only"]);
                None
            }
            None => {
                o.allow(&["meets", "reasons", "months", "never_reason", "unless_only"]);
                None
            }
        };
        o.finish();
        rule
    }

    /// The parts of a rule met by any one of them or only by all: at least two, each a rule on one
    /// question.
    fn parts(&self, o: &mut Object<'_, '_>, bank: &Bank) -> Option<Vec<Rule>> {
        let path = o.child("parts");
        let items = o.list("parts", Things::RuleParts)?;
        if items.len() < 2 {
            self.add(path, ProblemKind::OnlyOnePart);
        }
        let rules: Vec<Option<Rule>> = items
            .iter()
            .map(|(path, part)| self.rule_or_part(part, path, bank, false))
            .collect();
        (items.len() >= 2).then_some(())?;
        rules.into_iter().collect()
    }

    fn known_question<'b>(&self, id: &str, bank: &'b Bank, path: &str) -> Option<&'b Question> {
        let found = bank.question(id);
        if found.is_none() {
            let known = Listed::near(bank.questions().iter().map(|q| q.id.as_str()), id);
            self.not_among(path, Expected::Question(known), id);
        }
        found
    }

    /// Notes that `id` at `path` is not one of those `expected` names.
    pub(super) fn not_among(&self, path: impl Into<String>, expected: Expected, id: &str) {
        let kind = ProblemKind::Expected {
            expected,
            found: Found::Id(id.to_owned()),
        };
        self.add(path, kind);
    }

    fn month_question(&self, question: &Question, path: &str) -> Option<QuestionId> {
        match question.kind {
            AnswerKind::MonthYear { .. } => Some(question.id.clone()),
            AnswerKind::YesNo | AnswerKind::OneOf(_) => {
                let kind = ProblemKind::NotMonthQuestion {
                    question: question.id.as_str().to_owned(),
                };
                self.add(path, kind);
                None
            }
        }
    }

    fn yes_no_question(&self, question: &Question, path: &str) -> Option<QuestionId> {
        match question.kind {
            AnswerKind::YesNo => Some(question.id.clone()),
            AnswerKind::OneOf(_) | AnswerKind::MonthYear { .. } => {
                let kind = ProblemKind::NotYesNoQuestion {
                    question: question.id.as_str().to_owned(),
                };
                self.add(path, kind);
                None
            }
        }
    }

    fn answer_in(&self, o: &mut Object<'_, '_>, question: &Question) -> Option<Rule> {
        // One mistake, one message: a question with no options to name makes every option in
        // "meets" and "reasons" wrong too, and a "meets" that is not a list leaves "reasons" with
        // nothing to be read against.
        if matches!(question.kind, AnswerKind::MonthYear { .. }) {
            let kind = ProblemKind::NotChoiceQuestion {
                question: question.id.as_str().to_owned(),
            };
            self.add(o.child("question"), kind);
            o.allow(&["meets", "reasons"]);
            return None;
        }
        // Looked up once per rule, not once per option named: a question may offer thousands.
        let offered = question.kind.option_ids();
        let mut known = Seen::default();
        for option in &offered {
            known.first(option.as_str());
        }
        // Anything but one of the question's options is named as not one of them, with the one
        // most likely meant ("Own" for "own").
        let option = |json: &Json, path: &str| -> Option<OptionId> {
            let given = match json {
                Json::String(given) if known.contains(given) => return Some(OptionId::new(given)),
                Json::String(given) => given.as_str(),
                _ => "",
            };
            let expected = Expected::OptionOf {
                question: question.id.as_str().to_owned(),
                options: Listed::near(offered.iter().map(OptionId::as_str), given),
            };
            self.expected(path, expected, json);
            None
        };
        let Some(listed) = o.list("meets", Things::MeetingOptions) else {
            o.allow(&["reasons"]);
            return None;
        };
        let meets: Vec<OptionId> = listed
            .into_iter()
            .filter_map(|(path, item)| option(item, &path))
            .collect();
        let mut meeting = Seen::default();
        for option in &meets {
            meeting.first(option.as_str());
        }
        let reasons_path = o.child("reasons");
        let mut reasons = Vec::new();
        match o.optional("reasons") {
            None => {}
            Some(Json::Object(pairs)) => {
                for (key, reason) in pairs {
                    let path = format!("{reasons_path}.{key}");
                    let id = option(&Json::String(key.clone()), &path);
                    let reason = self.words(reason, TEXT_LIMIT, &|| path.clone());
                    if let Some(id) = &id {
                        if meeting.contains(id.as_str()) {
                            let kind = ProblemKind::ReasonForMeetingOption {
                                option: id.as_str().to_owned(),
                            };
                            self.add(path.clone(), kind);
                        }
                    }
                    if let (Some(id), Some(reason)) = (id, reason) {
                        reasons.push((id, Rc::from(reason)));
                    }
                }
            }
            Some(other) => self.expected(reasons_path, Expected::Reasons, other),
        }
        Some(Rule::AnswerIn {
            question: question.id.clone(),
            meets: OptionSet::new(meets),
            reasons,
        })
    }
}
