//! The "Back" link above a page's heading.

use crate::text;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BackLinkProps {
    pub on_back: Callback<()>,
}

/// A button styled as a link: it goes back one page inside the checker, not in the browser.
#[component]
pub fn BackLink(props: &BackLinkProps) -> Html {
    let onclick = props.on_back.reform(|_: MouseEvent| ());
    html! {
        <button type="button" class="ec-back-link" {onclick}>{ text::current().back }</button>
    }
}
