//! Search and filters over the list of postings.

use eligibility_core::rules::{Facets, Filter, Words};
use eligibility_core::text::Text;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// A search box and one choice each for employer, place and hours (from `facets`), set to
/// `filter`. Every change is applied as it happens, through `on_filter`: there is no submit button
/// to find.
pub fn posting_filters(
    t: &Text,
    facets: &Facets,
    filter: &Filter,
    on_filter: &Callback<Filter>,
) -> Html {
    let on_words = {
        let filter = filter.clone();
        on_filter.reform(move |event: InputEvent| Filter {
            words: event.target_unchecked_into::<HtmlInputElement>().value(),
            ..filter.clone()
        })
    };
    let choice = |id: &'static str,
                  label: &'static str,
                  values: &[Words],
                  current: &Option<String>,
                  set: fn(&mut Filter, Option<String>)| {
        let filter = filter.clone();
        let onchange = on_filter.reform(move |event: Event| {
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
                    // Chosen by its English text, the same in either language; shown in the page's.
                    { for values.iter().map(|v| html! {
                        <option key={v.as_english()} value={v.as_english().to_owned()}
                            selected={current.as_deref() == Some(v.as_english())}
                            lang={t.lang_of(v)}>{ t.own(v) }</option>
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
                    value={filter.words.clone()} oninput={on_words} />
            </div>
            { choice("ec-filter-employer", t.filter_employer, &facets.employers, &filter.employer, |f, v| f.employer = v) }
            { choice("ec-filter-location", t.filter_location, &facets.locations, &filter.location, |f, v| f.location = v) }
            { choice("ec-filter-hours", t.filter_hours, &facets.working_patterns, &filter.working_pattern, |f, v| f.working_pattern = v) }
        </form>
    }
}
