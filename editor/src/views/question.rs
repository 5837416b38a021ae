//! A question written inside the line that needs it: the button that starts one, and its form
//! (the question, a line under it, the kind of answer, the answers with "Add another answer",
//! what "never" is called), each field with its problem, as GOV.UK's patterns give them.

use super::problems::{described_by, on_field, question_field_id};
use super::W;
use crate::state::{Action, Asks, Check, Edit, Place, QuestionLeaf, Written};
use eligibility_core::rules::Question;
use eligibility_core::text::fill;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// A question's words as a reader of the page's language is shown them; its id while it has
/// none (a question just started), so that every field it labels still has a name.
pub fn question_name<'q>(w: &W, question: &'q Question) -> &'q str {
    Some(w.t.own(&question.text))
        .filter(|text| !text.is_empty())
        .unwrap_or(question.id.as_str())
}

/// The button that writes a new question for line `line`, with what it is for.
pub fn write_button(w: &W, line: usize, dispatch: &Callback<Action>) -> Html {
    let hint = format!("line-{line}-write-hint");
    let onclick = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::WriteQuestion(line));
            // Keyboard and screen-reader users are taken to the form the button opened.
            crate::browser::focus_soon(question_field_id(line, &QuestionLeaf::Text));
        })
    };
    html! {
        <div class="ed-write">
            <button type="button" class="ed-button ed-button-secondary" aria-describedby={hint.clone()} {onclick}>
                { w.q.write }
            </button>
            <p class="ed-hint" id={hint}>{ w.q.write_hint }</p>
        </div>
    }
}

/// The form of the question `written`, edited in line `line`.
pub fn question_form(
    w: &W,
    line: usize,
    written: &Written,
    check: Option<&Check>,
    dispatch: &Callback<Action>,
) -> Html {
    let edit = move |edit: Edit| Action::EditQuestion(line, edit);
    let text = text_field(
        w,
        line,
        QuestionLeaf::Text,
        w.q.text_label.to_owned(),
        w.q.text_hint,
        &written.text,
        true,
        check,
        dispatch.reform(move |text| edit(Edit::Text(text))),
    );
    let hint = text_field(
        w,
        line,
        QuestionLeaf::Hint,
        format!("{} {}", w.q.hint_label, w.f.optional),
        w.q.hint_hint,
        &written.hint,
        true,
        check,
        dispatch.reform(move |text| edit(Edit::Hint(text))),
    );
    let name = format!("line-{line}-q-kind");
    let kinds = Asks::ALL.into_iter().map(|asks| {
        let id = format!("{name}-{}", asks.value());
        let label = match asks {
            Asks::YesNo => w.q.kind_yes_no,
            Asks::OneOf => w.q.kind_one_of,
            Asks::Month => w.q.kind_month,
        };
        let onchange = dispatch.reform(move |_: Event| edit(Edit::Asks(asks)));
        html! {
            <div class="ed-radio">
                <input type="radio" id={id.clone()} name={name.clone()} value={asks.value()}
                    checked={written.asks == asks} {onchange} />
                <label for={id}>{ label }</label>
            </div>
        }
    });
    let answers = match written.asks {
        Asks::OneOf => answers_view(w, line, written, check, dispatch),
        Asks::Month => text_field(
            w,
            line,
            QuestionLeaf::Never,
            w.q.never_label.to_owned(),
            w.q.never_hint,
            &written.never,
            false,
            check,
            dispatch.reform(move |text| edit(Edit::Never(text))),
        ),
        Asks::YesNo => Html::default(),
    };
    html! {
        <fieldset class="ed-question" id={format!("line-{line}-q")}>
            <legend>{ w.q.legend }</legend>
            <p class="ed-hint">{ w.q.intro }</p>
            { text }
            { hint }
            <fieldset class="ed-kind">
                <legend>{ w.q.kind_legend }</legend>
                { for kinds }
            </fieldset>
            { answers }
            <p class="ed-hint">{ fill(w.q.id_note, &[("id", written.id.as_str())]) }</p>
        </fieldset>
    }
}

