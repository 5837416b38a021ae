//! One question, as the page heading, with its answers and Continue.

use super::back_link::back_link;
use super::error_summary::error_summary;
use crate::app::state::{DatePart, Draft, InputError};
use eligibility_core::rules::{AnswerKind, OptionId, Question};
use eligibility_core::text::{fill, Text};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The question, where it comes, what has been chosen or typed so far, and what the page's
/// controls do.
#[derive(PartialEq)]
pub struct QuestionPageProps {
    /// The question asked.
    pub question: Question,
    /// Where the question comes among the posting's questions, from 1.
    pub number: usize,
    /// How many questions the posting asks.
    pub total: usize,
    /// Whether the question serves only desirable criteria of this posting.
    pub desirable_only: bool,
    /// What is chosen or typed so far.
    pub draft: Draft,
    /// Why Continue was refused, if it was.
    pub error: Option<InputError>,
    /// Records what is chosen.
    pub on_draft: Callback<Draft>,
    /// Records what is typed into the month or the year field.
    pub on_type: Callback<(DatePart, String)>,
    /// Records the answer and goes on.
    pub on_continue: Callback<()>,
    /// Goes back one page inside the checker.
    pub on_back: Callback<()>,
    /// Shows the result now, where the answers so far decide it whatever this answer and the
    /// rest are; `None` where they do not.
    pub on_see_result_now: Option<Callback<()>>,
    /// The `lang` of the question's own text, where it is not the page's (see [`Text::lang_of`]):
    /// a question bank gives Welsh for all its text or none.
    pub lang: Option<&'static str>,
}

const MONTH: &str = "answer-month";
const YEAR: &str = "answer-year";

/// The id of an option's radio button.
fn option_field(option: &str) -> String {
    format!("answer-{option}")
}

/// The words for an input error, on this page.
pub fn error_message(t: &Text, error: InputError) -> &'static str {
    match error {
        InputError::NoAnswer => t.error_no_answer,
        InputError::MonthMissing => t.error_month_missing,
        InputError::YearMissing => t.error_year_missing,
        InputError::MonthInvalid => t.error_month_invalid,
        InputError::YearInvalid => t.error_year_invalid,
        InputError::InFuture => t.error_in_future,
    }
}

/// One question on a page of its own, with Continue and Back.
pub fn question_page(t: &'static Text, props: &QuestionPageProps) -> Html {
    let question = &props.question;
    let onsubmit = props.on_continue.reform(|event: SubmitEvent| {
        event.prevent_default();
    });
    let radios = radios_of(t, question, props.lang);
    let first_field = radios.first().map(|r| r.field.clone()).unwrap_or_default();
    let error_field = match props.error {
        Some(InputError::NoAnswer) | None => first_field,
        Some(error) if error.is_about_year() => YEAR.to_owned(),
        Some(_) => MONTH.to_owned(),
    };
    let error_message = props.error.map(|e| error_message(t, e));
    let hint_id = question.hint.as_ref().map(|_| "answer-hint");
    let described_by = [hint_id, error_message.map(|_| "answer-error")]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    html! {
        <>
            { back_link(t, &props.on_back) }
            if let Some(message) = error_message {
                { error_summary(t, message, &error_field) }
            }
            <form class="ec-form" novalidate=true {onsubmit}>
                <div class={classes!("ec-form-group", error_message.map(|_| "ec-form-group-error"))}>
                    <fieldset aria-describedby={(!described_by.is_empty()).then_some(described_by)}>
                        <legend>
                            <span class="ec-caption">
                                { fill(t.question_of, &[("number", &props.number.to_string()), ("total", &props.total.to_string())]) }
                            </span>
                            <h1 id="page-heading" tabindex="-1" lang={props.lang}>{ t.own(&question.text) }</h1>
                        </legend>
                        if let Some(hint) = &question.hint {
                            <div id="answer-hint" class="ec-hint" lang={props.lang}>{ t.own(hint) }</div>
                        }
                        if props.desirable_only {
                            <div class="ec-hint">{ t.desirable_note }</div>
                        }
                        if let Some(message) = error_message {
                            <p id="answer-error" class="ec-error-message">
                                <span class="ec-visually-hidden">{ t.error_prefix }</span>{ message }
                            </p>
                        }
                        <div class="ec-radios">
                            { for radios.into_iter().map(|radio| render_radio(t, radio, props)) }
                        </div>
                    </fieldset>
                </div>
                <button type="submit" class="ec-button">{ t.continue_ }</button>
            </form>
            if let Some(on_see) = &props.on_see_result_now {
                <div class="ec-inset">
                    <h2>{ t.settled.heading }</h2>
                    <p>{ t.settled.body }</p>
                    <button type="button" class="ec-button ec-button-secondary" onclick={on_see.reform(|_: MouseEvent| ())}>
                        { t.settled.see_now }
                    </button>
                </div>
            }
        </>
    }
}

/// One radio button: what it stands for, its field id, its words.
struct Radio {
    field: String,
    value: Draft,
    label: String,
    hint: Option<String>,
    /// A line "or" goes above this one.
    divided: bool,
    /// Its words' language, where they are the question's own and not the page's.
    lang: Option<&'static str>,
}

