//! Reading a posting's examples, the employer's test cases (feature `employer`): each with a
//! name of its own, a day, answers each one its question takes on that day, to questions the
//! posting asks, and outcomes of criteria the posting decides. A problem names the example by its
//! name (`examples["A carer only"].answers.lived_experience`).

use super::problem::{Expected, Listed, ProblemKind, Thing, Things};
use super::reader::{Object, Reader, NAME_LIMIT};
use crate::json::{Json, Quoted};
use crate::rules::answers::{Answer, Answers};
use crate::rules::date::Date;
use crate::rules::example::{Example, Expect, Outcome};
use crate::rules::model::{AnswerKind, Bank, Criterion, CriterionId, OptionId, Question, Rule};
use crate::rules::seen::Seen;

/// What an example may expect of a criterion, or overall.
const OUTCOMES: Expected = Expected::OneOf(Outcome::WORDS);

impl Reader {
    /// The posting's `"examples"` (none where it gives none), checked against its `criteria`
    /// and the questions of `bank` those ask, where every criterion was read (`read`): where
    /// one was not, the examples' names of questions and criteria are not judged, only the rest.
    pub(super) fn examples(
        &self,
        o: &mut Object<'_, '_>,
        criteria: Option<&[Criterion]>,
        read: bool,
        bank: &Bank,
    ) -> Option<Vec<Example>> {
        if o.optional("examples").is_none() {
            return Some(Vec::new());
        }
        let items = o.list("examples", Things::Examples)?;
        let criteria = criteria.unwrap_or_default();
        let mut asked: Vec<&Question> = Vec::new();
        for question in criteria
            .iter()
            .flat_map(|c| c.rule.iter().flat_map(Rule::questions))
        {
            match bank.question(question.as_str()) {
                Some(found) if !asked.iter().any(|q| q.id == found.id) => asked.push(found),
                _ => {}
            }
        }
        let decided: Vec<&CriterionId> = criteria
            .iter()
            .filter(|c| c.rule.is_some())
            .map(|c| &c.id)
            .collect();
        let jsons: Vec<&Json> = items.iter().map(|(_, json)| *json).collect();
        let paths = example_paths(&o.child("examples"), &jsons);
        let mut names = Seen::default();
        let mut examples = Vec::new();
        for (json, path) in jsons.iter().zip(&paths) {
            let known = Known {
                asked: &asked,
                decided: &decided,
                read,
            };
            let example = self.example(json, path, &known, &mut names);
            examples.push(example);
        }
        examples.into_iter().collect()
    }

    fn example(
        &self,
        json: &Json,
        path: &str,
        known: &Known<'_>,
        names: &mut Seen,
    ) -> Option<Example> {
        let mut o = self.object(json, path, Thing::Example)?;
        let name = o.text_within("name", NAME_LIMIT);
        if let Some(name) = &name {
            if !names.first(name) {
                let kind = ProblemKind::RepeatedExample { name: name.clone() };
                self.add(o.child("name"), kind);
            }
        }
        let on_path = o.child("on");
        let on = o
            .required("on", Expected::Date)
            .and_then(|day| self.date(day, || on_path));
        let answers_path = o.child("answers");
        let answers = o
            .required("answers", Expected::Object(Thing::Answers))
            .and_then(|json| self.example_answers(json, &answers_path, known, on));
        let expect_path = o.child("expect");
        let expect = o
            .required("expect", Expected::Object(Thing::Expect))
            .and_then(|json| self.expect(json, &expect_path, known));
        o.finish();
        Some(Example {
            name: name?,
            on: on?,
            answers: answers?,
            expect: expect?,
        })
    }

    /// `{ "<question id>": "<answer>", ... }`: each a question the posting asks, each answer one
    /// it takes on `on` (where the day could be read).
    fn example_answers(
        &self,
        json: &Json,
        path: &str,
        known: &Known<'_>,
        on: Option<Date>,
    ) -> Option<Answers> {
        let Json::Object(pairs) = json else {
            self.expected(path, Expected::Object(Thing::Answers), json);
            return None;
        };
        let mut answers = Answers::new();
        let mut all = true;
        for (key, value) in pairs {
            let at = format!("{path}.{key}");
            let Some(question) = known.asked.iter().find(|q| q.id.as_str() == key) else {
                if known.read {
                    let asked = known.asked.iter().map(|q| q.id.as_str());
                    self.not_among(at, Expected::AskedQuestion(Listed::near(asked, key)), key);
                }
                all = false;
                continue;
            };
            let answer = self.example_answer(value, &at, question, on);
            match (answer, on) {
                (Some(answer), Some(on)) => all &= answers.record(question, answer, on).is_ok(),
                _ => all = false,
            }
        }
        all.then_some(answers)
    }

