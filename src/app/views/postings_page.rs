//! The first page: the postings, searchable, a page at a time.

use super::load_errors::{load_errors, Missing};
use super::posting_card::{posting_card, PostingCardProps};
use super::posting_filters::{posting_filters, PostingFiltersProps};
use crate::app::state::LIST_PAGE;
use eligibility_core::rules::{Answers, Catalogue, Date, Filter, PostingId};
use eligibility_core::text::fill;
use eligibility_core::text::Text;
use std::rc::Rc;
use yew::prelude::*;

/// The catalogue to list, what the list is narrowed to, and what its controls do.
#[derive(PartialEq)]
pub struct PostingsPageProps {
    /// Every posting loaded, with the questions they ask.
    pub catalogue: Rc<Catalogue>,
    /// What could not be loaded, as the applicant is told of it.
    pub missing: Missing,
    /// Today, for the date rules and whether the posting has closed.
    pub today: Date,
    /// The answers given so far, which serve every posting that asks the same question.
    pub answers: Answers,
    /// What the list is narrowed to.
    pub filter: Filter,
    /// How many matching postings to show.
    pub shown: usize,
    /// Whether the search and filters are open.
    pub filters_open: bool,
    /// Opens a posting.
    pub on_select: Callback<PostingId>,
    /// Narrows the list.
    pub on_filter: Callback<Filter>,
    /// Opens (`true`) or closes the search and filters.
    pub on_show_filters: Callback<bool>,
    /// Shows the next page of postings.
    pub on_more: Callback<()>,
}

/// The list of postings, with filters, a page at a time.
pub fn postings_page(t: &'static Text, props: &PostingsPageProps) -> Html {
    let matching = props.catalogue.search(&props.filter, props.today);
    let total = matching.len();
    let shown = total.min(props.shown);
    // Filters help only when there is something to narrow.
    let filters = props.catalogue.postings().len() > 3;
    let more = LIST_PAGE.min(total - shown);
    let narrowed = props.filter.in_use() > 0;
    let on_more = props.on_more.reform(|_: MouseEvent| ());
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ t.postings_heading }</h1>
            <p class="ec-lead">{ t.postings_intro }</p>
            <p class="ec-privacy-line">{ t.privacy }</p>
            { load_errors(t, props.missing) }
            if filters {
                { posting_filters(t, &PostingFiltersProps {
                    facets: props.catalogue.facets(),
                    filter: &props.filter,
                    open: props.filters_open,
                    on_filter: &props.on_filter,
                    on_show: &props.on_show_filters,
                }) }
                // Said only when it tells the applicant something: when the list is narrowed or cut
                // short. (Always there, empty or not, so that screen readers hear each change.)
                <p class="ec-showing" role="status">
                    if total == 0 { { t.no_matches } } else if narrowed || shown < total {
                        { fill(t.showing.of(total), &[("shown", &shown.to_string()), ("total", &total.to_string())]) }
                    }
                </p>
            }
            if props.catalogue.postings().is_empty() {
                if props.missing != Missing::All { <p>{ t.postings_none }</p> }
            } else {
                <ul class="ec-postings">
                    { for matching.into_iter().take(shown).map(|posting| {
                        posting_card(t, &PostingCardProps {
                            posting: posting.clone(),
                            answers: props.answers.clone(),
                            today: props.today,
                            on_select: props.on_select.clone(),
                        })
                    }) }
                </ul>
                if shown < total {
                    <button type="button" class="ec-button ec-button-secondary" onclick={on_more}>
                        { fill(t.show_more.of(more), &[("count", &more.to_string())]) }
                    </button>
                }
            }
        </>
    }
}
