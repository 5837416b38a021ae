//! A posting's facts as terms and values: a card in the list shows the few that tell jobs apart,
//! the posting's own page shows them all.

use eligibility_core::rules::{Date, Posting, Words};
use eligibility_core::text::Text;
use yew::prelude::*;

/// The posting's facts: every one (`all`, the posting's page), or only those a card in the list
/// shows. `today` is for the closing date: closed postings say so.
pub fn facts(t: &Text, posting: &Posting, today: Date, all: bool) -> Html {
    let closed = posting.is_closed(today);
    let fact = |term, value: &Option<Words>| fact(t, term, value);
    html! {
        <dl class="ec-facts">
            { fact(t.fact_service, &posting.service) }
            // A card names the town, which tells jobs apart; the posting's page the whole address.
            if all {
                <dt>{ t.fact_location }</dt><dd lang={t.lang_of(&posting.location)}>{ t.own(&posting.location) }</dd>
            } else {
                { fact(t.fact_location, &Some(posting.town_or_area())) }
            }
            { fact(t.fact_pay, &posting.pay) }
            { fact(t.fact_hours, &posting.working_pattern) }
            if all {
                { fact(t.fact_contract, &posting.contract) }
                if let Some(skills) = posting.welsh_skills {
                    <dt>{ t.fact_welsh }</dt><dd>{ t.welsh_skills_of(skills) }</dd>
                }
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

/// A fact the posting may not give: where it does not, no line at all. Marked with its language
/// where it differs from the page's.
fn fact(t: &Text, term: &str, value: &Option<Words>) -> Html {
    match value {
        Some(value) => {
            html! { <><dt>{ term }</dt><dd lang={t.lang_of(value)}>{ t.own(value) }</dd></> }
        }
        None => html! {},
    }
}
