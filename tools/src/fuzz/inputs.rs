//! Inputs written to break the loader: random JSON values and text, seed files mutated or cut
//! short, all from one small deterministic generator.

use serde_json::Value;

/// xorshift64*: small, fast, and the same everywhere.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

pub fn parsed(text: &str) -> Value {
    serde_json::from_str(text).expect("the seed files are JSON")
}

/// Text that is not JSON at all: a file cut short, or with a byte changed.
pub fn broken(text: &str, rng: &mut Rng) -> String {
    let mut bytes = text.as_bytes()[..rng.below(text.len())].to_vec();
    if !bytes.is_empty() && rng.below(2) == 0 {
        let i = rng.below(bytes.len());
        bytes[i] = *rng.pick(b"{}[]\",:\\x0 \n");
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

pub fn random_text(rng: &mut Rng) -> String {
    const PIECES: &[&str] = &[
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
        "kmpt-twelve-months-without-services",
        "JobPosting",
        "380-AC",
        "2025-09-16",
        "2025-02-30",
        "9999-12-31",
        "0000-01-01",
        "2025-9-16",
        "é€😀",
        "\u{0}",
        "\u{202e}",
        "<script>",
        "https://",
        "https://x",
        "javascript:alert(1)",
        "-",
        "12",
        "💥-💥-💥",
    ];
    (0..rng.below(3)).map(|_| *rng.pick(PIECES)).collect()
}

pub fn random_value(rng: &mut Rng, depth: u32) -> Value {
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
                4_294_967_296.0,
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

pub fn mutate_times(value: &mut Value, rng: &mut Rng) {
    for _ in 0..=rng.below(4) {
        mutate(value, rng);
    }
}

/// Changes one place somewhere in `value`: replaces, removes, renames or repeats.
pub fn mutate(value: &mut Value, rng: &mut Rng) {
    match value {
        Value::Object(map) if !map.is_empty() && rng.below(3) > 0 => {
            let keys: Vec<String> = map.keys().cloned().collect();
            let key = rng.pick(&keys).clone();
            match rng.below(4) {
                0 => {
                    map.remove(&key);
                }
                1 => {
                    if let Some(v) = map.remove(&key) {
                        map.insert(random_text(rng), v);
                    }
                }
                _ => {
                    if let Some(v) = map.get_mut(&key) {
                        mutate(v, rng);
                    }
                }
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