/// The answers of a one-of-several question: each a field with "Remove", then "Add another
/// answer" (GOV.UK's "Add another" pattern).
fn answers_view(
    w: &W,
    line: usize,
    written: &Written,
    check: Option<&Check>,
    dispatch: &Callback<Action>,
) -> Html {
    let id = question_field_id(line, &QuestionLeaf::Answers);
    let hint = format!("{id}-hint");
    let place = Place::Question {
        line,
        leaf: QuestionLeaf::Answers,
    };
    let (error, error_id) = on_field(w, check, &place, &id);
    let described = described_by(&hint, error_id.as_ref());
    let count = written.answers.len();
    let items = written.answers.iter().enumerate().map(|(n, answer)| {
        let number = (n + 1).to_string();
        let field = text_field(
            w,
            line,
            QuestionLeaf::Answer(n),
            fill(w.q.answer_label, &[("n", &number)]),
            "",
            &answer.label,
            false,
            check,
            dispatch.reform(move |text| Action::EditQuestion(line, Edit::Answer(n, text))),
        );
        let onclick = {
            let dispatch = dispatch.clone();
            Callback::from(move |_: MouseEvent| {
                dispatch.emit(Action::EditQuestion(line, Edit::RemoveAnswer(n)));
                // The answer before it, or the next one up to take its place.
                let to = if n > 0 { n - 1 } else { 0 };
                let leaf = if count > 1 {
                    QuestionLeaf::Answer(to)
                } else {
                    QuestionLeaf::Answers
                };
                crate::browser::focus_soon(question_field_id(line, &leaf));
            })
        };
        html! {
            <div class="ed-answer" key={n}>
                { field }
                <button type="button" class="ed-button ed-button-secondary ed-button-small" {onclick}>
                    { w.q.remove }
                    <span class="ed-visually-hidden">{ " " }{ fill(w.q.remove_which, &[("n", &number)]) }</span>
                </button>
            </div>
        }
    });
    let add = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::EditQuestion(line, Edit::AddAnswer));
            crate::browser::focus_soon(question_field_id(line, &QuestionLeaf::Answer(count)));
        })
    };
    let class = classes!("ed-answers", error_id.as_ref().map(|_| "ed-group-error"));
    html! {
        <fieldset {class} id={id} tabindex="-1" aria-describedby={described}>
            <legend>{ w.q.answers_legend }</legend>
            <p class="ed-hint" id={hint}>{ w.q.answers_hint }</p>
            { error }
            { for items }
            <button type="button" class="ed-button ed-button-secondary" onclick={add}>{ w.q.add_answer }</button>
        </fieldset>
    }
}

/// A text field of the form, with its label, hint and problem: a text area where `long`.
#[allow(clippy::too_many_arguments)]
fn text_field(
    w: &W,
    line: usize,
    leaf: QuestionLeaf,
    label: String,
    hint: &'static str,
    value: &str,
    long: bool,
    check: Option<&Check>,
    on_text: Callback<String>,
) -> Html {
    let id = question_field_id(line, &leaf);
    let hint_id = format!("{id}-hint");
    let place = Place::Question { line, leaf };
    let (error, error_id) = on_field(w, check, &place, &id);
    let described = match (hint.is_empty(), error_id.as_ref()) {
        (false, error_id) => Some(described_by(&hint_id, error_id)),
        (true, error_id) => error_id.cloned(),
    };
    let class = classes!("ed-group", error_id.as_ref().map(|_| "ed-group-error"));
    let field = if long {
        let oninput = on_text
            .reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
        html! { <textarea id={id.clone()} rows="2" value={value.to_owned()} aria-describedby={described} {oninput} /> }
    } else {
        let oninput =
            on_text.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
        html! { <input class="ed-input" type="text" id={id.clone()} value={value.to_owned()} aria-describedby={described} {oninput} /> }
    };
    html! {
        <div {class}>
            <label class="ed-label" for={id}>{ label }</label>
            if !hint.is_empty() {
                <p class="ed-hint" id={hint_id}>{ hint }</p>
            }
            { error }
            { field }
        </div>
    }
}
