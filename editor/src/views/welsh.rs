//! The posting's languages: English only or English and Welsh (GOV.UK radios), and with Welsh,
//! a table of every text applicants read, English beside a box for its Welsh (each problem on
//! its row), the CSV for a translator to download, and the translated CSV to open.

use super::out::Download;
use super::problems::on_field;
use super::W;
use crate::browser;
use crate::state::csv::{self, CsvProblem};
use crate::state::{Action, Check, Imported, Place, Welsh};
use eligibility_core::draft::file::Languages;
use eligibility_core::rules::Words;
use eligibility_core::text::fill;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The Welsh section.
pub fn welsh_view(
    w: &W,
    welsh: &Welsh,
    check: Option<&Check>,
    dispatch: &Callback<Action>,
) -> Html {
    let radio = |languages: Languages,
                 id: &'static str,
                 label: &'static str,
                 hint: &'static str| {
        let onchange = dispatch.reform(move |_: Event| Action::Languages(languages));
        let hint_id = format!("{id}-hint");
        html! {
            <>
                <div class="ed-radio">
                    <input type="radio" id={id} name="languages" checked={welsh.languages == languages}
                        aria-describedby={hint_id.clone()} {onchange} />
                    <label for={id}>{ label }</label>
                </div>
                <p class="ed-hint ed-radio-hint" id={hint_id}>{ hint }</p>
            </>
        }
    };
    let both = welsh.languages == Languages::EnglishAndWelsh;
    html! {
        <section aria-labelledby="welsh-heading">
            <h2 id="welsh-heading">{ w.l.heading }</h2>
            <fieldset class="ed-switch">
                <legend>{ w.l.legend }</legend>
                { radio(Languages::English, "languages-english", w.l.english_only, w.l.english_only_hint) }
                { radio(Languages::EnglishAndWelsh, "languages-welsh", w.l.english_and_welsh, w.l.english_and_welsh_hint) }
            </fieldset>
            if both {
                if let Some(check) = check {
                    { table(w, check, dispatch) }
                    { csv_view(w, welsh, check, dispatch) }
                }
            }
        </section>
    }
}

/// The table: English beside a box for its Welsh, one row a text.
fn table(w: &W, check: &Check, dispatch: &Callback<Action>) -> Html {
    if check.texts.is_empty() {
        return html! { <p>{ w.l.no_texts }</p> };
    }
    let rows = check
        .texts
        .iter()
        .enumerate()
        .map(|(i, text)| row(w, i, text, check, dispatch));
    html! {
        <>
            <p class="ed-hint" id="welsh-table-hint">{ w.l.table_hint }</p>
            <table class="ed-table" aria-describedby="welsh-table-hint">
                <caption>{ w.l.caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ w.l.column_english }</th>
                        <th scope="col">{ w.l.column_welsh }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </>
    }
}

fn row(w: &W, i: usize, text: &Words, check: &Check, dispatch: &Callback<Action>) -> Html {
    let id = format!("welsh-{i}");
    let english = text.as_english().to_owned();
    let (error, error_id) = on_field(w, Some(check), &Place::Welsh(i), &id);
    let oninput = {
        let english = english.clone();
        dispatch.reform(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            Action::Welsh(english.clone(), value)
        })
    };
    let group = classes!(
        "ed-group",
        "ed-group-tight",
        error_id.as_ref().map(|_| "ed-group-error")
    );
    html! {
        <tr key={english.clone()}>
            <td lang="en">{ &english }</td>
            <td>
                <div class={group}>
                    <label class="ed-visually-hidden" for={id.clone()}>{ fill(w.l.welsh_for, &[("text", &english)]) }</label>
                    { error }
                    <textarea id={id} lang="cy" rows="2" value={text.welsh().unwrap_or_default().to_owned()}
                        aria-describedby={error_id.clone()} aria-invalid={error_id.as_ref().map(|_| "true")} {oninput} />
                </div>
            </td>
        </tr>
    }
}

/// The CSV for a translator, and the translated CSV to open.
fn csv_view(w: &W, welsh: &Welsh, check: &Check, dispatch: &Callback<Action>) -> Html {
    let text = csv::write(
        check
            .texts
            .iter()
            .map(|t| (t.as_english(), t.welsh().unwrap_or(""))),
    );
    let name = check
        .file_name
        .strip_suffix(".json")
        .unwrap_or(&check.file_name);
    let file_name = format!("{name}-welsh.csv");
    let opened = dispatch.reform(|(name, text): (String, String)| Action::OpenCsv(name, text));
    let onchange = Callback::from(move |e: Event| {
        let input = e.target_unchecked_into::<HtmlInputElement>();
        browser::read_first(input.files(), opened.clone());
    });
    html! {
        <>
            <div class="ed-group">
                <Download text={AttrValue::from(text)} file_name={AttrValue::from(file_name.clone())} refused={AttrValue::from(fill(w.f.download_refused, &[("file", &file_name)]))}
                    label={AttrValue::Static(w.l.download_csv)} kind={AttrValue::Static("text/csv;charset=utf-8")}
                    on_download={Callback::noop()} secondary=true />
                <p class="ed-hint">{ w.l.download_csv_hint }</p>
            </div>
            <div class="ed-group">
                <label class="ed-label" for="open-csv">{ w.l.open_csv }</label>
                <p class="ed-hint" id="open-csv-hint">{ w.l.open_csv_hint }</p>
                <input type="file" id="open-csv" accept=".csv,text/csv" aria-describedby="open-csv-hint" {onchange} />
            </div>
            { welsh.imported.as_ref().map(|imported| imported_view(w, imported)) }
        </>
    }
}

/// What opening a translated CSV found.
fn imported_view(w: &W, imported: &Imported) -> Html {
    match imported {
        Imported::Failed(file, error) => {
            let problem = match error.kind {
                CsvProblem::Empty => w.l.csv_empty.to_owned(),
                CsvProblem::Header => w.l.csv_header.to_owned(),
                CsvProblem::Fields(n) => fill(w.l.csv_fields, &[("count", &n.to_string())]),
                CsvProblem::Unclosed => w.l.csv_unclosed.to_owned(),
                CsvProblem::AfterQuote => w.l.csv_after_quote.to_owned(),
            };
            let line = error.line.to_string();
            let said = fill(
                w.l.csv_failed,
                &[("file", file), ("line", &line), ("problem", &problem)],
            );
            html! { <div class="ed-error-summary" role="alert"><p>{ said }</p></div> }
        }
        Imported::Read {
            file,
            filled,
            unknown,
        } => {
            let count = filled.to_string();
            let filled = fill(w.l.filled.of(*filled), &[("file", file), ("count", &count)]);
            let count = unknown.len().to_string();
            let said = fill(
                w.l.unknown.of(unknown.len()),
                &[("file", file), ("count", &count)],
            );
            html! {
                <div class="ed-imported" role="status">
                    <p>{ filled }</p>
                    if !unknown.is_empty() {
                        <p>{ said }</p>
                        <ul lang="en">{ for unknown.iter().map(|u| html! { <li>{ u }</li> }) }</ul>
                    }
                </div>
            }
        }
    }
}
