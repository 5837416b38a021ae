//! A question bank as the loader's tree: its questions, their answers and options, and the
//! criteria it shares, in the order `postings/questions.json` gives their fields.

use super::{object, text, Writer};
use crate::json::Json;
use crate::rules::{AnswerKind, Bank, Question};

impl Writer<'_> {
    /// `"questions"` and `"criteria"`: `bank`'s, less those `base` has (where a bundle adds to
    /// it). A list with nothing in it is left out.
    pub(super) fn bank(&self, bank: &Bank, base: Option<&Bank>) -> Vec<(String, Json)> {
        let own_question = |q: &&Question| base.is_none_or(|b| b.question(q.id.as_str()).is_none());
        let questions: Vec<Json> = bank
            .questions()
            .iter()
            .filter(own_question)
            .map(|q| self.question(q))
            .collect();
        let criteria: Vec<Json> = bank
            .criteria()
            .iter()
            .filter(|c| base.is_none_or(|b| b.criterion(c.id.as_str()).is_none()))
            .map(|c| self.criterion(c))
            .collect();
        let mut fields = Vec::new();
        if !questions.is_empty() || base.is_none() {
            fields.push(("questions".to_owned(), Json::Array(questions)));
        }
        if !criteria.is_empty() {
            fields.push(("criteria".to_owned(), Json::Array(criteria)));
        }
        fields
    }

    fn question(&self, question: &Question) -> Json {
        let mut fields = vec![
            ("id".to_owned(), text(question.id.as_str())),
            ("text".to_owned(), self.words(&question.text)),
            ("short".to_owned(), self.words(&question.short)),
        ];
        if let Some(hint) = &question.hint {
            fields.push(("hint".to_owned(), self.words(hint)));
        }
        if let Some(not_sure) = &question.not_sure {
            fields.push(("not_sure".to_owned(), self.words(not_sure)));
        }
        let answer = match &question.kind {
            AnswerKind::YesNo => object([("kind", text("yes_no"))]),
            AnswerKind::OneOf(options) => {
                let options = options.iter().map(|option| {
                    let mut fields = vec![
                        ("id".to_owned(), text(option.id.as_str())),
                        ("label".to_owned(), self.words(&option.label)),
                    ];
                    if let Some(hint) = &option.hint {
                        fields.push(("hint".to_owned(), self.words(hint)));
                    }
                    Json::Object(fields)
                });
                object([
                    ("kind", text("one_of")),
                    ("options", Json::Array(options.collect())),
                ])
            }
            AnswerKind::MonthYear { never } => {
                object([("kind", text("month_year")), ("never", self.words(never))])
            }
        };
        fields.push(("answer".to_owned(), answer));
        Json::Object(fields)
    }
}
