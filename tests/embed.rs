//! The problems a page's attributes can have, named for whoever set them (src/embed/problems.rs).

mod util;

use eligibility_checker::embed::problems::unknown_posting;
use eligibility_core::builtin;
use eligibility_core::rules::PostingId;
use util::KMPT;

#[test]
fn a_page_asking_for_a_posting_there_is_not_is_told_which_there_are() {
    let (catalogue, _) = builtin::catalogue();
    assert_eq!(
        unknown_posting(&catalogue, "data-posting", &PostingId::new(KMPT)),
        None
    );
    let error = unknown_posting(&catalogue, "data-posting", &PostingId::new("kmpt-dartford"))
        .expect("no posting has that id");
    assert_eq!(
        error.to_string(),
        "the data-posting attribute: expected the id of a posting loaded \
         (\"kmpt-dartford-womens-picu-peer-support-worker\", \"swlstg-ward1-picu-peer-support-worker\"), \
         found \"kmpt-dartford\", so the list of jobs is shown instead: did you mean \
         \"kmpt-dartford-womens-picu-peer-support-worker\"?"
    );

    // A job board's thousands of ids are not listed.
    let text = util::generated(11);
    let (many, errors) = builtin::load_bundle("catalogue.json", &text);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(
        unknown_posting(&many, "posting", &PostingId::new("x")).map(|e| e.to_string()),
        Some(
            "the posting attribute: expected the id of one of the 11 postings loaded, \
             found \"x\", so the list of jobs is shown instead"
                .to_owned()
        )
    );

    let (none, _) = builtin::load_bundle("empty.json", r#"{ "postings": [] }"#);
    assert_eq!(
        unknown_posting(&none, "posting", &PostingId::new("x")).map(|e| e.to_string()),
        Some(
            "the posting attribute: expected the id of a posting, but none loaded, \
             found \"x\", so the list of jobs is shown instead"
                .to_owned()
        )
    );
}

#[test]
fn the_console_is_told_every_problem_in_short_with_what_the_applicant_was_told() {
    use eligibility_checker::embed::problems::console_message;
    let (_, errors) = builtin::load_bundle(
        "the postings in this page (#jobs)",
        r#"{ "postings": [{ "id": "Leeds 2" }] }"#,
    );
    let message = console_message(&errors[0]);
    let mut lines = message.lines();
    assert_eq!(
        lines.next(),
        Some(
            "Eligibility checker: a problem with its postings (applicants are told only that \
             jobs are missing). Each problem in short; the validator says each in full, with what \
             to do:"
        )
    );
    assert_eq!(
        lines.next(),
        Some(
            "the postings in this page (#jobs): postings[1].id: not what this field holds: found \
             the text \"Leeds 2\""
        )
    );
    assert_eq!(
        lines.count(),
        errors[0].problems().len() - 1,
        "every problem, one a line"
    );
}
