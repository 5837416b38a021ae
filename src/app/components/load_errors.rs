//! The problems found in posting files, for whoever maintains them.

use super::use_text;
use crate::rules::LoadError;
use std::rc::Rc;
use yew::prelude::*;

/// The files that failed to load.
#[derive(Properties, PartialEq)]
pub struct LoadErrorsProps {
    /// The files that failed to load, each with its problems.
    pub errors: Rc<Vec<LoadError>>,
}

/// Every problem of every bad file, by file; nothing when all loaded.
#[component]
pub fn LoadErrors(props: &LoadErrorsProps) -> Html {
    let t = use_text();
    if props.errors.is_empty() {
        return html! {};
    }
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
