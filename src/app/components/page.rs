//! The page for the current state: maps each component's plain values to actions, once.

use super::check_answers_page::CheckAnswersPage;
use super::header::Header;
use super::posting_page::PostingPage;
use super::postings_page::PostingsPage;
use super::question_page::QuestionPage;
use super::result_page::ResultPage;
use crate::app::state::{Action, Screen, State};
use crate::rules::{Class, LoadError};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub state: Rc<State>,
    pub load_errors: Rc<Vec<LoadError>>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn Page(props: &PageProps) -> Html {
    let state = &props.state;
    let act = |action: Action| props.on_action.reform(move |()| action.clone());
    let on_back = act(Action::Back);
    let main = match &state.screen {
        Screen::Postings => html! {
            <PostingsPage
                catalogue={state.catalogue.clone()}
                load_errors={props.load_errors.clone()}
                today={state.today}
                answers={state.answers.clone()}
                filter={state.filter.clone()}
                shown={state.shown}
                on_select={props.on_action.reform(Action::SelectPosting)}
                on_filter={props.on_action.reform(Action::Filter)}
                on_more={act(Action::ShowMore)}
            />
        },
        Screen::Posting(posting) => html! {
            <PostingPage
                catalogue={state.catalogue.clone()}
                answers={state.answers.clone()}
                posting={posting.clone()}
                today={state.today}
                on_start={act(Action::Start)}
                {on_back}
            />
        },
        Screen::Question { index, .. } => {
            let (Some(posting), Some(question)) = (state.posting(), state.question()) else {
                return html! {};
            };
            let ids = posting.question_ids();
            let desirable_only = posting
                .criteria
                .iter()
                .filter(|c| c.rule.as_ref().map(|r| r.question()) == Some(&question.id))
                .all(|c| c.class == Class::Desirable);
            html! {
                <QuestionPage
                    question={question.clone()}
                    number={index + 1}
                    total={ids.len()}
                    {desirable_only}
                    draft={state.draft.clone()}
                    error={state.error}
                    on_draft={props.on_action.reform(Action::Draft)}
                    on_continue={act(Action::Continue)}
                    {on_back}
                />
            }
        }
        Screen::CheckAnswers(posting) => html! {
            <CheckAnswersPage
                catalogue={state.catalogue.clone()}
                posting={posting.clone()}
                answers={state.answers.clone()}
                on_change={props.on_action.reform(Action::Change)}
                on_confirm={act(Action::SeeResult)}
                {on_back}
            />
        },
        Screen::Result(posting) => html! {
            <ResultPage
                catalogue={state.catalogue.clone()}
                posting={posting.clone()}
                answers={state.answers.clone()}
                today={state.today}
                on_start_again={act(Action::StartAgain)}
                on_other_jobs={act(Action::OtherJobs)}
                {on_back}
            />
        },
    };
    html! {
        <div class="ec-app" lang={crate::text::current().lang}>
            <Header
                has_answers={!state.answers.is_empty()}
                just_cleared={state.just_cleared}
                on_clear={act(Action::ClearAnswers)}
            />
            <main class="ec-main">{ main }</main>
        </div>
    }
}
