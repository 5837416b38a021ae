//! Welsh beside the English, from the employer's side: a file with Welsh opens in English and
//! Welsh and keeps it through edits, a changed text needs its Welsh again (on its row), English
//! only writes no Welsh, and the translator's CSV goes out and comes back.

mod util;

use eligibility_core::draft::file::Languages;
use eligibility_editor::state::csv::{self, CsvError, CsvProblem};
use eligibility_editor::state::{Action, Field, Imported, Place, Plain, State};
use util::{editor, SOUTH_WEST_LONDON};

/// The made-up posting in English and Welsh that the Welsh careers page shows.
const WELSH: &str = include_str!("../../examples/welsh-posting.json");

fn opened(file: &str) -> State {
    editor().reduce(Action::Open("posting.json".into(), file.into()))
}

fn check(state: &State) -> &eligibility_editor::state::Check {
    state.check.as_ref().expect("checked")
}

/// The problems of `state` on rows of the Welsh table, each as its row's English.
fn missing_welsh(state: &State) -> Vec<String> {
    let check = check(state);
    check
        .problems
        .iter()
        .filter_map(|p| match (&p.place, &p.plain) {
            (Place::Welsh(i), Some(Plain::NoWelsh(text))) => {
                assert_eq!(check.texts[*i].as_english(), text, "on its own row");
                Some(text.clone())
            }
            _ => None,
        })
        .collect()
}

#[test]
fn a_file_with_welsh_opens_in_english_and_welsh_with_every_text_translated() {
    let state = opened(WELSH);
    assert_eq!(state.welsh.languages, Languages::EnglishAndWelsh);
    assert_eq!(check(&state).problems, []);
    let texts = &check(&state).texts;
    assert_eq!(
        texts[0].welsh(),
        Some("Gweithiwr Cymorth gan Gymheiriaid (enghraifft, nid hysbyseb go iawn)")
    );
    assert!(texts.iter().all(|t| t.welsh().is_some()));
    assert!(texts
        .iter()
        .any(|t| t.as_english() == "This role asks for your own lived experience."));
    assert!(check(&state)
        .text
        .contains("\"cy\": \"Eich profiad bywyd eich hun o broblemau iechyd meddwl\""));
}

#[test]
fn a_file_in_english_only_opens_in_english_only_without_a_problem() {
    let state = opened(SOUTH_WEST_LONDON);
    assert_eq!(state.welsh.languages, Languages::English);
    assert_eq!(check(&state).problems, []);
    assert!(!check(&state).text.contains("\"cy\""));
}

#[test]
fn a_changed_text_needs_its_welsh_again_on_its_row_and_the_others_keep_theirs() {
    let state = opened(WELSH).reduce(Action::Fact(Field::Pay, "£25,000 a year".into()));
    assert_eq!(missing_welsh(&state), ["£25,000 a year"]);
    assert!(
        check(&state)
            .texts
            .iter()
            .any(|t| t.welsh() == Some("Parhaol")),
        "the contract's kept"
    );
    // The loader's own "no Welsh" is not said again on the field.
    assert_eq!(
        check(&state).problems.len(),
        1,
        "{:?}",
        check(&state).problems
    );

    // Undone, the old Welsh comes back: it is kept by its English.
    let undone = state.reduce(Action::Fact(
        Field::Pay,
        "£24,000 to £25,000 a year (example figures)".into(),
    ));
    assert_eq!(check(&undone).problems, []);

    let given = opened(WELSH)
        .reduce(Action::Fact(Field::Pay, "£25,000 a year".into()))
        .reduce(Action::Welsh(
            "£25,000 a year".into(),
            "£25,000 y flwyddyn".into(),
        ));
    assert_eq!(check(&given).problems, []);
    assert!(check(&given)
        .text
        .contains("\"cy\": \"£25,000 y flwyddyn\""));
}

