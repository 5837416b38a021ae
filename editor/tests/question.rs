//! A question written inside the line that needs it, from the employer's side: a line no
//! built-in question asks ("Able to work shifts including weekends") gets a new Yes or No
//! question, its answer ticked and its reason written; the downloaded file asks it in the checker
//! and decides it; its problems are on its fields; and the file opened again brings it back to
//! edit.

mod util;

use eligibility_core::builtin;
use eligibility_core::rules::{evaluate, Answer, Answers, NotMet, OptionId, QuestionId, Verdict};
use eligibility_editor::state::{Action, Asks, At, Edit, Field, Place, Plain, QuestionLeaf, State};
use util::{apply, editor, line, today};

const SPEC: &str = "Essential\n• Able to work shifts including weekends\n• Willing to share own life experiences\n";
const SHIFTS: &str = "Able to work shifts including weekends";
const QUESTION: &str = "Are you able to work shifts, including weekends?";
const REASON: &str = "The ward is staffed every day of the week, so the job needs weekend shifts.";

/// The specification split, its facts filled in.
fn drafted() -> State {
    let state = apply(editor(), [Action::Paste(SPEC.to_owned()), Action::Split]);
    let facts = [
        (Field::Title, "Peer Support Worker"),
        (Field::Employer, "An Example NHS Trust"),
        (Field::Location, "Leeds"),
        (Field::ApplyUrl, "https://example.org/apply"),
        (Field::Id, "example-shifts"),
        (Field::Source, "An advert"),
    ];
    let share = line(&state, "Willing to share");
    let state = apply(
        state,
        facts.map(|(field, text)| Action::Fact(field, text.to_owned())),
    );
    apply(
        state,
        [
            Action::UseRule(share, true),
            Action::Reason(
                At {
                    line: share,
                    part: None,
                },
                Some(OptionId::new("no")),
                "Sharing your experience is part of the job.".to_owned(),
            ),
        ],
    )
}

/// `drafted`, with a Yes or No question written for the shifts line, Yes meeting it.
fn with_question() -> State {
    let state = drafted();
    let shifts = line(&state, SHIFTS);
    let at = At {
        line: shifts,
        part: None,
    };
    apply(
        state,
        [
            Action::WriteQuestion(shifts),
            Action::EditQuestion(shifts, Edit::Text(QUESTION.to_owned())),
            Action::Meets(at, OptionId::new("yes"), true),
            Action::Reason(at, Some(OptionId::new("no")), REASON.to_owned()),
        ],
    )
}

fn places(state: &State) -> Vec<(Place, Option<Plain>)> {
    let check = state.check.as_ref().expect("checked");
    check
        .problems
        .iter()
        .map(|p| (p.place.clone(), p.plain.clone()))
        .collect()
}

#[test]
fn a_question_written_in_a_line_is_asked_by_the_downloaded_file_and_decides_the_line() {
    let state = with_question();
    assert_eq!(places(&state), [], "{:#?}", state.check);
    let id = QuestionId::new("able_to_work_shifts_including_weekends");
    assert!(
        state.bank.question(id.as_str()).is_some(),
        "it joins the bank"
    );

    let check = state.check.as_ref().unwrap();
    let (catalogue, errors) = builtin::load_bundle(&check.file_name, &check.text);
    assert_eq!(errors, []);
    let posting = &catalogue.postings()[0];
    assert!(posting.question_ids().contains(&id), "the posting asks it");
    let question = catalogue
        .question(&id)
        .expect("the file gives the question");
    assert_eq!(question.text.as_english(), QUESTION);
    assert_eq!(question.short.as_english(), QUESTION);
    assert_eq!(question.not_sure, None, "“I'm not sure”, as the bank's are");

    let share = catalogue
        .question(&QuestionId::new("willing_to_share"))
        .unwrap();
    let verdict = |answer: &str| {
        let mut answers = Answers::new();
        let choice = |o: &str| Answer::Choice(OptionId::new(o));
        answers.record(question, choice(answer), today()).unwrap();
        answers.record(share, choice("yes"), today()).unwrap();
        let evaluation = evaluate(posting, &answers, today()).unwrap();
        let shifts = evaluation
            .criteria
            .iter()
            .find(|a| a.criterion.rule.as_ref().unwrap().questions() == [&id])
            .unwrap();
        (evaluation.overall.clone(), shifts.verdict.clone())
    };
    let (_, yes) = verdict("yes");
    assert!(yes.is_met());
    let (_, no) = verdict("no");
    let Verdict::NotMet(NotMet::AnswerNotAccepted {
        reason: Some(reason),
        ..
    }) = no
    else {
        panic!("not met, with the reason: {no:?}");
    };
    assert_eq!(reason.as_english(), REASON);
}

