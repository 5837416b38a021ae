//! The error summary at the top of a page whose Continue was refused.

use crate::app::dom;
use eligibility_core::text::Text;
use yew::prelude::*;

/// Takes focus when shown (the app moves it here), and links to the field to fix: `message` is
/// the same as beside the field, `field` its id.
pub fn error_summary(t: &Text, message: &str, field: &str) -> Html {
    let href = format!("#{field}");
    let field = field.to_owned();
    // Focus the field instead of following the fragment: the URL stays as it is.
    let onclick = Callback::from(move |event: MouseEvent| {
        event.prevent_default();
        dom::focus_near_event(&event, &field);
    });
    html! {
        <div class="ec-error-summary" id="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
            <h2 id="error-summary-title">{ t.error_title }</h2>
            <ul>
                <li><a {href} {onclick}>{ message }</a></li>
            </ul>
        </div>
    }
}
