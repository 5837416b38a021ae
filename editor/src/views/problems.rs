//! Problems on their fields, and the error summary that links to them (GOV.UK patterns).

use super::W;
use crate::state::{Check, Found, HardToRead, Leaf, Place, Plain, QuestionLeaf};
use eligibility_core::rules::Language;
use eligibility_core::text::fill;
use yew::prelude::*;

/// The id of a line's rule field: `line-3-reason-no`, `line-3-p1-months`.
pub fn rule_id(line: usize, part: Option<usize>, leaf: &str) -> String {
    match part {
        Some(p) => format!("line-{line}-p{p}-{leaf}"),
        None => format!("line-{line}-{leaf}"),
    }
}

/// The id of the element a place's problem links to.
pub fn target(place: &Place) -> Option<String> {
    Some(match place {
        Place::Fact(field) => format!("fact-{}", field.key()),
        Place::Line { line, part, leaf } => match leaf {
            Leaf::Whole => match part {
                Some(_) => rule_id(*line, *part, "part"),
                None => format!("line-{line}"),
            },
            Leaf::Question => rule_id(*line, *part, "question"),
            Leaf::Summary => rule_id(*line, *part, "summary"),
            Leaf::Meets => rule_id(*line, *part, "meets"),
            Leaf::Reason(option) => rule_id(*line, *part, &format!("reason-{option}")),
            Leaf::NeverReason => rule_id(*line, *part, "never"),
            Leaf::Months => rule_id(*line, *part, "months"),
        },
        Place::Question { line, leaf } => question_field_id(*line, leaf),
        Place::Example(i) => format!("example-{i}"),
        Place::Welsh(i) => format!("welsh-{i}"),
        Place::File => return None,
    })
}

/// The id of a field of the question written in line `line`: `line-3-q-text`, `line-3-q-answer-1`.
pub fn question_field_id(line: usize, leaf: &QuestionLeaf) -> String {
    match leaf {
        QuestionLeaf::Text => format!("line-{line}-q-text"),
        QuestionLeaf::Hint => format!("line-{line}-q-hint"),
        QuestionLeaf::Answers => format!("line-{line}-q-answers"),
        QuestionLeaf::Answer(n) => format!("line-{line}-q-answer-{n}"),
        QuestionLeaf::Never => format!("line-{line}-q-never"),
    }
}

/// The problems at `place`, shown on its field (`id`): the message, and the id for the field's
/// `aria-describedby`, where there is one.
pub fn on_field(w: &W, check: Option<&Check>, place: &Place, id: &str) -> (Html, Option<String>) {
    let Some(check) = check else {
        return (Html::default(), None);
    };
    let messages: Vec<&Found> = check.at(place).collect();
    if messages.is_empty() {
        return (Html::default(), None);
    }
    let error_id = format!("{id}-error");
    let html = html! {
        <p class="ed-error-message" id={error_id.clone()}>
            { for messages.iter().map(|found| html! {
                <span class="ed-error-line" lang={found.plain.is_none().then_some(()).and(english(w))}>
                    <span class="ed-visually-hidden">{ w.f.error_prefix }{ " " }</span>
                    { message(w, found) }
                </span>
            }) }
        </p>
    };
    (html, Some(error_id))
}

/// The readability warnings at `place`, under its field (`id`): each in the validator's words,
/// with the field's words under it and the sentence it is about in a `<mark>` (not the whole
/// field); and the id of the words, for the field's `aria-describedby`. They never stop the
/// download.
pub fn warnings_on(
    w: &W,
    check: Option<&Check>,
    place: &Place,
    id: &str,
) -> (Html, Option<String>) {
    let Some(check) = check else {
        return (Html::default(), None);
    };
    let found: Vec<&HardToRead> = check.warnings_at(place).collect();
    if found.is_empty() {
        return (Html::default(), None);
    }
    let warning_id = format!("{id}-warning");
    let lang = english(w);
    let html = html! {
        <div class="ed-warning" id={warning_id.clone()}>
            { for found.iter().map(|warning| {
                let (before, sentence, after) = warning.parts();
                html! {
                    <>
                        <p class="ed-warning-message">
                            <span class="ed-visually-hidden">{ w.f.warning_prefix }{ " " }</span>
                            <span {lang}>{ &warning.message }</span>
                        </p>
                        <p class="ed-warning-text">
                            <span class="ed-warning-lead">{ w.f.warning_marked }</span>{ " " }
                            { before }<mark>{ sentence }</mark>{ after }
                        </p>
                    </>
                }
            }) }
        </div>
    };
    (html, Some(warning_id))
}

