//! The editor's one State and its pure reducer: the pasted text or opened file, the lines and
//! their rules, the facts, the test cases, and the draft checked after every change. What the
//! employer does is in `action`; what the reducer compares, and the check made again, in `draft`.

mod action;
mod check;
pub mod csv;
mod draft;
mod examples;
mod facts;
mod lines;
mod open;
mod place;
mod plain;
mod question;
mod replace;
mod rule;
mod runs;
mod welsh;

pub use action::Action;
pub use check::{Check, Found, HardToRead};
pub use examples::{value_of, ExampleForm, Refused, Walk};
pub use facts::{Facts, Field, NATIONS, SKILLS};
pub use lines::{At, Choice, Combine, Drafted, MonthKind};
pub use open::Opening;
pub use place::{Leaf, Place};
pub use plain::Plain;
pub use question::{question_slug, Asks, Edit, QuestionLeaf, Written, WrittenAnswer};
pub use replace::{Answered, Asked, Replacing};
pub use rule::{is_unchosen, month_kind, question_of};
pub use runs::{Differs, Ran};
pub use welsh::{texts, Imported, Welsh};

use eligibility_core::builtin;
use eligibility_core::rules::example::Example;
use eligibility_core::rules::{Bank, Date, Language, Posting, QuestionId};
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
