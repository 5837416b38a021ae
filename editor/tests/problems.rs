//! Problems on their fields, from the employer's side: the South West London file opened, broken
//! three ways an employer would, each problem placed on its field and the download withheld;
//! then mended.

mod util;

use eligibility_core::rules::OptionId;
use eligibility_editor::state::{
    Action, At, Choice, Field, Leaf, MonthKind, Opening, Place, Plain,
};
use util::{apply, editor, line, SOUTH_WEST_LONDON};

fn opened() -> eligibility_editor::state::State {
    editor().reduce(Action::Open("swlstg.json".into(), SOUTH_WEST_LONDON.into()))
}

fn places(state: &eligibility_editor::state::State) -> Vec<Place> {
    state
        .check
        .as_ref()
        .unwrap()
        .problems
        .iter()
        .map(|p| p.place.clone())
        .collect()
}

#[test]
fn the_south_west_london_file_opens_into_the_form_with_no_problem() {
    let state = opened();
    assert_eq!(state.opening, Opening::None);
    assert_eq!(state.facts.get(Field::Title), "Peer Support Worker");
    assert_eq!(state.facts.get(Field::Closes), "2025-09-16");
    assert_eq!(places(&state), []);
    assert_eq!(state.examples.len(), 4, "its four test cases");
    assert!(state
        .check
        .as_ref()
        .unwrap()
        .runs
        .iter()
        .all(|r| r.differences.is_empty()));
}

#[test]
fn a_missing_reason_a_months_value_of_zero_and_an_unknown_question_are_each_on_their_field() {
    let state = opened();
    let inpatient = line(&state, "Experience of accessing inpatient");
    let secure = line(&state, "you will need to be at a stage");
    let at = |line| At { line, part: None };
    let broken = apply(
        state,
        [
            Action::Reason(at(inpatient), Some(OptionId::new("no")), String::new()),
            Action::Choose(secure, Choice::Essential),
            Action::Question(secure, "last_used_services".into()),
            Action::MonthKind(at(secure), MonthKind::MonthsSince),
            Action::Months(at(secure), "0".into()),
        ],
    );
    let reason = Place::Line {
        line: inpatient,
        part: None,
        leaf: Leaf::Reason(OptionId::new("no")),
    };
    let months = Place::Line {
        line: secure,
        part: None,
        leaf: Leaf::Months,
    };
    assert_eq!(places(&broken), [reason, months]);
    let plain: Vec<_> = broken
        .check
        .as_ref()
        .unwrap()
        .problems
        .iter()
        .map(|p| p.plain.clone())
        .collect();
    assert_eq!(
        plain,
        [Some(Plain::Empty), Some(Plain::Months)],
        "said in the form's own words"
    );
    let typo =
        SOUTH_WEST_LONDON.replace("\"used_inpatient_services\"", "\"used_inpatient_service\"");
    let unknown = editor().reduce(Action::Open("swlstg.json".into(), typo));
    let question = Place::Line {
        line: inpatient,
        part: None,
        leaf: Leaf::Question,
    };
    assert!(
        places(&unknown).contains(&question),
        "{:?}",
        unknown.check.as_ref().unwrap().problems
    );

    let mended = apply(
        broken,
        [
            Action::Reason(
                at(inpatient),
                Some(OptionId::new("no")),
                "This role asks that you have stayed on a ward.".into(),
            ),
            Action::Months(at(secure), "12".into()),
        ],
    );
    assert_eq!(places(&mended), []);
    let mended = unknown.reduce(Action::Question(
        inpatient,
        "used_inpatient_services".into(),
    ));
    assert_eq!(places(&mended), []);
}

#[test]
fn a_fact_or_summary_left_empty_is_named_on_its_field_and_a_welsh_location_suggests_wales() {
    let state = opened().reduce(Action::Fact(Field::Title, String::new()));
    assert_eq!(places(&state), [Place::Fact(Field::Title)]);
    let state = state.reduce(Action::Fact(
        Field::Location,
        "Ysbyty Gwynedd, Bangor LL57 2PW".into(),
    ));
    assert_eq!(
        state.facts.told_nation(),
        eligibility_core::rules::Nation::Wales
    );
}

#[test]
fn a_bundle_of_two_postings_asks_which_one_to_edit() {
    use eligibility_core::draft::file::{bundle_file, Languages, Options};
    let (catalogue, _) = eligibility_core::builtin::catalogue();
    let postings: Vec<_> = catalogue.postings().iter().map(|p| &**p).collect();
    let options = Options {
        schema: None,
        languages: Languages::EnglishAndWelsh,
    };
    let bundle = bundle_file(&postings, catalogue.bank(), catalogue.bank(), &options);
    let state = editor().reduce(Action::Open("jobs.json".into(), bundle));
    let Opening::Pick(_, postings, _) = &state.opening else {
        panic!("{:?}", state.opening)
    };
    assert_eq!(postings.len(), 2);
    let state = state.reduce(Action::Pick(1));
    assert_eq!(state.opening, Opening::None);
    assert!(state.lines.is_some());
}

#[test]
fn a_file_that_is_not_json_is_named_with_what_to_change() {
    let state = editor().reduce(Action::Open("bad.json".into(), "{ \"id\": “x” }".into()));
    let Opening::Failed(file, problems) = &state.opening else {
        panic!("{:?}", state.opening)
    };
    assert_eq!(file, "bad.json");
    assert!(problems[0].contains("curly quote"), "{problems:?}");
}

#[test]
fn an_essential_line_without_a_rule_says_what_to_do_in_the_form_s_words() {
    let state = opened();
    let secure = line(&state, "you will need to be at a stage");
    let state = apply(state, [Action::Choose(secure, Choice::Essential)]);
    let whole = Place::Line {
        line: secure,
        part: None,
        leaf: Leaf::Whole,
    };
    let found: Vec<Option<Plain>> = (state.check.as_ref().unwrap().problems.iter())
        .filter(|p| p.place == whole)
        .map(|p| p.plain.clone())
        .collect();
    assert_eq!(found, [Some(Plain::NoRule)]);
}

#[test]
fn a_file_asking_the_gp_question_on_a_rule_of_other_than_twelve_months_says_what_to_change() {
    let kent = util::kent();
    let file = &kent.check.as_ref().unwrap().text;
    assert!(file.contains("\"months\": 12"), "{file}");
    let state = editor().reduce(Action::Open(
        "kmpt.json".into(),
        file.replace("\"months\": 12", "\"months\": 24"),
    ));
    let Opening::Failed(_, problems) = &state.opening else {
        panic!("{:?}", state.opening)
    };
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].contains("rule.unless_only: expected \"unless_only\": \"gp_or_medicine_only\" only with \"months\": 12")
            && problems[0].contains("make it 12, or leave out \"unless_only\""),
        "{problems:?}"
    );
}