#[test]
fn an_empty_question_is_named_on_its_field_and_withholds_the_download() {
    let state = drafted();
    let shifts = line(&state, SHIFTS);
    let state = state.reduce(Action::WriteQuestion(shifts));
    let text = Place::Question {
        line: shifts,
        leaf: QuestionLeaf::Text,
    };
    let found = places(&state);
    assert!(
        found.contains(&(text.clone(), Some(Plain::Empty))),
        "{found:?}"
    );
    let written = with_question().reduce(Action::EditQuestion(shifts, Edit::Text(String::new())));
    assert_eq!(places(&written), [(text, Some(Plain::Empty))]);
}

#[test]
fn answers_the_same_and_fewer_than_two_are_named_on_their_fields() {
    let state = with_question();
    let shifts = line(&state, SHIFTS);
    let edit = |edit| Action::EditQuestion(shifts, edit);
    let state = apply(
        state,
        [
            edit(Edit::Asks(Asks::OneOf)),
            edit(Edit::Answer(0, "Weekdays and weekends".to_owned())),
            edit(Edit::Answer(1, "Weekdays only".to_owned())),
            edit(Edit::AddAnswer),
            edit(Edit::Answer(2, "Weekdays only".to_owned())),
        ],
    );
    let at = |leaf| Place::Question { line: shifts, leaf };
    assert!(places(&state).contains(&(at(QuestionLeaf::Answer(2)), Some(Plain::SameAnswer))));
    let state = apply(
        state,
        [edit(Edit::RemoveAnswer(2)), edit(Edit::RemoveAnswer(1))],
    );
    assert!(places(&state).contains(&(at(QuestionLeaf::Answers), Some(Plain::TooFewAnswers))));
}

#[test]
fn the_written_file_opened_again_brings_the_question_back_to_edit() {
    let state = with_question();
    let check = state.check.clone().unwrap();
    let opened = editor().reduce(Action::Open(check.file_name.clone(), check.text.clone()));
    assert_eq!(places(&opened), []);
    let shifts = line(&opened, SHIFTS);
    let written = opened.written_at(shifts).expect("editable in its line");
    assert_eq!(written.text, QUESTION);
    assert_eq!(
        written.id.as_str(),
        "able_to_work_shifts_including_weekends"
    );
    assert_eq!(
        opened.check.as_ref().unwrap().text,
        check.text,
        "the same file"
    );

    let changed = "Can you work shifts, including weekends and bank holidays?";
    let edited = opened.reduce(Action::EditQuestion(shifts, Edit::Text(changed.to_owned())));
    assert_eq!(places(&edited), []);
    let written = edited.written_at(shifts).unwrap();
    assert_eq!(
        written.id.as_str(),
        "able_to_work_shifts_including_weekends",
        "a file's id is kept"
    );
    let file = &edited.check.as_ref().unwrap().text;
    assert!(file.contains(changed), "{file}");
}

