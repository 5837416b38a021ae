//! The page for the current state: maps each component's plain values to actions, once.

use super::check_answers_page::{check_answers_page, CheckAnswersPageProps};
use super::header::header;
use super::load_errors::Missing;
use super::notes::{notes_text, wipe_question, WipeQuestionProps};
use super::posting_page::{posting_page, PostingPageProps};
use super::postings_page::{postings_page, PostingsPageProps};
use super::question_page::{question_page, QuestionPageProps};
use super::result_page::{result_page, ResultPageProps};
use crate::app::dom;
use crate::app::state::{Action, Screen, State};
use std::rc::Rc;
use yew::prelude::*;

/// The state to show, any problems loading postings, and where the page's actions go.
#[derive(PartialEq)]
pub struct PageProps {
    /// The app's one state.
    pub state: Rc<State>,
    /// What could not be loaded, as the applicant is told of it.
    pub missing: Missing,
    /// Sends an action to the reducer.
    pub on_action: Callback<Action>,
    /// Whether the checker is on a page of its own (see [`crate::app::AppProps::own_page`]).
    pub own_page: bool,
    /// Whether its screen is a main landmark (see [`crate::app::AppProps::main_landmark`]; a
    /// checker's always is).
    #[cfg(feature = "preview")]
    pub main_landmark: bool,
}

/// The screen the state is on, under the header.
pub fn page(props: &PageProps) -> Html {
    let t = props.state.language.text();
    let state = &props.state;
    let act = |action: Action| props.on_action.reform(move |()| action.clone());
    let on_back = act(Action::Back);
    // Built when pressed, from the notes then: never kept anywhere but the clipboard.
    let on_copy = {
        let state = state.clone();
        let done = props.on_action.reform(Action::NotesCopied);
        Callback::from(move |()| {
            dom::copy_text(&notes_text(t, &state.catalogue, &state.notes), done.clone());
        })
    };
    let main = match (&state.screen, state.posting().cloned()) {
        // Before notes are deleted, the page asks in place of what it showed.
        _ if state.asking.is_some() => wipe_question(
            t,
            &WipeQuestionProps {
                own_page: props.own_page,
                notes_copied: state.notes_copied,
                on_copy,
                on_confirm: act(Action::ConfirmWipe),
                on_keep: act(Action::KeepNotes),
            },
        ),
        (Screen::Postings, _) => postings_page(
            t,
            &PostingsPageProps {
                catalogue: state.catalogue.clone(),
                missing: props.missing,
                today: state.today,
                answers: state.answers.clone(),
                filter: state.list.filter.clone(),
                shown: state.list.shown,
                filters_open: state.list.filters_open,
                on_select: props.on_action.reform(Action::SelectPosting),
                on_filter: props.on_action.reform(Action::Filter),
                on_show_filters: props.on_action.reform(Action::ShowFilters),
                on_more: act(Action::ShowMore),
            },
        ),
        (Screen::Posting(_), Some(posting)) => posting_page(
            t,
            &PostingPageProps {
                posting,
                answers: state.answers.clone(),
                today: state.today,
                bank: state.catalogue.bank().clone(),
                on_start: act(Action::Start),
                on_back,
            },
        ),
        (Screen::Question { .. }, Some(posting)) => match state.question() {
            Some(question) => {
                let (number, total) = state.question_place();
                question_page(
                    t,
                    &QuestionPageProps {
                        question: question.clone(),
                        number,
                        total,
                        desirable_only: posting.asks_only_for_desirable(&question.id),
                        draft: state.form.draft.clone(),
                        error: state.form.error,
                        on_draft: props.on_action.reform(Action::Draft),
                        on_type: props
                            .on_action
                            .reform(|(part, text)| Action::Type(part, text)),
                        on_continue: act(Action::Continue),
                        on_back,
                        on_see_result_now: state
                            .can_see_result_now()
                            .then(|| act(Action::SeeResultNow)),
                        lang: t.lang_of(&question.text),
                    },
                )
            }
            None => html! {},
        },
        (Screen::CheckAnswers(_), Some(posting)) => check_answers_page(
            t,
            &CheckAnswersPageProps {
                posting,
                bank: state.catalogue.bank().clone(),
                answers: state.answers.clone(),
                today: state.today,
                on_change: props.on_action.reform(Action::Change),
                on_confirm: act(Action::SeeResult),
                on_back,
            },
        ),
        (Screen::Result(_), Some(posting)) => result_page(
            t,
            &ResultPageProps {
                posting,
                bank: state.catalogue.bank().clone(),
                answers: state.answers.clone(),
                today: state.today,
                notes: state.notes.clone(),
                own_page: props.own_page,
                notes_copied: state.notes_copied,
                on_copy,
                on_answer_rest: act(Action::AnswerRest),
                on_note: props
                    .on_action
                    .reform(|(criterion, text)| Action::Note(criterion, text)),
                on_start_again: act(Action::StartAgain),
                on_other_jobs: act(Action::OtherJobs),
                on_back,
            },
        ),
        // The reducer never turns to a page about a posting the catalogue does not have.
        (
            Screen::Posting(_)
            | Screen::Question { .. }
            | Screen::CheckAnswers(_)
            | Screen::Result(_),
            None,
        ) => html! {},
    };
    html! {
        <div class="ec-app" lang={t.lang}>
            { header(state.language, !state.answers.is_empty() || !state.notes.is_empty(), state.just_cleared, &act(Action::ClearAnswers), &props.on_action.reform(Action::Language)) }
            if main_landmark(props) {
                <main class="ec-main">{ main }</main>
            } else {
                <div class="ec-main">{ main }</div>
            }
        </div>
    }
}

/// Whether the screen is a main landmark: always, but in the employers' editor's preview.
fn main_landmark(props: &PageProps) -> bool {
    #[cfg(feature = "preview")]
    return props.main_landmark;
    #[cfg(not(feature = "preview"))]
    {
        let _ = props;
        true
    }
}
