//! Loading posting files: bad input gives every problem with file, path and expectation.

mod util;

use eligibility_core::builtin::{self, POSTINGS, QUESTIONS};
use eligibility_core::rules::{Among, LoadError, PostingId, ProblemKind, Source};
use util::{posting_file, KMPT, SWLSTG};

/// The KMPT posting's JSON with one edit applied to it.
fn kmpt_with(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut value: serde_json::Value = serde_json::from_str(posting_file(KMPT).1).unwrap();
    edit(&mut value);
    value.to_string()
}

/// The messages for one bad posting file, loaded beside the good SWLSTG one.
#[track_caller]
fn problems_of(text: &str) -> Vec<String> {
    let (catalogue, errors) = builtin::load(QUESTIONS, &[posting_file(SWLSTG), ("bad.json", text)]);
    assert_eq!(
        catalogue.postings().len(),
        1,
        "the good posting still loads beside a bad one"
    );
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].file(), "bad.json");
    errors[0].to_string().lines().map(str::to_owned).collect()
}

#[track_caller]
fn assert_problem(problems: &[String], expected: &str) {
    assert!(
        problems.iter().any(|p| p == expected),
        "expected the problem\n  {expected}\namong\n  {}",
        problems.join("\n  ")
    );
}

/// Each problem in a bad posting file as its path and kind, for tests where the words are not the
/// point.
fn kinds_of(text: &str) -> Vec<(String, ProblemKind)> {
    let (_, errors) = builtin::load(QUESTIONS, &[("bad.json", text)]);
    errors
        .iter()
        .flat_map(LoadError::problems)
        .map(|p| (p.path.clone(), p.kind.clone()))
        .collect()
}

#[test]
fn each_problem_is_a_kind_at_a_path() {
    use eligibility_core::rules::{Expected, Found, Thing, Things};
    use serde_json::json;
    use ProblemKind as K;
    type Edit = fn(&mut serde_json::Value);
    type IsKind = fn(&ProblemKind) -> bool;
    #[rustfmt::skip]
    let cases: &[(Edit, &str, IsKind)] = &[
        (|v| drop(v.as_object_mut().unwrap().remove("title")), "title", |k| matches!(k, K::Missing { expected: Expected::Text })),
        (|v| v["titel"] = json!("Peer Support Worker"), "titel", |k| matches!(k, K::UnknownField { known, .. } if known.contains(&"title")) && k.meant() == Some("title")),
        (|v| v["criteria"][0]["class"] = json!("vital"), "criteria[lived-experience].class", |k| matches!(k, K::Expected { expected: Expected::OneOf(_), found: Found::Text(t) } if t == "vital")),
        (|v| v["criteria"] = json!([]), "criteria", |k| matches!(k, K::EmptyList { expected: Expected::List(Things::Criteria) })),
        (|v| v["criteria"][0] = json!(7), "criteria[1]", |k| matches!(k, K::Expected { expected: Expected::Object(Thing::Criterion), found: Found::Number(_) })),
        (|v| v["published"] = json!("10/11/2025"), "published", |k| matches!(k, K::Expected { expected: Expected::Date, .. })),
        (|v| v["apply_url"] = json!("javascript:alert(1)"), "apply_url", |k| matches!(k, K::Expected { expected: Expected::WebAddress, .. })),
        (|v| v["criteria"][0]["rule"]["question"] = json!("no_such"), "criteria[lived-experience].rule.question", |k| matches!(k, K::Expected { expected: Expected::Question(_), found: Found::Id(id) } if id == "no_such")),
        (|v| v["criteria"][1]["id"] = json!("lived-experience"), "criteria[2].id", |k| matches!(k, K::Repeated { among: Among::Criteria, .. })),
        (|v| v["closes"] = json!("2020-01-01"), "closes", |k| matches!(k, K::ClosesBeforePublished { .. })),
        (|v| v["title"] = json!("Peer\u{202E}Support"), "title", |k| matches!(k, K::HiddenCharacter { code: 0x202E, at: 5 })),
        (|v| v["title"] = json!("Peer\u{200B}Support"), "title", |k| matches!(k, K::HiddenCharacter { code: 0x200B, at: 5 })),
        (|v| v["criteria"][0]["summary"] = json!("One\u{2028}two"), "criteria[lived-experience].summary", |k| matches!(k, K::HiddenCharacter { code: 0x2028, at: 4 })),
        (|v| v["employer"] = json!({ "en": "Trust\u{FEFF}", "cy": "Ymddiriedolaeth" }), "employer.en", |k| matches!(k, K::HiddenCharacter { code: 0xFEFF, at: 6 })),
        (|v| v["apply_url"] = json!("https://www.jobs.nhs.uk@evil.example/apply"), "apply_url", |k| matches!(k, K::UserNameInAddress { .. })),
        (|v| v["apply_url"] = json!("https://www.jobs.nhs.uk\u{200E}/apply"), "apply_url", |k| matches!(k, K::HiddenCharacter { code: 0x200E, at: 24 })),
        (|v| v["criteria"][0]["rule"]["reasons"]["own"] = json!("Why"), "criteria[lived-experience].rule.reasons.own", |k| matches!(k, K::ReasonForMeetingOption { .. })),
    ];
    for (edit, path, is_kind) in cases {
        let problems = kinds_of(&kmpt_with(edit));
        assert!(
            problems.iter().any(|(p, kind)| p == path && is_kind(kind)),
            "expected a problem of the kind at {path}, found {problems:?}"
        );
    }
}

