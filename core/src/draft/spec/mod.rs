//! An advert's person specification, pasted as text, split into its lines: each line kept word for
//! word, to be a criterion's quote, with the kind its heading or column gives it.
//!
//! Text is pasted from NHS Jobs, Trac, a job board or a word processor, so it comes in many
//! shapes, each read here:
//!
//! - **Bullets and numbers** (`•`, `-`, `*`, `·`, `1.`, `a)`, `(i)`) are taken off.
//! - **Headings** say the kind of the lines under them ("Essential", "Desirable criteria",
//!   "Hanfodol"), or name a part ("Qualifications", "Experience"), which leaves the kind as it was;
//!   a heading run into its first line ("EssentialLived experience", "Desirable: NVQ level 3") is
//!   cut from it. "Disclosure and Barring Service Check", the section NHS Jobs puts after the
//!   specification, ends it: the lines under it have no kind.
//! - **Tables** pasted as tab-separated cells: a row of headings with "Essential" and
//!   "Desirable" gives each column its kind, and a column without one names the part
//!   ("Qualifications"); a row under it marked with a tick in one of them is of that kind. Without
//!   such a row, a last cell of "E" or "D" gives the row's kind. A cell with line breaks, which a
//!   spreadsheet puts in quotes and a word processor runs onto the next line, is read whole.
//! - **Lines wrapped** by a word processor are joined again where it is plain that they are one:
//!   the next line starts with a small letter (or a comma), or the line ends with a word that
//!   cannot end one ("of", "and", "/"). Where a job board's copy cut a word out of its sentence
//!   onto a line of its own ("Lived / Experience / of mental health problems"), it is put back; a
//!   copy that ran two lines into one ("problemsWilling", "applying.If") is cut apart.
//! - **Repeats**: a line given twice, word for word (a job board that repeats the advert), is
//!   kept once.
//!
//! A line the headings do not know is kept as a line, never dropped: a wrong guess is the
//! employer's to correct, a lost criterion is not.
//!
//! ```
//! use eligibility_core::draft::spec::{split, Kind};
//! let text = "Person Specification\nQualifications\nDesirable\n• NVQ level 3 in health and \
//!             social care\nExperience\nEssential\n• Lived experience of mental health problems, and \
//!             of\n  using services";
//! let lines = split(text);
//! assert_eq!(lines.len(), 2);
//! assert_eq!(lines[0].text, "NVQ level 3 in health and social care");
//! assert_eq!((lines[0].kind, lines[0].section.as_deref()), (Kind::Desirable, Some("Qualifications")));
//! assert_eq!(lines[1].text, "Lived experience of mental health problems, and of using services");
//! assert_eq!((lines[1].kind, lines[1].section.as_deref()), (Kind::Essential, Some("Experience")));
//! ```

mod headings;
mod pieces;
mod table;

use crate::rules::letters::fold;
use crate::rules::seen::Seen;
use headings::{heading, Heading};
use pieces::{is_small, Piece};
use table::Table;

/// One line of a person specification.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// The line's words as the advert gives them, to be the criterion's quote: without its bullet
    /// or number, and joined again where it was wrapped.
    pub text: String,
    /// The kind its heading, column or mark gives it.
    pub kind: Kind,
    /// The heading of the part of the specification it is in ("Qualifications", "Experience"),
    /// as written, where it is under one.
    pub section: Option<String>,
}

/// The kind of criterion a specification makes a line: what the editor proposes, for the
/// employer to confirm (as essential, desirable, checked later by the employer, or not asked).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Under "Essential", or in its column.
    Essential,
    /// Under "Desirable", or in its column.
    Desirable,
    /// The specification does not say.
    Unknown,
}

/// `text`, pasted from an advert, split into the lines of its person specification, in order.
pub fn split(text: &str) -> Vec<Line> {
    let pieces = pieces::pieces(text);
    let mut splitter = Splitter::default();
    let mut i = 0;
    while i < pieces.len() {
        let next = pieces.get(i + 1);
        let took_next = match &pieces[i] {
            Piece::Blank => {
                splitter.open = false;
                splitter.table = None;
                false
            }
            Piece::Kind(kind) => {
                splitter.heading(Heading::Kind(*kind), None);
                false
            }
            Piece::Row(cells) => {
                splitter.row(cells);
                false
            }
            Piece::Text { text, starts, kind } => splitter.text(text, *starts, *kind, next),
        };
        i += if took_next { 2 } else { 1 };
    }
    let mut seen = Seen::default();
    splitter.lines.retain(|line| seen.first(&line.text));
    splitter.lines
}

/// The lines so far, and what the pieces read so far say of the next.
#[derive(Default)]
struct Splitter {
    lines: Vec<Line>,
    /// The kind the last heading gave.
    kind: Option<Kind>,
    /// The part the last heading named.
    section: Option<String>,
    /// Whether the last line may go on in the next piece: not after a heading, an empty line or
    /// the end of a table.
    open: bool,
    /// The table being read, where its heading row gave its columns.
    table: Option<Table>,
}

