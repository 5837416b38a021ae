//! Embeds every posting file in `postings/`, so adding a posting is adding a JSON file: no code.
//! `questions.json` is the question bank; every other `*.json` there is a posting.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("postings");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<String> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".json") && name != "questions.json")
        .collect();
    files.sort();
    let mut out = String::from("&[\n");
    for name in &files {
        let path = dir.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        writeln!(
            out,
            "    ({:?}, include_str!({:?})),",
            format!("postings/{name}"),
            path.display().to_string()
        )
        .unwrap();
    }
    out.push(']');
    let target = Path::new(&env::var("OUT_DIR").unwrap()).join("postings.rs");
    fs::write(target, out).unwrap();
}
