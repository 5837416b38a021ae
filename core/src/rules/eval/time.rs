//! The date rules: time since the last time (`months_since`), and the last time within a
//! period (`within_months`). The answer is to the month, today is to the day: where the month
//! answered is exactly at the boundary, it depends on the day, which only the applicant knows.

use super::{Met, NotMet, NotSure, Verdict};
use crate::rules::answers::{Answer, AnswerError};
use crate::rules::date::{Date, YearMonth};
use crate::rules::model::{AnswerKind, QuestionId};

/// The answer is to the month, today is to the day. It is met `months` months after the day it
/// last happened: whole months after the answered month it is met whatever that day was; in the
/// month exactly `months` later, only if it happened on or before today's day of the month, which
/// the answer does not say.
pub(crate) fn months_since(last: YearMonth, months: u32, today: Date) -> Verdict {
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

/// A month that does not meet a `months_since` rule (`verdict`: too recent, or depends on the
/// day), with the answer to its `unless_only` question, `only`: still to be answered; the month's
/// own verdict where the answer is "no"; else for the employer to say, keeping the month.
pub(super) fn unless_only(
    verdict: Verdict,
    only: &QuestionId,
    answer: Option<&Answer>,
) -> Result<Verdict, AnswerError> {
    let sure = match answer {
        None => return Ok(Verdict::Unanswered),
        Some(Answer::Choice(option)) if option.as_str() == AnswerKind::NO => return Ok(verdict),
        Some(Answer::Choice(option)) if option.as_str() == AnswerKind::YES => true,
        Some(Answer::NotSure) => false,
        Some(other) => {
            return Err(AnswerError::NotOffered {
                question: only.clone(),
                answer: other.clone(),
            })
        }
    };
    let (last, months, met_by) = match verdict {
        Verdict::NotMet(NotMet::TooRecent {
            last,
            months,
            met_by,
            ..
        })
        | Verdict::NotSure(NotSure::DependsOnDay {
            last,
            months,
            met_by,
            ..
        }) => (last, months, met_by),
        other => return Ok(other),
    };
    Ok(Verdict::NotSure(NotSure::OnlyGpOrMedicine {
        last,
        months,
        met_by,
        sure,
    }))
}

/// Met when the last time was within the last `months` months of `today`: on or after the same
/// day `months` months back. Months after that boundary month are within it whatever the day;
/// months before it are not; in the boundary month itself, it depends on the day.
pub(super) fn within_months(last: YearMonth, months: u32, today: Date) -> Verdict {
    let elapsed = last.months_until(today.year_month());
    let allowed = i64::from(months);
    if elapsed < allowed {
        return Verdict::Met(Met::RecentEnough { last, months });
    }
    if elapsed > allowed {
        return Verdict::NotMet(NotMet::TooLongAgo { last, months });
    }
    // The boundary: the same day of the month, `months` months back; where that month is shorter
    // (31 March, a month back), its last day.
    let day = today.day().min(last.days());
    let met_if_on_or_after =
        Date::new(last.year(), last.month(), day).expect("a day of the month answered");
    if day == 1 {
        // From the 1st of the month answered: every day of it counts.
        return Verdict::Met(Met::RecentEnough { last, months });
    }
    Verdict::NotSure(NotSure::DependsOnDayWithin {
        last,
        months,
        met_if_on_or_after,
    })
}
