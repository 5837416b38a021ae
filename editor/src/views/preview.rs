//! The preview beside the form: the applicant's real checker (its App, the same views) over the
//! file as it is now, in English or Welsh, at a phone's width or a desktop's.

use super::examples::{error_message, outcome, OUTCOMES};
use super::problems::described_by;
use super::W;
use crate::state::{Action, Check, Refused, State, Walk};
use eligibility_core::rules::{Answers, Date, Language};
use eligibility_core::text::fill;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What the preview renders.
#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    /// The file.
    pub text: AttrValue,
    /// The posting to open.
    pub id: AttrValue,
    /// Today, for the checker.
    pub today: Date,
    /// Its language.
    pub language: Language,
    /// Given the answers of each result it shows.
    pub on_walked: Callback<Answers>,
}

/// The checker, mounted in an element of its own (in the browser only), again on each change.
#[function_component(Preview)]
pub fn preview(props: &PreviewProps) -> Html {
    let host = use_node_ref();
    {
        let host = host.clone();
        let key = (
            props.text.clone(),
            props.id.clone(),
            props.today,
            props.language,
        );
        let on_walked = props.on_walked.clone();
        use_effect_with(key, move |(text, id, today, language)| {
            #[cfg(target_arch = "wasm32")]
            let mounted = host
                .cast::<web_sys::Element>()
                .and_then(|h| crate::browser::preview(&h, text, id, *today, *language, on_walked));
            #[cfg(not(target_arch = "wasm32"))]
            let mounted = (&host, text, id, today, language, on_walked).0.get();
            move || drop(mounted)
        });
    }
    html! { <div class="ed-preview-host" ref={host}></div> }
}

/// The preview's section: its switches, and the checker, while the file has no problem.
pub fn preview_view(w: &W, state: &State, check: &Check, dispatch: &Callback<Action>) -> Html {
    let radio =
        |name: &'static str, value: &'static str, label: &'static str, on: bool, action: Action| {
            let id = format!("{name}-{value}");
            let onchange = dispatch.reform(move |_: Event| action.clone());
            html! {
                <div class="ed-radio ed-radio-inline">
                    <input type="radio" id={id.clone()} {name} checked={on} {onchange} />
                    <label for={id}>{ label }</label>
                </div>
            }
        };
    let welsh = state.preview_language == Language::Welsh;
    let class = if state.preview_phone {
        "ed-preview ed-preview-phone"
    } else {
        "ed-preview"
    };
    html! {
        <section class="ed-side" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{ w.f.preview_heading }</h2>
            <p class="ed-hint">{ w.f.preview_hint }</p>
            <fieldset class="ed-switch">
                <legend>{ w.f.preview_language }</legend>
                { radio("preview-language", "en", "English", !welsh, Action::PreviewLanguage(Language::English)) }
                { radio("preview-language", "cy", "Cymraeg", welsh, Action::PreviewLanguage(Language::Welsh)) }
            </fieldset>
            <fieldset class="ed-switch">
                <legend>{ w.f.preview_width }</legend>
                { radio("preview-width", "phone", w.f.preview_phone, state.preview_phone, Action::PreviewPhone(true)) }
                { radio("preview-width", "desktop", w.f.preview_desktop, !state.preview_phone, Action::PreviewPhone(false)) }
            </fieldset>
            if check.problems.is_empty() {
                <div {class}>
                    <Preview text={AttrValue::from(check.text.clone())} id={AttrValue::from(state.facts.get(crate::state::Field::Id).to_owned())}
                        today={state.today} language={state.preview_language} on_walked={dispatch.reform(Action::Walked)} />
                </div>
                { keep_walk(w, &state.walk, dispatch) }
            } else {
                <p>{ w.f.preview_blocked }</p>
            }
        </section>
    }
}

/// Under the preview, once it has shown a result: naming that walk, the outcome expected (the
/// preview's, unless the employer chooses another), and keeping it as a test case; and, always
/// there so that it is read out as it changes, the words that say it was kept, which take the
/// keyboard's focus from the button that is gone.
fn keep_walk(w: &W, walk: &Walk, dispatch: &Callback<Action>) -> Html {
    let kept = walk
        .kept
        .as_ref()
        .map(|name| fill(w.r.walk_kept, &[("name", name)]));
    let status = html! {
        <p class="ed-status" id="walk-status" tabindex="-1" role="status">{ kept.unwrap_or_default() }</p>
    };
    if walk.answers.is_none() {
        return status;
    }
    let error = walk.refused.as_ref().map(|refused| match refused {
        Refused::NoName => w.r.name_missing.to_owned(),
        Refused::SameName(name) => fill(w.r.name_taken, &[("name", name)]),
        Refused::Stale | Refused::Month(_) => w.r.walk_stale.to_owned(),
    });
    let error_id = error.as_ref().map(|_| "walk-name-error".to_owned());
    let oninput = dispatch.reform(|e: InputEvent| {
        Action::WalkName(e.target_unchecked_into::<HtmlInputElement>().value())
    });
    let onclick = dispatch.reform(|_: MouseEvent| Action::KeepWalk);
    let expected = walk.expect.or(walk.found);
    let found = walk.found.map_or("", |o| outcome(w, o));
    let radios = OUTCOMES.iter().map(|&o| {
        let id = format!("walk-expect-{}", o.word());
        let onchange = dispatch.reform(move |_: Event| Action::WalkExpect(o));
        html! {
            <div class="ed-radio">
                <input type="radio" id={id.clone()} name="walk-expect" checked={expected == Some(o)} {onchange} />
                <label for={id}>{ outcome(w, o) }</label>
            </div>
        }
    });
    html! {
        <>
            <section class="ed-walk" aria-labelledby="walk-heading">
                <h3 id="walk-heading">{ w.r.walk_heading }</h3>
                <div class={classes!("ed-group", error.as_ref().map(|_| "ed-group-error"))}>
                    <label class="ed-label" for="walk-name">{ w.r.walk_name }</label>
                    <p class="ed-hint" id="walk-name-hint">{ w.r.walk_hint }</p>
                    if let Some(error) = &error {
                        { error_message("walk-name-error", w, error) }
                    }
                    <input class="ed-input" type="text" id="walk-name" value={walk.name.clone()} {oninput}
                        aria-describedby={described_by("walk-name-hint", error_id.as_ref())}
                        aria-invalid={error.as_ref().map(|_| "true")} />
                </div>
                <fieldset class="ed-group" aria-describedby="walk-expect-hint">
                    <legend class="ed-label">{ w.r.walk_expect }</legend>
                    <p class="ed-hint" id="walk-expect-hint">{ fill(w.r.walk_expect_hint, &[("outcome", found)]) }</p>
                    { for radios }
                </fieldset>
                <button type="button" class="ed-button" {onclick}>{ w.r.walk_keep }</button>
            </section>
            { status }
        </>
    }
}
