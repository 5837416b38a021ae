//! The form that adds a test case, from the employer's side: its problems are said on the field
//! they belong to (GOV.UK's error message, tied to the field by `aria-describedby`), and a name
//! already used is refused.

mod util;

use eligibility_core::rules::QuestionId;
use eligibility_editor::state::Action;
use util::{apply, element, kent, render};

#[test]
fn a_test_case_without_a_name_is_refused_with_the_message_on_the_name_field() {
    let state = kent().reduce(Action::AddExample);
    assert_eq!(state.examples.len(), 2);
    let html = render(&state);
    let input = element(&html, "example-name");
    assert!(
        input.contains("aria-describedby=\"example-name-hint example-name-error\""),
        "{input}"
    );
    assert!(input.contains("aria-invalid=\"true\""), "{input}");
    assert!(element(&html, "example-name-error").contains("ed-error-message"));
    assert!(html.contains("Give the test case a name."));
}

#[test]
fn a_name_already_used_is_refused_in_plain_words_on_the_name_field() {
    let state = apply(
        kent(),
        [
            Action::ExampleName("A carer only ".into()),
            Action::AddExample,
        ],
    );
    assert_eq!(state.examples.len(), 2, "not added again");
    let html = render(&state);
    let input = element(&html, "example-name");
    assert!(
        input.contains("aria-describedby=\"example-name-hint example-name-error\""),
        "{input}"
    );
    assert!(
        html.contains(
            "You already have a test case called “A carer only”. Give this one another name."
        ),
        "{html}"
    );
}

#[test]
fn a_month_not_written_as_year_and_month_is_said_on_its_box() {
    let q = QuestionId::new("last_used_services");
    let state = apply(
        kent(),
        [
            Action::ExampleName("March".into()),
            Action::ExampleAnswer(q.clone(), "month".into()),
            Action::ExampleMonth(q, "March".into()),
            Action::AddExample,
        ],
    );
    assert_eq!(state.examples.len(), 2);
    let html = render(&state);
    let id = "example-answer-last_used_services-month";
    let input = element(&html, id);
    assert!(
        input.contains(&format!("aria-describedby=\"{id}-hint {id}-error\"")),
        "{input}"
    );
    assert!(input.contains("aria-invalid=\"true\""), "{input}");
    let error = &html[html.find(&format!("id=\"{id}-error\"")).unwrap()..];
    let message = &error[..error.find("</p>").unwrap()];
    assert!(
        message.contains("Write the month as year and month"),
        "{message}"
    );
    // The name field has no problem: it is described by its hint alone.
    assert!(element(&html, "example-name").contains("aria-describedby=\"example-name-hint\""));
}
