//! Reading a question bank: its questions, their answers and options, and the criteria it shares.

use super::problem::{Among, Expected, ProblemKind, Thing, Things};
use super::reader::{Object, Reader};
use crate::json::Json;
use crate::rules::english::InEnglish;
use crate::rules::model::{AnswerKind, Bank, ChoiceOption, OptionId, Question, QuestionId};
use crate::rules::seen::Seen;

impl Reader {
    /// `{ "questions": [ ... ], "criteria": [ ... ] }`, read from `file`; see [`super::bank`].
    pub(super) fn bank(&self, json: &Json, base: Option<&Bank>, file: &str) -> Option<Bank> {
        self.check_welsh();
        let mut root = self.object(json, "", Thing::QuestionBank)?;
        root.optional("$schema");
        let own = match (root.optional("questions"), base) {
            (None, Some(_)) => Some(Vec::new()),
            _ => root
                .list("questions", Things::Questions)
                .map(|items| self.questions(items, base)),
        };
        let shared = match root.optional("criteria") {
            None => Some(Vec::new()),
            Some(_) => root.list("criteria", Things::SharedCriteria),
        };
        root.finish();
        // The base's questions and then this file's, for the shared criteria to find theirs in.
        let mut questions = base.map_or_else(Vec::new, |base| base.questions().to_vec());
        questions.extend(own?);
        let questions = Bank::new(questions, Vec::new());
        let mut criteria = base.map_or_else(Vec::new, |base| base.criteria().to_vec());
        let mut ids = Seen::default();
        for criterion in &criteria {
            ids.first(criterion.id.as_str());
        }
        for (path, item) in shared? {
            if item.get("use").is_some() {
                self.add(format!("{path}.use"), ProblemKind::SharedUsesShared);
                continue;
            }
            let mark = self.languages_mark();
            let Some(criterion) = self.criterion(item, &path, &questions) else {
                continue;
            };
            let id = criterion.id.as_str();
            if let Some(base) = base.filter(|base| base.criterion(id).is_some()) {
                self.forget_languages_since(mark);
                // A copy of the base's own is the base's, with or without its Welsh; a different
                // one is refused.
                if !base.criterion(id).is_some_and(|own| same(own, &criterion)) {
                    self.in_bank(&path, Among::SharedCriteria, id, base);
                }
                continue;
            }
            if !ids.first(id) {
                self.repeated(&path, Among::SharedCriteria, id);
            }
            criteria.push(criterion);
        }
        // This file's Welsh: all or none.
        self.check_welsh();
        let source = match base.map(Bank::source).filter(|source| !source.is_empty()) {
            Some(source) => format!("{source} and {file}"),
            None => file.to_owned(),
        };
        Some(questions.with_criteria(criteria, source))
    }

    /// Notes that the id of the item at `path` is one `base`, the bank this file adds to, already
    /// gives to a different question or shared criterion.
    fn in_bank(&self, path: &str, among: Among, id: &str, base: &Bank) {
        let file = match base.source() {
            "" => "the question bank",
            source => source,
        };
        let kind = ProblemKind::InBank {
            among,
            id: id.to_owned(),
            file: file.to_owned(),
        };
        self.add(format!("{path}.id"), kind);
    }

    /// Notes that the id of the item at `path` is one given before.
    pub(super) fn repeated(&self, path: &str, among: Among, id: &str) {
        let kind = ProblemKind::Repeated {
            among,
            id: id.to_owned(),
        };
        self.add(format!("{path}.id"), kind);
    }

    /// A file's own questions, added to `base`'s: one whose id `base` already has is left out
    /// where it is a copy of `base`'s (whose Welsh is `base`'s, not the file's), and refused
    /// where it differs, as it would silently stand in for `base`'s.
    fn questions(&self, items: Vec<(String, &Json)>, base: Option<&Bank>) -> Vec<Question> {
        let mut seen = Seen::default();
        let mut questions = Vec::new();
        for (path, item) in items {
            let mark = self.languages_mark();
            let Some(question) = self.question(item, &path) else {
                continue;
            };
            let id = question.id.as_str();
            if let Some(base) = base.filter(|base| base.question(id).is_some()) {
                self.forget_languages_since(mark);
                if !base.question(id).is_some_and(|own| same(own, &question)) {
                    self.in_bank(&path, Among::Questions, id, base);
                }
                continue;
            }
            if !seen.first(id) {
                self.repeated(&path, Among::Questions, id);
            }
            questions.push(question);
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

/// Whether a file's `copy` of the base's `own` question or shared criterion is the same: word for
/// word, or in English only where the file gives it without the base's Welsh.
fn same<T: InEnglish + PartialEq>(own: &T, copy: &T) -> bool {
    own == copy || own.in_english() == *copy
}
