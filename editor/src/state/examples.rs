//! The employer's own test cases: the form that adds one, and turning it into the core's
//! [`Example`], which the file keeps and the check runs.

use eligibility_core::rules::example::{Example, Expect, Outcome};
use eligibility_core::rules::{
    evaluate, Answer, AnswerKind, Answers, Bank, Date, OptionId, Posting, QuestionId, YearMonth,
};

/// The "Add a test case" form, as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExampleForm {
    /// Its name.
    pub name: String,
    /// The day it is judged on, `YYYY-MM-DD` (empty: today).
    pub on: String,
    /// Each answer chosen, by question: an option's id, `not_sure`, `never` or `month`.
    pub answers: Vec<(QuestionId, String)>,
    /// Each month typed, by question, `YYYY-MM`.
    pub months: Vec<(QuestionId, String)>,
    /// The outcome expected.
    pub expect: Option<Outcome>,
    /// Why the last "Add" was refused.
    pub refused: Option<Refused>,
}

/// A walk of the preview as an applicant, to keep as a test case.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Walk {
    /// The answers of the result the preview last showed, until kept.
    pub answers: Option<Answers>,
    /// The name typed for it.
    pub name: String,
    /// Why the last "Keep" was refused.
    pub refused: Option<Refused>,
    /// The name of the walk last kept, to say so.
    pub kept: Option<String>,
    /// The outcome the preview gave, overall.
    pub found: Option<Outcome>,
    /// The outcome the employer expects, where they chose another than the preview gave.
    pub expect: Option<Outcome>,
}

impl Walk {
    /// The walk as a test case of `posting` on `today`: expecting what the preview gave, the
    /// outcome overall and of every criterion; or, where the employer expects another outcome,
    /// that outcome overall. Or why not.
    pub fn example(&self, posting: &Posting, today: Date) -> Result<Example, Refused> {
        let name = self.name.trim();
        if name.is_empty() {
            return Err(Refused::NoName);
        }
        if posting.examples.iter().any(|e| e.name == name) {
            return Err(Refused::SameName(name.to_owned()));
        }
        let answers = self.answers.clone().unwrap_or_default();
        let evaluation = evaluate(posting, &answers, today).map_err(|_| Refused::Stale)?;
        let mut example = Example::kept(name, today, &answers, &evaluation);
        if let Some(expect) = self.expect.filter(|e| *e != example.expect.overall) {
            example.expect = Expect {
                overall: expect,
                criteria: Vec::new(),
            };
        }
        Ok(example)
    }

    /// The walk the preview just gave, for `posting` on `today`: its answers and the outcome.
    pub fn walked(answers: Answers, posting: &Posting, today: Date) -> Walk {
        let found = evaluate(posting, &answers, today).ok();
        Walk {
            found: found.map(|e| Outcome::overall(&e.overall)),
            answers: Some(answers),
            ..Walk::default()
        }
    }
}

/// Why a test case could not be added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refused {
    /// It has no name.
    NoName,
    /// Another test case has its name (given, trimmed): the file keeps test cases by name.
    SameName(String),
    /// A month is not written as year and month.
    Month(QuestionId),
    /// A walk's answers are no longer this posting's (it changed since).
    Stale,
}

/// The value of an answer's select, as the form keeps it.
pub fn value_of(pairs: &[(QuestionId, String)], question: &QuestionId) -> String {
    pairs
        .iter()
        .find(|(q, _)| q == question)
        .map_or(String::new(), |(_, v)| v.clone())
}

/// Sets the value for `question`.
pub fn set_value(pairs: &mut Vec<(QuestionId, String)>, question: QuestionId, value: String) {
    pairs.retain(|(q, _)| *q != question);
    pairs.push((question, value));
}

impl ExampleForm {
    /// The test case the form describes, on `today` unless it names a day, for the questions
    /// `asked`, beside the test cases `kept`; or why not.
    pub fn example(
        &self,
        asked: &[QuestionId],
        bank: &Bank,
        today: Date,
        kept: &[Example],
    ) -> Result<Example, Refused> {
        let name = self.name.trim();
        if name.is_empty() {
            return Err(Refused::NoName);
        }
        if kept.iter().any(|e| e.name == name) {
            return Err(Refused::SameName(name.to_owned()));
        }
        let on = Date::parse_iso(self.on.trim()).unwrap_or(today);
        let mut answers = Answers::new();
        for question in asked {
            let value = value_of(&self.answers, question);
            let answer = match value.as_str() {
                "" => continue,
                "not_sure" => Answer::NotSure,
                "never" => Answer::Never,
                "month" => {
                    let typed = value_of(&self.months, question);
                    let month = parse_month(&typed).ok_or(Refused::Month(question.clone()))?;
                    Answer::Month(month)
                }
                option => Answer::Choice(OptionId::new(option)),
            };
            // An answer the question refuses (a month after the day) is left for the loader to
            // name; only the questions the bank has are recorded.
            if let Some(q) = bank.question(question.as_str()) {
                if answers.record(q, answer.clone(), on).is_err() {
                    if let (AnswerKind::MonthYear { .. }, Answer::Month(_)) = (&q.kind, &answer) {
                        return Err(Refused::Month(question.clone()));
                    }
                }
            }
        }
        Ok(Example {
            name: name.to_owned(),
            on,
            answers,
            expect: Expect {
                overall: self.expect.unwrap_or(Outcome::Met),
                criteria: Vec::new(),
            },
        })
    }
}

/// `YYYY-MM`, as the month box takes it.
fn parse_month(text: &str) -> Option<YearMonth> {
    let (year, month) = text.trim().split_once('-')?;
    YearMonth::new(year.parse().ok()?, month.parse().ok()?)
}
