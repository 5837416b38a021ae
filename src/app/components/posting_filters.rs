//! Search and filters over the list of postings.

use super::use_text;
use crate::rules::{Facets, Filter};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The choices the filters offer, what they are set to, and what a change does.
#[derive(Properties, PartialEq)]
pub struct PostingFiltersProps {
    /// The employers, places and hours the postings have, to choose from.
    pub facets: Rc<Facets>,
    /// What the list is narrowed to.
    pub filter: Filter,
    /// Narrows the list.
    pub on_filter: Callback<Filter>,
}

/// A search box and one choice each for employer, place and hours. Every change is applied as it
/// happens: there is no submit button to find.
#[component]
pub fn PostingFilters(props: &PostingFiltersProps) -> Html {
    let t = use_text();
    let on_words = {
        let filter = props.filter.clone();
        props.on_filter.reform(move |event: InputEvent| Filter {
            words: event.target_unchecked_into::<HtmlInputElement>().value(),
            ..filter.clone()
        })
    };
    let choice = |id: &'static str,
                  label: &'static str,
                  values: &[String],
                  current: &Option<String>,
                  set: fn(&mut Filter, Option<String>)| {
        let filter = props.filter.clone();
        let onchange = props.on_filter.reform(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            let mut filter = filter.clone();
            set(&mut filter, (!value.is_empty()).then_some(value));
            filter
        });
        html! {
            <div class="ec-filter">
                <label for={id}>{ label }</label>
                <select class="ec-select" {id} {onchange}>
                    <option value="" selected={current.is_none()}>{ t.filter_any }</option>
                    { for values.iter().map(|v| html! {
                        <option key={v.clone()} value={v.clone()} selected={current.as_ref() == Some(v)}>{ v }</option>
                    }) }
                </select>
            </div>
        }
    };
    let onsubmit = Callback::from(|event: SubmitEvent| event.prevent_default());
    html! {
        <form class="ec-filters" role="search" aria-labelledby="ec-filter-heading" {onsubmit}>
            <h2 id="ec-filter-heading">{ t.filter_heading }</h2>
            <div class="ec-filter ec-filter-words">
                <label for="ec-filter-words">{ t.filter_words }</label>
                <input class="ec-input" id="ec-filter-words" type="search" autocomplete="off"
                    value={props.filter.words.clone()} oninput={on_words} />
            </div>
            { choice("ec-filter-employer", t.filter_employer, &props.facets.employers, &props.filter.employer, |f, v| f.employer = v) }
            { choice("ec-filter-location", t.filter_location, &props.facets.locations, &props.filter.location, |f, v| f.location = v) }
            { choice("ec-filter-hours", t.filter_hours, &props.facets.working_patterns, &props.filter.working_pattern, |f, v| f.working_pattern = v) }
        </form>
    }
}
