//! One posting: its facts, what the check covers, the privacy promise, and Start.

use super::back_link::BackLink;
use crate::rules::{Answers, Catalogue, Class, Date, PostingId};
use crate::text::{self, fill};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PostingPageProps {
    pub catalogue: Rc<Catalogue>,
    /// The answers already given, for other postings: their questions are not asked again.
    pub answers: Answers,
    pub posting: PostingId,
    pub today: Date,
    pub on_start: Callback<()>,
    pub on_back: Callback<()>,
}

#[component]
pub fn PostingPage(props: &PostingPageProps) -> Html {
    let t = text::current();
    let Some(posting) = props.catalogue.posting(&props.posting) else {
        return html! {};
    };
    let ids = posting.question_ids();
    let answered = ids
        .iter()
        .filter(|q| props.answers.get(q).is_some())
        .count();
    let count = ids.len() - answered;
    let covers = match count {
        0 => t.covers_intro_none.to_owned(),
        1 => t.covers_intro_one.to_owned(),
        _ => fill(t.covers_intro_many, &[("count", &count.to_string())]),
    };
    let list = |class: Class| -> Html {
        posting
            .criteria_of(class)
            .map(|c| html! { <li key={c.id.as_str()}>{ &c.summary }</li> })
            .collect()
    };
    let has = |class: Class| posting.criteria_of(class).next().is_some();
    let onclick = props.on_start.reform(|_: MouseEvent| ());
    html! {
        <>
            <BackLink on_back={props.on_back.clone()} />
            <p class="ec-caption">{ &posting.employer }</p>
            <h1 id="page-heading" tabindex="-1">{ &posting.title }</h1>
            if let Some(closes) = posting.closes.filter(|_| posting.is_closed(props.today)) {
                <div class="ec-warning"><p>{ fill(t.closed_warning, &[("date", &t.date(closes))]) }</p></div>
            }
            <dl class="ec-facts">
                <dt>{ t.fact_service }</dt><dd>{ &posting.service }</dd>
                <dt>{ t.fact_location }</dt><dd>{ &posting.location }</dd>
                <dt>{ t.fact_pay }</dt><dd>{ &posting.pay }</dd>
                <dt>{ t.fact_hours }</dt><dd>{ &posting.working_pattern }</dd>
                <dt>{ t.fact_contract }</dt><dd>{ &posting.contract }</dd>
                if let Some(published) = posting.published {
                    <dt>{ t.fact_published }</dt><dd>{ t.date(published) }</dd>
                }
                <dt>{ t.fact_closing }</dt><dd>{ t.closing(posting, props.today) }</dd>
                if let Some(reference) = &posting.reference {
                    <dt>{ t.fact_reference }</dt><dd>{ reference }</dd>
                }
            </dl>
            if let Some(summary) = &posting.summary {
                <h2>{ t.about_job }</h2>
                <p>{ summary }</p>
            }
            <h2>{ t.covers_heading }</h2>
            <p>{ covers }</p>
            <ul class="ec-list">{ list(Class::Essential) }</ul>
            if answered > 0 {
                <p>{ fill(t.covers_already_answered, &[("count", &answered.to_string())]) }</p>
            }
            if has(Class::Desirable) {
                <p>{ t.also_desirable }</p>
                <ul class="ec-list">{ list(Class::Desirable) }</ul>
            }
            if has(Class::AfterOffer) {
                <p>{ t.also_after_offer }</p>
                <ul class="ec-list">{ list(Class::AfterOffer) }</ul>
            }
            <div class="ec-inset">
                <h2>{ t.privacy_heading }</h2>
                <p>{ t.privacy }</p>
            </div>
            <button type="button" class="ec-button ec-button-start" {onclick}>{ t.start }</button>
        </>
    }
}
