//! The checker's header: its name, the switch to the other language, and the button that clears
//! every answer.

use eligibility_core::text::Language;
use yew::prelude::*;

/// The checker's name; the switch to the other language, named in that language (a button: it
/// changes the words, not the page, and keeps every answer); the button that clears every answer,
/// when there is anything to clear (`has_answers`); and word, to everyone, that answers were just
/// cleared.
pub fn header(
    language: Language,
    has_answers: bool,
    just_cleared: bool,
    on_clear: &Callback<()>,
    on_switch: &Callback<Language>,
) -> Html {
    let t = language.text();
    let other = language.other();
    let onclick = on_clear.reform(|_: MouseEvent| ());
    html! {
        <header class="ec-header">
            <p class="ec-app-name">{ t.app_name }</p>
            <button type="button" class="ec-language" lang={other.text().lang} onclick={on_switch.reform(move |_: MouseEvent| other)}>
                { other.text().language_name }
            </button>
            if has_answers {
                <button type="button" class="ec-clear" {onclick}>{ t.clear_answers }</button>
            }
            // Always in the page, so that screen readers hear it when it changes; shown only then.
            <p class={if just_cleared { "ec-cleared" } else { "ec-visually-hidden" }} role="status">
                if just_cleared { { t.answers_cleared } }
            </p>
        </header>
    }
}
