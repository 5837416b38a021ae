//! The result page's words made from an evaluation: the heading and what is under it, what to do
//! next, and where the answers leave the applicant with a posting in the list.

use super::{fill, Plural, Text};
use crate::rules::{Class, CriterionId, Date, Evaluation, Overall, Posting, Verdict, Waiting};

/// The result's heading and the sentences under it.
#[derive(Debug, PartialEq)]
pub struct Outcome {
    /// The page's heading: where the advert has closed, that it has, whatever the answers; else
    /// what the answers mean.
    pub heading: String,
    /// Where the advert has closed, the lines between the heading and the body: that the employer
    /// no longer takes applications, and what the answers mean (an open advert's heading).
    pub closed: Option<[String; 2]>,
    /// The sentences under it.
    pub body: String,
}

/// What the applicant can do next: paragraphs, then the link to the employer's website, if any.
#[derive(Debug, PartialEq)]
pub struct NextSteps {
    /// The paragraphs, in order.
    pub paragraphs: Vec<String>,
    /// The words of the link to the employer's website, where the step needs it.
    pub link: Option<&'static str>,
    /// Where experience only as a carer does not meet an essential criterion: the kind of job
    /// that asks for it, and its `lang` where the words are the posting's and not in the page's
    /// language.
    pub carer_roles: Option<(String, Option<&'static str>)>,
}

impl Text {
    /// Which advert the criteria come from: the employer, the date it was published (or else its
    /// closing date) and its reference, and the day of the check, so that an applicant who comes
    /// back later, or reads it on paper, knows what they checked against and when.
    pub fn source(&self, posting: &Posting, today: Date) -> String {
        let employer = ("employer", self.own(&posting.employer));
        let mut words = match (posting.published, posting.closes) {
            (Some(date), _) => fill(self.result_source, &[employer, ("date", &self.date(date))]),
            (None, Some(date)) => fill(
                self.result_source_closing,
                &[employer, ("date", &self.date(date))],
            ),
            (None, None) => fill(self.result_source_undated, &[employer]),
        };
        if let Some(reference) = &posting.reference {
            words.push(' ');
            words.push_str(&fill(self.result_reference, &[("reference", reference)]));
        }
        words.push(' ');
        words.push_str(&fill(self.checked_on, &[("date", &self.date(today))]));
        words
    }

    /// The criteria `ids` of an evaluation named in a sentence: "a, b and c".
    pub fn named(&self, evaluation: &Evaluation, ids: &[CriterionId]) -> String {
        let summaries: Vec<String> = ids
            .iter()
            .filter_map(|id| evaluation.criteria.iter().find(|a| &a.criterion.id == id))
            .map(|a| self.in_sentence(self.own(&a.criterion.summary)))
            .collect();
        self.list(&summaries)
    }

    /// Where the answers so far leave the applicant with a posting, for its card in the list:
    /// `to_answer` questions are still unanswered.
    pub fn standing(&self, overall: &Overall, to_answer: usize) -> String {
        match overall {
            Overall::MeetsAll => self.standing_meets.to_owned(),
            Overall::DoesNotMeet {
                waiting: Waiting::Helps { .. },
                ..
            } => self.standing_not_yet.to_owned(),
            Overall::DoesNotMeet { .. } => self.standing_does_not_meet.to_owned(),
            Overall::NotSure { not_sure, .. } if to_answer == 0 && not_sure.is_empty() => {
                self.standing_depends.to_owned()
            }
            Overall::NotSure { .. } if to_answer == 0 => self.standing_ask.to_owned(),
            Overall::NotSure { .. } | Overall::Incomplete { .. } => fill(
                self.standing_to_answer.of(to_answer),
                &[("count", &to_answer.to_string())],
            ),
        }
    }

    /// `sentence` about the criteria `ids`: one is named, more are counted (the criteria are listed
    /// with their status on the page, and a sentence naming many is too long to read).
    pub fn about(&self, sentence: &Plural, evaluation: &Evaluation, ids: &[CriterionId]) -> String {
        fill(
            sentence.of(ids.len()),
            &[
                ("criteria", &self.named(evaluation, ids)),
                ("count", &ids.len().to_string()),
            ],
        )
    }

    /// The result's heading and body, chosen from the reasons: where time alone stands in the
    /// way, the day the applicant could apply from; never "fail". An advert that has closed on
    /// `today` says so first, whatever the answers: a result that looks like success would have
    /// the applicant prepare an application nobody will read.
    pub fn outcome(&self, evaluation: &Evaluation, today: Date) -> Outcome {
        let (heading, body) = self.outcome_of_answers(evaluation);
        match evaluation.posting.closed_on(today) {
            Some(closed) => Outcome {
                heading: fill(self.closed_heading, &[("date", &self.date(closed))]),
                closed: Some([self.closed_lead.to_owned(), heading]),
                body,
            },
            None => Outcome {
                heading,
                closed: None,
                body,
            },
        }
    }

