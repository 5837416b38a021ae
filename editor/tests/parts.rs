//! Rules of parts from the employer's side: a line met by a driving licence or by being able to
//! travel, built on the form ("Any of these", a question for each part, a reason for each answer
//! that does not meet), written to the file, read back by the loader, and decided as the same
//! rule written by hand is; each part's problems on the part's own field.

mod util;

use eligibility_core::builtin;
use eligibility_core::rules::{evaluate, Answer, Answers, Catalogue, OptionId, Rule};
use eligibility_editor::state::{Action, At, Combine, Field, Leaf, Place, Plain, State};
use util::{apply, editor, render, today};

const TRAVEL: &str =
    "A full UK driving licence, or the ability to travel across the region in a timely manner";

const LICENCE_REASON: &str = "The job means driving to people's homes across the region.";
const TRAVEL_REASON: &str = "The job means visiting people at home across the region.";

/// The same criterion as a posting file's author writes it by hand (docs/postings.md).
fn by_hand() -> String {
    format!(
        r#"{{
  "id": "example-travel",
  "title": "Peer Support Worker",
  "employer": "Example Health Board",
  "location": "Leeds",
  "apply_url": "https://www.example.org/jobs/travel",
  "source": "Written by hand for editor/tests/parts.rs",
  "criteria": [
    {{
      "id": "a-full-uk-driving-licence",
      "summary": "{TRAVEL}",
      "class": "essential",
      "rule": {{
        "kind": "any_of",
        "parts": [
          {{
            "kind": "answer_in", "question": "driving_licence", "meets": ["yes"],
            "reasons": {{ "no": "{LICENCE_REASON}" }}
          }},
          {{
            "kind": "answer_in", "question": "able_to_travel", "meets": ["yes"],
            "reasons": {{ "no": "{TRAVEL_REASON}" }}
          }}
        ]
      }}
    }}
  ]
}}"#
    )
}

fn part(p: usize) -> At {
    At {
        line: 0,
        part: Some(p),
    }
}

fn split() -> State {
    apply(
        editor(),
        [
            Action::Paste(format!("Essential\n• {TRAVEL}\n")),
            Action::Split,
        ],
    )
}

/// The travel line made "Any of these" on the form, each part's question chosen and its reason
/// written, and the facts filled in.
fn built() -> State {
    let facts = [
        (Field::Title, "Peer Support Worker"),
        (Field::Employer, "Example Health Board"),
        (Field::Location, "Leeds"),
        (Field::ApplyUrl, "https://www.example.org/jobs/travel"),
        (Field::Id, "example-travel"),
        (Field::Source, "Built on the form for editor/tests/parts.rs"),
    ];
    let state = apply(
        split(),
        facts.map(|(field, text)| Action::Fact(field, text.to_owned())),
    );
    apply(
        state,
        [
            Action::Combine(0, Combine::AnyOf),
            Action::PartQuestion(part(0), "driving_licence".into()),
            Action::Reason(part(0), Some(OptionId::new("no")), LICENCE_REASON.into()),
            Action::PartQuestion(part(1), "able_to_travel".into()),
            Action::Reason(part(1), Some(OptionId::new("no")), TRAVEL_REASON.into()),
        ],
    )
}

fn places(state: &State) -> Vec<(Place, Option<Plain>)> {
    let problems = &state.check.as_ref().unwrap().problems;
    problems
        .iter()
        .map(|p| (p.place.clone(), p.plain.clone()))
        .collect()
}

/// The problems on the line's fields (not the facts').
fn on_the_line(state: &State) -> Vec<(Place, Option<Plain>)> {
    let mut found = places(state);
    found.retain(|(place, _)| matches!(place, Place::Line { .. }));
    found
}

#[test]
fn an_any_of_rule_built_on_the_form_is_decided_as_the_same_rule_written_by_hand() {
    let state = built();
    assert_eq!(places(&state), []);
    let rule = state.lines.as_ref().unwrap()[0].rule.clone().unwrap();
    let Rule::AnyOf(parts) = &rule else {
        panic!("{rule:?}")
    };
    assert_eq!(parts.len(), 2);

    let file = &state.check.as_ref().unwrap().text;
    let (drafted, errors) = builtin::load_bundle("drafted.json", file);
    assert!(errors.is_empty(), "{errors:?}");
    let (written, errors) = builtin::load(builtin::QUESTIONS, &[("hand.json", &by_hand())]);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(
        drafted.postings()[0].criteria[0].rule,
        written.postings()[0].criteria[0].rule,
        "the same rule"
    );

    let choices = [Some("yes"), Some("no"), Some("not_sure"), None];
    for licence in choices {
        for travel in choices {
            let given = [("driving_licence", licence), ("able_to_travel", travel)];
            let decided = |catalogue: &Catalogue| {
                let mut answers = Answers::new();
                for (question, answer) in given {
                    let question = catalogue.bank().question(question).unwrap();
                    let answer = match answer {
                        Some("not_sure") => Answer::NotSure,
                        Some(option) => Answer::Choice(OptionId::new(option)),
                        None => continue,
                    };
                    answers.record(question, answer, today()).unwrap();
                }
                let evaluation = evaluate(&catalogue.postings()[0], &answers, today()).unwrap();
                let verdict = evaluation.criteria[0].verdict.clone();
                (verdict, evaluation.overall)
            };
            assert_eq!(decided(&drafted), decided(&written), "{given:?}");
        }
    }
}

