//! The result: overall first, then each criterion with its reason, then what to do next.

use super::back_link::back_link;
use super::notes::copy_notes;
use super::support::support;
use crate::app::dom;
use crate::app::state::Notes;
use eligibility_core::rules::load::host;
use eligibility_core::rules::{
    evaluate, Answers, Assessed, Bank, Class, CriterionId, Date, Evaluation, Overall, Posting,
    Verdict,
};
use eligibility_core::text::{fill, Text};
use std::rc::Rc;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// The posting, the questions it asks (from `bank`), the answers, and what the buttons do.
#[derive(PartialEq)]
pub struct ResultPageProps {
    /// The posting shown.
    pub posting: Rc<Posting>,
    /// The questions the posting's criteria ask.
    pub bank: Rc<Bank>,
    /// The answers given so far, which serve every posting that asks the same question.
    pub answers: Answers,
    /// Today, for the date rules and whether the posting has closed.
    pub today: Date,
    /// The applicant's notes for their application.
    pub notes: Notes,
    /// Keeps a note, as typed, for one criterion.
    pub on_note: Callback<(CriterionId, String)>,
    /// Whether boxes for notes are offered: only on a page of the checker's own.
    pub own_page: bool,
    /// Whether "Copy my notes" copied them, once pressed.
    pub notes_copied: Option<bool>,
    /// Copies every note to the clipboard.
    pub on_copy: Callback<()>,
    /// Goes to the first question left unanswered.
    pub on_answer_rest: Callback<()>,
    /// Forgets every answer and returns to the start.
    pub on_start_again: Callback<()>,
    /// Goes to the list of jobs, keeping the answers.
    pub on_other_jobs: Callback<()>,
    /// Goes back one page inside the checker.
    pub on_back: Callback<()>,
}

/// The result: the overall verdict, each criterion's with its reason, and what to do next.
pub fn result_page(t: &'static Text, props: &ResultPageProps) -> Html {
    let posting = &props.posting;
    // Answers are checked as they are given, so this fails only if the date moved backwards
    // while the page was open; then the result is not shown rather than shown wrong.
    let Ok(evaluation) = evaluate(posting, &props.answers, props.today) else {
        return back_link(t, &props.on_back);
    };
    let outcome = t.outcome(&evaluation, props.today);
    let closed = posting.is_closed(props.today);
    let not_met = matches!(evaluation.overall, Overall::DoesNotMeet { .. });
    // Green only for a job the applicant can apply for now. Every other result is told in a
    // neutral panel: a result that is not what the applicant hoped for is news about a job's
    // criteria, not an error, and a closed advert is no success whatever the answers.
    let tone = match evaluation.overall {
        Overall::MeetsAll if !closed => "ec-result-met",
        Overall::MeetsAll
        | Overall::DoesNotMeet { .. }
        | Overall::NotSure { .. }
        | Overall::Incomplete { .. } => "ec-result-neutral",
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
                    { for items.into_iter().map(|a| criterion(t, props, a)) }
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
                <p class="ec-caption">{ fill(t.result_caption, &[("title", t.own(&posting.title)), ("employer", t.own(&posting.employer))]) }</p>
                <h1 id="page-heading" tabindex="-1">{ outcome.heading }</h1>
                if let Some([lead, answers]) = outcome.closed {
                    <p>{ lead }</p>
                    <p><strong>{ answers }</strong></p>
                }
                <p>{ outcome.body }</p>
                <p class="ec-source">{ t.source(posting, props.today) }</p>
            </div>
            // Someone who has just read that they do not meet a job's criteria reads where to get
            // support next, not several screens down.
            if not_met {
                { support(t, posting.nation) }
            }
            { section(Class::Essential, t.essential_heading, None) }
            { questions_left(t, props) }
            { next_steps(t, &evaluation, props.today) }
            { section(Class::Desirable, t.desirable_heading, Some(t.desirable_intro)) }
            { section(Class::AfterOffer, t.after_offer_heading, Some(t.after_offer_intro)) }
            { not_checked(t, posting) }
            if !not_met && !closed {
                { prepare(t, props) }
            }
            <div class="ec-print">
                <p>{ t.print_warning }</p>
                <button type="button" class="ec-button ec-button-secondary" onclick={|_| dom::print()}>{ t.print_button }</button>
            </div>
            if !not_met {
                { support(t, posting.nation) }
            }
            <p class="ec-privacy-line">{ t.nothing_sent }</p>
            <p class="ec-other-jobs-hint">{ t.other_jobs_hint }</p>
            <div class="ec-button-group">
                <button type="button" class="ec-button" onclick={other_jobs}>{ t.next_other_jobs }</button>
                <button type="button" class="ec-button ec-button-secondary" {onclick}>{ t.start_again }</button>
            </div>
        </>
    }
}

