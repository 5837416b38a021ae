//! Reading a question bank: its questions, their answers and options, and the criteria it shares.

use super::problem::{Among, Expected, ProblemKind, Thing, Things};
use super::reader::{Object, Reader};
use crate::json::Json;
use crate::rules::model::{AnswerKind, Bank, ChoiceOption, OptionId, Question, QuestionId};
use crate::rules::seen::Seen;

impl Reader {
    /// `{ "questions": [ ... ], "criteria": [ ... ] }`; see [`super::bank`].
    pub(super) fn bank(&self, json: &Json, base: Option<&Bank>) -> Option<Bank> {
        self.check_welsh();
        let mut root = self.object(json, "", Thing::QuestionBank)?;
        root.optional("$schema");
        let (questions, mut criteria) = match (root.optional("questions"), base) {
            (None, Some(base)) => (Some(base.questions().to_vec()), base.criteria().to_vec()),
            _ => (
                root.list("questions", Things::Questions)
                    .map(|items| self.questions(items)),
                Vec::new(),
            ),
        };
        let shared = match root.optional("criteria") {
            None => Some(Vec::new()),
            Some(_) => root.list("criteria", Things::SharedCriteria),
        };
        root.finish();
        // The questions first, for the shared criteria to find theirs in.
        let questions = Bank::new(questions?, Vec::new());
        let mut ids = Seen::default();
        for criterion in &criteria {
            ids.first(criterion.id.as_str());
        }
        for (path, item) in shared? {
            if item.get("use").is_some() {
                self.add(format!("{path}.use"), ProblemKind::SharedUsesShared);
                continue;
            }
            let Some(criterion) = self.criterion(item, &path, &questions) else {
                continue;
            };
            if !ids.first(criterion.id.as_str()) {
                self.repeated(&path, Among::SharedCriteria, criterion.id.as_str());
            }
            criteria.push(criterion);
        }
        // This file's Welsh: all or none.
        self.check_welsh();
        Some(questions.with_criteria(criteria))
    }

    /// Notes that the id of the item at `path` is one given before.
    pub(super) fn repeated(&self, path: &str, among: Among, id: &str) {
        let kind = ProblemKind::Repeated {
            among,
            id: id.to_owned(),
        };
        self.add(format!("{path}.id"), kind);
    }

    fn questions(&self, items: Vec<(String, &Json)>) -> Vec<Question> {
        let mut seen = Seen::default();
        let mut questions = Vec::new();
        for (path, item) in items {
            if let Some(question) = self.question(item, &path) {
                if !seen.first(question.id.as_str()) {
                    self.repeated(&path, Among::Questions, question.id.as_str());
                }
                questions.push(question);
            }
        }
        questions
    }

    fn question(&self, json: &Json, path: &str) -> Option<Question> {
        let mut o = self.object(json, path, Thing::Question)?;
        let id = o.id("id");
        let text = o.words("text");
        let short = o.words("short");
        let hint = o.optional_words("hint");
        let not_sure = o.optional_words("not_sure");
        let answer_path = o.child("answer");
        let kind = o
            .required("answer", Expected::AnswerKind)
            .and_then(|answer| self.answer_kind(answer, &answer_path));
        o.finish();
        Some(Question {
            id: QuestionId::new(id?),
            text: text?,
            hint: hint?,
            short: short?,
            kind: kind?,
            not_sure: not_sure?,
        })
    }

    fn answer_kind(&self, json: &Json, path: &str) -> Option<AnswerKind> {
        const KINDS: Expected = Expected::OneOf(&["yes_no", "one_of", "month_year"]);
        let mut o = self.object(json, path, Thing::AnswerKind)?;
        let kind_path = o.child("kind");
        let kind = match o.required("kind", KINDS) {
            Some(Json::String(k)) if k == "yes_no" => Some(AnswerKind::YesNo),
            Some(Json::String(k)) if k == "one_of" => self.options(&mut o).map(AnswerKind::OneOf),
            Some(Json::String(k)) if k == "month_year" => o
                .words("never")
                .map(|never| AnswerKind::MonthYear { never }),
            Some(other) => {
                self.expected(kind_path, KINDS, other);
                // Which other fields belong depends on the kind: with none known, judge none.
                o.allow(&["options", "never"]);
                None
            }
            None => None,
        };
        o.finish();
        kind
    }

    fn options(&self, o: &mut Object<'_, '_>) -> Option<Vec<ChoiceOption>> {
        let items = o.list("options", Things::Options)?;
        if items.len() < 2 {
            self.add(o.child("options"), ProblemKind::TooFewOptions);
        }
        let mut seen = Seen::default();
        let mut options = Vec::new();
        for (path, item) in items {
            let Some(mut option) = self.object(item, &path, Thing::Option) else {
                continue;
            };
            let id = option.id("id");
            let label = option.words("label");
            let hint = option.optional_words("hint");
            option.finish();
            if let Some(id) = &id {
                if !seen.first(id) {
                    self.repeated(&path, Among::Options, id);
                }
            }
            if let (Some(id), Some(label), Some(hint)) = (id, label, hint) {
                options.push(ChoiceOption {
                    id: OptionId::new(id),
                    label,
                    hint,
                });
            }
        }
        Some(options)
    }
}
