//! Helpers shared by the native tests: the built-in catalogue, answers by name, and table checks.
//! The app's tests use them too (`tests/util/mod.rs`).

#![allow(dead_code)]

use eligibility_core::builtin;
use eligibility_core::rules::{
    evaluate, Answer, Answers, Catalogue, Criterion, Date, Evaluation, Posting, PostingId,
    QuestionId, Verdict, YearMonth,
};

pub const SWLSTG: &str = "swlstg-ward1-picu-peer-support-worker";
pub const KMPT: &str = "kmpt-dartford-womens-picu-peer-support-worker";

/// A synthetic bundle of `n` postings, made by the benchmarks' own generator (`catalogue
/// generate` prints the same), so that tests and benchmarks read the same files.
pub fn generated(n: usize) -> String {
    eligibility_core::synthetic::bundle(n).to_string()
}

/// The date the tests are written on.
pub fn today() -> Date {
    Date::new(2026, 11, 23).unwrap()
}

pub fn catalogue() -> Catalogue {
    let (catalogue, errors) = builtin::catalogue();
    assert!(errors.is_empty(), "built-in postings must load: {errors:?}");
    catalogue
}

pub fn month(year: i32, month: u8) -> Answer {
    Answer::Month(YearMonth::new(year, month).unwrap())
}

pub fn choice(option: &str) -> Answer {
    Answer::Choice(option.into())
}

/// An answer as a table row writes it: `"not sure"`, `"never"`, a month as `"3/2024"`, or else
/// the id of the option chosen (`"own"`, `"yes"`).
#[track_caller]
pub fn answer(text: &str) -> Answer {
    match text {
        "not sure" => Answer::NotSure,
        "never" => Answer::Never,
        _ => match text.split_once('/') {
            Some((m, y)) => {
                let (Ok(m), Ok(y)) = (m.parse(), y.parse()) else {
                    panic!("not a month and year: {text}");
                };
                let month = YearMonth::new(y, m);
                Answer::Month(month.unwrap_or_else(|| panic!("no such month: {text}")))
            }
            None => choice(text),
        },
    }
}

/// Answers built by question id, recorded as the app records them.
#[track_caller]
pub fn answers(catalogue: &Catalogue, given: &[(&str, Answer)], today: Date) -> Answers {
    let mut answers = Answers::new();
    for (question, answer) in given {
        let question = catalogue
            .question(&QuestionId::new(*question))
            .unwrap_or_else(|| panic!("no question {question}"));
        answers
            .record(question, answer.clone(), today)
            .unwrap_or_else(|e| panic!("{e}"));
    }
    answers
}

/// A posting evaluated on `today`, `given` answered in turn as the applicant meets the questions:
/// each to the next question the posting asks, given the answers before it (a question asked
/// only after some answers, such as whether the only care was from a GP, comes where it is asked).
#[track_caller]
pub fn answered_in_turn<'c>(
    catalogue: &'c Catalogue,
    posting_id: &str,
    given: &[&str],
    today: Date,
) -> Evaluation<'c> {
    let posting = posting(catalogue, posting_id);
    let mut answers = Answers::new();
    for text in given {
        let ids = posting.question_ids();
        let Some(&next) = posting.unanswered(&answers, today).first() else {
            panic!("{posting_id} asks no more questions, but {text} was given");
        };
        let question = catalogue.question(&ids[next]).unwrap();
        answers
            .record(question, answer(text), today)
            .unwrap_or_else(|e| panic!("{e}"));
    }
    evaluate(posting, &answers, today).unwrap()
}

pub fn posting<'c>(catalogue: &'c Catalogue, id: &str) -> &'c Posting {
    catalogue.posting(&PostingId::new(id)).unwrap()
}

/// One of a posting's criteria, by id.
#[track_caller]
pub fn criterion<'p>(posting: &'p Posting, id: &str) -> &'p Criterion {
    posting
        .criteria
        .iter()
        .find(|c| c.id.as_str() == id)
        .unwrap_or_else(|| panic!("{} has no criterion {id}", posting.id))
}

/// The verdict on one criterion of an evaluation, by id.
#[track_caller]
pub fn verdict_of(evaluation: &Evaluation, criterion: &str) -> Verdict {
    evaluation
        .criteria
        .iter()
        .find(|a| a.criterion.id.as_str() == criterion)
        .unwrap_or_else(|| panic!("no criterion {criterion}"))
        .verdict
        .clone()
}

