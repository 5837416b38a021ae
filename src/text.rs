//! Every word the applicant reads, apart from the postings' and questions' own text.
//!
//! Words are data: a [`Text`] holds them for one language, with `{name}` placeholders where a value
//! goes, so a Welsh `Text` can sit beside [`ENGLISH`] without touching a view. The functions below
//! turn the core's verdicts into sentences; the views only place them on the page.

use crate::rules::{
    fold_case, Answer, AnswerKind, Criterion, Date, Met, NotMet, NotSure, OptionId, Posting,
    Question, Verdict, YearMonth,
};

/// The words of one language.
#[derive(Debug, PartialEq)]
pub struct Text {
    /// The language tag for `lang` attributes.
    pub lang: &'static str,
    /// The product name, in the page header.
    pub app_name: &'static str,
    /// Shown while postings given by URL are fetched.
    pub loading: &'static str,
    /// The button, on every page, that wipes every answer at once.
    pub clear_answers: &'static str,
    /// Said to screen readers once answers are cleared.
    pub answers_cleared: &'static str,
    pub back: &'static str,
    pub continue_: &'static str,
    pub start: &'static str,
    pub start_again: &'static str,
    pub change: &'static str,
    /// Placeholder `{question}`.
    pub change_hidden: &'static str,

    pub postings_heading: &'static str,
    pub postings_intro: &'static str,
    pub postings_none: &'static str,
    /// Placeholders `{title}`, `{employer}`.
    pub check_this_job: &'static str,
    pub filter_heading: &'static str,
    pub filter_words: &'static str,
    pub filter_employer: &'static str,
    pub filter_location: &'static str,
    pub filter_hours: &'static str,
    pub filter_any: &'static str,
    /// Placeholders `{shown}`, `{total}`.
    pub showing: &'static str,
    pub no_matches: &'static str,
    /// Placeholder `{count}`.
    pub show_more: &'static str,
    pub standing_label: &'static str,
    pub standing_meets: &'static str,
    pub standing_not_yet: &'static str,
    pub standing_ask: &'static str,
    /// Placeholder `{count}`.
    pub standing_to_answer: &'static str,
    pub fact_employer: &'static str,
    pub fact_service: &'static str,
    pub fact_location: &'static str,
    pub fact_pay: &'static str,
    pub fact_hours: &'static str,
    pub fact_contract: &'static str,
    pub fact_closing: &'static str,
    pub fact_reference: &'static str,
    pub fact_published: &'static str,
    /// Placeholder `{date}`.
    pub closed_on: &'static str,
    pub no_closing_date: &'static str,

    /// Placeholder `{employer}`.
    pub at_employer: &'static str,
    pub covers_heading: &'static str,
    /// Placeholder `{count}`.
    pub covers_intro_one: &'static str,
    pub covers_intro_many: &'static str,
    pub covers_intro_none: &'static str,
    pub also_desirable: &'static str,
    pub also_after_offer: &'static str,
    pub privacy_heading: &'static str,
    pub privacy: &'static str,
    /// Placeholder `{date}`.
    pub closed_warning: &'static str,
    pub about_job: &'static str,

    /// Placeholders `{number}`, `{total}`.
    pub question_of: &'static str,
    pub desirable_note: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub not_sure: &'static str,
    pub or: &'static str,
    pub enter_month: &'static str,
    pub month_label: &'static str,
    pub year_label: &'static str,
    pub month_year_hint: &'static str,

    pub error_title: &'static str,
    pub error_prefix: &'static str,
    pub error_no_answer: &'static str,
    pub error_month_missing: &'static str,
    pub error_year_missing: &'static str,
    pub error_month_invalid: &'static str,
    pub error_year_invalid: &'static str,
    pub error_in_future: &'static str,

    pub check_heading: &'static str,
    pub see_result: &'static str,
    pub not_answered: &'static str,

    pub result_caption: &'static str,
    pub meets_all_heading: &'static str,
    pub meets_all_body: &'static str,
    pub does_not_meet_heading: &'static str,
    /// Placeholder `{criteria}`: the essential criteria not met.
    pub does_not_meet_body: &'static str,
    pub not_sure_heading: &'static str,
    /// Placeholder `{criteria}`: the essential criteria the answers cannot settle.
    pub not_sure_body: &'static str,
    pub incomplete_heading: &'static str,
    pub incomplete_body: &'static str,
    pub essential_heading: &'static str,
    pub desirable_heading: &'static str,
    pub desirable_intro: &'static str,
    pub after_offer_heading: &'static str,
    pub after_offer_intro: &'static str,
    pub status_met: &'static str,
    pub status_not_met: &'static str,
    pub status_not_sure: &'static str,
    pub status_unanswered: &'static str,
    pub status_information: &'static str,
    pub status_desirable_met: &'static str,
    pub status_desirable_not_met: &'static str,
    pub employer_words: &'static str,

