//! Pasted text read into pieces, before they are put together into lines: each physical line
//! without its bullet or number, cut where a copy ran two lines into one, and each row of a
//! pasted table with its cells.

use super::headings::kind_prefix;
use super::Kind;
use crate::rules::letters::{fold, lower};

/// One piece of the pasted text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Piece {
    /// An empty line: the line before it has ended.
    Blank,
    /// A heading of a kind run into the line after it ("EssentialLived experience").
    Kind(Kind),
    /// Text on a line of its own.
    Text {
        /// Its words, trimmed.
        text: String,
        /// Whether it starts a line of the specification, and so continues none: it had a
        /// bullet or a number, or it was cut from the words before it.
        starts: bool,
        /// The kind it was marked with at its end ("… (E)"), where it was.
        kind: Option<Kind>,
    },
    /// A row of a table, pasted as cells between tabs: each cell's paragraphs.
    Row(Vec<Vec<String>>),
}

/// `text` read into pieces.
pub(super) fn pieces(text: &str) -> Vec<Piece> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut lines = text.split('\n');
    let mut pieces = Vec::new();
    // A bullet on a line of its own starts the line after it.
    let mut bullet_before = false;
    while let Some(line) = lines.next() {
        if line.trim().is_empty() {
            pieces.push(Piece::Blank);
            bullet_before = false;
            continue;
        }
        // Tabs between words are a table's; a tab after a bullet or before the words is not
        // (a word processor's list copies as "•\tLived experience").
        let (words, bulleted) =
            without_marker(line.trim_matches(|c: char| c.is_whitespace() && c != '\t'));
        if words.contains('\t') {
            pieces.push(Piece::Row(row(line, &mut lines)));
            continue;
        }
        let words = words.trim();
        if words.is_empty() {
            bullet_before = bulleted;
            continue;
        }
        let starts = bulleted || std::mem::take(&mut bullet_before);
        let (words, headed) = match kind_prefix(words) {
            Some((kind, at)) => {
                pieces.push(Piece::Kind(kind));
                (&words[at..], true)
            }
            None => (words, false),
        };
        let (words, kind) = kind_marked(words);
        let parts = unglued(words);
        let last = parts.len() - 1;
        for (i, part) in parts.into_iter().enumerate() {
            pieces.push(Piece::Text {
                text: part.trim().to_owned(),
                starts: starts || headed || i > 0,
                kind: if i == last { kind } else { None },
            });
        }
    }
    pieces
}

/// A table's row: the cells of `first` between its tabs, each cell's paragraphs trimmed and
/// without bullets. A cell a spreadsheet put in double quotes may hold tabs and line breaks
/// (read on from `rest`), and `""` for a quote; where its closing quote never comes, the quote
/// is read as text.
fn row<'a>(first: &'a str, rest: &mut (impl Iterator<Item = &'a str> + Clone)) -> Vec<Vec<String>> {
    let mut ahead = rest.clone();
    let cells = match cells(first, &mut ahead, true) {
        Some(cells) => {
            *rest = ahead;
            cells
        }
        None => cells(first, rest, false).unwrap_or_default(),
    };
    cells
        .iter()
        .map(|cell| {
            cell.split('\n')
                .map(str::trim)
                .filter(|paragraph| !paragraph.is_empty())
                // A cell of a tick alone is a tick, not a bullet.
                .map(|paragraph| match without_marker(paragraph).0 {
                    "" => paragraph.to_owned(),
                    words => words.to_owned(),
                })
                .collect()
        })
        .collect()
}

/// The cells of a row starting with `first`; `None` where a quoted cell never closes.
fn cells<'a>(
    first: &'a str,
    rest: &mut impl Iterator<Item = &'a str>,
    quotes: bool,
) -> Option<Vec<String>> {
    let mut cells = Vec::new();
    let mut cell = String::new();
    let (mut quoted, mut at_start) = (false, true);
    let mut chars: Vec<char> = first.chars().collect();
    let mut i = 0;
    loop {
        let Some(&c) = chars.get(i) else {
            if !quoted {
                break;
            }
            chars = rest.next()?.chars().collect();
            cell.push('\n');
            i = 0;
            continue;
        };
        i += 1;
        match c {
            '"' if quoted && chars.get(i) == Some(&'"') => {
                cell.push('"');
                i += 1;
            }
            '"' if quoted => quoted = false,
            '"' if quotes && at_start => quoted = true,
            '\t' if !quoted => cells.push(std::mem::take(&mut cell)),
            c => cell.push(c),
        }
        at_start = c == '\t' && !quoted;
    }
    cells.push(cell);
    Some(cells)
}

