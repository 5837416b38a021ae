//! Where to get support now, shown with every result.

use eligibility_core::rules::Nation;
use eligibility_core::text::Text;
use yew::prelude::*;

/// The urgent mental health line of the nation the job is in, Samaritans and 999, as links a phone
/// can call.
pub fn support(t: &Text, nation: Nation) -> Html {
    let urgent = nation.urgent_line();
    html! {
        <aside class="ec-support" aria-labelledby="ec-support-heading">
            <h2 id="ec-support-heading">{ t.support_heading }</h2>
            <ul>
                <li><a href={urgent}>{ t.support_urgent_of(nation) }</a></li>
                <li><a href="tel:116123">{ t.support_samaritans }</a></li>
                <li>{ t.support_999 }</li>
            </ul>
        </aside>
    }
}
