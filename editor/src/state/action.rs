//! What the employer does: each action the reducer takes, named for what was pressed, typed or
//! chosen.

use super::{At, Choice, Combine, Edit, Field, MonthKind};
use eligibility_core::draft::file::Languages;
use eligibility_core::rules::example::Outcome;
use eligibility_core::rules::{Answers, Language, OptionId, QuestionId};

/// What the employer does.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Typed or pasted into the specification box.
    Paste(String),
    /// Pressed "Split into lines".
    Split,
    /// Chose a kind for the line at this index.
    Choose(usize, Choice),
    /// Ticked or unticked "Use this rule" on the line at this index.
    UseRule(usize, bool),
    /// Typed a line's summary.
    Summary(usize, String),
    /// Chose the question that decides a line (empty: none).
    Question(usize, String),
    /// Pressed "Write a new question" in the line at this index.
    WriteQuestion(usize),
    /// Changed the question written in the line at this index.
    EditQuestion(usize, Edit),
    /// Chose how the rule of the line at this index is made: by one question, or of parts.
    Combine(usize, Combine),
    /// Pressed "Add another part" on the line at this index.
    AddPart(usize),
    /// Pressed "Remove" on this part.
    RemovePart(At),
    /// Chose the question that decides this part (empty: none yet).
    PartQuestion(At, String),
    /// Ticked or unticked an answer that meets.
    Meets(At, OptionId, bool),
    /// Wrote the reason for an answer that does not meet (none: for "never").
    Reason(At, Option<OptionId>, String),
    /// Typed the months of a rule.
    Months(At, String),
    /// Chose how a month answer decides it.
    MonthKind(At, MonthKind),
    /// Typed into a field of the facts.
    Fact(Field, String),
    /// Opened a file: its name and text.
    Open(String, String),
    /// Picked one of an opened bundle's postings.
    Pick(usize),
    /// Named the test case being added.
    ExampleName(String),
    /// Chose its day.
    ExampleOn(String),
    /// Chose an answer for it.
    ExampleAnswer(QuestionId, String),
    /// Typed a month answer for it.
    ExampleMonth(QuestionId, String),
    /// Chose the outcome it expects.
    ExampleExpect(Outcome),
    /// Pressed "Add this test case".
    AddExample,
    /// Removed the test case at this index.
    RemoveExample(usize),
    /// Copied the file (`file`) or a snippet (its name); whether the browser let it.
    Copied(String, bool),
    /// Downloaded the file: nothing is unsaved.
    Downloaded,
    /// Chose the preview's language.
    PreviewLanguage(Language),
    /// Chose the preview's width: a phone's, or a desktop's.
    PreviewPhone(bool),
    /// The preview showed a result for these answers.
    Walked(Answers),
    /// Named the walk to keep.
    WalkName(String),
    /// Chose the outcome the walk is expected to give.
    WalkExpect(Outcome),
    /// Pressed "Keep as a test case" beside the preview.
    KeepWalk,
    /// Chose the posting's languages: English only, or English and Welsh.
    Languages(Languages),
    /// Wrote the Welsh (the second) of a text (the first, its English).
    Welsh(String, String),
    /// Opened a translated CSV: its name and text.
    OpenCsv(String, String),
    /// Answered "Replace my work" (`true`) or "Keep my work" (`false`).
    Replace(bool),
}
