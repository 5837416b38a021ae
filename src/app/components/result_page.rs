//! The result: overall first, then each criterion with its reason, then what to do next.

use super::back_link::back_link;
use super::support::support;
use super::use_text;
use crate::rules::{
    evaluate, Answers, Assessed, Bank, Class, CriterionId, Date, Evaluation, Overall, Posting,
    Verdict,
};
use crate::text::{fill, Text};
use std::rc::Rc;
use yew::prelude::*;

/// The posting, the questions it asks (from `bank`), the answers, and what the buttons do.
#[derive(Properties, PartialEq)]
pub struct ResultPageProps {
    /// The posting shown.
    pub posting: Rc<Posting>,
    /// The questions the posting's criteria ask.
    pub bank: Rc<Bank>,
    /// The answers given so far, which serve every posting that asks the same question.
    pub answers: Answers,
    /// Today, for the date rules and whether the posting has closed.
    pub today: Date,
    /// Forgets every answer and returns to the start.
    pub on_start_again: Callback<()>,
    /// Goes to the list of jobs, keeping the answers.
    pub on_other_jobs: Callback<()>,
    /// Goes back one page inside the checker.
    pub on_back: Callback<()>,
}

/// The result: the overall verdict, each criterion's with its reason, and what to do next.
#[component]
pub fn ResultPage(props: &ResultPageProps) -> Html {
    let t = use_text();
    let posting = &props.posting;
    // Answers are checked as they are given, so this fails only if the date moved backwards
    // while the page was open; then the result is not shown rather than shown wrong.
    let Ok(evaluation) = evaluate(posting, &props.answers, props.today) else {
        return back_link(t, &props.on_back);
    };
    let (heading, body, tone) = match &evaluation.overall {
        Overall::MeetsAll => (
            t.meets_all_heading,
            t.meets_all_body.to_owned(),
            "ec-result-met",
        ),
        Overall::DoesNotMeet { not_met, .. } => (
            t.does_not_meet_heading,
            fill(
                t.does_not_meet_body,
                &[("criteria", &named(t, &evaluation, not_met))],
            ),
            "ec-result-not-met",
        ),
        Overall::NotSure { not_sure } => (
            t.not_sure_heading,
            fill(
                t.not_sure_body,
                &[("criteria", &named(t, &evaluation, not_sure))],
            ),
            "ec-result-not-sure",
        ),
        Overall::Incomplete { .. } => (
            t.incomplete_heading,
            t.incomplete_body.to_owned(),
            "ec-result-not-sure",
        ),
    };
    let section = |class: Class, heading: &str, intro: Option<&str>| -> Html {
        let items: Vec<&Assessed> = evaluation.of_class(class).collect();
        if items.is_empty() {
            return html! {};
        }
        html! {
            <section class="ec-criteria-section">
                <h2>{ heading }</h2>
                if let Some(intro) = intro {
                    <p>{ intro }</p>
                }
                <ul class="ec-criteria">
                    { for items.into_iter().map(|a| criterion(t, &props.bank, a)) }
                </ul>
            </section>
        }
    };
    let onclick = props.on_start_again.reform(|_: MouseEvent| ());
    let other_jobs = props.on_other_jobs.reform(|_: MouseEvent| ());
    html! {
        <>
            { back_link(t, &props.on_back) }
            <div class={classes!("ec-result-panel", tone)}>
                <p class="ec-caption">{ fill(t.result_caption, &[("title", &posting.title), ("employer", &posting.employer)]) }</p>
                <h1 id="page-heading" tabindex="-1">{ heading }</h1>
                <p>{ body }</p>
            </div>
            { section(Class::Essential, t.essential_heading, None) }
            { next_steps(t, &evaluation, props.today) }
            { section(Class::Desirable, t.desirable_heading, Some(t.desirable_intro)) }
            { section(Class::AfterOffer, t.after_offer_heading, Some(t.after_offer_intro)) }
            { support(t) }
            <p class="ec-privacy-line">{ t.nothing_sent }</p>
            <p>{ t.other_jobs_hint }</p>
            <div class="ec-button-group">
                <button type="button" class="ec-button" onclick={other_jobs}>{ t.next_other_jobs }</button>
                <button type="button" class="ec-button ec-button-secondary" {onclick}>{ t.start_again }</button>
            </div>
        </>
    }
}

