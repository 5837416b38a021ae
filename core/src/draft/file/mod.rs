//! A posting written back as a file: the text the employer downloads from the editor, which the
//! loader reads back to an equal posting.
//!
//! Written from the model ([`Posting`]), the same value the checker's views render and the
//! evaluation decides, so that what is downloaded is what the preview showed. Everything an
//! employer can put in a form is a value of the model (an empty title, a rule of 0 months, a
//! question the bank does not have), so the editor writes its draft with [`posting_file`] and
//! reads the text back with the loader for the problems to show: one set of checks, the
//! validator's.
//!
//! The text is for people too: two spaces an indent, a posting's fields in the order
//! `docs/postings.md` gives them, a list of ids on one line (`"meets": ["own"]`), a field the
//! posting does not give left out, a criterion the bank shares written as `{ "use": "<id>" }`,
//! and the nation only where the location does not tell it.
//!
//! ```
//! use eligibility_core::builtin;
//! use eligibility_core::draft::file::{posting_file, Languages, Options};
//! use eligibility_core::rules::{load, Json};
//!
//! let (catalogue, _) = builtin::load(builtin::QUESTIONS, builtin::POSTINGS);
//! let posting = &catalogue.postings()[0];
//! let options = Options { schema: Some("../docs/posting.schema.json"), languages: Languages::EnglishAndWelsh };
//! let text = posting_file(posting, catalogue.bank(), &options);
//! assert!(text.starts_with("{\n  \"$schema\": \"../docs/posting.schema.json\",\n  \"id\": "));
//!
//! let json = eligibility_core::json::parse(&text).unwrap();
//! let read = load::posting("written.json", &json, catalogue.bank()).unwrap();
//! assert_eq!(read, **posting);
//! ```

mod bank;
mod posting;

use crate::json::{Json, Quoted};
use crate::rules::jsonld::GIVEN_BY_JOBPOSTING;
use crate::rules::{Bank, Posting, Words};
use std::fmt::Write as _;

/// How a file is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options<'a> {
    /// Where the file's editor finds the schema, written first as `"$schema"`
    /// (`"../docs/posting.schema.json"`, or `<where the checker is>/posting.schema.json`).
    pub schema: Option<&'a str>,
    /// In which languages text is written.
    pub languages: Languages,
}

/// In which languages a file's text is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Languages {
    /// English only: any Welsh the model holds is left out.
    English,
    /// English, and Welsh beside it where the model holds it (`{ "en": "…", "cy": "…" }`). A text
    /// without Welsh is written in English, for the loader to name where the rest has Welsh.
    EnglishAndWelsh,
}

/// A posting file: `posting`, its criteria that `bank` shares written as `{ "use": "<id>" }`.
pub fn posting_file(posting: &Posting, bank: &Bank, options: &Options) -> String {
    let writer = Writer {
        bank,
        languages: options.languages,
    };
    let mut fields = schema(options);
    fields.extend(writer.posting(posting));
    pretty(&Json::Object(fields))
}

/// A question bank file, as `postings/questions.json` is: `bank`'s questions, and the criteria
/// it shares.
pub fn bank_file(bank: &Bank, options: &Options) -> String {
    let writer = Writer {
        bank: &Bank::default(),
        languages: options.languages,
    };
    let mut fields = schema(options);
    fields.extend(writer.bank(bank, None));
    pretty(&Json::Object(fields))
}

/// A bundle, `{ "questions": [...], "criteria": [...], "postings": [...] }`, as a careers page
/// gives the checker postings: `postings`, with the questions and shared criteria of `bank` that
/// `base` (the built-in bank, which the checker adds a bundle's to) does not have. A posting's
/// criterion that `bank` shares is written as `{ "use": "<id>" }`.
pub fn bundle_file(postings: &[&Posting], bank: &Bank, base: &Bank, options: &Options) -> String {
    let writer = Writer {
        bank,
        languages: options.languages,
    };
    let mut fields = schema(options);
    fields.extend(writer.bank(bank, Some(base)));
    let postings = postings.iter().map(|p| Json::Object(writer.posting(p)));
    fields.push(("postings".to_owned(), Json::Array(postings.collect())));
    pretty(&Json::Object(fields))
}

