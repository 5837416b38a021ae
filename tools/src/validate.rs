//! Checks posting files and prints every problem, with file, JSON path and what was expected,
//! exactly as the checker itself would show them. Exits 1 when there is any problem.
//!
//! ```sh
//! cargo run -p eligibility-tools --bin validate                        # every file in postings/
//! cargo run -p eligibility-tools --bin validate -- jobs.json more/     # files, and every *.json in folders
//! cargo run -p eligibility-tools --bin validate -- --page careers.html criteria.json  # joined to a page's JobPostings
//! ```
//!
//! A criteria file (its postings name a JobPosting by `jobposting_identifier` or `jobposting_url`)
//! is checked joined to the JSON-LD of the careers page `--page` names, as the checker joins it
//! there; a JobPosting without a `url` is given the page's name as if it were its address.
//!
//! The `questions.json` beside a posting file (in a folder named, or beside a file named) is the
//! question bank it is checked against, added to the built-in questions as the checker adds a
//! file's own (unless it is the built-in bank itself, `postings/questions.json`); without one, the
//! built-in questions are used. Which was used is printed. A file shaped `{ "postings": [...] }`
//! (with or without `"questions"`) is checked as one bundle, as the embed loads it.
//!
//! Words that may be hard to read (a sentence over 25 words, a summary over Flesch-Kincaid grade
//! 7, an abbreviation not spelled out) are printed as warnings: they do not fail the check.
//!
//! Each valid posting's examples (the employer's test cases, `"examples"`) are run: one that does
//! not give the outcome it expects fails the check, each difference printed with the file, the
//! example's name and what differs ("expected not met, the check says met: lived-experience").

use eligibility_core::builtin;
use eligibility_core::rules::jsonld::{self, Page};
use eligibility_core::rules::{load, Bank, Catalogue, Json, LoadError, PostingId, Source};
use eligibility_core::text::readability::{self, Warning};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!(
            "usage: validate [--page PAGE.html] [FILE.json | FOLDER]...   (default: postings/)"
        );
        return ExitCode::SUCCESS;
    }
    let mut args = args;
    let page = match args.iter().position(|a| a == "--page") {
        Some(at) if at + 1 < args.len() => {
            let page = args.remove(at + 1);
            args.remove(at);
            Some(page)
        }
        _ => None,
    };
    let targets = if args.is_empty() {
        vec!["postings".to_owned()]
    } else {
        args
    };
    let mut errors: Vec<LoadError> = Vec::new();
    let mut warnings: Vec<(String, Warning)> = Vec::new();
    // Which questions each file was checked against, once each, in the order first used.
    let mut banks_used: Vec<String> = Vec::new();
    let mut postings = 0;
    let mut files = 0;
    let mut examples = Examples::default();
    for target in &targets {
        let path = Path::new(target);
        let (bank_file, singles) = match expand(path) {
            Ok(found) => found,
            Err(error) => {
                errors.push(error);
                continue;
            }
        };
        let (bank, used) = match &bank_file {
            Some(file) => {
                files += 1;
                match read(file).and_then(|source| folder_bank(&source)) {
                    Ok((bank, used, adds)) => {
                        let name = file.display().to_string();
                        let built_in = builtin::standard_bank();
                        for question in bank.questions() {
                            // The folder's own questions, not the built-in ones it adds to.
                            if !adds || built_in.question(question.id.as_str()).is_none() {
                                warnings.extend(
                                    readability::question_warnings(question)
                                        .into_iter()
                                        .map(|w| (name.clone(), w)),
                                );
                            }
                        }
                        (bank, used)
                    }
                    Err(error) => {
                        errors.push(error);
                        continue;
                    }
                }
            }
            None => (builtin::standard_bank(), BUILT_IN.to_owned()),
        };
        let mut plain = Vec::new();
        for file in singles {
            files += 1;
            match read(&file) {
                Ok(source) if is_criteria_file(&source) => {
                    note(&mut banks_used, with_own(&used, &source));
                    let Some(page) = &page else {
                        errors.push(LoadError::unusable(
                            &source.file,
                            "a criteria file for a careers page's JobPostings: give the page, \
                             as --page PAGE.html, to check it joined to them"
                                .to_owned(),
                        ));
                        continue;
                    };
                    let documents = match json_ld(Path::new(page)) {
                        Ok(documents) => documents,
                        Err(error) => {
                            errors.push(error);
                            continue;
                        }
                    };
                    // Where the page will be is not known here: any address will do.
                    let address = "https://careers.example/page.html";
                    let page = Page {
                        address,
                        english: &eligibility_core::text::ENGLISH,
                        welsh: &eligibility_core::text::WELSH,
                    };
                    let (catalogue, mut found) = jsonld::join(&documents, &source, &bank, &page);
                    postings += catalogue.postings().len();
                    examples.run(&catalogue, |id| format!("{}: postings[{id}].", source.file));
                    warnings.extend(posting_warnings(&catalogue));
                    errors.append(&mut found);
                }
                Ok(source) if is_bundle(&source) => {
                    note(&mut banks_used, with_own(&used, &source));
                    let (catalogue, mut found) = Catalogue::load_bundle(&source, &bank);
                    postings += catalogue.postings().len();
                    examples.run(&catalogue, |id| format!("{}: postings[{id}].", source.file));
                    warnings.extend(posting_warnings(&catalogue));
                    errors.append(&mut found);
                }
                Ok(source) => plain.push(source),
                Err(error) => errors.push(error),
            }
        }
        if !plain.is_empty() || bank_file.is_some() {
            note(&mut banks_used, used);
        }
        let (catalogue, mut found) = Catalogue::load_postings(bank, &plain);
        postings += catalogue.postings().len();
        examples.run(&catalogue, |id| file_of(&plain, id));
        warnings.extend(posting_warnings(&catalogue));
        errors.append(&mut found);
    }
    for used in &banks_used {
        println!("validate: questions from {used}");
    }
    for error in &errors {
        eprintln!("{error}");
    }
    for failure in &examples.failures {
        eprintln!("{failure}");
    }
    for (place, Warning { field, message, .. }) in &warnings {
        eprintln!("warning: {place}: {field}: {message}");
    }
    let problems: usize = errors.iter().map(|e| e.problems().len()).sum();
    let ran = match examples.run {
        0 => String::new(),
        run => format!(", {run} example(s) run, {} failed", examples.failed),
    };
    println!("validate: {files} file(s), {postings} valid posting(s), {problems} problem(s){ran}");
    if problems == 0 && examples.failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The examples run, and how each that failed differs from what it expects.
