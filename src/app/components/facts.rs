//! A posting's facts as terms and values: a card in the list shows the few that tell jobs apart,
//! the posting's own page shows them all.

use super::use_text;
use crate::rules::{Date, Posting};
use std::rc::Rc;
use yew::prelude::*;

/// The posting whose facts to show, and how many.
#[derive(Properties, PartialEq)]
pub struct FactsProps {
    /// The posting shown.
    pub posting: Rc<Posting>,
    /// For the closing date: closed postings say so.
    pub today: Date,
    /// Every fact (the posting's page), or only those a card in the list shows.
    #[prop_or_default]
    pub all: bool,
}

/// A posting's facts as a description list.
#[component]
pub fn Facts(props: &FactsProps) -> Html {
    let t = use_text();
    let posting = &props.posting;
    let closed = posting.is_closed(props.today);
    html! {
        <dl class="ec-facts">
            <dt>{ t.fact_service }</dt><dd>{ &posting.service }</dd>
            <dt>{ t.fact_location }</dt><dd>{ &posting.location }</dd>
            <dt>{ t.fact_pay }</dt><dd>{ &posting.pay }</dd>
            <dt>{ t.fact_hours }</dt><dd>{ &posting.working_pattern }</dd>
            if props.all {
                <dt>{ t.fact_contract }</dt><dd>{ &posting.contract }</dd>
                if let Some(published) = posting.published {
                    <dt>{ t.fact_published }</dt><dd>{ t.date(published) }</dd>
                }
            }
            <dt>{ t.fact_closing }</dt>
            <dd class={classes!(closed.then_some("ec-closed"))}>{ t.closing(posting, props.today) }</dd>
            if props.all {
                if let Some(reference) = &posting.reference {
                    <dt>{ t.fact_reference }</dt><dd>{ reference }</dd>
                }
            }
        </dl>
    }
}
