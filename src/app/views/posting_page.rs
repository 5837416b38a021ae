//! One posting: its facts, what the check covers, the privacy promise, and Start.

use super::back_link::back_link;
use super::facts::facts;
use eligibility_core::rules::Bank;
use eligibility_core::rules::{Answers, Class, Date, Posting};
use eligibility_core::text::fill;
use eligibility_core::text::Text;
use std::rc::Rc;
use yew::prelude::*;

/// The posting, the answers already given (for other postings: those are not asked again), and
/// what its buttons do.
#[derive(PartialEq)]
pub struct PostingPageProps {
    /// The posting shown.
    pub posting: Rc<Posting>,
    /// The questions and shared criteria, for the language of their text.
    pub bank: Rc<Bank>,
    /// The answers given so far, which serve every posting that asks the same question.
    pub answers: Answers,
    /// Today, for the date rules and whether the posting has closed.
    pub today: Date,
    /// Starts the posting's questions.
    pub on_start: Callback<()>,
    /// Goes back one page inside the checker.
    pub on_back: Callback<()>,
}

/// A posting's facts and criteria, before its questions.
pub fn posting_page(t: &'static Text, props: &PostingPageProps) -> Html {
    let posting = &props.posting;
    let count = posting.unanswered(&props.answers, props.today).len();
    let answered = posting.asked(&props.answers, props.today).len() - count;
    let list = |class: Class| -> Html {
        posting
            .criteria_of(class)
            .map(|c| html! { <li key={c.id.as_str()} lang={t.lang_of(&c.summary)}>{ t.own(&c.summary) }</li> })
            .collect()
    };
    let has = |class: Class| posting.criteria_of(class).next().is_some();
    let onclick = props.on_start.reform(|_: MouseEvent| ());
    // What an applicant needs before Start, all within a phone's first screen: the job, whether
    // it is open, how many questions, and the privacy promise (before the questions about their
    // health, not after). The facts and the criteria follow.
    html! {
        <>
            { back_link(t, &props.on_back) }
            <p class="ec-caption" lang={t.lang_of(&posting.employer)}>{ t.own(&posting.employer) }</p>
            <h1 id="page-heading" tabindex="-1" lang={t.lang_of(&posting.title)}>{ t.own(&posting.title) }</h1>
            if let Some(closes) = posting.closed_on(props.today) {
                <div class="ec-warning"><p>{ fill(t.closed_warning, &[("date", &t.date(closes))]) }</p></div>
            } else if let Some(published) = posting.may_have_closed(props.today) {
                <div class="ec-warning"><p>{ fill(t.may_have_closed_warning, &[("date", &t.date(published))]) }</p></div>
            } else if let Some(closes) = posting.closes {
                <p>{ fill(t.open_until, &[("date", &t.date(closes))]) }</p>
            }
            <p>{ fill(t.covers_intro.of(count), &[("count", &count.to_string())]) }</p>
            <div class="ec-inset">
                <h2>{ t.privacy_heading }</h2>
                <p>{ t.privacy }</p>
            </div>
            <button type="button" class="ec-button ec-button-start" {onclick}>{ t.start }</button>
            <h2>{ t.about_job }</h2>
            { facts(t, posting, props.today, true) }
            if let Some(summary) = &posting.summary {
                <p lang={t.lang_of(summary)}>{ t.own(summary) }</p>
            }
            if let Some(start) = t.start_month(posting, props.today) {
                <p>{ start }</p>
            }
            <h2>{ t.covers_heading }</h2>
            <p>{ t.covers_criteria }</p>
            <ul class="ec-list">{ list(Class::Essential) }</ul>
            if answered > 0 {
                <p>{ fill(t.covers_already_answered.of(answered), &[("count", &answered.to_string())]) }</p>
            }
            if has(Class::Desirable) {
                <p>{ t.also_desirable }</p>
                <ul class="ec-list">{ list(Class::Desirable) }</ul>
            }
            if has(Class::AfterOffer) {
                <p>{ t.also_after_offer }</p>
                <ul class="ec-list">{ list(Class::AfterOffer) }</ul>
                // As on the result: many applicants for peer support jobs have been sectioned,
                // and fear it shows as a crime on the check.
                if posting.criteria_of(Class::AfterOffer).any(|c| c.is_dbs_check()) {
                    <p>{ t.dbs_not_conviction }</p>
                }
            }
            if has(Class::NotChecked) {
                <p>{ t.also_not_checked.of(posting.criteria_of(Class::NotChecked).count()) }</p>
                <ul class="ec-list">{ list(Class::NotChecked) }</ul>
            }
        </>
    }
}
