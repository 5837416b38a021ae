//! The checker's header: its name and the button that clears every answer.

use super::use_text;
use yew::prelude::*;

/// Whether there are answers to clear, and what clearing does.
#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// Whether there is anything to clear: the button shows only then.
    pub has_answers: bool,
    /// Whether answers were just cleared, to tell screen-reader users.
    pub just_cleared: bool,
    /// Forgets every answer.
    pub on_clear: Callback<()>,
}

/// The checker's name, and the button that clears every answer.
#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let t = use_text();
    let onclick = props.on_clear.reform(|_: MouseEvent| ());
    html! {
        <header class="ec-header">
            <p class="ec-app-name">{ t.app_name }</p>
            if props.has_answers {
                <button type="button" class="ec-clear" {onclick}>{ t.clear_answers }</button>
            }
            <p class="ec-visually-hidden" role="status">
                if props.just_cleared { { t.answers_cleared } }
            </p>
        </header>
    }
}
