//! Work not downloaded is never replaced without asking: "Split into lines" again, a file opened
//! or a bundle's posting picked asks first, and does only what the employer answers.

mod util;

use eligibility_editor::state::{Action, Answered, Asked, Field, Opening, Replacing, State};
use util::{apply, editor, kent, KENT, SOUTH_WEST_LONDON};

/// A bundle of two postings: South West London's and Kent and Medway's built-in ones.
fn bundle() -> String {
    let kmpt = include_str!("../../postings/kmpt-dartford-womens-picu-peer-support-worker.json");
    format!("{{ \"postings\": [{SOUTH_WEST_LONDON}, {kmpt}] }}")
}

fn title(state: &State) -> &str {
    state.facts.get(Field::Title)
}

#[test]
fn splitting_again_over_changed_lines_asks_and_keeping_the_work_changes_nothing() {
    let state = kent();
    assert!(state.unsaved);
    let asked = state.clone().reduce(Action::Split);
    assert_eq!(asked.replacing, Some(Replacing::Lines));
    assert_eq!(asked.lines, state.lines, "nothing replaced while asked");
    let kept = asked.reduce(Action::Replace(false));
    assert_eq!(kept.replacing, None);
    assert_eq!(kept.answered, Some(Answered::Kept(Asked::Split)));
    assert_eq!(kept.lines, state.lines);
    assert_eq!(kept.facts, state.facts);
}

#[test]
fn splitting_again_and_replacing_makes_the_lines_afresh() {
    let state = kent();
    let fresh = apply(editor(), [Action::Paste(KENT.into()), Action::Split]);
    let replaced = apply(state.clone(), [Action::Split, Action::Replace(true)]);
    assert_eq!(replaced.replacing, None);
    assert_eq!(replaced.answered, Some(Answered::Lines));
    assert_eq!(replaced.lines, fresh.lines);
    assert_ne!(replaced.lines, state.lines);
}

#[test]
fn the_first_split_and_a_split_after_downloading_do_not_ask() {
    let first = apply(editor(), [Action::Paste(KENT.into()), Action::Split]);
    assert_eq!(first.replacing, None);
    assert!(first.lines.is_some());
    let downloaded = kent().reduce(Action::Downloaded);
    let again = downloaded.reduce(Action::Split);
    assert_eq!(again.replacing, None, "nothing to lose once downloaded");
    assert_eq!(again.answered, None);
}

#[test]
fn opening_a_file_over_work_not_downloaded_asks_then_opens_it_or_keeps_the_work() {
    let state = kent();
    let asked = state
        .clone()
        .reduce(Action::Open("swl.json".into(), SOUTH_WEST_LONDON.into()));
    assert!(matches!(&asked.replacing, Some(Replacing::Posting(file, ..)) if file == "swl.json"));
    assert_eq!(title(&asked), title(&state));
    assert!(asked.unsaved, "still not downloaded");
    let kept = asked.clone().reduce(Action::Replace(false));
    assert_eq!(kept.answered, Some(Answered::Kept(Asked::File)));
    assert_eq!(kept.facts, state.facts);
    let opened = asked.reduce(Action::Replace(true));
    assert_eq!(opened.answered, Some(Answered::File("swl.json".into())));
    assert_eq!(
        title(&opened),
        "Peer Support Worker",
        "South West London's posting"
    );
    assert_eq!(opened.facts.get(Field::Closes), "2025-09-16");
    assert!(!opened.unsaved, "a file just opened has nothing to lose");
}

#[test]
fn a_file_that_cannot_be_opened_or_a_bundle_to_pick_from_replaces_nothing_and_asks_nothing() {
    let state = kent();
    let failed = state
        .clone()
        .reduce(Action::Open("x.json".into(), "{ \"id\": ".into()));
    assert_eq!(failed.replacing, None);
    assert!(matches!(failed.opening, Opening::Failed(..)));
    assert!(failed.unsaved, "the work is still not downloaded");
    let bundle = state.reduce(Action::Open("jobs.json".into(), bundle()));
    assert_eq!(bundle.replacing, None);
    assert!(matches!(bundle.opening, Opening::Pick(..)));
    assert!(
        bundle.unsaved,
        "the work is still in the form, not downloaded"
    );
}

#[test]
fn picking_a_bundles_posting_over_work_not_downloaded_asks_first() {
    let state = kent().reduce(Action::Open("jobs.json".into(), bundle()));
    let asked = state.clone().reduce(Action::Pick(1));
    assert!(matches!(&asked.replacing, Some(Replacing::Posting(file, ..)) if file == "jobs.json"));
    assert_eq!(asked.facts, state.facts);
    let picked = asked.reduce(Action::Replace(true));
    assert_eq!(picked.opening, Opening::None);
    assert_eq!(picked.facts.get(Field::Reference), "380-AC");
    assert_eq!(picked.facts.get(Field::Published), "2025-11-10");
    // With nothing to lose, a pick is made at once.
    let fresh = editor()
        .reduce(Action::Open("jobs.json".into(), bundle()))
        .reduce(Action::Pick(0));
    assert_eq!(fresh.replacing, None);
    assert_eq!(fresh.facts.get(Field::Closes), "2025-09-16");
}
