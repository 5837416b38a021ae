//! Deciding each criterion, and the posting as a whole, from the answers.
//!
//! Every verdict carries its reason as data (what was required, what was answered, when it would be
//! met), so that the words module can say it in the applicant's language and the views only format.

use super::answers::{check_month, Answer, AnswerError, Answers};
use super::date::Date;
use super::model::{Class, Criterion, CriterionId, OptionId, OptionSet, Posting, Rule};
use super::words::Words;
use std::rc::Rc;

mod parts;
mod time;
mod verdict;

pub(crate) use time::months_since;
pub use verdict::{Met, NotMet, NotSure, Verdict};

/// A posting's criteria, each decided, and the overall result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation<'p> {
    /// The posting evaluated.
    pub posting: &'p Posting,
    /// Every criterion of the posting, in its order, with its verdict.
    pub criteria: Vec<Assessed<'p>>,
    /// The result over the essential criteria.
    pub overall: Overall,
}

impl<'p> Evaluation<'p> {
    /// The assessed criteria of one class, in the posting's order.
    pub fn of_class(&self, class: Class) -> impl Iterator<Item = &Assessed<'p>> {
        self.criteria
            .iter()
            .filter(move |a| a.criterion.class == class)
    }
}

/// One criterion and its verdict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessed<'p> {
    /// The criterion.
    pub criterion: &'p Criterion,
    /// Whether it is met, and why.
    pub verdict: Verdict,
}

/// The result over a posting's essential criteria. Desirable criteria, after-offer checks and
/// criteria the check does not ask about never change it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Overall {
    /// Every essential criterion is met.
    MeetsAll,
    /// At least one essential criterion is not met.
    DoesNotMeet {
        /// The essential criteria not met.
        not_met: Vec<CriterionId>,
        /// Whether waiting would meet them.
        waiting: Waiting,
        /// The essential criteria the answers cannot settle; the employer can.
        not_sure: Vec<CriterionId>,
        /// The essential criteria that depend on a day only the applicant knows.
        on_the_day: Vec<CriterionId>,
    },
    /// None is failed, but some cannot be settled by the answers.
    NotSure {
        /// The essential criteria the answers cannot settle; the employer can.
        not_sure: Vec<CriterionId>,
        /// The essential criteria that depend on a day only the applicant knows.
        on_the_day: Vec<CriterionId>,
    },
    /// None is failed, but some essential criteria are still to be answered.
    Incomplete {
        /// The essential criteria whose question has no answer yet.
        unanswered: Vec<CriterionId>,
    },
}

/// Whether waiting would meet the essential criteria not met now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Waiting {
    /// Every one of them is a matter of time, and every other essential criterion is met: all
    /// are met by this day at the latest.
    Helps {
        /// The day all are met by, at the latest.
        by: Date,
    },
    /// Some are a matter of time (met by this day at the latest); the others will not change by
    /// waiting, or the answers cannot settle some other essential criterion.
    HelpsSome {
        /// The day the ones that are a matter of time are met by, at the latest.
        by: Date,
    },
    /// None of them will change by waiting.
    DoesNotHelp,
}

/// Decides every criterion of `posting` from `answers`, as on `today`.
///
/// Fails only when an answer could never be right: a month after `today`'s month, or an answer of
/// the wrong kind for its question. A missing answer is not an error; its criterion is
/// [`Verdict::Unanswered`].
///
/// ```
/// use eligibility_core::builtin;
/// use eligibility_core::rules::{evaluate, Answer, Answers, Date, Overall, PostingId, YearMonth};
///
/// let (catalogue, _) = builtin::catalogue();
/// let posting = catalogue.posting(&PostingId::new("kmpt-dartford-womens-picu-peer-support-worker")).unwrap();
/// let today = Date::new(2026, 11, 26).unwrap();
/// let mut answers = Answers::new();
/// for (question, answer) in [
///     ("lived_experience", Answer::Choice("own".into())),
///     ("willing_to_share", Answer::Choice("yes".into())),
///     ("last_used_services", Answer::Month(YearMonth::new(2026, 6).unwrap())),
///     // Asked because that month is too recent: more than a GP or prescribed medicine since.
///     ("gp_or_medicine_only", Answer::Choice("no".into())),
/// ] {
///     let question = catalogue.question(&question.into()).unwrap();
///     answers.record(question, answer, today).unwrap();
/// }
///
/// let evaluation = evaluate(posting, &answers, today).unwrap();
/// // Services used five months ago: the posting asks for twelve months without.
/// assert!(matches!(evaluation.overall, Overall::DoesNotMeet { .. }));
/// ```
pub fn evaluate<'p>(
    posting: &'p Posting,
    answers: &Answers,
    today: Date,
) -> Result<Evaluation<'p>, AnswerError> {
    // Sized once: a catalogue is evaluated posting by posting, and growing the list step by step
    // costs more allocator work than deciding the criteria.
    let mut criteria = Vec::with_capacity(posting.criteria.len());
    for criterion in &posting.criteria {
        criteria.push(Assessed {
            criterion,
            verdict: decide(criterion, answers, today)?,
        });
    }
    let overall = overall(&criteria);
    Ok(Evaluation {
        posting,
        criteria,
        overall,
    })
}

