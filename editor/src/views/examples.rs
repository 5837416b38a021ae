//! The employer's own test cases: each shown passing or failing, and the form that adds one.

use super::problems::{described_by, on_field};
use super::question::question_name;
use super::W;
use crate::state::{value_of, Action, Check, Differs, ExampleForm, Place, Refused};
use eligibility_core::rules::example::{Example, Outcome};
use eligibility_core::rules::{AnswerKind, Bank, QuestionId};
use eligibility_core::text::fill;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The outcomes a test case can expect, in the order the forms offer them.
pub const OUTCOMES: [Outcome; 4] = [
    Outcome::Met,
    Outcome::NotMet,
    Outcome::NotSure,
    Outcome::DependsOnTheDay,
];

/// An outcome in the employer's words.
pub fn outcome(w: &W, outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Met => w.r.outcome_met,
        Outcome::NotMet => w.r.outcome_not_met,
        Outcome::NotSure => w.r.outcome_not_sure,
        Outcome::DependsOnTheDay => w.r.outcome_depends,
        Outcome::Unanswered => w.r.outcome_unanswered,
    }
}

/// The test cases and the form.
#[allow(clippy::too_many_arguments)]
pub fn examples_view(
    w: &W,
    examples: &[Example],
    form: &ExampleForm,
    asked: &[QuestionId],
    bank: &Bank,
    check: Option<&Check>,
    dispatch: &Callback<Action>,
) -> Html {
    html! {
        <section aria-labelledby="examples-heading">
            <h2 id="examples-heading">{ w.r.examples_heading }</h2>
            <p>{ w.r.examples_intro }</p>
            if examples.is_empty() {
                <p>{ w.r.examples_none }</p>
            } else {
                <ul class="ed-examples">
                    { for examples.iter().enumerate().map(|(i, e)| example_row(w, i, e, check, dispatch)) }
                </ul>
            }
            { add_form(w, form, asked, bank, dispatch) }
        </section>
    }
}

fn example_row(
    w: &W,
    i: usize,
    example: &Example,
    check: Option<&Check>,
    dispatch: &Callback<Action>,
) -> Html {
    let id = format!("example-{i}");
    let (error, _) = on_field(w, check, &Place::Example(i), &id);
    let ran = check.and_then(|c| c.runs.iter().find(|r| r.name == example.name));
    let status = ran.map(|ran| {
        let passes = ran.differences.is_empty();
        let why = ran.differences.iter().map(|d| match d {
            Differs::Overall(expected, found) => fill(
                w.r.difference_overall,
                &[
                    ("expected", outcome(w, *expected)),
                    ("found", outcome(w, *found)),
                ],
            ),
            Differs::Criterion(name, expected, found) => fill(
                w.r.difference_criterion,
                &[
                    ("criterion", name),
                    ("expected", outcome(w, *expected)),
                    ("found", outcome(w, *found)),
                ],
            ),
            Differs::Other(why) => fill(w.r.difference_other, &[("why", why)]),
        });
        html! {
            <>
                <strong class={if passes { "ed-tag ed-tag-pass" } else { "ed-tag ed-tag-fail" }}>
                    { if passes { w.r.passes } else { w.r.fails } }
                </strong>
                { for why.map(|line| html! { <p>{ line }</p> }) }
            </>
        }
    });
    let onclick = dispatch.reform(move |_: MouseEvent| Action::RemoveExample(i));
    html! {
        <li id={id} key={example.name.clone()}>
            <h3>{ &example.name }</h3>
            <p class="ed-hint">{ w.r.expect_legend }{ ": " }{ outcome(w, example.expect.overall) }</p>
            { error }
            { status }
            <button type="button" class="ed-button ed-button-secondary" {onclick}>
                { fill(w.r.remove, &[("name", &example.name)]) }
            </button>
        </li>
    }
}

