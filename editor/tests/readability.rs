//! Words that may be hard to read, from the employer's side: each warning is on its field, and
//! names the sentence that reads hard, not the whole field; it never stops the download.

mod util;

use eligibility_core::rules::OptionId;
use eligibility_editor::state::{Action, At, Leaf, Place};
use util::{kent, line, render};

const SHORT: &str = "Sharing your own experience is a central part of this role.";
const LONG: &str = "You would be asked to talk about what happened to you, in a way you choose and at a pace you choose, with the people on the ward every week.";

/// Kent and Medway's posting, its reason for not willing to share given a short sentence and then
/// a long one.
fn with_a_long_reason() -> (eligibility_editor::state::State, usize) {
    let state = kent();
    let share = line(&state, "Willing to share own life Experiences");
    let at = At {
        line: share,
        part: None,
    };
    let state = state.reduce(Action::Reason(
        at,
        Some(OptionId::new("no")),
        format!("{SHORT} {LONG}"),
    ));
    (state, share)
}

#[test]
fn a_long_sentence_in_a_reason_is_warned_of_on_that_reason_naming_that_sentence() {
    let (state, share) = with_a_long_reason();
    let check = state.check.as_ref().unwrap();
    assert_eq!(check.problems, [], "a warning is not a problem");
    let reason = Place::Line {
        line: share,
        part: None,
        leaf: Leaf::Reason(OptionId::new("no")),
    };
    let found: Vec<_> = check.warnings_at(&reason).collect();
    let messages: Vec<&str> = found.iter().map(|w| w.message.as_str()).collect();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(
        messages[0].starts_with("a sentence of 30 words"),
        "{messages:?}"
    );
    assert!(
        messages[1].starts_with("reads at Flesch-Kincaid grade"),
        "{messages:?}"
    );
    for warning in found {
        assert_eq!(
            warning.marked(),
            LONG,
            "the long sentence, which reads hardest"
        );
    }
}

#[test]
fn the_warning_is_under_its_field_with_only_the_hard_sentence_marked() {
    let (state, share) = with_a_long_reason();
    let html = render(&state);
    let id = format!("line-{share}-reason-no");
    let warning = format!("id=\"{id}-warning\"");
    let at = html.find(&warning).expect("the warning under the reason");
    let field = html.find(&format!("id=\"{id}\"")).unwrap();
    assert!(field < at, "under the field");
    let after = &html[at..];
    let marked =
        &after[after.find("<mark>").unwrap() + "<mark>".len()..after.find("</mark>").unwrap()];
    assert_eq!(marked, LONG);
    assert!(after.contains(SHORT), "the field's other words, unmarked");
    assert!(
        html.contains(&format!("aria-describedby=\"{id}-hint {id}-warning\"")),
        "read with the field"
    );
    assert!(html.contains("download"), "no problem: the download stays");
}

#[test]
fn a_part_s_reason_is_measured_and_warned_of_on_that_part() {
    let state = util::apply(
        util::editor(),
        [
            Action::Paste("Essential\n• A driving licence, or able to travel\n".into()),
            Action::Split,
            Action::Combine(0, eligibility_editor::state::Combine::AnyOf),
            Action::PartQuestion(
                At {
                    line: 0,
                    part: Some(1),
                },
                "able_to_travel".into(),
            ),
            Action::Reason(
                At {
                    line: 0,
                    part: Some(1),
                },
                Some(OptionId::new("no")),
                LONG.into(),
            ),
        ],
    );
    let reason = Place::Line {
        line: 0,
        part: Some(1),
        leaf: Leaf::Reason(OptionId::new("no")),
    };
    let check = state.check.as_ref().unwrap();
    let found: Vec<_> = check.warnings_at(&reason).map(|w| w.marked()).collect();
    assert!(
        !found.is_empty() && found.iter().all(|&m| m == LONG),
        "{:?}",
        check.warnings
    );
}
