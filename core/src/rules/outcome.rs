//! What an evaluation's overall result leaves open: whether answers still to come could change
//! it, and whether a lived-experience criterion was missed only through caring for someone.

use super::eval::{Evaluation, NotMet, Verdict};
use super::model::Class;

/// The question bank's option for experience of mental distress only as a carer, family member
/// or friend (`lived_experience` in `postings/questions.json`). Where a posting does not take it
/// for an essential criterion, the result points the applicant to the kind of job that asks for
/// carers' experience ([`crate::rules::Posting::carer_roles`]).
pub const CARER_ONLY: &str = "carer_only";

impl Evaluation<'_> {
    /// Whether no answer still to come could change the overall result, so that the applicant can
    /// be shown it now rather than asked the rest.
    ///
    /// It is settled when an essential criterion is not met for good (an answer the employer does
    /// not take, something that has never happened): whatever the other answers, the applicant
    /// does not meet every essential criterion, and waiting will not change that. And it is
    /// settled when every essential criterion has its answer: the questions left serve only
    /// desirable criteria, which never change the result. Anything else is open: one essential
    /// answer still to come can always be "not sure", or one the employer does not take.
    ///
    /// ```
    /// use eligibility_core::rules::{evaluate, Answer, Answers, Date};
    /// # let (catalogue, _) = eligibility_core::builtin::catalogue();
    /// let posting = catalogue.posting(&"kmpt-dartford-womens-picu-peer-support-worker".into()).unwrap();
    /// let today = Date::new(2026, 11, 23).unwrap();
    /// let mut answers = Answers::new();
    /// assert!(!evaluate(posting, &answers, today).unwrap().is_settled());
    ///
    /// // Experience only as a carer: this posting asks for the applicant's own.
    /// let question = catalogue.question(&"lived_experience".into()).unwrap();
    /// answers.record(question, Answer::Choice("carer_only".into()), today).unwrap();
    /// assert!(evaluate(posting, &answers, today).unwrap().is_settled());
    /// ```
    pub fn is_settled(&self) -> bool {
        // Not met, and waiting would not meet it either (NotMet::met_by_waiting).
        let not_met_for_good =
            self.of_class(Class::Essential)
                .any(|assessed| match &assessed.verdict {
                    Verdict::NotMet(why) => why.met_by_waiting().is_none(),
                    Verdict::Met(_)
                    | Verdict::NotSure(_)
                    | Verdict::Unanswered
                    | Verdict::Information => false,
                });
        let all_answered = self
            .of_class(Class::Essential)
            .all(|assessed| assessed.verdict != Verdict::Unanswered);
        not_met_for_good || all_answered
    }

    /// Whether an essential criterion is not met because the applicant's experience is only as a
    /// carer, family member or friend ([`CARER_ONLY`]): then another kind of job may be theirs.
    pub fn missed_only_as_carer(&self) -> bool {
        self.of_class(Class::Essential).any(|assessed| {
            matches!(
                &assessed.verdict,
                Verdict::NotMet(NotMet::AnswerNotAccepted { answer, .. })
                    if answer.as_str() == CARER_ONLY
            )
        })
    }
}
