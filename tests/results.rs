//! Results that inform without alarming, natively: the result offered once the answers decide
//! it, a closed advert's result, the neutral panel and the support card.

mod util;

use eligibility_checker::app::state::{Action, HistoryStep, Screen};
use eligibility_core::rules::PostingId;
use std::rc::Rc;
use util::flow::*;
use util::*;

const SEE_NOW: &str = "See your result now";

/// The text of the page's `<h1>`.
#[track_caller]
fn heading(html: &str) -> &str {
    let from = html.find("<h1").expect("a heading");
    let text = &html[from..];
    let text = &text[text.find('>').unwrap() + 1..];
    &text[..text.find("</h1>").unwrap()]
}

#[test]
fn a_carer_is_offered_the_result_on_the_page_after_the_first_question() {
    for posting in [KMPT, SWLSTG] {
        let first = answered(posting, &[]);
        assert!(!first.can_see_result_now(), "{posting}: nothing answered");
        assert!(!render(&first).contains(SEE_NOW));
        let second = answered(posting, &["carer_only"]);
        assert!(second.can_see_result_now(), "{posting}");
        let html = render(&second);
        assert_contains(&html, "<h2>You can see your result now</h2>");
        assert_contains(&html, "The questions left cannot change it.");
        assert_contains(&html, SEE_NOW);
        // The result straight away, every criterion listed, the unanswered ones saying so.
        let result = run(second, [Action::SeeResultNow]);
        assert_eq!(result.screen, Screen::Result(PostingId::new(posting)));
        assert_eq!(result.trail.step, HistoryStep::Push, "a page turn");
        let html = render(&result);
        assert_contains(
            &html,
            "You do not meet every essential criterion for this job",
        );
        assert_contains(&html, "Not answered yet");
    }
}

#[test]
fn the_rest_can_be_answered_after_a_result_seen_early() {
    let result = run(answered(KMPT, &["carer_only"]), [Action::SeeResultNow]);
    let html = render(&result);
    assert_contains(
        &html,
        "You did not answer 3 questions. They could not change this result.",
    );
    assert_contains(&html, "Answer the other questions");
    let rest = run(result, [Action::AnswerRest]);
    assert_eq!(
        rest.screen,
        Screen::Question {
            posting: PostingId::new(KMPT),
            index: 1,
            from_check: false
        }
    );
    // The offer stays on each question left; answering them all reaches check your answers,
    // and the result has nothing left to answer.
    let done = answer_each(rest, &["yes", "3/2024", "yes"]);
    assert_eq!(done.screen, Screen::CheckAnswers(PostingId::new(KMPT)));
    let html = render(&run(done, [Action::SeeResult]));
    assert!(!html.contains("Answer the other questions"), "{html}");
    assert!(!html.contains("Not answered yet"), "{html}");
}

#[test]
fn the_offer_leaves_out_the_answer_on_show_which_may_be_about_to_change() {
    // Back to the first question, answered as a carer: that answer may be changed here, so the
    // result is not offered on it.
    let back = run(answered(KMPT, &["carer_only"]), [Action::Back]);
    assert!(matches!(back.screen, Screen::Question { index: 0, .. }));
    assert!(!back.can_see_result_now());
    assert!(!render(&back).contains(SEE_NOW));
    assert!(Rc::ptr_eq(
        &back,
        &run(back.clone(), [Action::SeeResultNow])
    ));
    // Nor on a question reached by a Change link, which goes back to check your answers.
    let check = answered(KMPT, &["carer_only", "yes", "3/2024", "yes"]);
    let changing = run(
        check,
        [Action::Change(eligibility_core::rules::QuestionId::new(
            "willing_to_share",
        ))],
    );
    assert!(!changing.can_see_result_now());
    // Own experience so far: every answer to come could still change the result.
    let own = answered(KMPT, &["own"]);
    assert!(!own.can_see_result_now());
    assert!(Rc::ptr_eq(&own, &run(own.clone(), [Action::SeeResultNow])));
}

#[test]
fn the_last_question_is_skippable_when_only_desirable_criteria_ask_it() {
    let at_nvq = answered(KMPT, &["own", "yes", "3/2024"]);
    assert!(at_nvq.can_see_result_now());
    let result = run(at_nvq, [Action::SeeResultNow]);
    let html = render(&result);
    assert_eq!(
        heading(&html),
        "You meet the essential criteria for this job"
    );
    assert_contains(
        &html,
        "You did not answer 1 question. It could not change this result.",
    );
}

