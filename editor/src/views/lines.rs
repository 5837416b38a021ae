//! The lines of the person specification: each a radio group of kinds, its suggested rule to
//! confirm, and the rule as sentences once it has one.

use super::problems::{described_by, on_field, warnings_on, with_warning};
use super::question::{question_form, write_button};
use super::rule::{combine_view, question_select, rule_view};
use super::W;
use crate::state::{Action, At, Check, Choice, Combine, Drafted, Leaf, Place, State};
use eligibility_core::rules::Bank;
use eligibility_core::text::fill;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The lines, each a group of its own.
pub fn lines_view(
    w: &W,
    state: &State,
    lines: &[Drafted],
    bank: &Bank,
    check: Option<&Check>,
    dispatch: &Callback<Action>,
) -> Html {
    html! {
        <section aria-labelledby="lines-heading">
            <h2 id="lines-heading">{ w.e.lines_heading }</h2>
            if lines.is_empty() {
                <p>{ w.e.no_lines }</p>
            }
            { for lines.iter().enumerate().map(|(i, line)| html! {
                <div key={i}>{ line_view(w, state, i, line, bank, check, dispatch) }</div>
            }) }
        </section>
    }
}

/// One line: its words as the legend, its kind as radios, any proposal to confirm, and its rule.
fn line_view(
    w: &W,
    state: &State,
    i: usize,
    line: &Drafted,
    bank: &Bank,
    check: Option<&Check>,
    dispatch: &Callback<Action>,
) -> Html {
    let id = format!("line-{i}");
    let whole = Place::Line {
        line: i,
        part: None,
        leaf: Leaf::Whole,
    };
    let (error, error_id) = on_field(w, check, &whole, &id);
    let radios = Choice::ALL.iter().map(|&choice| {
        let radio = format!("line-{i}-{}", choice.value());
        let onchange = dispatch.reform(move |_: Event| Action::Choose(i, choice));
        html! {
            <div class="ed-radio">
                <input type="radio" id={radio.clone()} name={format!("line-{i}")} value={choice.value()}
                    checked={line.choice == choice} {onchange} />
                <label for={radio}>{ choice.words(w.e) }</label>
            </div>
        }
    });
    let proposal = line.proposal.as_ref().filter(|_| line.choice.has_rule()).map(|(proposal, because)| {
        let checkbox = format!("line-{i}-rule");
        let onchange = dispatch.reform(move |e: Event| {
            Action::UseRule(i, e.target_unchecked_into::<HtmlInputElement>().checked())
        });
        html! {
            <div class="ed-proposal">
                <p>{ proposal }</p>
                <p class="ed-hint">{ because }</p>
                if line.suggested.is_some() {
                    <div class="ed-checkbox">
                        <input type="checkbox" id={checkbox.clone()} checked={line.uses_suggestion()} {onchange} />
                        <label for={checkbox}>{ w.e.use_rule }</label>
                    </div>
                }
            </div>
        }
    });
    let summary = line
        .choice
        .class()
        .map(|_| summary_field(w, i, line, check, dispatch));
    let rule = line.choice.has_rule().then(|| {
        let combine = line.combine();
        let at = At { line: i, part: None };
        html! {
            <>
                { combine_view(w, i, combine, dispatch) }
                if combine == Combine::One {
                    { question_select(w, at, line.rule.as_ref(), bank, check, dispatch) }
                    // A question written here is edited here; else one can be.
                    { state.written_at(i).map_or_else(
                        || write_button(w, i, dispatch),
                        |written| question_form(w, i, written, check, dispatch),
                    ) }
                }
                if line.rule.is_none() && line.choice == Choice::Essential {
                    <p class="ed-hint">{ w.r.no_rule }</p>
                }
                { line.rule.as_ref().map(|rule| rule_view(w, i, line.choice, rule, bank, check, dispatch)) }
            </>
        }
    });
    let class = classes!("ed-line", error_id.as_ref().map(|_| "ed-group-error"));
    html! {
        <fieldset {class} id={id}
            aria-describedby={error_id}>
            <legend>{ fill(w.e.kind_legend, &[("line", &line.text)]) }</legend>
            { error }
            { for radios }
            { summary }
            { proposal }
            { rule }
        </fieldset>
    }
}

/// The criterion's summary: what applicants read as its heading.
fn summary_field(
    w: &W,
    i: usize,
    line: &Drafted,
    check: Option<&Check>,
    dispatch: &Callback<Action>,
) -> Html {
    let id = format!("line-{i}-summary");
    let hint = format!("{id}-hint");
    let place = Place::Line {
        line: i,
        part: None,
        leaf: Leaf::Summary,
    };
    let (error, error_id) = on_field(w, check, &place, &id);
    let (warning, warning_id) = warnings_on(w, check, &place, &id);
    let described = with_warning(described_by(&hint, error_id.as_ref()), warning_id.as_ref());
    let oninput = dispatch.reform(move |e: InputEvent| {
        Action::Summary(i, e.target_unchecked_into::<HtmlInputElement>().value())
    });
    html! {
        <div class={classes!("ed-group", error_id.as_ref().map(|_| "ed-group-error"))}>
            <label class="ed-label" for={id.clone()}>{ w.r.summary_label }</label>
            <p class="ed-hint" id={hint}>{ w.r.summary_hint }</p>
            { error }
            <input class="ed-input" type="text" id={id} value={line.summary_text().to_owned()}
                aria-describedby={described} {oninput} />
            { warning }
        </div>
    }
}
