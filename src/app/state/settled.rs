//! A result the answers already decide: offered before every question is answered, with the
//! questions left still there to answer.

use super::{Screen, State};
use eligibility_core::rules::evaluate;

impl State {
    /// Whether the question page on show offers the result now: the answers decide it whatever
    /// the answer to this question and to the rest ([`eligibility_core::rules::Evaluation::is_settled`]).
    /// This question's own answer, if it has one, is left out: the applicant may be about to
    /// change it. Not on a page reached by a Change link, which returns to check your answers.
    pub fn can_see_result_now(&self) -> bool {
        let Screen::Question {
            posting,
            index,
            from_check: false,
        } = &self.screen
        else {
            return false;
        };
        let Some(posting) = self.catalogue.posting(posting) else {
            return false;
        };
        let Some(question) = posting.question_ids().get(*index).cloned() else {
            return false;
        };
        evaluate(posting, &self.answers.without(&question), self.today)
            .is_ok_and(|evaluation| evaluation.is_settled())
    }

    /// See your result now, from a question page that offers it.
    pub(super) fn see_result_now(&self) -> Option<State> {
        let Screen::Question { posting, .. } = &self.screen else {
            return None;
        };
        let result = Screen::Result(posting.clone());
        self.can_see_result_now().then(|| self.turn(result))
    }

    /// From a result, the first of the posting's questions still unanswered.
    pub(super) fn answer_rest(&self) -> Option<State> {
        let Screen::Result(id) = &self.screen else {
            return None;
        };
        let index = *self
            .catalogue
            .posting(id)?
            .unanswered(&self.answers, self.today)
            .first()?;
        Some(self.turn(Screen::Question {
            posting: id.clone(),
            index,
            from_check: false,
        }))
    }
}
