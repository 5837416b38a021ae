//! A person specification pasted into the employers' editor, split into its lines (`draft::spec`),
//! as an employer pastes it: the two real adverts' text as a job board showed it
//! (`core/tests/specs/`, copied from `shared/postings/`: the whole advert, and the part an
//! employer would select), and the shapes NHS Jobs, Trac and word processors give.

#![cfg(feature = "employer")]

mod util;

use eligibility_core::draft::spec::{split, Kind, Line};
use eligibility_core::rules::letters::fold;
use util::{catalogue, posting, KMPT, SWLSTG};

const KMPT_SPEC: &str = include_str!("specs/kmpt-person-specification.txt");
const KMPT_ADVERT: &str = include_str!("specs/kmpt-advert.txt");
const SWLSTG_QUALIFICATIONS: &str = include_str!("specs/swlstg-qualifications.txt");
const SWLSTG_ADVERT: &str = include_str!("specs/swlstg-advert.txt");

use Kind::{Desirable, Essential, Unknown};

/// The lines of `text`, each as (kind, words).
fn lines(text: &str) -> Vec<(Kind, String)> {
    split(text).into_iter().map(|l| (l.kind, l.text)).collect()
}

/// `expected` as `lines` gives it, for comparing in a table.
fn owned(expected: &[(Kind, &str)]) -> Vec<(Kind, String)> {
    expected
        .iter()
        .map(|(k, t)| (*k, (*t).to_owned()))
        .collect()
}

#[track_caller]
fn assert_lines(text: &str, expected: &[(Kind, &str)]) {
    assert_eq!(lines(text), owned(expected), "from {text:?}");
}

fn folded(text: &str) -> String {
    text.chars().map(fold).collect()
}

#[test]
fn every_essential_line_of_the_kent_and_medway_specification_is_one_line_word_for_word() {
    // The job board cut the word "Experience" out of every sentence onto a line of its own, and
    // ran the heading into the line after it ("EssentialLived"): the lines are put back together.
    let split = split(KMPT_SPEC);
    let essential: Vec<&str> = split
        .iter()
        .filter(|l| l.kind == Essential)
        .map(|l| l.text.as_str())
        .collect();
    assert_eq!(
        essential,
        [
            "Lived Experience of mental health problems",
            "Willing to share own life Experiences",
            "Experience of using mental health services",
            // The job board repeats the start of the specification, cut short: the employer sees
            // it and leaves it out.
            "Lived Experiences",
        ]
    );
    let section = |text: &str| {
        split
            .iter()
            .find(|l| l.text == text)
            .unwrap()
            .section
            .clone()
    };
    assert_eq!(
        section("Lived Experience of mental health problems").as_deref(),
        Some("Experience")
    );
    assert_eq!(
        split
            .iter()
            .map(|l| (l.kind, l.text.as_str()))
            .collect::<Vec<_>>()[..1],
        [(
            Desirable,
            "NVQ level 2 or an equivalent relevant qualification / Experience"
        )]
    );
    // The section NHS Jobs puts after every specification ends it: the check it describes is
    // not essential.
    let dbs = split.last().unwrap();
    assert!(dbs
        .text
        .starts_with("This post is subject to the Rehabilitation of Offenders Act"));
    assert_eq!(
        (dbs.kind, dbs.section.as_deref()),
        (Unknown, Some("Disclosure and Barring Service Check"))
    );
}

#[test]
fn the_south_west_london_qualifications_are_three_lines_word_for_word_of_no_stated_kind() {
    assert_eq!(
        split(SWLSTG_QUALIFICATIONS),
        [
            "Personal lived experience of mental or emotional distress.",
            "Experience of accessing inpatient mental health services.",
            "Ability to support others on their recovery journey.",
        ]
        .map(|text| Line {
            text: text.to_owned(),
            kind: Unknown,
            section: Some("Qualifications".to_owned()),
        })
    );
}

