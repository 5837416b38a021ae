//! Deciding each criterion, and the posting as a whole, from the answers.
//!
//! Every verdict carries its reason as data (what was required, what was answered, when it would be
//! met), so that the words module can say it in the applicant's language and the views only format.

use super::answers::{check_month, Answer, AnswerError, Answers};
use super::date::{Date, YearMonth};
use super::model::{Class, Criterion, CriterionId, OptionId, OptionSet, Posting, Rule};
use super::words::Words;
use std::rc::Rc;

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

/// Whether one criterion is met, with the reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The answers meet it.
    Met(Met),
    /// The answers do not meet it.
    NotMet(NotMet),
    /// The answers cannot settle it; the employer can.
    NotSure(NotSure),
    /// Its question has not been answered yet.
    Unanswered,
    /// It has no rule: shown for information (an after-offer check, say).
    Information,
}

impl Verdict {
    /// Whether the criterion is met.
    pub fn is_met(&self) -> bool {
        matches!(self, Verdict::Met(_))
    }
}

/// Why a criterion is met.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Met {
    /// The option answered is one the employer accepts.
    AnswerAccepted(OptionId),
    /// At least the required number of months have passed since the month answered.
    LongEnoughSince {
        /// The month answered.
        last: YearMonth,
        /// The months the rule requires.
        months: u32,
    },
    /// It has never happened, so there is no time to wait.
    NeverHappened,
    /// It has happened, most recently in the month answered.
    Happened {
        /// The month answered.
        last: YearMonth,
    },
}

/// Why a criterion is not met.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotMet {
    /// The option answered is not one the employer accepts.
    AnswerNotAccepted {
        /// The option answered.
        answer: OptionId,
        /// The employer's reason, where the posting gives one.
        reason: Option<Rc<Words>>,
    },
    /// Too little time has passed since the month answered. It is met the required months after
    /// the day it last happened, which the answer does not give: in `met_in`, by `met_by` at the
    /// latest.
    TooRecent {
        /// The month answered.
        last: YearMonth,
        /// The months the rule requires.
        months: u32,
        /// The month it is met in, on the day that depends on the day it last happened.
        met_in: YearMonth,
        /// The day it is met on at the latest, whatever the day it last happened.
        met_by: Date,
    },
    /// It has never happened, and the criterion asks that it has.
    NeverHappened {
        /// The employer's reason, where the posting gives one.
        reason: Option<Rc<Words>>,
    },
}

/// Why a criterion cannot be settled by the answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotSure {
    /// The applicant answered "not sure".
    AnsweredNotSure,
    /// The month answered is exactly the required number of months ago, so it depends on the day,
    /// which only the applicant knows.
    DependsOnDay {
        /// The month answered.
        last: YearMonth,
        /// The months the rule requires.
        months: u32,
        /// It is met now if it last happened on or before this day.
        met_if_on_or_before: Date,
        /// Otherwise it is met the required months after that day: by this day at the latest.
        met_by: Date,
    },
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
    let Some(rule) = &criterion.rule else {
        return Ok(Verdict::Information);
    };
    let Some(answer) = answers.get(rule.question()) else {
        return Ok(Verdict::Unanswered);
    };
    if *answer == Answer::NotSure {
        return Ok(Verdict::NotSure(NotSure::AnsweredNotSure));
    }
    let wrong_kind = || AnswerError::NotOffered {
        question: rule.question().clone(),
        answer: answer.clone(),
    };
    match rule {
        Rule::AnswerIn { meets, reasons, .. } => match answer {
            Answer::Choice(option) => Ok(answer_in(option, meets, reasons)),
            Answer::Month(_) | Answer::Never | Answer::NotSure => Err(wrong_kind()),
        },
        Rule::MonthsSince { question, months } => match answer {
            Answer::Month(last) => {
                check_month(question, *last, today)?;
                Ok(months_since(*last, *months, today))
            }
            Answer::Never => Ok(Verdict::Met(Met::NeverHappened)),
            Answer::Choice(_) | Answer::NotSure => Err(wrong_kind()),
        },
        Rule::HasHappened {
            question,
            never_reason,
        } => match answer {
            Answer::Month(last) => {
                check_month(question, *last, today)?;
                Ok(Verdict::Met(Met::Happened { last: *last }))
            }
            Answer::Never => Ok(Verdict::NotMet(NotMet::NeverHappened {
                reason: never_reason.clone(),
            })),
            Answer::Choice(_) | Answer::NotSure => Err(wrong_kind()),
        },
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

/// The answer is to the month, today is to the day. It is met `months` months after the day it
/// last happened: whole months after the answered month it is met whatever that day was; in the
/// month exactly `months` later, only if it happened on or before today's day of the month, which
/// the answer does not say.
fn months_since(last: YearMonth, months: u32, today: Date) -> Verdict {
    let elapsed = last.months_until(today.year_month());
    let required = i64::from(months);
    let met_in = last.plus_months(months);
    // Met on the same day of the month `months` later, or, for a day that month does not have
    // (29 February a year on), on the first of the month after.
    let met_by = Date::new(met_in.year(), met_in.month(), last.days())
        .unwrap_or_else(|| met_in.plus_months(1).first_day());
    if elapsed > required || (elapsed == required && today >= met_by) {
        return Verdict::Met(Met::LongEnoughSince { last, months });
    }
    if elapsed < required {
        return Verdict::NotMet(NotMet::TooRecent {
            last,
            months,
            met_in,
            met_by,
        });
    }
    let met_if_on_or_before =
        Date::new(last.year(), last.month(), today.day()).expect("today's day is in that month");
    Verdict::NotSure(NotSure::DependsOnDay {
        last,
        months,
        met_if_on_or_before,
        met_by,
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
                match why {
                    NotMet::TooRecent { met_by, .. } => by = by.max(Some(*met_by)),
                    NotMet::AnswerNotAccepted { .. } | NotMet::NeverHappened { .. } => {
                        for_good = true;
                    }
                }
                not_met.push(id);
            }
            Verdict::NotSure(NotSure::AnsweredNotSure) => not_sure.push(id),
            Verdict::NotSure(NotSure::DependsOnDay { .. }) => on_the_day.push(id),
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