    fn outcome_of_answers(&self, evaluation: &Evaluation) -> (String, String) {
        let (heading, body) = match &evaluation.overall {
            Overall::MeetsAll => (
                self.meets_all_heading.to_owned(),
                self.meets_all_body.to_owned(),
            ),
            Overall::DoesNotMeet {
                not_met, waiting, ..
            } => {
                let (heading, body) = match waiting {
                    Waiting::Helps { by } => (
                        fill(self.not_yet_heading, &[("date", &self.date(*by))]),
                        &self.not_yet_body,
                    ),
                    Waiting::HelpsSome { .. } => (
                        self.does_not_meet_heading.to_owned(),
                        &self.some_with_time_body,
                    ),
                    Waiting::DoesNotHelp => (
                        self.does_not_meet_heading.to_owned(),
                        &self.does_not_meet_body,
                    ),
                };
                (heading, self.about(body, evaluation, not_met))
            }
            Overall::NotSure {
                not_sure,
                on_the_day,
            } => {
                // "The other criteria" only where there are some met.
                let any_met = evaluation
                    .of_class(Class::Essential)
                    .any(|a| matches!(a.verdict, Verdict::Met(_)));
                let mut body: Vec<String> = any_met
                    .then(|| self.others_met.to_owned())
                    .into_iter()
                    .collect();
                if !not_sure.is_empty() {
                    body.push(self.about(&self.cannot_settle, evaluation, not_sure));
                }
                if !on_the_day.is_empty() {
                    body.push(self.about(&self.on_the_day, evaluation, on_the_day));
                }
                let heading = if not_sure.is_empty() {
                    self.depends_heading
                } else {
                    self.not_sure_heading
                };
                (heading.to_owned(), body.join(" "))
            }
            Overall::Incomplete { .. } => (
                self.incomplete_heading.to_owned(),
                self.incomplete_body.to_owned(),
            ),
        };
        (heading, body)
    }

    /// What to do next, from the result, whether the advert has closed or may have, and whether
    /// waiting would help; and, where experience only as a carer does not meet an essential
    /// criterion, the kind of job that asks for it, in the posting's words where it gives them.
    pub fn next_steps(&self, evaluation: &Evaluation, today: Date) -> NextSteps {
        let posting = evaluation.posting;
        // A sentence with one date in it.
        let on = |template: &str, date: Date| fill(template, &[("date", &self.date(date))]);
        let mut paragraphs = Vec::new();
        // An advert with no closing date, published long ago: check first that it is still open.
        let may_have_closed = posting.may_have_closed(today);
        if let (Some(published), Overall::MeetsAll | Overall::NotSure { .. }) =
            (may_have_closed, &evaluation.overall)
        {
            paragraphs.push(on(self.next_may_have_closed, published));
        }
        let apply_link = |words| {
            Some(if may_have_closed.is_some() {
                self.employer_site_link
            } else {
                words
            })
        };
        let link = match (&evaluation.overall, posting.closed_on(today)) {
            (Overall::Incomplete { .. }, _) => {
                paragraphs.push(self.incomplete_body.to_owned());
                None
            }
            // The result's heading says when it closed.
            (_, Some(_)) => {
                paragraphs.push(self.next_closed.to_owned());
                Some(self.next_closed_link)
            }
            (Overall::MeetsAll, None) => {
                if may_have_closed.is_none() {
                    paragraphs.push(self.next_apply.to_owned());
                }
                apply_link(self.next_apply_link)
            }
            (Overall::NotSure { not_sure, .. }, None) if !not_sure.is_empty() => {
                paragraphs.push(self.about(&self.next_ask, evaluation, not_sure));
                apply_link(self.next_ask_link)
            }
            (Overall::NotSure { .. }, None) => {
                paragraphs.push(self.next_on_the_day.to_owned());
                apply_link(self.next_apply_link)
            }
            (
                Overall::DoesNotMeet {
                    waiting,
                    not_sure,
                    on_the_day,
                    ..
                },
                None,
            ) => {
                paragraphs.push(match waiting {
                    Waiting::Helps { by } => on(self.next_wait, *by),
                    Waiting::HelpsSome { by } => on(self.next_wait_some, *by),
                    Waiting::DoesNotHelp => self.next_other.to_owned(),
                });
                if !not_sure.is_empty() {
                    paragraphs.push(self.about(&self.next_also_ask, evaluation, not_sure));
                }
                if !on_the_day.is_empty() {
                    paragraphs.push(self.about(&self.next_also_day, evaluation, on_the_day));
                }
                None
            }
        };
        let carer_roles = evaluation
            .missed_only_as_carer()
            .then(|| match &posting.carer_roles {
                Some(words) => (self.own(words).to_owned(), self.lang_of(words)),
                None => (self.carer_roles.to_owned(), None),
            });
        NextSteps {
            paragraphs,
            link,
            carer_roles,
        }
    }
}
