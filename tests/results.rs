//! Results that inform without alarming, and notes that are the applicant's work, natively: the
//! result offered once the answers decide it, a closed advert's result, the neutral panel and the
//! support card, and the question asked before notes are deleted.

mod util;

use eligibility_checker::app::state::{Action, HistoryStep, Screen, State, Wipe};
use eligibility_checker::app::views::notes::notes_text;
use eligibility_core::rules::{CriterionId, PostingId};
use eligibility_core::text::ENGLISH;
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
        // Said once for each criterion left, in its status: KMPT has three essential and one
        // desirable left, SWLSTG one essential.
        let left = if posting == KMPT { 4 } else { 1 };
        assert_eq!(html.matches("Not answered yet").count(), left, "{posting}");
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
        (KMPT, &["own", "yes", "5/2026", "no", "yes"], "ec-result-neutral", true),
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

/// KMPT's result with a note typed for its first criterion.
fn with_a_note() -> Rc<State> {
    run(
        result(KMPT, &["own", "yes", "3/2024", "yes"]),
        [Action::Note(
            CriterionId::new("lived-experience"),
            "Peer group, 2023".into(),
        )],
    )
}

#[test]
fn clearing_answers_with_notes_asks_first_and_keeping_them_changes_nothing() {
    for (wipe, action) in [
        (Wipe::ClearAnswers, Action::ClearAnswers),
        (Wipe::StartAgain, Action::StartAgain),
    ] {
        let noted = with_a_note();
        let asked = run(noted.clone(), [action.clone()]);
        assert_eq!(asked.asking, Some(wipe));
        assert_eq!(asked.notes, noted.notes, "nothing deleted yet");
        assert_eq!(asked.screen, noted.screen);
        assert!(
            asked.focus_turn > noted.focus_turn,
            "focus moves to the question"
        );
        assert_eq!(asked.trail.step, HistoryStep::Stay, "not a page turn");
        let html = render(&asked);
        assert_eq!(heading(&html), "Delete your notes too?");
        assert_contains(&html, "so you cannot get them back.");
        assert_contains(&html, ">Keep my notes</button>");
        assert_contains(&html, ">Delete my answers and notes</button>");
        assert_contains(&html, ">Copy my notes</button>");
        assert!(
            !html.contains("Essential criteria"),
            "the question stands in for the page"
        );

        let kept = run(asked.clone(), [Action::KeepNotes]);
        assert_eq!(kept.asking, None);
        assert_eq!(
            (&kept.notes, &kept.answers, &kept.screen),
            (&noted.notes, &noted.answers, &noted.screen)
        );
        assert!(
            kept.focus_turn > asked.focus_turn,
            "focus back to the page's heading"
        );
        assert_eq!(
            heading(&render(&kept)),
            "You meet the essential criteria for this job"
        );

        let wiped = run(asked, [Action::ConfirmWipe]);
        assert!(wiped.notes.is_empty() && wiped.answers.is_empty());
        assert_eq!(wiped.screen, Screen::Postings);
        assert_eq!(wiped.asking, None);
        assert_eq!(wiped.just_cleared, wipe == Wipe::ClearAnswers);
    }
    // Without notes there is nothing to lose that the answers do not hold: cleared at once.
    let plain = result(KMPT, &["own", "yes", "3/2024", "yes"]);
    assert!(run(plain, [Action::ClearAnswers]).answers.is_empty());
    // The browser's Back while asking leaves the question unanswered, and the notes kept.
    let asked = run(with_a_note(), [Action::ClearAnswers]);
    let travelled = run(
        asked.clone(),
        [Action::Travel(eligibility_checker::app::state::Place {
            trail: asked.trail.id,
            at: asked.trail.at - 1,
        })],
    );
    assert_eq!(travelled.asking, None);
    assert!(!travelled.notes.is_empty());
    // Confirming or keeping with nothing asked changes nothing.
    let noted = with_a_note();
    assert!(Rc::ptr_eq(
        &noted,
        &run(noted.clone(), [Action::ConfirmWipe])
    ));
    assert!(Rc::ptr_eq(&noted, &run(noted.clone(), [Action::KeepNotes])));
}

#[test]
fn answers_cleared_is_shown_to_everyone_not_only_said() {
    let html = render(&result(KMPT, &["own", "yes", "3/2024", "yes"]));
    assert_contains(
        &html,
        "<p role=\"status\" class=\"ec-visually-hidden\"></p>",
    );
    let cleared = run(
        result(KMPT, &["own", "yes", "3/2024", "yes"]),
        [Action::ClearAnswers],
    );
    assert_contains(
        &render(&cleared),
        "<p role=\"status\" class=\"ec-cleared\">Your answers have been cleared.</p>",
    );
}

#[test]
fn notes_can_be_copied_on_the_checker_s_own_page_where_there_are_some() {
    let plain = result(KMPT, &["own", "yes", "3/2024", "yes"]);
    assert!(
        !render(&plain).contains("Copy my notes"),
        "no notes, nothing to copy"
    );
    let noted = with_a_note();
    let html = render(&noted);
    assert_contains(&html, ">Copy my notes</button>");
    assert_contains(&html, "<p role=\"status\" class=\"ec-copy-status\"></p>");
    assert!(!render_on_careers_page(&noted).contains("Copy my notes"));
    let copied = run(noted.clone(), [Action::NotesCopied(true)]);
    assert_contains(
        &render(&copied),
        "Your notes are copied. Paste them somewhere private.",
    );
    let refused = run(noted.clone(), [Action::NotesCopied(false)]);
    assert_contains(&render(&refused), "Your notes could not be copied.");
    // Typing again, or turning the page, makes the message old.
    let typed = run(
        copied,
        [Action::Note(
            CriterionId::new("lived-experience"),
            "Peer group".into(),
        )],
    );
    assert_eq!(typed.notes_copied, None);
    // What is copied: the job, then each criterion written about and its note.
    assert_eq!(
        notes_text(&ENGLISH, &noted.catalogue, &noted.notes),
        "Peer Support Worker, Kent and Medway Mental Health NHS Trust\n\n\
         Lived experience of mental health problems\nPeer group, 2023"
    );
}

#[test]
fn the_jobs_page_says_being_sectioned_is_not_a_conviction_where_it_names_the_dbs_check() {
    let line =
        "Being detained under the Mental Health Act (sectioned) is not a criminal conviction.";
    let page = run(start(), [Action::SelectPosting(PostingId::new(KMPT))]);
    let html = render(&page);
    let dbs = at(&html, "A Disclosure and Barring Service (DBS) check</li>");
    assert!(
        dbs < at(&html, line),
        "said under the checks the employer makes later"
    );
    assert_eq!(html.matches("Mental Health Act").count(), 1);
    // South West London's advert names no DBS check, so its page says nothing of convictions.
    let page = run(start(), [Action::SelectPosting(PostingId::new(SWLSTG))]);
    assert!(!render(&page).contains("Mental Health Act"));
}
