//! Keeping the applicant's notes: "Copy my notes", and the question asked before clearing the
//! answers would delete them.

use crate::app::state::Notes;
use eligibility_core::rules::Catalogue;
use eligibility_core::text::{fill, Text};
use yew::prelude::*;

/// "Copy my notes", and what came of it. The status is in the page from the moment the button is,
/// so that a screen reader hears it when it changes.
pub fn copy_notes(t: &Text, copied: Option<bool>, on_copy: &Callback<()>) -> Html {
    let onclick = on_copy.reform(|_: MouseEvent| ());
    let said = match copied {
        Some(true) => t.note.copied,
        Some(false) => t.note.copy_failed,
        None => "",
    };
    html! {
        <div class="ec-copy">
            <button type="button" class="ec-button ec-button-secondary" {onclick}>{ t.note.copy }</button>
            <p class="ec-copy-status" role="status">{ said }</p>
        </div>
    }
}

/// What the question before deleting notes shows, and what its buttons do.
#[derive(PartialEq)]
pub struct WipeQuestionProps {
    /// Whether the notes can be copied first: on a page of the checker's own, which is where
    /// notes are written.
    pub own_page: bool,
    /// Whether "Copy my notes" copied them, once pressed.
    pub notes_copied: Option<bool>,
    /// Copies every note to the clipboard.
    pub on_copy: Callback<()>,
    /// Deletes the answers and the notes.
    pub on_confirm: Callback<()>,
    /// Keeps everything, and goes back to the page.
    pub on_keep: Callback<()>,
}

/// Asked, in place of the page, before "Start again" or "Clear my answers" deletes notes: they
/// were typed, and nothing could bring them back. Keeping them is the first button.
pub fn wipe_question(t: &'static Text, props: &WipeQuestionProps) -> Html {
    let keep = props.on_keep.reform(|_: MouseEvent| ());
    let confirm = props.on_confirm.reform(|_: MouseEvent| ());
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ t.note.wipe_heading }</h1>
            <p>{ t.note.wipe_body }</p>
            if props.own_page {
                <p>{ t.note.wipe_copy_first }</p>
                { copy_notes(t, props.notes_copied, &props.on_copy) }
            }
            <div class="ec-button-group">
                <button type="button" class="ec-button" onclick={keep}>{ t.note.wipe_keep }</button>
                <button type="button" class="ec-button ec-button-secondary" onclick={confirm}>{ t.note.wipe_confirm }</button>
            </div>
        </>
    }
}

/// Every note as plain text for the clipboard: each job's title and employer, then under it each
/// criterion written about and the note, in the language the checker speaks.
pub fn notes_text(t: &Text, catalogue: &Catalogue, notes: &Notes) -> String {
    let mut postings = Vec::new();
    for (posting, _, _) in notes.iter() {
        if !postings.contains(&posting) {
            postings.push(posting);
        }
    }
    let mut text = String::new();
    for id in postings {
        let Some(posting) = catalogue.posting(id) else {
            continue;
        };
        let caption = [
            ("title", t.own(&posting.title)),
            ("employer", t.own(&posting.employer)),
        ];
        text.push_str(&fill(t.posting_caption, &caption));
        text.push('\n');
        for (_, criterion, note) in notes.iter().filter(|(p, _, _)| *p == id) {
            let summary = posting.criteria.iter().find(|c| &c.id == criterion);
            text.push('\n');
            if let Some(criterion) = summary {
                text.push_str(t.own(&criterion.summary));
                text.push('\n');
            }
            text.push_str(note.trim_end());
            text.push('\n');
        }
        text.push('\n');
    }
    text.trim_end().to_owned()
}
