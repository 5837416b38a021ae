//! Feeds the loader files written to break it, and checks that nothing panics and that every file
//! refused is named with its problems. Deterministic: the same seed gives the same inputs.
//!
//! ```sh
//! cargo run --release -p eligibility-tools --bin fuzz -- --inputs 1000000            # a long run, by hand
//! cargo run --release -p eligibility-tools --bin fuzz -- --inputs 1000000 --seed 7   # another million
//! ```
//!
//! `cargo test` runs a fixed-seed slice of it (`tools/tests/fuzz.rs`). The inputs are shared among:
//! - posting files: the built-in ones mutated (a field removed, renamed, replaced or repeated),
//!   arbitrary JSON values, and text cut short or with a byte changed;
//! - question banks with their shared criteria, mutated, beside the built-in postings;
//! - bundles (`{ "questions", "criteria", "postings" }`), mutated, loaded as the checker loads a
//!   postings file from a page;
//! - JSON-LD joined to a criteria file: the example careers page's `JobPosting` and
//!   `examples/criteria.json`, either or both mutated;
//! - JSON text as people break it: an edited, pretty-printed document with escapes, numbers,
//!   characters of every width and repeated fields, read as bytes (some not UTF-8), as files and
//!   fetches are read, and leniently, as a page's JSON-LD is read.
//!
//! JSON texts are read strictly (as posting files) and leniently (as a page's JSON-LD). What
//! loads is evaluated with random answers of the right kinds.

mod inputs;

use crate::inputs::{broken, mutate_times, parsed, random_value, Rng};
use eligibility_core::builtin::{self, POSTINGS, QUESTIONS};
use eligibility_core::json;
use eligibility_core::rules::{
    evaluate, jsonld, Answer, AnswerKind, Answers, Catalogue, Date, LoadError, Source, YearMonth,
};
use serde_json::Value;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::process::ExitCode;

const CAREERS_PAGE: &str = include_str!("../../../examples/careers.html");
const CRITERIA_FILE: &str = include_str!("../../../examples/criteria.json");

