//! The app's one state and the actions that change it.
//!
//! This file holds what the state is; `reduce.rs` how each action changes it. `reduce` is pure: no storage, no DOM, no clock. It returns the same `Rc` when an action changes
//! nothing, so Yew skips the render.

use eligibility_core::rules::{
    Answers, Catalogue, CriterionId, Date, Filter, OptionId, Posting, PostingId, Question,
    QuestionId,
};
use eligibility_core::text::Language;
use std::rc::Rc;

mod asked;
mod notes;
mod reduce;
mod settled;

pub use notes::{Notes, Wipe};

/// Everything the app shows follows from this.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    /// The postings and questions loaded at start.
    pub catalogue: Rc<Catalogue>,
    /// Today, as the page read it when it started.
    pub today: Date,
    /// Which page is shown.
    pub screen: Screen,
    /// The page the checker opened on: the list, or the one posting a careers page named.
    pub first: Screen,
    /// The answers given so far: in memory only, gone when the page closes.
    pub answers: Answers,
    /// The applicant's notes for their application: in memory only, like the answers.
    pub notes: Notes,
    /// The question page's fields, before Continue, and why the last Continue was refused.
    pub form: Form,
    /// Counts page turns and refused Continues; the view moves focus each time it changes.
    pub focus_turn: u32,
    /// Whether the last action cleared every answer: the header says so, to everyone.
    pub just_cleared: bool,
    /// What the applicant asked for that would delete their notes, while the page asks them first
    /// (see [`Wipe`]).
    pub asking: Option<Wipe>,
    /// Whether "Copy my notes" copied them (the browser may refuse), until the next page turn or
    /// note.
    pub notes_copied: Option<bool>,
    /// What the list of postings is narrowed to, and how much of it is shown.
    pub list: List,
    /// The pages turned through, and where the page on show is among them.
    pub trail: Trail,
    /// The language the checker speaks: switching keeps the page and every answer.
    pub language: Language,
}

/// The question page's fields as the applicant left them, before Continue.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Form {
    /// What the applicant has chosen or typed.
    pub draft: Draft,
    /// Why the last Continue was refused, shown until the next page turn.
    pub error: Option<InputError>,
}

/// The list of postings as the applicant has narrowed it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct List {
    /// What the list is narrowed to.
    pub filter: Filter,
    /// How many of the matching postings it shows: a page at a time, so a catalogue of thousands
    /// stays quick on a phone.
    pub shown: usize,
    /// Whether the search and filters are open. They start closed, behind one button, so that a
    /// phone's first screen shows the first job rather than the filters.
    pub filters_open: bool,
}

impl Default for List {
    fn default() -> List {
        List {
            filter: Filter::default(),
            shown: LIST_PAGE,
            filters_open: false,
        }
    }
}

/// The pages turned through, in order: one entry each in the browser's history, so that its Back
/// and Forward (buttons, gestures) move one page. The entries in the browser hold only their
/// [`Place`], never an answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trail {
    /// The pages, in the order they were turned to.
    pub pages: Vec<Screen>,
    /// Which trail this is: a new one each time the answers are forgotten, so that the browser's
    /// entries from before lead nowhere.
    pub id: u32,
    /// Where the page on show is in [`Trail::pages`].
    pub at: usize,
    /// What the browser's history must do to follow the last change.
    pub step: HistoryStep,
}

impl Trail {
    /// A trail of one page, `first`, numbered `id`.
    pub fn new(first: Screen, id: u32) -> Trail {
        Trail {
            pages: vec![first],
            id,
            at: 0,
            step: HistoryStep::Stay,
        }
    }

    /// The place of the page on show, as the browser's entry for it holds it.
    pub fn place(&self) -> Place {
        Place {
            trail: self.id,
            at: self.at,
        }
    }
}

/// A page's place in the browser's history: which trail, and where in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    /// [`Trail::id`] when the entry was made.
    pub trail: u32,
    /// Where in that trail.
    pub at: usize,
}

