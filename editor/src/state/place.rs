//! Where on the form a problem or warning belongs, read from the loader's path of it, and where
//! that place is, top to bottom, so that the summary lists problems in the form's order.

use super::facts::Field;
use super::question::QuestionLeaf;
use eligibility_core::rules::{OptionId, Posting};

/// Where on the form a problem belongs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// A field of the facts.
    Fact(Field),
    /// A line's criterion, or a field of its rule.
    Line {
        /// The line, counted from 0.
        line: usize,
        /// The part of a rule of parts, counted from 0.
        part: Option<usize>,
        /// Which field of it.
        leaf: Leaf,
    },
    /// A field of the question written in a line (counted from 0).
    Question {
        /// The line it is edited in.
        line: usize,
        /// Which field of it.
        leaf: QuestionLeaf,
    },
    /// A test case, counted from 0.
    Example(usize),
    /// A row of the Welsh table, counted from 0.
    Welsh(usize),
    /// No one field: the file as a whole, or a field the form does not show.
    File,
}

/// A field of a line's criterion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Leaf {
    /// The criterion as a whole (its kind, a rule it lacks).
    Whole,
    /// Its summary.
    Summary,
    /// The question that decides it.
    Question,
    /// The answers that meet it.
    Meets,
    /// The reason for an answer that does not meet it.
    Reason(OptionId),
    /// The reason for "never".
    NeverReason,
    /// The months.
    Months,
}

/// Where a place is on the form, top to bottom: the facts, each line (its kind, summary and
/// question, then a question written in it, then its rule), the test cases, the Welsh table's
/// rows, the file.
pub(super) fn order(place: &Place) -> (u8, usize, u8) {
    match place {
        Place::Fact(_) => (0, 0, 0),
        Place::Line { line, leaf, .. } => match leaf {
            Leaf::Whole | Leaf::Summary | Leaf::Question => (1, *line, 0),
            _ => (1, *line, 2),
        },
        Place::Question { line, .. } => (1, *line, 1),
        Place::Example(_) => (2, 0, 0),
        Place::Welsh(row) => (3, *row, 0),
        Place::File => (4, 0, 0),
    }
}

/// The form's place of a loader path: `title`, `criteria[lived-experience].rule.reasons.none`,
/// `criteria[3].rule.parts[2].months`, `examples["A carer only"].answers.x`.
pub(super) fn place(path: &str, posting: &Posting, lines: &[usize]) -> Place {
    let (head, rest) = path.split_once('.').unwrap_or((path, ""));
    if let Some(field) = Field::of_key(head) {
        return Place::Fact(field);
    }
    if let Some(key) = bracket(head, "criteria") {
        let at = key
            .parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .or_else(|| posting.criteria.iter().position(|c| c.id.as_str() == key));
        let Some(line) = at.and_then(|i| lines.get(i)).copied() else {
            return Place::File;
        };
        return line_place(line, rest);
    }
    if let Some(key) = bracket(head, "examples") {
        let name = key.trim_matches('"');
        let at = key
            .parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .or_else(|| posting.examples.iter().position(|e| e.name == name));
        return at.map_or(Place::File, Place::Example);
    }
    Place::File
}

/// Where in a line `rest` (the path after `criteria[…].`) is.
fn line_place(line: usize, rest: &str) -> Place {
    let mut part = None;
    let mut fields = rest.split('.').peekable();
    if fields.peek() == Some(&"rule") {
        fields.next();
    }
    let mut leaf = Leaf::Whole;
    while let Some(field) = fields.next() {
        if let Some(n) = bracket(field, "parts") {
            part = n.parse::<usize>().ok().and_then(|n| n.checked_sub(1));
            continue;
        }
        leaf = match field {
            "question" => Leaf::Question,
            "summary" => Leaf::Summary,
            "meets" => Leaf::Meets,
            "months" => Leaf::Months,
            "never_reason" => Leaf::NeverReason,
            "reasons" => match fields.next() {
                Some(option) => Leaf::Reason(OptionId::new(option)),
                None => Leaf::Meets,
            },
            _ if field.starts_with("meets[") => Leaf::Meets,
            _ => Leaf::Whole,
        };
        break;
    }
    Place::Line { line, part, leaf }
}

/// The key in `name[key]`.
fn bracket<'p>(field: &'p str, name: &str) -> Option<&'p str> {
    field
        .strip_prefix(name)?
        .strip_prefix('[')?
        .strip_suffix(']')
}
