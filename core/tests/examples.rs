//! The employer's own test cases, kept in the posting file (`"examples"`, feature `employer`):
//! the loader checks them like every other field, one message a mistake naming the example by
//! its name; a run says, per example, that it passes or how the outcome differs, in plain words;
//! every built-in posting's examples pass; and the data the applicant's page fetches leaves them
//! out.

#![cfg(feature = "employer")]

mod util;

use eligibility_core::builtin::{self, QUESTIONS};
use eligibility_core::rules::example::{run, Difference, Example, Outcome};
use eligibility_core::rules::{evaluate, Answer, Answers, CriterionId, Date, YearMonth};
use util::{answers, catalogue, posting_file, KMPT, SWLSTG};

fn kmpt_with(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut value: serde_json::Value = serde_json::from_str(posting_file(KMPT).1).unwrap();
    edit(&mut value);
    value.to_string()
}

/// The lines of the one error of Kent and Medway's file, edited by `edit`.
#[track_caller]
fn problems(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<String> {
    let text = kmpt_with(edit);
    let (_, errors) = builtin::load(QUESTIONS, &[("kmpt.json", &text)]);
    errors
        .iter()
        .flat_map(|e| e.to_string().lines().map(str::to_owned).collect::<Vec<_>>())
        .collect()
}

/// The built-in postings, loaded from their files (with their examples).
fn from_files() -> eligibility_core::rules::Catalogue {
    let (catalogue, errors) = builtin::load(QUESTIONS, builtin::POSTINGS);
    assert!(errors.is_empty(), "{errors:?}");
    catalogue
}

fn day(year: i32, month: u8, day: u8) -> Date {
    Date::new(year, month, day).unwrap()
}

#[test]
fn every_built_in_posting_s_examples_pass() {
    let catalogue = from_files();
    for posting in catalogue.postings() {
        assert!(
            !posting.examples.is_empty(),
            "{} keeps examples",
            posting.id
        );
        for run in posting.run_examples() {
            assert!(
                run.passes(),
                "{}: {}: {:?}",
                posting.id,
                run.example.place(),
                run.differences
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
            );
        }
    }
    let names = |id: &str| -> Vec<String> {
        let posting = catalogue.posting(&id.into()).unwrap();
        posting.examples.iter().map(|e| e.name.clone()).collect()
    };
    // The answer sets of the project's flow tests (tests/app.rs, tests/e2e/flows.test.js).
    assert_eq!(
        names(KMPT),
        [
            "Meets every essential criterion, without the desirable NVQ",
            "A carer only",
            "Discharged from services 8 months ago",
            "Last used services twelve months ago, to the month",
            "Not sure when they last used services",
            "Has never used services",
            "Only a GP since March: the employer decides",
        ]
    );
    assert_eq!(
        names(SWLSTG),
        [
            "Meets every essential criterion",
            "Professional experience only",
            "A carer only",
            "Not sure about inpatient services",
        ]
    );
}

#[test]
fn the_built_in_data_the_page_fetches_leaves_the_examples_out() {
    let data = builtin::data();
    assert!(!data.contains("\"examples\""), "no example in {data}");
    assert!(builtin::POSTINGS
        .iter()
        .all(|(_, text)| text.contains("\"examples\":")));
    // Otherwise the postings are those of the files.
    let fetched = catalogue();
    let files = from_files();
    for (fetched, file) in fetched.postings().iter().zip(files.postings()) {
        assert!(fetched.examples.is_empty());
        let mut file = eligibility_core::rules::Posting::clone(file);
        file.examples.clear();
        assert_eq!(**fetched, file);
    }
}

#[test]
fn each_mistake_in_an_example_is_one_message_naming_it_with_the_one_meant() {
    let at = "kmpt.json: examples[\"A carer only\"]";
    for (edit, message) in [
        (
            Box::new(|v: &mut serde_json::Value| {
                let answers = v["examples"][1]["answers"].as_object_mut().unwrap();
                let answer = answers.remove("lived_experience").unwrap();
                answers.insert("lived_experiance".into(), answer);
            }) as Box<dyn FnOnce(&mut serde_json::Value)>,
            format!("{at}.answers.lived_experiance: expected the id of a question this posting asks (lived_experience, willing_to_share, last_used_services, gp_or_medicine_only, nvq_level_2), found \"lived_experiance\": did you mean \"lived_experience\"?"),
        ),
        (
            Box::new(|v| v["examples"][1]["answers"]["lived_experience"] = "carer".into()),
            format!("{at}.answers.lived_experience: expected an answer to question \"lived_experience\" (own, carer_only, work_only, none, not_sure), found the text \"carer\": did you mean \"carer_only\"?"),
        ),
        (
            Box::new(|v| v["examples"][1]["answers"]["last_used_services"] = "March 2024".into()),
            format!("{at}.answers.last_used_services: expected an answer to question \"last_used_services\": a month written YYYY-MM, like \"2025-06\", or \"never\", or \"not_sure\", found the text \"March 2024\""),
        ),
        (
            Box::new(|v| v["examples"][1]["answers"]["last_used_services"] = "2026-12".into()),
            format!("{at}.answers.last_used_services: expected a month no later than the example's day, 2026-11 at the latest: the question asks when it last happened, found the text \"2026-12\""),
        ),
        (
            Box::new(|v| {
                let criteria = v["examples"][1]["expect"]["criteria"].as_object_mut().unwrap();
                criteria.insert("lived-experiance".into(), "not_met".into());
            }),
            format!("{at}.expect.criteria.lived-experiance: expected the id of one of this posting's criteria that the check decides (lived-experience, willing-to-share, used-services, kmpt-twelve-months-without-services, nvq-level-2), found \"lived-experiance\": did you mean \"lived-experience\"?"),
        ),
        (
            Box::new(|v| {
                let criteria = v["examples"][1]["expect"]["criteria"].as_object_mut().unwrap();
                criteria.insert("dbs-check".into(), "met".into());
            }),
            format!("{at}.expect.criteria.dbs-check: expected the id of one of this posting's criteria that the check decides (lived-experience, willing-to-share, used-services, kmpt-twelve-months-without-services, nvq-level-2), found \"dbs-check\""),
        ),
        (
            Box::new(|v| v["examples"][1]["expect"]["overall"] = "not met".into()),
            format!("{at}.expect.overall: expected one of \"met\", \"not_met\", \"not_sure\", \"depends_on_the_day\", \"unanswered\", found the text \"not met\": did you mean \"not_met\"?"),
        ),
        (
            Box::new(|v| v["examples"][1]["on"] = "23/11/2026".into()),
            format!("{at}.on: expected a date written YYYY-MM-DD, like \"2025-09-16\", found the text \"23/11/2026\""),
        ),
        (
            Box::new(|v| {
                let example = v["examples"][1].as_object_mut().unwrap();
                let answers = example.remove("answers").unwrap();
                example.insert("answer".into(), answers);
            }),
            format!("{at}.answers: this field is missing: expected the answers, each by its question's id, written as an object {{ ... }}\n{at}.answer: this field is not one the checker knows (did you mean \"answers\"?): expected one of answers, expect, name, on"),
        ),
        (
            Box::new(|v| v["examples"][2]["name"] = "A carer only".into()),
            "kmpt.json: examples[3].name: expected a name no other example of this posting has, found \"A carer only\" a second time".to_owned(),
        ),
    ] {
        assert_eq!(problems(edit).join("\n"), message);
    }
}

#[test]
fn a_mistake_in_a_criterion_is_not_blamed_again_on_the_examples_that_name_it() {
    let found = problems(|v| v["criteria"][0]["rule"]["kind"] = "answer_is".into());
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].starts_with("kmpt.json: criteria[lived-experience].rule.kind"));
}

