//! The editor's one State and its pure reducer: the pasted text or opened file, the lines and
//! their rules, the facts, the test cases, and the draft checked after every change.

mod check;
mod examples;
mod facts;
mod lines;
mod open;
mod replace;
mod rule;

pub use check::{Check, Differs, Found, Leaf, Place, Plain, Ran};
pub use examples::{value_of, ExampleForm, Refused};
pub use facts::{Facts, Field, NATIONS, SKILLS};
pub use lines::{At, Choice, Drafted, MonthKind};
pub use open::Opening;
pub use replace::{Answered, Asked, Replacing};
pub use rule::{month_kind, question_of};

use eligibility_core::builtin;
use eligibility_core::rules::example::{Example, Outcome};
use eligibility_core::rules::{Bank, Date, Language, OptionId, Posting, QuestionId};
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
            pasted: String::new(),
            lines: None,
            facts: Facts::default(),
            base: None,
            examples: Vec::new(),
            example_form: ExampleForm::default(),
            opening: Opening::None,
            check: None,
            checker: "../".to_owned(),
            copied: None,
            unsaved: false,
            preview_language: Language::English,
            preview_phone: true,
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
        if edit && after.work() != before.work() {
            after.unsaved = true;
        }
        if after.draft() != before.draft() {
            after.recheck();
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
        }
    }

    fn apply(mut self, action: Action) -> State {
        let bank = self.bank.clone();
        self.copied = None;
        self.answered = None;
        match action {
            Action::Paste(text) => self.pasted = text,
            Action::Split => self = self.replace_or_ask(Replacing::Lines),
            Action::Replace(replace) => self = self.answer(replace),
            Action::Choose(i, choice) => self.line(i, |l| l.choice = choice),
            Action::Summary(i, text) => self.line(i, |l| l.summary = Some(text)),
            Action::UseRule(i, on) => self.line(i, |l| l.use_rule(on, &bank)),
            Action::Question(i, id) => {
                let before = self
                    .lines
                    .as_ref()
                    .and_then(|l| l.get(i))
                    .and_then(|l| l.rule.as_ref());
                let unknown = before
                    .and_then(question_of)
                    .filter(|q| bank.question(q.as_str()).is_none())
                    .cloned();
                self.line(i, |l| l.choose_question(&id, &bank));
                if let (Some(from), Some(to)) = (unknown, bank.question(&id)) {
                    self.rename_in_examples(&from, to);
                }
            }
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
        }
        self
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

    /// Checks the draft again, once there is one.
    fn recheck(&mut self) {
        self.check = self.lines.as_ref().map(|_| {
            let (posting, at) = self.posting();
            Rc::new(Check::of(&posting, &at, &self.bank, &self.standard))
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
