//! The editor from the employer's side: paste the Kent and Medway person specification, split
//! it, and see its lines classified and its rules proposed.

use eligibility_editor::state::{Action, Choice, State};

// The Kent and Medway advert as the job board gives it, pasted whole (the core's tests keep it).
const KENT: &str = include_str!("../../core/tests/specs/kmpt-advert.txt");

fn split(text: &str) -> State {
    State::default()
        .reduce(Action::Paste(text.to_owned()))
        .reduce(Action::Split)
}

#[test]
fn the_essential_lines_are_proposed_essential_word_for_word() {
    let lines = split(KENT).lines.unwrap();
    let essential: Vec<_> = lines
        .iter()
        .filter(|l| l.choice == Choice::Essential)
        .map(|l| l.text.as_str())
        .collect();
    assert_eq!(
        essential,
        [
            "Lived Experience of mental health problems",
            "Willing to share own life Experiences",
            "Experience of using mental health services",
            "Lived Experiences",
        ]
    );
}

#[test]
fn the_lived_experience_and_twelve_months_rules_are_proposed_for_the_employer_to_confirm() {
    let lines = split(KENT).lines.unwrap();
    let line = |start: &str| {
        lines
            .iter()
            .position(|l| l.text.starts_with(start))
            .unwrap()
    };
    let lived = line("Lived Experience of mental health problems");
    let (proposal, because) = lines[lived].proposal.clone().unwrap();
    assert!(proposal.starts_with("Suggested rule"), "{proposal}");
    assert!(because.contains("Lived Experience"), "{because}");
    let twelve = line("We require a period of twelve months");
    let (proposal, _) = lines[twelve].proposal.clone().unwrap();
    assert!(proposal.contains("at least 12 months"), "{proposal}");
    assert!(
        lines.iter().all(|l| l.rule.is_none()),
        "nothing is used until confirmed"
    );
}

#[test]
fn a_rule_is_used_only_once_the_employer_ticks_it_and_only_where_one_was_proposed() {
    let lines = split(KENT).lines.unwrap();
    let with = lines.iter().position(|l| l.proposal.is_some()).unwrap();
    let without = lines.iter().position(|l| l.proposal.is_none()).unwrap();
    let state = split(KENT)
        .reduce(Action::UseRule(with, true))
        .reduce(Action::UseRule(without, true))
        .reduce(Action::Choose(without, Choice::NotAsked));
    let lines = state.lines.unwrap();
    assert!(lines[with].uses_suggestion());
    assert!(lines[without].rule.is_none());
    assert_eq!(lines[without].choice, Choice::NotAsked);
}
