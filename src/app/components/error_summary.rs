//! The error summary at the top of a page whose Continue was refused.

use super::use_text;
use crate::app::dom;
use yew::prelude::*;

/// The refusal to show, and the field it is about.
#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    /// The message, the same as beside the field.
    pub message: AttrValue,
    /// The id of the field to fix: the link moves focus there.
    pub field: AttrValue,
}

/// Takes focus when shown (the app moves it here), and links to the field to fix.
#[component]
pub fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    let t = use_text();
    let field = props.field.clone();
    // Focus the field instead of following the fragment: the URL stays as it is.
    let onclick = Callback::from(move |event: MouseEvent| {
        event.prevent_default();
        dom::focus_near_event(&event, &field);
    });
    html! {
        <div class="ec-error-summary" id="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
            <h2 id="error-summary-title">{ t.error_title }</h2>
            <ul>
                <li><a href={format!("#{}", props.field)} {onclick}>{ props.message.clone() }</a></li>
            </ul>
        </div>
    }
}
