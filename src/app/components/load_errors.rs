//! The problems found in posting files, for whoever maintains them.

use crate::rules::LoadError;
use crate::text;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LoadErrorsProps {
    pub errors: Rc<Vec<LoadError>>,
}

/// Every problem of every bad file, by file; nothing when all loaded.
#[component]
pub fn LoadErrors(props: &LoadErrorsProps) -> Html {
    if props.errors.is_empty() {
        return html! {};
    }
    let t = text::current();
    html! {
        <section class="ec-load-errors" aria-labelledby="ec-load-errors-heading">
            <h2 id="ec-load-errors-heading">{ t.load_errors_heading }</h2>
            <p>{ t.load_errors_intro }</p>
            <ul>
                { for props.errors.iter().map(|error| html! {
                    <li key={error.file().to_owned()}>
                        <code>{ error.file() }</code>
                        <ul>
                            { for error.problems().iter().enumerate().map(|(i, problem)| html! {
                                <li key={i}>{ problem.to_string() }</li>
                            }) }
                        </ul>
                    </li>
                }) }
            </ul>
        </section>
    }
}