    /// Placeholder `{answer}`.
    pub reason_answered: &'static str,
    pub reason_not_accepted: &'static str,
    /// Placeholders `{month}`, `{months}`.
    pub reason_long_enough: &'static str,
    /// Placeholder `{answer}`.
    pub reason_never_met: &'static str,
    /// Placeholders `{month}`.
    pub reason_happened: &'static str,
    /// Placeholders `{month}`, `{months}`, `{from}`.
    pub reason_too_recent: &'static str,
    /// Placeholders `{month}`, `{date}`, `{from}`.
    pub reason_depends_on_day: &'static str,
    pub reason_not_sure: &'static str,

    pub next_heading: &'static str,
    pub next_apply: &'static str,
    pub next_apply_link: &'static str,
    /// Placeholder `{date}`.
    pub next_closed: &'static str,
    pub next_closed_link: &'static str,
    /// Placeholder `{criteria}`.
    pub next_ask: &'static str,
    pub next_ask_link: &'static str,
    /// Placeholder `{criteria}`: when some criteria are not met and others are not sure.
    pub next_also_ask: &'static str,
    pub next_not_yet: &'static str,
    /// Placeholder `{from}`.
    pub next_not_yet_from: &'static str,
    pub next_other_jobs: &'static str,
    pub other_jobs_hint: &'static str,
    /// Placeholder `{count}`.
    pub covers_already_answered: &'static str,
    pub nothing_sent: &'static str,

    pub support_heading: &'static str,
    pub support_111: &'static str,
    pub support_samaritans: &'static str,
    pub support_999: &'static str,

    pub load_errors_heading: &'static str,
    pub load_errors_intro: &'static str,

