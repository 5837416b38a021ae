//! The arrows that must never exist between the rooms of the house (docs/architecture.md), read
//! from the source and the manifests: a test fails, naming the file and the line, as soon as one
//! appears.
//!
//! - The core (`core/`) knows nothing of the page, the app or the tools: no yew, web-sys, js-sys,
//!   gloo or wasm-bindgen, in its manifest or its code; and no clock, since today is an argument.
//! - Inside the core, `rules` gives facts and `text` gives words: `rules` never reaches `text`.
//! - The app's views (`src/app/views/`) read what an input holds through web-sys's element
//!   types and nothing more of the browser: the page is reached from `src/app/dom.rs`,
//!   `src/app/history.rs` and the embed (`src/embed/`) only.
//! - Nothing reaches the tools (`tools/`), the app never reaches the editor (`editor/`), and no Rust file is over 400 lines (one concern each).

use std::fs;
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Names that mean the page or the browser.
const BROWSER: &[&str] = &["yew", "web_sys", "js_sys", "gloo", "wasm_bindgen"];

#[test]
fn the_core_names_no_browser_crate_in_its_manifest() {
    let found = browser_dependencies(&read(&root().join("core/Cargo.toml")));
    assert!(found.is_empty(), "the core depends on the page: {found:#?}");
}

#[test]
fn the_manifest_reader_finds_a_browser_crate_in_any_form() {
    let manifest = "[dependencies]\nserde = \"1\"\nweb-sys = \"0.3\"\nyew.workspace = true\n\
                    [dependencies.gloo-events]\nversion = \"0.2\"\n";
    assert_eq!(browser_dependencies(manifest), [3, 4, 5]);
}

/// The lines (counted from one) of a manifest that name a browser crate or the app: `yew = …`,
/// `yew.workspace = true`, or a table `[dependencies.yew]`.
fn browser_dependencies(manifest: &str) -> Vec<usize> {
    let mut found = Vec::new();
    for (number, line) in manifest.lines().enumerate() {
        let line = line.trim().trim_start_matches('[').trim_end_matches(']');
        let line = line.rsplit("dependencies.").next().unwrap_or(line);
        let name = line.split(['=', ' ', '.']).next().unwrap_or_default();
        let name = name.replace('-', "_");
        if BROWSER.iter().any(|b| name.starts_with(b)) || name.starts_with("eligibility_checker") {
            found.push(number + 1);
        }
    }
    found
}

#[test]
fn the_core_uses_no_browser_crate_no_app_and_no_clock() {
    let mut forbidden: Vec<String> = BROWSER.iter().map(|b| format!("{b}::")).collect();
    forbidden.extend(
        [
            "eligibility_checker",
            "eligibility_tools",
            "SystemTime",
            "Instant::now",
            "Date::now",
        ]
        .map(String::from),
    );
    let found = uses(&root().join("core/src"), &forbidden, &[]);
    assert!(
        found.is_empty(),
        "the core reaches the page, the app, the tools or the clock: {found:#?}"
    );
}

#[test]
fn rules_give_facts_and_never_reach_the_words() {
    let found = uses(
        &root().join("core/src/rules"),
        &[
            "crate::text".into(),
            "crate::{text".into(),
            "super::super::text".into(),
            "eligibility_core::text".into(),
        ],
        &[],
    );
    assert!(found.is_empty(), "rules reach text: {found:#?}");
}

#[test]
fn views_reach_the_browser_only_through_dom_history_and_the_embed() {
    let mut forbidden: Vec<String> = [
        "js_sys",
        "gloo",
        "wasm_bindgen",
        "web_sys::window",
        "window()",
        "document()",
    ]
    .map(String::from)
    .to_vec();
    forbidden.push("web_sys::".into());
    let found = uses(
        &root().join("src/app"),
        &forbidden,
        &["dom.rs", "history.rs"],
    )
    .into_iter()
    .filter(|line| !names_only_input_elements(line))
    .collect::<Vec<_>>();
    assert!(found.is_empty(), "views reach the browser: {found:#?}");
}

/// Whether a line of code is a `use` of web-sys naming only the element types an input event comes
/// from, which a view may name to read what the input holds.
fn names_only_input_elements(line: &str) -> bool {
    const ELEMENTS: [&str; 3] = [
        "HtmlInputElement",
        "HtmlSelectElement",
        "HtmlTextAreaElement",
    ];
    let code = line.split_once(": ").map_or(line, |(_, code)| code).trim();
    let Some(names) = code
        .strip_prefix("use web_sys::")
        .and_then(|rest| rest.strip_suffix(';'))
    else {
        return false;
    };
    let names = names.trim_start_matches('{').trim_end_matches('}');
    names.split(',').all(|name| ELEMENTS.contains(&name.trim()))
}

