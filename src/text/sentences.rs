//! Sentences made from the core's verdicts and a [`Text`]'s words: the views only place them.

use super::{fill, Plural, Text};
use crate::rules::{
    Answer, AnswerKind, Class, Criterion, CriterionId, Date, Evaluation, Met, NotMet, NotSure,
    OptionId, Overall, Posting, Question, Verdict, Waiting, YearMonth,
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
            (Some(first), second) if second.is_none_or(|c| c.to_lowercase().next() == Some(c)) => {
                first.to_lowercase().chain(rest.chars()).collect()
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
                .map_or_else(|| option.to_string(), |o| o.label.clone()),
            AnswerKind::YesNo | AnswerKind::MonthYear { .. } => option.to_string(),
        }
    }

    /// The "not sure" answer's words for this question.
    pub fn not_sure_label<'q>(&'q self, question: &'q Question) -> &'q str {
        question.not_sure.as_deref().unwrap_or(self.not_sure)
    }

    /// An answer as the check-your-answers list shows it.
    pub fn answer(&self, question: &Question, answer: &Answer) -> String {
        match answer {
            Answer::Choice(option) => self.option_label(question, option),
            Answer::Month(month) => self.month(*month),
            Answer::Never => match &question.kind {
                AnswerKind::MonthYear { never } => never.clone(),
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
            Verdict::NotMet(NotMet::AnswerNotAccepted { answer, reason }) => {
                answered_because(&Answer::Choice(answer.clone()), reason.as_deref())
            }
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
                answered_because(&Answer::Never, reason.as_deref())
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
            Verdict::Unanswered => self.status_unanswered.to_owned(),
            Verdict::Information => String::new(),
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
    pub fn start(&self, posting: &Posting, today: Date) -> Option<String> {
        let starts = posting.starts?;
        let template = if posting.has_started(today) {
            self.started
        } else {
            self.starts
        };
        Some(fill(template, &[("month", &self.month(starts))]))
    }

    /// Which advert the criteria come from: the employer, the date it was published (or else its
    /// closing date) and its reference, and the day of the check, so that an applicant who comes
    /// back later, or reads it on paper, knows what they checked against and when.
    pub fn source(&self, posting: &Posting, today: Date) -> String {
        let employer = ("employer", posting.employer.as_str());
        let mut words = match (posting.published, posting.closes) {
            (Some(date), _) => fill(self.result_source, &[employer, ("date", &self.date(date))]),
            (None, Some(date)) => fill(
                self.result_source_closing,
                &[employer, ("date", &self.date(date))],
            ),
            (None, None) => fill(self.result_source_undated, &[employer]),
        };
        if let Some(reference) = &posting.reference {
            words.push(' ');
            words.push_str(&fill(self.result_reference, &[("reference", reference)]));
        }
        words.push(' ');
        words.push_str(&fill(self.checked_on, &[("date", &self.date(today))]));
        words
    }
}

/// The result's heading and the sentences under it.
#[derive(Debug, PartialEq)]
pub struct Outcome {
    /// The page's heading.
    pub heading: &'static str,
    /// The sentences under it.
    pub body: String,
}

/// What the applicant can do next: paragraphs, then the link to the employer's website, if any.
#[derive(Debug, PartialEq)]
pub struct NextSteps {
    /// The paragraphs, in order.
    pub paragraphs: Vec<String>,
    /// The words of the link to the employer's website, where the step needs it.
    pub link: Option<&'static str>,
}

impl Text {
    /// The criteria `ids` of an evaluation named in a sentence: "a, b and c".
    pub fn named(&self, evaluation: &Evaluation, ids: &[CriterionId]) -> String {
        let summaries: Vec<String> = ids
            .iter()
            .filter_map(|id| evaluation.criteria.iter().find(|a| &a.criterion.id == id))
            .map(|a| self.in_sentence(&a.criterion.summary))
            .collect();
        self.list(&summaries)
    }

    /// Where the answers so far leave the applicant with a posting, for its card in the list:
    /// `to_answer` questions are still unanswered.
    pub fn standing(&self, overall: &Overall, to_answer: usize) -> String {
        match overall {
            Overall::MeetsAll => self.standing_meets.to_owned(),
            Overall::DoesNotMeet {
                waiting: Waiting::Helps { .. },
                ..
            } => self.standing_not_yet.to_owned(),
            Overall::DoesNotMeet { .. } => self.standing_does_not_meet.to_owned(),
            Overall::NotSure { not_sure, .. } if to_answer == 0 && not_sure.is_empty() => {
                self.standing_depends.to_owned()
            }
            Overall::NotSure { .. } if to_answer == 0 => self.standing_ask.to_owned(),
            Overall::NotSure { .. } | Overall::Incomplete { .. } => fill(
                self.standing_to_answer.of(to_answer),
                &[("count", &to_answer.to_string())],
            ),
        }
    }

    /// `sentence` about the criteria `ids`: one is named, more are counted (the criteria are listed
    /// with their status on the page, and a sentence naming many is too long to read).
    pub fn about(&self, sentence: &Plural, evaluation: &Evaluation, ids: &[CriterionId]) -> String {
        fill(
            sentence.of(ids.len()),
            &[
                ("criteria", &self.named(evaluation, ids)),
                ("count", &ids.len().to_string()),
            ],
        )
    }

    /// The result's heading and body, chosen from the reasons: "not yet" only where time alone
    /// stands in the way, never "fail".
    pub fn outcome(&self, evaluation: &Evaluation) -> Outcome {
        let (heading, body) = match &evaluation.overall {
            Overall::MeetsAll => (self.meets_all_heading, self.meets_all_body.to_owned()),
            Overall::DoesNotMeet {
                not_met, waiting, ..
            } => {
                let (heading, body) = match waiting {
                    Waiting::Helps { .. } => (self.not_yet_heading, &self.not_yet_body),
                    Waiting::HelpsSome { .. } => {
                        (self.does_not_meet_heading, &self.some_with_time_body)
                    }
                    Waiting::DoesNotHelp => (self.does_not_meet_heading, &self.does_not_meet_body),
                };
                (heading, self.about(body, evaluation, not_met))
            }
            Overall::NotSure {
                not_sure,
                on_the_day,
            } => {
                // "The other criteria" only where there are some met.
                let any_met = evaluation
                    .of_class(Class::Essential)
                    .any(|a| matches!(a.verdict, Verdict::Met(_)));
                let mut body: Vec<String> = any_met
                    .then(|| self.others_met.to_owned())
                    .into_iter()
                    .collect();
                if !not_sure.is_empty() {
                    body.push(self.about(&self.cannot_settle, evaluation, not_sure));
                }
                if !on_the_day.is_empty() {
                    body.push(self.about(&self.on_the_day, evaluation, on_the_day));
                }
                let heading = if not_sure.is_empty() {
                    self.depends_heading
                } else {
                    self.not_sure_heading
                };
                (heading, body.join(" "))
            }
            Overall::Incomplete { .. } => {
                (self.incomplete_heading, self.incomplete_body.to_owned())
            }
        };
        Outcome { heading, body }
    }

    /// What to do next, from the result, whether the advert has closed or may have, and whether
    /// waiting would help.
    pub fn next_steps(&self, evaluation: &Evaluation, today: Date) -> NextSteps {
        let posting = evaluation.posting;
        let date = |date: Date| [("date", self.date(date))];
        let filled = |template: &str, values: &[(&str, String)]| {
            let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
            fill(template, &values)
        };
        let mut paragraphs = Vec::new();
        // An advert with no closing date, published long ago: check first that it is still open.
        let may_have_closed = posting.may_have_closed(today);
        if let (Some(published), Overall::MeetsAll | Overall::NotSure { .. }) =
            (may_have_closed, &evaluation.overall)
        {
            paragraphs.push(filled(self.next_may_have_closed, &date(published)));
        }
        let apply_link = |words| {
            Some(if may_have_closed.is_some() {
                self.employer_site_link
            } else {
                words
            })
        };
        let link = match (&evaluation.overall, posting.closed_on(today)) {
            (Overall::Incomplete { .. }, _) => {
                paragraphs.push(self.incomplete_body.to_owned());
                None
            }
            (_, Some(closed)) => {
                paragraphs.push(filled(self.next_closed, &date(closed)));
                Some(self.next_closed_link)
            }
            (Overall::MeetsAll, None) => {
                if may_have_closed.is_none() {
                    paragraphs.push(self.next_apply.to_owned());
                }
                apply_link(self.next_apply_link)
            }
            (Overall::NotSure { not_sure, .. }, None) if !not_sure.is_empty() => {
                paragraphs.push(self.about(&self.next_ask, evaluation, not_sure));
                apply_link(self.next_ask_link)
            }
            (Overall::NotSure { .. }, None) => {
                paragraphs.push(self.next_on_the_day.to_owned());
                apply_link(self.next_apply_link)
            }
            (
                Overall::DoesNotMeet {
                    waiting,
                    not_sure,
                    on_the_day,
                    ..
                },
                None,
            ) => {
                paragraphs.push(match waiting {
                    Waiting::Helps { by } => filled(self.next_wait, &date(*by)),
                    Waiting::HelpsSome { by } => filled(self.next_wait_some, &date(*by)),
                    Waiting::DoesNotHelp => self.next_other.to_owned(),
                });
                if !not_sure.is_empty() {
                    paragraphs.push(self.about(&self.next_also_ask, evaluation, not_sure));
                }
                if !on_the_day.is_empty() {
                    paragraphs.push(self.about(&self.next_also_day, evaluation, on_the_day));
                }
                None
            }
        };
        NextSteps { paragraphs, link }
    }
}
