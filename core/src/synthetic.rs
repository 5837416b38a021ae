//! Synthetic catalogues of any size, for tests and benchmarks.
//!
//! Each posting has [`CRITERIA`] criteria (18 essential, 1 desirable, 1 after offer) over a bank
//! of [`QUESTIONS`] questions of every kind, and the postings vary in employer, place and hours,
//! with every fifth one closed.

use serde_json::{json, Value};

/// Questions in a synthetic question bank.
pub const QUESTIONS: usize = 40;
/// Criteria in each synthetic posting.
pub const CRITERIA: usize = 20;

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
                "nation": if places[p % places.len()] == "Cardiff" { "wales" } else { "england" },
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
