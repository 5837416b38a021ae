//! Where to get support now, shown with every result.

use eligibility_core::text::Text;
use yew::prelude::*;

/// NHS 111 option 2, Samaritans and 999, as links a phone can call.
pub fn support(t: &Text) -> Html {
    html! {
        <aside class="ec-support" aria-labelledby="ec-support-heading">
            <h2 id="ec-support-heading">{ t.support_heading }</h2>
            <ul>
                <li><a href="tel:111">{ t.support_111 }</a></li>
                <li><a href="tel:116123">{ t.support_samaritans }</a></li>
                <li>{ t.support_999 }</li>
            </ul>
        </aside>
    }
}
