//! docs/words.md, the checker's words side by side in English and Welsh for a translator, is
//! generated from core/src/text/english.rs and welsh.rs and kept up to date by this test: it fails when
//! the file differs from what the words say now, and `UPDATE_WORDS=1 cargo test -p eligibility-core --test words`
//! writes it again.

mod util;

use eligibility_core::text::{fill, Plural, Text, ENGLISH, WELSH};
use std::fmt::Debug;
use util::counted;

/// Every word of a language as (field, words): its `Text`, then its words apart from the `Text`
/// (`jobposting.…`, `boot.…`: see `Text::jobposting`, `Text::boot`).
fn fields(t: &Text) -> Vec<(String, String)> {
    let mut out = fields_of(t, None);
    out.extend(fields_of(t.jobposting(), Some("jobposting")));
    out.extend(fields_of(t.boot(), Some("boot")));
    out
}

/// Every word of `words` as (field, words), in the struct's order, read from its `Debug` form: a
/// counted sentence's forms are `field.zero`, `field.one` and so on, a list's items `field[i]`;
/// each name after `prefix`, where there is one.
fn fields_of(words: &impl Debug, prefix: Option<&str>) -> Vec<(String, String)> {
    let debug = format!("{words:#?}");
    let mut path: Vec<String> = prefix.into_iter().map(str::to_owned).collect();
    let mut index: Vec<usize> = Vec::new();
    let mut out = Vec::new();
    for line in debug.lines().skip(1) {
        let line = line.trim();
        if line == "}," || line == "]," || line == "}" || line == "]" {
            path.pop();
            index.pop();
            continue;
        }
        let (key, value) = match line.split_once(": ") {
            Some((key, value)) if !key.starts_with('"') => (Some(key.to_owned()), value),
            _ => (None, line),
        };
        let name = match key {
            Some(key) => key,
            None => {
                let i = index.last_mut().expect("a list item is in a list");
                *i += 1;
                format!("[{}]", *i - 1)
            }
        };
        let full = |name: &str| {
            let mut p = path.join(".");
            if !p.is_empty() && !name.starts_with('[') {
                p.push('.');
            }
            p + name
        };
        if value.ends_with('{') || value.ends_with('[') {
            path.push(name);
            index.push(0);
        } else if let Some(text) = value.strip_suffix(',').unwrap_or(value).strip_prefix('"') {
            let text = text.strip_suffix('"').expect("a string ends with a quote");
            out.push((full(&name), unescape(text)));
        }
    }
    out
}

/// A string as `Debug` escapes it, read back.
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('u') => {
                let code: String = chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                out.push(char::from_u32(u32::from_str_radix(&code, 16).unwrap()).unwrap());
            }
            Some('n') => out.push('\n'),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// A table cell: one line, `|` escaped.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

fn document() -> String {
    let mut md = String::from(
        "# The checker's words, in English and Welsh\n\n\
         Generated from `core/src/text/english.rs` and `core/src/text/welsh.rs` (and, for the \
         `jobposting.` and `boot.` rows, `jobposting.rs` and `boot.rs` beside them) by \
         `core/tests/words.rs` (`UPDATE_WORDS=1 cargo test -p eligibility-core --test words`): do \
         not edit it by hand. A translator can \
         correct the Welsh here and give the corrections to a developer, who makes them in \
         `welsh.rs` (or that file), where each line is `field: \"words\",` in the same order as below.\n\n\
         `{name}` marks where a value goes (a date, a number, a job's title): keep it as it is. \
         Counted sentences have a form for each plural category of Welsh (zero, one, two, few, \
         many, other: 0, 1, 2, 3, 6 and other numbers); English uses three of them. They are \
         shown filled in at 0, 1, 2, 3, 6 and 7 at the end.\n\n\
         The Welsh was written by the developers, not by a fluent speaker: it should be checked \
         by one before a health board relies on it.\n\n\
         | field | English | Welsh |\n|---|---|---|\n",
    );
    // The contract words are each language's own list, not item-by-item translations: one row.
    let collapsed = |t: &Text| {
        let mut out: Vec<(String, String)> = Vec::new();
        for (name, text) in fields(t) {
            match name.strip_prefix("jobposting.contract_words[") {
                Some(_) => match out.last_mut() {
                    Some((last, words)) if last == "jobposting.contract_words" => {
                        words.push_str(", ");
                        words.push_str(&text);
                    }
                    _ => out.push(("jobposting.contract_words".to_owned(), text)),
                },
                None => out.push((name, text)),
            }
        }
        out
    };
    let english = collapsed(&ENGLISH);
    let welsh = collapsed(&WELSH);
    let mut names: Vec<&String> = english.iter().map(|(n, _)| n).collect();
    for (name, _) in &welsh {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    let of = |list: &[(String, String)], name: &str| {
        list.iter()
            .find(|(n, _)| n == name)
            .map_or(String::new(), |(_, t)| cell(t))
    };
    for name in names {
        md += &format!(
            "| `{name}` | {} | {} |\n",
            of(&english, name),
            of(&welsh, name)
        );
    }
    md += "\n## Counted sentences at 0, 1, 2, 3, 6 and 7\n\n| sentence | n | English | Welsh |\n|---|---|---|---|\n";
    for ((name, en), (_, cy)) in counted(&ENGLISH).into_iter().zip(counted(&WELSH)) {
        for n in [0, 1, 2, 3, 6, 7] {
            let filled = |plural: &Plural| {
                let count = n.to_string();
                cell(&fill(
                    plural.of(n),
                    &[
                        ("count", &count),
                        ("shown", &count),
                        ("total", &count),
                        ("months", &count),
                    ],
                ))
            };
            md += &format!("| `{name}` | {n} | {} | {} |\n", filled(en), filled(cy));
        }
    }
    md
}

#[test]
fn every_word_is_in_the_translators_table_as_the_words_are_now() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/words.md");
    let now = document();
    if std::env::var_os("UPDATE_WORDS").is_some() {
        std::fs::write(path, &now).unwrap();
    }
    let written = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        written == now,
        "docs/words.md is out of date: run UPDATE_WORDS=1 cargo test -p eligibility-core --test words"
    );
}

#[test]
fn the_table_has_every_field_of_both_languages() {
    let english = fields(&ENGLISH);
    let welsh = fields(&WELSH);
    let names = |list: &[(String, String)]| -> Vec<String> {
        list.iter()
            .map(|(n, _)| n.clone())
            .filter(|n| !n.starts_with("jobposting.contract_words"))
            .collect()
    };
    // The same fields in the same order, but for the contract words, which are a list of each
    // language's own (Welsh keeps the English ones too).
    assert_eq!(names(&english), names(&welsh));
    assert!(english
        .iter()
        .any(|(n, t)| n == "covers_intro.two" && t.contains("{count}")));
    assert!(welsh
        .iter()
        .any(|(n, t)| n == "months[10]" && t == "Tachwedd"));
    assert!(welsh
        .iter()
        .any(|(n, t)| n == "jobposting.contract_words[0]" && t == "parhaol"));
    assert!(english.len() > 250, "{} fields", english.len());
}