    /// One answer, as a file writes it: an option's id or `"not_sure"` for a choice; a month
    /// `YYYY-MM` no later than `on`'s, `"never"` or `"not_sure"` for a month and year.
    fn example_answer(
        &self,
        value: &Json,
        at: &str,
        question: &Question,
        on: Option<Date>,
    ) -> Option<Answer> {
        let given = match value {
            Json::String(given) => given.as_str(),
            _ => "",
        };
        let id = question.id.as_str().to_owned();
        match &question.kind {
            AnswerKind::YesNo | AnswerKind::OneOf(_) => {
                let option = OptionId::new(given);
                match given {
                    "not_sure" => return Some(Answer::NotSure),
                    "" => {}
                    _ if question.kind.offers(&option) => return Some(Answer::Choice(option)),
                    _ => {}
                }
                let options = question.kind.option_ids();
                let answers = options.iter().map(OptionId::as_str).chain(["not_sure"]);
                let answers = Listed::near(answers.collect::<Vec<_>>().into_iter(), given);
                let expected = Expected::AnswerOf {
                    question: id,
                    answers,
                };
                self.expected(at, expected, value);
                None
            }
            AnswerKind::MonthYear { .. } => {
                match given {
                    "not_sure" => return Some(Answer::NotSure),
                    "never" => return Some(Answer::Never),
                    _ => {}
                }
                let month = Some(given)
                    .filter(|given| given.len() == 7)
                    .and_then(|given| Date::parse_iso(&format!("{given}-01")))
                    .map(Date::year_month);
                match (month, on) {
                    (Some(month), Some(on)) if month > on.year_month() => {
                        self.expected(at, Expected::MonthBy(on.year_month()), value);
                        None
                    }
                    (Some(month), _) => Some(Answer::Month(month)),
                    (None, _) => {
                        self.expected(at, Expected::MonthAnswer { question: id }, value);
                        None
                    }
                }
            }
        }
    }

    /// `{ "overall": "<outcome>", "criteria": { "<criterion id>": "<outcome>", ... } }`.
    fn expect(&self, json: &Json, path: &str, known: &Known<'_>) -> Option<Expect> {
        let mut o = self.object(json, path, Thing::Expect)?;
        let overall_path = o.child("overall");
        let overall = o
            .required("overall", OUTCOMES)
            .and_then(|word| self.outcome(word, &overall_path));
        let criteria_path = o.child("criteria");
        let criteria = match o.optional("criteria") {
            None => Some(Vec::new()),
            Some(Json::Object(pairs)) => {
                let mut criteria = Vec::new();
                let mut all = true;
                for (key, word) in pairs {
                    let at = format!("{criteria_path}.{key}");
                    let outcome = self.outcome(word, &at);
                    let Some(id) = known.decided.iter().find(|id| id.as_str() == key) else {
                        if known.read {
                            let decided = known.decided.iter().map(|id| id.as_str());
                            let listed = Listed::near(decided, key);
                            self.not_among(at, Expected::DecidedCriterion(listed), key);
                        }
                        all = false;
                        continue;
                    };
                    match outcome {
                        Some(outcome) => criteria.push((CriterionId::clone(id), outcome)),
                        None => all = false,
                    }
                }
                all.then_some(criteria)
            }
            Some(other) => {
                self.expected(
                    criteria_path,
                    Expected::Object(Thing::ExpectedCriteria),
                    other,
                );
                None
            }
        };
        o.finish();
        Some(Expect {
            overall: overall?,
            criteria: criteria?,
        })
    }

    fn outcome(&self, word: &Json, path: &str) -> Option<Outcome> {
        let outcome = match word {
            Json::String(word) => Outcome::from_word(word),
            _ => None,
        };
        if outcome.is_none() {
            self.expected(path, OUTCOMES, word);
        }
        outcome
    }
}

/// What an example's names are judged against: the questions the posting asks and the criteria
/// it decides, where every criterion was `read`.
struct Known<'a> {
    asked: &'a [&'a Question],
    decided: &'a [&'a CriterionId],
    read: bool,
}

/// How problems name each example: by its name, where it has one no other has
/// (`examples["A carer only"]`), else by its place counted from one (`examples[2]`).
fn example_paths(path: &str, items: &[&Json]) -> Vec<String> {
    let names: Vec<Option<&str>> = items
        .iter()
        .map(|item| match item.get("name") {
            Some(Json::String(name)) if !name.trim().is_empty() => Some(name.trim()),
            _ => None,
        })
        .collect();
    names
        .iter()
        .enumerate()
        .map(|(i, name)| match name {
            Some(name) if names.iter().filter(|n| *n == &Some(*name)).count() == 1 => {
                format!("{path}[{}]", Quoted(name))
            }
            _ => format!("{path}[{}]", i + 1),
        })
        .collect()
}