    /// January first.
    pub months: [&'static str; 12],
    /// "and", to join the last two items of a list.
    pub and: &'static str,
}

/// British English.
pub static ENGLISH: Text = Text {
    lang: "en-GB",
    app_name: "Check if you can apply",
    loading: "Loading the jobs…",
    clear_answers: "Clear my answers",
    answers_cleared: "Your answers have been cleared.",
    back: "Back",
    continue_: "Continue",
    start: "Start",
    start_again: "Start again",
    change: "Change",
    change_hidden: "your answer to: {question}",

    postings_heading: "Check if you can apply for a job",
    postings_intro: "Choose a job to see whether you meet its essential criteria. It takes a few minutes, one question at a time.",
    postings_none: "There are no jobs to check at the moment.",
    check_this_job: "Check this job",
    filter_heading: "Find a job",
    filter_words: "Search by words",
    filter_employer: "Employer",
    filter_location: "Where",
    filter_hours: "Hours",
    filter_any: "Any",
    showing: "Showing {shown} of {total} jobs",
    no_matches: "No jobs match. Try fewer words, or choose Any.",
    show_more: "Show {count} more jobs",
    standing_label: "From your answers so far:",
    standing_meets: "you meet the essential criteria",
    standing_not_yet: "not yet",
    standing_ask: "ask the employer",
    standing_to_answer: "{count} more to answer",
    fact_employer: "Employer",
    fact_service: "Ward or service",
    fact_location: "Where",
    fact_pay: "Pay",
    fact_hours: "Hours",
    fact_contract: "Contract",
    fact_closing: "Closing date",
    fact_reference: "Reference",
    fact_published: "Published",
    closed_on: "Closed on {date}",
    no_closing_date: "No closing date given",

    at_employer: "{employer}",
    covers_heading: "What this check covers",
    covers_intro_one: "You will answer 1 question. It is about these essential criteria:",
    covers_intro_many: "You will answer {count} questions, one at a time. They are about these essential criteria:",
    covers_intro_none: "You have answered every question this job asks already. They are about these essential criteria:",
    also_desirable: "The employer would also like (this never stops you applying):",
    also_after_offer: "Checked after an offer:",
    privacy_heading: "Your answers stay private",
    privacy: "Your answers stay on this device. Nothing you enter is sent anywhere or saved, and everything is forgotten when you close this page.",
    closed_warning: "This advert closed on {date}. You can still use the check, but the employer is no longer taking applications for it.",
    about_job: "About the job",

    question_of: "Question {number} of {total}",
    desirable_note: "This is about a desirable criterion: your answer does not change whether you can apply.",
    yes: "Yes",
    no: "No",
    not_sure: "I'm not sure",
    or: "or",
    enter_month: "I can give the month and year",
    month_label: "Month",
    year_label: "Year",
    month_year_hint: "For example, 3 2025. A rough month is fine.",

    error_title: "There is a problem",
    error_prefix: "Error:",
    error_no_answer: "Select an answer. If you are not sure, you can choose that.",
    error_month_missing: "Enter the month, as a number from 1 to 12",
    error_year_missing: "Enter the year, like 2024",
    error_month_invalid: "Enter the month as a number from 1 to 12",
    error_year_invalid: "Enter the year as 4 digits, like 2024",
    error_in_future: "Enter this month or a month before it",

    check_heading: "Check your answers",
    see_result: "See your result",
    not_answered: "Not answered",

    result_caption: "Your result",
    meets_all_heading: "You meet the essential criteria for this job",
    meets_all_body: "From your answers, you meet every essential criterion the employer lists.",
    does_not_meet_heading: "Not yet: you do not meet every essential criterion for this job",
    does_not_meet_body: "From your answers, you do not meet at the moment: {criteria}. This is about this job's criteria, not about you.",
    not_sure_heading: "You might meet the essential criteria: ask the employer",
    not_sure_body: "From your answers, you do not fail any essential criterion, but your answers cannot settle: {criteria}. The employer can tell you.",
    incomplete_heading: "Some questions are not answered yet",
    incomplete_body: "Answer every question to see whether you meet this job's essential criteria.",
    essential_heading: "Essential criteria",
    desirable_heading: "Desirable criteria",
    desirable_intro: "These never stop you applying.",
    after_offer_heading: "Checked after an offer",
    after_offer_intro: "You do not need to do anything about these now.",
    status_met: "You meet this one",
    status_not_met: "You do not meet this one",
    status_not_sure: "Not sure: ask the employer",
    status_unanswered: "Not answered yet",
    status_information: "For information",
    status_desirable_met: "You have this",
    status_desirable_not_met: "Not yet, and that is fine",
    employer_words: "The advert says:",

    reason_answered: "You answered: {answer}.",
    reason_not_accepted: "This answer does not meet this criterion.",
    reason_long_enough: "You answered {month}: at least {months} months have passed since then.",
    reason_never_met: "You answered: {answer}. So there is no time to wait.",
    reason_happened: "You answered {month}.",
    reason_too_recent: "You answered {month}. You would meet this from {from}, once {months} months have passed.",
    reason_depends_on_day: "You answered {month}. You meet this if it was on or before {date}. If it was later, you would meet this from {from}.",
    reason_not_sure: "You answered that you are not sure. The employer can tell you whether you meet this.",

    next_heading: "What you can do next",
    next_apply: "Read the full advert and apply on the employer's website.",
    next_apply_link: "Go to the employer's website to apply",
    next_closed: "This advert closed on {date}, so the employer is no longer taking applications for it. The employer's website lists the jobs open now.",
    next_closed_link: "See the employer's current jobs",
    next_ask: "Ask the employer about: {criteria}. They can tell you whether you meet them before you apply.",
    next_ask_link: "Go to the employer's website to contact them",
    next_also_ask: "Your answers cannot settle: {criteria}. The employer can tell you about that too.",
    next_not_yet: "You can check other jobs, or come back to this kind of role later.",
    next_not_yet_from: "From {from} you may meet the criteria you do not meet now, if nothing else changes.",
    next_other_jobs: "Check another job",
    other_jobs_hint: "Check another job keeps your answers, so you are not asked the same thing twice. Start again forgets them.",
    covers_already_answered: "You have already answered {count} of its questions for another job: you will see those answers before your result, and can change them.",
    nothing_sent: "Your answers have not been sent or saved anywhere.",

    support_heading: "If you need support now",
    support_111: "Call NHS 111 and choose option 2 for mental health support, at any time (England).",
    support_samaritans: "Call Samaritans free on 116 123, at any time.",
    support_999: "If you or someone else is in danger right now, call 999.",

    load_errors_heading: "Some jobs could not be loaded",
    load_errors_intro: "The files or settings for these jobs have problems. The people who look after this checker need to fix them; the other jobs can still be checked.",

    months: [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ],
    and: "and",
};

/// The words in use. One language for now; Welsh will be chosen here.
pub fn current() -> &'static Text {
    &ENGLISH
}

