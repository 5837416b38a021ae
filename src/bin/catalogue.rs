//! Synthetic catalogues, for tests and benchmarks.
//!
//! ```sh
//! cargo run --release --bin catalogue -- generate 1000 > /tmp/1000.json   # a bundle of 1,000 postings
//! cargo run --release --bin catalogue -- bench                              # evaluation times, a table
//! cargo run --release --bin catalogue -- evaluate 1000                      # one evaluation, for callgrind
//! ```
//!
//! `evaluate N` loads a catalogue of N (inside `load_text`) and evaluates every posting once
//! (inside `evaluate_catalogue`), so `valgrind --tool=callgrind --toggle-collect=...` counts the
//! instructions of each alone: figures that, unlike times, are the same on a busy machine
//! (`scripts/bench-instructions.sh`).
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
    use eligibility_checker::synthetic::{bundle, CRITERIA};
    use std::process::ExitCode;
    use std::time::Instant;

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
        eprintln!("usage: catalogue generate N | catalogue bench | catalogue evaluate N");
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
}
