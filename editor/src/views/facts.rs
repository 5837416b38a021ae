//! The posting's facts as a form: a label, a one-line hint that says what the field is for,
//! and the problem on the field (GOV.UK's text input, date input and select patterns).

use super::problems::{described_by, on_field, warnings_on, with_warning};
use super::W;
use crate::state::{Action, Check, Facts, Field, Place, NATIONS, SKILLS};
use eligibility_core::rules::{Nation, WelshSkills};
use eligibility_core::text::fill;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The facts form.
pub fn facts(w: &W, facts: &Facts, check: Option<&Check>, dispatch: &Callback<Action>) -> Html {
    html! {
        <section aria-labelledby="facts-heading">
            <h2 id="facts-heading">{ w.f.facts_heading }</h2>
            { for Field::ALL.into_iter().map(|field| fact(w, field, facts, check, dispatch)) }
        </section>
    }
}

/// A nation's name.
pub fn nation_name(w: &W, nation: Nation) -> &'static str {
    match nation {
        Nation::England => w.f.england,
        Nation::Wales => w.f.wales,
        Nation::Scotland => w.f.scotland,
        Nation::NorthernIreland => w.f.northern_ireland,
    }
}

fn skills_name(w: &W, skills: WelshSkills) -> &'static str {
    match skills {
        WelshSkills::Essential => w.f.welsh_essential,
        WelshSkills::NeedToLearn => w.f.welsh_need_to_learn,
        WelshSkills::Desirable => w.f.welsh_desirable,
        WelshSkills::NotNecessary => w.f.welsh_not_necessary,
    }
}

/// Its label and hint, and whether it may be left empty.
fn label(w: &W, field: Field) -> (&'static str, &'static str, bool) {
    let f = w.f;
    match field {
        Field::Id => (f.id_label, f.id_hint, false),
        Field::Title => (f.title_label, f.title_hint, false),
        Field::Employer => (f.employer_label, f.employer_hint, false),
        Field::Location => (f.location_label, f.location_hint, false),
        Field::Nation => (f.nation_label, f.nation_hint, false),
        Field::Pay => (f.pay_label, f.pay_hint, true),
        Field::Hours => (f.hours_label, f.hours_hint, true),
        Field::Contract => (f.contract_label, f.contract_hint, true),
        Field::Published => (f.published_label, f.published_hint, true),
        Field::Closes => (f.closes_label, f.closes_hint, true),
        Field::Reference => (f.reference_label, f.reference_hint, true),
        Field::ApplyUrl => (f.apply_label, f.apply_hint, false),
        Field::Source => (f.source_label, f.source_hint, false),
        Field::WelshSkills => (f.welsh_label, f.welsh_hint, true),
    }
}

fn fact(
    w: &W,
    field: Field,
    facts: &Facts,
    check: Option<&Check>,
    dispatch: &Callback<Action>,
) -> Html {
    let id = format!("fact-{}", field.key());
    let hint_id = format!("{id}-hint");
    let (label, hint, optional) = label(w, field);
    let (error, error_id) = on_field(w, check, &Place::Fact(field), &id);
    let (warning, warning_id) = warnings_on(w, check, &Place::Fact(field), &id);
    let described = with_warning(
        described_by(&hint_id, error_id.as_ref()),
        warning_id.as_ref(),
    );
    let value = facts.get(field).to_owned();
    let oninput = dispatch.reform(move |e: InputEvent| {
        Action::Fact(field, e.target_unchecked_into::<HtmlInputElement>().value())
    });
    let onchange = dispatch.reform(move |e: Event| {
        Action::Fact(
            field,
            e.target_unchecked_into::<HtmlSelectElement>().value(),
        )
    });
    let invalid = error_id.as_ref().map(|_| "true");
    let control = match field {
        Field::Nation => {
            let told = nation_name(w, facts.told_nation());
            let first = fill(w.f.nation_from_location, &[("nation", told)]);
            html! {
                <select id={id.clone()} aria-describedby={described} {onchange}>
                    <option value="" selected={value.is_empty()}>{ first }</option>
                    { for NATIONS.into_iter().map(|n| html! {
                        <option value={n.id()} selected={value == n.id()}>{ nation_name(w, n) }</option>
                    }) }
                </select>
            }
        }
        Field::WelshSkills => html! {
            <select id={id.clone()} aria-describedby={described} {onchange}>
                <option value="" selected={value.is_empty()}>{ w.f.welsh_none }</option>
                { for SKILLS.into_iter().map(|s| html! {
                    <option value={s.id()} selected={value == s.id()}>{ skills_name(w, s) }</option>
                }) }
            </select>
        },
        _ => {
            let kind = match field {
                Field::Published | Field::Closes => "date",
                Field::ApplyUrl => "url",
                _ => "text",
            };
            let class = if matches!(field, Field::Published | Field::Closes) {
                "ed-input ed-input-date"
            } else {
                "ed-input"
            };
            html! {
                <input class={class} type={kind} id={id.clone()} name={field.key()} value={value}
                    aria-describedby={described} aria-invalid={invalid} spellcheck={(kind == "text").then_some("true")} {oninput} />
            }
        }
    };
    // Where the location names Wales, Scotland or Northern Ireland, the form says so: the result
    // names that nation's urgent line.
    let suggested = (field == Field::Nation && facts.told_nation() != Nation::England).then(|| {
        let nation = nation_name(w, facts.told_nation());
        html! { <p class="ed-hint">{ fill(w.f.nation_suggested, &[("nation", nation)]) }</p> }
    });
    html! {
        <div class={classes!("ed-group", error_id.as_ref().map(|_| "ed-group-error"))}>
            <label class="ed-label" for={id.clone()}>
                { label }
                if optional { { " " }{ w.f.optional } }
            </label>
            <p class="ed-hint" id={hint_id}>{ hint }</p>
            { suggested }
            { error }
            { control }
            { warning }
        </div>
    }
}