#[test]
fn check_your_answers_shows_a_settled_result_with_questions_left() {
    // Back from a result seen early reaches check your answers, with the rows not answered;
    // See your result goes back to it rather than to the first question left.
    let result = run(answered(SWLSTG, &["carer_only"]), [Action::SeeResultNow]);
    let check = run(result, [Action::Back]);
    assert_eq!(check.screen, Screen::CheckAnswers(PostingId::new(SWLSTG)));
    assert_contains(&render(&check), "Not answered");
    let again = run(check, [Action::SeeResult]);
    assert_eq!(again.screen, Screen::Result(PostingId::new(SWLSTG)));
    // Changed to an answer that leaves the result open, it sends the applicant to the first
    // question left.
    let changed = run(
        again,
        [
            Action::Back,
            Action::Change(eligibility_core::rules::QuestionId::new("lived_experience")),
        ],
    );
    let changed = answer_each(changed, &["own"]);
    assert_eq!(changed.screen, Screen::CheckAnswers(PostingId::new(SWLSTG)));
    let sent = run(changed, [Action::SeeResult]);
    assert_eq!(
        sent.screen,
        Screen::Question {
            posting: PostingId::new(SWLSTG),
            index: 1,
            from_check: false
        }
    );
}

/// Where `needle` first appears in `html`.
#[track_caller]
fn at(html: &str, needle: &str) -> usize {
    html.find(needle)
        .unwrap_or_else(|| panic!("expected {needle:?} in\n{html}"))
}

#[test]
fn no_result_panel_is_in_the_alarm_colours_and_support_comes_first_on_a_no() {
    // (posting, answers, the panel's tone, whether support comes before the criteria)
    #[rustfmt::skip]
    let table: &[(&str, &[&str], &str, bool)] = &[
        (KMPT, &["own", "yes", "3/2024", "yes"], "ec-result-met", false),
        // Not yet, and a firm no.
        (KMPT, &["own", "yes", "5/2026", "yes"], "ec-result-neutral", true),
        (KMPT, &["carer_only", "yes", "3/2024", "yes"], "ec-result-neutral", true),
        (KMPT, &["own", "yes", "not sure", "yes"], "ec-result-neutral", false),
        // Closed: never green, whatever the answers.
        (SWLSTG, &["own", "yes"], "ec-result-neutral", false),
        (SWLSTG, &["own", "no"], "ec-result-neutral", true),
    ];
    for (posting, given, tone, support_first) in table {
        let html = render(&result(posting, given));
        assert_contains(&html, &format!("class=\"ec-result-panel {tone}\""));
        assert!(!html.contains("ec-result-not-met"), "{given:?}");
        let support = at(&html, "If you need support now");
        let criteria = at(&html, "<h2>Essential criteria</h2>");
        assert_eq!(support < criteria, *support_first, "{posting} {given:?}");
        assert_eq!(html.matches("If you need support now").count(), 1);
    }
}

#[test]
fn the_dbs_check_says_being_sectioned_is_not_a_conviction() {
    let html = render(&result(KMPT, &["own", "yes", "3/2024", "yes"]));
    let dbs = at(&html, "A Disclosure and Barring Service (DBS) check</h3>");
    let line = at(
        &html,
        "Being detained under the Mental Health Act (sectioned) is not a criminal conviction.",
    );
    assert!(dbs < line);
    assert_eq!(html.matches("Mental Health Act").count(), 1);
}

#[test]
fn a_carer_s_result_names_the_jobs_that_ask_for_carers_experience() {
    let html = render(&result(KMPT, &["carer_only", "yes", "3/2024", "yes"]));
    assert_contains(
        &html,
        "Some peer support jobs ask for experience as a carer, family member or friend.",
    );
    let html = render(&result(KMPT, &["work_only", "yes", "3/2024", "yes"]));
    assert!(!html.contains("experience as a carer"), "{html}");
}

#[test]
fn a_closed_card_is_marked_closed_and_its_button_says_check_anyway() {
    let html = render(&start());
    let card = |html: &str, id: &str| -> String {
        let from = at(html, &format!("aria-labelledby=\"ec-posting-{id}\""));
        let to = html[from..].find("</li>").unwrap() + from;
        html[from..to].to_owned()
    };
    let closed = card(&html, SWLSTG);
    assert_contains(&closed, "<p class=\"ec-tag\">Closed</p>");
    assert_contains(&closed, ">Check this job anyway</button>");
    let open = card(&html, KMPT);
    assert!(!open.contains("ec-tag"), "{open}");
    assert_contains(&open, ">Check this job</button>");
}
