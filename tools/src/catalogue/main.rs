//! Synthetic catalogues, for tests and benchmarks.
//!
//! ```sh
//! cargo run --release -p eligibility-tools --bin catalogue -- generate 1000 > /tmp/1000.json   # a bundle of 1,000 postings
//! cargo run --release -p eligibility-tools --bin catalogue -- bench                              # evaluation times, a table
//! cargo run --release -p eligibility-tools --bin catalogue -- evaluate 1000                      # one evaluation, for callgrind
//! cargo run --release -p eligibility-tools --bin catalogue -- hostile                            # hostile files, a table
//! ```
//!
//! `hostile` times loading files written to be slow, each at 10,000, 20,000 and 40,000 of the
//! thing repeated, and counts the bytes of the problems named: a check that is linear takes twice
//! the time for twice the input, and no message grows with the size of the file.
//!
//! `evaluate N` loads a catalogue of N (inside `load_text`) and evaluates every posting once
//! (inside `evaluate_catalogue`), so `valgrind --tool=callgrind --toggle-collect=...` counts the
//! instructions of each alone: figures that, unlike times, are the same on a busy machine
//! (`scripts/bench-instructions.sh`).
//!
//! Each synthetic posting has 20 criteria (18 essential, 1 desirable, 1 after offer) over a bank
//! of 40 questions of every kind, so evaluation does the same work as for real postings.

use eligibility_core::builtin;
use eligibility_core::rules::{
    evaluate, jsonld, Answer, AnswerKind, Answers, Catalogue, Date, Source, YearMonth,
};
use eligibility_core::synthetic::{bundle, CRITERIA};
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["generate", n] => match n.parse() {
            Ok(n) => {
                println!("{}", bundle(n));
                ExitCode::SUCCESS
            }
            Err(_) => usage(),
        },
        ["bench"] => {
            bench();
            ExitCode::SUCCESS
        }
        ["hostile"] => {
            hostile();
            ExitCode::SUCCESS
        }
        ["evaluate", n] => match n.parse() {
            Ok(n) => {
                let today = Date::new(2026, 11, 23).unwrap();
                let catalogue = load(n);
                let answers = answers(&catalogue, today);
                let met = evaluate_catalogue(&catalogue, &answers, today);
                println!("{met} of {n} postings evaluated");
                ExitCode::SUCCESS
            }
            Err(_) => usage(),
        },
        _ => usage(),
    }
}

fn usage() -> ExitCode {
    eprintln!(
        "usage: catalogue generate N | catalogue bench | catalogue evaluate N | catalogue hostile"
    );
    ExitCode::from(2)
}

fn load(n: usize) -> Catalogue {
    load_text(&bundle(n).to_string())
}

/// Parses and checks a bundle, as the checker does with a postings file (one of the functions
/// callgrind is told to count).
#[inline(never)]
fn load_text(text: &str) -> Catalogue {
    let (catalogue, errors) = builtin::load_bundle("synthetic", text);
    assert!(errors.is_empty(), "{errors:?}");
    catalogue
}

fn answers(catalogue: &Catalogue, today: Date) -> Answers {
    let mut answers = Answers::new();
    // The catalogue's own questions, q0, q1 and on; the built-in ones its questions are added to
    // are asked by none of its postings.
    for question in catalogue.questions() {
        let Some(i) =
            (question.id.as_str().strip_prefix('q')).and_then(|n| n.parse::<usize>().ok())
        else {
            continue;
        };
        let answer = match &question.kind {
            AnswerKind::YesNo => Answer::Choice("yes".into()),
            AnswerKind::OneOf(_) => Answer::Choice(if i % 2 == 0 { "a" } else { "c" }.into()),
            AnswerKind::MonthYear { .. } => Answer::Month(YearMonth::new(2025, 11).unwrap()),
        };
        answers.record(question, answer, today).unwrap();
    }
    answers
}

