//! The reducer and the views, natively: every step of the flow, and what each page says.

mod util;

use eligibility_checker::app::state::{Action, DatePart, Draft, InputError, Screen, State, Trail};
use eligibility_core::builtin;
use eligibility_core::rules::{CriterionId, Date, Filter, OptionId, PostingId, QuestionId};
use std::rc::Rc;
use util::flow::*;
use util::*;

#[test]
fn a_full_flow_reaches_a_result_through_check_your_answers() {
    let state = answered(SWLSTG, &["own", "yes"]);
    assert_eq!(state.screen, Screen::CheckAnswers(PostingId::new(SWLSTG)));
    let state = run(state, [Action::SeeResult]);
    assert_eq!(state.screen, Screen::Result(PostingId::new(SWLSTG)));
    let html = render(&state);
    // South West London's advert has closed: the result leads with that, not with success.
    assert_contains(
        &html,
        r#"<h1 id="page-heading" tabindex="-1">This advert closed on 16 September 2025</h1>"#,
    );
    assert_contains(&html, "<p>The employer is no longer taking applications for it.</p><p><strong>You meet the essential criteria for this job</strong></p>");
    assert_contains(&html, "Call Samaritans free on 116 123");
    assert_contains(&html, "Call NHS 111 and choose the mental health option");
}