#[test]
fn the_built_in_postings_load_without_problems() {
    let (catalogue, errors) = builtin::catalogue();
    assert_eq!(errors, Vec::<LoadError>::new());
    let ids: Vec<&str> = catalogue.postings().iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "kmpt-dartford-womens-picu-peer-support-worker",
            "swlstg-ward1-picu-peer-support-worker"
        ],
        "every file in postings/, in file-name order"
    );
    let kmpt = catalogue
        .posting(&PostingId::new(
            "kmpt-dartford-womens-picu-peer-support-worker",
        ))
        .unwrap();
    assert_eq!(kmpt.reference.as_deref(), Some("380-AC"));
    assert_eq!(
        kmpt.published.map(|d| d.to_string()).as_deref(),
        Some("2025-11-10")
    );
}

#[test]
fn text_that_is_not_json_names_the_file_and_the_position() {
    let problems = problems_of("{ \"id\": \"x\", }");
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].starts_with("bad.json: expected a JSON document, but it is not valid JSON: "),
        "{problems:?}"
    );
    assert_eq!(
        problems[0],
        "bad.json: expected a JSON document, but it is not valid JSON: \
         found a comma , after the last field of an object: JSON has none before the }, so take \
         the comma out at line 1, column 12"
    );
}

#[test]
fn every_problem_in_a_file_is_named_with_its_path() {
    let text = kmpt_with(|v| {
        v["published"] = "10/11/2025".into();
        v["title"] = serde_json::Value::Null;
        v["titel"] = "Peer Support Worker".into();
        v["apply_url"] = "javascript:alert(1)".into();
        v["criteria"][0]["class"] = "esential".into();
        v["criteria"][3]["use"] = "twelve-months".into();
        v["criteria"][0]["rule"]["meets"][0] = "mine".into();
        v["criteria"][5]["rule"] =
            serde_json::json!({"kind": "answer_in", "question": "nvq_level_2", "meets": ["yes"]});
        v["criteria"][6]["rule"] =
            serde_json::json!({"kind": "answer_in", "question": "nvq_level_2", "meets": ["yes"]});
        v["open_for_weeks"] = "eight".into();
        v["starts"] = "March 2026".into();
    });
    let problems = problems_of(&text);
    assert_problem(
        &problems,
        "bad.json: title: this field is missing: expected some text",
    );
    assert_problem(&problems, "bad.json: titel: this field is not one the checker knows (did you mean \"title\"?): expected one of $schema, apply_url, area, carer_roles, closes, contract, criteria, employer, examples, id, location, nation, open_for_weeks, pay, published, reference, service, source, starts, summary, title, welsh_language_skills, working_pattern");
    assert_problem(&problems, "bad.json: published: expected a date written YYYY-MM-DD, like \"2025-09-16\", found the text \"10/11/2025\"");
    assert_problem(&problems, "bad.json: apply_url: expected a web address starting \"https://\", found the text \"javascript:alert(1)\"");
    assert_problem(&problems, "bad.json: criteria[lived-experience].class: expected one of \"essential\", \"desirable\", \"after_offer\", \"not_checked\", found the text \"esential\": did you mean \"essential\"?");
    assert_problem(&problems, "bad.json: criteria[lived-experience].rule.meets[1]: expected an option of question \"lived_experience\" (own, carer_only, work_only, none), found the text \"mine\"");
    assert_problem(&problems, "bad.json: criteria[twelve-months].use: expected the id of a shared criterion (kmpt-twelve-months-without-services), found \"twelve-months\"");
    assert_problem(&problems, "bad.json: criteria[dbs-check].rule: expected no rule: an after-offer check is shown as information and never asked about");
    assert_problem(&problems, "bad.json: criteria[job-description].rule: expected no rule: a criterion the check does not ask about is named and never asked about");
    assert_problem(&problems, "bad.json: open_for_weeks: expected a whole number of weeks from 1 to 520, like 8, found the text \"eight\"");
    assert_problem(&problems, "bad.json: starts: expected a month written YYYY-MM, like \"2026-03\", found the text \"March 2026\"");
    assert_eq!(problems.len(), 11, "{problems:#?}");
}