#[test]
fn an_example_a_change_flips_says_how_in_plain_words() {
    // Carers now meet the lived experience criterion: the carer's example no longer holds.
    let text = kmpt_with(|v| {
        let rule = &mut v["criteria"][0]["rule"];
        rule["meets"] = serde_json::json!(["own", "carer_only"]);
        rule["reasons"]
            .as_object_mut()
            .unwrap()
            .remove("carer_only");
    });
    let (catalogue, errors) = builtin::load(QUESTIONS, &[("kmpt.json", &text)]);
    assert!(errors.is_empty(), "{errors:?}");
    let runs = catalogue.postings()[0].run_examples();
    let failed: Vec<(String, Vec<String>)> = runs
        .iter()
        .filter(|run| !run.passes())
        .map(|run| {
            let said = run.differences.iter().map(ToString::to_string).collect();
            (run.example.place(), said)
        })
        .collect();
    assert_eq!(
        failed,
        [(
            "examples[\"A carer only\"]".to_owned(),
            vec![
                "overall: expected not met, the check says met".to_owned(),
                "expected not met, the check says met: lived-experience".to_owned(),
            ]
        )]
    );
}

#[test]
fn an_example_of_a_criterion_taken_out_or_of_an_answer_the_check_refuses_says_so() {
    let catalogue = from_files();
    let kmpt = catalogue.posting(&KMPT.into()).unwrap();
    let mut without = eligibility_core::rules::Posting::clone(kmpt);
    without
        .criteria
        .retain(|c| c.id.as_str() != "used-services");
    let never = &kmpt.examples[5];
    assert_eq!(
        run(&without, never)
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        [
            "overall: expected not met, the check says met",
            "expected not met, but the posting has no criterion \"used-services\" that the check decides"
        ]
    );
    // An answer after the example's day, which the loader would have refused.
    let mut early = never.clone();
    let question = catalogue.question(&"last_used_services".into()).unwrap();
    let month = Answer::Month(YearMonth::new(2026, 3).unwrap());
    early
        .answers
        .record(question, month, day(2026, 11, 23))
        .unwrap();
    early.on = day(2026, 1, 31);
    assert_eq!(
        run(kmpt, &early),
        [Difference::Refused(
            eligibility_core::rules::AnswerError::MonthInFuture {
                question: "last_used_services".into(),
                month: YearMonth::new(2026, 3).unwrap(),
            }
        )]
    );
    assert_eq!(
        run(kmpt, &early)[0].to_string(),
        "the check refuses an answer: answer to last_used_services: 2026-03 is in the future"
    );
}

