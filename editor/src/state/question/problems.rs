//! A written question's problems, read with the loader as the validator reads a file's own
//! questions, and each placed on its field of the form in the line it is edited in.

use crate::state::{Found, Place, Plain, State};
use eligibility_core::draft::file::{bank_file, Languages, Options};
use eligibility_core::rules::{load, Among, Bank, ProblemKind, Question};

/// A field of a written question's form, where a problem is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuestionLeaf {
    /// The question's words (and anything the form does not show).
    Text,
    /// The line under it.
    Hint,
    /// The answers as a whole.
    Answers,
    /// The answer at this place, counted from 0.
    Answer(usize),
    /// What "never" is called.
    Never,
}

impl State {
    /// The problems of the written questions in `bank`, read back with the loader as a file's own
    /// questions are, each on its field in the line it is edited in.
    pub(in crate::state) fn question_problems(&self, bank: &Bank) -> Vec<Found> {
        let own: Vec<Question> = bank
            .questions()
            .iter()
            .filter(|q| self.standard.question(q.id.as_str()).is_none())
            .cloned()
            .collect();
        if own.is_empty() {
            return Vec::new();
        }
        // Written in the posting's languages, as `Check::of` writes the posting: in English only
        // no Welsh is asked for.
        let languages = self.welsh.languages;
        let options = Options {
            schema: None,
            languages,
        };
        let text = bank_file(&Bank::new(own.clone(), Vec::new()), &options);
        let Ok(json) = eligibility_core::json::parse(&text) else {
            return Vec::new();
        };
        let Err(error) = load::bank("questions.json", &json, Some(&self.standard)) else {
            return Vec::new();
        };
        // In English and Welsh, each text without Welsh is named on its row of the Welsh table,
        // as `Check::of` names the posting's: the loader's own "no Welsh" would say it again, on
        // the question's field.
        let welsh = languages == Languages::EnglishAndWelsh;
        let problems = error.problems().iter();
        let problems = problems.filter(|p| !(welsh && p.kind == ProblemKind::NoWelsh));
        let mut found: Vec<Found> = Vec::new();
        for problem in problems {
            let place = self.question_place(&problem.path, &own);
            let one = Found {
                plain: plain(&place, &problem.kind),
                message: problem.kind.to_string(),
                place,
                path: problem.path.clone(),
            };
            // The question's few words are its words: an empty question is one problem, not two.
            let same = |f: &Found| {
                (&f.place, &f.plain, &f.message) == (&one.place, &one.plain, &one.message)
            };
            if !found.iter().any(same) {
                found.push(one);
            }
        }
        found
    }

    /// The form's place of a loader path in the questions: `questions[able_to_work].text`,
    /// `questions[2].answer.options[3].label`.
    fn question_place(&self, path: &str, own: &[Question]) -> Place {
        let Some((key, rest)) = path
            .strip_prefix("questions[")
            .and_then(|p| p.split_once(']'))
        else {
            return Place::File;
        };
        let question = match key.parse::<usize>() {
            Ok(n) => n.checked_sub(1).and_then(|i| own.get(i)),
            Err(_) => own.iter().find(|q| q.id.as_str() == key),
        };
        let Some(question) = question else {
            return Place::File;
        };
        let Some(line) = self.home(&question.id) else {
            return Place::File;
        };
        let rest = rest.trim_start_matches('.');
        let leaf = if rest.starts_with("hint") {
            QuestionLeaf::Hint
        } else if rest.starts_with("answer.never") {
            QuestionLeaf::Never
        } else if let Some(option) = rest.strip_prefix("answer.options[") {
            let key = option.split(']').next().unwrap_or_default();
            let ids = question.kind.option_ids();
            let at = match key.parse::<usize>() {
                Ok(n) => n.checked_sub(1),
                Err(_) => ids.iter().position(|o| o.as_str() == key),
            };
            at.map_or(QuestionLeaf::Answers, QuestionLeaf::Answer)
        } else if rest.starts_with("answer.options") {
            QuestionLeaf::Answers
        } else {
            QuestionLeaf::Text
        };
        Place::Question { line, leaf }
    }
}

/// The problem in the form's own words, where it has them.
fn plain(place: &Place, kind: &ProblemKind) -> Option<Plain> {
    use eligibility_core::rules::load::problem::Found as LoaderFound;
    use eligibility_core::rules::Expected;
    let Place::Question { .. } = place else {
        return None;
    };
    match kind {
        ProblemKind::Missing {
            expected: Expected::Text,
        } => Some(Plain::Empty),
        ProblemKind::Expected {
            expected: Expected::Text,
            found: LoaderFound::Text(text),
        } if text.trim().is_empty() => Some(Plain::Empty),
        ProblemKind::TooFewOptions => Some(Plain::TooFewAnswers),
        ProblemKind::Repeated {
            among: Among::Options,
            ..
        } => Some(Plain::SameAnswer),
        _ => None,
    }
}
