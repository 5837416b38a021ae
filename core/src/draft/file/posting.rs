//! A posting as the loader's tree: its facts in the order `docs/postings.md` gives them, its
//! criteria and their rules, and its examples.

use super::{object, text, Writer};
use crate::json::Json;
use crate::rules::example::{Example, Expect};
use crate::rules::load::DEFAULT_OPEN_FOR_WEEKS;
use crate::rules::{Answer, Class, Criterion, Evidence, OptionId, Posting, QuestionId, Rule};

impl Writer<'_> {
    /// A posting's fields, in the order `docs/postings.md` gives them; one it does not give
    /// (or gives as the loader would take it without: 8 weeks open, the nation its location
    /// tells) left out.
    pub(super) fn posting(&self, posting: &Posting) -> Vec<(String, Json)> {
        let mut fields: Vec<(String, Json)> = Vec::new();
        let mut field = |key: &str, value: Option<Json>| {
            if let Some(value) = value {
                fields.push((key.to_owned(), value));
            }
        };
        let words = |w: &Option<crate::rules::Words>| w.as_ref().map(|w| self.words(w));
        field("id", Some(text(posting.id.as_str())));
        field("title", Some(self.words(&posting.title)));
        field("employer", Some(self.words(&posting.employer)));
        field("location", Some(self.words(&posting.location)));
        field("area", words(&posting.area));
        field("service", words(&posting.service));
        field("pay", words(&posting.pay));
        field("contract", words(&posting.contract));
        field("working_pattern", words(&posting.working_pattern));
        field("published", posting.published.map(|d| text(&d.to_string())));
        field("closes", posting.closes.map(|d| text(&d.to_string())));
        let weeks = posting.open_for_weeks;
        let weeks = (weeks != DEFAULT_OPEN_FOR_WEEKS).then(|| Json::Number(f64::from(weeks)));
        field("open_for_weeks", weeks);
        field("starts", posting.starts.map(|m| text(&m.to_string())));
        field("reference", posting.reference.as_deref().map(text));
        field("summary", words(&posting.summary));
        field("apply_url", Some(text(&posting.apply_url)));
        field("source", Some(text(&posting.source)));
        let criteria = posting.criteria.iter().map(|c| self.criterion_or_use(c));
        field("criteria", Some(Json::Array(criteria.collect())));
        field(
            "welsh_language_skills",
            posting.welsh_skills.map(|skills| text(skills.id())),
        );
        field("carer_roles", words(&posting.carer_roles));
        // Always written: the loader does not guess it from the location.
        field("nation", Some(text(posting.nation.id())));
        let examples = posting.examples.iter().map(|e| self.example(e, posting));
        let examples: Vec<Json> = examples.collect();
        field(
            "examples",
            (!examples.is_empty()).then_some(Json::Array(examples)),
        );
        fields
    }

    /// A posting's criterion: `{ "use": "<id>" }` where it is the bank's shared one of that id.
    fn criterion_or_use(&self, criterion: &Criterion) -> Json {
        match self.bank.criterion(criterion.id.as_str()) {
            Some(shared) if shared == criterion => object([("use", text(criterion.id.as_str()))]),
            _ => self.criterion(criterion),
        }
    }

    /// A criterion written out.
    pub(super) fn criterion(&self, criterion: &Criterion) -> Json {
        let mut fields = vec![
            ("id".to_owned(), text(criterion.id.as_str())),
            ("summary".to_owned(), self.words(&criterion.summary)),
        ];
        if let Some(quote) = &criterion.quote {
            fields.push(("quote".to_owned(), self.words(quote)));
        }
        if let Some(detail) = &criterion.detail {
            fields.push(("detail".to_owned(), self.words(detail)));
        }
        let class = match criterion.class {
            Class::Essential => "essential",
            Class::Desirable => "desirable",
            Class::AfterOffer => "after_offer",
            Class::NotChecked => "not_checked",
        };
        fields.push(("class".to_owned(), text(class)));
        match &criterion.evidence {
            Evidence::Example => {}
            Evidence::Prompt(prompt) => {
                fields.push(("evidence_prompt".to_owned(), self.words(prompt)));
            }
            Evidence::Nothing => fields.push(("evidence_prompt".to_owned(), Json::Bool(false))),
        }
        if let Some(rule) = &criterion.rule {
            fields.push(("rule".to_owned(), self.rule(rule)));
        }
        Json::Object(fields)
    }

    fn rule(&self, rule: &Rule) -> Json {
        let on = |kind: &str, question: &QuestionId| {
            vec![
                ("kind".to_owned(), text(kind)),
                ("question".to_owned(), text(question.as_str())),
            ]
        };
        let months = |months: &u32| ("months".to_owned(), Json::Number(f64::from(*months)));
        let mut fields = match rule {
            Rule::AnswerIn {
                question,
                meets,
                reasons,
            } => {
                let mut fields = on("answer_in", question);
                let meets = meets.ids().iter().map(|id| text(id.as_str())).collect();
                fields.push(("meets".to_owned(), Json::Array(meets)));
                if !reasons.is_empty() {
                    let reasons = reasons
                        .iter()
                        .map(|(id, reason)| (id.as_str().to_owned(), self.words(reason)));
                    fields.push(("reasons".to_owned(), Json::Object(reasons.collect())));
                }
                fields
            }
            Rule::MonthsSince {
                question,
                months: m,
                unless_only,
            } => {
                let mut fields = on("months_since", question);
                fields.push(months(m));
                if let Some(only) = unless_only {
                    fields.push(("unless_only".to_owned(), text(only.as_str())));
                }
                fields
            }
            Rule::HasHappened { question, .. } => on("has_happened", question),
            Rule::WithinMonths {
                question,
                months: m,
                ..
            } => {
                let mut fields = on("within_months", question);
                fields.push(months(m));
                fields
            }
            Rule::AnyOf(parts) | Rule::AllOf(parts) => {
                let kind = match rule {
                    Rule::AnyOf(_) => "any_of",
                    _ => "all_of",
                };
                let parts = parts.iter().map(|part| self.rule(part)).collect();
                vec![
                    ("kind".to_owned(), text(kind)),
                    ("parts".to_owned(), Json::Array(parts)),
                ]
            }
        };
        if let Rule::HasHappened {
            never_reason: Some(reason),
            ..
        }
        | Rule::WithinMonths {
            never_reason: Some(reason),
            ..
        } = rule
        {
            fields.push(("never_reason".to_owned(), self.words(reason)));
        }
        Json::Object(fields)
    }

    /// An example: its answers in the order the posting asks their questions.
    fn example(&self, example: &Example, posting: &Posting) -> Json {
        let asked = posting.question_ids();
        let mut answered: Vec<(&QuestionId, &Answer)> = example.answers.iter().collect();
        answered.sort_by_key(|(question, _)| {
            (asked.iter().position(|q| q == *question)).unwrap_or(usize::MAX)
        });
        let answers = answered.into_iter().map(|(question, answer)| {
            let answer = match answer {
                Answer::Choice(option) => OptionId::as_str(option).to_owned(),
                Answer::Month(month) => month.to_string(),
                Answer::Never => "never".to_owned(),
                Answer::NotSure => "not_sure".to_owned(),
            };
            (question.as_str().to_owned(), Json::String(answer))
        });
        let Expect { overall, criteria } = &example.expect;
        let mut expect = vec![("overall".to_owned(), text(overall.word()))];
        if !criteria.is_empty() {
            let criteria = criteria
                .iter()
                .map(|(id, outcome)| (id.as_str().to_owned(), text(outcome.word())));
            expect.push(("criteria".to_owned(), Json::Object(criteria.collect())));
        }
        object([
            ("name", text(&example.name)),
            ("on", text(&example.on.to_string())),
            ("answers", Json::Object(answers.collect())),
            ("expect", Json::Object(expect)),
        ])
    }
}
