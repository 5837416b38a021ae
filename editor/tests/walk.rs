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
    let state = state.reduce(Action::WalkName("A carer only".into()));
    assert!(!state.unsaved, "naming it changes nothing yet");
    let state = state.reduce(Action::KeepWalk);
    assert!(state.unsaved);
    assert_eq!(state.examples.len(), before + 1);
    let kept = state.examples.last().expect("kept");
    assert_eq!(kept.name, "A carer only");
    assert_eq!(kept.answers, answers);
    assert_eq!(kept.on, state.today);
    assert_eq!(kept.expect.overall, Outcome::NotMet);
    assert!(
        (kept.expect.criteria.iter()).any(|(_, outcome)| *outcome == Outcome::NotMet),
        "each criterion's outcome is kept: {:?}",
        kept.expect.criteria
    );
    assert_eq!(state.walk.kept.as_deref(), Some("A carer only"));
    assert_eq!(state.walk.answers, None, "kept once");
    let check = state.check.as_ref().expect("checked");
    assert!(check.text.contains("A carer only"), "in the file");
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
