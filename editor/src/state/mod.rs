//! The editor's one State and its pure reducer: the pasted text or opened file, the lines and
//! their rules, the facts, the test cases, and the draft checked after every change.

mod check;
pub mod csv;
mod examples;
mod facts;
mod lines;
mod open;
mod question;
mod replace;
mod rule;
mod welsh;

pub use check::{Check, Differs, Found, HardToRead, Leaf, Place, Plain, Ran};
pub use examples::{value_of, ExampleForm, Refused, Walk};
pub use facts::{Facts, Field, NATIONS, SKILLS};
pub use lines::{At, Choice, Combine, Drafted, MonthKind};
pub use open::Opening;
pub use question::{question_slug, Asks, Edit, QuestionLeaf, Written, WrittenAnswer};
pub use replace::{Answered, Asked, Replacing};
pub use rule::{is_unchosen, month_kind, question_of};
pub use welsh::{texts, Imported, Welsh};

use eligibility_core::builtin;
use eligibility_core::draft::file::Languages;
use eligibility_core::rules::example::{Example, Outcome};
use eligibility_core::rules::{Answers, Bank, Date, Language, OptionId, Posting, QuestionId};
use std::rc::Rc;

/// Everything the editor holds.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The language of the editor's words.
    pub language: Language,
    /// Today, for a test case's day.
    pub today: Date,
    /// The checker's own questions and shared criteria.
    pub standard: Rc<Bank>,
    /// The questions the draft may use: the checker's, and those an opened bundle adds.
    pub bank: Rc<Bank>,
    /// The questions the employer writes (or an opened file gives), as typed: they are in `bank`.
    pub written: Vec<Written>,
    /// The pasted person specification.
    pub pasted: String,
    /// Its lines, once split (or an opened posting's criteria).
    pub lines: Option<Vec<Drafted>>,
    /// The facts, as typed.
    pub facts: Facts,
    /// An opened posting, for the fields the form does not show.
    pub base: Option<Rc<Posting>>,
    /// The test cases.
    pub examples: Vec<Example>,
    /// The form that adds one.
    pub example_form: ExampleForm,
    /// The preview's last walk to a result, to keep as a test case.
    pub walk: Walk,
    /// A file being opened: its problems, or its postings to pick from.
    pub opening: Opening,
    /// The draft, checked: once there are lines. Made again only when the draft changes.
    pub check: Option<Rc<Check>>,
    /// Where the checker is (the editor's folder's parent), for the embed snippets.
    pub checker: String,
    /// What was last copied (`file`, or a snippet's name), and whether the browser let it.
    pub copied: Option<(String, bool)>,
    /// Whether there are changes not downloaded: leaving then asks first.
    pub unsaved: bool,
    /// The preview's language.
    pub preview_language: Language,
    /// Whether the preview is a phone's width (else a desktop's).
    pub preview_phone: bool,
    /// Where the keyboard's focus goes after the last action, where it moved what had focus (a
    /// part added or removed): the element's id, and a count of such moves, so that a second
    /// move to the same place moves it again.
    pub focus: Option<(String, u32)>,
    /// English only or English and Welsh, and the Welsh of each text.
    pub welsh: Welsh,
    /// What would replace work not downloaded, while the employer is asked.
    pub replacing: Option<Replacing>,
    /// Their last answer, said where they were asked.
    pub answered: Option<Answered>,
}

impl Default for State {
    fn default() -> Self {
        let standard = Rc::new(builtin::standard_bank());
        State {
            language: Language::English,
            today: Date::new(2026, 1, 1).unwrap_or_else(|| unreachable!()),
            bank: standard.clone(),
            standard,
            written: Vec::new(),
            pasted: String::new(),
            lines: None,
            facts: Facts::default(),
            base: None,
            examples: Vec::new(),
            example_form: ExampleForm::default(),
            walk: Walk::default(),
            opening: Opening::None,
            check: None,
            checker: "../".to_owned(),
            copied: None,
            unsaved: false,
            preview_language: Language::English,
            preview_phone: true,
            focus: None,
            welsh: Welsh::default(),
            replacing: None,
            answered: None,
        }
    }
}

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

impl State {
    /// The state after `action`. The draft is checked again only where it changed, and the work
    /// marked not downloaded only where it changed: an action that changes nothing costs nothing.
    pub fn reduce(self, action: Action) -> State {
        // Opening a file, splitting, answering whether to replace the work and downloading say
        // themselves whether the work is downloaded; every other action is an edit.
        let edit = !matches!(
            action,
            Action::Open(..)
                | Action::Pick(_)
                | Action::Split
                | Action::Replace(_)
                | Action::Downloaded
        );
        let before = self.clone();
        let mut after = self.apply(action);
        // A question written in a line goes where no line is decided by it any longer.
        after.tidy_questions();
        if edit && after.work() != before.work() {
            after.unsaved = true;
        }
        if after.draft() != before.draft() {
            after.recheck();
            // A new file restarts the preview: a walk of it before is not a walk of this file.
            if after.check.as_ref().map(|c| &c.text) != before.check.as_ref().map(|c| &c.text) {
                after.walk.answers = None;
            }
        }
        after
    }

