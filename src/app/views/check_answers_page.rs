//! Every answer given for a posting, each with a Change link.

use super::back_link::back_link;
use eligibility_core::rules::{Answers, Bank, Date, Posting, QuestionId};
use eligibility_core::text::fill;
use eligibility_core::text::Text;
use std::rc::Rc;
use yew::prelude::*;

/// The posting, the questions it asks (from `bank`), the answers, and what the buttons do.
#[derive(PartialEq)]
pub struct CheckAnswersPageProps {
    /// The posting shown.
    pub posting: Rc<Posting>,
    /// The questions the posting's criteria ask.
    pub bank: Rc<Bank>,
    /// The answers given so far, which serve every posting that asks the same question.
    pub answers: Answers,
    /// Today, for which questions the answers ask.
    pub today: Date,
    /// Goes to a question to change its answer.
    pub on_change: Callback<QuestionId>,
    /// Shows the result.
    pub on_confirm: Callback<()>,
    /// Goes back one page inside the checker.
    pub on_back: Callback<()>,
}

/// Every answer the posting's questions were given, each with a Change link, before the
/// result.
pub fn check_answers_page(t: &'static Text, props: &CheckAnswersPageProps) -> Html {
    let posting = &props.posting;
    // Only the questions the answers ask: whether the only care was from a GP is not, after a
    // month long enough ago.
    let asked = posting.asked(&props.answers, props.today);
    let ids = posting.question_ids();
    let rows = asked.into_iter().filter_map(|place| {
        let id = ids[place].clone();
        let question = props.bank.question(id.as_str())?;
        let answer = props
            .answers
            .get(&id)
            .map_or_else(|| t.not_answered.to_owned(), |a| t.answer(question, a));
        let onclick = props.on_change.reform(move |_: MouseEvent| id.clone());
        Some(html! {
            <div class="ec-summary-row" key={question.id.as_str()}>
                <dt lang={t.lang_of(&question.short)}>{ t.own(&question.short) }</dt>
                <dd class="ec-summary-answer">{ answer }</dd>
                <dd class="ec-summary-action">
                    <button type="button" class="ec-link-button" {onclick}>
                        { t.change }
                        <span class="ec-visually-hidden">{ fill(t.change_hidden, &[("question", t.own(&question.short))]) }</span>
                    </button>
                </dd>
            </div>
        })
    });
    let onclick = props.on_confirm.reform(|_: MouseEvent| ());
    let caption = fill(
        t.posting_caption,
        &[
            ("title", t.own(&posting.title)),
            ("employer", t.own(&posting.employer)),
        ],
    );
    html! {
        <>
            { back_link(t, &props.on_back) }
            <p class="ec-caption">{ caption }</p>
            <h1 id="page-heading" tabindex="-1">{ t.check_heading }</h1>
            <dl class="ec-summary-list">{ for rows }</dl>
            <button type="button" class="ec-button" {onclick}>{ t.see_result }</button>
        </>
    }
}
