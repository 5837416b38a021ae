//! The command-line validator, run as an employer would run it.

use std::process::Command;

fn validate(args: &[&str]) -> (bool, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_validate"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
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
        "validate: 3 file(s), 2 valid posting(s), 0 problem(s)\n"
    );
}

#[test]
fn every_problem_is_printed_and_the_exit_code_fails() {
    let dir = std::env::temp_dir().join(format!("validate-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let kmpt = include_str!("../postings/kmpt-dartford-womens-picu-peer-support-worker.json");
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
            "{file}: criteria[3].use: expected the id of a shared criterion (kmpt-twelve-months-without-services), found \"twelve-months\"\n\
             {file}: criteria[4].class: expected one of \"essential\", \"desirable\", \"after_offer\", found the text \"nice\"\n\
             no-such-file.json: expected a file or folder that can be read: No such file or directory (os error 2)\n"
        )
    );
    assert_eq!(
        out,
        "validate: 1 file(s), 0 valid posting(s), 3 problem(s)\n"
    );
}