/// `described` (a field's `aria-describedby`), with its warnings where [`warnings_on`] gave some.
pub fn with_warning(described: String, warning_id: Option<&String>) -> String {
    match warning_id {
        Some(warning_id) => format!("{described} {warning_id}"),
        None => described,
    }
}

/// A field's `aria-describedby`: its hint, then its error message where [`on_field`] gave one.
pub fn described_by(hint_id: &str, error_id: Option<&String>) -> String {
    match error_id {
        Some(error_id) => format!("{hint_id} {error_id}"),
        None => hint_id.to_owned(),
    }
}

/// `lang="en"` for the loader's words on a Welsh page: they are in English only.
fn english(w: &W) -> Option<&'static str> {
    (w.f.language == Language::Welsh).then_some("en")
}

/// A problem in words: the loader's, and, for a field the form does not show, its place.
fn message(w: &W, found: &Found) -> String {
    match &found.plain {
        Some(Plain::Empty) => match &found.place {
            Place::Question { leaf, .. } => {
                return match leaf {
                    QuestionLeaf::Answer(_) | QuestionLeaf::Answers => w.q.plain_empty_answer,
                    QuestionLeaf::Never => w.q.plain_empty_never,
                    QuestionLeaf::Text | QuestionLeaf::Hint => w.q.plain_empty_text,
                }
                .to_owned()
            }
            Place::Fact(_)
            | Place::Line {
                leaf: Leaf::Summary,
                ..
            } => return w.r.plain_empty_fact.to_owned(),
            _ => return w.r.plain_empty_reason.to_owned(),
        },
        Some(Plain::Months) => return w.r.plain_months.to_owned(),
        Some(Plain::UnknownQuestion(id)) => {
            return fill(w.r.plain_unknown_question, &[("question", id)])
        }
        Some(Plain::NoneMeets) => return w.r.plain_no_meets.to_owned(),
        Some(Plain::NoRule) => return w.r.plain_no_rule.to_owned(),
        Some(Plain::TooFewAnswers) => return w.q.plain_too_few.to_owned(),
        Some(Plain::SameAnswer) => return w.q.plain_same_answer.to_owned(),
        Some(Plain::NoQuestion) => return w.r.plain_no_question.to_owned(),
        Some(Plain::NoWelsh(text)) => return fill(w.l.no_welsh, &[("text", text)]),
        None => {}
    }
    match found.place {
        Place::File if found.path.is_empty() => found.message.clone(),
        Place::File => format!("{}: {}", found.path, found.message),
        _ => found.message.clone(),
    }
}

/// The error summary at the top of the form: each problem, linking to its field.
pub fn summary(w: &W, check: &Check) -> Html {
    if check.problems.is_empty() {
        return Html::default();
    }
    let items = check.problems.iter().map(|found| {
        let text = message(w, found);
        match target(&found.place) {
            Some(id) => html! { <li lang={found.plain.is_none().then_some(()).and(english(w))}><a href={format!("#{id}")}>{ text }</a></li> },
            None => html! { <li>{ fill(w.f.whole_file, &[]) }{ ": " }<span lang={english(w)}>{ text }</span></li> },
        }
    });
    html! {
        <div class="ed-error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
            <h2 id="error-summary-title">{ w.f.summary_title }</h2>
            <p>{ w.f.summary_hint }</p>
            <ul class="ed-error-list">{ for items }</ul>
        </div>
    }
}

/// The readability warnings, which do not stop the download.
pub fn warnings(w: &W, check: &Check) -> Html {
    if check.warnings.is_empty() {
        return Html::default();
    }
    let items = check.warnings.iter().map(|found| {
        let text = format!("{}: {}", found.path, found.message);
        match target(&found.place) {
            Some(id) => html! { <li><a href={format!("#{id}")}>{ text }</a></li> },
            None => html! { <li>{ text }</li> },
        }
    });
    let lang = english(w);
    html! {
        <section class="ed-warnings" aria-labelledby="warnings-heading">
            <h2 id="warnings-heading">{ w.f.warnings_heading }</h2>
            <p>{ w.f.warnings_hint }</p>
            <ul {lang}>{ for items }</ul>
        </section>
    }
}
