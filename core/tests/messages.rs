//! Messages an employer can act on: one mistake gives one message, at a place they can find
//! without counting from zero, saying what to do.

mod util;

use eligibility_core::builtin::{self, QUESTIONS};
use util::{posting_file, KMPT};

/// The one message for a bundle of the KMPT posting and one more (the posting with one edit),
/// loaded as the embed and the validator load it: exactly one, or the test fails with them all.
#[track_caller]
fn only_message(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let kmpt: serde_json::Value = serde_json::from_str(posting_file(KMPT).1).unwrap();
    let mut other = kmpt.clone();
    other["id"] = "kmpt-maidstone-peer-support-worker".into();
    let mut bundle = serde_json::json!({ "postings": [kmpt, other] });
    edit(&mut bundle["postings"][1]);
    only_message_of(&bundle.to_string())
}

#[track_caller]
fn only_message_of(text: &str) -> String {
    let (_, errors) = builtin::load_bundle("jobs.json", text);
    let messages: Vec<String> = errors
        .iter()
        .flat_map(|e| e.to_string().lines().map(str::to_owned).collect::<Vec<_>>())
        .collect();
    assert_eq!(messages.len(), 1, "one mistake, one message: {messages:#?}");
    messages[0].clone()
}

const POSTING: &str = "jobs.json: postings[kmpt-maidstone-peer-support-worker]";

#[test]
fn places_are_named_by_id_or_counted_from_one() {
    // The second posting, with an id that cannot name it: counted from one.
    let message = only_message(|p| p["id"] = "Maidstone 2".into());
    assert!(
        message.starts_with("jobs.json: postings[2].id: expected an id of lower-case letters"),
        "{message}"
    );
    // A criterion by its id, and an item of "meets" by its place from one.
    let message = only_message(|p| p["criteria"][0]["rule"]["meets"][0] = "mine".into());
    assert_eq!(
        message,
        format!(
            "{POSTING}.criteria[lived-experience].rule.meets[1]: expected an option of question \
             \"lived_experience\" (own, carer_only, work_only, none), found the text \"mine\""
        )
    );
}

#[test]
fn a_meets_that_is_not_a_list_is_one_message_not_two() {
    // It was "expected a list" and "reasons is not a field the checker knows", for one mistake.
    let message = only_message(|p| p["criteria"][1]["rule"]["meets"] = "yes".into());
    assert_eq!(
        message,
        format!(
            "{POSTING}.criteria[willing-to-share].rule.meets: expected a list [ ... ] of the options \
             that meet the criterion, found the text \"yes\""
        )
    );
    let message = only_message(|p| {
        p["criteria"][0]["rule"]["meets"] = "own".into();
        p["criteria"][0]["rule"]["reasons"] =
            serde_json::json!({ "none": "You need lived experience." });
    });
    assert!(
        message.contains("criteria[lived-experience].rule.meets: expected a list"),
        "{message}"
    );
}

#[test]
fn an_option_rule_on_a_month_question_is_one_message() {
    let message = only_message(|p| {
        p["criteria"][1]["rule"]["question"] = "last_used_services".into();
    });
    assert_eq!(
        message,
        format!(
            "{POSTING}.criteria[willing-to-share].rule.question: expected a question answered by \
             choosing an option, but \"last_used_services\" is answered with a month and year"
        )
    );
}

