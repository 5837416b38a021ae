//! The employer's route from a pasted advert to a file the checker reads, from the employer's
//! side: the posting built from the Kent and Medway advert decides every answer set of the
//! project's flow tests as the built-in posting does, and its file loads in the checker.

mod util;

use eligibility_core::builtin;
use eligibility_core::rules::example::Outcome;
use eligibility_core::rules::{
    evaluate, Answer, Answers, Class, Criterion, OptionId, QuestionId, YearMonth,
};
use util::{kent, today};

/// The answer sets of tests/e2e/flows.test.js for Kent and Medway.
fn answer_sets() -> Vec<Vec<(&'static str, Answer)>> {
    let choice = |o: &str| Answer::Choice(OptionId::new(o));
    let month = |y, m| Answer::Month(YearMonth::new(y, m).unwrap());
    let set = |lived: &str, last: Answer, nvq: &str| {
        vec![
            ("lived_experience", choice(lived)),
            ("willing_to_share", choice("yes")),
            ("last_used_services", last),
            ("nvq_level_2", choice(nvq)),
        ]
    };
    vec![
        set("own", month(2024, 3), "no"),
        set("own", month(2024, 3), "yes"),
        set("own", month(2026, 5), "yes"),
        set("own", Answer::Never, "yes"),
        set("own", Answer::NotSure, "yes"),
        set("own", month(2025, 11), "yes"),
        set("own", month(2024, 1), "no"),
        set("carer_only", month(2024, 3), "yes"),
        vec![("lived_experience", choice("carer_only"))],
        vec![
            ("lived_experience", choice("work_only")),
            ("willing_to_share", choice("no")),
        ],
    ]
}

/// A criterion by what decides it: its class and its rule's questions.
fn key(c: &Criterion) -> (Class, Vec<String>, String) {
    let rule = c
        .rule
        .as_ref()
        .map(|r| format!("{:?}", std::mem::discriminant(r)))
        .unwrap_or_default();
    (
        c.class,
        c.rule
            .iter()
            .flat_map(|r| r.questions())
            .map(|q| q.as_str().to_owned())
            .collect(),
        rule,
    )
}

#[test]
fn the_kent_posting_built_from_its_advert_has_no_problem_and_its_test_cases_pass() {
    let state = kent();
    let check = state.check.as_ref().unwrap();
    assert_eq!(check.problems, [], "{:#?}", check.problems);
    assert_eq!(check.runs.len(), 2);
    assert!(
        check.runs.iter().all(|r| r.differences.is_empty()),
        "{:#?}",
        check.runs
    );
    assert_eq!(check.file_name, "kmpt-dartford-peer-support-worker.json");
}

#[test]
fn the_kent_posting_built_in_the_editor_decides_every_flow_as_the_built_in_one_does() {
    let (catalogue, _) = builtin::catalogue();
    let built_in = catalogue
        .posting(&"kmpt-dartford-womens-picu-peer-support-worker".into())
        .unwrap();
    let (drafted, _) = kent().posting();
    let mut keys: Vec<_> = built_in.criteria.iter().map(key).collect();
    let mut drafted_keys: Vec<_> = drafted.criteria.iter().map(key).collect();
    keys.sort_by_key(|k| format!("{k:?}"));
    drafted_keys.sort_by_key(|k| format!("{k:?}"));
    assert_eq!(
        keys, drafted_keys,
        "the same criteria, decided the same way"
    );
    for set in answer_sets() {
        let mut answers = Answers::new();
        for (question, answer) in &set {
            let q = catalogue.question(&QuestionId::new(question)).unwrap();
            answers.record(q, answer.clone(), today()).unwrap();
        }
        let ours = evaluate(&drafted, &answers, today()).unwrap();
        let theirs = evaluate(built_in, &answers, today()).unwrap();
        assert_eq!(
            Outcome::overall(&ours.overall),
            Outcome::overall(&theirs.overall),
            "{set:?}"
        );
        // The result's words about the advert: which advert, published when (the closing
        // paragraph), and whether it may have closed.
        let text = &eligibility_core::text::ENGLISH;
        assert_eq!(
            text.source(&drafted, today()),
            text.source(built_in, today())
        );
        let (mine, built) = (
            text.next_steps(&ours, today()),
            text.next_steps(&theirs, today()),
        );
        assert_eq!(mine.paragraphs, built.paragraphs, "{set:?}");
        assert_eq!(mine.link, built.link, "{set:?}");
        for assessed in &theirs.criteria {
            let mine = ours
                .criteria
                .iter()
                .find(|a| key(a.criterion) == key(assessed.criterion))
                .unwrap();
            assert_eq!(
                Outcome::of(&mine.verdict),
                Outcome::of(&assessed.verdict),
                "{set:?}: {}",
                assessed.criterion.id
            );
        }
    }
}

#[test]
fn the_downloaded_file_loads_in_the_checker_as_the_posting_the_editor_drafted() {
    let state = kent();
    let check = state.check.as_ref().unwrap();
    let (catalogue, errors) =
        builtin::load_bundle("kmpt-dartford-peer-support-worker.json", &check.text);
    assert_eq!(errors, []);
    assert_eq!(*catalogue.postings()[0], state.posting().0);
}