/// What the browser's history must do to follow a change of page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum HistoryStep {
    /// Nothing: the browser is already there (its own Back or Forward), or the page did not turn.
    #[default]
    Stay,
    /// A new entry for the page turned to: by Continue, Start, the Back link and the like.
    Push,
}

/// How many postings the list shows at first, and adds at each "show more".
pub const LIST_PAGE: usize = 20;

/// The page on show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The list of postings.
    Postings,
    /// One posting: what the check covers, privacy, Start.
    Posting(PostingId),
    /// Question `index` of the posting's questions. `from_check` when reached by a Change link,
    /// so Continue and Back return to the check-your-answers page.
    Question {
        /// The posting whose questions these are.
        posting: PostingId,
        /// Which of its questions, from 0.
        index: usize,
        /// Whether a Change link on the check-your-answers page led here.
        from_check: bool,
    },
    /// Every answer, each with a Change link.
    CheckAnswers(PostingId),
    /// The verdicts.
    Result(PostingId),
}

/// What the question page's fields hold before Continue.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Draft {
    /// Nothing chosen yet.
    #[default]
    Empty,
    /// An option of a choice question.
    Choice(OptionId),
    /// "Not sure".
    NotSure,
    /// "Never", for a month-and-year question.
    Never,
    /// A month and year being typed, as typed.
    Month {
        /// The month field, as typed.
        month: String,
        /// The year field, as typed.
        year: String,
    },
}

impl Draft {
    /// The month-and-year fields as this draft holds them (empty where it holds none), with
    /// `part` changed to `text`.
    pub fn typed(&self, part: DatePart, text: String) -> Draft {
        let (month, year) = match self {
            Draft::Month { month, year } => (month.clone(), year.clone()),
            Draft::Empty | Draft::Choice(_) | Draft::NotSure | Draft::Never => {
                (String::new(), String::new())
            }
        };
        match part {
            DatePart::Month => Draft::Month { month: text, year },
            DatePart::Year => Draft::Month { month, year: text },
        }
    }
}

/// One of the two fields of a month-and-year answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatePart {
    /// The month, a number from 1 to 12.
    Month,
    /// The year, four digits.
    Year,
}

/// Why Continue was refused. Each names the field to fix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputError {
    /// No option chosen.
    NoAnswer,
    /// "Month and year" chosen, the month left empty.
    MonthMissing,
    /// "Month and year" chosen, the year left empty.
    YearMissing,
    /// The month is not a number from 1 to 12.
    MonthInvalid,
    /// The year is not four digits.
    YearInvalid,
    /// The month is after this month.
    InFuture,
}

impl InputError {
    /// Whether the year field, rather than the month field or the options, is the one to fix.
    pub fn is_about_year(self) -> bool {
        matches!(self, InputError::YearMissing | InputError::YearInvalid)
    }
}

