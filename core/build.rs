//! Embeds every posting file in `postings/`, so adding a posting is adding a JSON file: no code.
//! `questions.json` is the question bank; every other `*.json` there is a posting.
//!
//! The files are embedded without the spaces and line breaks between JSON tokens (they are for
//! people, and the app would download them): a problem in a built-in file is found by
//! `cargo test` and by the validator, which read the files as written and give their lines.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../postings");
    let out_dir = env::var("OUT_DIR").unwrap();
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<String> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".json"))
        .collect();
    files.sort();
    let mut out = String::from("&[\n");
    for name in &files {
        let path = dir.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let embedded = Path::new(&out_dir).join(name);
        fs::write(&embedded, compact(&text)).unwrap();
        if name == "questions.json" {
            continue;
        }
        writeln!(
            out,
            "    ({:?}, include_str!({:?})),",
            format!("postings/{name}"),
            embedded.display().to_string()
        )
        .unwrap();
    }
    out.push(']');
    fs::write(Path::new(&out_dir).join("postings.rs"), out).unwrap();
}

/// `json` without the white space between its tokens; strings are kept as written. A file that is
/// not JSON comes out as broken as it went in, for the loader to name the problem.
fn compact(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            in_string = escaped || c != '"';
            escaped = !escaped && c == '\\';
        } else if c == '"' {
            in_string = true;
        } else if matches!(c, ' ' | '\n' | '\r' | '\t') {
            continue;
        }
        out.push(c);
    }
    out
}
