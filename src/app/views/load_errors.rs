//! The problems found in posting files, for whoever maintains them.

use eligibility_core::rules::LoadError;
use eligibility_core::text::Text;
use yew::prelude::*;

/// Every problem of every bad file, by file; nothing when all loaded.
pub fn load_errors(t: &Text, errors: &[LoadError]) -> Html {
    if errors.is_empty() {
        return html! {};
    }
    html! {
        <section class="ec-load-errors" aria-labelledby="ec-load-errors-heading">
            <h2 id="ec-load-errors-heading">{ t.load_errors_heading }</h2>
            <p>{ t.load_errors_intro }</p>
            <ul>
                { for errors.iter().map(|error| html! {
                    <li>
                        <code>{ error.file() }</code>
                        <ul>
                            { for error.problems().iter().map(|problem| html! {
                                <li>{ problem.to_string() }</li>
                            }) }
                        </ul>
                    </li>
                }) }
            </ul>
        </section>
    }
}