/// A problem longer than this would be a message no one reads, or one that grows with the file.
const LONGEST_PROBLEM: usize = 1_000;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut inputs: usize = 100_000;
    let mut seed: u64 = 1;
    let mut words = args.iter();
    while let Some(word) = words.next() {
        let number = words.next().and_then(|n| n.parse::<u64>().ok());
        match (word.as_str(), number) {
            ("--inputs", Some(n)) => inputs = n as usize,
            ("--seed", Some(n)) => seed = n,
            _ => {
                eprintln!("usage: fuzz [--inputs N] [--seed N]");
                return ExitCode::from(2);
            }
        }
    }
    let campaigns: [(&str, usize, Campaign); 5] = [
        ("posting files", 40, postings),
        ("question banks", 10, banks),
        ("bundles", 20, bundles),
        ("JSON-LD joins", 15, joins),
        ("JSON texts", 15, texts),
    ];
    println!("fuzz: {inputs} inputs, seed {seed}");
    for (i, (name, share, campaign)) in campaigns.into_iter().enumerate() {
        let mut rng = Rng((seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ ((i as u64 + 1) << 32)) | 1);
        let n = inputs * share / 100;
        let mut counts = Counts::default();
        for input in 0..n {
            let mut rng_here = Rng(rng.next() | 1);
            let outcome = catch_unwind(AssertUnwindSafe(|| campaign(&mut rng_here)));
            match outcome {
                Ok(Ok(loaded)) => counts.add(loaded),
                Ok(Err(failure)) => {
                    eprintln!("fuzz: {name}, input {input} (seed {seed}): {failure}");
                    return ExitCode::FAILURE;
                }
                Err(_) => {
                    eprintln!("fuzz: {name}, input {input} (seed {seed}) panicked (above)");
                    return ExitCode::FAILURE;
                }
            }
        }
        println!(
            "fuzz: {name}: {n} tried, {} loaded, {} refused with every problem named",
            counts.loaded, counts.refused
        );
        if n >= 1_000 && (counts.loaded == 0 || counts.refused == 0) {
            eprintln!("fuzz: {name}: every input loaded, or none did: the mutations are off");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

/// One input of a campaign: whether it loaded, or what broke the rules.
type Campaign = fn(&mut Rng) -> Result<bool, String>;

#[derive(Default)]
struct Counts {
    loaded: usize,
    refused: usize,
}

impl Counts {
    fn add(&mut self, loaded: bool) {
        if loaded {
            self.loaded += 1;
        } else {
            self.refused += 1;
        }
    }
}

fn postings(rng: &mut Rng) -> Result<bool, String> {
    let text = match rng.below(10) {
        0..=6 => {
            let mut value = parsed(rng.pick(POSTINGS).1);
            mutate_times(&mut value, rng);
            value.to_string()
        }
        7 | 8 => random_value(rng, 0).to_string(),
        _ => broken(rng.pick(POSTINGS).1, rng),
    };
    let (catalogue, errors) = builtin::load(QUESTIONS, &[("fuzz.json", &text)]);
    named(&errors, &["fuzz.json"])?;
    evaluate_all(&catalogue, rng);
    Ok(errors.is_empty())
}

fn banks(rng: &mut Rng) -> Result<bool, String> {
    let mut value = parsed(QUESTIONS.1);
    mutate_times(&mut value, rng);
    let text = value.to_string();
    let (catalogue, errors) = builtin::load(("q.json", &text), POSTINGS);
    let files: Vec<&str> = POSTINGS.iter().map(|(file, _)| *file).collect();
    named(&errors, &[&["q.json"], files.as_slice()].concat())?;
    evaluate_all(&catalogue, rng);
    Ok(errors.is_empty())
}

/// The built-in bank and postings in one file, as a page gives them.
fn bundle() -> Value {
    let mut bundle = parsed(QUESTIONS.1);
    let postings: Vec<Value> = POSTINGS.iter().map(|(_, text)| parsed(text)).collect();
    bundle["postings"] = Value::Array(postings);
    bundle
}

fn bundles(rng: &mut Rng) -> Result<bool, String> {
    let mut value = bundle();
    if rng.below(4) == 0 {
        // Without questions: the built-in bank is used, with the bundle's own criteria.
        value.as_object_mut().map(|o| o.remove("questions"));
    }
    mutate_times(&mut value, rng);
    let text = value.to_string();
    let (catalogue, errors) = builtin::load_bundle("page", &text);
    named(&errors, &["page"])?;
    evaluate_all(&catalogue, rng);
    Ok(errors.is_empty())
}

fn joins(rng: &mut Rng) -> Result<bool, String> {
    let start = CAREERS_PAGE
        .find("application/ld+json\">")
        .map(|i| i + "application/ld+json\">".len())
        .unwrap_or_default();
    let end = CAREERS_PAGE[start..].find("</script>").unwrap_or_default() + start;
    let mut page = parsed(&CAREERS_PAGE[start..end]);
    let mut criteria = parsed(CRITERIA_FILE);
    match rng.below(3) {
        0 => mutate_times(&mut page, rng),
        1 => mutate_times(&mut criteria, rng),
        _ => {
            mutate_times(&mut page, rng);
            mutate_times(&mut criteria, rng);
        }
    }
    let documents = [Source::parse_lenient("the page", &page.to_string())];
    let source = Source::parse("criteria.json", &criteria.to_string());
    let address = jsonld::Page {
        address: "https://careers.example.nhs.uk/jobs",
        english: &eligibility_core::text::ENGLISH,
        welsh: &eligibility_core::text::WELSH,
    };
    let (catalogue, errors) =
        jsonld::join(&documents, &source, &builtin::standard_bank(), &address);
    named(&errors, &["criteria.json", "the page"])?;
    evaluate_all(&catalogue, rng);
    Ok(errors.is_empty())
}

/// A pretty-printed document with every kind of escape, number and character, edited in a
/// few places with JSON's own punctuation and pieces of escapes and numbers, and now and then
/// a byte that is not UTF-8.
fn texts(rng: &mut Rng) -> Result<bool, String> {
    const SEED: &str = concat!(
        "\u{feff}{\n  \"id\": \"x\",\n\t\"text\": \"caf\\u00e9 \\ud83d\\ude00 \\\" \\\\ \\/ \\n é 😀\",\r\n",
        "  \"n\": [0, -1.5, 2e3, 1E-2, 12],\n  \"deep\": [[{\"a\": [true, false, null]}]]\n}\n"
    );
    const PIECES: &[&str] = &[
        "{",
        "}",
        "[",
        "]",
        "\"",
        ",",
        ":",
        " ",
        "\n",
        "\t",
        "\\",
        "\\u",
        "d83d",
        "\\ude00",
        "\\u00e9",
        "e+",
        "E-",
        ".",
        "0",
        "-",
        "1e400",
        "é",
        "😀",
        "/",
        "true",
        "null",
        "x",
        "\"id\": 1,",
    ];
    let mut bytes = SEED.as_bytes().to_vec();
    for _ in 0..=rng.below(3) {
        let at = rng.below(bytes.len() + 1);
        let piece = rng.pick(PIECES).as_bytes();
        if rng.below(2) == 0 {
            bytes.splice(at..at, piece.iter().copied());
        } else {
            let end = (at + 1).min(bytes.len());
            bytes.splice(at..end, piece.iter().copied());
        }
    }
    if rng.below(10) == 0 {
        let at = rng.below(bytes.len());
        bytes[at] = *rng.pick(&[0x80, 0xC3, 0xE9, 0xFF]);
    }
    let strict = json::parse_bytes(&bytes);
    // As a page's JSON-LD: anything strict reading accepts, lenient reading accepts the same.
    let text = String::from_utf8_lossy(&bytes);
    let lenient = json::parse_lenient(&text);
    if strict.is_ok() && strict != lenient {
        return Err(format!("lenient reading differs from strict: {text}"));
    }
    for message in [&strict, &lenient]
        .into_iter()
        .filter_map(|r| r.as_ref().err().map(ToString::to_string))
    {
        if !message.contains(" at line ") || message.len() > LONGEST_PROBLEM {
            return Err(format!(
                "a message without its place, or too long: {message}"
            ));
        }
    }
    Ok(strict.is_ok())
}

/// Every refusal names one of `files` and says at least one problem, none of them endless.
fn named(errors: &[LoadError], files: &[&str]) -> Result<(), String> {
    for error in errors {
        if !files.contains(&error.file()) {
            return Err(format!("a problem in a file not loaded: {error}"));
        }
        if error.problems().is_empty() {
            return Err(format!("{} refused with no problem named", error.file()));
        }
        for problem in error.problems() {
            let said = problem.to_string();
            if problem.kind.to_string().is_empty() || said.len() > LONGEST_PROBLEM {
                return Err(format!("a problem empty or too long: {said}"));
            }
        }
    }
    Ok(())
}

/// Evaluates every posting of `catalogue` with random answers of the right kinds.
fn evaluate_all(catalogue: &Catalogue, rng: &mut Rng) {
    let today = Date::new(2026, 11, 23).expect("a real date");
    for posting in catalogue.postings() {
        let mut answers = Answers::new();
        for id in posting.question_ids() {
            let Some(question) = catalogue.question(&id) else {
                continue;
            };
            let answer = match (&question.kind, rng.below(4)) {
                (_, 0) => Answer::NotSure,
                (AnswerKind::MonthYear { .. }, 1) => Answer::Never,
                (AnswerKind::MonthYear { .. }, _) => Answer::Month(
                    YearMonth::new(2000 + rng.below(30) as i32, 1 + rng.below(12) as u8)
                        .expect("a real month"),
                ),
                (kind, _) => Answer::Choice(rng.pick(&kind.option_ids()).clone()),
            };
            let _ = answers.record(question, answer, today);
        }
        let _ = evaluate(posting, &answers, today);
    }
}
