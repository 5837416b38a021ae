//! One posting in the list: its key facts and, once anything is answered, where the applicant
//! stands with it.

use super::facts::facts;
use eligibility_core::rules::{evaluate, Answers, Date, Posting, PostingId};
use eligibility_core::text::Text;
use std::rc::Rc;
use yew::prelude::*;

/// The posting a card shows, with the answers so far.
#[derive(PartialEq)]
pub struct PostingCardProps {
    /// Shared, not copied: a list re-renders its cards at every keystroke of a search.
    pub posting: Rc<Posting>,
    /// The answers given so far, which serve every posting that asks the same question.
    pub answers: Answers,
    /// Today, for the date rules and whether the posting has closed.
    pub today: Date,
    /// Opens a posting.
    pub on_select: Callback<PostingId>,
}

/// One posting in the list, with where the answers so far leave the applicant.
pub fn posting_card(t: &'static Text, props: &PostingCardProps) -> Html {
    let posting = &props.posting;
    let closed = posting.is_closed(props.today);
    let id = posting.id.clone();
    let onclick = props.on_select.reform(move |_: MouseEvent| id.clone());
    let heading_id = format!("ec-posting-{}", posting.id);
    let standing = standing(t, posting, &props.answers, props.today);
    html! {
        <li key={posting.id.as_str()} class={classes!("ec-card", closed.then_some("ec-card-closed"))} aria-labelledby={heading_id.clone()}>
            if closed {
                <p class="ec-tag">{ t.closed_tag }</p>
            }
            <h2 id={heading_id.clone()} lang={t.lang_of(&posting.title)}>{ t.own(&posting.title) }</h2>
            <p class="ec-card-employer" lang={t.lang_of(&posting.employer)}>{ t.own(&posting.employer) }</p>
            { facts(t, posting, props.today, false) }
            if let Some(standing) = standing {
                <p class="ec-standing">{ t.standing_label }<strong>{ standing }</strong></p>
            }
            // A closed advert can still be checked, and the button says so: its words differ from
            // an open one's, for a screen reader's list of buttons too.
            <button type="button" class={classes!("ec-button", closed.then_some("ec-button-secondary"))} {onclick} aria-describedby={heading_id}>
                { if closed { t.check_anyway } else { t.check_this_job } }
            </button>
        </li>
    }
}

/// Where the answers given so far leave the applicant with this posting; nothing before any
/// answer is given.
fn standing(t: &Text, posting: &Posting, answers: &Answers, today: Date) -> Option<String> {
    if answers.is_empty() {
        return None;
    }
    let to_answer = posting.unanswered(answers, today).len();
    let overall = evaluate(posting, answers, today).ok()?.overall;
    Some(t.standing(&overall, to_answer))
}
