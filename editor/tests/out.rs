//! The file out, from the employer's side: the embed snippets name the file and the posting,
//! and leaving asks first only while there are changes not downloaded.

mod util;

use eligibility_core::rules::Language;
use eligibility_editor::state::Action;
use eligibility_editor::views::snippets;
use util::{editor, SOUTH_WEST_LONDON};

#[test]
fn each_snippet_names_the_checker_and_the_inline_and_element_ones_the_file_and_posting() {
    let [inline, element, iframe] = snippets(
        "https://example.org/checker/",
        "jobs.json",
        "kmpt-x",
        Language::English,
    );
    assert_eq!(
        inline.1,
        "<div data-eligibility-checker data-postings=\"jobs.json\" data-posting=\"kmpt-x\"></div>\n<script type=\"module\" src=\"https://example.org/checker/embed.js\"></script>"
    );
    assert!(element
        .1
        .starts_with("<eligibility-checker postings=\"jobs.json\" posting=\"kmpt-x\">"));
    assert_eq!(
        iframe.1,
        "<iframe class=\"checker-frame\" title=\"Check if you can apply\" src=\"https://example.org/checker/?posting=kmpt-x\"></iframe>",
        "the iframe opens at the posting"
    );
}

#[test]
fn in_welsh_the_iframe_opens_the_checker_in_welsh_with_a_welsh_title() {
    let [.., iframe] = snippets("../", "jobs.json", "kmpt-x", Language::Welsh);
    assert_eq!(
        iframe.1,
        "<iframe class=\"checker-frame\" title=\"Gwirio a allwch wneud cais\" src=\"../?posting=kmpt-x&amp;lang=cy\"></iframe>"
    );
}

#[test]
fn leaving_asks_first_only_while_there_are_changes_not_downloaded() {
    let state = editor().reduce(Action::Open("swl.json".into(), SOUTH_WEST_LONDON.into()));
    assert!(!state.unsaved, "a file just opened has nothing to lose");
    let state = state.reduce(Action::Fact(
        eligibility_editor::state::Field::Pay,
        "£24,000".into(),
    ));
    assert!(state.unsaved);
    let state = state.reduce(Action::Copied("file".into(), true));
    assert!(state.unsaved, "copying is not saving");
    assert_eq!(state.copied, Some(("file".into(), true)));
    let state = state.reduce(Action::Downloaded);
    assert!(!state.unsaved);
}

#[test]
fn a_posting_with_a_reference_offers_a_criteria_file_and_one_without_says_to_give_it() {
    let state = util::kent();
    let check = state.check.as_ref().expect("checked");
    let (name, text) = check.criteria.as_ref().expect("a criteria file");
    assert_eq!(name, "kmpt-dartford-peer-support-worker-criteria.json");
    assert!(
        text.contains("\"jobposting_identifier\": \"380-AC\""),
        "{text}"
    );
    assert!(!text.contains("\"title\""), "the markup gives the title");
    let state = state.reduce(Action::Fact(
        eligibility_editor::state::Field::Reference,
        String::new(),
    ));
    assert_eq!(state.check.as_ref().expect("checked").criteria, None);
}

#[test]
fn where_the_browser_refuses_the_clipboard_the_editor_says_what_to_do_over_the_text() {
    let state = editor().reduce(Action::Open("swl.json".into(), SOUTH_WEST_LONDON.into()));
    let html = util::render(&state);
    assert!(
        !html.contains("id=\"copy-file\""),
        "no text to copy by hand until refused"
    );
    let refused = state.reduce(Action::Copied("file".into(), false));
    let html = util::render(&refused);
    assert!(html.contains(
        "Your browser did not let the editor copy. Select the text below and press Ctrl+C (or Cmd+C on a Mac)."
    ));
    let box_ = util::element(&html, "copy-file");
    assert!(
        box_.starts_with("<textarea") && box_.contains("readonly"),
        "{box_}"
    );
    let label = &html[html.find("for=\"copy-file\"").unwrap()..];
    assert!(
        label[..label.find("</label>").unwrap()].ends_with("The text to copy"),
        "{label}"
    );
    assert!(
        !html.contains("id=\"copy-inline\""),
        "only for what was copied"
    );
    let copied = refused.reduce(Action::Copied("inline".into(), true));
    assert!(!util::render(&copied).contains("id=\"copy-file\""));
}