/// The verdict on one criterion of one posting, given some answers.
#[track_caller]
pub fn verdict(
    posting_id: &str,
    criterion: &str,
    given: &[(&str, Answer)],
    today: Date,
) -> Verdict {
    let catalogue = catalogue();
    verdict_of(&evaluation(&catalogue, posting_id, given, today), criterion)
}

#[track_caller]
pub fn evaluation<'c>(
    catalogue: &'c Catalogue,
    posting_id: &str,
    given: &[(&str, Answer)],
    today: Date,
) -> Evaluation<'c> {
    let answers = answers(catalogue, given, today);
    evaluate(posting(catalogue, posting_id), &answers, today).unwrap()
}

/// A built-in posting file, (file name, content), found by posting id.
#[track_caller]
pub fn posting_file(id: &str) -> (&'static str, &'static str) {
    *builtin::POSTINGS
        .iter()
        .find(|(file, _)| *file == format!("postings/{id}.json"))
        .unwrap_or_else(|| panic!("no built-in file for {id}"))
}

/// serde_json's tree as ours, objects' fields sorted (serde_json sorts them by default).
pub fn from_serde(value: serde_json::Value) -> eligibility_core::rules::Json {
    use eligibility_core::rules::Json;
    use serde_json::Value;
    match value {
        Value::Null => Json::Null,
        Value::Bool(b) => Json::Bool(b),
        Value::Number(n) => Json::Number(n.as_f64().unwrap()),
        Value::String(s) => Json::String(s),
        Value::Array(items) => Json::Array(items.into_iter().map(from_serde).collect()),
        Value::Object(map) => {
            Json::Object(map.into_iter().map(|(k, v)| (k, from_serde(v))).collect())
        }
    }
}

/// Our tree with every object's fields sorted by name, to compare with serde_json's.
pub fn sorted(json: eligibility_core::rules::Json) -> eligibility_core::rules::Json {
    use eligibility_core::rules::Json;
    match json {
        Json::Array(items) => Json::Array(items.into_iter().map(sorted).collect()),
        Json::Object(pairs) => {
            let mut pairs: Vec<(String, Json)> =
                pairs.into_iter().map(|(k, v)| (k, sorted(v))).collect();
            pairs.sort_by(|a, b| a.0.cmp(&b.0));
            Json::Object(pairs)
        }
        other => other,
    }
}

/// Every counted sentence of a language's words, by name. `every_counted_sentence_is_listed` (tests/welsh.rs)
/// checks that none is missing.
pub fn counted(
    t: &eligibility_core::text::Text,
) -> Vec<(&'static str, &eligibility_core::text::Plural)> {
    vec![
        ("filter_toggle", &t.filter_toggle),
        ("showing", &t.showing),
        ("show_more", &t.show_more),
        ("standing_to_answer", &t.standing_to_answer),
        ("covers_intro", &t.covers_intro),
        ("also_not_checked", &t.also_not_checked),
        ("covers_already_answered", &t.covers_already_answered),
        ("not_yet_body", &t.not_yet_body),
        ("does_not_meet_body", &t.does_not_meet_body),
        ("some_with_time_body", &t.some_with_time_body),
        ("cannot_settle", &t.cannot_settle),
        ("on_the_day", &t.on_the_day),
        ("reason_long_enough", &t.reason_long_enough),
        ("reason_too_recent", &t.reason_too_recent),
        ("reason_depends_on_day", &t.reason_depends_on_day),
        ("rules.period_months", &t.rules.period_months),
        ("rules.period_years", &t.rules.period_years),
        ("next_ask", &t.next_ask),
        ("next_also_ask", &t.next_also_ask),
        ("next_also_day", &t.next_also_day),
        ("settled.left", &t.settled.left),
    ]
}

/// A posting's optional text, in English, as the tests compare it.
pub trait English {
    fn en(&self) -> Option<&str>;
}

impl English for Option<eligibility_core::rules::Words> {
    fn en(&self) -> Option<&str> {
        self.as_ref()
            .map(eligibility_core::rules::Words::as_english)
    }
}
