//! How a line's rule is made: a radio group, by one question or of parts any or all of which meet
//! it; each part of a rule of parts as a group of its own; and the select of the question that
//! decides a rule or a part.

use super::problems::{described_by, on_field, rule_id};
use super::rule::part_view;
use super::W;
use crate::state::{question_of, Action, At, Check, Choice, Combine, Leaf, Place};
use eligibility_core::rules::{Bank, Rule};
use eligibility_core::text::fill;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// How the line's rule is made: a radio group, "One question decides it", "Any of these", "All of
/// these".
pub fn combine_view(w: &W, line: usize, combine: Combine, dispatch: &Callback<Action>) -> Html {
    let name = format!("line-{line}-combine");
    let radios = Combine::ALL.into_iter().map(|c| {
        let id = format!("{name}-{}", c.value());
        let onchange = dispatch.reform(move |_: Event| Action::Combine(line, c));
        html! {
            <div class="ed-radio">
                <input type="radio" id={id.clone()} name={name.clone()} value={c.value()}
                    checked={combine == c} {onchange} />
                <label for={id}>{ c.words(w.r) }</label>
            </div>
        }
    });
    html! {
        <fieldset class="ed-combine">
            <legend>{ w.r.combine_legend }</legend>
            { for radios }
        </fieldset>
    }
}

/// One part of a rule of parts: its number as the legend, its question, its sentence, and the
/// button that removes it.
pub(super) fn part_group(
    w: &W,
    at: At,
    choice: Choice,
    part: &Rule,
    bank: &Bank,
    check: Option<&Check>,
    dispatch: &Callback<Action>,
) -> Html {
    let n = at.part.map_or(1, |p| p + 1).to_string();
    let id = rule_id(at.line, at.part, "part");
    let place = Place::Line {
        line: at.line,
        part: at.part,
        leaf: Leaf::Whole,
    };
    let (error, error_id) = on_field(w, check, &place, &id);
    let onclick = dispatch.reform(move |_: MouseEvent| Action::RemovePart(at));
    let class = classes!("ed-part", error_id.as_ref().map(|_| "ed-group-error"));
    html! {
        <fieldset {class} {id} aria-describedby={error_id}>
            <legend>{ fill(w.r.part_legend, &[("n", &n)]) }</legend>
            { error }
            { question_select(w, at, Some(part), bank, check, dispatch) }
            { part_view(w, at, choice, part, bank, check, dispatch) }
            <button type="button" class="ed-button ed-button-secondary" {onclick}>
                { fill(w.r.remove_part, &[("n", &n)]) }
            </button>
        </fieldset>
    }
}

/// The select of the question that decides a line's rule (or, at a part, that part); a question
/// the checker does not have is shown as chosen, named as such.
pub fn question_select(
    w: &W,
    at: At,
    rule: Option<&Rule>,
    bank: &Bank,
    check: Option<&Check>,
    dispatch: &Callback<Action>,
) -> Html {
    let id = rule_id(at.line, at.part, "question");
    let hint = format!("{id}-hint");
    let place = Place::Line {
        line: at.line,
        part: at.part,
        leaf: Leaf::Question,
    };
    let (error, error_id) = on_field(w, check, &place, &id);
    let described = described_by(&hint, error_id.as_ref());
    let chosen = rule
        .and_then(question_of)
        .map(|q| q.as_str().to_owned())
        .unwrap_or_default();
    let unknown = (!chosen.is_empty() && bank.question(&chosen).is_none()).then(|| html! {
        <option value={chosen.clone()} selected=true>{ fill(w.r.question_unknown, &[("question", &chosen)]) }</option>
    });
    let onchange = dispatch.reform(move |e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        match at.part {
            Some(_) => Action::PartQuestion(at, value),
            None => Action::Question(at.line, value),
        }
    });
    let label = match at.part {
        Some(_) => w.r.part_question_label,
        None => w.r.question_label,
    };
    html! {
        <div class={classes!("ed-group", error_id.as_ref().map(|_| "ed-group-error"))}>
            <label class="ed-label" for={id.clone()}>{ label }</label>
            <p class="ed-hint" id={hint}>{ w.r.question_hint }</p>
            { error }
            <select id={id} aria-describedby={described} {onchange}>
                <option value="" selected={chosen.is_empty()}>{ w.r.question_choose }</option>
                { unknown }
                { for bank.questions().iter().map(|q| html! {
                    <option value={q.id.as_str().to_owned()} selected={chosen == q.id.as_str()}>
                        { super::question::question_name(w, q) }
                    </option>
                }) }
            </select>
        </div>
    }
}
