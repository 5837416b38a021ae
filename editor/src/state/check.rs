//! The draft checked as the validator checks a file: written with the core's writer, read back
//! with the core's loader (one set of checks), each problem placed on the form's field it belongs
//! to; the readability warnings likewise; and the employer's test cases run.

use super::facts::Field;
use super::question::QuestionLeaf;
use eligibility_core::draft::file::{bundle_file, criteria_file, posting_file, Languages, Options};
use eligibility_core::rules::example::{Difference, Outcome};
use eligibility_core::rules::load::problem::Found as LoaderFound;
use eligibility_core::rules::{
    load, Bank, CriterionId, Expected, OptionId, Posting, ProblemKind, Words,
};
use eligibility_core::text::readability;

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

/// A problem the form can say in plain words of its own, rather than the loader's (which name
/// the file's fields and ids, for whoever edits JSON).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Plain {
    /// A text the file must give is empty.
    Empty,
    /// Months not from 1 to 1200.
    Months,
    /// A question the checker does not have, by the id given.
    UnknownQuestion(String),
    /// No answer ticked as meeting.
    NoneMeets,
    /// An essential line with no rule: nothing decides it.
    NoRule,
    /// A question written with fewer than two answers to choose from.
    TooFewAnswers,
    /// Two answers of a written question the same.
    SameAnswer,
    /// A part of a rule of parts whose question is still to be chosen.
    NoQuestion,
    /// A text without its Welsh, in a posting in English and Welsh: its English.
    NoWelsh(String),
}

/// A problem or warning, where it is and in words (the loader's).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// Where on the form.
    pub place: Place,
    /// The problem in the form's own words, where it has them.
    pub plain: Option<Plain>,
    /// The loader's path, for a field the form does not show.
    pub path: String,
    /// What is wrong, in the loader's words.
    pub message: String,
}

/// A readability warning, where it is, and the sentence it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HardToRead {
    /// Where on the form.
    pub place: Place,
    /// The loader's path of the field.
    pub path: String,
    /// What reads hard, in the validator's words.
    pub message: String,
    /// The field's text, as measured.
    pub text: String,
    /// Where in `text` the sentence it is about is, in bytes.
    pub sentence: std::ops::Range<usize>,
}

impl HardToRead {
    /// The field's text before the sentence, the sentence, and the text after it.
    pub fn parts(&self) -> (&str, &str, &str) {
        let (start, end) = (self.sentence.start, self.sentence.end);
        match (
            self.text.get(..start),
            self.text.get(start..end),
            self.text.get(end..),
        ) {
            (Some(before), Some(sentence), Some(after)) => (before, sentence, after),
            _ => ("", &self.text, ""),
        }
    }

    /// The sentence it is about.
    pub fn marked(&self) -> &str {
        self.parts().1
    }
}

/// How one test case ran.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ran {
    /// Its name.
    pub name: String,
    /// How its outcome differs from what the employer expects: none when it passes.
    pub differences: Vec<Differs>,
}

/// How a test case's outcome differs, for the words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Differs {
    /// Overall.
    Overall(Outcome, Outcome),
    /// Of a criterion, named by its summary: expected, found.
    Criterion(String, Outcome, Outcome),
    /// Otherwise, in the check's words.
    Other(String),
}

/// The draft, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    /// The name to download it as.
    pub file_name: String,
    /// The file: a bundle of the one posting, as the checker's `data-postings` reads it.
    pub text: String,
    /// The loader's problems: while there are any, there is no download.
    pub problems: Vec<Found>,
    /// Words that may be hard to read: they do not stop the download.
    pub warnings: Vec<HardToRead>,
    /// The test cases, run.
    pub runs: Vec<Ran>,
    /// The criteria file, for a careers page whose JobPosting markup gives the facts: its name
    /// and text; none without a reference to name the JobPosting by.
    pub criteria: Option<(String, String)>,
    /// Every text applicants read, each English once, with its Welsh where given: the rows of
    /// the Welsh table.
    pub texts: Vec<Words>,
}

