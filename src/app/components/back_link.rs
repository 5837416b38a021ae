//! The "Back" link above a page's heading.

use super::use_text;
use yew::prelude::*;

/// What the Back link does when pressed.
#[derive(Properties, PartialEq)]
pub struct BackLinkProps {
    /// Goes back one page inside the checker.
    pub on_back: Callback<()>,
}

/// A button styled as a link: it goes back one page inside the checker, not in the browser.
#[component]
pub fn BackLink(props: &BackLinkProps) -> Html {
    let t = use_text();
    let onclick = props.on_back.reform(|_: MouseEvent| ());
    html! {
        <button type="button" class="ec-back-link" {onclick}>{ t.back }</button>
    }
}