/// On a result seen before every question was answered: how many were left, that they could not
/// change it, and a way to answer them anyway.
fn questions_left(t: &Text, props: &ResultPageProps) -> Html {
    let left = props.posting.unanswered(&props.answers, props.today).len();
    if left == 0 {
        return html! {};
    }
    let onclick = props.on_answer_rest.reform(|_: MouseEvent| ());
    html! {
        <div class="ec-inset">
            <p>{ fill(t.settled.left.of(left), &[("count", &left.to_string())]) }</p>
            <button type="button" class="ec-button ec-button-secondary" {onclick}>{ t.settled.answer_rest }</button>
        </div>
    }
}

fn criterion(t: &Text, props: &ResultPageProps, assessed: &Assessed) -> Html {
    let c = assessed.criterion;
    let tone = match assessed.verdict {
        Verdict::Met(_) => "ec-status-met",
        Verdict::NotMet(_) if c.class == Class::Desirable => "ec-status-info",
        Verdict::NotMet(_) => "ec-status-not-met",
        Verdict::NotSure(_) | Verdict::Unanswered => "ec-status-not-sure",
        Verdict::Information => "ec-status-info",
    };
    let reason = t.reason(c, &assessed.verdict, &props.bank);
    let message = t.gp_message(&props.posting, &assessed.verdict);
    html! {
        <li class="ec-criterion" key={c.id.as_str()}>
            <h3 lang={t.lang_of(&c.summary)}>{ t.own(&c.summary) }</h3>
            <p class={classes!("ec-status", tone)}><strong>{ t.status(c, &assessed.verdict) }</strong></p>
            if !reason.is_empty() {
                <p>{ reason }</p>
            }
            // Whether seeing a GP counts is the employer's to say: a message the applicant can
            // copy (a tap selects it all), and that asking is nothing to fear.
            if let Some(message) = message {
                <p>{ t.rules.gp.normal }</p>
                <blockquote class="ec-message">{ message }</blockquote>
            }
            if let Some(detail) = &c.detail {
                <p lang={t.lang_of(detail)}>{ t.own(detail) }</p>
            }
            // Many applicants for peer support jobs have been sectioned, and fear it shows as a
            // crime on the check.
            if c.is_dbs_check() {
                <p>{ t.dbs_not_conviction }</p>
            }
            if let Some(quote) = &c.quote {
                <p class="ec-quote">{ fill(t.employer_words, &[("quote", t.own(quote))]) }</p>
            }
        </li>
    }
}

/// What the advert asks for that the check does not ask about, so the applicant knows what is
/// left for the employer to judge.
fn not_checked(t: &Text, posting: &Posting) -> Html {
    let items: Vec<Html> = posting
        .criteria_of(Class::NotChecked)
        .map(|c| html! { <li key={c.id.as_str()} lang={t.lang_of(&c.summary)}>{ t.own(&c.summary) }</li> })
        .collect();
    if items.is_empty() {
        return html! {};
    }
    html! {
        <section class="ec-criteria-section">
            <h2>{ t.not_checked_heading }</h2>
            <p>{ t.also_not_checked.of(items.len()) }</p>
            <ul class="ec-list">{ items }</ul>
        </section>
    }
}