    /// What the employer has typed and chosen, downloaded or not.
    fn work(&self) -> Work<'_> {
        Work {
            pasted: &self.pasted,
            form: &self.example_form,
            draft: self.draft(),
        }
    }

    /// What the check reads: the posting's parts, and the questions it may use.
    fn draft(&self) -> Draft<'_> {
        Draft {
            lines: &self.lines,
            facts: &self.facts,
            examples: &self.examples,
            base: &self.base,
            bank: Rc::as_ptr(&self.bank),
            written: &self.written,
            welsh: &self.welsh,
        }
    }

    fn apply(mut self, action: Action) -> State {
        let bank = self.bank.clone();
        self.copied = None;
        self.answered = None;
        let moves = self.focus.take().map_or(0, |(_, n)| n);
        match action {
            Action::Paste(text) => self.pasted = text,
            Action::Split => self = self.replace_or_ask(Replacing::Lines),
            Action::Replace(replace) => self = self.answer(replace),
            Action::Choose(i, choice) => self.line(i, |l| l.choice = choice),
            Action::Summary(i, text) => self.line(i, |l| l.summary = Some(text)),
            Action::UseRule(i, on) => self.line(i, |l| l.use_rule(on, &bank)),
            Action::Question(line, id) => self.question(At { line, part: None }, &id),
            Action::PartQuestion(at, id) => self.question(at, &id),
            Action::Combine(i, combine) => self.line(i, |l| l.set_combine(combine)),
            Action::AddPart(i) => {
                let mut added = None;
                self.line(i, |l| added = l.add_part());
                // The new part's question, to choose first.
                if let Some(p) = added {
                    self.focus = Some((format!("line-{i}-p{p}-question"), moves + 1));
                }
            }
            Action::RemovePart(at) => {
                let mut combine = None;
                self.line(at.line, |l| {
                    if let Some(p) = at.part {
                        l.remove_part(p);
                        combine = Some(l.combine());
                    }
                });
                // The button pressed is gone: focus goes to "Add another part", or, where one
                // part is left and decides the line alone, to how the line is decided.
                let to = match combine {
                    Some(Combine::One) => "combine-one",
                    Some(_) => "add-part",
                    None => "",
                };
                if !to.is_empty() {
                    self.focus = Some((format!("line-{}-{to}", at.line), moves + 1));
                }
            }
            Action::WriteQuestion(i) => self.write_question(i),
            Action::EditQuestion(i, edit) => self.edit_question(i, edit),
            Action::Meets(at, option, on) => {
                self.rule(at, |rule, essential| {
                    rule::tick(rule, option, on, essential)
                });
            }
            Action::Reason(at, option, text) => {
                self.rule(at, |rule, _| rule::set_reason(rule, option, text));
            }
            Action::Months(at, text) => self.rule(at, |rule, _| rule::set_months(rule, &text)),
            Action::MonthKind(at, kind) => {
                self.rule(at, |rule, _| rule::set_month_kind(rule, kind))
            }
            Action::Fact(field, text) => self.facts.set(field, text),
            Action::Open(file, text) => self = self.open(&file, &text),
            Action::Pick(i) => self = self.pick(i),
            Action::ExampleName(text) => self.example_form.name = text,
            Action::ExampleOn(text) => self.example_form.on = text,
            Action::ExampleAnswer(q, value) => {
                examples::set_value(&mut self.example_form.answers, q, value)
            }
            Action::ExampleMonth(q, value) => {
                examples::set_value(&mut self.example_form.months, q, value)
            }
            Action::ExampleExpect(outcome) => self.example_form.expect = Some(outcome),
            Action::AddExample => self.add_example(),
            Action::RemoveExample(i) => {
                if i < self.examples.len() {
                    self.examples.remove(i);
                }
            }
            Action::Copied(what, done) => self.copied = Some((what, done)),
            Action::Downloaded => self.unsaved = false,
            Action::PreviewLanguage(language) => self.preview_language = language,
            Action::PreviewPhone(phone) => self.preview_phone = phone,
            Action::Walked(answers) => {
                let name = std::mem::take(&mut self.walk.name);
                self.walk = Walk {
                    name,
                    ..Walk::walked(answers, &self.posting().0, self.today)
                };
            }
            Action::WalkExpect(outcome) => {
                self.walk.expect = Some(outcome);
            }
            Action::WalkName(name) => {
                self.walk.name = name;
            }
            Action::KeepWalk => self.keep_walk(moves),
            Action::Languages(languages) => self.welsh.languages = languages,
            Action::Welsh(english, welsh) => self.welsh.set(english, welsh),
            Action::OpenCsv(file, text) => {
                let texts = self.check.as_ref().map_or(&[][..], |c| &c.texts[..]);
                let mut welsh = self.welsh.clone();
                welsh.import(&file, &text, texts);
                self.welsh = welsh;
            }
        }
        self
    }

    /// The line's rule (or the part of it at `at`) decided by the question `id`. A question the
    /// checker does not have, replaced, gives its answers in the test cases to the new one.
    fn question(&mut self, at: At, id: &str) {
        let bank = self.bank.clone();
        let unknown = self
            .lines
            .as_mut()
            .and_then(|l| l.get_mut(at.line))
            .and_then(|l| l.rule_at(at.part))
            .and_then(|r| question_of(r))
            .filter(|q| !q.as_str().is_empty() && bank.question(q.as_str()).is_none())
            .cloned();
        self.line(at.line, |l| l.choose_question(at.part, id, &bank));
        if let (Some(from), Some(to)) = (unknown, bank.question(id)) {
            self.rename_in_examples(&from, to);
        }
    }

    fn line(&mut self, i: usize, edit: impl FnOnce(&mut Drafted)) {
        if let Some(line) = self.lines.as_mut().and_then(|l| l.get_mut(i)) {
            edit(line);
        }
    }

    fn rule(&mut self, at: At, edit: impl FnOnce(&mut eligibility_core::rules::Rule, bool)) {
        self.line(at.line, |line| {
            let essential = line.choice == Choice::Essential;
            if let Some(rule) = line.rule_at(at.part) {
                edit(rule, essential);
            }
        });
    }

    /// The test cases' answers to `from`, a question the checker does not have, given to `to`,
    /// the one the employer chose in its place: they were meant for it.
    fn rename_in_examples(&mut self, from: &QuestionId, to: &eligibility_core::rules::Question) {
        for example in &mut self.examples {
            let mut answers = eligibility_core::rules::Answers::new();
            for (question, answer) in example.answers.iter() {
                let question = if question == from {
                    Some(to)
                } else {
                    self.bank.question(question.as_str())
                };
                if let Some(question) = question {
                    let _ = answers.record(question, answer.clone(), example.on);
                }
            }
            example.answers = answers;
        }
    }

    fn add_example(&mut self) {
        let posting = self.posting().0;
        let asked = posting.question_ids();
        match self
            .example_form
            .example(&asked, &self.bank, self.today, &self.examples)
        {
            Ok(example) => {
                self.examples.push(example);
                self.example_form = ExampleForm::default();
            }
            Err(refused) => self.example_form.refused = Some(refused),
        }
    }

    /// Keeps the preview's walk as a test case, or says why not.
    fn keep_walk(&mut self, moves: u32) {
        match self.walk.example(&self.posting().0, self.today) {
            Ok(example) => {
                self.walk = Walk {
                    kept: Some(example.name.clone()),
                    ..Walk::default()
                };
                // The form and its button are gone: focus goes to the words that say it is kept.
                self.focus = Some(("walk-status".to_owned(), moves + 1));
                self.examples.push(example);
            }
            Err(refused) => self.walk.refused = Some(refused),
        }
    }

    /// The draft as the core's posting, and the line each of its criteria is.
    pub fn posting(&self) -> (Posting, Vec<usize>) {
        let base = self
            .base
            .as_deref()
            .cloned()
            .unwrap_or_else(facts::empty_posting);
        let mut posting = self.facts.posting(&base);
        let mut at = Vec::new();
        let mut criteria = Vec::new();
        for (i, line) in self.lines.iter().flatten().enumerate() {
            let mut id = lines::slug(&line.text);
            let mut n = 1;
            while criteria
                .iter()
                .any(|c: &eligibility_core::rules::Criterion| c.id.as_str() == id)
            {
                n += 1;
                id = format!("{}-{n}", lines::slug(&line.text));
            }
            if let Some(criterion) = line.criterion(&id) {
                criteria.push(criterion);
                at.push(i);
            }
        }
        posting.criteria = criteria;
        posting.examples = self.examples.clone();
        (posting, at)
    }

    /// Checks the draft again, once there is one: each text with the Welsh kept for it.
    fn recheck(&mut self) {
        self.check = self.lines.as_ref().map(|_| {
            let (posting, at) = self.posting();
            let asked = self.asked_bank(&posting);
            let (posting, bank) = self.welsh.apply(&posting, &asked, &self.standard);
            let mut check = Check::of(&posting, &at, &bank, &self.standard, self.welsh.languages);
            check.add(self.question_problems(&bank));
            Rc::new(check)
        });
    }
}

/// What the check reads, to tell whether it changed.
#[derive(PartialEq)]
struct Draft<'s> {
    lines: &'s Option<Vec<Drafted>>,
    facts: &'s Facts,
    examples: &'s [Example],
    base: &'s Option<Rc<Posting>>,
    bank: *const Bank,
    written: &'s [Written],
    welsh: &'s Welsh,
}

/// The employer's work: the draft, the pasted text and the test case being added.
#[derive(PartialEq)]
struct Work<'s> {
    pasted: &'s str,
    form: &'s ExampleForm,
    draft: Draft<'s>,
}

// Yew's reducer hook runs the pure reducer above, and keeps the same state where nothing
// changed: nothing is drawn again.
impl yew::Reducible for State {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = (*self).clone().reduce(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
