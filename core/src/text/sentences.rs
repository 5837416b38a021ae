//! Sentences made from the core's verdicts and a [`Text`]'s words: the views only place them.

use super::{fill, Text};
use crate::rules::letters::lower;
use crate::rules::{
    Answer, AnswerKind, Class, Criterion, Date, Met, NotMet, NotSure, OptionId, Posting, Question,
    Verdict, YearMonth,
};

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

    /// The short status beside a criterion.
    pub fn status(&self, criterion: &Criterion, verdict: &Verdict) -> &'static str {
        match (criterion.class, verdict) {
            (Class::Desirable, Verdict::Met(_)) => self.status_desirable_met,
            (Class::Desirable, Verdict::NotMet(_)) => self.status_desirable_not_met,
            (_, Verdict::Met(_)) => self.status_met,
            (_, Verdict::NotMet(_)) => self.status_not_met,
            (_, Verdict::NotSure(NotSure::DependsOnDay { .. })) => self.status_depends,
            (_, Verdict::NotSure(NotSure::AnsweredNotSure)) => self.status_not_sure,
            (_, Verdict::Unanswered) => self.status_unanswered,
            (_, Verdict::Information) => self.status_information,
        }
    }

    /// Why a criterion got its verdict, in sentences. `question` is the question that decided it.
    /// A desirable criterion not met never sounds like a verdict: the applicant can still apply.
    pub fn reason(&self, class: Class, verdict: &Verdict, question: Option<&Question>) -> String {
        let words = |answer: &Answer| question.map(|q| self.answer(q, answer)).unwrap_or_default();
        if let (Class::Desirable, Verdict::NotMet(why)) = (class, verdict) {
            let answer = match why {
                NotMet::AnswerNotAccepted { answer, .. } => Answer::Choice(answer.clone()),
                NotMet::TooRecent { last, .. } => Answer::Month(*last),
                NotMet::NeverHappened { .. } => Answer::Never,
            };
            return fill(self.reason_desirable, &[("answer", &words(&answer))]);
        }
        let answered = |answer: &Answer| fill(self.reason_answered, &[("answer", &words(answer))]);
        // The employer's reason it does not meet the criterion, or a plain one where none is given.
        let answered_because = |answer: &Answer, reason: Option<&str>| {
            fill(
                self.reason_answered_because,
                &[
                    ("answer", &words(answer)),
                    ("because", reason.unwrap_or(self.reason_not_accepted)),
                ],
            )
        };
        match verdict {
            Verdict::Met(Met::AnswerAccepted(option)) => answered(&Answer::Choice(option.clone())),
            Verdict::Met(Met::LongEnoughSince { last, months }) => fill(
                self.reason_long_enough.of(*months as usize),
                &[
                    ("month", &self.month(*last)),
                    ("months", &months.to_string()),
                ],
            ),
            Verdict::Met(Met::NeverHappened) => {
                let answer = question
                    .map(|q| self.answer(q, &Answer::Never))
                    .unwrap_or_default();
                fill(self.reason_never_met, &[("answer", &answer)])
            }
            Verdict::Met(Met::Happened { last }) => {
                fill(self.reason_happened, &[("month", &self.month(*last))])
            }
            Verdict::NotMet(NotMet::AnswerNotAccepted { answer, reason }) => answered_because(
                &Answer::Choice(answer.clone()),
                reason.as_deref().map(|r| self.own(r)),
            ),
            Verdict::NotMet(NotMet::TooRecent {
                last,
                months,
                met_in,
                met_by,
            }) => fill(
                self.reason_too_recent.of(*months as usize),
                &[
                    ("month", &self.month(*last)),
                    ("months", &months.to_string()),
                    ("in", &self.month(*met_in)),
                    ("by", &self.date(*met_by)),
                ],
            ),
            Verdict::NotMet(NotMet::NeverHappened { reason }) => {
                answered_because(&Answer::Never, reason.as_deref().map(|r| self.own(r)))
            }
            Verdict::NotSure(NotSure::AnsweredNotSure) => self.reason_not_sure.to_owned(),
            Verdict::NotSure(NotSure::DependsOnDay {
                last,
                months,
                met_if_on_or_before,
                met_by,
            }) => fill(
                self.reason_depends_on_day.of(*months as usize),
                &[
                    ("month", &self.month(*last)),
                    ("months", &months.to_string()),
                    ("date", &self.date(*met_if_on_or_before)),
                    ("by", &self.date(*met_by)),
                ],
            ),
            // The status beside it says so already: no reason to say it twice.
            Verdict::Unanswered | Verdict::Information => String::new(),
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