#[derive(Default)]
struct Examples {
    run: usize,
    failed: usize,
    /// A line for each difference: where the example is, and what differs.
    failures: Vec<String>,
}

impl Examples {
    /// Runs every example of the postings in `catalogue`; `place` names where a posting is,
    /// before its examples' own place (`jobs.json: postings[leeds-peer-mentor].`).
    fn run(&mut self, catalogue: &Catalogue, place: impl Fn(&PostingId) -> String) {
        for posting in catalogue.postings() {
            for run in posting.run_examples() {
                self.run += 1;
                if run.passes() {
                    continue;
                }
                self.failed += 1;
                let at = format!("{}{}", place(&posting.id), run.example.place());
                for difference in &run.differences {
                    self.failures.push(format!("{at}: {difference}"));
                }
            }
        }
    }
}

/// Where the posting `id` is among the posting files `plain`: its file.
fn file_of(plain: &[Source], id: &PostingId) -> String {
    let is_it = |s: &&Source| matches!(&s.json, Ok(json) if json.get("id") == Some(&Json::String(id.to_string())));
    match plain.iter().find(is_it) {
        Some(source) => format!("{}: ", source.file),
        None => format!("posting {id}: "),
    }
}

/// Warnings about the words of every posting in `catalogue`, each named by its posting's id.
fn posting_warnings(catalogue: &Catalogue) -> Vec<(String, Warning)> {
    catalogue
        .postings()
        .iter()
        .flat_map(|posting| {
            readability::posting_warnings(posting)
                .into_iter()
                .map(|w| (format!("posting {}", posting.id), w))
        })
        .collect()
}

/// How the built-in question bank is named where it is used.
const BUILT_IN: &str = "the built-in questions (postings/questions.json)";