#[test]
fn a_misspelt_id_or_field_suggests_the_one_meant() {
    for (edit, expected) in [
        (
            (|p| p["criteria"][4]["rule"]["question"] = "nvq_level2".into()) as fn(&mut serde_json::Value),
            "criteria[nvq-level-2].rule.question: expected the id of a question in the question bank \
             (lived_experience, used_inpatient_services, willing_to_share, last_used_services, \
             nvq_level_2 and 5 more), found \"nvq_level2\": did you mean \"nvq_level_2\"?",
        ),
        (
            |p| p["criteria"][3]["use"] = "kmpt-twelve-month-without-services".into(),
            "criteria[kmpt-twelve-month-without-services].use: expected the id of a shared criterion \
             (kmpt-twelve-months-without-services), found \"kmpt-twelve-month-without-services\": \
             did you mean \"kmpt-twelve-months-without-services\"?",
        ),
        (
            |p| p["criteria"][0]["rule"]["meets"][0] = "Own".into(),
            "criteria[lived-experience].rule.meets[1]: expected an option of question \
             \"lived_experience\" (own, carer_only, work_only, none), found the text \"Own\": did you \
             mean \"own\"?",
        ),
        (
            |p| p["criteria"][5]["class"] = "after-offer".into(),
            "criteria[dbs-check].class: expected one of \"essential\", \"desirable\", \"after_offer\", \
             \"not_checked\", found the text \"after-offer\": did you mean \"after_offer\"?",
        ),
        (
            |p| {
                let closes = p.as_object_mut().unwrap().remove("closes");
                p["closing_date"] = closes.unwrap_or_else(|| "2026-01-31".into());
            },
            "closing_date: this field is not one the checker knows (did you mean \"closes\"?): \
             expected one of $schema, apply_url, area, carer_roles, closes, contract, criteria, employer, examples, id, location, \
             nation, open_for_weeks, pay, published, reference, service, source, starts, summary, \
             title, welsh_language_skills, working_pattern",
        ),
    ] {
        assert_eq!(only_message(edit), format!("{POSTING}.{expected}"));
    }
}

#[test]
fn an_essential_criterion_without_a_rule_suggests_not_checked() {
    let message = only_message(|p| {
        p["criteria"][1].as_object_mut().unwrap().remove("rule");
    });
    assert_eq!(
        message,
        format!(
            "{POSTING}.criteria[willing-to-share].rule: this field is missing: expected a rule, \
             because an essential criterion decides the result; where the checker cannot ask about \
             it, give \"class\": \"not_checked\" instead"
        )
    );
}

#[test]
fn a_misspelt_welsh_field_is_one_message_not_also_welsh_left_out() {
    let message = only_message(|p| {
        p["title"] = serde_json::json!({ "en": "Peer Support Worker", "cy": "Gweithiwr Cymorth" });
        for field in [
            "employer",
            "service",
            "location",
            "pay",
            "contract",
            "working_pattern",
            "summary",
        ] {
            let english = p[field].clone();
            p[field] = serde_json::json!({ "en": english, "cy": english });
        }
        p["title"] = serde_json::json!({ "en": "Peer Support Worker", "cym": "Gweithiwr Cymorth" });
    });
    assert_eq!(
        message,
        format!(
            "{POSTING}.title.cym: this field is not one the checker knows (did you mean \"cy\"?): \
             expected one of cy, en"
        )
    );
}

#[test]
fn curly_quotes_and_a_comma_too_many_say_what_to_type() {
    let text = "{ \"postings\": [\n  { \"id\": \"a\", \"contract\": “Permanent” }\n] }";
    assert_eq!(
        only_message_of(text),
        "jobs.json: expected a JSON document, but it is not valid JSON: found a curly quote “ where \
         JSON needs a straight double quote \": type \" in its place at line 2, column 28"
    );
    let text = "{ \"postings\": [\n  { \"id\": \"a\" },\n] }";
    assert_eq!(
        only_message_of(text),
        "jobs.json: expected a JSON document, but it is not valid JSON: found a comma , after the \
         last item of a list: JSON has none before the ], so take the comma out at line 2, column 16"
    );
}