#[test]
fn an_example_kept_from_the_preview_expects_what_the_check_said_and_passes() {
    let catalogue = catalogue();
    let today = day(2026, 11, 23);
    let given = answers(
        &catalogue,
        &[
            ("lived_experience", Answer::Choice("own".into())),
            ("willing_to_share", Answer::NotSure),
            (
                "last_used_services",
                Answer::Month(YearMonth::new(2025, 11).unwrap()),
            ),
            // The boundary month may not meet: the GP question is asked.
            ("gp_or_medicine_only", Answer::Choice("no".into())),
        ],
        today,
    );
    let kmpt = catalogue.posting(&KMPT.into()).unwrap();
    let evaluation = evaluate(kmpt, &given, today).unwrap();
    let kept = Example::kept("Not sure about sharing", today, &given, &evaluation);
    assert_eq!(kept.expect.overall, Outcome::NotSure);
    let expected: Vec<(CriterionId, Outcome)> = [
        ("lived-experience", Outcome::Met),
        ("willing-to-share", Outcome::NotSure),
        ("used-services", Outcome::Met),
        (
            "kmpt-twelve-months-without-services",
            Outcome::DependsOnTheDay,
        ),
        ("nvq-level-2", Outcome::Unanswered),
    ]
    .into_iter()
    .map(|(id, outcome)| (CriterionId::new(id), outcome))
    .collect();
    assert_eq!(kept.expect.criteria, expected);
    assert_eq!(run(kmpt, &kept), []);
    let _: &Answers = &kept.answers;
}

#[test]
fn an_outcome_is_written_as_files_write_it_and_said_in_words() {
    for (word, outcome, said) in [
        ("met", Outcome::Met, "met"),
        ("not_met", Outcome::NotMet, "not met"),
        ("not_sure", Outcome::NotSure, "not sure"),
        (
            "depends_on_the_day",
            Outcome::DependsOnTheDay,
            "depends on the day",
        ),
        ("unanswered", Outcome::Unanswered, "unanswered"),
    ] {
        assert_eq!(Outcome::from_word(word), Some(outcome));
        assert_eq!(outcome.word(), word);
        assert_eq!(outcome.to_string(), said);
    }
    assert_eq!(Outcome::from_word("Met"), None);
}

#[test]
fn a_bundle_s_postings_keep_examples_named_inside_it() {
    let mut kmpt: serde_json::Value = serde_json::from_str(posting_file(KMPT).1).unwrap();
    kmpt["examples"][0]["expect"]["overall"] = "passes".into();
    let bundle = serde_json::json!({ "postings": [kmpt] }).to_string();
    let (_, errors) = builtin::load_bundle("jobs.json", &bundle);
    assert_eq!(
        errors[0].to_string(),
        format!("jobs.json: postings[{KMPT}].examples[\"Meets every essential criterion, without the desirable NVQ\"].expect.overall: expected one of \"met\", \"not_met\", \"not_sure\", \"depends_on_the_day\", \"unanswered\", found the text \"passes\"")
    );
}