#[test]
fn every_quote_of_the_built_in_postings_is_a_line_of_its_whole_advert_pasted() {
    // Pasted whole, the advert gives many lines the employer leaves out; each criterion the
    // built-in posting quotes is among them, whole (in the advert's own capitals).
    let catalogue = catalogue();
    for (id, advert) in [(KMPT, KMPT_ADVERT), (SWLSTG, SWLSTG_ADVERT)] {
        let lines: Vec<String> = split(advert).iter().map(|l| folded(&l.text)).collect();
        for criterion in &posting(&catalogue, id).criteria {
            let Some(quote) = &criterion.quote else {
                continue;
            };
            let quote = folded(quote.as_english());
            assert!(
                lines
                    .iter()
                    .any(|line| line == &quote || line.contains(&quote)),
                "{id}: no line holds {quote:?}"
            );
        }
    }
    // Kent and Medway's quotes are lines of their own, word for word but for capitals.
    let lines: Vec<String> = split(KMPT_ADVERT).iter().map(|l| folded(&l.text)).collect();
    for criterion in &posting(&catalogue, KMPT).criteria {
        if let Some(quote) = &criterion.quote {
            assert!(lines.contains(&folded(quote.as_english())), "{quote:?}");
        }
    }
    let whole = lines
        .iter()
        .filter(|l| l.starts_with("we require a period of twelve months"))
        .count();
    assert_eq!(
        whole, 1,
        "the twelve-month sentence is cut from the sentences run into it"
    );
}

#[test]
fn the_whole_kent_and_medway_advert_gives_each_essential_line_once_marked_essential() {
    let essential: Vec<(Kind, String)> = lines(KMPT_ADVERT)
        .into_iter()
        .filter(|(kind, _)| *kind == Essential)
        .collect();
    assert_eq!(
        essential,
        owned(&[
            (Essential, "Lived Experience of mental health problems"),
            (Essential, "Willing to share own life Experiences"),
            (Essential, "Experience of using mental health services"),
            (Essential, "Lived Experiences"),
        ])
    );
}

#[test]
fn bullets_and_numbers_are_taken_off_and_a_full_stop_after_initials_is_not_one() {
    for (pasted, line) in [
        ("• Lived experience", "Lived experience"),
        ("•Lived experience", "Lived experience"),
        ("  - Lived experience", "Lived experience"),
        ("* Lived experience", "Lived experience"),
        ("· Lived experience", "Lived experience"),
        ("▪ Lived experience", "Lived experience"),
        ("\u{F0B7}\tLived experience", "Lived experience"),
        ("o Lived experience", "Lived experience"),
        ("1. Lived experience", "Lived experience"),
        ("12) Lived experience", "Lived experience"),
        ("(3) Lived experience", "Lived experience"),
        ("a) Lived experience", "Lived experience"),
        ("b. Lived experience", "Lived experience"),
        ("(c) Lived experience", "Lived experience"),
        ("(i) Lived experience", "Lived experience"),
        ("iv. Lived experience", "Lived experience"),
        ("B) Lived experience", "Lived experience"),
        ("A. N. Other will mentor you", "A. N. Other will mentor you"),
        ("1.5 years in a peer role", "1.5 years in a peer role"),
        ("-3 degrees is cold", "-3 degrees is cold"),
        ("e.g. a carer", "e.g. a carer"),
    ] {
        assert_lines(pasted, &[(Unknown, line)]);
    }
}

#[test]
fn lines_a_word_processor_wrapped_are_joined_where_plainly_one() {
    let text = "Essential criteria:\n\
                1. Lived experience of mental health problems and of using mental\n\
                \x20  health services\n\
                2. Experience of working with\n\
                NHS services, or the voluntary sector\n\
                3. Able to work shifts\n\
                Willing to share own experiences";
    assert_lines(
        text,
        &[
            (
                Essential,
                "Lived experience of mental health problems and of using mental health services",
            ),
            (
                Essential,
                "Experience of working with NHS services, or the voluntary sector",
            ),
            (Essential, "Able to work shifts"),
            (Essential, "Willing to share own experiences"),
        ],
    );
}

