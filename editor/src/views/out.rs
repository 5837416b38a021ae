//! The file in and out: open a posting file (picker or drop; a bundle's postings to pick from),
//! and download the draft, offered only while the loader finds no problem.

use super::W;
use crate::browser;
use crate::state::{Action, Check, Opening};
use eligibility_core::text::fill;
use web_sys::{DragEvent, HtmlInputElement};
use yew::prelude::*;

/// "Open a posting file": the picker, a drop anywhere on it, and what opening found.
pub fn open_view(w: &W, opening: &Opening, dispatch: &Callback<Action>) -> Html {
    let opened = dispatch.reform(|(name, text): (String, String)| Action::Open(name, text));
    let onchange = {
        let opened = opened.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            browser::read_first(input.files(), opened.clone());
        })
    };
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let ondrop = Callback::from(move |e: DragEvent| {
        e.prevent_default();
        browser::read_first(e.data_transfer().and_then(|d| d.files()), opened.clone());
    });
    let found = match opening {
        Opening::None => Html::default(),
        Opening::Failed(file, problems) => html! {
            <div class="ed-error-summary" role="alert">
                <p>{ fill(w.f.open_failed, &[("file", file)]) }</p>
                <ul lang="en">{ for problems.iter().map(|p| html! { <li>{ p }</li> }) }</ul>
            </div>
        },
        Opening::Pick(file, postings, _) => html! {
            <fieldset class="ed-pick">
                <legend>{ fill(w.f.pick_legend, &[("file", file)]) }</legend>
                { for postings.iter().enumerate().map(|(i, p)| {
                    let onclick = dispatch.reform(move |_: MouseEvent| Action::Pick(i));
                    let name = format!("{}, {}", w.t.own(&p.title), w.t.own(&p.employer));
                    html! {
                        <div class="ed-pick-one" key={p.id.as_str().to_owned()}>
                            <p>{ &name }</p>
                            <button type="button" class="ed-button ed-button-secondary" {onclick}
                                aria-label={format!("{}: {name}", w.f.pick_button)}>{ w.f.pick_button }</button>
                        </div>
                    }
                }) }
            </fieldset>
        },
    };
    html! {
        <section class="ed-open" aria-labelledby="open-heading" {ondragover} {ondrop}>
            // Focus comes here once a file's posting replaces the work, or the work is kept.
            <h2 id="open-heading" tabindex="-1">{ w.f.open_heading }</h2>
            <div class="ed-group">
                <label class="ed-label" for="open-file">{ w.f.open_label }</label>
                <p class="ed-hint" id="open-file-hint">{ w.f.open_hint }</p>
                <input type="file" id="open-file" accept=".json,application/json" aria-describedby="open-file-hint" {onchange} />
            </div>
            { found }
        </section>
    }
}

/// What the download link offers.
#[derive(Properties, PartialEq)]
pub struct DownloadProps {
    /// The file's text.
    pub text: AttrValue,
    /// Its name.
    pub file_name: AttrValue,
    /// The link's words.
    pub label: AttrValue,
    /// Called when it is followed: the draft is saved.
    pub on_download: Callback<()>,
    /// The file's media type.
    #[prop_or(AttrValue::Static("application/json"))]
    pub kind: AttrValue,
    /// Whether it is a secondary button (a file other than the posting's).
    #[prop_or_default]
    pub secondary: bool,
    /// What to do where the browser refuses to make the file.
    pub refused: AttrValue,
}

/// The download link: a Blob URL of the file, made again when it changes, the old one let go.
#[function_component(Download)]
pub fn download(props: &DownloadProps) -> Html {
    // None until made; then the file's address, or None where the browser refused it.
    let url = use_state(|| None::<Option<String>>);
    {
        let url = url.clone();
        use_effect_with(
            (props.text.clone(), props.kind.clone()),
            move |(text, kind)| {
                let made = browser::blob_url(text, kind);
                url.set(Some(made.clone()));
                move || {
                    if let Some(made) = made {
                        browser::revoke(&made);
                    }
                }
            },
        );
    }
    let class = classes!(
        "ed-button",
        "ed-download",
        props.secondary.then_some("ed-button-secondary")
    );
    match &*url {
        Some(Some(href)) => html! {
            <a {class} href={href.clone()} download={props.file_name.clone()}
                onclick={props.on_download.reform(|_: MouseEvent| ())}>{ props.label.clone() }</a>
        },
        Some(None) => html! { <p class="ed-status" role="status">{ props.refused.clone() }</p> },
        None => Html::default(),
    }
}

