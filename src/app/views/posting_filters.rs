//! Search and filters over the list of postings, behind one button.

use eligibility_core::rules::{Facets, Filter, Hours, Words};
use eligibility_core::text::{fill, Text};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The search and filters as the list has them, with what their controls do.
pub struct PostingFiltersProps<'a> {
    /// The choices each filter offers.
    pub facets: &'a Facets,
    /// What the list is narrowed to.
    pub filter: &'a Filter,
    /// Whether the search box and the filters are shown.
    pub open: bool,
    /// Narrows the list.
    pub on_filter: &'a Callback<Filter>,
    /// Shows (`true`) or hides the search box and the filters.
    pub on_show: &'a Callback<bool>,
}

/// One button that shows and hides a search box and one choice each for employer, town or area,
/// and hours (from `facets`), set to `filter`; the button says how many are in use, so that
/// filters left on are not forgotten while hidden. Closed, they take one line of a phone's first
/// screen rather than all of it. Every change is applied as it happens, through `on_filter`: there
/// is no submit button to find.
pub fn posting_filters<'a>(t: &'a Text, props: &PostingFiltersProps<'a>) -> Html {
    let (facets, filter, open) = (props.facets, props.filter, props.open);
    let on_words = {
        let filter = filter.clone();
        props.on_filter.reform(move |event: InputEvent| Filter {
            words: event.target_unchecked_into::<HtmlInputElement>().value(),
            ..filter.clone()
        })
    };
    // Each choice is named by its English text (or, for full and part time, a code), the same in
    // either language, and shown in the page's.
    let choice = |id: &'static str,
                  label: &'static str,
                  options: Vec<(&str, &str, Option<&'static str>)>,
                  current: Option<&str>,
                  set: fn(&mut Filter, Option<String>)| {
        let filter = filter.clone();
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
                    { for options.into_iter().map(|(key, shown, lang)| html! {
                        <option key={key} value={key.to_owned()} selected={current == Some(key)}
                            {lang}>{ shown }</option>
                    }) }
                </select>
            </div>
        }
    };
    let words = |values: &'a [Words]| -> Vec<(&'a str, &'a str, Option<&'static str>)> {
        (values.iter())
            .map(|v| (v.as_english(), t.own(v), t.lang_of(v)))
            .collect()
    };
    let hours = (facets.hours.iter())
        .map(|h| {
            let lang = match h {
                Hours::Other(words) => t.lang_of(words),
                Hours::FullTime | Hours::PartTime => None,
            };
            (h.key(), t.hours(h), lang)
        })
        .collect();
    let in_use = filter.in_use();
    let on_toggle = props.on_show.reform(move |_: MouseEvent| !open);
    let onsubmit = Callback::from(|event: SubmitEvent| event.prevent_default());
    html! {
        <form class="ec-filters" role="search" aria-label={t.filter_heading} {onsubmit}>
            <button type="button" class="ec-filter-toggle" aria-expanded={if open { "true" } else { "false" }}
                aria-controls="ec-filter-fields" onclick={on_toggle}>
                { fill(t.filter_toggle.of(in_use), &[("count", &in_use.to_string())]) }
            </button>
            <div class="ec-filter-fields" id="ec-filter-fields" hidden={!open}>
                <div class="ec-filter ec-filter-words">
                    <label for="ec-filter-words">{ t.filter_words }</label>
                    <input class="ec-input" id="ec-filter-words" type="search" autocomplete="off"
                        value={filter.words.clone()} oninput={on_words} />
                </div>
                { choice("ec-filter-employer", t.filter_employer, words(&facets.employers),
                    filter.employer.as_deref(), |f, v| f.employer = v) }
                { choice("ec-filter-area", t.filter_location, words(&facets.areas),
                    filter.area.as_deref(), |f, v| f.area = v) }
                { choice("ec-filter-hours", t.filter_hours, hours,
                    filter.hours.as_deref(), |f, v| f.hours = v) }
            </div>
        </form>
    }
}