/// "Prepare your application": for each criterion the applicant writes about when applying, the
/// advert's words, what an example could show, and (on a page of the checker's own) a box for
/// their own notes. The notes live in the state, like the answers, and print with the page.
fn prepare(t: &Text, props: &ResultPageProps) -> Html {
    let posting = &props.posting;
    let items: Vec<Html> = (posting.criteria.iter())
        .filter_map(|c| Some((c, c.evidence_prompt()?.map_or(t.prepare_prompt, |p| t.own(p)))))
        .map(|(c, prompt)| {
            let id = c.id.as_str();
            // The box's id, and its prompt's, which describes it.
            let (note_id, prompt_id) = (format!("note-{id}"), format!("prompt-{id}"));
            let note = props.notes.get(&posting.id, &c.id);
            let on_note = props.on_note.clone();
            let criterion = c.id.clone();
            let oninput = move |event: InputEvent| {
                let text = event.target_unchecked_into::<HtmlTextAreaElement>().value();
                on_note.emit((criterion.clone(), text));
            };
            html! {
                <li class="ec-criterion" key={id}>
                    <h3 lang={t.lang_of(&c.summary)}>{ t.own(&c.summary) }</h3>
                    if c.class == Class::Desirable {
                        <p class="ec-status ec-status-info"><strong>{ t.prepare_desirable }</strong></p>
                    }
                    if let Some(quote) = &c.quote {
                        <p class="ec-quote">{ fill(t.employer_words, &[("quote", t.own(quote))]) }</p>
                    }
                    <p class="ec-hint" id={prompt_id.clone()}>{ prompt }</p>
                    if props.own_page {
                        <label class="ec-label" for={note_id.clone()}>
                            { t.notes_label }
                            <span class="ec-visually-hidden">{ fill(t.notes_hidden, &[("criterion", t.own(&c.summary))]) }</span>
                        </label>
                        // Never kept by the browser's form restore: the notes are in memory only.
                        // Nor sent to the browser's vendor or a grammar add-on for checking:
                        // enhanced spell check (Chrome), Edge's editor, Grammarly and
                        // LanguageTool send what is typed to their servers.
                        <textarea class="ec-input ec-textarea" id={note_id} rows="5" autocomplete="off"
                            spellcheck="false" data-gramm="false" data-gramm_editor="false"
                            data-enable-grammarly="false" data-lt-active="false"
                            aria-describedby={prompt_id} value={note.to_owned()} {oninput} />
                        // A box prints only what fits in it: on paper the note is written out.
                        <p class="ec-note-print">{ note }</p>
                    }
                </li>
            }
        })
        .collect();
    if items.is_empty() {
        return html! {};
    }
    html! {
        <section class="ec-criteria-section ec-prepare">
            <h2>{ t.prepare_heading }</h2>
            <p>{ t.prepare_intro }</p>
            <p>{ if props.own_page { t.notes_here } else { t.notes_elsewhere } }</p>
            if props.own_page {
                <p>{ t.notes_extensions }</p>
            }
            <ul class="ec-criteria">{ items }</ul>
            if props.own_page && !props.notes.is_empty() {
                { copy_notes(t, props.notes_copied, &props.on_copy) }
            }
        </section>
    }
}

fn next_steps(t: &Text, evaluation: &Evaluation, today: Date) -> Html {
    let next = t.next_steps(evaluation, today);
    html! {
        <section class="ec-next">
            <h2>{ t.next_heading }</h2>
            { for next.paragraphs.into_iter().map(|p| html! { <p>{ p }</p> }) }
            if let Some((words, lang)) = next.carer_roles {
                <p {lang}>{ words }</p>
            }
            // Links that leave the checker open in a new tab, so the result stays where it was:
            // leaving the page would forget it. On paper the link names its host (`data-host`,
            // printed by style.css): where it goes, without a query that may hold the address of
            // the page it came from.
            if let Some(words) = next.link {
                <p><a class="ec-link" href={evaluation.posting.apply_url.clone()} data-host={host(&evaluation.posting.apply_url).to_owned()} target="_blank" rel="noopener noreferrer">{ words }<span class="ec-new-tab">{ t.new_tab }</span></a></p>
            }
        </section>
    }
}