#[test]
fn lines_copied_from_nhs_jobs_keep_the_kinds_inside_each_part() {
    let text =
        "Person Specification\nQualifications\nEssential\nNVQ level 3 in health and social care\n\
                Desirable\nA degree in a related subject\nExperience\nEssential\n\
                Lived experience of mental health problems\nWilling to share own life experiences\n\
                Experience of using mental health services\nDisclosure and Barring Service Check\n\
                This post is subject to the Rehabilitation of Offenders Act.";
    let split = split(text);
    let got: Vec<(Kind, &str, Option<&str>)> = split
        .iter()
        .map(|l| (l.kind, l.text.as_str(), l.section.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (
                Essential,
                "NVQ level 3 in health and social care",
                Some("Qualifications")
            ),
            (
                Desirable,
                "A degree in a related subject",
                Some("Qualifications")
            ),
            (
                Essential,
                "Lived experience of mental health problems",
                Some("Experience")
            ),
            (
                Essential,
                "Willing to share own life experiences",
                Some("Experience")
            ),
            (
                Essential,
                "Experience of using mental health services",
                Some("Experience")
            ),
            (
                Unknown,
                "This post is subject to the Rehabilitation of Offenders Act.",
                Some("Disclosure and Barring Service Check")
            ),
        ]
    );
}

#[test]
fn parts_inside_each_kind_leave_the_kind_as_it_was() {
    let text =
        "ESSENTIAL CRITERIA\nQualifications:\n- NVQ level 3\nExperience:\n- Lived experience\n\
                DESIRABLE CRITERIA\nSkills:\n- Able to drive";
    assert_lines(
        text,
        &[
            (Essential, "NVQ level 3"),
            (Essential, "Lived experience"),
            (Desirable, "Able to drive"),
        ],
    );
}

#[test]
fn a_heading_run_into_its_line_is_cut_from_it_and_a_word_that_only_starts_like_one_is_not() {
    assert_lines(
        "EssentialLived experience\nDesirable: NVQ level 3\nDesirable - A degree\nEssential – Able to travel",
        &[
            (Essential, "Lived experience"),
            (Desirable, "NVQ level 3"),
            (Desirable, "A degree"),
            (Essential, "Able to travel"),
        ],
    );
    assert_lines(
        "Essentially a ward-based role\nEssential training is given\nDesirable-looking skills",
        &[
            (Unknown, "Essentially a ward-based role"),
            (Unknown, "Essential training is given"),
            (Unknown, "Desirable-looking skills"),
        ],
    );
}

#[test]
fn welsh_headings_give_their_kind() {
    assert_lines(
        "Manyleb y Person\nHanfodol\n• Profiad bywyd o broblemau iechyd meddwl\nDymunol:\n• Siarad Cymraeg",
        &[
            (Essential, "Profiad bywyd o broblemau iechyd meddwl"),
            (Desirable, "Siarad Cymraeg"),
        ],
    );
}

#[test]
fn a_kind_marked_at_the_end_of_a_line_is_its_kind() {
    assert_lines(
        "Lived experience of mental health problems (E)\nNVQ level 3 (Desirable)\nA full driving licence (UK)",
        &[
            (Essential, "Lived experience of mental health problems"),
            (Desirable, "NVQ level 3"),
            (Unknown, "A full driving licence (UK)"),
        ],
    );
}

#[test]
fn a_table_pasted_with_essential_and_desirable_columns_gives_each_cell_its_column_s_kind() {
    let text = "Criteria\tEssential\tDesirable\n\
                Qualifications\tNVQ level 3 in health and social care\tA degree in a related subject\n\
                Experience\tLived experience of mental health problems\t\n\
                Skills\t\tAble to speak Welsh";
    let split = split(text);
    let got: Vec<(Kind, &str, Option<&str>)> = split
        .iter()
        .map(|l| (l.kind, l.text.as_str(), l.section.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (
                Essential,
                "NVQ level 3 in health and social care",
                Some("Qualifications")
            ),
            (
                Desirable,
                "A degree in a related subject",
                Some("Qualifications")
            ),
            (
                Essential,
                "Lived experience of mental health problems",
                Some("Experience")
            ),
            (Desirable, "Able to speak Welsh", Some("Skills")),
        ]
    );
    assert_lines(
        "Essential\tDesirable\nLived experience\tNVQ level 2\nWilling to share\t",
        &[
            (Essential, "Lived experience"),
            (Desirable, "NVQ level 2"),
            (Essential, "Willing to share"),
        ],
    );
}