impl Check {
    /// Checks `posting`, whose criteria are the lines at `lines` (the line of each criterion),
    /// against `bank`; the file is written in `languages` for a checker whose own bank is `base`.
    pub fn of(
        posting: &Posting,
        lines: &[usize],
        bank: &Bank,
        base: &Bank,
        languages: Languages,
    ) -> Check {
        let options = Options {
            schema: None,
            languages,
        };
        let own = posting_file(posting, bank, &options);
        let json = eligibility_core::json::parse(&own);
        let loaded = json
            .map_err(|e| {
                let cause = e.to_string();
                vec![(String::new(), ProblemKind::NotJson { cause })]
            })
            .and_then(|json| {
                load::posting("posting.json", &json, bank).map_err(|e| {
                    let problems = e.problems().iter();
                    problems.map(|p| (p.path.clone(), p.kind.clone())).collect()
                })
            });
        let place = |path: &str| place(path, posting, lines);
        let found = |(path, kind): (String, ProblemKind)| {
            let place = place(&path);
            Found {
                plain: plain(&place, &kind),
                message: kind.to_string(),
                place,
                path,
            }
        };
        // In English and Welsh, each text without Welsh is named on its row of the table, in
        // plain words: the loader's own "no Welsh" (which names them only where the posting gives
        // some Welsh) would say it again, on the field.
        let welsh = languages == Languages::EnglishAndWelsh;
        let own = |(_, kind): &&(String, ProblemKind)| !(welsh && *kind == ProblemKind::NoWelsh);
        let (mut problems, runs): (Vec<Found>, _) = match &loaded {
            Ok(loaded) => (Vec::new(), runs(loaded)),
            // The draft as it stands, problems and all: a test case a change flips is seen at once.
            Err(problems) => (
                problems.iter().filter(own).cloned().map(found).collect(),
                runs(posting),
            ),
        };
        let texts = super::welsh::texts(posting, bank, base);
        if welsh {
            let no_welsh = ProblemKind::NoWelsh.to_string();
            problems.extend(
                texts
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| t.welsh().is_none())
                    .map(|(i, text)| Found {
                        place: Place::Welsh(i),
                        plain: Some(Plain::NoWelsh(text.as_english().to_owned())),
                        path: String::new(),
                        message: no_welsh.clone(),
                    }),
            );
        }
        let warnings = readability::posting_warnings(posting)
            .into_iter()
            .map(|w| HardToRead {
                place: place(&w.field),
                path: w.field,
                message: w.message,
                text: w.text,
                sentence: w.sentence,
            })
            .collect();
        let id = if posting.id.as_str().is_empty() {
            "posting"
        } else {
            posting.id.as_str()
        };
        let criteria = criteria_file(posting, bank, base, &options)
            .map(|text| (format!("{id}-criteria.json"), text));
        Check {
            file_name: format!("{id}.json"),
            text: bundle_file(&[posting], bank, base, &options),
            problems,
            warnings,
            runs,
            criteria,
            texts,
        }
    }

    /// Adds `found` (the written questions' problems), each where its field is on the form, so
    /// that the summary lists problems in the form's order.
    pub fn add(&mut self, found: Vec<Found>) {
        for found in found {
            let key = order(&found.place);
            let at = self.problems.iter().position(|p| order(&p.place) > key);
            self.problems
                .insert(at.unwrap_or(self.problems.len()), found);
        }
    }

    /// The problems at `place`.
    pub fn at<'c>(&'c self, place: &'c Place) -> impl Iterator<Item = &'c Found> + 'c {
        self.problems.iter().filter(move |p| p.place == *place)
    }

    /// The readability warnings at `place`.
    pub fn warnings_at<'c>(
        &'c self,
        place: &'c Place,
    ) -> impl Iterator<Item = &'c HardToRead> + 'c {
        self.warnings.iter().filter(move |w| w.place == *place)
    }
}

/// Where a place is on the form, top to bottom: the facts, each line (its kind, summary and
/// question, then a question written in it, then its rule), the test cases, the Welsh table's
/// rows, the file.
fn order(place: &Place) -> (u8, usize, u8) {
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

/// The problem in the form's own words, where it has them for this place.
fn plain(place: &Place, kind: &ProblemKind) -> Option<Plain> {
    let empty = match kind {
        ProblemKind::Missing {
            expected: Expected::Text,
        } => true,
        ProblemKind::Expected {
            expected: Expected::Text,
            found: LoaderFound::Text(text),
        } => text.trim().is_empty(),
        _ => false,
    };
    match (place, kind) {
        (Place::Fact(_), _)
        | (
            Place::Line {
                leaf: Leaf::Reason(_) | Leaf::NeverReason | Leaf::Summary,
                ..
            },
            _,
        ) if empty => Some(Plain::Empty),
        (
            Place::Line {
                leaf: Leaf::Months, ..
            },
            ProblemKind::Expected { .. },
        ) => Some(Plain::Months),
        (
            Place::Line {
                leaf: Leaf::Question,
                ..
            },
            ProblemKind::Expected {
                found: LoaderFound::Id(id),
                ..
            },
        ) => Some(Plain::UnknownQuestion(id.clone())),
        (
            Place::Line {
                leaf: Leaf::Question,
                ..
            },
            ProblemKind::Expected {
                found: LoaderFound::Text(id),
                ..
            },
        ) if id.is_empty() => Some(Plain::NoQuestion),
        (
            Place::Line {
                leaf: Leaf::Meets, ..
            },
            ProblemKind::EmptyList { .. },
        ) => Some(Plain::NoneMeets),
        (
            Place::Line {
                leaf: Leaf::Whole, ..
            },
            ProblemKind::EssentialWithoutRule,
        ) => Some(Plain::NoRule),
        _ => None,
    }
}

fn runs(posting: &Posting) -> Vec<Ran> {
    let summary = |id: &CriterionId| {
        let criterion = posting.criteria.iter().find(|c| c.id == *id);
        criterion.map_or_else(
            || id.as_str().to_owned(),
            |c| c.summary.as_english().to_owned(),
        )
    };
    posting
        .run_examples()
        .iter()
        .map(|run| Ran {
            name: run.example.name.clone(),
            differences: run
                .differences
                .iter()
                .map(|d| match d {
                    Difference::Overall { expected, found } => Differs::Overall(*expected, *found),
                    Difference::Criterion {
                        id,
                        expected,
                        found,
                    } => Differs::Criterion(summary(id), *expected, *found),
                    other => Differs::Other(other.to_string()),
                })
                .collect(),
        })
        .collect()
}

/// The form's place of a loader path: `title`, `criteria[lived-experience].rule.reasons.none`,
/// `criteria[3].rule.parts[2].months`, `examples["A carer only"].answers.x`.
fn place(path: &str, posting: &Posting, lines: &[usize]) -> Place {
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
