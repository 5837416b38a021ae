//! The command-line validator, run as an employer would run it.

use std::process::Command;

fn validate(args: &[&str]) -> (bool, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_validate"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
        .output()
        .unwrap();
    (
        output.status.success(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn the_built_in_postings_pass() {
    let (ok, out, err) = validate(&[]);
    assert!(ok, "{err}");
    assert_eq!(
        out,
        "validate: questions from postings/questions.json (the built-in questions)\n\
         validate: 3 file(s), 2 valid posting(s), 0 problem(s), 11 example(s) run, 0 failed\n"
    );
    assert_eq!(err, "", "the built-in postings read plainly: no warnings");
}

#[test]
fn words_that_read_hard_are_warnings_that_name_the_posting_and_field() {
    let dir = std::env::temp_dir().join(format!("validate-words-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut kmpt: serde_json::Value = serde_json::from_str(include_str!(
        "../../postings/kmpt-dartford-womens-picu-peer-support-worker.json"
    ))
    .unwrap();
    kmpt["summary"] = "Notwithstanding organisational considerations, the multidisciplinary establishment anticipates comprehensive documentation regarding candidates' prospective contributions, consistently demonstrating institutional understanding throughout the recruitment process, and additionally emphasising therapeutic relationships.".into();
    kmpt["criteria"][0]["summary"] = "Experience on a PICU".into();
    let file = dir.join("hard.json");
    std::fs::write(&file, kmpt.to_string()).unwrap();
    let (ok, out, err) = validate(&[file.to_str().unwrap()]);
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(ok, "warnings do not fail the check: {err}");
    assert_eq!(
        out,
        "validate: questions from the built-in questions (postings/questions.json)\n\
         validate: 1 file(s), 1 valid posting(s), 0 problem(s), 7 example(s) run, 0 failed\n"
    );
    let posting = "warning: posting kmpt-dartford-womens-picu-peer-support-worker";
    assert_eq!(
        err,
        format!(
            "{posting}: summary: a sentence of 26 words (\"Notwithstanding organisational considerations, the multidisciplinary establishment …\"): expected 25 or fewer\n\
             {posting}: summary: reads at Flesch-Kincaid grade 39.0: expected 7 or lower (shorter sentences, shorter words)\n\
             {posting}: criteria[lived-experience].summary: PICU is not spelled out: expected the words in full where it is first used, then (PICU)\n"
        )
    );
}

#[test]
fn every_problem_is_printed_and_the_exit_code_fails() {
    let dir = std::env::temp_dir().join(format!("validate-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let kmpt = include_str!("../../postings/kmpt-dartford-womens-picu-peer-support-worker.json");
    let bad = kmpt
        .replace(
            "\"use\": \"kmpt-twelve-months-without-services\"",
            "\"use\": \"twelve-months\"",
        )
        .replace("\"class\": \"desirable\"", "\"class\": \"nice\"");
    let file = dir.join("bad.json");
    std::fs::write(&file, bad).unwrap();
    let (ok, out, err) = validate(&[file.to_str().unwrap(), "no-such-file.json"]);
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(!ok);
    let file = file.display();
    assert_eq!(
        err,
        format!(
            "{file}: criteria[twelve-months].use: expected the id of a shared criterion (kmpt-twelve-months-without-services), found \"twelve-months\"\n\
             {file}: criteria[nvq-level-2].class: expected one of \"essential\", \"desirable\", \"after_offer\", \"not_checked\", found the text \"nice\"\n\
             no-such-file.json: expected a file or folder that can be read: No such file or directory (os error 2)\n"
        )
    );
    assert_eq!(
        out,
        "validate: questions from the built-in questions (postings/questions.json)\n\
         validate: 1 file(s), 0 valid posting(s), 3 problem(s)\n"
    );
}

#[test]
fn a_byte_order_mark_is_read_past_and_bytes_that_are_not_utf8_are_named() {
    // The same as the checker does with a fetched file: both read bytes through one function.
    let dir = std::env::temp_dir().join(format!("validate-bytes-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let kmpt = include_bytes!("../../postings/kmpt-dartford-womens-picu-peer-support-worker.json");
    let with_mark = dir.join("with-mark.json");
    std::fs::write(&with_mark, [b"\xEF\xBB\xBF".as_slice(), kmpt].concat()).unwrap();
    let latin1 = dir.join("latin1.json");
    std::fs::write(&latin1, b"{\n  \"title\": \"Caf\xE9\"\n}").unwrap();
    let (ok, out, err) = validate(&[with_mark.to_str().unwrap()]);
    assert!(ok, "{err}");
    assert_eq!(
        out,
        "validate: questions from the built-in questions (postings/questions.json)\n\
         validate: 1 file(s), 1 valid posting(s), 0 problem(s), 7 example(s) run, 0 failed\n"
    );
    let (ok, _, err) = validate(&[latin1.to_str().unwrap()]);
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(!ok);
    assert_eq!(
        err,
        format!(
            "{}: expected a JSON document, but it is not valid JSON: expected text in UTF-8, \
             but the bytes at line 2, column 16 are not UTF-8\n",
            latin1.display()
        )
    );
}

#[test]
fn a_criteria_file_is_checked_joined_to_the_careers_page_it_names() {
    let (ok, out, err) = validate(&[
        "--page",
        "examples/jobposting.html",
        "examples/jobposting-criteria.json",
    ]);
    assert!(ok, "{err}");
    assert_eq!(
        out,
        "validate: questions from the built-in questions (postings/questions.json)\n\
         validate: 1 file(s), 2 valid posting(s), 0 problem(s)\n"
    );
    assert_eq!(err, "");
    // Without the page there is nothing to join it to: said, not guessed at.
    let (ok, _, err) = validate(&["examples/jobposting-criteria.json"]);
    assert!(!ok);
    assert_eq!(
        err,
        "examples/jobposting-criteria.json: a criteria file for a careers page's JobPostings: give the page, as --page PAGE.html, to check it joined to them\n"
    );
    // A mistake in the page's markup is named in its JSON-LD block, as the checker names it.
    let dir = std::env::temp_dir().join(format!("validate-page-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("careers.html");
    // Its script tags written as a page may write them: attributes in any order and quoting.
    let html = std::fs::read_to_string("../examples/jobposting.html")
        .unwrap()
        .replacen(
            r#"<script type="application/ld+json">"#,
            r#"<SCRIPT id=jobs TYPE='application/ld+json'>"#,
            1,
        )
        .replace(r#""minValue": 40.00"#, r#""minValue": "forty""#);
    std::fs::write(&page, html).unwrap();
    let (ok, _, err) = validate(&[
        "--page",
        page.to_str().unwrap(),
        "examples/jobposting-criteria.json",
    ]);
    assert!(!ok);
    assert!(
        err.contains("careers.html: the JSON-LD (script 1 of 2): baseSalary.value.minValue: expected an amount of pay: a number from 0, like 26240, found the text \"forty\""),
        "{err}"
    );
}

#[test]
fn the_welsh_example_is_valid_and_a_posting_half_in_welsh_is_not() {
    let (ok, out, err) = validate(&["examples/welsh-posting.json"]);
    assert!(ok, "{out}{err}");
    assert_eq!(
        out,
        "validate: questions from the built-in questions (postings/questions.json)\n\
         validate: 1 file(s), 1 valid posting(s), 0 problem(s)\n"
    );
    let text = std::fs::read_to_string("../examples/welsh-posting.json")
        .unwrap()
        .replace(
            r#""location": {
        "en": "Example Hospital, Cardiff",
        "cy": "Ysbyty Enghreifftiol, Caerdydd"
      },"#,
            r#""location": "Example Hospital, Cardiff","#,
        );
    let dir = std::env::temp_dir().join(format!("validate-welsh-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("half.json");
    std::fs::write(&file, text).unwrap();
    let (ok, _, err) = validate(&[file.to_str().unwrap()]);
    assert!(!ok);
    assert!(
        err.contains("half.json: postings[example-welsh-peer-support-worker].location: expected Welsh beside the English, as { \"en\": \"…\", \"cy\": \"…\" }"),
        "{err}"
    );
}

/// A folder of its own in the temporary directory, removed when dropped.
struct Folder(std::path::PathBuf);

impl Folder {
    fn new(name: &str) -> Folder {
        let dir = std::env::temp_dir().join(format!("validate-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        Folder(dir)
    }

    fn write(&self, name: &str, json: &serde_json::Value) -> String {
        let file = self.0.join(name);
        std::fs::write(&file, serde_json::to_string_pretty(json).unwrap()).unwrap();
        file.display().to_string()
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// An English-only posting that asks one built-in question and one of its own file's.
fn leeds_posting() -> serde_json::Value {
    serde_json::json!({
        "id": "leeds-community-peer-support-worker",
        "title": "Peer Support Worker", "employer": "Leeds and York Partnership NHS Foundation Trust",
        "location": "Leeds", "apply_url": "https://www.jobs.nhs.uk/", "source": "issue 24",
        "criteria": [
            { "id": "lived", "summary": "Your own lived experience of mental health problems", "class": "essential",
              "rule": { "kind": "answer_in", "question": "lived_experience", "meets": ["own"] } },
            { "id": "right-to-work", "summary": "The right to work in the UK", "class": "essential",
              "rule": { "kind": "answer_in", "question": "right_to_work_in_the_uk", "meets": ["yes"] } }
        ]
    })
}

/// A question bank of one question no built-in one asks, in English only.
fn right_to_work_question() -> serde_json::Value {
    serde_json::json!({ "questions": [{
        "id": "right_to_work_in_the_uk", "text": "Do you have the right to work in the UK?", "short": "The right to work in the UK",
        "not_sure": "I'm not sure", "answer": { "kind": "yes_no" }
    }] })
}

#[test]
fn a_posting_file_is_checked_against_the_questions_beside_it_added_to_the_built_in_ones() {
    let folder = Folder::new("beside");
    let bank = folder.write("questions.json", &right_to_work_question());
    let posting = folder.write("leeds.json", &leeds_posting());
    // The file alone, and its folder: the questions beside it are used, and said to be.
    for target in [posting.as_str(), folder.0.to_str().unwrap()] {
        let (ok, out, err) = validate(&[target]);
        assert!(ok, "{err}");
        assert_eq!(
            err, "",
            "English only, with the bilingual built-in questions: no Welsh asked for"
        );
        assert_eq!(
            out,
            format!(
                "validate: questions from {bank}, added to the built-in questions (postings/questions.json)\n\
                 validate: 2 file(s), 1 valid posting(s), 0 problem(s)\n"
            )
        );
    }
}

#[test]
fn a_question_with_a_built_in_id_is_refused_naming_both_files_unless_it_is_a_copy() {
    let folder = Folder::new("repeat");
    let built_in: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("../postings/questions.json").unwrap())
            .unwrap();
    let mut bank = right_to_work_question();
    // A copy of a built-in question is that question: nothing to refuse.
    bank["questions"]
        .as_array_mut()
        .unwrap()
        .push(built_in["questions"][0].clone());
    folder.write("questions.json", &bank);
    folder.write("leeds.json", &leeds_posting());
    let (ok, _, err) = validate(&[folder.0.to_str().unwrap()]);
    assert!(ok, "{err}");
    // One with the id of a built-in question and other words would stand in for it unseen.
    bank["questions"][1]["text"] = "Have you lived through it?".into();
    let file = folder.write("questions.json", &bank);
    let (ok, out, err) = validate(&[folder.0.to_str().unwrap()]);
    assert!(!ok);
    assert_eq!(
        err,
        format!(
            "{file}: questions[lived_experience].id: expected an id the questions this file adds to \
             do not use, found \"lived_experience\", which postings/questions.json already gives to \
             a different question: give this one an id of its own, or leave it out to use the one in \
             postings/questions.json\n"
        )
    );
    assert!(
        out.ends_with("validate: 1 file(s), 0 valid posting(s), 1 problem(s)\n"),
        "{out}"
    );
}

#[test]
fn a_bundle_in_english_only_adds_a_question_and_uses_the_built_in_ones_without_welsh_errors() {
    let folder = Folder::new("english");
    let mut bundle = right_to_work_question();
    bundle["postings"] = serde_json::json!([leeds_posting()]);
    let file = folder.write("jobs.json", &bundle);
    let (ok, out, err) = validate(&[&file]);
    assert!(ok, "{err}");
    assert_eq!(err, "");
    assert_eq!(
        out,
        format!(
            "validate: questions from the built-in questions (postings/questions.json), and the \
             questions and criteria {file} adds\n\
             validate: 1 file(s), 1 valid posting(s), 0 problem(s)\n"
        )
    );
}

#[test]
fn a_file_whose_example_fails_fails_the_check_naming_the_example_and_how() {
    // Carers now meet Kent and Medway's lived experience criterion: its carer's example fails.
    let dir = std::env::temp_dir().join(format!("validate-examples-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut kmpt: serde_json::Value = serde_json::from_str(include_str!(
        "../../postings/kmpt-dartford-womens-picu-peer-support-worker.json"
    ))
    .unwrap();
    let rule = &mut kmpt["criteria"][0]["rule"];
    rule["meets"] = serde_json::json!(["own", "carer_only"]);
    rule["reasons"]
        .as_object_mut()
        .unwrap()
        .remove("carer_only");
    let file = dir.join("carers.json");
    std::fs::write(&file, kmpt.to_string()).unwrap();
    let bundle = dir.join("bundle.json");
    std::fs::write(
        &bundle,
        serde_json::json!({ "postings": [kmpt] }).to_string(),
    )
    .unwrap();
    let (ok, out, err) = validate(&[file.to_str().unwrap(), bundle.to_str().unwrap()]);
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(!ok, "a failing example fails the check");
    let (file, bundle) = (file.display(), bundle.display());
    let example = "examples[\"A carer only\"]";
    let posting = "postings[kmpt-dartford-womens-picu-peer-support-worker]";
    assert_eq!(
        err,
        format!(
            "{file}: {example}: overall: expected not met, the check says met\n\
             {file}: {example}: expected not met, the check says met: lived-experience\n\
             {bundle}: {posting}.{example}: overall: expected not met, the check says met\n\
             {bundle}: {posting}.{example}: expected not met, the check says met: lived-experience\n"
        )
    );
    assert_eq!(
        out,
        "validate: questions from the built-in questions (postings/questions.json)\n\
         validate: 2 file(s), 2 valid posting(s), 0 problem(s), 14 example(s) run, 2 failed\n"
    );
}