#[test]
fn each_part_s_problem_is_on_the_part_s_field_in_the_form_s_words() {
    let state = apply(split(), [Action::Combine(0, Combine::AnyOf)]);
    let question = |p| Place::Line {
        line: 0,
        part: Some(p),
        leaf: Leaf::Question,
    };
    assert_eq!(
        on_the_line(&state),
        [
            (question(0), Some(Plain::NoQuestion)),
            (question(1), Some(Plain::NoQuestion))
        ]
    );
    let state = apply(
        state,
        [
            Action::PartQuestion(part(0), "driving_licence".into()),
            Action::PartQuestion(part(1), "able_to_travel".into()),
        ],
    );
    let reason = |p| Place::Line {
        line: 0,
        part: Some(p),
        leaf: Leaf::Reason(OptionId::new("no")),
    };
    assert_eq!(
        on_the_line(&state),
        [
            (reason(0), Some(Plain::Empty)),
            (reason(1), Some(Plain::Empty))
        ],
        "an essential line's parts each need a reason for each answer that does not meet"
    );
}

#[test]
fn parts_are_added_and_removed_and_one_left_decides_the_line_alone() {
    let state = apply(
        built(),
        [Action::AddPart(0), Action::Combine(0, Combine::AllOf)],
    );
    let line = &state.lines.as_ref().unwrap()[0];
    assert!(matches!(&line.rule, Some(Rule::AllOf(parts)) if parts.len() == 3));
    assert_eq!(
        state.focus.as_ref().map(|(id, _)| id.as_str()),
        None,
        "choosing a radio leaves focus on it"
    );
    let state = state.reduce(Action::AddPart(0));
    assert_eq!(
        state.focus.as_ref().map(|(id, _)| id.as_str()),
        Some("line-0-p3-question"),
        "the new part's question, to choose first"
    );
    // The two parts with no question chosen go; the line is decided by the two left.
    let state = apply(
        state,
        [Action::RemovePart(part(3)), Action::RemovePart(part(2))],
    );
    assert_eq!(
        state.focus.as_ref().map(|(id, _)| id.as_str()),
        Some("line-0-add-part")
    );
    assert_eq!(places(&state), []);
    // Down to one part: that part is the rule.
    let state = state.reduce(Action::RemovePart(part(0)));
    let line = &state.lines.as_ref().unwrap()[0];
    assert_eq!(line.combine(), Combine::One);
    assert!(
        matches!(&line.rule, Some(Rule::AnswerIn { question, .. }) if question.as_str() == "able_to_travel")
    );
    assert_eq!(places(&state), []);
    // And back: it is the first of two parts.
    let state = state.reduce(Action::Combine(0, Combine::AnyOf));
    let line = &state.lines.as_ref().unwrap()[0];
    assert!(
        matches!(&line.rule, Some(Rule::AnyOf(parts)) if parts[0].question().map(|q| q.as_str()) == Some("able_to_travel"))
    );
}

#[test]
fn each_part_is_a_group_with_its_number_its_question_and_a_button_that_removes_it() {
    let html = render(&apply(split(), [Action::Combine(0, Combine::AnyOf)]));
    for expected in [
        "<legend>How the checker decides it</legend>",
        "id=\"line-0-combine-any\"",
        "<legend>Part 1</legend>",
        "<legend>Part 2</legend>",
        "The question that decides this part",
        "Remove part 2",
        "id=\"line-0-add-part\"",
        // The loader's problem, on the part's question, in the form's words.
        "id=\"line-0-p1-question-error\"",
        "Choose the question that decides this part.",
    ] {
        assert!(html.contains(expected), "{expected} in {html}");
    }
    assert!(
        !html.contains("id=\"line-0-question\""),
        "no question for the whole line"
    );
}

#[test]
fn arrowing_through_one_question_decides_it_keeps_the_other_parts_for_coming_back() {
    // The radios change as the arrow keys move over them: "All of these" to "One question decides
    // it" and back must not lose the second part.
    let state = apply(
        built(),
        [
            Action::Combine(0, Combine::One),
            Action::Combine(0, Combine::AnyOf),
        ],
    );
    assert_eq!(
        state.lines.as_ref().unwrap()[0].rule,
        built().lines.as_ref().unwrap()[0].rule
    );
    assert_eq!(places(&state), []);
}