/// `template` with each `{name}` replaced by its value.
/// A `{` with no name after it, or a name not in `values`, is kept as written.
///
/// One pass over the template, splitting on characters rather than searching for strings, so the
/// standard library's substring search is not linked into the wasm for this.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut pieces = template.split('{');
    out.push_str(pieces.next().unwrap_or_default());
    for piece in pieces {
        let found = piece.split_once('}').and_then(|(name, rest)| {
            let (_, value) = values.iter().find(|(n, _)| *n == name)?;
            Some((value, rest))
        });
        match found {
            Some((value, rest)) => {
                out.push_str(value);
                out.push_str(rest);
            }
            None => {
                out.push('{');
                out.push_str(piece);
            }
        }
    }
    out
}

impl Text {
    /// "June 2027".
    pub fn month(&self, month: YearMonth) -> String {
        format!(
            "{} {}",
            self.months[usize::from(month.month()) - 1],
            month.year()
        )
    }

    /// "16 September 2025".
    pub fn date(&self, date: Date) -> String {
        format!(
            "{} {} {}",
            date.day(),
            self.months[usize::from(date.month()) - 1],
            date.year()
        )
    }

    /// A criterion's summary inside a sentence: its first letter in lower case, unless it begins
    /// an abbreviation such as "NVQ" or "DBS", which stays as written.
    pub fn in_sentence(&self, summary: &str) -> String {
        let mut chars = summary.chars();
        let capital = |c: char| fold_case(c) != c;
        let first = chars.next();
        let rest = chars.as_str();
        match (first, chars.next()) {
            (Some(first), second) if !second.is_some_and(capital) => {
                let mut out = String::with_capacity(summary.len());
                out.push(fold_case(first));
                out.push_str(rest);
                out
            }
            _ => summary.to_owned(),
        }
    }

    /// "a, b and c".
    pub fn list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} {} {last}", rest.join(", "), self.and),
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
        use crate::rules::Class;
        match (criterion.class, verdict) {
            (Class::Desirable, Verdict::Met(_)) => self.status_desirable_met,
            (Class::Desirable, Verdict::NotMet(_)) => self.status_desirable_not_met,
            (_, Verdict::Met(_)) => self.status_met,
            (_, Verdict::NotMet(_)) => self.status_not_met,
            (_, Verdict::NotSure(_)) => self.status_not_sure,
            (_, Verdict::Unanswered) => self.status_unanswered,
            (_, Verdict::Information) => self.status_information,
        }
    }

    /// Why a criterion got its verdict, in sentences. `question` is the question that decided it.
    pub fn reason(&self, verdict: &Verdict, question: Option<&Question>) -> String {
        let answered = |answer: &Answer| match question {
            Some(question) => fill(
                self.reason_answered,
                &[("answer", &self.answer(question, answer))],
            ),
            None => String::new(),
        };
        match verdict {
            Verdict::Met(Met::AnswerAccepted(option)) => answered(&Answer::Choice(option.clone())),
            Verdict::Met(Met::LongEnoughSince { last, months }) => fill(
                self.reason_long_enough,
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
                let because = reason.as_deref().unwrap_or(self.reason_not_accepted);
                format!("{} {because}", answered(&Answer::Choice(answer.clone())))
            }
            Verdict::NotMet(NotMet::TooRecent {
                last,
                months,
                met_from,
            }) => fill(
                self.reason_too_recent,
                &[
                    ("month", &self.month(*last)),
                    ("months", &months.to_string()),
                    ("from", &self.month(*met_from)),
                ],
            ),
            Verdict::NotMet(NotMet::NeverHappened { reason }) => {
                let because = reason.as_deref().unwrap_or(self.reason_not_accepted);
                format!("{} {because}", answered(&Answer::Never))
            }
            Verdict::NotSure(NotSure::AnsweredNotSure) => self.reason_not_sure.to_owned(),
            Verdict::NotSure(NotSure::DependsOnDay {
                last,
                met_if_on_or_before,
                sure_from,
                ..
            }) => fill(
                self.reason_depends_on_day,
                &[
                    ("month", &self.month(*last)),
                    ("date", &self.date(*met_if_on_or_before)),
                    ("from", &self.month(*sure_from)),
                ],
            ),
            Verdict::Unanswered => self.status_unanswered.to_owned(),
            Verdict::Information => String::new(),
        }
    }

    /// "Closed on 16 September 2025", "16 September 2025" or "No closing date given".
    pub fn closing(&self, posting: &Posting, today: Date) -> String {
        match posting.closes {
            Some(date) if posting.is_closed(today) => {
                fill(self.closed_on, &[("date", &self.date(date))])
            }
            Some(date) => self.date(date),
            None => self.no_closing_date.to_owned(),
        }
    }
}