#[test]
fn a_file_s_questions_are_added_to_the_built_in_ones_and_a_built_in_id_is_refused_naming_both() {
    let right_to_work = serde_json::json!({
        "id": "right_to_work_in_the_uk", "text": "Do you have the right to work in the UK?", "short": "The right to work in the UK",
        "answer": { "kind": "yes_no" }
    });
    let mut posting: serde_json::Value = serde_json::from_str(posting_file(KMPT).1).unwrap();
    posting["criteria"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({
            "id": "right-to-work", "summary": "The right to work in the UK", "class": "essential",
            "rule": { "kind": "answer_in", "question": "right_to_work_in_the_uk", "meets": ["yes"] }
        }));
    // One new question: no need to copy the built-in ones, which the posting still asks.
    let bundle = serde_json::json!({ "questions": [right_to_work], "postings": [posting] });
    let (catalogue, errors) = builtin::load_bundle("jobs.json", &bundle.to_string());
    assert!(errors.is_empty(), "{errors:?}");
    let built_in = builtin::standard_bank().questions().len();
    assert_eq!(catalogue.questions().len(), built_in + 1);
    // Kent and Medway's four, the GP question its month may lead to, and the new one.
    assert_eq!(catalogue.postings()[0].question_ids().len(), 6);

    // A question of its own with a built-in id would stand in for the built-in one unseen.
    let mut lived =
        serde_json::from_str::<serde_json::Value>(QUESTIONS.1).unwrap()["questions"][0].clone();
    lived["text"] = "Have you lived through it?".into();
    let bundle = serde_json::json!({ "questions": [right_to_work, lived], "postings": [] });
    assert_eq!(
        only_message_of(&bundle.to_string()),
        "jobs.json: questions[lived_experience].id: expected an id the questions this file adds to \
         do not use, found \"lived_experience\", which postings/questions.json already gives to a \
         different question: give this one an id of its own, or leave it out to use the one in \
         postings/questions.json"
    );
}

#[test]
fn an_english_only_posting_uses_the_bilingual_built_in_questions_without_welsh_errors() {
    // Its own new question in English only, and the built-in ones in both languages: the
    // all-or-none rule is for the file's own text, which is all English.
    let bundle = serde_json::json!({
        "questions": [{ "id": "right_to_work_in_the_uk", "text": "Do you have the right to work in the UK?",
                        "short": "The right to work in the UK", "answer": { "kind": "yes_no" } }],
        "postings": [serde_json::from_str::<serde_json::Value>(posting_file(KMPT).1).unwrap()]
    });
    let (catalogue, errors) = builtin::load_bundle("jobs.json", &bundle.to_string());
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(catalogue.postings().len(), 1);
    // A copy of every built-in question, with its Welsh, is the built-in question: it neither adds
    // Welsh to the file's own text nor is refused.
    let questions =
        serde_json::from_str::<serde_json::Value>(QUESTIONS.1).unwrap()["questions"].clone();
    let mut with_copies = bundle.clone();
    with_copies["questions"]
        .as_array_mut()
        .unwrap()
        .extend(questions.as_array().unwrap().clone());
    let (catalogue, errors) = builtin::load_bundle("jobs.json", &with_copies.to_string());
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(catalogue.postings().len(), 1);
}

/// Every text of `json` in English only: `{ "en": …, "cy": … }` becomes the English.
fn in_english(json: &mut serde_json::Value) {
    match json {
        serde_json::Value::Object(map) if map.contains_key("en") && map.contains_key("cy") => {
            *json = map["en"].clone();
        }
        serde_json::Value::Object(map) => map.values_mut().for_each(in_english),
        serde_json::Value::Array(items) => items.iter_mut().for_each(in_english),
        _ => {}
    }
}

#[test]
fn a_file_that_copied_the_built_in_questions_in_english_only_still_loads_and_means_the_same() {
    // Before a file's questions were added to the built-in ones, an English-only posting file
    // with questions of its own had to copy them all, and without their Welsh.
    let mut bank = serde_json::from_str::<serde_json::Value>(QUESTIONS.1).unwrap();
    in_english(&mut bank);
    let posting = serde_json::from_str::<serde_json::Value>(posting_file(KMPT).1).unwrap();
    let bundle = serde_json::json!({
        "questions": bank["questions"], "criteria": bank["criteria"], "postings": [posting.clone()]
    });
    let (catalogue, errors) = builtin::load_bundle("jobs.json", &bundle.to_string());
    assert!(errors.is_empty(), "{errors:?}");
    // The same posting as the one read with the built-in questions (both read from this JSON).
    let alone = serde_json::json!({ "postings": [posting] });
    let (built_in, _) = builtin::load_bundle("jobs.json", &alone.to_string());
    assert_eq!(
        catalogue.postings(),
        built_in.postings(),
        "the same posting"
    );
    // Reworded in English, it is another question under a built-in id: refused, as above.
    let mut reworded = bundle.clone();
    reworded["questions"][0]["text"] = "Have you lived through it?".into();
    assert!(
        only_message_of(&reworded.to_string()).contains("already gives to a different question")
    );
}