#[test]
fn the_id_follows_the_words_and_the_rule_and_test_cases_follow_the_id() {
    let state = with_question();
    let shifts = line(&state, SHIFTS);
    let state = apply(
        state,
        [
            Action::ExampleName("Works weekends".to_owned()),
            Action::ExampleAnswer(
                QuestionId::new("able_to_work_shifts_including_weekends"),
                "yes".to_owned(),
            ),
            Action::ExampleAnswer(QuestionId::new("willing_to_share"), "yes".to_owned()),
            Action::AddExample,
            Action::EditQuestion(
                shifts,
                Edit::Text("Can you work nights and weekends?".to_owned()),
            ),
        ],
    );
    assert_eq!(places(&state), []);
    let id = QuestionId::new("work_nights_and_weekends");
    assert_eq!(state.written_at(shifts).unwrap().id, id);
    assert_eq!(
        state.examples[0].answers.get(&id),
        Some(&Answer::Choice(OptionId::new("yes")))
    );
    let runs = &state.check.as_ref().unwrap().runs;
    assert!(runs[0].differences.is_empty(), "{runs:?}");
}

#[test]
fn choosing_another_question_lets_the_written_one_go() {
    let state = with_question();
    let shifts = line(&state, SHIFTS);
    let state = state.reduce(Action::Question(shifts, "able_to_travel".to_owned()));
    assert!(state.written.is_empty());
    assert!(!state.check.as_ref().unwrap().text.contains(QUESTION));
}

#[derive(yew::Properties, PartialEq)]
struct Props {
    state: State,
}

#[yew::component]
fn Page(props: &Props) -> yew::Html {
    eligibility_editor::views::page(&props.state, &yew::Callback::noop())
}

fn render(state: State) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    runtime.block_on(
        yew::LocalServerRenderer::<Page>::with_props(Props { state })
            .hydratable(false)
            .render(),
    )
}

#[test]
fn the_form_is_in_its_line_with_labels_legends_and_its_problem_on_the_field() {
    let state = drafted();
    let shifts = line(&state, SHIFTS);
    let before = render(state.clone());
    assert!(
        before.contains(">Write a new question</button>"),
        "{before}"
    );
    let state = state.reduce(Action::WriteQuestion(shifts));
    let html = render(state.clone());
    for expected in [
        "<legend>Your new question</legend>",
        &format!("for=\"line-{shifts}-q-text\" class=\"ed-label\">The question, as applicants read it</label>"),
        "<legend>The kind of answer</legend>",
        &format!("aria-describedby=\"line-{shifts}-q-text-hint line-{shifts}-q-text-error\""),
        "Write the question as applicants read it.",
        &format!("href=\"#line-{shifts}-q-text\""),
    ] {
        assert!(html.contains(expected), "expected {expected:?} in\n{html}");
    }
    let state = state.reduce(Action::EditQuestion(shifts, Edit::Asks(Asks::OneOf)));
    let html = render(state);
    for expected in [
        "<legend>The answers applicants choose from</legend>",
        "Answer 2</label>",
        "Remove<span class=\"ed-visually-hidden\"> answer 2</span>",
        ">Add another answer</button>",
    ] {
        assert!(html.contains(expected), "expected {expected:?} in\n{html}");
    }
}

#[test]
fn in_welsh_the_form_speaks_welsh() {
    let state = State {
        language: eligibility_core::rules::Language::Welsh,
        ..drafted()
    };
    let shifts = line(&state, SHIFTS);
    assert!(render(state.clone()).contains(">Ysgrifennu cwestiwn newydd</button>"));
    let html = render(state.reduce(Action::WriteQuestion(shifts)));
    for expected in [
        "<legend>Eich cwestiwn newydd</legend>",
        "Ysgrifennwch y cwestiwn fel y mae ymgeiswyr yn ei ddarllen.",
    ] {
        assert!(html.contains(expected), "expected {expected:?} in\n{html}");
    }
}