#[test]
fn continuing_without_an_answer_shows_an_error_and_stays() {
    let state = answered(KMPT, &[]);
    let refused = run(state.clone(), [Action::Continue]);
    assert_eq!(refused.screen, state.screen);
    assert_eq!(refused.form.error, Some(InputError::NoAnswer));
    assert!(
        refused.focus_turn > state.focus_turn,
        "focus moves to the error summary"
    );
    let html = render(&refused);
    assert_contains(&html, "There is a problem");
    assert_contains(&html, r##"href="#answer-own""##);
    assert_contains(&html, "Error:");
    // The next page turn clears the error.
    let next = run(refused, choose("own"));
    assert_eq!(next.form.error, None);
}

#[test]
fn month_fields_are_checked_one_by_one() {
    let at_month = answered(KMPT, &["own", "yes"]);
    let table = [
        (("", "2024"), InputError::MonthMissing),
        (("13", "2024"), InputError::MonthInvalid),
        (("x", "2024"), InputError::MonthInvalid),
        (("3", ""), InputError::YearMissing),
        (("3", "24"), InputError::YearInvalid),
        (("3", "1850"), InputError::YearInvalid),
        (("12", "2026"), InputError::InFuture),
        (("1", "2027"), InputError::InFuture),
    ];
    for ((m, y), expected) in table {
        let state = run(at_month.clone(), type_month(m, y));
        assert_eq!(state.form.error, Some(expected), "{m}/{y}");
        assert!(state
            .answers
            .get(&QuestionId::new("last_used_services"))
            .is_none());
    }
    let html = render(&run(at_month.clone(), type_month("12", "2026")));
    assert_contains(&html, "Enter this month or a month before it");
    assert_contains(&html, r##"href="#answer-month""##);
    let html = render(&run(at_month.clone(), type_month("3", "24")));
    assert_contains(&html, r##"href="#answer-year""##);
    let ok = run(at_month, type_month(" 11 ", "2026"));
    assert_eq!(ok.form.error, None);
}

#[test]
fn each_date_field_changes_only_itself_in_the_state() {
    // The page sends each field's text alone, and the state keeps the other's: a year typed
    // before the page has redrawn after the month keeps the month.
    let at_month = answered(KMPT, &["own", "yes"]);
    let chosen = run(
        at_month,
        [Action::Draft(Draft::Month {
            month: String::new(),
            year: String::new(),
        })],
    );
    let typed = run(
        chosen.clone(),
        [
            Action::Type(DatePart::Month, "3".into()),
            Action::Type(DatePart::Year, "2024".into()),
        ],
    );
    assert_eq!(
        typed.form.draft,
        Draft::Month {
            month: "3".into(),
            year: "2024".into()
        }
    );
    let corrected = run(typed, [Action::Type(DatePart::Month, "4".into())]);
    assert_eq!(
        corrected.form.draft,
        Draft::Month {
            month: "4".into(),
            year: "2024".into()
        }
    );
    // The same text again changes nothing, and typing anywhere but a question does nothing.
    let same = run(
        corrected.clone(),
        [Action::Type(DatePart::Month, "4".into())],
    );
    assert!(Rc::ptr_eq(&same, &corrected));
    let list = start();
    assert!(Rc::ptr_eq(
        &list,
        &run(list.clone(), [Action::Type(DatePart::Year, "2024".into())])
    ));
}

#[test]
fn change_returns_straight_to_check_your_answers() {
    let state = result(KMPT, &["own", "yes", "3/2024", "no"]);
    let state = run(state, [Action::Back]);
    assert_eq!(state.screen, Screen::CheckAnswers(PostingId::new(KMPT)));
    let changing = run(state, [Action::Change(QuestionId::new("willing_to_share"))]);
    assert_eq!(
        changing.screen,
        Screen::Question {
            posting: PostingId::new(KMPT),
            index: 1,
            from_check: true
        }
    );
    assert_eq!(
        changing.form.draft,
        Draft::Choice(OptionId::new("yes")),
        "the answer given is shown"
    );
    let back = run(changing.clone(), [Action::Back]);
    assert_eq!(back.screen, Screen::CheckAnswers(PostingId::new(KMPT)));
    let changed = run(changing, choose("no"));
    assert_eq!(changed.screen, Screen::CheckAnswers(PostingId::new(KMPT)));
    let html = render(&run(changed, [Action::SeeResult]));
    assert_contains(
        &html,
        "You do not meet every essential criterion for this job",
    );
    assert_contains(&html, "You do not meet this one");
}

#[test]
fn a_month_changed_from_check_your_answers_that_asks_the_gp_question_shows_it_unanswered_then_asks_it(
) {
    // March 2024 is long enough ago: the GP question is not asked.
    let state = result(KMPT, &["own", "yes", "3/2024", "no"]);
    let state = run(state, [Action::Back]);
    let gp = "Only care from your GP or prescribed medicine in the last 12 months";
    assert!(!render(&state).contains(gp));
    // Changed to August 2026, too recent: straight back to check your answers, which shows the
    // question it brings in as not answered.
    let changing = run(
        state,
        [Action::Change(QuestionId::new("last_used_services"))],
    );
    let changed = run(changing, type_month("8", "2026"));
    assert_eq!(changed.screen, Screen::CheckAnswers(PostingId::new(KMPT)));
    let html = render(&changed);
    let row = html.split(gp).nth(1).expect("the GP question has a row");
    assert!(
        row.starts_with(r#"</dt><dd class="ec-summary-answer">Not answered</dd>"#),
        "its row says Not answered: {row}"
    );
    // See your result goes to it; answered, check your answers again, then the result.
    let asked = run(changed, [Action::SeeResult]);
    assert_eq!(
        asked.question().map(|q| q.id.as_str()),
        Some("gp_or_medicine_only")
    );
    let answered = run(asked, choose("no"));
    assert_eq!(answered.screen, Screen::CheckAnswers(PostingId::new(KMPT)));
    let html = render(&run(answered, [Action::SeeResult]));
    assert_contains(&html, "You could apply from 31 August 2027");
}

#[test]
fn back_walks_the_flow_in_reverse() {
    let state = answered(KMPT, &["own"]);
    let state = run(state, [Action::Back]);
    assert!(matches!(state.screen, Screen::Question { index: 0, .. }));
    assert_eq!(state.form.draft, Draft::Choice(OptionId::new("own")));
    let state = run(state, [Action::Back]);
    assert_eq!(state.screen, Screen::Posting(PostingId::new(KMPT)));
    let state = run(state, [Action::Back]);
    assert_eq!(state.screen, Screen::Postings);
    let unchanged = run(state.clone(), [Action::Back]);
    assert!(
        Rc::ptr_eq(&state, &unchanged),
        "nothing changed: the same Rc"
    );
}

#[test]
fn the_browsers_back_and_forward_move_one_page_through_the_trail() {
    use eligibility_checker::app::state::{HistoryStep, Place};
    let place = |at| Place { trail: 0, at };
    let done = result(KMPT, &["own", "yes", "3/2024", "no"]);
    // List, posting, four questions, check your answers, result: one entry each.
    assert_eq!(done.trail.pages.len(), 8);
    assert_eq!((done.trail.at, done.trail.step), (7, HistoryStep::Push));
    // The browser's Back, one entry at a time, to the list; each page as it was answered.
    let mut state = done.clone();
    for at in (0..7).rev() {
        state = run(state, [Action::Travel(place(at))]);
        assert_eq!(state.screen, done.trail.pages[at]);
        assert_eq!(
            (state.trail.at, state.trail.step),
            (at, HistoryStep::Stay),
            "the browser is there already"
        );
    }
    assert_eq!(state.screen, Screen::Postings);
    let on_question = run(state.clone(), [Action::Travel(place(3))]);
    assert_eq!(
        on_question.form.draft,
        Draft::Choice(OptionId::new("yes")),
        "its answer in the fields"
    );
    // Forward again, all the way to the result, with every answer kept.
    let forward = run(state, [Action::Travel(place(7))]);
    assert_eq!(forward.screen, Screen::Result(PostingId::new(KMPT)));
    assert_eq!(forward.answers, done.answers);
    // The checker's Back link goes to the page before in the flow as a new entry, as GOV.UK's
    // Back link does: the browser's Back then returns to the result.
    let back = run(done.clone(), [Action::Back]);
    assert_eq!(back.screen, Screen::CheckAnswers(PostingId::new(KMPT)));
    assert_eq!(
        (back.trail.at, back.trail.pages.len(), back.trail.step),
        (8, 9, HistoryStep::Push)
    );
    let returned = run(back, [Action::Travel(place(7))]);
    assert_eq!(returned.screen, Screen::Result(PostingId::new(KMPT)));
    // A page turn after going back drops the pages after it, as the browser does.
    let gone_back = run(done.clone(), [Action::Travel(place(6))]);
    let changed = run(
        gone_back,
        [Action::Change(QuestionId::new("willing_to_share"))],
    );
    assert_eq!((changed.trail.at, changed.trail.pages.len()), (7, 8));
    // Entries the trail does not have, or from a trail the answers were forgotten with, show
    // nothing: Back after Clear my answers does not bring back the last person's pages.
    let unchanged = run(done.clone(), [Action::Travel(place(40))]);
    assert!(Rc::ptr_eq(&done, &unchanged));
    let cleared = run(done, [Action::ClearAnswers]);
    assert_eq!(
        (
            cleared.trail.id,
            cleared.trail.at,
            cleared.trail.pages.len()
        ),
        (1, 0, 1)
    );
    let unchanged = run(cleared.clone(), [Action::Travel(place(6))]);
    assert!(Rc::ptr_eq(&cleared, &unchanged));
}

#[test]
fn clearing_answers_forgets_everything_and_says_so() {
    let state = result(KMPT, &["own", "yes", "3/2024", "no"]);
    assert!(!state.answers.is_empty());
    let cleared = run(state, [Action::ClearAnswers]);
    assert!(cleared.answers.is_empty());
    assert_eq!(cleared.screen, Screen::Postings);
    assert!(cleared.just_cleared);
    assert_contains(&render(&cleared), "Your answers have been cleared.");
    let again = run(cleared, [Action::SelectPosting(PostingId::new(KMPT))]);
    assert!(!again.just_cleared);
}

#[test]
fn leaving_the_page_forgets_everything_without_a_word_or_a_focus_move() {
    // Halfway through a question, with something typed, and at a result.
    let halfway = run(answered(KMPT, &["own"]), [Action::Draft(draft("yes"))]);
    let at_result = result(KMPT, &["own", "yes", "3/2024", "no"]);
    for state in [halfway, at_result] {
        let left = run(state.clone(), [Action::Forget]);
        assert!(left.answers.is_empty());
        assert_eq!(left.form.draft, Draft::Empty);
        assert_eq!(left.screen, Screen::Postings);
        assert!(!left.just_cleared, "nobody is there to be told");
        assert_eq!(left.focus_turn, state.focus_turn, "focus stays put");
        let fresh = State::new(state.catalogue.clone(), today());
        assert_eq!(
            *left,
            State {
                focus_turn: state.focus_turn,
                trail: Trail::new(Screen::Postings, 1),
                ..fresh
            }
        );
    }
}

#[test]
fn a_month_typed_as_its_name_answers_as_its_number() {
    let at_the_month_question = answered(KMPT, &["own", "yes"]);
    let by_number = run(at_the_month_question.clone(), type_month("4", "2024"));
    let by_name = run(at_the_month_question.clone(), type_month("April", "2024"));
    let in_welsh = run(at_the_month_question, type_month("Ebrill", "2024"));
    assert_eq!(by_number.form.error, None);
    assert_eq!(by_name.answers, by_number.answers);
    assert_eq!(in_welsh.answers, by_number.answers);
}

#[test]
fn only_the_list_or_the_first_page_with_nothing_answered_has_nothing_to_lose() {
    // What a new build taking over (and the page reloading onto it) may cost the applicant.
    let fresh = start();
    assert!(!fresh.has_something_to_lose(), "a fresh load");
    let opened = Rc::new(State::new(Rc::new(catalogue()), today()).opened_at(PostingId::new(KMPT)));
    assert!(
        !opened.has_something_to_lose(),
        "a careers page's one posting, as it opened"
    );
    let posting = run(start(), [Action::SelectPosting(PostingId::new(KMPT))]);
    assert!(posting.has_something_to_lose(), "a step past the list");
    let question = run(start(), open(KMPT));
    assert!(question.has_something_to_lose(), "a question under way");
    let answered = answered(KMPT, &["own"]);
    assert!(answered.has_something_to_lose());
    let at_result = result(KMPT, &["own", "yes", "3/2024", "no"]);
    let back_on_the_list = run(at_result, [Action::OtherJobs]);
    assert_eq!(back_on_the_list.screen, Screen::Postings);
    assert!(
        back_on_the_list.has_something_to_lose(),
        "answers kept for the next posting"
    );
    let cleared = run(answered, [Action::ClearAnswers]);
    assert!(
        !cleared.has_something_to_lose(),
        "cleared, back at the start"
    );
    let searched = run(
        start(),
        [Action::Filter(Filter {
            words: "Dartford".into(),
            ..Filter::default()
        })],
    );
    assert!(searched.has_something_to_lose(), "a search of the list");
}

#[test]
fn leaving_a_checker_opened_at_one_posting_returns_to_that_posting() {
    let opened =
        Rc::new(State::new(Rc::new(catalogue()), today()).opened_at(PostingId::new(SWLSTG)));
    let mut actions = vec![Action::Start];
    actions.extend(choose("own"));
    let left = run(run(opened.clone(), actions), [Action::Forget]);
    assert_eq!(left.screen, Screen::Posting(PostingId::new(SWLSTG)));
    assert!(left.answers.is_empty());
    assert_eq!(
        *left,
        State {
            focus_turn: left.focus_turn,
            trail: Trail::new(Screen::Posting(PostingId::new(SWLSTG)), 1),
            ..(*opened).clone()
        }
    );
}

#[test]
fn actions_out_of_place_change_nothing() {
    let state = start();
    for action in [
        Action::Start,
        Action::Continue,
        Action::SeeResult,
        Action::Change(QuestionId::new("lived_experience")),
        Action::Draft(Draft::NotSure),
        Action::SelectPosting(PostingId::new("no-such-posting")),
        Action::Forget,
    ] {
        let next = run(state.clone(), [action.clone()]);
        assert!(Rc::ptr_eq(&state, &next), "{action:?}");
    }
}

#[test]
fn the_start_page_lists_both_postings_with_their_facts() {
    let html = render(&start());
    assert_contains(
        &html,
        "South West London and St George's Mental Health NHS Trust",
    );
    assert_contains(&html, "Kent and Medway Mental Health NHS Trust");
    assert_contains(&html, "Closed on 16 September 2025");
    assert_contains(&html, "No closing date given");
    assert_contains(&html, "£23,000 to £30,000 a year");
    assert_contains(&html, "Part time");
    assert_contains(&html, "Your answers stay on this device.");
}

#[test]
fn the_posting_page_says_what_is_checked_and_promises_privacy() {
    let html = render(&run(start(), [Action::SelectPosting(PostingId::new(KMPT))]));
    assert_contains(&html, "You will answer 4 questions, one at a time.");
    // An essential criterion and an after-offer check, in the posting's own words.
    let catalogue = catalogue();
    for id in ["kmpt-twelve-months-without-services", "dbs-check"] {
        assert_contains(
            &html,
            criterion(posting(&catalogue, KMPT), id)
                .summary
                .as_english(),
        );
    }
    assert_contains(&html, "Nothing you enter is sent anywhere or saved");
    assert_contains(&html, "380-AC");
}

#[test]
fn a_question_is_the_page_heading_inside_its_legend() {
    let html = render(&run(start(), open(SWLSTG)));
    assert_contains(&html, "<legend>");
    assert_contains(
        &html,
        r#"<h1 id="page-heading" tabindex="-1">Which best describes your experience of mental health problems or emotional distress?</h1>"#,
    );
    assert_contains(&html, "Question 1 of 2");
    assert_contains(&html, "I'm not sure whether my experience counts");
}

#[test]
fn the_desirable_question_says_it_never_blocks() {
    let html = render(&answered(KMPT, &["own", "yes", "3/2024"]));
    assert_contains(
        &html,
        "Do you have a National Vocational Qualification (NVQ) at level 2",
    );
    assert_contains(&html, "Your answer does not change whether you can apply");
}

#[test]
fn a_result_says_what_is_not_met_or_unsettled_and_when_it_may_be_met() {
    // (posting, answers in the order it asks, what the result page says, what it never says);
    // today() is 23 November 2026.
    #[rustfmt::skip]
    type Row<'a> = (&'a str, &'a [&'a str], &'a [&'a str], &'a [&'a str]);
    let table: &[Row] = &[
        // Time alone stands in the way: "not yet", and the day it will have passed by.
        (
            KMPT,
            &["own", "yes", "5/2026", "no", "yes"],
            &[
                "You could apply from 31 May 2027",
                "You answered May 2026. You would meet this 12 months after the exact day in May 2026. That is some time in May 2027, and by 31 May 2027 at the latest.",
                "From your answers, only time stands in the way: twelve months without using mental health services before applying.",
                "you would meet every essential criterion by 31 May 2027 at the latest.",
            ],
            &["Other jobs may ask"],
        ),
        // Something waiting will not change: no "not yet", no "come back later".
        (
            KMPT,
            &["carer_only", "yes", "3/2024", "yes"],
            &[
                "You do not meet every essential criterion for this job",
                "From your answers, you do not meet: lived experience of mental health problems. This is about this job's criteria, not about you.",
                "Other jobs may ask for different things, so you can check other jobs.",
            ],
            &["Not yet", "not yet", "come back", "at the latest"],
        ),
        // A closed advert leads with its closing; the answers' outcome follows.
        (
            SWLSTG,
            &["own", "no"],
            &[
                "This advert closed on 16 September 2025",
                "The employer is no longer taking applications for it.",
                "You do not meet every essential criterion for this job",
                "From your answers, you do not meet: your own experience of using inpatient mental health services.",
            ],
            &["Not yet", "come back", "at the latest", "You meet the essential criteria"],
        ),
        // A mix: waiting settles one, not the other.
        (
            KMPT,
            &["work_only", "yes", "8/2026", "no", "yes"],
            &[
                "Time will settle some of this, but not all.",
                "Waiting until 31 August 2027 would meet some of these criteria, but not all of them.",
            ],
            &["Not yet"],
        ),
        // Time would settle one, but another is unsettled: not "not yet", not "only time".
        (
            KMPT,
            &["own", "not sure", "8/2026", "no", "yes"],
            &[
                "You do not meet every essential criterion for this job",
                "Waiting until 31 August 2027 would meet some of these criteria, but not all of them.",
                "Your answers do not show whether you meet: willing to share your own life experiences.",
            ],
            &["Not yet", "Only time", "every essential criterion by"],
        ),
        // Nothing is met: no "the other criteria".
        (
            SWLSTG,
            &["not sure", "not sure"],
            &["Your answers do not show whether you meet 2 of the essential criteria. The employer can tell you."],
            &["You meet the other essential criteria"],
        ),
        // Not met also names what only the employer can settle.
        (
            KMPT,
            &["work_only", "not sure", "3/2024", "yes"],
            &[
                "From your answers, you do not meet: lived experience of mental health problems.",
                "Your answers do not show whether you meet: willing to share your own life experiences. The employer can tell you about that too.",
            ],
            &[],
        ),
        // Not sure: the other criteria are met, and nothing "fails".
        (
            SWLSTG,
            &["own", "not sure"],
            &[
                "You might meet the essential criteria: ask the employer",
                "You meet the other essential criteria. Your answers do not show whether you meet: your own experience of using inpatient mental health services. The employer can tell you.",
                "Not sure: ask the employer",
            ],
            &["fail"],
        ),
        // The boundary month: met now if on or before a day, otherwise by a day at the latest;
        // only the applicant knows the day, so it is not "ask the employer".
        (
            KMPT,
            &["own", "yes", "11/2025", "no", "yes"],
            &[
                "You might meet the essential criteria: it depends on the day",
                "You answered November 2025. If it was on or before 23 November 2025, you meet this now. If it was later, you would meet this 12 months after that day, by 30 November 2026 at the latest.",
                "Depends on the day",
                "Only you know the exact day.",
            ],
            &["ask the employer", "Ask the employer"],
        ),
        // A desirable criterion not met never sounds like a verdict.
        (
            KMPT,
            &["own", "yes", "3/2024", "no"],
            &["You can still apply", "You answered: No. This is not essential, so you can still apply."],
            &["This answer does not meet this criterion"],
        ),
    ];
    for (posting, given, says, never) in table {
        let html = render(&result(posting, given));
        for words in *says {
            assert_contains(&html, words);
        }
        for words in *never {
            assert!(!html.contains(words), "{given:?} says {words:?}");
        }
        assert!(
            !html.contains("rejected") && !html.contains("ineligible"),
            "{given:?}"
        );
    }
}