fn add_form(
    w: &W,
    form: &ExampleForm,
    asked: &[QuestionId],
    bank: &Bank,
    dispatch: &Callback<Action>,
) -> Html {
    let name_problem = match &form.refused {
        Some(Refused::NoName) => Some(w.r.name_missing.to_owned()),
        Some(Refused::SameName(name)) => Some(fill(w.r.name_taken, &[("name", name)])),
        _ => None,
    };
    let name_error_id = name_problem
        .as_ref()
        .map(|_| "example-name-error".to_owned());
    let name_error = name_problem.map(|problem| error_message("example-name-error", w, &problem));
    let answers = asked.iter().filter_map(|q| bank.question(q.as_str())).map(|question| {
        let qid = question.id.clone();
        let id = format!("example-answer-{}", qid.as_str());
        let value = value_of(&form.answers, &qid);
        let for_select = qid.clone();
        let onchange = dispatch.reform(move |e: Event| {
            Action::ExampleAnswer(for_select.clone(), e.target_unchecked_into::<HtmlSelectElement>().value())
        });
        let mut choices: Vec<(String, String)> = vec![(String::new(), w.r.no_answer.to_owned())];
        match &question.kind {
            AnswerKind::YesNo => {
                choices.push(("yes".into(), w.t.yes.into()));
                choices.push(("no".into(), w.t.no.into()));
            }
            AnswerKind::OneOf(options) => choices.extend(options.iter().map(|o| (o.id.as_str().to_owned(), w.t.own(&o.label).to_owned()))),
            AnswerKind::MonthYear { never } => {
                choices.push(("month".into(), w.r.a_month.into()));
                choices.push(("never".into(), w.t.own(never).into()));
            }
        }
        let not_sure = question.not_sure.as_ref().map_or(w.r.not_sure, |n| w.t.own(n));
        choices.push(("not_sure".into(), not_sure.into()));
        let month = matches!(question.kind, AnswerKind::MonthYear { .. }).then(|| {
            let month_id = format!("{id}-month");
            let wrong = form.refused == Some(Refused::Month(qid.clone()));
            let (hint_id, error_id) = (format!("{month_id}-hint"), format!("{month_id}-error"));
            let error_id = wrong.then_some(error_id);
            let for_input = qid.clone();
            let oninput = dispatch.reform(move |e: InputEvent| {
                Action::ExampleMonth(for_input.clone(), e.target_unchecked_into::<HtmlInputElement>().value())
            });
            html! {
                <div class={classes!("ed-group", wrong.then_some("ed-group-error"))}>
                    <label class="ed-label" for={month_id.clone()}>{ fill(w.r.month_label, &[("question", w.t.own(&question.short))]) }</label>
                    <p class="ed-hint" id={hint_id.clone()}>{ w.r.month_hint }</p>
                    { error_id.as_ref().map(|id| error_message(id, w, w.r.month_wrong)) }
                    <input class="ed-input ed-input-month" type="text" inputmode="numeric" id={month_id.clone()}
                        aria-describedby={described_by(&hint_id, error_id.as_ref())} aria-invalid={wrong.then_some("true")}
                        value={value_of(&form.months, &qid)} {oninput} />
                </div>
            }
        });
        html! {
            <div class="ed-group" key={qid.as_str().to_owned()}>
                <label class="ed-label" for={id.clone()}>{ question_name(w, question) }</label>
                <select id={id} {onchange}>
                    { for choices.into_iter().map(|(v, label)| html! { <option selected={v == value} value={v.clone()}>{ label }</option> }) }
                </select>
                { month }
            </div>
        }
    });
    let expect = OUTCOMES.into_iter().map(|o| {
        let id = format!("example-expect-{}", o.word());
        let onchange = dispatch.reform(move |_: Event| Action::ExampleExpect(o));
        html! {
            <div class="ed-radio">
                <input type="radio" id={id.clone()} name="example-expect" checked={form.expect.unwrap_or(Outcome::Met) == o} {onchange} />
                <label for={id}>{ outcome(w, o) }</label>
            </div>
        }
    });
    let on_name = dispatch.reform(|e: InputEvent| {
        Action::ExampleName(e.target_unchecked_into::<HtmlInputElement>().value())
    });
    let on_day = dispatch.reform(|e: InputEvent| {
        Action::ExampleOn(e.target_unchecked_into::<HtmlInputElement>().value())
    });
    let add = dispatch.reform(|_: MouseEvent| Action::AddExample);
    html! {
        <div class="ed-add">
            <h3>{ w.r.add_heading }</h3>
            <div class={classes!("ed-group", name_error_id.as_ref().map(|_| "ed-group-error"))}>
                <label class="ed-label" for="example-name">{ w.r.name_label }</label>
                <p class="ed-hint" id="example-name-hint">{ w.r.name_hint }</p>
                { name_error }
                <input class="ed-input" type="text" id="example-name" aria-describedby={described_by("example-name-hint", name_error_id.as_ref())}
                    aria-invalid={name_error_id.as_ref().map(|_| "true")} value={form.name.clone()} oninput={on_name} />
            </div>
            <div class="ed-group">
                <label class="ed-label" for="example-on">{ w.r.on_label }</label>
                <p class="ed-hint" id="example-on-hint">{ w.r.on_hint }</p>
                <input class="ed-input ed-input-date" type="date" id="example-on" aria-describedby="example-on-hint" value={form.on.clone()} oninput={on_day} />
            </div>
            <fieldset class="ed-answers">
                <legend>{ w.r.answers_legend }</legend>
                { for answers }
            </fieldset>
            <fieldset class="ed-expect">
                <legend>{ w.r.expect_legend }</legend>
                { for expect }
            </fieldset>
            <button type="button" class="ed-button" onclick={add}>{ w.r.add_button }</button>
        </div>
    }
}

/// A field's problem, as GOV.UK's error message: `id` for the field's `aria-describedby`.
pub(super) fn error_message(id: &str, w: &W, problem: &str) -> Html {
    html! {
        <p class="ed-error-message" id={id.to_owned()}>
            <span class="ed-visually-hidden">{ w.f.error_prefix }{ " " }</span>{ problem.to_owned() }
        </p>
    }
}