#[test]
fn english_only_writes_no_welsh_and_asks_for_none() {
    let state = opened(WELSH)
        .reduce(Action::Fact(Field::Pay, "£25,000 a year".into()))
        .reduce(Action::Languages(Languages::English));
    assert_eq!(check(&state).problems, []);
    assert!(
        !check(&state).text.contains("\"cy\""),
        "{}",
        check(&state).text
    );
    // Chosen again, the Welsh kept comes back.
    let again = state.reduce(Action::Languages(Languages::EnglishAndWelsh));
    assert_eq!(missing_welsh(&again), ["£25,000 a year"]);
}

#[test]
fn english_and_welsh_chosen_for_an_english_file_asks_for_the_welsh_of_every_text_once() {
    let state = opened(SOUTH_WEST_LONDON).reduce(Action::Languages(Languages::EnglishAndWelsh));
    let missing = missing_welsh(&state);
    assert_eq!(missing.len(), check(&state).texts.len());
    assert_eq!(missing[0], "Peer Support Worker");
    let mut unique = missing.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), missing.len(), "each text once");
    assert!(check(&state)
        .problems
        .iter()
        .all(|p| matches!(p.place, Place::Welsh(_))));
}

#[test]
fn a_translated_csv_fills_the_table_and_names_the_rows_the_posting_no_longer_has() {
    let state = opened(SOUTH_WEST_LONDON).reduce(Action::Languages(Languages::EnglishAndWelsh));
    let texts = check(&state).texts.clone();
    let mut rows: Vec<(String, String)> = texts
        .iter()
        .map(|t| {
            (
                t.as_english().to_owned(),
                format!("Cymraeg: {}", t.as_english()),
            )
        })
        .collect();
    rows.push((
        "A text from an older advert".into(),
        "Testun o hen hysbyseb".into(),
    ));
    let file = csv::write(rows.iter().map(|(e, c)| (e.as_str(), c.as_str())));
    let state = state.reduce(Action::OpenCsv("swl-welsh.csv".into(), file));
    assert_eq!(
        state.welsh.imported,
        Some(Imported::Read {
            file: "swl-welsh.csv".into(),
            filled: texts.len(),
            unknown: vec!["A text from an older advert".into()],
        })
    );
    assert_eq!(check(&state).problems, []);
    assert!(
        state.welsh.get("A text from an older advert").is_none(),
        "never applied"
    );
    assert!(check(&state)
        .text
        .contains("\"cy\": \"Cymraeg: Peer Support Worker\""));
}

#[test]
fn a_malformed_csv_is_named_with_its_line_and_changes_nothing() {
    let state = opened(SOUTH_WEST_LONDON).reduce(Action::Languages(Languages::EnglishAndWelsh));
    let before = check(&state).problems.len();
    let broken = "English,Welsh\r\nPeer Support Worker,Gweithiwr\r\n\"Band 3, pro rata\r\n";
    let state = state.reduce(Action::OpenCsv("broken.csv".into(), broken.into()));
    assert_eq!(
        state.welsh.imported,
        Some(Imported::Failed(
            "broken.csv".into(),
            CsvError {
                line: 3,
                kind: CsvProblem::Unclosed
            }
        ))
    );
    assert_eq!(check(&state).problems.len(), before, "nothing applied");
}

#[test]
fn the_csv_goes_out_and_comes_back_with_commas_quotes_line_breaks_and_accents() {
    let rows = [
        ("Pay, pro rata", "Cyflog, pro rata"),
        (
            "The \"peer\" in peer support",
            "Y \"cymheiriaid\" mewn cymorth gan gymheiriaid",
        ),
        ("Two lines\nof text", "Dwy linell\r\no destun"),
        ("Tŷ Gwyn, Caerdydd", "Tŷ Gwyn, Caerdydd — â ê î ô û ŵ ŷ"),
        ("Plain", ""),
    ];
    let file = csv::write(rows);
    assert!(file.starts_with("\u{feff}English,Welsh\r\n\"Pay, pro rata\",\"Cyflog, pro rata\"\r\n"));
    assert!(file.contains("\"The \"\"peer\"\" in peer support\""));
    assert!(file.ends_with("Plain,\r\n"));
    let read = csv::read(&file).unwrap();
    let expected: Vec<(String, String)> = rows
        .iter()
        .map(|(e, c)| (e.to_string(), c.to_string()))
        .collect();
    assert_eq!(read, expected);
}