/// `line` without the bullet or number it starts with, and whether it had one: `•`, `·`, `▪`
/// and the like (and Word's own, U+F0B7 and U+F0A7), `-`, `*` or `o` before a space, `1.`,
/// `2)`, `(3)`, `a)`, `b.`, `(c)`, `iv.`, `(ii)`. A capital letter before a full stop is not one
/// ("A. N. Other"), but before a bracket it is.
pub(super) fn without_marker(line: &str) -> (&str, bool) {
    let Some(first) = line.chars().next() else {
        return (line, false);
    };
    let after_first = &line[first.len_utf8()..];
    if "•·◦▪▫●○■□‣⁃➢➤►▶✓✔\u{F0B7}\u{F0A7}".contains(first) {
        return (after_first.trim_start(), true);
    }
    if "-*–—o".contains(first) && after_first.starts_with(char::is_whitespace) {
        return (after_first.trim_start(), true);
    }
    let (inner, bracketed) = match line.strip_prefix('(') {
        Some(inner) => (inner, true),
        None => (line, false),
    };
    let end = inner
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(inner.len());
    let (label, after) = inner.split_at(end);
    let close = match (bracketed, after.chars().next()) {
        (true, Some(')')) | (false, Some(')')) => ')',
        (false, Some('.')) => '.',
        _ => return (line, false),
    };
    let after = &after[1..];
    if label.is_empty() || !(after.is_empty() || after.starts_with(char::is_whitespace)) {
        return (line, false);
    }
    let bytes = label.as_bytes();
    let numbered = bytes.len() <= 3 && bytes.iter().all(u8::is_ascii_digit);
    let roman = bytes.len() <= 4
        && (bytes.iter().all(|b| b"ivx".contains(b)) || bytes.iter().all(|b| b"IVX".contains(b)));
    let lettered = bytes.len() == 1
        && (bytes[0].is_ascii_lowercase() || (bytes[0].is_ascii_uppercase() && close == ')'));
    match numbered || roman || lettered {
        true => (after.trim_start(), true),
        false => (line, false),
    }
}

/// `words` without a kind marked at their end ("… (E)", "… (Desirable)"), and that kind.
fn kind_marked(words: &str) -> (&str, Option<Kind>) {
    let Some(open) = words.strip_suffix(')').and_then(|w| w.rfind('(')) else {
        return (words, None);
    };
    let marked: String = words[open + 1..words.len() - 1]
        .trim()
        .chars()
        .map(fold)
        .collect();
    let kind = match marked.as_str() {
        "e" | "essential" | "hanfodol" => Kind::Essential,
        "d" | "desirable" | "dymunol" => Kind::Desirable,
        _ => return (words, None),
    };
    let before = words[..open].trim_end();
    match before.is_empty() {
        true => (words, None),
        false => (before, Some(kind)),
    }
}

/// A letter with a small letter of its own: a capital.
pub(super) fn is_capital(c: char) -> bool {
    lower(c) != c
}

/// A small letter: a to z, or one with an accent (ŵ, é).
pub(super) fn is_small(c: char) -> bool {
    c.is_ascii_lowercase() || (!c.is_ascii() && lower(c) == c && fold(c) != c)
}

/// A letter of the blocks [`crate::rules::letters`] covers (a capital, or a small letter with or
/// without an accent), or an ASCII digit.
fn is_letter(c: char) -> bool {
    c.is_ascii_alphanumeric() || is_capital(c) || is_small(c)
}

/// `words` cut where a copy ran two lines into one, leaving no space: where a word that starts
/// with a small letter runs into a capital and a small letter after two small letters or more
/// ("problemsWilling", but not "iPhone" or "PowerPoint"), and where a full stop, question mark
/// or exclamation mark after two small letters runs into a capital and a small letter
/// ("applying.If", but not "e.g.Schizophrenia" or "U.K.").
fn unglued(words: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = words.char_indices().collect();
    let small = |i: usize| is_small(chars[i].1);
    let mut parts = Vec::new();
    let mut start = 0;
    // Where the word being read started, counted in characters.
    let mut word = 0;
    for (i, &(at, c)) in chars.iter().enumerate() {
        if !is_letter(c) {
            word = i + 1;
            continue;
        }
        let capital_then_small = is_capital(c) && i + 1 < chars.len() && small(i + 1);
        let run_on = i >= word + 2 && small(word) && small(i - 1) && small(i - 2);
        let sentence = i == word
            && i >= 3
            && matches!(chars[i - 1].1, '.' | '!' | '?')
            && small(i - 2)
            && small(i - 3);
        if capital_then_small && (run_on || sentence) {
            parts.push(&words[start..at]);
            start = at;
            word = i;
        }
    }
    parts.push(&words[start..]);
    parts
}
