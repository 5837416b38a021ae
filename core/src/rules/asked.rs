//! Which of a posting's questions are asked, given the answers so far: every one, but a question
//! a `months_since` rule names as `unless_only`, which is asked only where the month answered
//! would not meet that rule (or would only on some days).

use super::answers::{Answer, Answers};
use super::date::Date;
use super::eval::months_since;
use super::model::{Posting, QuestionId, Rule};

impl Posting {
    /// Whether `question` is asked, given `answers` on `today`. A question that decides a
    /// criterion is always asked. One that only qualifies a month (a rule's `unless_only`) is
    /// asked once that month is answered and would not meet its rule: seeing a GP matters only
    /// to someone whose month is too recent.
    ///
    /// ```
    /// use eligibility_core::rules::{Answer, Answers, Date, YearMonth};
    /// # let (catalogue, _) = eligibility_core::builtin::catalogue();
    /// let kmpt = catalogue.posting(&"kmpt-dartford-womens-picu-peer-support-worker".into()).unwrap();
    /// let today = Date::new(2026, 12, 7).unwrap();
    /// let gp = "gp_or_medicine_only".into();
    /// let mut answers = Answers::new();
    /// assert!(!kmpt.asks(&gp, &answers, today));
    ///
    /// let last_used = catalogue.question(&"last_used_services".into()).unwrap();
    /// answers.record(last_used, Answer::Month(YearMonth::new(2026, 10).unwrap()), today).unwrap();
    /// assert!(kmpt.asks(&gp, &answers, today));
    /// answers.record(last_used, Answer::Month(YearMonth::new(2025, 10).unwrap()), today).unwrap();
    /// assert!(!kmpt.asks(&gp, &answers, today));
    /// ```
    pub fn asks(&self, question: &QuestionId, answers: &Answers, today: Date) -> bool {
        self.rules().into_iter().any(|rule| match rule {
            Rule::MonthsSince {
                question: month,
                months,
                unless_only: Some(only),
            } if only == question => matches!(
                answers.get(month),
                Some(Answer::Month(last)) if !months_since(*last, *months, today).is_met()
            ),
            rule => rule.question() == Some(question),
        })
    }

    /// Where, among [`Posting::question_ids`], come the questions asked (see [`Posting::asks`]).
    pub fn asked(&self, answers: &Answers, today: Date) -> Vec<usize> {
        self.question_ids()
            .iter()
            .enumerate()
            .filter(|(_, question)| self.asks(question, answers, today))
            .map(|(place, _)| place)
            .collect()
    }

    /// Where, among [`Posting::question_ids`], come the questions asked that `answers` has no
    /// answer to: an answer given for another posting is not asked for again.
    pub fn unanswered(&self, answers: &Answers, today: Date) -> Vec<usize> {
        let ids = self.question_ids();
        self.asked(answers, today)
            .into_iter()
            .filter(|&place| answers.get(&ids[place]).is_none())
            .collect()
    }

    /// Every rule of its criteria, parts one by one.
    fn rules(&self) -> Vec<&Rule> {
        let mut rules = Vec::new();
        for rule in self.criteria.iter().filter_map(|c| c.rule.as_ref()) {
            match rule {
                Rule::AnyOf(parts) | Rule::AllOf(parts) => rules.extend(parts),
                one => rules.push(one),
            }
        }
        rules
    }
}