/// The download section: the link without problems, else what to do.
pub fn download_view(
    w: &W,
    state: &crate::state::State,
    check: &Check,
    dispatch: &Callback<Action>,
) -> Html {
    let file = check.file_name.as_str();
    let download = html! {
        <section aria-labelledby="download-heading">
            <h2 id="download-heading">{ w.f.download_heading }</h2>
            if check.problems.is_empty() {
                <Download text={AttrValue::from(check.text.clone())} file_name={AttrValue::from(file.to_owned())}
                    refused={AttrValue::from(fill(w.f.download_refused, &[("file", file)]))}
                    label={AttrValue::from(fill(w.f.download, &[("file", file)]))}
                    on_download={dispatch.reform(|()| Action::Downloaded)} />
                <p class="ed-hint">{ fill(w.f.download_hint, &[("file", file)]) }</p>
                // The text itself, to read or copy: what the download holds.
                <details class="ed-details">
                    <summary>{ w.f.show_file }</summary>
                    <pre class="ed-file" lang="en">{ &check.text }</pre>
                </details>
                { super::copy::copy_file(w, check, state.copied.as_ref(), dispatch) }
            } else {
                <p>{ w.f.download_blocked }</p>
            }
        </section>
    };
    let id = state.facts.get(crate::state::Field::Id);
    html! {
        <>
            { download }
            if check.problems.is_empty() {
                { super::copy::snippets_view(w, check, &state.checker, id, state.preview_language, state.copied.as_ref(), dispatch) }
                { jobposting_view(w, state, check, id, dispatch) }
            }
        </>
    }
}

/// For a careers page whose JobPosting markup gives the job's facts: the criteria file's
/// download, and the snippet that reads it with the markup; or, without a reference to name the
/// JobPosting by, what to give.
fn jobposting_view(
    w: &W,
    state: &crate::state::State,
    check: &Check,
    id: &str,
    dispatch: &Callback<Action>,
) -> Html {
    let reference = state.facts.get(crate::state::Field::Reference).trim();
    let body = match &check.criteria {
        Some((file, text)) => {
            let snippet = super::copy::criteria_snippet(&state.checker, file, id);
            let label = fill(w.f.copy_snippet, &[("snippet", w.f.snippet_jobposting)]);
            html! {
                <>
                    <p>{ fill(w.f.jobposting_hint, &[("reference", reference)]) }</p>
                    <Download text={AttrValue::from(text.clone())} file_name={AttrValue::from(file.clone())}
                        refused={AttrValue::from(fill(w.f.download_refused, &[("file", file)]))}
                        label={AttrValue::from(fill(w.f.download_criteria, &[("file", file)]))}
                        // Not the posting file, which the editor opens again: leaving still asks.
                        on_download={Callback::noop()} />
                    <details class="ed-details">
                        <summary>{ w.f.show_criteria_file }</summary>
                        <pre class="ed-file" lang="en">{ text }</pre>
                    </details>
                    <h3>{ w.f.snippet_jobposting }</h3>
                    <pre class="ed-file" lang="en">{ &snippet }</pre>
                    { super::copy::copy_button(w, "jobposting", label, snippet.clone(), state.copied.as_ref(), dispatch) }
                </>
            }
        }
        None => html! { <p>{ w.f.jobposting_no_reference }</p> },
    };
    html! {
        <section aria-labelledby="jobposting-heading">
            <h2 id="jobposting-heading">{ w.f.jobposting_heading }</h2>
            { body }
        </section>
    }
}
