//! Synthetic catalogues, for tests and benchmarks.
//!
//! ```sh
//! cargo run --release --bin catalogue -- generate 1000 > /tmp/1000.json   # a bundle of 1,000 postings
//! cargo run --release --bin catalogue -- bench                              # evaluation times, a table
//! ```
//!
//! Each synthetic posting has 20 criteria (18 essential, 1 desirable, 1 after offer) over a bank
//! of 40 questions of every kind, so evaluation does the same work as for real postings.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use eligibility_checker::builtin;
    use eligibility_checker::rules::{
        evaluate, Answer, AnswerKind, Answers, Catalogue, Date, YearMonth,
    };
    use serde_json::{json, Value};
    use std::process::ExitCode;
    use std::time::Instant;

    const QUESTIONS: usize = 40;
    const CRITERIA: usize = 20;

    pub fn main() -> ExitCode {
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
            _ => usage(),
        }
    }

    fn usage() -> ExitCode {
        eprintln!("usage: catalogue generate N | catalogue bench");
        ExitCode::from(2)
    }

    /// A bundle of `n` postings, with its own question bank.
    pub fn bundle(n: usize) -> Value {
        let questions: Vec<Value> = (0..QUESTIONS)
            .map(|q| {
                let answer = match q % 4 {
                    0 => json!({ "kind": "yes_no" }),
                    1 => json!({ "kind": "month_year", "never": "Never" }),
                    _ => json!({ "kind": "one_of", "options": [
                        { "id": "a", "label": "A" }, { "id": "b", "label": "B" }, { "id": "c", "label": "C" }
                    ] }),
                };
                json!({ "id": format!("q{q}"), "text": format!("Question {q}?"), "short": format!("Question {q}"), "answer": answer })
            })
            .collect();
        let employers = [
            "North Trust",
            "South Trust",
            "East Trust",
            "West Trust",
            "Central Trust",
        ];
        let places = [
            "Leeds", "Bristol", "Norwich", "Cardiff", "Derby", "Tooting", "Dartford",
        ];
        let postings: Vec<Value> = (0..n)
            .map(|p| {
                let criteria: Vec<Value> = (0..CRITERIA)
                    .map(|c| {
                        let q = (p * 7 + c * 3) % QUESTIONS;
                        let class = match c {
                            18 => "desirable",
                            19 => "after_offer",
                            _ => "essential",
                        };
                        let rule = match q % 4 {
                            _ if class == "after_offer" => Value::Null,
                            0 => json!({ "kind": "answer_in", "question": format!("q{q}"), "meets": ["yes"], "reasons": { "no": "Needed." } }),
                            1 if c % 2 == 0 => json!({ "kind": "months_since", "question": format!("q{q}"), "months": 12 }),
                            1 => json!({ "kind": "has_happened", "question": format!("q{q}") }),
                            _ => json!({ "kind": "answer_in", "question": format!("q{q}"), "meets": ["a", "b"] }),
                        };
                        json!({ "id": format!("c{c}"), "summary": format!("Criterion {c}"), "class": class, "rule": rule })
                    })
                    .collect();
                json!({
                    "id": format!("posting-{p}"),
                    "title": format!("Peer Support Worker {p}"),
                    "employer": employers[p % employers.len()],
                    "service": format!("Ward {}", p % 12 + 1),
                    "location": places[p % places.len()],
                    "pay": "£24,000 to £27,000 a year",
                    "contract": "Permanent",
                    "working_pattern": if p % 3 == 0 { "Part time" } else { "Full time" },
                    "published": "2025-10-01",
                    "closes": if p % 5 == 0 { json!("2026-01-31") } else { json!("2027-01-31") },
                    "apply_url": format!("https://jobs.example.nhs.uk/{p}"),
                    "source": "Synthetic, for tests and benchmarks",
                    "criteria": criteria,
                })
            })
            .collect();
        json!({ "questions": questions, "postings": postings })
    }

    fn load(n: usize) -> Catalogue {
        let text = bundle(n).to_string();
        let (catalogue, errors) = builtin::load_bundle("synthetic", &text);
        assert!(errors.is_empty(), "{errors:?}");
        catalogue
    }

    fn answers(catalogue: &Catalogue, today: Date) -> Answers {
        let mut answers = Answers::new();
        for (i, question) in catalogue.questions().iter().enumerate() {
            let answer = match &question.kind {
                AnswerKind::YesNo => Answer::Choice("yes".into()),
                AnswerKind::OneOf(_) => Answer::Choice(if i % 2 == 0 { "a" } else { "c" }.into()),
                AnswerKind::MonthYear { .. } => Answer::Month(YearMonth::new(2025, 11).unwrap()),
            };
            answers.record(question, answer, today).unwrap();
        }
        answers
    }

    fn median(mut samples: Vec<f64>) -> f64 {
        samples.sort_by(f64::total_cmp);
        samples[samples.len() / 2]
    }

    fn bench() {
        let today = Date::new(2026, 11, 23).unwrap();
        println!("Evaluating every posting (20 criteria each) against one set of answers; median of 21 runs.");
        println!(
            "{:>9} {:>10} {:>14} {:>16} {:>14}",
            "postings", "criteria", "load (ms)", "evaluate (ms)", "ns/criterion"
        );
        for n in [10, 100, 1_000, 10_000] {
            let started = Instant::now();
            let catalogue = load(n);
            let load_ms = started.elapsed().as_secs_f64() * 1e3;
            let answers = answers(&catalogue, today);
            let samples: Vec<f64> = (0..21)
                .map(|_| {
                    let started = Instant::now();
                    let met = catalogue
                        .postings()
                        .iter()
                        .filter(|p| evaluate(p, &answers, today).is_ok())
                        .count();
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
}
