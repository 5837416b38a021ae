//! Every answer given for a posting, each with a Change link.

use super::back_link::BackLink;
use crate::rules::{Answers, Catalogue, PostingId, QuestionId};
use crate::text::{self, fill};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CheckAnswersPageProps {
    pub catalogue: Rc<Catalogue>,
    pub posting: PostingId,
    pub answers: Answers,
    pub on_change: Callback<QuestionId>,
    pub on_confirm: Callback<()>,
    pub on_back: Callback<()>,
}

#[component]
pub fn CheckAnswersPage(props: &CheckAnswersPageProps) -> Html {
    let t = text::current();
    let Some(posting) = props.catalogue.posting(&props.posting) else {
        return html! {};
    };
    let rows = posting.question_ids().into_iter().filter_map(|id| {
        let question = props.catalogue.question(&id)?;
        let answer = props
            .answers
            .get(&id)
            .map_or_else(|| t.not_answered.to_owned(), |a| t.answer(question, a));
        let onclick = props.on_change.reform(move |_: MouseEvent| id.clone());
        Some(html! {
            <div class="ec-summary-row" key={question.id.as_str()}>
                <dt>{ &question.short }</dt>
                <dd class="ec-summary-answer">{ answer }</dd>
                <dd class="ec-summary-action">
                    <button type="button" class="ec-link-button" {onclick}>
                        { t.change }
                        <span class="ec-visually-hidden">{ " " }{ fill(t.change_hidden, &[("question", &question.short)]) }</span>
                    </button>
                </dd>
            </div>
        })
    });
    let onclick = props.on_confirm.reform(|_: MouseEvent| ());
    html! {
        <>
            <BackLink on_back={props.on_back.clone()} />
            <p class="ec-caption">{ &posting.title }{ ", " }{ &posting.employer }</p>
            <h1 id="page-heading" tabindex="-1">{ t.check_heading }</h1>
            <dl class="ec-summary-list">{ for rows }</dl>
            <button type="button" class="ec-button" {onclick}>{ t.see_result }</button>
        </>
    }
}
