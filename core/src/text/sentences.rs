//! Sentences made from the core's verdicts and a [`Text`]'s words: the views only place them.

use super::{fill, Text};
use crate::rules::letters::lower;
use crate::rules::{Answer, AnswerKind, Date, OptionId, Posting, Question, YearMonth};

impl Text {
    /// "June 2027".
    pub fn month(&self, month: YearMonth) -> String {
        fill(
            self.month_year,
            &[
                ("month", self.months[usize::from(month.month()) - 1]),
                ("year", &month.year().to_string()),
            ],
        )
    }

    /// "16 September 2025".
    pub fn date(&self, date: Date) -> String {
        fill(
            self.day_month_year,
            &[
                ("day", &date.day().to_string()),
                ("month", self.months[usize::from(date.month()) - 1]),
                ("year", &date.year().to_string()),
            ],
        )
    }

    /// A criterion's summary inside a sentence: its first letter in lower case, unless it begins
    /// an abbreviation such as "NVQ" or "DBS", which stays as written.
    pub fn in_sentence(&self, summary: &str) -> String {
        let mut chars = summary.chars();
        let first = chars.next();
        let rest = chars.as_str();
        match (first, rest.chars().next()) {
            // An acronym ("DBS") keeps its capital: its second letter is a capital too, that is
            // a letter whose lower case is another letter.
            (Some(first), second) if second.is_none_or(|c| lower(c) == c) => {
                std::iter::once(lower(first)).chain(rest.chars()).collect()
            }
            _ => summary.to_owned(),
        }
    }

    /// "a, b and c".
    pub fn list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => fill(
                self.list_last,
                &[("items", &rest.join(self.list_separator)), ("last", last)],
            ),
        }
    }

    /// The words of an option, as the applicant saw them.
    pub fn option_label(&self, question: &Question, option: &OptionId) -> String {
        match &question.kind {
            AnswerKind::YesNo if option.as_str() == AnswerKind::YES => self.yes.to_owned(),
            AnswerKind::YesNo if option.as_str() == AnswerKind::NO => self.no.to_owned(),
            AnswerKind::OneOf(options) => options
                .iter()
                .find(|o| &o.id == option)
                .map_or_else(|| option.to_string(), |o| self.own(&o.label).to_owned()),
            AnswerKind::YesNo | AnswerKind::MonthYear { .. } => option.to_string(),
        }
    }

    /// The "not sure" answer's words for this question.
    pub fn not_sure_label<'q>(&'q self, question: &'q Question) -> &'q str {
        question
            .not_sure
            .as_ref()
            .map_or(self.not_sure, |n| self.own(n))
    }

    /// An answer as the check-your-answers list shows it.
    pub fn answer(&self, question: &Question, answer: &Answer) -> String {
        match answer {
            Answer::Choice(option) => self.option_label(question, option),
            Answer::Month(month) => self.month(*month),
            Answer::Never => match &question.kind {
                AnswerKind::MonthYear { never } => self.own(never).to_owned(),
                AnswerKind::YesNo | AnswerKind::OneOf(_) => self.no.to_owned(),
            },
            Answer::NotSure => self.not_sure_label(question).to_owned(),
        }
    }

    /// "Closed on 16 September 2025", "16 September 2025", "No closing date given" or, long after
    /// it was published, "No closing date given, and it may have closed".
    pub fn closing(&self, posting: &Posting, today: Date) -> String {
        match posting.closes {
            Some(date) if posting.is_closed(today) => {
                fill(self.closed_on, &[("date", &self.date(date))])
            }
            Some(date) => self.date(date),
            None if posting.may_have_closed(today).is_some() => self.may_have_closed.to_owned(),
            None => self.no_closing_date.to_owned(),
        }
    }

    /// When the job starts, in the past tense once that month has passed.
    pub fn start_month(&self, posting: &Posting, today: Date) -> Option<String> {
        let starts = posting.starts?;
        let template = if posting.has_started(today) {
            self.started
        } else {
            self.starts
        };
        Some(fill(template, &[("month", &self.month(starts))]))
    }
}