#[test]
fn rules_must_fit_their_questions() {
    let text = kmpt_with(|v| {
        v["criteria"][1]["rule"]["question"] = "willing_to_shar".into();
        v["criteria"][2]["rule"]["question"] = "willing_to_share".into();
        v["criteria"][4]["rule"]["question"] = "last_used_services".into();
        v["criteria"][0]["rule"]["reasons"]["own"] = "x".into();
    });
    let problems = problems_of(&text);
    assert_problem(&problems, "bad.json: criteria[willing-to-share].rule.question: expected the id of a question in the question bank (lived_experience, used_inpatient_services, willing_to_share, last_used_services, nvq_level_2 and 5 more), found \"willing_to_shar\": did you mean \"willing_to_share\"?");
    assert_problem(&problems, "bad.json: criteria[used-services].rule.question: expected a question answered with a month and year, but \"willing_to_share\" is answered by choosing an option");
    assert_problem(&problems, "bad.json: criteria[nvq-level-2].rule.question: expected a question answered by choosing an option, but \"last_used_services\" is answered with a month and year");
    assert_problem(&problems, "bad.json: criteria[lived-experience].rule.reasons.own: expected a reason only for options that do not meet the criterion, but \"own\" is listed in \"meets\"");
}

#[test]
fn essential_criteria_need_a_rule_and_postings_need_an_essential_criterion() {
    let text = kmpt_with(|v| {
        v["criteria"][1].as_object_mut().unwrap().remove("rule");
    });
    assert_problem(&problems_of(&text), "bad.json: criteria[willing-to-share].rule: this field is missing: expected a rule, because an essential criterion decides the result; where the checker cannot ask about it, give \"class\": \"not_checked\" instead");

    let text = kmpt_with(|v| {
        let criteria = v["criteria"].as_array_mut().unwrap();
        // Every essential criterion, written out or used from the bank.
        criteria.retain(|c| c["class"] == "desirable" || c["class"] == "after_offer");
    });
    assert_problem(&problems_of(&text), "bad.json: criteria: expected at least one criterion with \"class\": \"essential\": they are what the checker checks");
}

#[test]
fn ids_must_be_unique() {
    let text = kmpt_with(|v| v["criteria"][1]["id"] = "lived-experience".into());
    assert_problem(&problems_of(&text), "bad.json: criteria[2].id: expected an id no other criterion of this posting has, found \"lived-experience\" a second time");

    let (catalogue, errors) = builtin::load(
        QUESTIONS,
        &[posting_file(KMPT), ("copy.json", posting_file(KMPT).1)],
    );
    assert_eq!(catalogue.postings().len(), 1);
    assert_eq!(errors[0].to_string(), "copy.json: id: expected an id no other posting has, found \"kmpt-dartford-womens-picu-peer-support-worker\", which an earlier posting already uses");
}

#[test]
fn a_closing_date_before_publication_is_a_problem() {
    let text = kmpt_with(|v| v["closes"] = "2025-11-09".into());
    assert_problem(&problems_of(&text), "bad.json: closes: expected a closing date on or after the published date 2025-11-10, found 2025-11-09");
}

#[test]
fn wrong_shapes_are_named_not_panicked_on() {
    for (text, expected) in [
        (
            "[]",
            "bad.json: expected a posting written as an object { ... }, found a list of 0 item(s)",
        ),
        (
            "null",
            "bad.json: expected a posting written as an object { ... }, found null",
        ),
        (
            "\"posting\"",
            "bad.json: expected a posting written as an object { ... }, found the text \"posting\"",
        ),
    ] {
        assert_eq!(problems_of(text), [expected]);
    }
    let text = kmpt_with(|v| v["criteria"] = serde_json::json!([]));
    assert_problem(
        &problems_of(&text),
        "bad.json: criteria: expected a list [ ... ] of criteria, found an empty list",
    );
    let text = kmpt_with(|v| v["criteria"][2] = 7.into());
    assert_problem(&problems_of(&text), "bad.json: criteria[3]: expected a criterion written as an object { ... }, found the number 7");
    // Links: https, or plain http to this computer only, exactly.
    for (url, fine) in [
        ("https://www.kmpt.nhs.uk/", true),
        ("http://localhost:8080/careers/", true),
        ("http://127.0.0.1/jobs", true),
        ("http://localhost", true),
        ("http://www.kmpt.nhs.uk/", false),
        ("http://localhost.evil.example/", false),
        ("http://localhost@evil.example/", false),
        ("http://127.0.0.1.evil.example/", false),
        ("http://localhost:8080@evil.example/", false),
        ("https://", false),
        ("https://www.jobs.nhs.uk@evil.example/apply", false),
        ("https://user:pass@www.jobs.nhs.uk/", false),
        ("https://www.jobs.nhs.uk/apply?by=jane@example.com", true),
        ("https://www.jobs.nhs.uk\u{200B}/apply", false),
        ("https://www.jobs.nhs.uk/apply\u{FEFF}", false),
        ("https://www.jobs.nhs.uk/\u{202E}ylppa", false),
        ("https://www.jobs.nhs.uk/\u{2063}", false),
        ("javascript:alert(1)", false),
    ] {
        assert_eq!(
            eligibility_core::rules::load::is_web_address(url),
            fine,
            "{url}"
        );
    }
    for (url, host) in [
        (
            "https://www.jobs.nhs.uk:443/apply?by=a@b",
            "www.jobs.nhs.uk",
        ),
        ("https://a@evil.example", "evil.example"),
        ("http://localhost:8080", "localhost"),
        ("https://evil.example\\@www.jobs.nhs.uk/", "evil.example"),
    ] {
        assert_eq!(eligibility_core::rules::load::host(url), host, "{url}");
    }
    // A user name before the host sends the link to the host after the '@'.
    let text = kmpt_with(|v| v["apply_url"] = "https://www.jobs.nhs.uk@evil.example/apply".into());
    assert_problem(&problems_of(&text), "bad.json: apply_url: expected a web address with no user name before the host, found \"https://www.jobs.nhs.uk@evil.example/apply\", which goes to evil.example");
    // Invisible characters are named, and written so that an editor can see them.
    let text = kmpt_with(|v| v["apply_url"] = "https://www.jobs.nhs.uk\u{200B}/".into());
    assert_problem(&problems_of(&text), "bad.json: apply_url: expected text without control, invisible or direction characters, found U+200B at character 24");
    assert_eq!(
        eligibility_core::rules::Quoted("a\u{200B}b\u{2028}c\u{202E}d\u{FEFF}").to_string(),
        "\"a\\u200bb\\u2028c\\u202ed\\ufeff\""
    );
    // The prompt for the applicant's notes: text, or false for nothing to write; never true.
    for (prompt, found) in [
        (serde_json::json!(true), "true"),
        (serde_json::json!(3), "the number 3"),
    ] {
        let text = kmpt_with(|v| v["criteria"][0]["evidence_prompt"] = prompt);
        assert_problem(&problems_of(&text), &format!("bad.json: criteria[lived-experience].evidence_prompt: expected some text, or false where there is nothing for the applicant to write, found {found}"));
    }
    let text = kmpt_with(|v| v["criteria"][0]["evidence_prompt"] = " ".into());
    assert_problem(
        &problems_of(&text),
        "bad.json: criteria[lived-experience].evidence_prompt: expected some text, found the text \" \"",
    );
}

