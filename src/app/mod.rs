//! The Yew front end: one reducer ([`state`]), small function components ([`components`]).

pub mod components;
pub mod dom;
pub mod state;

use crate::rules::{Catalogue, Date, LoadError};
use components::page::Page;
use state::State;
use std::rc::Rc;
use yew::prelude::*;

/// What the app starts with: the postings (and any files that failed to load) and today.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub catalogue: Rc<Catalogue>,
    pub load_errors: Rc<Vec<LoadError>>,
    pub today: Date,
}

/// The whole checker.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = {
        let catalogue = props.catalogue.clone();
        let today = props.today;
        use_reducer(move || State::new(catalogue, today))
    };
    // Move focus to the new page's heading, or to the error summary, after every page turn, so
    // keyboard and screen-reader users start at the top of what changed. Not on first load.
    {
        let has_error = state.error.is_some();
        use_effect_with(state.focus_turn, move |turn| {
            if *turn > 0 {
                dom::focus(if has_error {
                    "error-summary"
                } else {
                    "page-heading"
                });
            }
        });
    }
    let on_action = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(action))
    };
    html! {
        <Page state={Rc::new((*state).clone())} load_errors={props.load_errors.clone()} {on_action} />
    }
}