/// Everything the applicant can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Open a posting from the list.
    SelectPosting(PostingId),
    /// Start the questions of the open posting.
    Start,
    /// Choose or type on the question page.
    Draft(Draft),
    /// Type into the month or the year field: the other field keeps what the state holds, not
    /// what the page last drew, so a year typed before the page has redrawn after the month (a
    /// slow phone, a tab in the background, autofill) does not put the month back to empty.
    Type(DatePart, String),
    /// Keep the question page's answer and go on.
    Continue,
    /// Go back one page.
    Back,
    /// From check-your-answers, change the answer to one question.
    Change(QuestionId),
    /// From check-your-answers, see the result.
    SeeResult,
    /// From a question page, see the result before the questions left, which cannot change it
    /// (see [`State::can_see_result_now`]).
    SeeResultNow,
    /// From a result seen before every question was answered, go to the first question left.
    AnswerRest,
    /// From a result, return to the list keeping every answer, so another posting asks only
    /// what is still unanswered.
    OtherJobs,
    /// Narrow the list of postings.
    Filter(Filter),
    /// Open (`true`) or close the list's search and filters. What they are set to stays.
    ShowFilters(bool),
    /// Show another page of the list.
    ShowMore,
    /// On the result, type a note for the application about this criterion.
    Note(CriterionId, String),
    /// Show the checker in this language, on the same page with the same answers, the list
    /// narrowed as it was: its words, and the postings' own text in it where their files give it.
    /// Nothing is loaded: each text holds both languages.
    Language(Language),
    /// Forget every answer and note, and return to the list; where there are notes, ask first.
    StartAgain,
    /// The same as [`Action::StartAgain`], from the button on every page, announced.
    ClearAnswers,
    /// To the question asked before notes are deleted: yes, delete the answers and the notes.
    ConfirmWipe,
    /// To the same question: no, keep everything, and go back to the page.
    KeepNotes,
    /// The notes were copied to the clipboard (`true`), or the browser would not (`false`).
    NotesCopied(bool),
    /// The browser's Back or Forward reached the checker's entry at this place: show that page
    /// again, with the answers as they are now (an entry of a forgotten trail shows nothing).
    Travel(Place),
    /// The page was left (closed, reloaded or kept in the browser's back-forward cache): forget
    /// every answer and show the page the checker opened on, so that Back to it on a shared
    /// computer shows nothing of what was answered. Focus is not moved: nobody is looking.
    Forget,
}

impl State {
    /// The first page, with no answers.
    pub fn new(catalogue: Rc<Catalogue>, today: Date) -> State {
        State {
            catalogue,
            today,
            screen: Screen::Postings,
            first: Screen::Postings,
            answers: Answers::new(),
            notes: Notes::default(),
            form: Form::default(),
            focus_turn: 0,
            just_cleared: false,
            asking: None,
            notes_copied: None,
            list: List::default(),
            trail: Trail::new(Screen::Postings, 0),
            language: Language::English,
        }
    }

    /// The same state showing one posting's page at once, when there is such a posting. Focus is
    /// not moved: this is the first page the applicant sees.
    pub fn opened_at(self, posting: PostingId) -> State {
        if self.catalogue.posting(&posting).is_none() {
            return self;
        }
        State {
            screen: Screen::Posting(posting.clone()),
            first: Screen::Posting(posting.clone()),
            trail: Trail::new(Screen::Posting(posting), self.trail.id),
            ..self
        }
    }

    /// Whether the applicant has anything a reload would lose: an answer, a note, a step under way
    /// past the list or the page the checker opened on, or a search of the list. Only with
    /// nothing to lose on any page does a newly deployed build take over (`web/boot.js`).
    pub fn has_something_to_lose(&self) -> bool {
        !self.answers.is_empty()
            || !self.notes.is_empty()
            || !(self.screen == Screen::Postings || self.screen == self.first)
            || self.list.filter != Filter::default()
    }

    /// The posting the current page is about, if any.
    pub fn posting(&self) -> Option<&Rc<Posting>> {
        match &self.screen {
            Screen::Postings => None,
            Screen::Posting(id)
            | Screen::Question { posting: id, .. }
            | Screen::CheckAnswers(id)
            | Screen::Result(id) => self.catalogue.posting(id),
        }
    }

    /// Where the question on show comes among those the answers ask, from 1, and how many they
    /// ask: a question asked only after some answers (whether the only care was from a GP)
    /// counts once they ask it.
    pub fn question_place(&self) -> (usize, usize) {
        let (Screen::Question { index, .. }, Some(posting)) = (&self.screen, self.posting()) else {
            return (0, 0);
        };
        let asked = posting.asked(&self.answers, self.today);
        let number = asked
            .iter()
            .position(|place| place == index)
            .map_or(index + 1, |at| at + 1);
        (number, asked.len().max(number))
    }

    /// The question on show, if the page is a question page.
    pub fn question(&self) -> Option<&Question> {
        let Screen::Question { posting, index, .. } = &self.screen else {
            return None;
        };
        let id = self
            .catalogue
            .posting(posting)?
            .question_ids()
            .get(*index)?
            .clone();
        self.catalogue.question(&id)
    }
}