/// A criteria file, `{ "questions": [...], "criteria": [...], "postings": [...] }`, for a careers
/// page whose JobPosting markup gives `posting`'s facts: the bank's additions as
/// [`bundle_file`] writes them, and the posting named by its JobPosting's `identifier` (its
/// `reference`), with what JobPosting markup cannot say (its criteria, summary, service, Welsh
/// skills, test cases) and none of what it gives, nor the nation, which the checker reads from
/// the markup's places. `None` for a posting without a reference: nothing would name its
/// JobPosting.
pub fn criteria_file(
    posting: &Posting,
    bank: &Bank,
    base: &Bank,
    options: &Options,
) -> Option<String> {
    let identifier = posting.reference.as_deref()?;
    let writer = Writer {
        bank,
        languages: options.languages,
    };
    let mut fields = schema(options);
    fields.extend(writer.bank(bank, Some(base)));
    let mut entry = vec![("jobposting_identifier".to_owned(), text(identifier))];
    entry.extend(
        (writer.posting(posting).into_iter())
            .filter(|(key, _)| key != "nation" && !GIVEN_BY_JOBPOSTING.contains(&key.as_str())),
    );
    let postings = Json::Array(vec![Json::Object(entry)]);
    fields.push(("postings".to_owned(), postings));
    Some(pretty(&Json::Object(fields)))
}

/// `"$schema"`, where the options name one.
fn schema(options: &Options) -> Vec<(String, Json)> {
    let schema = options.schema.map(|s| Json::String(s.to_owned()));
    schema
        .map(|s| ("$schema".to_owned(), s))
        .into_iter()
        .collect()
}

/// Writes the model as the loader's tree.
struct Writer<'a> {
    /// The bank whose shared criteria a posting uses by id.
    bank: &'a Bank,
    languages: Languages,
}

impl Writer<'_> {
    /// Text an applicant reads: a string, or English and Welsh.
    fn words(&self, words: &Words) -> Json {
        let english = text(words.as_english());
        match (self.languages, words.welsh()) {
            (Languages::EnglishAndWelsh, Some(welsh)) => {
                object([("en", english), ("cy", text(welsh))])
            }
            (Languages::English | Languages::EnglishAndWelsh, _) => english,
        }
    }
}

fn text(text: &str) -> Json {
    Json::String(text.to_owned())
}

/// An object of these fields, in this order.
fn object<const N: usize>(fields: [(&str, Json); N]) -> Json {
    Json::Object(fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
}

/// `json` written for people: two spaces an indent, a list of text or numbers on one line.
pub(crate) fn pretty(json: &Json) -> String {
    let mut out = String::new();
    write_value(&mut out, json, 0);
    out.push('\n');
    out
}

fn write_value(out: &mut String, json: &Json, indent: usize) {
    match json {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        // Whole numbers, as files give them (months, weeks), written without a decimal point.
        Json::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => {
            let _ = write!(out, "{}", *n as i64);
        }
        Json::Number(n) => {
            let _ = write!(out, "{n}");
        }
        Json::String(s) => {
            let _ = write!(out, "{}", Quoted(s));
        }
        Json::Array(items) if items.is_empty() => out.push_str("[]"),
        Json::Array(items) if items.iter().all(is_scalar) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_value(out, item, indent);
            }
            out.push(']');
        }
        Json::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                out.push_str(if i > 0 { ",\n" } else { "\n" });
                push_indent(out, indent + 2);
                write_value(out, item, indent + 2);
            }
            out.push('\n');
            push_indent(out, indent);
            out.push(']');
        }
        Json::Object(fields) if fields.is_empty() => out.push_str("{}"),
        Json::Object(fields) => {
            out.push('{');
            for (i, (key, value)) in fields.iter().enumerate() {
                out.push_str(if i > 0 { ",\n" } else { "\n" });
                push_indent(out, indent + 2);
                let _ = write!(out, "{}: ", Quoted(key));
                write_value(out, value, indent + 2);
            }
            out.push('\n');
            push_indent(out, indent);
            out.push('}');
        }
    }
}

fn is_scalar(json: &Json) -> bool {
    matches!(
        json,
        Json::Null | Json::Bool(_) | Json::Number(_) | Json::String(_)
    )
}

fn push_indent(out: &mut String, indent: usize) {
    out.extend(std::iter::repeat_n(' ', indent));
}