fn decide(criterion: &Criterion, answers: &Answers, today: Date) -> Result<Verdict, AnswerError> {
    match &criterion.rule {
        Some(rule) => decide_rule(rule, answers, today),
        None => Ok(Verdict::Information),
    }
}

fn decide_rule(rule: &Rule, answers: &Answers, today: Date) -> Result<Verdict, AnswerError> {
    let question = match rule {
        Rule::AnswerIn { question, .. }
        | Rule::MonthsSince { question, .. }
        | Rule::HasHappened { question, .. }
        | Rule::WithinMonths { question, .. } => question,
        Rule::AnyOf(parts) => return parts::any_of(parts, answers, today),
        Rule::AllOf(parts) => return parts::all_of(parts, answers, today),
    };
    let Some(answer) = answers.get(question) else {
        return Ok(Verdict::Unanswered);
    };
    if *answer == Answer::NotSure {
        return Ok(Verdict::NotSure(NotSure::AnsweredNotSure));
    }
    let wrong_kind = || AnswerError::NotOffered {
        question: question.clone(),
        answer: answer.clone(),
    };
    match rule {
        Rule::AnswerIn { meets, reasons, .. } => match answer {
            Answer::Choice(option) => Ok(answer_in(option, meets, reasons)),
            Answer::Month(_) | Answer::Never | Answer::NotSure => Err(wrong_kind()),
        },
        Rule::MonthsSince {
            months,
            unless_only,
            ..
        } => match answer {
            Answer::Month(last) => {
                check_month(question, *last, today)?;
                let verdict = time::months_since(*last, *months, today);
                match unless_only {
                    Some(only) if !verdict.is_met() => {
                        time::unless_only(verdict, only, answers.get(only))
                    }
                    _ => Ok(verdict),
                }
            }
            Answer::Never => Ok(Verdict::Met(Met::NeverHappened)),
            Answer::Choice(_) | Answer::NotSure => Err(wrong_kind()),
        },
        Rule::HasHappened { never_reason, .. } | Rule::WithinMonths { never_reason, .. } => {
            match answer {
                Answer::Month(last) => {
                    check_month(question, *last, today)?;
                    Ok(match rule {
                        Rule::WithinMonths { months, .. } => {
                            time::within_months(*last, *months, today)
                        }
                        _ => Verdict::Met(Met::Happened { last: *last }),
                    })
                }
                Answer::Never => Ok(Verdict::NotMet(NotMet::NeverHappened {
                    reason: never_reason.clone(),
                })),
                Answer::Choice(_) | Answer::NotSure => Err(wrong_kind()),
            }
        }
        Rule::AnyOf(_) | Rule::AllOf(_) => unreachable!("decided above"),
    }
}

fn answer_in(option: &OptionId, meets: &OptionSet, reasons: &[(OptionId, Rc<Words>)]) -> Verdict {
    if meets.contains(option) {
        return Verdict::Met(Met::AnswerAccepted(option.clone()));
    }
    let reason = reasons
        .iter()
        .find(|(id, _)| id == option)
        .map(|(_, reason)| reason.clone());
    Verdict::NotMet(NotMet::AnswerNotAccepted {
        answer: option.clone(),
        reason,
    })
}

fn overall(criteria: &[Assessed<'_>]) -> Overall {
    let mut not_met = Vec::new();
    let mut not_sure = Vec::new();
    let mut on_the_day = Vec::new();
    let mut unanswered = Vec::new();
    // The latest day a criterion that is a matter of time is met by, and whether any other is not
    // met.
    let mut by: Option<Date> = None;
    let mut for_good = false;
    for assessed in criteria
        .iter()
        .filter(|a| a.criterion.class == Class::Essential)
    {
        let id = assessed.criterion.id.clone();
        match &assessed.verdict {
            Verdict::Met(_) | Verdict::Information => {}
            Verdict::NotMet(why) => {
                match why.met_by_waiting() {
                    Some(met_by) => by = by.max(Some(met_by)),
                    None => for_good = true,
                }
                not_met.push(id);
            }
            Verdict::NotSure(why) if why.depends_on_the_day() => on_the_day.push(id),
            Verdict::NotSure(_) => not_sure.push(id),
            Verdict::Unanswered => unanswered.push(id),
        }
    }
    if !not_met.is_empty() {
        // Time alone stands in the way only when nothing else is left open.
        let unsettled = !not_sure.is_empty() || !on_the_day.is_empty();
        let waiting = match (by, for_good || unsettled) {
            (Some(by), false) => Waiting::Helps { by },
            (Some(by), true) => Waiting::HelpsSome { by },
            (None, _) => Waiting::DoesNotHelp,
        };
        Overall::DoesNotMeet {
            not_met,
            waiting,
            not_sure,
            on_the_day,
        }
    } else if !unanswered.is_empty() {
        Overall::Incomplete { unanswered }
    } else if !not_sure.is_empty() || !on_the_day.is_empty() {
        Overall::NotSure {
            not_sure,
            on_the_day,
        }
    } else {
        Overall::MeetsAll
    }
}