#[track_caller]
fn fails(text: &str, line: usize, kind: CsvProblem) {
    assert_eq!(csv::read(text), Err(CsvError { line, kind }), "{text:?}");
}

#[test]
fn each_malformed_csv_names_its_line_and_what_was_expected() {
    fails("", 1, CsvProblem::Empty);
    fails("\u{feff}\r\n\r\n", 1, CsvProblem::Empty);
    fails("English;Welsh\nTitle;Teitl\n", 1, CsvProblem::Header);
    fails(
        "English,Welsh\nTitle,Teitl,Extra\n",
        2,
        CsvProblem::Fields(3),
    );
    fails("English,Welsh\nTitle\n", 2, CsvProblem::Fields(1));
    fails(
        "English,Welsh\n\"Two\nlines\",x\n\"open,y\n",
        4,
        CsvProblem::Unclosed,
    );
    fails(
        "English,Welsh\n\"Title\" ,Teitl\n",
        2,
        CsvProblem::AfterQuote,
    );
    // A spreadsheet's blank lines, and a header in other letters, are fine.
    assert_eq!(
        csv::read("english,WELSH\n\nTitle,Teitl\n,\n"),
        Ok(vec![("Title".into(), "Teitl".into())])
    );
}

/// A bundle that adds a question of its own, in English only, and a posting that asks it.
const BUNDLE: &str = r#"{
  "questions": [
    { "id": "night_shifts", "text": "Can you work night shifts?", "short": "Night shifts",
      "answer": { "kind": "yes_no" } }
  ],
  "postings": [
    { "id": "night-worker", "title": "Night Support Worker", "employer": "Example Health Board",
      "location": "Example Hospital, Swansea", "nation": "wales",
      "apply_url": "https://example.org/jobs", "source": "Made up for the editor's tests.",
      "criteria": [
        { "id": "nights", "summary": "Able to work nights", "class": "essential",
          "rule": { "kind": "answer_in", "question": "night_shifts", "meets": ["yes"],
                    "reasons": { "no": "This job is at night." } } }
      ] }
  ]
}"#;

#[test]
fn the_questions_a_bundle_adds_are_in_the_table_and_written_with_their_welsh() {
    let state = opened(BUNDLE).reduce(Action::Languages(Languages::EnglishAndWelsh));
    let missing = missing_welsh(&state);
    assert!(
        missing.contains(&"Can you work night shifts?".to_owned()),
        "{missing:?}"
    );
    assert!(missing.contains(&"Night shifts".to_owned()));
    assert!(missing.contains(&"This job is at night.".to_owned()));
    let rows: Vec<(String, String)> = check(&state)
        .texts
        .iter()
        .map(|t| {
            (
                t.as_english().to_owned(),
                format!("{} (Cymraeg)", t.as_english()),
            )
        })
        .collect();
    let file = csv::write(rows.iter().map(|(e, c)| (e.as_str(), c.as_str())));
    let state = state.reduce(Action::OpenCsv("night.csv".into(), file));
    assert_eq!(check(&state).problems, []);
    let text = &check(&state).text;
    assert!(
        text.contains("\"cy\": \"Can you work night shifts? (Cymraeg)\""),
        "{text}"
    );
    // The checker reads the file, the question in Welsh.
    let (catalogue, errors) = eligibility_core::builtin::load_bundle("night.json", text);
    assert!(errors.is_empty(), "{errors:?}");
    let question = catalogue.bank().question("night_shifts").unwrap();
    assert_eq!(
        question.text.welsh(),
        Some("Can you work night shifts? (Cymraeg)")
    );
}
