//! The app's flow, natively: the reducer's state after actions, and each page rendered by Yew's
//! server renderer, as the render and readability tests use them.

use super::*;
use eligibility_checker::app::state::{Action, Draft, Screen, State};
use eligibility_checker::app::views::page::{page, PageProps};
pub use eligibility_checker::app::Missing;
use eligibility_core::rules::{Answer, OptionId, PostingId};
use std::rc::Rc;
use yew::{Callback, LocalServerRenderer};

pub fn start() -> Rc<State> {
    Rc::new(State::new(Rc::new(catalogue()), today()))
}

pub fn run(state: Rc<State>, actions: impl IntoIterator<Item = Action>) -> Rc<State> {
    actions.into_iter().fold(state, yew::Reducible::reduce)
}

pub fn choose(option: &str) -> [Action; 2] {
    [
        Action::Draft(Draft::Choice(OptionId::new(option))),
        Action::Continue,
    ]
}

pub fn type_month(month: &str, year: &str) -> [Action; 2] {
    [
        Action::Draft(Draft::Month {
            month: month.into(),
            year: year.into(),
        }),
        Action::Continue,
    ]
}

pub fn open(posting: &str) -> Vec<Action> {
    vec![
        Action::SelectPosting(PostingId::new(posting)),
        Action::Start,
    ]
}

/// The page for `state` on the checker's own page (the standalone page).
pub fn render(state: &Rc<State>) -> String {
    render_with(state, Missing::Nothing)
}

/// The page for `state` embedded in a careers page, where it offers no boxes for notes.
pub fn render_on_careers_page(state: &Rc<State>) -> String {
    render_props(PageProps {
        state: state.clone(),
        missing: Missing::Nothing,
        on_action: Callback::noop(),
        own_page: false,
        main_landmark: true,
    })
}

/// The page for `state` on the checker's own page, telling the applicant what is `missing`.
pub fn render_with(state: &Rc<State>, missing: Missing) -> String {
    render_props(PageProps {
        state: state.clone(),
        missing,
        on_action: Callback::noop(),
        own_page: true,
        main_landmark: true,
    })
}

/// The page's props, as a component's for the server renderer.
#[derive(yew::Properties, PartialEq)]
struct Props {
    page: PageProps,
}

/// The page for some props, as a component for the server renderer to render.
#[yew::component]
fn Page(props: &Props) -> yew::Html {
    page(&props.page)
}

fn render_props(props: PageProps) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    runtime.block_on(
        LocalServerRenderer::<Page>::with_props(Props { page: props })
            .hydratable(false)
            .render(),
    )
}

#[track_caller]
pub fn assert_contains(html: &str, expected: &str) {
    assert!(html.contains(expected), "expected {expected:?} in\n{html}");
}

/// What the question page holds once `text` is chosen or typed, written as [`super::answer`]
/// reads it: `"own"`, `"not sure"`, `"never"`, `"3/2024"`.
pub fn draft(text: &str) -> Draft {
    match answer(text) {
        Answer::Choice(option) => Draft::Choice(option),
        Answer::Month(month) => Draft::Month {
            month: month.month().to_string(),
            year: month.year().to_string(),
        },
        Answer::Never => Draft::Never,
        Answer::NotSure => Draft::NotSure,
    }
}

/// The applicant answers the questions that follow, one page each: chooses or types, then
/// Continue. Every answer must be on a question page and be taken.
#[track_caller]
pub fn answer_each(mut state: Rc<State>, given: &[&str]) -> Rc<State> {
    for text in given {
        assert!(state.question().is_some(), "no question left for {text:?}");
        state = run(state, [Action::Draft(draft(text)), Action::Continue]);
        assert_eq!(state.form.error, None, "{text:?} was refused");
    }
    state
}

/// Opens `posting` from the list, starts, and answers its questions in the order it asks them.
/// SWLSTG asks lived_experience, used_inpatient_services; KMPT asks lived_experience,
/// willing_to_share, last_used_services, nvq_level_2.
#[track_caller]
pub fn answered(posting: &str, given: &[&str]) -> Rc<State> {
    answer_each(run(start(), open(posting)), given)
}

/// [`answered`], then See result from the check-your-answers page.
#[track_caller]
pub fn result(posting: &str, given: &[&str]) -> Rc<State> {
    let state = run(answered(posting, given), [Action::SeeResult]);
    assert_eq!(state.screen, Screen::Result(PostingId::new(posting)));
    state
}