fn criterion(t: &Text, bank: &Bank, assessed: &Assessed) -> Html {
    let c = assessed.criterion;
    let question = c
        .rule
        .as_ref()
        .and_then(|r| bank.question(r.question().as_str()));
    let tone = match assessed.verdict {
        Verdict::Met(_) => "ec-status-met",
        Verdict::NotMet(_) if c.class == Class::Desirable => "ec-status-info",
        Verdict::NotMet(_) => "ec-status-not-met",
        Verdict::NotSure(_) | Verdict::Unanswered => "ec-status-not-sure",
        Verdict::Information => "ec-status-info",
    };
    let reason = t.reason(&assessed.verdict, question);
    html! {
        <li class="ec-criterion" key={c.id.as_str()}>
            <h3>{ &c.summary }</h3>
            <p class={classes!("ec-status", tone)}><strong>{ t.status(c, &assessed.verdict) }</strong></p>
            if !reason.is_empty() {
                <p>{ reason }</p>
            }
            if let Some(detail) = &c.detail {
                <p>{ detail }</p>
            }
            if let Some(quote) = &c.quote {
                <p class="ec-quote">{ fill(t.employer_words, &[("quote", quote)]) }</p>
            }
        </li>
    }
}

/// The criteria `ids` named in a sentence: "a, b and c".
fn named(t: &Text, evaluation: &Evaluation, ids: &[CriterionId]) -> String {
    let summaries: Vec<String> = ids
        .iter()
        .filter_map(|id| evaluation.criteria.iter().find(|a| &a.criterion.id == id))
        .map(|a| t.in_sentence(&a.criterion.summary))
        .collect();
    t.list(&summaries)
}

fn next_steps(t: &Text, evaluation: &Evaluation, today: Date) -> Html {
    let posting = evaluation.posting;
    let link = |words: &str| {
        html! { <p><a class="ec-link" href={posting.apply_url.clone()} rel="noopener noreferrer">{ words.to_owned() }</a></p> }
    };
    let body = match (&evaluation.overall, posting.closed_on(today)) {
        (Overall::Incomplete { .. }, _) => html! { <p>{ t.incomplete_body }</p> },
        (_, Some(closed)) => html! {
            <>
                <p>{ fill(t.next_closed, &[("date", &t.date(closed))]) }</p>
                { link(t.next_closed_link) }
            </>
        },
        (Overall::MeetsAll, None) => html! {
            <>
                <p>{ t.next_apply }</p>
                { link(t.next_apply_link) }
            </>
        },
        (Overall::NotSure { not_sure }, None) => html! {
            <>
                <p>{ fill(t.next_ask, &[("criteria", &named(t, evaluation, not_sure))]) }</p>
                { link(t.next_ask_link) }
            </>
        },
        (Overall::DoesNotMeet { not_sure, .. }, None) => {
            // When time is all that stands in the way, say when it will have passed.
            html! {
                <>
                    if let Some(from) = evaluation.met_from() {
                        <p>{ fill(t.next_not_yet_from, &[("from", &t.month(from))]) }</p>
                    }
                    <p>{ t.next_not_yet }</p>
                    if !not_sure.is_empty() {
                        <p>{ fill(t.next_also_ask, &[("criteria", &named(t, evaluation, not_sure))]) }</p>
                    }
                </>
            }
        }
    };
    html! {
        <section class="ec-next">
            <h2>{ t.next_heading }</h2>
            { body }
        </section>
    }
}
