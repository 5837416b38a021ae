//! The problems the form says in plain words of its own, rather than the loader's.

use super::place::{Leaf, Place};
use eligibility_core::rules::load::problem::Found as LoaderFound;
use eligibility_core::rules::{Expected, ProblemKind};

/// A problem the form can say in plain words of its own, rather than the loader's (which name
/// the file's fields and ids, for whoever edits JSON).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Plain {
    /// A text the file must give is empty.
    Empty,
    /// Months not from 1 to 1200.
    Months,
    /// A question the checker does not have, by the id given.
    UnknownQuestion(String),
    /// No answer ticked as meeting.
    NoneMeets,
    /// An essential line with no rule: nothing decides it.
    NoRule,
    /// A question written with fewer than two answers to choose from.
    TooFewAnswers,
    /// Two answers of a written question the same.
    SameAnswer,
    /// A part of a rule of parts whose question is still to be chosen.
    NoQuestion,
    /// A text without its Welsh, in a posting in English and Welsh: its English.
    NoWelsh(String),
}

/// The problem in the form's own words, where it has them for this place.
pub(super) fn plain(place: &Place, kind: &ProblemKind) -> Option<Plain> {
    let empty = match kind {
        ProblemKind::Missing {
            expected: Expected::Text,
        } => true,
        ProblemKind::Expected {
            expected: Expected::Text,
            found: LoaderFound::Text(text),
        } => text.trim().is_empty(),
        _ => false,
    };
    match (place, kind) {
        (Place::Fact(_), _)
        | (
            Place::Line {
                leaf: Leaf::Reason(_) | Leaf::NeverReason | Leaf::Summary,
                ..
            },
            _,
        ) if empty => Some(Plain::Empty),
        (
            Place::Line {
                leaf: Leaf::Months, ..
            },
            ProblemKind::Expected { .. },
        ) => Some(Plain::Months),
        (
            Place::Line {
                leaf: Leaf::Question,
                ..
            },
            ProblemKind::Expected {
                found: LoaderFound::Id(id),
                ..
            },
        ) => Some(Plain::UnknownQuestion(id.clone())),
        (
            Place::Line {
                leaf: Leaf::Question,
                ..
            },
            ProblemKind::Expected {
                found: LoaderFound::Text(id),
                ..
            },
        ) if id.is_empty() => Some(Plain::NoQuestion),
        (
            Place::Line {
                leaf: Leaf::Meets, ..
            },
            ProblemKind::EmptyList { .. },
        ) => Some(Plain::NoneMeets),
        (
            Place::Line {
                leaf: Leaf::Whole, ..
            },
            ProblemKind::EssentialWithoutRule,
        ) => Some(Plain::NoRule),
        _ => None,
    }
}