#[test]
fn a_result_names_its_advert_and_what_the_check_does_not_ask() {
    let html = render(&result(KMPT, &["own", "yes", "3/2024", "yes"]));
    assert_contains(&html, "These criteria come from the advert by Kent and Medway Mental Health NHS Trust, published on 10 November 2025. Its reference is 380-AC.");
    assert_contains(&html, "Not covered by this check");
    assert_contains(
        &html,
        "The advert also asks for this. This check does not ask about it:",
    );
    assert_contains(&html, "Anything else the full job description asks for");
    let html = render(&result(SWLSTG, &["own", "yes"]));
    assert_contains(
        &html,
        "These criteria come from the advert by South West London and St George's Mental Health NHS Trust, with the closing date 16 September 2025.",
    );
    assert_contains(
        &html,
        "The advert also asks for these. This check does not ask about them:",
    );
    assert_contains(&html, "Able to support others on their recovery journey");
    // Leaving for the employer's site opens a new tab, and says so.
    assert_contains(&html, r#"target="_blank""#);
    assert_contains(&html, "(opens in a new tab)");
    // A printed page names the host the link goes to, not the whole address.
    assert_contains(&html, r#"data-host="www.swlstg.nhs.uk""#);
}

#[test]
fn an_advert_with_no_closing_date_may_have_closed_after_its_weeks() {
    // Kent and Medway's advert was published on 10 November 2025 with no closing date; it is
    // taken to be open for 8 weeks, to 5 January 2026.
    let on = |day: Date| Rc::new(State::new(Rc::new(catalogue()), day));
    let open_day = Date::new(2026, 1, 5).unwrap();
    let closed_day = Date::new(2026, 1, 6).unwrap();
    let may_have_closed = "it may have closed";

    let list = render(&on(open_day));
    assert!(!list.contains(may_have_closed), "open on 5 January 2026");
    assert_contains(&list, "No closing date given<");
    let list = render(&on(closed_day));
    assert_contains(&list, "No closing date given, and it may have closed");

    let page = |day| render(&run(on(day), [Action::SelectPosting(PostingId::new(KMPT))]));
    assert!(!page(open_day).contains(may_have_closed));
    assert_contains(&page(open_day), "The job starts in March 2026.");
    assert_contains(
        &page(closed_day),
        "This advert was published on 10 November 2025 and gives no closing date, so it may have closed.",
    );
    assert_contains(
        &page(Date::new(2026, 4, 1).unwrap()),
        "The job was due to start in March 2026.",
    );
    assert_contains(
        &page(Date::new(2026, 3, 31).unwrap()),
        "The job starts in March 2026.",
    );

    let result_on = |day: Date| {
        let state = run(on(day), open(KMPT));
        render(&run(
            answer_each(state, &["own", "yes", "3/2024", "yes"]),
            [Action::SeeResult],
        ))
    };
    let html = result_on(open_day);
    assert_contains(
        &html,
        "Read the full advert and apply on the employer's website.",
    );
    assert!(!html.contains(may_have_closed));
    let html = result_on(closed_day);
    assert_contains(&html, "so it may have closed. Check on the employer's website whether it is still open, and apply there if it is.");
    assert!(
        !html.contains("Read the full advert and apply"),
        "no plain apply step"
    );
}

#[test]
fn criteria_named_in_a_sentence_keep_their_abbreviations() {
    let t = &eligibility_core::text::ENGLISH;
    assert_eq!(
        t.in_sentence("Twelve months without using services"),
        "twelve months without using services"
    );
    assert_eq!(
        t.in_sentence("NVQ level 2, or NHS experience"),
        "NVQ level 2, or NHS experience"
    );
    assert_eq!(t.in_sentence("A DBS check"), "a DBS check");
    assert_eq!(t.in_sentence("Ŵyr"), "ŵyr");
    assert_eq!(t.in_sentence("X"), "x");
    assert_eq!(t.in_sentence(""), "");

    assert_contains(
        &render(&result(KMPT, &["own", "not sure", "3/2024", "no"])),
        "Ask the employer about: willing to share your own life experiences.",
    );
}

#[test]
fn templates_fill_every_named_value_and_keep_anything_else_as_written() {
    use eligibility_core::text::fill;
    assert_eq!(
        fill(
            "Question {number} of {total}",
            &[("number", "2"), ("total", "3")]
        ),
        "Question 2 of 3"
    );
    assert_eq!(fill("{a}{a} {b}", &[("a", "x"), ("b", "é")]), "xx é");
    assert_eq!(
        fill("{unknown} {open {a", &[("a", "x")]),
        "{unknown} {open {a",
        "unknown names and unclosed braces are kept"
    );
    assert_eq!(
        fill("{a}", &[("a", "{b}"), ("b", "no")]),
        "{b}",
        "a value is not filled again"
    );
    assert_eq!(fill("", &[("a", "x")]), "");
    // Every template in the words the applicant reads names only values that exist.
    let t = &eligibility_core::text::ENGLISH;
    assert_eq!(
        fill(t.question_of, &[("number", "1"), ("total", "4")]),
        "Question 1 of 4"
    );
}

#[test]
fn a_bad_posting_file_hides_only_itself_and_the_applicant_reads_one_plain_sentence() {
    let (catalogue, errors) = builtin::load(
        builtin::QUESTIONS,
        &[
            posting_file(SWLSTG),
            ("postings/broken.json", r#"{"id": "Broken!"}"#),
        ],
    );
    assert_eq!(
        catalogue.postings().len(),
        1,
        "the good posting still loads"
    );
    // The problems are kept, in full, for the page's console (and the validator).
    let problems = errors[0].to_string();
    assert!(problems.contains("postings/broken.json: id: expected an id of lower-case letters"));
    assert!(problems.contains("title: this field is missing: expected some text"));
    let missing = Missing::of(catalogue.postings().len(), &errors, false);
    assert_eq!(missing, Missing::Some);
    let state = Rc::new(State::new(
        Rc::new(catalogue),
        Date::new(2026, 11, 23).unwrap(),
    ));
    let html = render_with(&state, missing);
    assert_contains(
        &html,
        "Some jobs could not be shown because of a problem with their details. You can still check the jobs listed here.",
    );
    assert_contains(&html, "Peer Support Worker");
    for developers in [
        "broken.json",
        "Broken!",
        "expected",
        "this field",
        "title:",
        "id:",
    ] {
        assert!(!html.contains(developers), "{developers} in\n{html}");
    }
}

#[test]
fn a_file_that_is_not_json_at_all_says_so_plainly_and_names_nothing_of_it() {
    let (catalogue, errors) = builtin::load_bundle(
        "the postings in this page (#ec-postings)",
        r#"{"postings": [ {"id": "x",} ]}"#,
    );
    assert!(catalogue.postings().is_empty());
    assert!(
        errors[0]
            .to_string()
            .contains("found a comma , after the last field of an object"),
        "the console's message names the comma: {errors:?}"
    );
    let missing = Missing::of(0, &errors, false);
    assert_eq!(missing, Missing::All);
    let html = render_with(&Rc::new(State::new(Rc::new(catalogue), today())), missing);
    assert_contains(
        &html,
        "The list of jobs could not be read, so there are no jobs to check here. Please try again later, or read the job adverts on the employer's website.",
    );
    assert!(
        !html.contains("There are no jobs to check at the moment"),
        "one sentence, not two"
    );
    for developers in ["#ec-postings", "comma", "JSON", "line 1"] {
        assert!(!html.contains(developers), "{developers} in\n{html}");
    }
}

#[test]
fn a_posting_the_page_asks_for_and_none_has_is_told_plainly_above_the_list() {
    let (catalogue, errors) = builtin::catalogue();
    assert!(errors.is_empty());
    let missing = Missing::of(catalogue.postings().len(), &errors, true);
    assert_eq!(missing, Missing::Posting);
    let html = render_with(&Rc::new(State::new(Rc::new(catalogue), today())), missing);
    assert_contains(
        &html,
        "The job this page links to could not be found, so all the jobs are listed instead.",
    );
    assert_eq!(Missing::of(2, &[], false), Missing::Nothing);
    let nothing = render_with(
        &Rc::new(State::new(Rc::new(builtin::catalogue().0), today())),
        Missing::Nothing,
    );
    assert!(
        !nothing.contains("ec-load-errors"),
        "nothing said where nothing is missing"
    );
}

#[test]
fn posting_text_is_rendered_as_text_never_as_markup() {
    let mut hostile: serde_json::Value = serde_json::from_str(posting_file(KMPT).1).unwrap();
    hostile["title"] = "<img src=x onerror=alert(1)><script>alert(2)</script>".into();
    let hostile = hostile.to_string();
    let (catalogue, errors) =
        builtin::load(builtin::QUESTIONS, &[("postings/hostile.json", &hostile)]);
    assert!(errors.is_empty(), "{errors:?}");
    let state = Rc::new(State::new(Rc::new(catalogue), today()));
    let html = render(&state);
    assert!(!html.contains("<img src=x"), "{html}");
    assert!(!html.contains("<script>"), "{html}");
    assert_contains(&html, "&lt;img src=x onerror=alert(1)&gt;");
}

#[test]
fn an_answer_given_for_one_posting_is_not_asked_again_for_another() {
    let state = run(result(SWLSTG, &["own", "yes"]), [Action::OtherJobs]);
    assert_eq!(state.screen, Screen::Postings);
    assert_eq!(
        state.answers.len(),
        2,
        "Check another job keeps the answers"
    );

    let at_kmpt = run(state, [Action::SelectPosting(PostingId::new(KMPT))]);
    let html = render(&at_kmpt);
    assert_contains(&html, "You will answer 3 questions, one at a time.");
    assert_contains(
        &html,
        "You have already answered 1 of its questions for another job",
    );

    let asked = run(at_kmpt, [Action::Start]);
    assert_eq!(
        asked.question().map(|q| q.id.as_str()),
        Some("willing_to_share"),
        "lived experience was answered for SWLSTG"
    );
    let checked = answer_each(asked, &["yes", "3/2024", "yes"]);
    assert_eq!(checked.screen, Screen::CheckAnswers(PostingId::new(KMPT)));
    let html = render(&checked);
    assert_contains(&html, "I have my own lived experience");
    let result = run(checked, [Action::SeeResult]);
    assert_contains(
        &render(&result),
        "You meet the essential criteria for this job",
    );
}

#[test]
fn a_posting_whose_questions_are_all_answered_goes_straight_to_check_your_answers() {
    let state = run(
        result(SWLSTG, &["own", "yes"]),
        [
            Action::OtherJobs,
            Action::SelectPosting(PostingId::new(SWLSTG)),
        ],
    );
    assert_contains(
        &render(&state),
        "You have answered every question this job asks already.",
    );
    let state = run(state, [Action::Start]);
    assert_eq!(state.screen, Screen::CheckAnswers(PostingId::new(SWLSTG)));
}

#[test]
fn start_again_forgets_answers_but_check_another_job_keeps_them() {
    let at_result = result(SWLSTG, &["own", "yes"]);
    let started_again = run(at_result.clone(), [Action::StartAgain]);
    assert!(started_again.answers.is_empty());
    assert_eq!(run(at_result, [Action::OtherJobs]).answers.len(), 2);
    let not_at_result = start();
    assert!(Rc::ptr_eq(
        &not_at_result,
        &run(not_at_result.clone(), [Action::OtherJobs])
    ));
}

#[test]
fn a_note_box_is_not_sent_for_checking() {
    let html = render(&result(KMPT, &["own", "yes", "3/2024", "yes"]));
    let boxes = html.matches("<textarea").count();
    assert_eq!(boxes, 5);
    // Chrome's enhanced spell check and Edge's editor, Grammarly, LanguageTool: each would send
    // what is typed to its servers, and each honours one of these.
    for attribute in [
        "spellcheck=\"false\"",
        "data-gramm=\"false\"",
        "data-gramm_editor=\"false\"",
        "data-enable-grammarly=\"false\"",
        "data-lt-active=\"false\"",
    ] {
        assert_eq!(html.matches(attribute).count(), boxes, "{attribute}");
    }
    assert_contains(
        &html,
        "Add-ons in your web browser can read what you type here, as on any website.",
    );
    let embedded = render_on_careers_page(&result(KMPT, &["own", "yes", "3/2024", "yes"]));
    assert!(
        !embedded.contains("Add-ons in your web browser"),
        "{embedded}"
    );
}

#[test]
fn notes_for_the_application_live_with_the_answers_and_go_with_them() {
    let note = |criterion: &str, text: &str| Action::Note(CriterionId::new(criterion), text.into());
    let at_result = result(KMPT, &["own", "yes", "3/2024", "yes"]);
    let html = render(&at_result);
    assert_contains(&html, "<h2>Prepare your application</h2>");
    // One box for each criterion to write about: the twelve-month rule (`false` in the bank) and
    // the after-offer DBS check have none; the desirable NVQ is marked as such.
    let boxes: Vec<&str> = html
        .split("<textarea")
        .skip(1)
        .map(|rest| {
            rest.split("id=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
        })
        .collect();
    assert_eq!(
        boxes,
        [
            "note-lived-experience",
            "note-willing-to-share",
            "note-used-services",
            "note-nvq-level-2",
            "note-job-description"
        ]
    );
    assert_contains(
        &html,
        "How would you use that, with care, to support a woman on the ward?",
    );
    assert_contains(&html, "Desirable: you can apply without it");
    assert_contains(&html, "aria-describedby=\"prompt-lived-experience\"");
    assert_contains(&html, "autocomplete=\"off\"");
    // Embedded in a careers page, whose scripts could hear every key typed, the prompts are
    // there and the boxes are not.
    let embedded = render_on_careers_page(&at_result);
    assert_contains(
        &embedded,
        "How would you use that, with care, to support a woman on the ward?",
    );
    assert_contains(
        &embedded,
        "Make your notes somewhere private, such as on paper.",
    );
    assert!(!embedded.contains("<textarea"), "{embedded}");

    // Typed notes are kept as typed, shown in their box and written out for paper.
    let noted = run(
        at_result.clone(),
        [
            note("lived-experience", "Peer group, 2023 \n"),
            note("nvq-level-2", "Care Certificate"),
        ],
    );
    assert_eq!(
        noted
            .notes
            .get(&PostingId::new(KMPT), &CriterionId::new("lived-experience")),
        "Peer group, 2023 \n"
    );
    assert_contains(
        &render(&noted),
        "<p class=\"ec-note-print\">Care Certificate</p>",
    );
    // Another posting's criteria have notes of their own; emptying a box removes its note.
    assert_eq!(
        noted.notes.get(
            &PostingId::new(SWLSTG),
            &CriterionId::new("lived-experience")
        ),
        ""
    );
    let emptied = run(noted.clone(), [note("nvq-level-2", "")]);
    assert_eq!(
        emptied
            .notes
            .get(&PostingId::new(KMPT), &CriterionId::new("nvq-level-2")),
        ""
    );
    // Kept when the applicant goes back and forth or checks another job; forgotten, like every
    // answer, by leaving the page, and by Clear my answers and Start again once the applicant has
    // said yes to deleting them (tests/results.rs).
    let back_again = run(
        noted.clone(),
        [Action::Back, Action::SeeResult, Action::OtherJobs],
    );
    assert_eq!(back_again.notes, noted.notes);
    assert_contains(&render(&back_again), "Clear my answers");
    for forget in [Action::ClearAnswers, Action::StartAgain] {
        let asked = run(noted.clone(), [forget.clone()]);
        assert_eq!(asked.notes, noted.notes, "{forget:?} asks first");
        assert!(
            run(asked, [Action::ConfirmWipe]).notes.is_empty(),
            "{forget:?}"
        );
    }
    assert!(run(noted.clone(), [Action::Forget]).notes.is_empty());
    // Notes are typed on the result only.
    let elsewhere = answered(KMPT, &["own"]);
    assert!(Rc::ptr_eq(
        &elsewhere,
        &run(elsewhere.clone(), [note("lived-experience", "x")])
    ));
}

#[test]
fn a_result_that_does_not_meet_the_criteria_offers_no_application_to_prepare() {
    let html = render(&result(KMPT, &["carer_only", "yes", "3/2024", "yes"]));
    assert!(!html.contains("Prepare your application"), "{html}");
    assert!(!html.contains("<textarea"));
    let unsure = render(&result(KMPT, &["own", "yes", "not sure", "yes"]));
    assert_contains(&unsure, "Prepare your application");
    assert_contains(&unsure, "note-job-description");
    // Nor does an advert that has closed, whatever the answers: nobody will read the application.
    let closed = render(&result(SWLSTG, &["own", "yes"]));
    assert!(!closed.contains("Prepare your application"), "{closed}");
    assert!(!closed.contains("<textarea"));
}

/// The list page for a synthetic catalogue of `n` postings.
fn synthetic(n: usize) -> Rc<State> {
    let text = util::generated(n);
    let (catalogue, errors) = builtin::load_bundle("synthetic", &text);
    assert!(errors.is_empty(), "{errors:?}");
    Rc::new(State::new(Rc::new(catalogue), today()))
}

#[test]
fn a_large_catalogue_is_listed_a_page_at_a_time() {
    let state = synthetic(1_000);
    let html = render(&state);
    assert_contains(&html, "Showing 20 of 1000 jobs");
    assert_contains(&html, "Show 20 more jobs");
    assert_eq!(
        html.matches("<li aria-labelledby=\"ec-posting-").count(),
        20
    );
    let more = run(state, [Action::ShowMore, Action::ShowMore]);
    let html = render(&more);
    assert_contains(&html, "Showing 60 of 1000 jobs");
    assert_eq!(
        html.matches("<li aria-labelledby=\"ec-posting-").count(),
        60
    );
}

#[test]
fn filters_narrow_the_list_and_start_it_from_the_first_page() {
    use eligibility_core::rules::Filter;
    let state = run(synthetic(100), [Action::ShowMore]);
    let filter = Filter {
        employer: Some("North Trust".into()),
        hours: Some(eligibility_core::rules::Hours::PartTime.key().into()),
        words: "leeds".into(),
        ..Filter::default()
    };
    let filtered = run(state, [Action::Filter(filter.clone())]);
    assert_eq!(
        filtered.list.shown,
        eligibility_checker::app::state::LIST_PAGE
    );
    let html = render(&filtered);
    // p % 5 == 0 (North), p % 3 == 0 (part time), p % 7 == 0 (Leeds): multiples of 105 below 100.
    assert_contains(&html, "Showing 1 of 1 job<");
    assert_contains(&html, "Peer Support Worker 0<");
    let none = run(
        filtered,
        [Action::Filter(Filter {
            words: "zzz".into(),
            ..filter
        })],
    );
    assert_contains(&render(&none), "No jobs match.");
}

#[test]
fn the_search_and_filters_start_closed_behind_one_button_that_counts_those_on() {
    let state = synthetic(12);
    let html = render(&state);
    assert_contains(
        &html,
        r#"<button type="button" aria-expanded="false" aria-controls="ec-filter-fields" class="ec-filter-toggle">Search and filter jobs</button>"#,
    );
    assert_contains(&html, r#"<div id="ec-filter-fields" hidden="hidden""#);
    // Nothing narrowed and every job shown: no count to say.
    assert!(!html.contains("Showing"), "{html}");
    let opened = run(state.clone(), [Action::ShowFilters(true)]);
    let html = render(&opened);
    assert_contains(&html, r#"aria-expanded="true""#);
    assert!(!html.contains(r#"hidden="hidden""#), "{html}");
    let filter = eligibility_core::rules::Filter {
        words: "peer".into(),
        hours: Some(eligibility_core::rules::Hours::PartTime.key().into()),
        ..Default::default()
    };
    let narrowed = run(opened, [Action::Filter(filter.clone())]);
    assert!(narrowed.list.filters_open, "narrowing keeps them open");
    let closed = run(narrowed, [Action::ShowFilters(false)]);
    assert_eq!(
        closed.list.filter, filter,
        "closing keeps what they are set to"
    );
    let html = render(&closed);
    assert_contains(&html, ">Search and filter jobs (2 on)</button>");
    assert_contains(&html, "Showing 4 of 4 jobs");
    // Once each way: the same state again, so nothing renders.
    let again = run(closed.clone(), [Action::ShowFilters(false)]);
    assert!(Rc::ptr_eq(&again, &closed));
    // Only the list has them.
    let posting = run(state, [Action::SelectPosting(PostingId::new("posting-1"))]);
    assert!(matches!(posting.screen, Screen::Posting(_)));
    let elsewhere = run(posting.clone(), [Action::ShowFilters(true)]);
    assert!(Rc::ptr_eq(&elsewhere, &posting));
}

#[test]
fn each_card_says_where_the_answers_so_far_leave_the_applicant() {
    let back_at_the_list =
        |given: &[&str]| render(&run(result(SWLSTG, given), [Action::OtherJobs]));
    let html = back_at_the_list(&["work_only", "yes"]);
    assert_contains(
        &html,
        "From your answers so far: <strong>you do not meet every essential criterion</strong>",
    );
    // "Not yet" only where waiting is the answer.
    let html = render(&run(
        result(KMPT, &["own", "yes", "8/2026", "no", "yes"]),
        [Action::OtherJobs],
    ));
    assert_contains(&html, "From your answers so far: <strong>not yet</strong>");
    let html = render(&run(
        result(KMPT, &["own", "yes", "11/2025", "no", "yes"]),
        [Action::OtherJobs],
    ));
    assert_contains(
        &html,
        "From your answers so far: <strong>it depends on the day</strong>",
    );
    let html = back_at_the_list(&["own", "yes"]);
    assert_contains(
        &html,
        "From your answers so far: <strong>you meet the essential criteria</strong>",
    );
    assert_contains(
        &html,
        "From your answers so far: <strong>3 more to answer</strong>",
    );
}

#[test]
fn props_compare_catalogues_and_states_by_pointer() {
    // Rc<T> compares by pointer first only when T: Eq. Yew compares props at every render, and
    // without this a list's every card walked a whole catalogue per keystroke. Stops compiling if
    // a field ever makes them PartialEq only.
    fn pointer_first<T: Eq>() {}
    pointer_first::<eligibility_core::rules::Catalogue>();
    pointer_first::<State>();
}

#[test]
fn counted_sentences_take_the_form_their_number_needs() {
    use eligibility_core::text::{fill, ENGLISH as T};
    let said = |plural: &eligibility_core::text::Plural, n: usize| {
        fill(
            plural.of(n),
            &[
                ("count", &n.to_string()),
                ("shown", &n.to_string()),
                ("total", &n.to_string()),
                ("months", &n.to_string()),
                ("month", "May 2026"),
                ("in", "May 2027"),
                ("by", "31 May 2027"),
            ],
        )
    };
    for (n, expected) in [
        (1, "Show 1 more job"),
        (2, "Show 2 more jobs"),
        (20, "Show 20 more jobs"),
    ] {
        assert_eq!(said(&T.show_more, n), expected);
    }
    for (n, expected) in [(1, "Showing 1 of 1 job"), (2, "Showing 2 of 2 jobs")] {
        assert_eq!(said(&T.showing, n), expected);
    }
    for (n, expected) in [
        (0, "You have answered every question this job asks already."),
        (1, "You will answer 1 question."),
        (3, "You will answer 3 questions, one at a time."),
    ] {
        assert_eq!(said(&T.covers_intro, n), expected);
    }
    for (n, expected) in [
        (1, "You answered May 2026. You would meet this 1 month after the exact day in May 2026. That is some time in May 2027, and by 31 May 2027 at the latest."),
        (12, "You answered May 2026. You would meet this 12 months after the exact day in May 2026. That is some time in May 2027, and by 31 May 2027 at the latest."),
    ] {
        assert_eq!(said(&T.reason_too_recent, n), expected);
    }
}