#[test]
fn a_table_s_cell_with_line_breaks_is_read_whole_from_a_spreadsheet_or_a_word_processor() {
    // A spreadsheet puts such a cell in quotes.
    let spreadsheet = "Area\tEssential\tDesirable\n\
                       Experience\t\"• Lived experience of mental health problems\n• Willing to share \"\"own\"\" experiences\"\tExperience of working in a team";
    assert_lines(
        spreadsheet,
        &[
            (Essential, "Lived experience of mental health problems"),
            (Essential, "Willing to share \"own\" experiences"),
            (Desirable, "Experience of working in a team"),
        ],
    );
    // A word processor runs the row onto the next line, whose first cell goes on with the cell.
    let word = "Area\tEssential\tDesirable\n\
                Experience\tLived experience of mental health problems\n\
                Willing to share own experiences\tExperience of working in a team\n\
                Qualifications\tNVQ level 3\tA degree";
    assert_lines(
        word,
        &[
            (Essential, "Lived experience of mental health problems"),
            (Essential, "Willing to share own experiences"),
            (Desirable, "Experience of working in a team"),
            (Essential, "NVQ level 3"),
            (Desirable, "A degree"),
        ],
    );
    // A quote that never closes is read as text.
    assert_lines(
        "\"Lived experience\tE\nNVQ level 2\tD",
        &[
            (Essential, "\"Lived experience"),
            (Desirable, "NVQ level 2"),
        ],
    );
}

#[test]
fn a_row_marked_by_a_tick_or_a_last_cell_of_e_or_d_is_of_that_kind() {
    assert_lines(
        "Criteria\tEssential\tDesirable\nLived experience of mental health problems\t✓\t\nNVQ level 2\t\tx",
        &[
            (Essential, "Lived experience of mental health problems"),
            (Desirable, "NVQ level 2"),
        ],
    );
    assert_lines(
        "Lived experience of mental health problems\tE\nNVQ level 2\tDesirable\nAble to travel\t",
        &[
            (Essential, "Lived experience of mental health problems"),
            (Desirable, "NVQ level 2"),
            (Unknown, "Able to travel"),
        ],
    );
}

#[test]
fn a_line_given_twice_is_kept_once_and_a_line_no_heading_names_is_never_dropped() {
    assert_lines(
        "Essential\nLived experience\nThings we value\nLived experience\n\nOur Promise To You",
        &[
            (Essential, "Lived experience"),
            (Essential, "Things we value"),
            (Essential, "Our Promise To You"),
        ],
    );
    assert_eq!(split(""), []);
    assert_eq!(split(" \n\t\n•\n"), []);
}

#[test]
fn any_text_pasted_gives_trimmed_lines_and_suggestions_without_failing() {
    // Pieces of the shapes read here, strung together at random (a fixed seed): whatever an
    // employer pastes, the editor gets lines, never a failure.
    let bank = eligibility_core::builtin::standard_bank();
    let pieces = [
        "Essential",
        "Desirable",
        "EssentialLived",
        "\t",
        "\n",
        "\r",
        "\"",
        "\"\"",
        "•",
        "1.",
        "(i)",
        "a)",
        " ",
        "Experience",
        "s",
        "of",
        "/",
        "lived experience",
        "NVQ level 3",
        "12 months without services",
        "ŵ",
        "Ŵ",
        "é",
        "👍",
        "(E)",
        "(",
        ")",
        ".",
        "Tŷ",
        "problemsWilling",
        "x",
        "✓",
        "E",
        "D",
        "Criteria",
        "Person Specification",
        "and",
        "or",
        "18",
        "twenty four years",
        "\u{F0B7}",
        ",",
        "–",
        ":",
        "-",
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..10_000 {
        let n = next() % 30;
        let text: String = (0..n)
            .map(|_| pieces[(next() % pieces.len() as u64) as usize])
            .collect();
        for line in split(&text) {
            assert!(
                !line.text.is_empty() && line.text == line.text.trim(),
                "{text:?}"
            );
            let _ = eligibility_core::draft::suggest::suggest(&line.text, &bank);
        }
    }
}
