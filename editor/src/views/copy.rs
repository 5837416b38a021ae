//! Copying the file, and the snippets that put the checker with it on a careers page (the
//! inline embed, the custom element, an iframe: docs/embedding.md), with what to do where the
//! browser refuses the clipboard.

use super::W;
use crate::browser;
use crate::state::{Action, Check};
use eligibility_core::rules::Language;
use eligibility_core::text::fill;
use yew::prelude::*;

/// The three snippets, each its name and its text, for the file `file` of posting `id`, with
/// the checker at `checker`, for a careers page in `language`. The iframe's address opens the
/// checker's own page at the posting (`?posting=`), in Welsh for a Welsh page, and the frame is
/// named by the checker's own name in that language.
pub fn snippets(
    checker: &str,
    file: &str,
    id: &str,
    language: Language,
) -> [(&'static str, String); 3] {
    let title = language.text().app_name;
    let lang = match language {
        Language::English => "",
        Language::Welsh => "&amp;lang=cy",
    };
    [
        (
            "inline",
            format!("<div data-eligibility-checker data-postings=\"{file}\" data-posting=\"{id}\"></div>\n<script type=\"module\" src=\"{checker}embed.js\"></script>"),
        ),
        (
            "element",
            format!("<eligibility-checker postings=\"{file}\" posting=\"{id}\"></eligibility-checker>\n<script type=\"module\" src=\"{checker}embed.js\"></script>"),
        ),
        (
            "iframe",
            format!("<iframe class=\"checker-frame\" title=\"{title}\" src=\"{checker}?posting={id}{lang}\"></iframe>"),
        ),
    ]
}

/// The snippet for a careers page whose JobPosting markup gives the facts: the custom element
/// naming the criteria file `file` and posting `id`, with the checker at `checker`.
pub fn criteria_snippet(checker: &str, file: &str, id: &str) -> String {
    format!("<eligibility-checker criteria=\"{file}\" posting=\"{id}\"></eligibility-checker>\n<script type=\"module\" src=\"{checker}embed.js\"></script>")
}

/// A button that copies `text`, and what came of the last copy of `what`: where the browser
/// refused, what to do, over the text in a box to select and copy by hand.
pub fn copy_button(
    w: &W,
    what: &'static str,
    label: String,
    text: String,
    copied: Option<&(String, bool)>,
    dispatch: &Callback<Action>,
) -> Html {
    let done = dispatch.reform(move |ok: bool| Action::Copied(what.to_owned(), ok));
    let by_hand = text.clone();
    let onclick = Callback::from(move |_: MouseEvent| browser::copy(text.clone(), done.clone()));
    let said = copied.filter(|(w, _)| w == what).map(|(_, ok)| *ok);
    let status = match said {
        Some(true) => w.f.copied,
        Some(false) => w.f.copy_refused,
        None => "",
    };
    let id = format!("copy-{what}");
    html! {
        <>
            <button type="button" class="ed-button ed-button-secondary" {onclick}>{ label }</button>
            // Said to screen readers as it changes.
            <p class="ed-status" role="status">{ status }</p>
            if said == Some(false) {
                <div class="ed-group">
                    <label class="ed-label" for={id.clone()}>{ w.f.copy_by_hand }</label>
                    <textarea class="ed-copy-text" {id} lang="en" readonly=true rows="6" value={by_hand} />
                </div>
            }
        </>
    }
}

/// "Copy the file", under the download.
pub fn copy_file(
    w: &W,
    check: &Check,
    copied: Option<&(String, bool)>,
    dispatch: &Callback<Action>,
) -> Html {
    copy_button(
        w,
        "file",
        w.f.copy_file.to_owned(),
        check.text.clone(),
        copied,
        dispatch,
    )
}

/// The snippets, each with its own copy button; the iframe's in `language` (the preview's).
pub fn snippets_view(
    w: &W,
    check: &Check,
    checker: &str,
    id: &str,
    language: Language,
    copied: Option<&(String, bool)>,
    dispatch: &Callback<Action>,
) -> Html {
    let file = check.file_name.as_str();
    let items = snippets(checker, file, id, language)
        .into_iter()
        .map(|(what, text)| {
            let (heading, hint) = match what {
                "inline" => (w.f.snippet_inline, None),
                "element" => (w.f.snippet_element, None),
                _ => (w.f.snippet_iframe, Some(w.f.snippet_iframe_hint)),
            };
            let label = fill(w.f.copy_snippet, &[("snippet", heading)]);
            html! {
                <div class="ed-snippet" key={what}>
                    <h3>{ heading }</h3>
                    { hint.map(|h| html! { <p class="ed-hint">{ h }</p> }) }
                    <pre class="ed-file" lang="en">{ &text }</pre>
                    { copy_button(w, what, label, text.clone(), copied, dispatch) }
                </div>
            }
        });
    html! {
        <section aria-labelledby="snippets-heading">
            <h2 id="snippets-heading">{ w.f.snippets_heading }</h2>
            <p>{ fill(w.f.snippets_hint, &[("file", file)]) }</p>
            { for items }
        </section>
    }
}
