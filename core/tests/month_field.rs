//! The month field: what an applicant may type for a month (issue 23: "April" was cut to "Ap").

use eligibility_core::text::month_number;

#[track_caller]
fn reads_as(typed: &str, expected: Option<u8>) {
    assert_eq!(month_number(typed), expected, "{typed:?}");
}

#[test]
fn a_month_is_a_number_from_1_to_12_or_its_name_in_either_language() {
    for (typed, expected) in [
        ("4", Some(4)),
        ("04", Some(4)),
        (" 12 ", Some(12)),
        ("0", None),
        ("13", None),
        ("April", Some(4)),
        ("april", Some(4)),
        ("APRIL", Some(4)),
        ("Apr", Some(4)),
        ("Apr.", Some(4)),
        ("Sept", Some(9)),
        ("sep", Some(9)),
        ("December", Some(12)),
        ("Ebrill", Some(4)),
        ("Gorffennaf", Some(7)),
        ("gorff", Some(7)),
        ("Mai", Some(5)),
        ("May", Some(5)),
        ("Maw", Some(3)),
        ("Mawrth", Some(3)),
        ("Mar", Some(3)),
        ("Rhagfyr", Some(12)),
        ("Chwefror", Some(2)),
    ] {
        reads_as(typed, expected);
    }
}

#[test]
fn a_start_two_months_share_or_anything_else_is_not_a_month() {
    for typed in [
        "",
        "A",
        "Ap",
        "Ma",
        "Ju",
        "Jux",
        "Aprl",
        "April 2024",
        "4.5",
        "-4",
        "Spring",
    ] {
        reads_as(typed, None);
    }
}