#[test]
fn a_bad_question_bank_loads_no_postings_and_says_why() {
    let questions = (
        "questions.json",
        r#"{"questions": [{"id": "a", "text": "A?", "short": "A", "answer": {"kind": "one_of", "options": [{"id": "x", "label": "X"}]}}, {"id": "a", "text": "B?", "short": "B", "answer": {"kind": "sometimes"}}]}"#,
    );
    let (catalogue, errors) = builtin::load(questions, POSTINGS);
    assert!(catalogue.postings().is_empty());
    let messages = errors[0].to_string();
    assert_eq!(
        messages,
        [
            "questions.json: questions[1].answer.options: expected at least two options to choose from",
            "questions.json: questions[2].answer.kind: expected one of \"yes_no\", \"one_of\", \"month_year\", found the text \"sometimes\"",
        ]
        .join("\n")
    );
}

/// The built-in questions and postings as one bundle, with one edit applied.
fn bundle_with(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut bundle: serde_json::Value = serde_json::from_str(QUESTIONS.1).unwrap();
    let postings: Vec<serde_json::Value> = [posting_file(SWLSTG).1, posting_file(KMPT).1]
        .iter()
        .map(|text| serde_json::from_str(text).unwrap())
        .collect();
    bundle["postings"] = postings.into();
    edit(&mut bundle);
    bundle.to_string()
}

#[test]
fn a_bundle_of_questions_and_postings_loads_like_separate_files() {
    let (catalogue, errors) = builtin::load_bundle("page", &bundle_with(|_| {}));
    assert_eq!(errors, Vec::<LoadError>::new());
    assert_eq!(catalogue.postings().len(), 2);
    assert_eq!(
        catalogue.questions().len(),
        builtin::standard_bank().questions().len()
    );
}

#[test]
fn problems_in_a_bundle_are_named_by_their_path_inside_it() {
    let text = bundle_with(|v| {
        v["postings"][1]["criteria"][0]["class"] = "must".into();
        v["postings"][0]["id"] = v["postings"][1]["id"].clone();
    });
    let (catalogue, errors) = builtin::load_bundle("page", &text);
    assert_eq!(catalogue.postings().len(), 1);
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        ["page: postings[2].criteria[lived-experience].class: expected one of \"essential\", \"desirable\", \"after_offer\", \"not_checked\", found the text \"must\""]
    );

    let text = bundle_with(|v| v["questions"][0]["answer"]["kind"] = "free_text".into());
    let (catalogue, errors) = builtin::load_bundle("page", &text);
    assert!(catalogue.postings().is_empty());
    assert_eq!(errors[0].to_string(), "page: questions[lived_experience].answer.kind: expected one of \"yes_no\", \"one_of\", \"month_year\", found the text \"free_text\"");
}

