//! The editor's views: plain functions over the state, and the one component that holds it.

use crate::state::{Action, Choice, Drafted, State};
use eligibility_core::text::{fill, EditorWords};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// What the page gives the editor.
#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The language of its words (`?lang=cy` gives Welsh).
    pub language: eligibility_core::rules::Language,
}

/// The editor: the page's one component, holding the one State.
#[function_component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    let language = props.language;
    let state = use_reducer(move || State {
        language,
        ..State::default()
    });
    let words = EditorWords::of(state.language);
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    html! {
        <main class="ed-page" lang={if words.language == eligibility_core::rules::Language::Welsh { "cy" } else { "en-GB" }}>
            <h1>{ words.heading }</h1>
            <p>{ words.intro }</p>
            { paste(words, &state.pasted, &dispatch) }
            { state.lines.as_ref().map(|lines| lines_view(words, lines, &dispatch)) }
        </main>
    }
}

/// The box the specification is pasted into, and the button that splits it.
fn paste(words: &EditorWords, pasted: &str, dispatch: &Callback<Action>) -> Html {
    let oninput = dispatch.reform(|e: InputEvent| {
        Action::Paste(e.target_unchecked_into::<HtmlTextAreaElement>().value())
    });
    let onclick = dispatch.reform(|_: MouseEvent| Action::Split);
    html! {
        <div class="ed-group">
            <label class="ed-label" for="spec">{ words.paste_label }</label>
            <p class="ed-hint" id="spec-hint">{ words.paste_hint }</p>
            <textarea id="spec" name="spec" rows="12" aria-describedby="spec-hint" value={pasted.to_owned()} {oninput} />
            <button type="button" class="ed-button" {onclick}>{ words.split }</button>
        </div>
    }
}

/// The lines, each a radio group of kinds with its suggested rule.
fn lines_view(words: &EditorWords, lines: &[Drafted], dispatch: &Callback<Action>) -> Html {
    html! {
        <section aria-labelledby="lines-heading">
            <h2 id="lines-heading">{ words.lines_heading }</h2>
            if lines.is_empty() {
                <p>{ words.no_lines }</p>
            }
            { for lines.iter().enumerate().map(|(i, line)| line_view(words, i, line, dispatch)) }
        </section>
    }
}

/// One line: its words as the legend, its kind as radios, and any proposal to confirm.
fn line_view(words: &EditorWords, i: usize, line: &Drafted, dispatch: &Callback<Action>) -> Html {
    let radios = Choice::ALL.iter().map(|&choice| {
        let id = format!("line-{i}-{}", choice.value());
        let onchange = dispatch.reform(move |_: Event| Action::Choose(i, choice));
        html! {
            <div class="ed-radio">
                <input type="radio" id={id.clone()} name={format!("line-{i}")} value={choice.value()}
                    checked={line.choice == choice} {onchange} />
                <label for={id}>{ choice.words(words) }</label>
            </div>
        }
    });
    let proposal = line.proposal.as_ref().map(|(proposal, because)| {
        let id = format!("line-{i}-rule");
        let onchange = dispatch.reform(move |e: Event| {
            Action::UseRule(i, e.target_unchecked_into::<HtmlInputElement>().checked())
        });
        html! {
            <div class="ed-proposal">
                <p>{ proposal }</p>
                <p class="ed-hint">{ because }</p>
                <div class="ed-checkbox">
                    <input type="checkbox" id={id.clone()} checked={line.use_rule} {onchange} />
                    <label for={id}>{ words.use_rule }</label>
                </div>
            </div>
        }
    });
    html! {
        <fieldset class="ed-line">
            <legend>{ fill(words.kind_legend, &[("line", &line.text)]) }</legend>
            { for radios }
            { proposal }
        </fieldset>
    }
}
