//! The first page: every posting with its key facts.

use super::load_errors::LoadErrors;
use crate::rules::{Catalogue, Date, LoadError, Posting, PostingId};
use crate::text;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PostingsPageProps {
    pub catalogue: Rc<Catalogue>,
    pub load_errors: Rc<Vec<LoadError>>,
    pub today: Date,
    pub on_select: Callback<PostingId>,
}

#[component]
pub fn PostingsPage(props: &PostingsPageProps) -> Html {
    let t = text::current();
    let postings = props.catalogue.postings_open_first(props.today);
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ t.postings_heading }</h1>
            <p class="ec-lead">{ t.postings_intro }</p>
            <p class="ec-privacy-line">{ t.privacy }</p>
            <LoadErrors errors={props.load_errors.clone()} />
            if postings.is_empty() {
                <p>{ t.postings_none }</p>
            } else {
                <ul class="ec-postings">
                    { for postings.into_iter().map(|posting| html! {
                        <PostingCard
                            key={posting.id.as_str()}
                            posting={posting.clone()}
                            today={props.today}
                            on_select={props.on_select.clone()}
                        />
                    }) }
                </ul>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct PostingCardProps {
    posting: Posting,
    today: Date,
    on_select: Callback<PostingId>,
}

#[component]
fn PostingCard(props: &PostingCardProps) -> Html {
    let t = text::current();
    let posting = &props.posting;
    let closed = posting.is_closed(props.today);
    let id = posting.id.clone();
    let onclick = props.on_select.reform(move |_: MouseEvent| id.clone());
    let heading_id = format!("ec-posting-{}", posting.id);
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
            <button type="button" class="ec-button" {onclick} aria-describedby={heading_id}>
                { t.check_this_job }
            </button>
        </li>
    }
}