#[test]
fn a_bundle_of_the_wrong_shape_says_what_shape_is_expected() {
    for (text, expected) in [
        ("[]", "page: expected an object { \"questions\": [ ... ], \"postings\": [ ... ] }, found a list of 0 item(s)"),
        ("{\"questions\": []}", "page: postings: this field is missing: expected a list [ ... ] of postings"),
        ("{\"postings\": {}}", "page: postings: expected a list [ ... ] of postings, found an object { ... }"),
        ("{\"postings\": [], \"jobs\": []}", "page: jobs: this field is not one the checker knows: expected one of criteria, postings, questions"),
        ("not json", "page: expected a JSON document, but it is not valid JSON: expected a value (text in double quotes, a number, true, false, null, [ or {) at line 1, column 1"),
    ] {
        let (_, errors) = builtin::load_bundle("page", text);
        assert_eq!(errors.len(), 1, "{text}");
        assert_eq!(errors[0].to_string(), expected, "{text}");
    }
}

#[test]
fn an_unknown_rule_kind_is_one_problem_not_several() {
    let text = kmpt_with(|v| v["criteria"][0]["rule"]["kind"] = "answer_is".into());
    assert_eq!(
        problems_of(&text),
        ["bad.json: criteria[lived-experience].rule.kind: expected one of \"answer_in\", \"months_since\", \"has_happened\", \"within_months\", \"any_of\", \"all_of\", found the text \"answer_is\": did you mean \"answer_in\"?"]
    );
}

#[test]
fn a_bundle_without_questions_uses_the_standard_question_bank() {
    let text = bundle_with(|v| {
        v.as_object_mut().unwrap().remove("questions");
        v.as_object_mut().unwrap().remove("criteria");
    });
    let (catalogue, errors) = builtin::load_bundle("page", &text);
    assert_eq!(errors, Vec::<LoadError>::new());
    assert_eq!(catalogue.postings().len(), 2);
    assert_eq!(
        catalogue.questions().len(),
        builtin::standard_bank().questions().len()
    );
}

/// The question bank with one edit applied to it.
fn bank_with(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut value: serde_json::Value = serde_json::from_str(QUESTIONS.1).unwrap();
    edit(&mut value);
    value.to_string()
}

#[test]
fn a_criterion_in_the_bank_is_written_once_and_used_by_id() {
    let catalogue = util::catalogue();
    let shared = &catalogue.shared_criteria()[0];
    assert_eq!(shared.id.as_str(), "kmpt-twelve-months-without-services");
    let kmpt = util::posting(&catalogue, KMPT);
    assert_eq!(
        &kmpt.criteria[3], shared,
        "the posting has the bank's criterion, whole"
    );

    // A second posting uses the same clause, and an edit to the bank reaches both.
    // (24 months: the GP question, which names 12, goes, and the test cases that answer it.)
    let first = kmpt_with(|v| drop(v.as_object_mut().unwrap().remove("examples")));
    let second = kmpt_with(|v| {
        v["id"] = "kmpt-another-ward".into();
        v.as_object_mut().unwrap().remove("examples");
    });
    let bank = bank_with(|v| {
        v["criteria"][0]["rule"]["months"] = 24.into();
        let rule = v["criteria"][0]["rule"].as_object_mut().unwrap();
        rule.remove("unless_only");
    });
    let (catalogue, errors) = builtin::load(
        ("questions.json", &bank),
        &[("first.json", &first), ("second.json", &second)],
    );
    assert_eq!(errors, Vec::<LoadError>::new());
    for posting in catalogue.postings() {
        assert_eq!(
            posting.criteria[3].rule,
            Some(eligibility_core::rules::Rule::MonthsSince {
                question: "last_used_services".into(),
                months: 24,
                unless_only: None,
            }),
            "{}",
            posting.id.as_str()
        );
    }
}

#[test]
fn using_a_shared_criterion_is_checked_like_any_field() {
    let text = kmpt_with(|v| v["criteria"][3]["class"] = "desirable".into());
    assert_eq!(
        problems_of(&text),
        ["bad.json: criteria[kmpt-twelve-months-without-services].class: this field is not one the checker knows: expected one of use"]
    );
    let text = kmpt_with(|v| v["criteria"][3]["use"] = "Twelve months".into());
    assert_eq!(
        problems_of(&text),
        ["bad.json: criteria[4].use: expected an id of lower-case letters, digits, '-' and '_', like \"lived_experience\", found the text \"Twelve months\""]
    );
    let text = kmpt_with(|v| {
        v["criteria"][2] = serde_json::json!({"use": "kmpt-twelve-months-without-services"})
    });
    assert_eq!(
        problems_of(&text),
        ["bad.json: criteria[4].id: expected an id no other criterion of this posting has, found \"kmpt-twelve-months-without-services\" a second time"]
    );
}