/// Every posting evaluated once: the function callgrind is told to count.
#[inline(never)]
fn evaluate_catalogue(catalogue: &Catalogue, answers: &Answers, today: Date) -> usize {
    catalogue
        .postings()
        .iter()
        .filter(|p| evaluate(p, answers, today).is_ok())
        .count()
}

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn bench() {
    let today = Date::new(2026, 11, 23).unwrap();
    println!("Loading (parsing and checking the JSON text, once) and evaluating every posting (20 criteria");
    println!("each) against one set of answers (median of 21 runs).");
    println!(
        "{:>9} {:>10} {:>14} {:>16} {:>14}",
        "postings", "criteria", "load (ms)", "evaluate (ms)", "ns/criterion"
    );
    for n in [10, 100, 1_000, 10_000] {
        let text = bundle(n).to_string();
        let started = Instant::now();
        let catalogue = load_text(&text);
        let load_ms = started.elapsed().as_secs_f64() * 1e3;
        let answers = answers(&catalogue, today);
        let samples: Vec<f64> = (0..21)
            .map(|_| {
                let started = Instant::now();
                let met = evaluate_catalogue(&catalogue, &answers, today);
                assert_eq!(met, n);
                started.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        let ms = median(samples);
        let criteria = n * CRITERIA;
        println!(
            "{n:>9} {criteria:>10} {load_ms:>14.2} {ms:>16.3} {:>14.1}",
            ms * 1e6 / criteria as f64
        );
    }
}

/// A file written to be slow to load, of size `n`: a name, and what loading it does.
struct Hostile {
    name: &'static str,
    make: fn(usize) -> String,
    load: fn(&str) -> Vec<String>,
}

/// The problems a load named, one string a file.
fn named(errors: Vec<eligibility_core::rules::LoadError>) -> Vec<String> {
    errors.iter().map(ToString::to_string).collect()
}

fn bundle_of(text: &str) -> Vec<String> {
    named(builtin::load_bundle("hostile.json", text).1)
}

const HOSTILE: &[Hostile] = &[
    Hostile {
        name: "JSON-LD: n fields, each given twice",
        make: |n| {
            let fields: Vec<String> = (0..n).map(|i| format!("\"f{i}\": {i}")).collect();
            format!("{{ {0}, {0} }}", fields.join(", "))
        },
        load: |text| match eligibility_core::json::parse_lenient(text) {
            Ok(_) => Vec::new(),
            Err(cause) => vec![cause.to_string()],
        },
    },
    Hostile {
        name: "question bank: n shared criteria",
        make: |n| {
            let criteria: Vec<String> = (0..n)
                .map(|i| format!(r#"{{ "id": "c{i}", "summary": "C", "class": "after_offer" }}"#))
                .collect();
            format!(
                r#"{{ "criteria": [{}], "postings": [] }}"#,
                criteria.join(",")
            )
        },
        load: bundle_of,
    },
    Hostile {
        name: "one rule: n options, meets n/2, reasons n/2",
        make: |n| {
            let options: Vec<String> = (0..n)
                .map(|i| format!(r#"{{ "id": "o{i}", "label": "O" }}"#))
                .collect();
            let meets: Vec<String> = (0..n / 2).map(|i| format!(r#""o{i}""#)).collect();
            let reasons: Vec<String> = (n / 2..n).map(|i| format!(r#""o{i}": "R""#)).collect();
            format!(
                r#"{{ "questions": [{{ "id": "q", "text": "Q?", "short": "Q", "answer": {{ "kind": "one_of", "options": [{}] }} }}],
                "postings": [{{ "id": "p", "title": "T", "employer": "E", "service": "S", "location": "L", "pay": "P",
                "contract": "C", "working_pattern": "W", "apply_url": "https://x", "source": "S",
                "criteria": [{{ "id": "c", "summary": "C", "class": "essential",
                "rule": {{ "kind": "answer_in", "question": "q", "meets": [{}], "reasons": {{ {} }} }} }}] }}] }}"#,
                options.join(","),
                meets.join(","),
                reasons.join(",")
            )
        },
        load: bundle_of,
    },
    Hostile {
        name: "n postings using unknown ids of n shared criteria",
        make: |n| {
            let criteria: Vec<String> = (0..n)
                .map(|i| format!(r#"{{ "id": "c{i}", "summary": "C", "class": "after_offer" }}"#))
                .collect();
            let postings: Vec<String> = (0..n)
                .map(|i| format!(r#"{{ "id": "p{i}", "criteria": [{{ "use": "x{i}" }}] }}"#))
                .collect();
            format!(
                r#"{{ "criteria": [{}], "postings": [{}] }}"#,
                criteria.join(","),
                postings.join(",")
            )
        },
        load: bundle_of,
    },
    Hostile {
        name: "JSON-LD join: n entries, n JobPostings",
        // The page's JSON-LD and the criteria file, as one text: the page's first.
        make: |n| {
            let jobs: Vec<String> = (0..n)
                .map(|i| {
                    format!(r#"{{ "@type": "JobPosting", "identifier": "ref-{i}", "title": "T" }}"#)
                })
                .collect();
            let entries: Vec<String> = (0..n)
                .map(|i| {
                    format!(
                        r#"{{ "jobposting_identifier": "ref-{}", "criteria": [] }}"#,
                        n - 1 - i
                    )
                })
                .collect();
            format!(
                "[{}]\n{{ \"postings\": [{}] }}",
                jobs.join(","),
                entries.join(",")
            )
        },
        load: join_of,
    },
    Hostile {
        name: "JSON-LD join: n entries naming none of n JobPostings",
        make: |n| {
            let jobs: Vec<String> = (0..n)
                .map(|i| format!(r#"{{ "@type": "JobPosting", "identifier": "ref-{i}" }}"#))
                .collect();
            let entries: Vec<String> = (0..n)
                .map(|i| format!(r#"{{ "jobposting_identifier": "none-{i}" }}"#))
                .collect();
            format!(
                "[{}]\n{{ \"postings\": [{}] }}",
                jobs.join(","),
                entries.join(",")
            )
        },
        load: join_of,
    },
];

/// The page's JSON-LD and a criteria file, given as one text (the page's first), joined.
fn join_of(text: &str) -> Vec<String> {
    let (page, criteria) = text.split_once('\n').unwrap_or_default();
    let documents = [Source::parse_lenient("the page", page)];
    let criteria = Source::parse("criteria.json", criteria);
    let page = jsonld::Page {
        address: "https://careers.example.nhs.uk/jobs",
        english: &eligibility_core::text::ENGLISH,
        welsh: &eligibility_core::text::WELSH,
    };
    named(jsonld::join(&documents, &criteria, &builtin::standard_bank(), &page).1)
}

/// Times each hostile file at three sizes; prints milliseconds and the bytes of problems named.
fn hostile() {
    println!(
        "Hostile files, loaded once each (release build). Linear: twice n, about twice the time."
    );
    println!(
        "{:<50} {:>7} {:>12} {:>16}",
        "file", "n", "load (ms)", "problems (bytes)"
    );
    for case in HOSTILE {
        for n in [10_000, 20_000, 40_000] {
            let text = (case.make)(n);
            let started = Instant::now();
            let problems = (case.load)(&text);
            let ms = started.elapsed().as_secs_f64() * 1e3;
            let bytes: usize = problems.iter().map(String::len).sum();
            println!("{:<50} {n:>7} {ms:>12.1} {bytes:>16}", case.name);
        }
    }
}