#[test]
fn a_written_question_in_a_posting_in_english_and_welsh_asks_for_its_welsh_in_the_table() {
    use eligibility_core::draft::file::Languages;
    let state = with_question().reduce(Action::Languages(Languages::EnglishAndWelsh));
    let check = state.check.as_ref().expect("checked");
    let rows: Vec<&str> = check.texts.iter().map(|w| w.as_english()).collect();
    assert!(rows.contains(&QUESTION), "a row for the question: {rows:?}");
    assert!(
        check
            .problems
            .iter()
            .any(|p| matches!(&p.plain, Some(Plain::NoWelsh(text)) if text == QUESTION)),
        "its Welsh is missing, and said to be"
    );
    let state = state.reduce(Action::Welsh(
        QUESTION.to_owned(),
        "Allwch chi weithio sifftiau, gan gynnwys penwythnosau?".to_owned(),
    ));
    let check = state.check.as_ref().expect("checked");
    assert!(
        !check
            .problems
            .iter()
            .any(|p| matches!(&p.plain, Some(Plain::NoWelsh(text)) if text == QUESTION)),
        "given"
    );
    assert!(check
        .text
        .contains("Allwch chi weithio sifftiau, gan gynnwys penwythnosau?"));
}

#[test]
fn an_edit_that_leaves_a_written_question_as_it_was_is_no_change_to_check_or_save() {
    let check = with_question().check.unwrap();
    let opened = editor().reduce(Action::Open(check.file_name.clone(), check.text.clone()));
    assert!(!opened.unsaved);
    let shifts = line(&opened, SHIFTS);
    for edit in [
        Edit::Text(QUESTION.to_owned()),
        Edit::Hint(String::new()),
        Edit::Asks(Asks::YesNo),
        Edit::Answer(3, "Weekdays only".to_owned()),
        Edit::RemoveAnswer(3),
    ] {
        let after = opened
            .clone()
            .reduce(Action::EditQuestion(shifts, edit.clone()));
        assert!(!after.unsaved, "{edit:?} marked the work unsaved");
        assert!(
            std::rc::Rc::ptr_eq(
                opened.check.as_ref().unwrap(),
                after.check.as_ref().unwrap()
            ),
            "{edit:?} checked the draft again"
        );
    }
    let edited = opened.reduce(Action::EditQuestion(
        shifts,
        Edit::Hint("Or nights".to_owned()),
    ));
    assert!(edited.unsaved, "a real edit is work not downloaded");
}

/// `with_question`, its question made one of several ("Weekdays and weekends" meeting it), with
/// only the question's words given Welsh.
fn one_of_with_welsh_words() -> State {
    let state = with_question();
    let shifts = line(&state, SHIFTS);
    let at = At {
        line: shifts,
        part: None,
    };
    let edit = |edit| Action::EditQuestion(shifts, edit);
    apply(
        state,
        [
            edit(Edit::Asks(Asks::OneOf)),
            edit(Edit::Answer(0, "Weekdays and weekends".to_owned())),
            edit(Edit::Answer(1, "Weekdays only".to_owned())),
            Action::Meets(at, OptionId::new("weekdays_and_weekends"), true),
            Action::Reason(at, Some(OptionId::new("weekdays_only")), REASON.to_owned()),
            Action::Welsh(
                QUESTION.to_owned(),
                "Allwch chi weithio sifftiau, gan gynnwys penwythnosau?".to_owned(),
            ),
        ],
    )
}

#[test]
fn a_written_question_with_some_welsh_in_a_posting_in_english_only_has_no_problems() {
    let state = one_of_with_welsh_words();
    assert_eq!(places(&state), [], "{:#?}", state.check);
}

#[test]
fn a_written_question_missing_some_welsh_is_said_in_the_welsh_table_not_on_its_fields() {
    use eligibility_core::draft::file::Languages;
    let state = one_of_with_welsh_words().reduce(Action::Languages(Languages::EnglishAndWelsh));
    let found = places(&state);
    assert!(!found.is_empty(), "the answers' Welsh is missing");
    for (place, plain) in &found {
        assert!(
            matches!((place, plain), (Place::Welsh(_), Some(Plain::NoWelsh(_)))),
            "only rows of the Welsh table: {found:#?}"
        );
    }
    let missing: Vec<&str> = found
        .iter()
        .filter_map(|(_, plain)| match plain {
            Some(Plain::NoWelsh(text)) => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert!(missing.contains(&"Weekdays only"), "{missing:?}");
    assert!(!missing.contains(&QUESTION), "{missing:?}");
}
