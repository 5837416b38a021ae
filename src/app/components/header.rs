//! The checker's header: its name and the button that clears every answer.

use crate::text::Text;
use yew::prelude::*;

/// The checker's name; the button that clears every answer, when there is anything to clear
/// (`has_answers`); and, for screen-reader users, word that answers were just cleared.
pub fn header(t: &Text, has_answers: bool, just_cleared: bool, on_clear: &Callback<()>) -> Html {
    let onclick = on_clear.reform(|_: MouseEvent| ());
    html! {
        <header class="ec-header">
            <p class="ec-app-name">{ t.app_name }</p>
            if has_answers {
                <button type="button" class="ec-clear" {onclick}>{ t.clear_answers }</button>
            }
            <p class="ec-visually-hidden" role="status">
                if just_cleared { { t.answers_cleared } }
            </p>
        </header>
    }
}