fn radios_of(t: &Text, question: &Question, lang: Option<&'static str>) -> Vec<Radio> {
    let choice = |id: &str, label: &str, hint: Option<&str>, lang| Radio {
        field: option_field(id),
        value: Draft::Choice(OptionId::new(id)),
        label: label.to_owned(),
        hint: hint.map(str::to_owned),
        divided: false,
        lang,
    };
    let mut radios = match &question.kind {
        AnswerKind::YesNo => vec![
            choice(AnswerKind::YES, t.yes, None, None),
            choice(AnswerKind::NO, t.no, None, None),
        ],
        AnswerKind::OneOf(options) => options
            .iter()
            .map(|o| {
                let hint = o.hint.as_ref().map(|h| t.own(h));
                choice(o.id.as_str(), t.own(&o.label), hint, lang)
            })
            .collect(),
        AnswerKind::MonthYear { never } => vec![
            Radio {
                field: "answer-month-year".to_owned(),
                value: Draft::Month {
                    month: String::new(),
                    year: String::new(),
                },
                label: t.enter_month.to_owned(),
                hint: None,
                divided: false,
                lang: None,
            },
            Radio {
                field: "answer-never".to_owned(),
                value: Draft::Never,
                label: t.own(never).to_owned(),
                hint: None,
                divided: false,
                lang,
            },
        ],
    };
    radios.push(Radio {
        field: "answer-not-sure".to_owned(),
        value: Draft::NotSure,
        label: t.not_sure_label(question).to_owned(),
        hint: None,
        divided: true,
        lang: question.not_sure.as_ref().and(lang),
    });
    radios
}

fn is_selected(radio: &Draft, draft: &Draft) -> bool {
    match (radio, draft) {
        (Draft::Month { .. }, Draft::Month { .. }) => true,
        (radio, draft) => radio == draft,
    }
}

fn render_radio(t: &Text, radio: Radio, props: &QuestionPageProps) -> Html {
    let checked = is_selected(&radio.value, &props.draft);
    let hint_id = format!("{}-hint", radio.field);
    let reveals_month = matches!(radio.value, Draft::Month { .. });
    let value = radio.value.clone();
    let draft = props.draft.clone();
    // Choosing "month and year" again keeps what was typed.
    let onchange = props
        .on_draft
        .reform(move |_: Event| match (&value, &draft) {
            (Draft::Month { .. }, Draft::Month { .. }) => draft.clone(),
            _ => value.clone(),
        });
    html! {
        <>
            if radio.divided {
                <div class="ec-radios-divider">{ t.or }</div>
            }
            <div class="ec-radio" key={radio.field.clone()}>
                <input
                    class="ec-radio-input"
                    type="radio"
                    name="answer"
                    id={radio.field.clone()}
                    {checked}
                    {onchange}
                    aria-describedby={radio.hint.as_ref().map(|_| hint_id.clone())}
                    aria-controls={reveals_month.then_some("answer-month-fields")}
                />
                <label class="ec-radio-label" for={radio.field.clone()} lang={radio.lang}>{ radio.label }</label>
                if let Some(hint) = radio.hint {
                    <div id={hint_id} class="ec-hint ec-radio-hint" lang={radio.lang}>{ hint }</div>
                }
            </div>
            // Always in the page, so `aria-controls` names something; hidden until chosen.
            if reveals_month {
                <div class="ec-conditional" id="answer-month-fields" hidden={!checked}>
                    if checked { { month_fields(t, props) } }
                </div>
            }
        </>
    }
}

fn month_fields(t: &Text, props: &QuestionPageProps) -> Html {
    let Draft::Month { month, year } = props.draft.clone() else {
        return html! {};
    };
    let year_error = props.error.is_some_and(InputError::is_about_year);
    let month_error = props
        .error
        .is_some_and(|e| e != InputError::NoAnswer && !e.is_about_year());
    // Each field says only what was typed into it: the other's value here may already be old.
    let typed = |part: DatePart| {
        props.on_type.reform(move |event: InputEvent| {
            (
                part,
                event.target_unchecked_into::<HtmlInputElement>().value(),
            )
        })
    };
    let (on_month, on_year) = (typed(DatePart::Month), typed(DatePart::Year));
    html! {
        <>
            <div id="answer-month-hint" class="ec-hint">{ t.month_year_hint }</div>
            <div class="ec-date-input">
                // A month may be typed as its name: room for "Gorffennaf".
                { date_part(MONTH, t.month_label, "ec-input-month", 10, month, month_error, on_month) }
                { date_part(YEAR, t.year_label, "ec-input-year", 4, year, year_error, on_year) }
            </div>
        </>
    }
}

/// One labelled field of the month-and-year answer, tied to its hint and any error: numbers on a
/// phone's keypad, though a month may also be typed as its name.
fn date_part(
    id: &'static str,
    label: &'static str,
    class: &'static str,
    length: u8,
    value: String,
    error: bool,
    oninput: Callback<InputEvent>,
) -> Html {
    let described = if error {
        "answer-month-hint answer-error"
    } else {
        "answer-month-hint"
    };
    html! {
        <div class="ec-date-item">
            <label for={id}>{ label }</label>
            <input
                class={classes!("ec-input", class, error.then_some("ec-input-error"))}
                {id}
                type="text"
                inputmode="numeric"
                autocomplete="off"
                maxlength={length.to_string()}
                {value}
                {oninput}
                aria-invalid={error.then_some("true")}
                aria-describedby={described}
            />
        </div>
    }
}
