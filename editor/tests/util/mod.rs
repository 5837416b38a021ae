//! The employer's route through the editor, as actions: shared by the tests.

#![allow(dead_code)]

use eligibility_core::rules::example::Outcome;
use eligibility_core::rules::{Date, OptionId, QuestionId};
use eligibility_editor::state::{Action, At, Choice, Field, State};

/// The Kent and Medway advert as the job board gives it, pasted whole.
pub const KENT: &str = include_str!("../../../core/tests/specs/kmpt-advert.txt");

/// The South West London posting file, as the repository keeps it.
pub const SOUTH_WEST_LONDON: &str =
    include_str!("../../../postings/swlstg-ward1-picu-peer-support-worker.json");

/// The day the project's flow tests are run on.
pub fn today() -> Date {
    Date::new(2026, 11, 23).unwrap()
}

/// A fresh editor, on the flow tests' day.
pub fn editor() -> State {
    State {
        today: today(),
        ..State::default()
    }
}

/// The line that starts with `start`.
#[track_caller]
pub fn line(state: &State, start: &str) -> usize {
    let lines = state.lines.as_ref().expect("split");
    lines
        .iter()
        .position(|l| l.text.starts_with(start))
        .unwrap_or_else(|| panic!("no line starts {start:?}"))
}

/// Applies `actions` in turn.
pub fn apply(state: State, actions: impl IntoIterator<Item = Action>) -> State {
    actions.into_iter().fold(state, State::reduce)
}

fn reason(at: usize, option: &str, text: &str) -> Action {
    Action::Reason(
        At {
            line: at,
            part: None,
        },
        Some(OptionId::new(option)),
        text.to_owned(),
    )
}

/// The Kent and Medway posting built as an employer would: paste, classify, confirm the rules,
/// write the reasons, fill in the facts, add two test cases.
pub fn kent() -> State {
    let state = apply(editor(), [Action::Paste(KENT.to_owned()), Action::Split]);
    let lived = line(&state, "Lived Experience of mental health problems");
    let share = line(&state, "Willing to share own life Experiences");
    let used = line(&state, "Experience of using mental health services");
    let twelve = line(&state, "We require a period of twelve months");
    let again = line(&state, "Lived Experiences");
    let nvq = line(&state, "NVQ level 2");
    let description = line(&state, "Please refer to the attached Job description");
    let facts = [
        (Field::Title, "Peer Support Worker"),
        (Field::Employer, "Kent and Medway Mental Health NHS Trust"),
        (
            Field::Location,
            "Littlebrook Hospital, Bow Arrow Lane, Dartford DA2 6PB",
        ),
        (Field::Pay, "£26,240 to £27,928 a year (band 3), pro rata"),
        (Field::Hours, "Part time"),
        (Field::Contract, "Permanent"),
        (Field::Published, "2025-11-10"),
        (Field::Reference, "380-AC"),
        (Field::ApplyUrl, "https://www.kmpt.nhs.uk/"),
        (Field::Id, "kmpt-dartford-peer-support-worker"),
        (Field::Source, "The advert on a job board, 10 November 2025"),
    ];
    let state = apply(
        state,
        [
            Action::UseRule(lived, true),
            reason(
                lived,
                "carer_only",
                "This role asks for your own experience of mental health problems.",
            ),
            reason(
                lived,
                "work_only",
                "Experience through work does not meet it on its own.",
            ),
            reason(
                lived,
                "none",
                "This role asks for your own experience of mental health problems.",
            ),
            Action::UseRule(share, true),
            reason(
                share,
                "no",
                "Sharing your own experience is a central part of this role.",
            ),
            Action::UseRule(used, true),
            Action::Reason(
                At {
                    line: used,
                    part: None,
                },
                None,
                "This role asks for your own experience of using services.".to_owned(),
            ),
            Action::Choose(twelve, Choice::Essential),
            Action::UseRule(twelve, true),
            Action::Summary(
                twelve,
                "Twelve months without using mental health services before applying".to_owned(),
            ),
            Action::Choose(again, Choice::LeftOut),
            Action::UseRule(nvq, true),
            Action::Choose(description, Choice::NotAsked),
        ],
    );
    let state = apply(
        state,
        facts.map(|(field, text)| Action::Fact(field, text.to_owned())),
    );
    let q = |id: &str| QuestionId::new(id);
    apply(
        state,
        [
            Action::ExampleName("A carer only".to_owned()),
            Action::ExampleAnswer(q("lived_experience"), "carer_only".to_owned()),
            Action::ExampleAnswer(q("willing_to_share"), "yes".to_owned()),
            Action::ExampleAnswer(q("last_used_services"), "month".to_owned()),
            Action::ExampleMonth(q("last_used_services"), "2024-03".to_owned()),
            Action::ExampleExpect(Outcome::NotMet),
            Action::AddExample,
            Action::ExampleName("Meets every essential criterion".to_owned()),
            Action::ExampleAnswer(q("lived_experience"), "own".to_owned()),
            Action::ExampleAnswer(q("willing_to_share"), "yes".to_owned()),
            Action::ExampleAnswer(q("last_used_services"), "month".to_owned()),
            Action::ExampleMonth(q("last_used_services"), "2024-03".to_owned()),
            Action::ExampleAnswer(q("nvq_level_2"), "no".to_owned()),
            Action::ExampleExpect(Outcome::Met),
            Action::AddExample,
        ],
    )
}

/// The page for `state`, rendered as the browser would get it (natively, with Yew's renderer).
pub fn render(state: &State) -> String {
    #[derive(yew::Properties, PartialEq)]
    struct Props {
        state: State,
    }
    #[yew::function_component(Page)]
    fn page(props: &Props) -> yew::Html {
        eligibility_editor::views::page(&props.state, &yew::Callback::noop())
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    runtime.block_on(
        yew::LocalServerRenderer::<Page>::with_props(Props {
            state: state.clone(),
        })
        .hydratable(false)
        .render(),
    )
}

/// The attributes of the element with id `id` in `html`, as written.
#[track_caller]
pub fn element<'h>(html: &'h str, id: &str) -> &'h str {
    let at = html
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no element with id {id:?} in\n{html}"));
    let start = html[..at].rfind('<').unwrap();
    let end = at + html[at..].find('>').unwrap();
    &html[start..=end]
}