#[test]
fn shared_criteria_are_checked_in_the_bank_file() {
    let bank = bank_with(|v| {
        v["criteria"][0]["rule"]["months"] = "twelve".into();
        let copy = v["criteria"][0].clone();
        v["criteria"].as_array_mut().unwrap().push(copy);
        v["criteria"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({"use": "kmpt-twelve-months-without-services"}));
    });
    let (catalogue, errors) = builtin::load(("q.json", &bank), &[posting_file(KMPT)]);
    assert!(
        catalogue.postings().is_empty(),
        "no posting loads against a bad bank"
    );
    assert_eq!(
        errors.iter().map(|e| e.to_string()).collect::<Vec<_>>(),
        ["q.json: criteria[1].rule.months: expected a whole number of months from 1 to 1200, like 12, found the text \"twelve\"\n\
          q.json: criteria[2].rule.months: expected a whole number of months from 1 to 1200, like 12, found the text \"twelve\"\n\
          q.json: criteria[3].use: expected a criterion written out in full: a shared criterion cannot use another"]
    );

    let bank = bank_with(|v| {
        let copy = v["criteria"][0].clone();
        v["criteria"].as_array_mut().unwrap().push(copy);
    });
    let (_, errors) = builtin::load(("q.json", &bank), &[]);
    assert_eq!(errors[0].to_string(), "q.json: criteria[2].id: expected an id no other shared criterion has, found \"kmpt-twelve-months-without-services\" a second time");

    let bank = bank_with(|v| {
        v.as_object_mut().unwrap().remove("criteria");
    });
    let (_, errors) = builtin::load(("q.json", &bank), &[posting_file(KMPT)]);
    assert_eq!(errors[0].to_string(), "postings/kmpt-dartford-womens-picu-peer-support-worker.json: criteria[kmpt-twelve-months-without-services].use: expected the id of a shared criterion, but the question bank shares none, found \"kmpt-twelve-months-without-services\"");
}

#[test]
fn a_bundle_without_questions_adds_its_own_shared_criteria_to_the_standard_ones() {
    let own = serde_json::json!({
        "id": "six-months-without-services",
        "summary": "Six months without using mental health services",
        "class": "essential",
        "rule": {"kind": "months_since", "question": "last_used_services", "months": 6}
    });
    let text = bundle_with(|v| {
        v.as_object_mut().unwrap().remove("questions");
        v["criteria"] = serde_json::json!([own]);
        v["postings"][0]["criteria"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({"use": "six-months-without-services"}));
    });
    let (catalogue, errors) = builtin::load_bundle("page", &text);
    assert_eq!(errors, Vec::<LoadError>::new());
    let ids: Vec<&str> = catalogue
        .shared_criteria()
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "kmpt-twelve-months-without-services",
            "six-months-without-services"
        ]
    );
    assert_eq!(catalogue.postings().len(), 2);

    // Its own may not take the id of a standard one for a different criterion, which would stand
    // in for it unseen: both places are named. A copy of the standard one is that one.
    let text = bundle_with(|v| {
        v.as_object_mut().unwrap().remove("questions");
        v["criteria"][0]["rule"]["months"] = 6.into();
        let rule = v["criteria"][0]["rule"].as_object_mut().unwrap();
        rule.remove("unless_only");
    });
    let (catalogue, errors) = builtin::load_bundle("page", &text);
    assert!(catalogue.postings().is_empty());
    assert_eq!(errors[0].to_string(), "page: criteria[kmpt-twelve-months-without-services].id: expected an id the shared criteria this file adds to do not use, found \"kmpt-twelve-months-without-services\", which postings/questions.json already gives to a different shared criterion: give this one an id of its own, or leave it out to use the one in postings/questions.json");
    let copied = bundle_with(|v| {
        v.as_object_mut().unwrap().remove("questions");
    });
    let (catalogue, errors) = builtin::load_bundle("page", &copied);
    assert_eq!(errors, Vec::<LoadError>::new());
    assert_eq!(
        catalogue.shared_criteria().len(),
        1,
        "the copy is the standard one"
    );
}

