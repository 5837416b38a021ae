//! A posting's facts as terms and values: a card in the list shows the few that tell jobs apart,
//! the posting's own page shows them all.

use crate::rules::{Date, Posting};
use crate::text::Text;
use yew::prelude::*;

/// The posting's facts: every one (`all`, the posting's page), or only those a card in the list
/// shows. `today` is for the closing date: closed postings say so.
pub fn facts(t: &Text, posting: &Posting, today: Date, all: bool) -> Html {
    let closed = posting.is_closed(today);
    html! {
        <dl class="ec-facts">
            <dt>{ t.fact_service }</dt><dd>{ &posting.service }</dd>
            <dt>{ t.fact_location }</dt><dd>{ &posting.location }</dd>
            <dt>{ t.fact_pay }</dt><dd>{ &posting.pay }</dd>
            <dt>{ t.fact_hours }</dt><dd>{ &posting.working_pattern }</dd>
            if all {
                <dt>{ t.fact_contract }</dt><dd>{ &posting.contract }</dd>
                if let Some(published) = posting.published {
                    <dt>{ t.fact_published }</dt><dd>{ t.date(published) }</dd>
                }
            }
            <dt>{ t.fact_closing }</dt>
            <dd class={classes!(closed.then_some("ec-closed"))}>{ t.closing(posting, today) }</dd>
            if all {
                if let Some(reference) = &posting.reference {
                    <dt>{ t.fact_reference }</dt><dd>{ reference }</dd>
                }
            }
        </dl>
    }
}
