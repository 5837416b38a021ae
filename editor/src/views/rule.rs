//! A rule as sentences: "Meets this when the answer to [question] is [ ] …", tick boxes for the
//! answers, a reason box for each answer that does not meet, "not sure" and what it leads to,
//! and the months of a rule of months as a number. How it is made (by one question, or of parts
//! any or all of which meet it), each part as a group of its own, and the question select are in
//! `parts.rs`.

pub use super::parts::{combine_view, question_select};

use super::parts::part_group;
use super::problems::{described_by, on_field, rule_id, warnings_on, with_warning};
use super::W;
use crate::state::{month_kind, question_of, Action, At, Check, Choice, Leaf, MonthKind, Place};
use eligibility_core::rules::{AnswerKind, Bank, OptionId, Question, Rule};
use eligibility_core::text::fill;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The rule of line `line` as sentences; a rule of parts as a group per part, each with its own
/// question and a button that removes it, then "Add another part" (the GOV.UK add-another
/// pattern).
pub fn rule_view(
    w: &W,
    line: usize,
    choice: Choice,
    rule: &Rule,
    bank: &Bank,
    check: Option<&Check>,
    dispatch: &Callback<Action>,
) -> Html {
    match rule {
        Rule::AnyOf(parts) | Rule::AllOf(parts) => {
            let intro = if matches!(rule, Rule::AnyOf(_)) {
                w.r.any_of
            } else {
                w.r.all_of
            };
            let onclick = dispatch.reform(move |_: MouseEvent| Action::AddPart(line));
            html! {
                <div class="ed-rule">
                    <p>{ intro }</p>
                    { for parts.iter().enumerate().map(|(p, part)| {
                        let at = At { line, part: Some(p) };
                        html! { <div key={p}>{ part_group(w, at, choice, part, bank, check, dispatch) }</div> }
                    }) }
                    <button type="button" class="ed-button ed-button-secondary" id={format!("line-{line}-add-part")}
                        {onclick}>{ w.r.add_part }</button>
                </div>
            }
        }
        _ => part_view(
            w,
            At { line, part: None },
            choice,
            rule,
            bank,
            check,
            dispatch,
        ),
    }
}

/// The sentence of a rule on one question (a line's, or one part's): its ticks and reasons, or
/// its months.
pub(super) fn part_view(
    w: &W,
    at: At,
    choice: Choice,
    rule: &Rule,
    bank: &Bank,
    check: Option<&Check>,
    dispatch: &Callback<Action>,
) -> Html {
    let question = question_of(rule).and_then(|q| bank.question(q.as_str()));
    let Some(question) = question else {
        return Html::default();
    };
    let text = super::question::question_name(w, question);
    let body = match (rule, &question.kind) {
        (Rule::AnswerIn { meets, reasons, .. }, _) => {
            let ticks = options(w, question).into_iter().map(|(option, label)| {
                let id = rule_id(at.line, at.part, &format!("meets-{option}"));
                let ticked = meets.contains(&option);
                let value = option.clone();
                let onchange = dispatch.reform(move |e: Event| {
                    Action::Meets(
                        at,
                        value.clone(),
                        e.target_unchecked_into::<HtmlInputElement>().checked(),
                    )
                });
                html! {
                    <div class="ed-checkbox">
                        <input type="checkbox" id={id.clone()} checked={ticked} {onchange} />
                        <label for={id}>{ label }</label>
                    </div>
                }
            });
            let place = Place::Line {
                line: at.line,
                part: at.part,
                leaf: Leaf::Meets,
            };
            let meets_id = rule_id(at.line, at.part, "meets");
            let (error, error_id) = on_field(w, check, &place, &meets_id);
            let reasons_html = options(w, question)
                .into_iter()
                .filter(|(o, _)| !meets.contains(o))
                .filter_map(|(option, label)| {
                    let reason = reasons
                        .iter()
                        .find(|(o, _)| *o == option)
                        .map(|(_, r)| r.as_english().to_owned());
                    // An essential line writes a reason for every answer that does not meet; a
                    // desirable one, where the employer gives one.
                    (reason.is_some() || choice == Choice::Essential).then(|| {
                        reason_box(
                            w,
                            at,
                            Some(option),
                            &label,
                            reason.unwrap_or_default(),
                            check,
                            dispatch,
                        )
                    })
                });
            html! {
                <>
                    <fieldset class="ed-meets" id={meets_id} aria-describedby={error_id}>
                        <legend>{ fill(w.r.meets_legend, &[("question", text)]) }</legend>
                        { error }
                        { for ticks }
                    </fieldset>
                    { for reasons_html }
                </>
            }
        }
        (_, AnswerKind::MonthYear { never }) => {
            let never = w.t.own(never);
            month_view(w, at, choice, rule, text, never, check, dispatch)
        }
        _ => Html::default(),
    };
    let not_sure = question
        .not_sure
        .as_ref()
        .map_or(w.r.not_sure, |n| w.t.own(n));
    html! {
        <div class="ed-rule">
            { body }
            <p class="ed-hint">{ fill(w.r.not_sure_leads, &[("answer", not_sure)]) }</p>
        </div>
    }
}