#[test]
fn text_in_messages_shows_every_character_an_editor_cannot_see() {
    use eligibility_core::rules::{Found, Json};
    for (text, words) in [
        ("tab\there", r#"the text "tab\there""#),
        ("del\u{7f}", r#"the text "del\u007f""#),
        ("c1\u{85}", r#"the text "c1\u0085""#),
        ("bell\u{7}", r#"the text "bell\u0007""#),
    ] {
        assert_eq!(
            Found::of(&Json::String(text.into())).to_string(),
            words,
            "{text:?}"
        );
    }
}

#[test]
fn numbers_in_messages_are_written_as_the_editor_wrote_them() {
    use eligibility_core::rules::{Found, Json};
    for (n, words) in [
        (7.0, "the number 7"),
        (-1.5, "the number -1.5"),
        (0.25, "the number 0.25"),
        (12.000001, "the number 12.000001"),
        (1200.0000001, "the number 1200"),
        (-0.0000001, "the number 0"),
        (2.9999999, "the number 3"),
        (-40.0000006, "the number -40.000001"),
        (0.000001, "the number 0.000001"),
        (123456789.5, "the number 123456789.5"),
        (1e20, "the number too large to write out"),
    ] {
        assert_eq!(Found::of(&Json::Number(n)).to_string(), words, "{n}");
    }
}

#[test]
fn display_text_refuses_control_characters_and_direction_overrides() {
    for (text, found) in [
        ("Peer \u{202E}Support", "U+202E at character 6"),
        ("\u{2066}Peer Support", "U+2066 at character 1"),
        ("Peer Support\u{7}", "U+0007 at character 13"),
        ("Peer\u{0}Support", "U+0000 at character 5"),
        ("Peer\u{85}Support", "U+0085 at character 5"),
    ] {
        let problems = problems_of(&kmpt_with(|v| v["title"] = text.into()));
        assert_eq!(
            problems,
            [format!(
                "bad.json: title: expected text without control, invisible or direction characters, found {found}"
            )],
            "{text:?}"
        );
    }
    // Line breaks, tabs and right-to-left marks are text like any other.
    for text in ["Peer\nSupport", "Peer\tSupport", "\u{200F}Peer Support"] {
        let file = kmpt_with(|v| v["summary"] = text.into());
        let (_, errors) = builtin::load(QUESTIONS, &[("ok.json", file.as_str())]);
        assert!(errors.is_empty(), "{text:?}: {errors:?}");
    }
    // Reasons and the question bank's words are display text too.
    let problems = problems_of(&kmpt_with(|v| {
        v["criteria"][0]["rule"]["reasons"]["work_only"] = "\u{202D}reversed".into();
    }));
    assert_eq!(
        problems,
        ["bad.json: criteria[lived-experience].rule.reasons.work_only: expected text without control, invisible or direction characters, found U+202D at character 1"]
    );
}

#[test]
fn lists_of_ids_in_a_message_stop_after_a_few_however_many_there_are() {
    // A bank sharing 40 criteria and a posting naming none of them: the message names five.
    let shared: Vec<serde_json::Value> = (0..40)
        .map(|i| serde_json::json!({ "id": format!("c{i}"), "summary": "C", "class": "after_offer" }))
        .collect();
    let bundle = serde_json::json!({ "criteria": shared, "postings": [
        serde_json::from_str::<serde_json::Value>(&kmpt_with(|v| v["criteria"][3] = serde_json::json!({ "use": "nope" }))).unwrap()
    ] });
    let (_, errors) = builtin::load_bundle("page", &bundle.to_string());
    assert_eq!(
        errors[0].to_string(),
        "page: postings[kmpt-dartford-womens-picu-peer-support-worker].criteria[nope].use: expected the id of a shared criterion \
         (kmpt-twelve-months-without-services, c0, c1, c2, c3 and 36 more), found \"nope\""
    );
    // A question of 100 options, and a rule naming one it does not have.
    let options: Vec<serde_json::Value> = (0..100)
        .map(|i| serde_json::json!({ "id": format!("o{i}"), "label": "O" }))
        .collect();
    let bundle = serde_json::json!({
        "questions": [{ "id": "q", "text": "Q?", "short": "Q", "answer": { "kind": "one_of", "options": options } }],
        "postings": [serde_json::from_str::<serde_json::Value>(&kmpt_with(|v| {
            v["criteria"] = serde_json::json!([{ "id": "c", "summary": "C", "class": "essential",
                "rule": { "kind": "answer_in", "question": "q", "meets": ["o200"] } }]);
        })).unwrap()]
    });
    let (_, errors) = builtin::load_bundle("page", &bundle.to_string());
    assert_eq!(
        errors[0].to_string(),
        "page: postings[kmpt-dartford-womens-picu-peer-support-worker].criteria[c].rule.meets[1]: \
         expected an option of question \"q\" (o0, o1, o2, o3, o4 and 95 more), found the text \
         \"o200\": did you mean \"o20\"?"
    );
}

#[test]
fn a_file_of_thousands_of_bad_entries_names_each_in_a_message_of_its_own_size() {
    // Thousands of postings each using an unknown id of thousands of shared criteria: every
    // message stays short, so the problems grow with the file, not with its square.
    let n = 2_000;
    let shared: Vec<serde_json::Value> = (0..n)
        .map(|i| serde_json::json!({ "id": format!("c{i}"), "summary": "C", "class": "after_offer" }))
        .collect();
    let postings: Vec<serde_json::Value> = (0..n)
        .map(|i| serde_json::json!({ "id": format!("p{i}"), "criteria": [{ "use": format!("x{i}") }] }))
        .collect();
    let bundle = serde_json::json!({ "criteria": shared, "postings": postings });
    let (_, errors) = builtin::load_bundle("page", &bundle.to_string());
    assert_eq!(errors.len(), n);
    let longest = errors
        .iter()
        .flat_map(|e| e.problems())
        .map(|p| p.to_string().len())
        .max();
    assert!(longest < Some(200), "{longest:?}");
}

#[test]
fn the_built_in_data_keeps_a_field_given_twice_for_the_loader_to_refuse() {
    // The page's built-in data is made by the same code the tests load it through: a mistake in a
    // posting file reaches the page as written, not silently mended (JSON.parse keeps the last).
    let (_, kmpt) = posting_file(KMPT);
    let twice = kmpt.replacen(r#""title""#, r#""title": "Twice", "title""#, 1);
    assert_ne!(twice, kmpt);
    let data = builtin::data_of(builtin::QUESTIONS.1, &[&twice]);
    let (bank, postings) = builtin::parts(&Source::parse(builtin::DATA_FILE, &data));
    for part in [&bank, &postings] {
        assert_eq!(part.file, builtin::DATA_FILE);
        let cause = part.json.as_ref().unwrap_err().to_string();
        assert!(
            cause.contains(r#"the field "title" is given twice"#),
            "{cause}"
        );
    }
    // The built-in data as shipped loads every built-in posting.
    let (catalogue, errors) = builtin::catalogue();
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(catalogue.postings().len(), builtin::POSTINGS.len());
}

#[test]
fn text_longer_than_its_field_allows_is_named_with_its_length() {
    type Edit = fn(&mut serde_json::Value);
    let long = |n: usize| serde_json::Value::from("a".repeat(n));
    #[rustfmt::skip]
    let cases: &[(Edit, &str)] = &[
        (|v| v["title"] = "a".repeat(201).into(), "title: expected at most 200 characters of text, found 201"),
        (|v| v["employer"] = serde_json::json!({ "en": "Trust", "cy": "a".repeat(131_072) }), "employer.cy: expected at most 200 characters of text, found 131072"),
        (|v| v["reference"] = "a".repeat(201).into(), "reference: expected at most 200 characters of text, found 201"),
        (|v| v["criteria"][0]["summary"] = "a".repeat(2001).into(), "criteria[lived-experience].summary: expected at most 2000 characters of text, found 2001"),
        (|v| v["criteria"][0]["quote"] = "a".repeat(2001).into(), "criteria[lived-experience].quote: expected at most 2000 characters of text, found 2001"),
    ];
    for (edit, problem) in cases {
        assert_eq!(
            problems_of(&kmpt_with(edit)),
            [format!("bad.json: {problem}")]
        );
    }
    // Up to the cap, counted in characters once trimmed, is fine.
    let text = kmpt_with(|v| {
        v["title"] = long(200);
        v["location"] = format!("  {}  ", "é".repeat(200)).into();
        v["criteria"][0]["summary"] = long(2000);
    });
    let (_, errors) = builtin::load(QUESTIONS, &[("fine.json", &text)]);
    assert_eq!(errors, Vec::<LoadError>::new());
}

#[test]
fn the_console_s_short_words_name_each_problem_with_its_place_and_what_was_found() {
    use eligibility_core::rules::{Expected, Found, ProblemKind as K};
    for (kind, short) in [
        (
            K::Missing {
                expected: Expected::Text,
            },
            "missing",
        ),
        (
            K::Expected {
                expected: Expected::Text,
                found: Found::Bool(true),
            },
            "not what this field holds: found true",
        ),
        (
            K::Expected {
                expected: Expected::OneOf(&["essential", "desirable"]),
                found: Found::Text("esential".into()),
            },
            // "Did you mean" is the full words' (the validator's): the console's are short.
            "not what this field holds: found the text \"esential\"",
        ),
        (
            K::UnknownField {
                known: vec!["closes", "title"],
                given: "titel".into(),
            },
            "not a field the checker knows",
        ),
        (
            K::HiddenCharacter {
                code: 0x202e,
                at: 4,
            },
            "a hidden character, U+202E, at character 4",
        ),
        (
            K::TooLong {
                length: 300,
                limit: 200,
            },
            "too long: 300 characters, at most 200",
        ),
        (K::NoWelsh, "no Welsh beside the English"),
        (
            K::EssentialWithoutRule,
            "an essential criterion without a rule",
        ),
        (
            K::NotMonthQuestion {
                question: "lived_experience".into(),
            },
            "not a month question: \"lived_experience\"",
        ),
        (
            K::NotJson {
                cause: "expected a value at line 1, column 2".into(),
            },
            "not valid JSON: expected a value at line 1, column 2",
        ),
    ] {
        assert_eq!(kind.brief().to_string(), short, "{kind:?}");
    }
}

#[test]
fn the_gp_question_names_twelve_months_so_only_a_rule_of_twelve_months_may_ask_it() {
    let twelve_with = |months: u32, gp: bool| {
        kmpt_with(|v| {
            let mut rule = serde_json::json!({
                "kind": "months_since", "question": "last_used_services", "months": months,
            });
            if gp {
                rule["unless_only"] = "gp_or_medicine_only".into();
            }
            // The posting's test cases name the shared criterion this one stands in for.
            v.as_object_mut().unwrap().remove("examples");
            v["criteria"][3] = serde_json::json!({
                "id": "twelve-months", "summary": "Time since using services",
                "class": "essential", "rule": rule,
            });
        })
    };
    assert_eq!(
        problems_of(&twelve_with(24, true)),
        ["bad.json: criteria[twelve-months].rule.unless_only: expected \"unless_only\": \"gp_or_medicine_only\" only with \"months\": 12, because its question asks about the last 12 months, but \"months\" is 24: make it 12, or leave out \"unless_only\" (a rule of another length names a yes-or-no question of its own, whose words give its period)"]
    );
    for fine in [twelve_with(12, true), twelve_with(24, false)] {
        let (_, errors) = builtin::load(QUESTIONS, &[("fine.json", &fine)]);
        assert_eq!(errors, Vec::<LoadError>::new());
    }
}
