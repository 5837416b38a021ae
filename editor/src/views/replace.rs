//! The question asked before work not downloaded is replaced (GOV.UK's warning text, then a
//! button for each answer), and the answer said where it was asked.

use super::W;
use crate::state::{Action, Answered, Asked, Replacing};
use eligibility_core::text::fill;
use yew::prelude::*;

/// The id of the question, which takes focus when it is asked.
pub const QUESTION: &str = "replace-question";

/// The question, where `replacing` is asked at `here`, and what came of the last one asked there.
pub fn replace_view(
    w: &W,
    here: Asked,
    replacing: Option<&Replacing>,
    answered: Option<&Answered>,
    dispatch: &Callback<Action>,
) -> Html {
    let question = replacing.filter(|r| r.asked() == here).map(|replacing| {
        let words = match replacing {
            Replacing::Lines => w.e.replace_lines.to_owned(),
            Replacing::Posting(file, ..) => fill(w.e.replace_with_file, &[("file", file)]),
        };
        let yes = dispatch.reform(|_: MouseEvent| Action::Replace(true));
        let no = dispatch.reform(|_: MouseEvent| Action::Replace(false));
        html! {
            <div class="ed-replace" id={QUESTION} tabindex="-1" role="group" aria-labelledby="replace-warning">
                <div class="ed-warning-text">
                    <span class="ed-warning-icon" aria-hidden="true">{ "!" }</span>
                    <strong class="ed-warning-words" id="replace-warning">
                        <span class="ed-visually-hidden">{ w.e.warning }{ ": " }</span>
                        { words }
                    </strong>
                </div>
                <div class="ed-button-group">
                    <button type="button" class="ed-button ed-button-warning" onclick={yes}>{ w.e.replace_yes }</button>
                    <button type="button" class="ed-button ed-button-secondary" onclick={no}>{ w.e.replace_no }</button>
                </div>
            </div>
        }
    });
    let said = answered
        .filter(|a| a.asked() == here)
        .map(|answered| match answered {
            Answered::Kept(_) => w.e.kept.to_owned(),
            Answered::Lines => w.e.replaced_lines.to_owned(),
            Answered::File(file) => fill(w.e.replaced_with_file, &[("file", file)]),
        });
    html! {
        <>
            { question }
            // Said to screen readers as it changes: always on the page, so that it is heard.
            <p class="ed-status" role="status">{ said.unwrap_or_default() }</p>
        </>
    }
}
