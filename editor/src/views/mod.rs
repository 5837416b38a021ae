//! The editor's views: plain functions over the state, and the one component that holds it.

mod copy;
mod examples;
mod facts;
mod lines;
mod out;
mod parts;
mod preview;
mod problems;
mod question;
mod replace;
mod rule;
mod welsh;

pub use copy::snippets;
pub use out::Download;

use crate::state::{Action, Asked, State};
use eligibility_core::rules::{Date, Language};
use eligibility_core::text::{
    EditorFormWords, EditorQuestionWords, EditorRuleWords, EditorWelshWords, EditorWords, Text,
};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// The editor's words in one language, each set for its part of the page.
pub struct W {
    /// The page's and the lines' words.
    pub e: &'static EditorWords,
    /// The facts', the problems' and the file's.
    pub f: &'static EditorFormWords,
    /// The rules' and the test cases'.
    pub r: &'static EditorRuleWords,
    /// A question written in a line.
    pub q: &'static EditorQuestionWords,
    /// The Welsh table's and the translator's CSV's.
    pub l: &'static EditorWelshWords,
    /// The checker's own (Yes, No, a question's words).
    pub t: &'static Text,
}

impl W {
    /// The words in `language`.
    pub fn of(language: Language) -> W {
        W {
            e: EditorWords::of(language),
            f: EditorFormWords::of(language),
            r: EditorRuleWords::of(language),
            q: EditorQuestionWords::of(language),
            l: EditorWelshWords::of(language),
            t: language.text(),
        }
    }
}

/// What the page gives the editor.
#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The language of its words (`?lang=cy` gives Welsh).
    pub language: Language,
    /// Today, the day a new test case is judged on.
    pub today: Date,
    /// Where the checker is, for the embed snippets.
    #[prop_or_else(|| AttrValue::from("../"))]
    pub checker: AttrValue,
}

/// The editor: the page's one component, holding the one State.
#[function_component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    let (language, today, checker) = (props.language, props.today, props.checker.to_string());
    let state = use_reducer(move || State {
        language,
        preview_language: language,
        today,
        checker,
        ..State::default()
    });
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    // Leaving with changes not downloaded asks first.
    use_effect_with(state.unsaved, |&unsaved| {
        crate::browser::ask_before_leaving(unsaved)
    });
    // A part added or removed: focus goes to its question, or from the button that is gone.
    use_effect_with(state.focus.clone(), |focus| {
        if let Some((id, _)) = focus {
            crate::browser::focus(id);
        }
    });
    // A question before work is replaced takes focus, to be read and answered at once; once
    // answered, focus goes back to where it was asked (the answer is said in a status there).
    use_effect_with(state.replacing.clone(), |replacing| {
        if replacing.is_some() {
            crate::browser::focus(replace::QUESTION);
        }
    });
    use_effect_with(state.answered.clone(), |answered| {
        match answered.as_ref().map(|a| a.asked()) {
            Some(Asked::Split) => crate::browser::focus("split"),
            // The section's heading, not the file input, which WebKit does not focus.
            Some(Asked::File) => crate::browser::focus("open-heading"),
            None => {}
        }
    });
    page(&state, &dispatch)
}

/// The page for `state`.
pub fn page(state: &State, dispatch: &Callback<Action>) -> Html {
    let w = W::of(state.language);
    let check = state.check.as_deref();
    let lang = if state.language == Language::Welsh {
        "cy"
    } else {
        "en-GB"
    };
    let asked = state.posting().0.question_ids();
    let side = check.map(|c| preview::preview_view(&w, state, c, dispatch));
    let class = classes!("ed-page", side.as_ref().map(|_| "ed-with-preview"));
    // The preview is the applicant's app (its screen not a main landmark there): a region beside
    // the editor's main, not inside it.
    html! {
        <div {class} {lang}>
          <main class="ed-form" {lang}>
            <h1>{ w.e.heading }</h1>
            { check.map(|c| problems::summary(&w, c)) }
            <p>{ w.e.intro }</p>
            { out::open_view(&w, &state.opening, dispatch) }
            { replace::replace_view(&w, Asked::File, state.replacing.as_ref(), state.answered.as_ref(), dispatch) }
            <h2>{ w.f.or_paste }</h2>
            { paste(&w, &state.pasted, dispatch) }
            { replace::replace_view(&w, Asked::Split, state.replacing.as_ref(), state.answered.as_ref(), dispatch) }
            if let Some(lines) = &state.lines {
                { facts::facts(&w, &state.facts, check, dispatch) }
                { lines::lines_view(&w, state, lines, &state.bank, check, dispatch) }
                { examples::examples_view(&w, &state.examples, &state.example_form, &asked, &state.bank, check, dispatch) }
                { welsh::welsh_view(&w, &state.welsh, check, dispatch) }
            }
            { check.map(|c| problems::warnings(&w, c)) }
            { check.map(|c| out::download_view(&w, state, c, dispatch)) }
          </main>
          { side }
        </div>
    }
}

/// The box the specification is pasted into, and the button that splits it.
fn paste(w: &W, pasted: &str, dispatch: &Callback<Action>) -> Html {
    let oninput = dispatch.reform(|e: InputEvent| {
        Action::Paste(e.target_unchecked_into::<HtmlTextAreaElement>().value())
    });
    let onclick = dispatch.reform(|_: MouseEvent| Action::Split);
    html! {
        <div class="ed-group">
            <label class="ed-label" for="spec">{ w.e.paste_label }</label>
            <p class="ed-hint" id="spec-hint">{ w.e.paste_hint }</p>
            <textarea id="spec" name="spec" rows="12" aria-describedby="spec-hint" value={pasted.to_owned()} {oninput} />
            <button type="button" class="ed-button" id="split" {onclick}>{ w.e.split }</button>
        </div>
    }
}
