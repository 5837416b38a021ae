//! Keeping a walk of the preview as a test case: the answers of the result the preview showed,
//! named by the employer, expecting the outcome the preview gave, overall and criterion by
//! criterion; and a walk forgotten once the file changes, as the preview starts again.

mod util;

use eligibility_core::rules::example::Outcome;
use eligibility_core::rules::{Answer, Answers, OptionId};
use eligibility_editor::state::{Action, Field, Refused, State};
use util::{editor, SOUTH_WEST_LONDON};

/// South West London opened, and the preview walked to a result by a carer.
fn walked() -> (State, Answers) {
    let state = editor().reduce(Action::Open("swl.json".into(), SOUTH_WEST_LONDON.into()));
    let posting = state.posting().0;
    let question = state
        .bank
        .question("lived_experience")
        .expect("the bank asks it");
    let mut answers = Answers::new();
    answers
        .record(
            question,
            Answer::Choice(OptionId::new("carer_only")),
            state.today,
        )
        .expect("a carer's answer");
    assert!(posting.question_ids().contains(&question.id));
    let state = state.reduce(Action::Walked(answers.clone()));
    (state, answers)
}

#[test]
fn a_walk_named_and_kept_is_a_test_case_expecting_what_the_preview_gave() {
    let (state, answers) = walked();
    assert!(
        !state.unsaved,
        "reaching a result in the preview changes nothing"
    );
    let before = state.examples.len();
    let state = state.reduce(Action::WalkName("A carer, walked in the preview".into()));
    assert!(!state.unsaved, "naming it changes nothing yet");
    let state = state.reduce(Action::KeepWalk);
    assert!(state.unsaved);
    assert_eq!(state.examples.len(), before + 1);
    let kept = state.examples.last().expect("kept");
    assert_eq!(kept.name, "A carer, walked in the preview");
    assert_eq!(kept.answers, answers);
    assert_eq!(kept.on, state.today);
    assert_eq!(kept.expect.overall, Outcome::NotMet);
    // Every criterion the carer's answer decides, and those it leaves unanswered, as the
    // preview showed them: lived experience not met, the rest not yet answered.
    let criteria: Vec<(&str, Outcome)> = (kept.expect.criteria.iter())
        .map(|(id, outcome)| (id.as_str(), *outcome))
        .collect();
    assert_eq!(
        criteria.first(),
        Some(&("own-lived-experience", Outcome::NotMet)),
        "{criteria:?}"
    );
    assert!(
        criteria[1..].iter().all(|(_, o)| *o == Outcome::Unanswered),
        "{criteria:?}"
    );
    assert_eq!(state.walk.found, None, "the kept walk is gone");
    assert_eq!(
        state.walk.kept.as_deref(),
        Some("A carer, walked in the preview")
    );
    assert_eq!(state.walk.answers, None, "kept once");
    let check = state.check.as_ref().expect("checked");
    assert!(
        check.text.contains("A carer, walked in the preview"),
        "in the file"
    );
    assert!(
        check.runs.iter().all(|r| r.differences.is_empty()),
        "and it passes"
    );
}

#[test]
fn a_walk_without_a_name_is_not_kept_and_says_why() {
    let (state, _) = walked();
    let before = state.examples.len();
    let state = state.reduce(Action::KeepWalk);
    assert_eq!(state.examples.len(), before);
    assert_eq!(state.walk.refused, Some(Refused::NoName));
    assert!(
        state.walk.answers.is_some(),
        "the walk is still there to name"
    );
    assert!(!state.unsaved);
}

#[test]
fn a_change_to_the_file_forgets_the_walk_as_the_preview_starts_again() {
    let (state, _) = walked();
    let state = state.reduce(Action::Fact(Field::Pay, "£24,000".into()));
    assert_eq!(state.walk.answers, None);
    let (state, _) = walked();
    let state = state.reduce(Action::PreviewLanguage(
        eligibility_core::rules::Language::Welsh,
    ));
    assert!(
        state.walk.answers.is_some(),
        "switching the preview's language is no change"
    );
}

#[test]
fn a_walk_expected_to_give_another_outcome_keeps_that_outcome_and_fails_until_it_does() {
    let (state, _) = walked();
    assert_eq!(
        state.walk.found,
        Some(Outcome::NotMet),
        "what the preview gave"
    );
    let state = state
        .reduce(Action::WalkName("A carer, as the employer means it".into()))
        .reduce(Action::WalkExpect(Outcome::NotSure))
        .reduce(Action::KeepWalk);
    let kept = state.examples.last().expect("kept");
    assert_eq!(kept.expect.overall, Outcome::NotSure);
    assert!(
        kept.expect.criteria.is_empty(),
        "the preview's criteria are not what was meant"
    );
    let run = state
        .check
        .as_ref()
        .and_then(|c| c.runs.last())
        .expect("run");
    assert!(
        !run.differences.is_empty(),
        "it fails, as the posting gives another outcome"
    );
}

#[test]
fn a_walk_named_as_another_test_case_is_not_kept() {
    let (state, _) = walked();
    let taken = state.examples[0].name.clone();
    let state = state
        .reduce(Action::WalkName(taken))
        .reduce(Action::KeepWalk);
    assert!(matches!(state.walk.refused, Some(Refused::SameName(_))));
    let (state, _) = {
        let (state, answers) = walked();
        (
            state
                .reduce(Action::KeepWalk)
                .reduce(Action::Walked(answers.clone())),
            answers,
        )
    };
    assert_eq!(
        state.walk.refused, None,
        "a new walk forgets the last one's problem"
    );
}