/// A question's answers, with their words.
fn options(w: &W, question: &Question) -> Vec<(OptionId, String)> {
    match &question.kind {
        AnswerKind::YesNo => vec![
            (OptionId::new(AnswerKind::YES), w.t.yes.to_owned()),
            (OptionId::new(AnswerKind::NO), w.t.no.to_owned()),
        ],
        AnswerKind::OneOf(options) => options
            .iter()
            .map(|o| (o.id.clone(), w.t.own(&o.label).to_owned()))
            .collect(),
        AnswerKind::MonthYear { .. } => Vec::new(),
    }
}

#[allow(clippy::too_many_arguments)]
fn month_view(
    w: &W,
    at: At,
    choice: Choice,
    rule: &Rule,
    text: &str,
    never: &str,
    check: Option<&Check>,
    dispatch: &Callback<Action>,
) -> Html {
    let kind = month_kind(rule);
    let name = rule_id(at.line, at.part, "kind");
    let radios = [
        (MonthKind::MonthsSince, w.r.kind_months_since),
        (MonthKind::HasHappened, w.r.kind_has_happened),
        (MonthKind::Within, w.r.kind_within),
    ]
    .into_iter()
    .map(|(k, label)| {
        let id = format!("{name}-{k:?}").to_lowercase();
        let onchange = dispatch.reform(move |_: Event| Action::MonthKind(at, k));
        html! {
            <div class="ed-radio">
                <input type="radio" id={id.clone()} name={name.clone()} checked={kind == Some(k)} {onchange} />
                <label for={id}>{ label }</label>
            </div>
        }
    });
    let sentence = match rule {
        Rule::MonthsSince { months, .. } => {
            let hint = fill(w.r.months_hint, &[("never", never)]);
            months_field(
                w,
                at,
                fill(w.r.months_label, &[("question", text)]),
                hint,
                *months,
                check,
                dispatch,
            )
        }
        Rule::WithinMonths { months, .. } => months_field(
            w,
            at,
            fill(w.r.within_label, &[("question", text)]),
            w.r.within_hint.to_owned(),
            *months,
            check,
            dispatch,
        ),
        _ => html! { <p>{ fill(w.r.happened, &[("question", text), ("never", never)]) }</p> },
    };
    let never_reason = match rule {
        Rule::HasHappened { never_reason, .. } | Rule::WithinMonths { never_reason, .. } => {
            let reason = never_reason.as_ref().map(|r| r.as_english().to_owned());
            (reason.is_some() || choice == Choice::Essential).then(|| {
                reason_box(
                    w,
                    at,
                    None,
                    never,
                    reason.unwrap_or_default(),
                    check,
                    dispatch,
                )
            })
        }
        _ => None,
    };
    html! {
        <>
            <fieldset class="ed-kind">
                <legend>{ fill(w.r.kind_legend, &[("question", text)]) }</legend>
                { for radios }
            </fieldset>
            { sentence }
            { never_reason }
        </>
    }
}

fn months_field(
    w: &W,
    at: At,
    label: String,
    hint: String,
    months: u32,
    check: Option<&Check>,
    dispatch: &Callback<Action>,
) -> Html {
    let id = rule_id(at.line, at.part, "months");
    let hint_id = format!("{id}-hint");
    let place = Place::Line {
        line: at.line,
        part: at.part,
        leaf: Leaf::Months,
    };
    let (error, error_id) = on_field(w, check, &place, &id);
    let described = described_by(&hint_id, error_id.as_ref());
    let oninput = dispatch.reform(move |e: InputEvent| {
        Action::Months(at, e.target_unchecked_into::<HtmlInputElement>().value())
    });
    html! {
        <div class={classes!("ed-group", error_id.as_ref().map(|_| "ed-group-error"))}>
            <label class="ed-label" for={id.clone()}>{ label }</label>
            <p class="ed-hint" id={hint_id}>{ hint }</p>
            { error }
            <input class="ed-input ed-input-number" type="number" inputmode="numeric" min="1" id={id}
                value={months.to_string()} aria-describedby={described} {oninput} />
        </div>
    }
}

#[allow(clippy::too_many_arguments)]
fn reason_box(
    w: &W,
    at: At,
    option: Option<OptionId>,
    answer: &str,
    reason: String,
    check: Option<&Check>,
    dispatch: &Callback<Action>,
) -> Html {
    let (leaf, id) = match &option {
        Some(o) => (
            Leaf::Reason(o.clone()),
            rule_id(at.line, at.part, &format!("reason-{o}")),
        ),
        None => (Leaf::NeverReason, rule_id(at.line, at.part, "never")),
    };
    let hint_id = format!("{id}-hint");
    let place = Place::Line {
        line: at.line,
        part: at.part,
        leaf,
    };
    let (error, error_id) = on_field(w, check, &place, &id);
    let (warning, warning_id) = warnings_on(w, check, &place, &id);
    let described = with_warning(
        described_by(&hint_id, error_id.as_ref()),
        warning_id.as_ref(),
    );
    let oninput = dispatch.reform(move |e: InputEvent| {
        Action::Reason(
            at,
            option.clone(),
            e.target_unchecked_into::<HtmlTextAreaElement>().value(),
        )
    });
    html! {
        <div class={classes!("ed-group", error_id.as_ref().map(|_| "ed-group-error"))}>
            <label class="ed-label" for={id.clone()}>{ fill(w.r.reason_label, &[("answer", answer)]) }</label>
            <p class="ed-hint" id={hint_id}>{ w.r.reason_hint }</p>
            { error }
            <textarea id={id} rows="3" value={reason} aria-describedby={described} {oninput} />
            { warning }
        </div>
    }
}