impl Splitter {
    /// A piece of text on a line of its own; returns whether it took `next` with it (a heading
    /// wrapped onto two lines).
    fn text(&mut self, text: &str, starts: bool, kind: Option<Kind>, next: Option<&Piece>) -> bool {
        if self.table.is_some() && heading(text).is_none() {
            self.table_text(text, kind);
            return false;
        }
        self.table = None;
        if !starts && self.open && (goes_on(text) || self.ends_mid_line()) {
            self.append(text, kind);
            return false;
        }
        let next_goes_on = match next {
            Some(Piece::Text {
                text: next,
                starts: false,
                ..
            }) => Some(next).filter(|next| goes_on(next)),
            _ => None,
        };
        if !starts {
            if let Some(next) = next_goes_on {
                let both = format!("{text} {next}");
                if let Some(found) = heading(&both) {
                    self.heading(found, Some(&both));
                    return true;
                }
            }
            match heading(text) {
                Some(found @ Heading::Kind(_)) => {
                    self.heading(found, Some(text));
                    return false;
                }
                Some(found) if next_goes_on.is_none() => {
                    self.heading(found, Some(text));
                    return false;
                }
                _ => {}
            }
        }
        // A word or two a job board's copy cut out of the line onto one of its own, the rest of
        // the line after it: put back, unless the line before is finished or already ends with
        // that word ("…life Experiences" is not continued by "Experience of using…").
        let cut_out = !starts
            && next_goes_on.is_some()
            && self.open
            && text.split_whitespace().count() <= 2
            && !self.ends_sentence()
            && !self.repeats(text);
        if cut_out {
            self.append(text, kind);
            return false;
        }
        self.push(text, kind.or(self.kind));
        false
    }

    /// Applies a heading, whose words are `text` where it names a part.
    fn heading(&mut self, heading: Heading, text: Option<&str>) {
        let name = || text.map(|t| t.trim().trim_end_matches(':').trim_end().to_owned());
        match heading {
            Heading::Kind(kind) => self.kind = Some(kind),
            Heading::Section => self.section = name(),
            Heading::Part => {
                self.kind = None;
                self.section = name();
            }
        }
        self.open = false;
    }

    /// A new line, of `kind`.
    fn push(&mut self, text: &str, kind: Option<Kind>) {
        self.lines.push(Line {
            text: text.to_owned(),
            kind: kind.unwrap_or(Kind::Unknown),
            section: self.section.clone(),
        });
        self.open = true;
    }

    /// `text` added to the last line, with a space unless it starts with a comma or the like, or
    /// with a lone letter that ends the last line's word ("Experience" / "s").
    fn append(&mut self, text: &str, kind: Option<Kind>) {
        let Some(line) = self.lines.last_mut() else {
            return self.push(text, kind);
        };
        let first_word = text.split(|c: char| !is_small(c)).next().unwrap_or("");
        let ends_word = first_word.chars().count() == 1 && !matches!(first_word, "a" | "i" | "o");
        let punctuation = text.starts_with([',', ';', ')', '.']);
        if !(ends_word || punctuation) {
            line.text.push(' ');
        }
        line.text.push_str(text);
        if let Some(kind) = kind {
            line.kind = kind;
        }
    }

    /// The last line's last word, folded.
    fn last_word(&self) -> String {
        let last = self.lines.last().map_or("", |line| line.text.as_str());
        let word = last.rsplit(char::is_whitespace).next().unwrap_or("");
        word.chars().map(fold).collect()
    }

    /// Whether the last line ends with a mark or a word that cannot end a line: it goes on.
    fn ends_mid_line(&self) -> bool {
        const JOINING: &[&str] = &[
            "and",
            "or",
            "of",
            "the",
            "a",
            "an",
            "to",
            "with",
            "in",
            "for",
            "from",
            "by",
            "on",
            "at",
            "as",
            "including",
            "such",
            "/",
            "&",
            "-",
            "–",
        ];
        let word = self.last_word();
        JOINING.contains(&word.as_str()) || word.ends_with([',', '/', '&', '('])
    }

    /// Whether the last line ends a sentence.
    fn ends_sentence(&self) -> bool {
        self.lines
            .last()
            .is_some_and(|line| line.text.ends_with(['.', '!', '?', ':', ';']))
    }

    /// Whether `text` starts with the word the last line ends with, or the other way round.
    fn repeats(&self, text: &str) -> bool {
        let first: String = text
            .split_whitespace()
            .next()
            .unwrap_or("")
            .chars()
            .map(fold)
            .collect();
        let last = self.last_word();
        !first.is_empty() && (last.starts_with(&first) || first.starts_with(&last))
    }
}

/// Whether `text` goes on from the line before: it starts with a small letter or a comma, a
/// semicolon or a closing bracket.
fn goes_on(text: &str) -> bool {
    text.starts_with(|c: char| is_small(c) || matches!(c, ',' | ';' | ')'))
}
