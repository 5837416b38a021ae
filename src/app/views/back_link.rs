//! The "Back" link above a page's heading.

use eligibility_core::text::Text;
use yew::prelude::*;

/// A button styled as a link: it goes back one page inside the checker, not in the browser.
pub fn back_link(t: &Text, on_back: &Callback<()>) -> Html {
    let onclick = on_back.reform(|_: MouseEvent| ());
    html! {
        <button type="button" class="ec-back-link" {onclick}>{ t.back }</button>
    }
}
