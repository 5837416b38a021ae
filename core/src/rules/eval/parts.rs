//! Rules of parts: met by any one part (`any_of`), or only by every part (`all_of`). Each part is
//! decided on its own question, with its own reasons; the verdict says which part met, or why
//! none did.

use super::{decide_rule, Met, NotMet, NotSure, Verdict};
use crate::rules::answers::{AnswerError, Answers};
use crate::rules::date::Date;
use crate::rules::model::Rule;

/// Met by the first part that is met. Otherwise: still to be answered while a part is; then not
/// sure where a part cannot be settled; and not met only when every part is not met.
pub(super) fn any_of(
    parts: &[Rule],
    answers: &Answers,
    today: Date,
) -> Result<Verdict, AnswerError> {
    let verdicts = decide_each(parts, answers, today)?;
    if let Some((part, met)) = verdicts.iter().enumerate().find_map(|(i, v)| match v {
        Verdict::Met(met) => Some((i, met)),
        _ => None,
    }) {
        return Ok(Verdict::Met(Met::OnePart {
            part,
            met: Box::new(met.clone()),
        }));
    }
    if let Some(verdict) = unanswered_or_not_sure(&verdicts) {
        return Ok(verdict);
    }
    Ok(Verdict::NotMet(NotMet::NoPart(
        verdicts
            .into_iter()
            .filter_map(|v| match v {
                Verdict::NotMet(why) => Some(why),
                _ => None,
            })
            .collect(),
    )))
}

/// Not met where any part is not met (naming each such part). Otherwise: still to be answered
/// while a part is; then not sure where a part cannot be settled; and met when every part is.
pub(super) fn all_of(
    parts: &[Rule],
    answers: &Answers,
    today: Date,
) -> Result<Verdict, AnswerError> {
    let verdicts = decide_each(parts, answers, today)?;
    let not_met: Vec<(usize, NotMet)> = verdicts
        .iter()
        .enumerate()
        .filter_map(|(i, v)| match v {
            Verdict::NotMet(why) => Some((i, why.clone())),
            _ => None,
        })
        .collect();
    if !not_met.is_empty() {
        return Ok(Verdict::NotMet(NotMet::NotEveryPart(not_met)));
    }
    if let Some(verdict) = unanswered_or_not_sure(&verdicts) {
        return Ok(verdict);
    }
    Ok(Verdict::Met(Met::EveryPart(
        verdicts
            .into_iter()
            .filter_map(|v| match v {
                Verdict::Met(met) => Some(met),
                _ => None,
            })
            .collect(),
    )))
}

fn decide_each(
    parts: &[Rule],
    answers: &Answers,
    today: Date,
) -> Result<Vec<Verdict>, AnswerError> {
    parts
        .iter()
        .map(|part| decide_rule(part, answers, today))
        .collect()
}

/// Unanswered where any part is; else not sure, naming the first part that cannot be settled.
fn unanswered_or_not_sure(verdicts: &[Verdict]) -> Option<Verdict> {
    if verdicts.contains(&Verdict::Unanswered) {
        return Some(Verdict::Unanswered);
    }
    verdicts.iter().enumerate().find_map(|(part, v)| match v {
        Verdict::NotSure(not_sure) => Some(Verdict::NotSure(NotSure::OnePart {
            part,
            not_sure: Box::new(not_sure.clone()),
        })),
        _ => None,
    })
}