#[test]
fn a_view_may_name_input_elements_and_nothing_else_of_the_browser() {
    for (line, allowed) in [
        ("a.rs:1: use web_sys::HtmlInputElement;", true),
        (
            "a.rs:1: use web_sys::{HtmlInputElement, HtmlSelectElement};",
            true,
        ),
        ("a.rs:1: use web_sys::{HtmlInputElement, Window};", false),
        ("a.rs:1: use web_sys::Storage;", false),
        ("a.rs:1: let w = web_sys::window();", false),
    ] {
        assert_eq!(names_only_input_elements(line), allowed, "{line}");
    }
}

#[test]
fn nothing_reaches_the_tools() {
    let mut found = uses(&root().join("src"), &["eligibility_tools".into()], &[]);
    for dir in ["core/src", "editor/src"] {
        found.extend(uses(&root().join(dir), &["eligibility_tools".into()], &[]));
    }
    if read(&root().join("editor/Cargo.toml")).contains("eligibility-tools") {
        found.push("editor/Cargo.toml: the editor depends on eligibility-tools".into());
    }
    let manifest = read(&root().join("Cargo.toml"));
    let app_dependencies = manifest
        .split("[dev-dependencies]")
        .next()
        .unwrap_or_default();
    let app_dependencies = &app_dependencies[app_dependencies.find("[package]").unwrap_or(0)..];
    if app_dependencies.contains("eligibility-tools") {
        found.push("Cargo.toml: the app depends on eligibility-tools".into());
    }
    assert!(
        found.is_empty(),
        "the app, the editor or the core reaches the tools: {found:#?}"
    );
}

#[test]
fn the_applicants_app_never_reaches_the_employers_editor() {
    // The editor may render the app's views for its preview; the arrow never goes the other way,
    // so the applicant's first load carries none of the editor.
    let mut found = uses(&root().join("src"), &["eligibility_editor".into()], &[]);
    let manifest = read(&root().join("Cargo.toml"));
    let app = &manifest[manifest.find("[package]").unwrap_or(0)..];
    if app.contains("eligibility-editor") {
        found.push("Cargo.toml: the app depends on eligibility-editor".into());
    }
    assert!(found.is_empty(), "the app reaches the editor: {found:#?}");
}

#[test]
fn no_rust_file_is_over_400_lines() {
    let mut long = Vec::new();
    for dir in ["src", "core/src", "editor/src", "tools/src"] {
        for file in rust_files(&root().join(dir)) {
            let lines = read(&file).lines().count();
            if lines > 400 {
                long.push(format!("{} ({lines} lines)", shown(&file)));
            }
        }
    }
    assert!(
        long.is_empty(),
        "each file one concern, at most 400 lines: {long:#?}"
    );
}

#[test]
fn the_reader_of_uses_finds_a_forbidden_name_outside_comments() {
    let dir = std::env::temp_dir().join(format!("architecture-test-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    fs::write(
        dir.join("a.rs"),
        "//! yew:: in a doc comment is fine\nuse yew::prelude::*;\n// web_sys:: in a comment\n",
    )
    .unwrap();
    let found = uses(&dir, &["yew::".into(), "web_sys::".into()], &[]);
    fs::remove_dir_all(&dir).unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].ends_with("a.rs:2: use yew::prelude::*;"),
        "{found:?}"
    );
}

/// Each line of code (comments left out) under `dir` that names one of `forbidden`, as
/// `file:line: text`, leaving out files named in `except`.
fn uses(dir: &Path, forbidden: &[String], except: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for file in rust_files(dir) {
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        if except.contains(&name.as_ref()) {
            continue;
        }
        for (number, line) in read(&file).lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            if forbidden.iter().any(|f| code.contains(f.as_str())) {
                found.push(format!("{}:{}: {}", shown(&file), number + 1, line.trim()));
            }
        }
    }
    found
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in
            fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn root() -> PathBuf {
    PathBuf::from(ROOT)
}

fn shown(file: &Path) -> String {
    file.strip_prefix(ROOT)
        .unwrap_or(file)
        .display()
        .to_string()
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}
