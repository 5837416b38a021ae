//! One posting in the list: its key facts and, once anything is answered, where the applicant
//! stands with it.

use crate::rules::{evaluate, Answers, Catalogue, Date, Overall, Posting, PostingId};
use crate::text::{self, fill};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PostingCardProps {
    /// Shared, not copied: a list re-renders its cards at every keystroke of a search.
    pub catalogue: Rc<Catalogue>,
    pub posting: PostingId,
    pub answers: Answers,
    pub today: Date,
    pub on_select: Callback<PostingId>,
}

#[component]
pub fn PostingCard(props: &PostingCardProps) -> Html {
    let t = text::current();
    let Some(posting) = props.catalogue.posting(&props.posting) else {
        return html! {};
    };
    let closed = posting.is_closed(props.today);
    let id = posting.id.clone();
    let onclick = props.on_select.reform(move |_: MouseEvent| id.clone());
    let heading_id = format!("ec-posting-{}", posting.id);
    let standing = standing(posting, &props.answers, props.today);
    html! {
        <li class={classes!("ec-card", closed.then_some("ec-card-closed"))} aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id.clone()}>{ &posting.title }</h2>
            <p class="ec-card-employer">{ &posting.employer }</p>
            <dl class="ec-facts">
                <dt>{ t.fact_service }</dt><dd>{ &posting.service }</dd>
                <dt>{ t.fact_location }</dt><dd>{ &posting.location }</dd>
                <dt>{ t.fact_pay }</dt><dd>{ &posting.pay }</dd>
                <dt>{ t.fact_hours }</dt><dd>{ &posting.working_pattern }</dd>
                <dt>{ t.fact_closing }</dt>
                <dd class={classes!(closed.then_some("ec-closed"))}>{ t.closing(posting, props.today) }</dd>
            </dl>
            if let Some(standing) = standing {
                <p class="ec-standing">{ t.standing_label }{ " " }<strong>{ standing }</strong></p>
            }
            <button type="button" class="ec-button" {onclick} aria-describedby={heading_id}>
                { t.check_this_job }
            </button>
        </li>
    }
}

/// Where the answers given so far leave the applicant with this posting; nothing before any
/// answer is given.
fn standing(posting: &Posting, answers: &Answers, today: Date) -> Option<String> {
    if answers.is_empty() {
        return None;
    }
    let t = text::current();
    let to_answer = posting
        .question_ids()
        .iter()
        .filter(|q| answers.get(q).is_none())
        .count();
    let words = match evaluate(posting, answers, today).ok()?.overall {
        Overall::MeetsAll => t.standing_meets.to_owned(),
        Overall::DoesNotMeet { .. } => t.standing_not_yet.to_owned(),
        Overall::NotSure { .. } if to_answer == 0 => t.standing_ask.to_owned(),
        Overall::NotSure { .. } | Overall::Incomplete { .. } => {
            fill(t.standing_to_answer, &[("count", &to_answer.to_string())])
        }
    };
    Some(words)
}
