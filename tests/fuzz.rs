//! Robust parsing: arbitrary and mutated posting files never panic the loader, and every
//! rejection is a named error. Deterministic (a fixed seed), so a failure can be replayed.

mod util;

use eligibility_checker::builtin::{self, QUESTIONS};
use eligibility_checker::rules::{
    evaluate, Answer, AnswerKind, Answers, Catalogue, Date, YearMonth,
};
use serde_json::Value;
use util::{from_serde, posting_file, sorted, KMPT, SWLSTG};

/// xorshift64*: small, fast, and the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn random_text(rng: &mut Rng) -> String {
    let pieces = [
        "",
        " ",
        "own",
        "yes",
        "no",
        "essential",
        "desirable",
        "after_offer",
        "answer_in",
        "months_since",
        "has_happened",
        "lived_experience",
        "last_used_services",
        "2025-09-16",
        "2025-02-30",
        "9999-12-31",
        "0000-01-01",
        "2025-9-16",
        "é€😀",
        "\u{0}",
        "<script>",
        "https://",
        "https://x",
        "javascript:alert(1)",
        "-",
        "12",
        "💥-💥-💥",
    ];
    (0..rng.below(3)).map(|_| *rng.pick(&pieces)).collect()
}

fn random_value(rng: &mut Rng, depth: u32) -> Value {
    match rng.below(if depth > 2 { 5 } else { 7 }) {
        0 => Value::Null,
        1 => Value::Bool(rng.below(2) == 0),
        2 => {
            let numbers = [
                0.0,
                1.0,
                -1.0,
                12.0,
                12.5,
                1e308,
                -1e308,
                4294967296.0,
                1200.0,
                1201.0,
            ];
            serde_json::json!(*rng.pick(&numbers))
        }
        3 | 4 => Value::String(random_text(rng)),
        5 => Value::Array(
            (0..rng.below(3))
                .map(|_| random_value(rng, depth + 1))
                .collect(),
        ),
        _ => Value::Object(
            (0..rng.below(3))
                .map(|_| (random_text(rng), random_value(rng, depth + 1)))
                .collect(),
        ),
    }
}

/// Changes one place somewhere in `value`: replaces, removes, renames or duplicates.
fn mutate(value: &mut Value, rng: &mut Rng) {
    match value {
        Value::Object(map) if !map.is_empty() && rng.below(3) > 0 => {
            let keys: Vec<String> = map.keys().cloned().collect();
            let key = rng.pick(&keys).clone();
            match rng.below(4) {
                0 => {
                    map.remove(&key);
                }
                1 => {
                    let v = map.remove(&key).unwrap();
                    map.insert(random_text(rng), v);
                }
                _ => mutate(map.get_mut(&key).unwrap(), rng),
            }
        }
        Value::Array(items) if !items.is_empty() && rng.below(3) > 0 => {
            let i = rng.below(items.len());
            match rng.below(4) {
                0 => {
                    items.remove(i);
                }
                1 => {
                    let copy = items[i].clone();
                    items.push(copy);
                }
                _ => mutate(&mut items[i], rng),
            }
        }
        other => *other = random_value(rng, 0),
    }
}

/// Loads `text` as a posting and, when it loads, evaluates it with random answers: nothing may
/// panic, and a rejection must name the file and at least one problem.
fn check(text: &str, rng: &mut Rng, counts: &mut [usize; 2]) {
    let _ = same_as_serde_json(text);
    let (catalogue, errors) = builtin::load(QUESTIONS, &[("fuzz.json", text)]);
    for error in &errors {
        assert_eq!(error.file(), "fuzz.json");
        assert!(!error.problems().is_empty());
        assert!(error.problems().iter().all(|p| !p.message.is_empty()));
    }
    counts[usize::from(errors.is_empty())] += 1;
    evaluate_all(&catalogue, rng);
}

/// The checker's own JSON parser and serde_json accept the same texts and read the same trees,
/// except where they differ on purpose (`tests/json_text.rs`): we refuse a field given twice in
/// one object and nesting past 64 levels, and read a number too large for a float as infinity.
/// Returns whether ours accepted the text.
#[track_caller]
fn same_as_serde_json(text: &str) -> bool {
    let ours = eligibility_checker::json_text::parse(text);
    let theirs = serde_json::from_str::<Value>(text);
    match (ours, theirs) {
        (Ok(ours), Ok(theirs)) => {
            assert_eq!(sorted(ours), from_serde(theirs), "{text}");
            true
        }
        (Err(ours), Ok(_)) => {
            assert!(
                ours.contains("is given twice") || ours.contains("nested more than 64"),
                "{ours}: {text}"
            );
            false
        }
        (Ok(_), Err(theirs)) => {
            assert!(
                theirs.to_string().starts_with("number out of range"),
                "serde_json refuses what we accept ({theirs}): {text}"
            );
            true
        }
        (Err(_), Err(_)) => false,
    }
}