/// A folder's `questions.json`, read as the checker would read the same questions given with
/// postings: added to the built-in ones, unless it is the built-in bank itself (`postings/`, or a
/// copy of it). With how it is named where it is used, and whether it adds to the built-in bank.
fn folder_bank(source: &Source) -> Result<(Bank, String, bool), LoadError> {
    let json = source
        .json
        .as_ref()
        .map_err(|cause| LoadError::unread(&source.file, cause))?;
    let built_in = Source::parse(builtin::QUESTIONS.0, builtin::QUESTIONS.1).json;
    if built_in.as_ref() == Ok(json) {
        let bank = load::bank(&source.file, json, None)?;
        return Ok((
            bank,
            format!("{} (the built-in questions)", source.file),
            false,
        ));
    }
    let bank = load::bank(&source.file, json, Some(&builtin::standard_bank()))?;
    Ok((bank, format!("{}, added to {BUILT_IN}", source.file), true))
}

/// How the questions a bundle or criteria file was checked against are named: `used`, and the
/// file's own where it brings some.
fn with_own(used: &str, source: &Source) -> String {
    let own = matches!(&source.json, Ok(json) if json.get("questions").is_some() || json.get("criteria").is_some());
    match own {
        true => format!(
            "{used}, and the questions and criteria {} adds",
            source.file
        ),
        false => used.to_owned(),
    }
}

/// Notes `used` among the banks used, once.
fn note(banks_used: &mut Vec<String>, used: String) {
    if !banks_used.contains(&used) {
        banks_used.push(used);
    }
}

/// Whether the file's postings name JobPostings in a careers page.
fn is_criteria_file(source: &Source) -> bool {
    let Ok(json) = &source.json else {
        return false;
    };
    matches!(json.get("postings"), Some(Json::Array(entries)) if entries.iter().any(|entry| {
        entry.get("jobposting_identifier").is_some() || entry.get("jobposting_url").is_some()
    }))
}

/// The JSON-LD blocks of a careers page, named as the checker names them in the browser.
fn json_ld(path: &Path) -> Result<Vec<Source>, LoadError> {
    let name = path.display().to_string();
    let html = std::fs::read_to_string(path).map_err(|e| {
        LoadError::unusable(&name, format!("expected a page that can be read: {e}"))
    })?;
    // Each <script> whose type is application/ld+json, however its attributes are written, as
    // the browser's `script[type='application/ld+json']` finds them.
    let lower = html.to_ascii_lowercase();
    let mut blocks: Vec<&str> = Vec::new();
    let mut at = 0;
    while let Some(open) = lower[at..].find("<script").map(|i| at + i) {
        let Some(close) = lower[open..].find('>').map(|i| open + i) else {
            break;
        };
        let end = lower[close..]
            .find("</script")
            .map_or(html.len(), |i| close + i);
        let tag: String = lower[open..close]
            .chars()
            .filter(|c| !matches!(c, '"' | '\''))
            .collect();
        if tag
            .split_whitespace()
            .any(|a| a == "type=application/ld+json")
        {
            blocks.push(&html[close + 1..end]);
        }
        at = end;
    }
    Ok(blocks
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let file = format!("{name}: the JSON-LD (script {} of {})", i + 1, blocks.len());
            Source::parse_lenient(file, text)
        })
        .collect())
}

fn is_bundle(source: &Source) -> bool {
    matches!(&source.json, Ok(json @ Json::Object(_)) if json.get("postings").is_some())
}

/// The question bank (a folder's `questions.json`) and the other files to check.
fn expand(path: &Path) -> Result<(Option<PathBuf>, Vec<PathBuf>), LoadError> {
    let unreadable = |e: std::io::Error| {
        LoadError::unusable(
            &path.display().to_string(),
            format!("expected a file or folder that can be read: {e}"),
        )
    };
    if !path.is_dir() {
        std::fs::metadata(path).map_err(unreadable)?;
        // The question bank beside a posting file is the one it is written against; a bank
        // named on its own is checked as one.
        let beside = path.with_file_name("questions.json");
        if path.file_name().is_some_and(|n| n == "questions.json") {
            return Ok((Some(path.to_owned()), Vec::new()));
        }
        let bank = beside.is_file().then_some(beside);
        return Ok((bank, vec![path.to_owned()]));
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(path)
        .map_err(unreadable)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let bank = files
        .iter()
        .position(|f| f.file_name().is_some_and(|n| n == "questions.json"));
    let bank = bank.map(|i| files.remove(i));
    Ok((bank, files))
}

/// Reads a file as bytes, through the same function the checker reads a fetched file with.
fn read(path: &Path) -> Result<Source, LoadError> {
    let file = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| {
        LoadError::unusable(&file, format!("expected a file that can be read: {e}"))
    })?;
    Ok(Source::parse_bytes(file, &bytes))
}
