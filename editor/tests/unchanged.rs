//! An action that changes nothing costs nothing: the draft is checked again (written, read back
//! by the loader, its test cases run) only when it changed, and work is marked not downloaded
//! only when it changed.

mod util;

use eligibility_core::rules::Language;
use eligibility_editor::state::{Action, Field, State};
use std::rc::Rc;
use util::{editor, line, SOUTH_WEST_LONDON};

fn opened() -> State {
    editor().reduce(Action::Open("swl.json".into(), SOUTH_WEST_LONDON.into()))
}

/// Whether `after` holds the very check `before` held: not made again.
fn same_check(before: &State, after: &State) -> bool {
    match (&before.check, &after.check) {
        (Some(a), Some(b)) => Rc::ptr_eq(a, b),
        _ => false,
    }
}

#[test]
fn actions_that_change_nothing_neither_check_again_nor_mark_the_work_unsaved() {
    let state = opened();
    assert!(!state.unsaved);
    let title = state.facts.get(Field::Title).to_owned();
    let secure = line(&state, "you will need to be at a stage");
    let choice = state.lines.as_ref().unwrap()[secure].choice;
    for action in [
        Action::Fact(Field::Title, title),
        Action::Choose(secure, choice),
        Action::PreviewLanguage(Language::Welsh),
        Action::PreviewPhone(false),
        Action::Copied("file".into(), true),
        Action::Downloaded,
        Action::Paste(String::new()),
    ] {
        let after = state.clone().reduce(action.clone());
        assert!(!after.unsaved, "{action:?} marked the work unsaved");
        assert!(
            same_check(&state, &after),
            "{action:?} checked the draft again"
        );
    }
}

#[test]
fn the_paste_box_and_the_test_case_form_are_work_but_not_the_draft() {
    let state = opened();
    for action in [
        Action::Paste("Essential\nLived experience".into()),
        Action::ExampleName("A carer only".into()),
    ] {
        let after = state.clone().reduce(action.clone());
        assert!(after.unsaved, "{action:?} is work not downloaded");
        assert!(
            same_check(&state, &after),
            "{action:?} checked the draft again"
        );
    }
}

#[test]
fn a_change_to_the_draft_checks_it_again_and_marks_it_unsaved() {
    let state = opened();
    let after = state
        .clone()
        .reduce(Action::Fact(Field::Pay, "£24,000 a year".into()));
    assert!(after.unsaved);
    assert!(!same_check(&state, &after));
    assert!(after
        .check
        .as_ref()
        .unwrap()
        .text
        .contains("£24,000 a year"));
}

#[test]
fn the_page_keeps_its_state_where_nothing_changed() {
    let state = Rc::new(opened());
    let after = yew::Reducible::reduce(state.clone(), Action::PreviewPhone(true));
    assert!(
        Rc::ptr_eq(&state, &after),
        "the same state: nothing to draw again"
    );
    let after = yew::Reducible::reduce(state.clone(), Action::PreviewPhone(false));
    assert!(!Rc::ptr_eq(&state, &after));
}
