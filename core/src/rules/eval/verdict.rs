//! A criterion's verdict and its reason, as data: what was required, what was answered, when it
//! would be met.

use crate::rules::date::{Date, YearMonth};
use crate::rules::model::OptionId;
use crate::rules::words::Words;
use std::rc::Rc;

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
    /// The month answered is within the months the rule allows.
    RecentEnough {
        /// The month answered.
        last: YearMonth,
        /// How many months back the rule allows.
        months: u32,
    },
    /// One part of a rule met by any one of its parts: the first that is met.
    OnePart {
        /// Which part, counted from 0 in the posting's order.
        part: usize,
        /// Why it is met.
        met: Box<Met>,
    },
    /// Every part of a rule that needs all of them, in order.
    EveryPart(Vec<Met>),
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
    /// The month answered is further back than the months the rule allows. Waiting never
    /// changes that.
    TooLongAgo {
        /// The month answered.
        last: YearMonth,
        /// How many months back the rule allows.
        months: u32,
    },
    /// No part of a rule met by any one of its parts is met: why not, part by part.
    NoPart(Vec<NotMet>),
    /// Some parts of a rule that needs all of them are not met: which (counted from 0), and why.
    NotEveryPart(Vec<(usize, NotMet)>),
}

impl NotMet {
    /// The day by which waiting alone meets it, at the latest, where waiting would: `None` where
    /// something else must change.
    pub fn met_by_waiting(&self) -> Option<Date> {
        match self {
            NotMet::TooRecent { met_by, .. } => Some(*met_by),
            NotMet::AnswerNotAccepted { .. }
            | NotMet::NeverHappened { .. }
            | NotMet::TooLongAgo { .. } => None,
            // Any one part will do: the first to be met by waiting.
            NotMet::NoPart(parts) => parts.iter().filter_map(NotMet::met_by_waiting).min(),
            // Every part must be: all of them by waiting, or it is not a matter of time.
            NotMet::NotEveryPart(parts) => parts
                .iter()
                .map(|(_, why)| why.met_by_waiting())
                .collect::<Option<Vec<Date>>>()
                .and_then(|days| days.into_iter().max()),
        }
    }
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
    /// The month answered is exactly as far back as the rule allows, so it depends on the day,
    /// which only the applicant knows: met if it happened on or after `met_if_on_or_after`.
    DependsOnDayWithin {
        /// The month answered.
        last: YearMonth,
        /// How many months back the rule allows.
        months: u32,
        /// It is met if it last happened on or after this day.
        met_if_on_or_after: Date,
    },
    /// The month answered would not meet a `months_since` rule (or only on some days), but in
    /// those months the applicant's only care has been from their GP or prescribed medicine
    /// (`sure`), or they are not sure it has not been. The advert does not say whether that counts: the
    /// employer can. The month is kept: if it counts, it is met by `met_by` at the latest.
    OnlyGpOrMedicine {
        /// The month answered.
        last: YearMonth,
        /// The months the rule requires.
        months: u32,
        /// If that care counts, it is met by this day at the latest.
        met_by: Date,
        /// Whether the applicant answered yes, rather than not sure.
        sure: bool,
    },
    /// One part of a rule of parts cannot be settled (the first such), and no other part settles
    /// the rule.
    OnePart {
        /// Which part, counted from 0 in the posting's order.
        part: usize,
        /// Why it cannot be settled.
        not_sure: Box<NotSure>,
    },
}

impl NotSure {
    /// Whether it depends on a day only the applicant knows, rather than on the employer.
    pub fn depends_on_the_day(&self) -> bool {
        match self {
            NotSure::AnsweredNotSure | NotSure::OnlyGpOrMedicine { .. } => false,
            NotSure::DependsOnDay { .. } | NotSure::DependsOnDayWithin { .. } => true,
            NotSure::OnePart { not_sure, .. } => not_sure.depends_on_the_day(),
        }
    }
}