/// Posting files as people write and break them: pretty-printed, with every kind of escape,
/// number and character, edited in a few places with JSON's own punctuation and fragments of
/// escapes and numbers. Both parsers must agree on every one.
#[test]
fn the_json_parser_reads_edited_posting_files_as_serde_json_does() {
    let mut rng = Rng(0x00d1_ff1e_0f00_d5e7);
    let seed = concat!(
        "{\n  \"id\": \"x\",\n\t\"text\": \"caf\\u00e9 \\ud83d\\ude00 \\\" \\\\ \\/ \\n é 😀\",\r\n",
        "  \"n\": [0, -1.5, 2e3, 1E-2, 12],\n  \"deep\": [[{\"a\": [true, false, null]}]]\n}\n"
    );
    serde_json::from_str::<Value>(seed).expect("the seed is JSON");
    let pieces = [
        "{", "}", "[", "]", "\"", ",", ":", " ", "\n", "\t", "\\", "\\u", "d83d", "\\ude00",
        "\\u00e9", "e+", "E-", ".", "0", "-", "1e400", "é", "😀", "/", "true", "null", "x",
    ];
    let (mut accepted, tried) = (0, 20_000);
    for _ in 0..tried {
        let mut text = seed.to_owned();
        for _ in 0..=rng.below(3) {
            let boundaries: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            let at = *rng.pick(&boundaries);
            let piece = *rng.pick(&pieces);
            if rng.below(2) == 0 {
                text.insert_str(at, piece);
            } else {
                let end = boundaries.iter().copied().find(|&b| b > at).unwrap_or(at);
                text.replace_range(at..end, piece);
            }
        }
        accepted += usize::from(same_as_serde_json(&text));
    }
    println!("fuzz: {tried} edited JSON texts: {accepted} accepted and read alike by both parsers; the rest refused (by both, or by ours alone for a repeated field)");
    assert!(
        accepted > 100 && accepted < tried - 100,
        "{accepted} of {tried}"
    );
}

/// Evaluates every posting of `catalogue` with random answers of the right kinds.
fn evaluate_all(catalogue: &Catalogue, rng: &mut Rng) {
    let today = Date::new(2026, 11, 23).unwrap();
    for posting in catalogue.postings() {
        let mut answers = Answers::new();
        for id in posting.question_ids() {
            let question = catalogue.question(&id).unwrap();
            let answer = match (&question.kind, rng.below(4)) {
                (_, 0) => Answer::NotSure,
                (AnswerKind::MonthYear { .. }, 1) => Answer::Never,
                (AnswerKind::MonthYear { .. }, _) => Answer::Month(
                    YearMonth::new(2000 + rng.below(30) as i32, 1 + rng.below(12) as u8).unwrap(),
                ),
                (kind, _) => Answer::Choice(rng.pick(&kind.option_ids()).clone()),
            };
            let _ = answers.record(question, answer, today);
        }
        let _ = evaluate(posting, &answers, today);
    }
}

#[test]
fn mutated_and_arbitrary_posting_files_never_panic_and_are_named() {
    let mut rng = Rng(0x5eed_cafe_f00d_d00d);
    let seeds: Vec<Value> = [posting_file(KMPT).1, posting_file(SWLSTG).1]
        .iter()
        .map(|t| serde_json::from_str(t).unwrap())
        .collect();
    let mut counts = [0usize; 2]; // [rejected, loaded]
    let mutated = 20_000;
    for _ in 0..mutated {
        let mut value = rng.pick(&seeds).clone();
        for _ in 0..=rng.below(4) {
            mutate(&mut value, &mut rng);
        }
        check(&value.to_string(), &mut rng, &mut counts);
    }
    let arbitrary = 5_000;
    for _ in 0..arbitrary {
        let value = random_value(&mut rng, 0);
        check(&value.to_string(), &mut rng, &mut counts);
    }
    // Text that is not JSON at all: cut short, or with bytes changed.
    let text = posting_file(KMPT).1;
    let broken = 2_000;
    for _ in 0..broken {
        let mut bytes = text.as_bytes()[..rng.below(text.len())].to_vec();
        if !bytes.is_empty() && rng.below(2) == 0 {
            let i = rng.below(bytes.len());
            bytes[i] = *rng.pick(b"{}[]\",:\\x0 \n");
        }
        check(&String::from_utf8_lossy(&bytes), &mut rng, &mut counts);
    }
    let total = mutated + arbitrary + broken;
    println!(
        "fuzz: {total} posting files tried ({mutated} mutated, {arbitrary} arbitrary, {broken} broken text): {} loaded, {} rejected with named problems",
        counts[1], counts[0]
    );
    assert_eq!(counts[0] + counts[1], total);
    assert!(
        counts[1] > 100,
        "the mutations should also produce files that still load"
    );
}

/// The question bank, with its shared criteria, mutated: the loader names the bank or a posting
/// that no longer fits it, and never panics.
#[test]
fn mutated_question_banks_never_panic_and_are_named() {
    let mut rng = Rng(0x0ba4_c5ee_d0dd_ba11);
    let seed: Value = serde_json::from_str(QUESTIONS.1).unwrap();
    let postings = [posting_file(KMPT), posting_file(SWLSTG)];
    let files = ["q.json", postings[0].0, postings[1].0];
    let mut counts = [0usize; 2]; // [with problems, without]
    let tried = 5_000;
    for _ in 0..tried {
        let mut value = seed.clone();
        for _ in 0..=rng.below(4) {
            mutate(&mut value, &mut rng);
        }
        let text = value.to_string();
        let (catalogue, errors) = builtin::load(("q.json", &text), &postings);
        for error in &errors {
            assert!(files.contains(&error.file()), "{}", error.file());
            assert!(error.problems().iter().all(|p| !p.message.is_empty()));
            assert!(!error.problems().is_empty());
        }
        counts[usize::from(errors.is_empty())] += 1;
        evaluate_all(&catalogue, &mut rng);
    }
    println!(
        "fuzz: {tried} question banks tried: {} loaded with both postings, {} with named problems",
        counts[1], counts[0]
    );
    assert!(counts[1] > 10, "some mutations should still load");
    assert!(counts[0] > 10, "some mutations should be caught");
}
