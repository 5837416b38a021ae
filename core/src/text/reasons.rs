//! Why each criterion got its verdict, and its short status: sentences made from the core's
//! verdicts, each with its reason as data.

use super::{fill, Text};
use crate::rules::{Answer, Bank, Class, Criterion, Met, NotMet, NotSure, Question, Rule, Verdict};

impl Text {
    /// The short status beside a criterion.
    pub fn status(&self, criterion: &Criterion, verdict: &Verdict) -> &'static str {
        match (criterion.class, verdict) {
            (Class::Desirable, Verdict::Met(_)) => self.status_desirable_met,
            (Class::Desirable, Verdict::NotMet(_)) => self.status_desirable_not_met,
            (_, Verdict::Met(_)) => self.status_met,
            (_, Verdict::NotMet(_)) => self.status_not_met,
            (_, Verdict::NotSure(why)) if why.depends_on_the_day() => self.status_depends,
            (_, Verdict::NotSure(_)) => self.status_not_sure,
            (_, Verdict::Unanswered) => self.status_unanswered,
            (_, Verdict::Information) => self.status_information,
        }
    }

    /// "18 months", "5 years": a rule's months, in years where they are whole years.
    pub fn period(&self, months: u32) -> String {
        let (count, words) = if months > 0 && months % 12 == 0 {
            (months / 12, &self.rules.period_years)
        } else {
            (months, &self.rules.period_months)
        };
        fill(words.of(count as usize), &[("count", &count.to_string())])
    }

    /// Why a criterion got its verdict, in sentences, with the words of the questions that
    /// decided it from `bank`. A desirable criterion not met never sounds like a verdict: the
    /// applicant can still apply.
    pub fn reason(&self, criterion: &Criterion, verdict: &Verdict, bank: &Bank) -> String {
        self.reason_of(criterion.class, criterion.rule.as_ref(), verdict, bank)
    }

    fn reason_of(
        &self,
        class: Class,
        rule: Option<&Rule>,
        verdict: &Verdict,
        bank: &Bank,
    ) -> String {
        let part = |i: usize| match rule {
            Some(Rule::AnyOf(parts) | Rule::AllOf(parts)) => parts.get(i),
            _ => None,
        };
        let question = rule
            .and_then(Rule::question)
            .and_then(|one| bank.question(one.as_str()));
        if let (Class::Desirable, Verdict::NotMet(why)) = (class, verdict) {
            let answers = self.answers_not_met(rule, why, bank);
            return fill(self.reason_desirable, &[("answer", &self.list(&answers))]);
        }
        let words = |answer: &Answer| question.map(|q| self.answer(q, answer)).unwrap_or_default();
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
        // Each part's own reason, as a sentence or two.
        let of_part = |i: usize, verdict: Verdict| self.reason_of(class, part(i), &verdict, bank);
        match verdict {
            Verdict::Met(met) => match met {
                Met::AnswerAccepted(option) => answered(&Answer::Choice(option.clone())),
                Met::LongEnoughSince { last, months } => fill(
                    self.reason_long_enough.of(*months as usize),
                    &[
                        ("month", &self.month(*last)),
                        ("months", &months.to_string()),
                    ],
                ),
                Met::NeverHappened => {
                    fill(self.reason_never_met, &[("answer", &words(&Answer::Never))])
                }
                Met::Happened { last } => {
                    fill(self.reason_happened, &[("month", &self.month(*last))])
                }
                Met::RecentEnough { last, months } => fill(
                    self.rules.recent_enough,
                    &[
                        ("month", &self.month(*last)),
                        ("period", &self.period(*months)),
                    ],
                ),
                Met::OnePart { part, met } => fill(
                    self.rules.one_part,
                    &[("reason", &of_part(*part, Verdict::Met((**met).clone())))],
                ),
                Met::EveryPart(mets) => mets
                    .iter()
                    .enumerate()
                    .map(|(i, met)| of_part(i, Verdict::Met(met.clone())))
                    .collect::<Vec<_>>()
                    .join(" "),
            },
            Verdict::NotMet(why) => match why {
                NotMet::AnswerNotAccepted { answer, reason } => answered_because(
                    &Answer::Choice(answer.clone()),
                    reason.as_deref().map(|r| self.own(r)),
                ),
                NotMet::TooRecent {
                    last,
                    months,
                    met_in,
                    met_by,
                } => fill(
                    self.reason_too_recent.of(*months as usize),
                    &[
                        ("month", &self.month(*last)),
                        ("months", &months.to_string()),
                        ("in", &self.month(*met_in)),
                        ("by", &self.date(*met_by)),
                    ],
                ),
                NotMet::NeverHappened { reason } => {
                    answered_because(&Answer::Never, reason.as_deref().map(|r| self.own(r)))
                }
                NotMet::TooLongAgo { last, months } => fill(
                    self.rules.too_long_ago,
                    &[
                        ("month", &self.month(*last)),
                        ("period", &self.period(*months)),
                    ],
                ),
                NotMet::NoPart(whys) => fill(
                    self.rules.no_part,
                    &[(
                        "reasons",
                        &self.sentences(whys.iter().cloned().enumerate(), &of_part),
                    )],
                ),
                NotMet::NotEveryPart(whys) => fill(
                    self.rules.not_every_part,
                    &[("reasons", &self.sentences(whys.iter().cloned(), &of_part))],
                ),
            },
            Verdict::NotSure(why) => match why {
                NotSure::AnsweredNotSure => self.reason_not_sure.to_owned(),
                NotSure::DependsOnDay {
                    last,
                    months,
                    met_if_on_or_before,
                    met_by,
                } => fill(
                    self.reason_depends_on_day.of(*months as usize),
                    &[
                        ("month", &self.month(*last)),
                        ("months", &months.to_string()),
                        ("date", &self.date(*met_if_on_or_before)),
                        ("by", &self.date(*met_by)),
                    ],
                ),
                NotSure::DependsOnDayWithin {
                    last,
                    months,
                    met_if_on_or_after,
                } => fill(
                    self.rules.depends_within,
                    &[
                        ("month", &self.month(*last)),
                        ("period", &self.period(*months)),
                        ("date", &self.date(*met_if_on_or_after)),
                    ],
                ),
                NotSure::OnlyGpOrMedicine {
                    last, met_by, sure, ..
                } => fill(
                    match sure {
                        true => self.rules.gp.reason,
                        false => self.rules.gp.reason_unsure,
                    },
                    &[("month", &self.month(*last)), ("by", &self.date(*met_by))],
                ),
                NotSure::OnePart { part, not_sure } => {
                    of_part(*part, Verdict::NotSure((**not_sure).clone()))
                }
            },
            // The status beside it says so already: no reason to say it twice.
            Verdict::Unanswered | Verdict::Information => String::new(),
        }
    }

    /// The reasons of parts not met, one after another.
    fn sentences(
        &self,
        parts: impl Iterator<Item = (usize, NotMet)>,
        of_part: &dyn Fn(usize, Verdict) -> String,
    ) -> String {
        parts
            .map(|(i, why)| of_part(i, Verdict::NotMet(why)))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The answers that did not meet a criterion, as the applicant saw them: one, or one for each
    /// part not met.
    fn answers_not_met(&self, rule: Option<&Rule>, why: &NotMet, bank: &Bank) -> Vec<String> {
        let parts: Vec<(Option<&Rule>, &NotMet)> = match (rule, why) {
            (Some(Rule::AnyOf(parts)), NotMet::NoPart(whys)) => {
                parts.iter().map(Some).zip(whys).collect()
            }
            (Some(Rule::AllOf(parts)), NotMet::NotEveryPart(whys)) => {
                whys.iter().map(|(i, why)| (parts.get(*i), why)).collect()
            }
            _ => vec![(rule, why)],
        };
        parts
            .into_iter()
            .filter_map(|(rule, why)| {
                let question: &Question = bank.question(rule?.question()?.as_str())?;
                let answer = match why {
                    NotMet::AnswerNotAccepted { answer, .. } => Answer::Choice(answer.clone()),
                    NotMet::TooRecent { last, .. } | NotMet::TooLongAgo { last, .. } => {
                        Answer::Month(*last)
                    }
                    NotMet::NeverHappened { .. } => Answer::Never,
                    NotMet::NoPart(_) | NotMet::NotEveryPart(_) => return None,
                };
                Some(self.answer(question, &answer))
            })
            .collect()
    }
}
