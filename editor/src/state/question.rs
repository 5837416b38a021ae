//! Questions the employer writes inside the line that needs them: the form as typed (in
//! `written`), the question it makes (which joins the draft's bank, so that any line can choose
//! it), the ids made from its words (`ids`), the rules and test cases that follow a change of id
//! (`rename`), and its problems (`problems`), read with the loader as the validator reads a
//! file's own questions.
//!
//! A question is edited where it is asked: in the first line whose rule is on it (its "home").
//! One that no line's rule is on any longer is let go, as a rule is when the line chooses
//! another question.

mod ids;
mod problems;
mod rename;
mod written;

pub use ids::question_slug;
pub use problems::QuestionLeaf;
pub use written::{Asks, Written, WrittenAnswer};

use super::lines::Drafted;
use super::State;
use eligibility_core::rules::{Bank, Posting, QuestionId, Rule};
use ids::unique;
use rename::renamed_options;
use std::rc::Rc;

/// A change to a written question.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Typed the question.
    Text(String),
    /// Typed the line under it.
    Hint(String),
    /// Chose the kind of answer.
    Asks(Asks),
    /// Typed the answer at this place.
    Answer(usize, String),
    /// Pressed "Add another answer".
    AddAnswer,
    /// Removed the answer at this place.
    RemoveAnswer(usize),
    /// Typed what "never" is called.
    Never(String),
}

/// The question a line's own rule (not a rule of parts) is on.
fn line_question(line: &Drafted) -> Option<&QuestionId> {
    match line.rule.as_ref()? {
        Rule::AnyOf(_) | Rule::AllOf(_) => None,
        rule => super::rule::question_of(rule),
    }
}

impl State {
    /// The written question edited in line `i`: the one its rule is on, where `i` is the first
    /// line (decided by a rule) whose rule is on it.
    pub fn written_at(&self, i: usize) -> Option<&Written> {
        let lines = self.lines.as_ref()?;
        let id = lines
            .get(i)
            .filter(|l| l.choice.has_rule())
            .and_then(line_question)?;
        let written = self.written.iter().find(|w| w.id == *id)?;
        (self.home(id) == Some(i)).then_some(written)
    }

    /// The line a written question is edited in: the first decided by a rule on it.
    fn home(&self, id: &QuestionId) -> Option<usize> {
        let lines = self.lines.as_ref()?;
        lines
            .iter()
            .position(|l| l.choice.has_rule() && line_question(l) == Some(id))
    }

    /// A new question, asking Yes or No, for line `i`: it joins the bank, and decides the line.
    pub(super) fn write_question(&mut self, i: usize) {
        let has_rule = self
            .lines
            .as_ref()
            .and_then(|l| l.get(i))
            .map(|l| l.choice.has_rule());
        if has_rule != Some(true) {
            return;
        }
        let bank = self.bank.clone();
        let id = unique("new_question".to_owned(), |id| bank.question(id).is_some());
        let id = QuestionId::new(id);
        self.written.push(Written::new(id.clone()));
        self.rebuild_bank();
        let bank = self.bank.clone();
        self.line(i, |l| l.choose_question(None, id.as_str(), &bank));
    }

    /// Applies `edit` to the written question edited in line `i`.
    pub(super) fn edit_question(&mut self, i: usize, edit: Edit) {
        let Some(at) = self
            .written_at(i)
            .and_then(|w| self.written.iter().position(|x| x.id == w.id))
        else {
            return;
        };
        let before = self.written[at].clone();
        let old_ids = before.option_ids();
        let mut removed = None;
        let written = &mut self.written[at];
        match edit {
            Edit::Text(text) => written.text = text,
            Edit::Hint(text) => written.hint = text,
            Edit::Asks(asks) => {
                written.asks = asks;
                // One of several starts with two answers to write.
                while asks == Asks::OneOf && written.answers.len() < 2 {
                    written.answers.push(WrittenAnswer {
                        id: None,
                        label: String::new(),
                        base: None,
                    });
                }
            }
            Edit::Answer(n, text) => {
                if let Some(answer) = written.answers.get_mut(n) {
                    answer.label = text;
                }
            }
            Edit::AddAnswer => written.answers.push(WrittenAnswer {
                id: None,
                label: String::new(),
                base: None,
            }),
            Edit::RemoveAnswer(n) => {
                if n < written.answers.len() {
                    written.answers.remove(n);
                    removed = Some(n);
                }
            }
            Edit::Never(text) => written.never = text,
        }
        if !written.kept {
            let own = written.id.clone();
            let bank = self.bank.clone();
            let id = unique(question_slug(&self.written[at].text), |id| {
                id != own.as_str() && bank.question(id).is_some()
            });
            self.written[at].id = QuestionId::new(id);
        }
        let after = self.written[at].clone();
        let options = renamed_options(&old_ids, &after.option_ids(), removed);
        self.rebuild_bank();
        self.rename_question(&before.id, &after.id, &options);
        if before.asks != after.asks {
            // Another kind of answer: each line on it decided afresh, by a rule of that kind.
            let bank = self.bank.clone();
            for line in self.lines.iter_mut().flatten() {
                if line_question(line) == Some(&after.id) {
                    line.choose_question(None, after.id.as_str(), &bank);
                }
            }
        }
    }

    /// The bank again from the checker's questions and the written ones (an opened file's shared
    /// criteria kept), after letting go each written question no rule is on.
    pub(super) fn tidy_questions(&mut self) {
        if self.written.is_empty() {
            return;
        }
        let used = |id: &QuestionId| {
            let lines = self.lines.iter().flatten();
            let rules = lines
                .filter_map(|l| l.rule.as_ref())
                .chain(self.bank.criteria().iter().filter_map(|c| c.rule.as_ref()));
            rules.flat_map(Rule::questions).any(|q| q == id)
        };
        let keep: Vec<bool> = self.written.iter().map(|w| used(&w.id)).collect();
        if keep.iter().all(|k| *k) {
            return;
        }
        let mut keep = keep.into_iter();
        self.written.retain(|_| keep.next().unwrap_or(true));
        self.rebuild_bank();
    }

    /// The bank: the checker's questions, then the written ones; the shared criteria as they are.
    /// Kept as it is where its questions would be the same: the reducer tells a changed draft by
    /// the bank's pointer, and an edit that changes no question is neither checked again nor
    /// work not downloaded.
    fn rebuild_bank(&mut self) {
        let mut questions = self.standard.questions().to_vec();
        questions.extend(self.written.iter().map(Written::question));
        if self.bank.questions() == questions.as_slice() {
            return;
        }
        self.bank = Rc::new(Bank::new(questions, self.bank.criteria().to_vec()));
    }

    /// An opened file's own questions, to edit as written ones.
    pub(super) fn take_own_questions(&mut self) {
        let standard = self.standard.clone();
        let own = self.bank.questions().iter();
        let own = own.filter(|q| standard.question(q.id.as_str()).is_none());
        self.written = own.map(Written::of).collect();
    }

    /// The bank the file is written with: the checker's questions, and the written ones the
    /// posting (or a shared criterion) asks.
    pub(super) fn asked_bank(&self, posting: &Posting) -> Rc<Bank> {
        if self.written.is_empty() {
            return self.bank.clone();
        }
        let rules = posting.criteria.iter().chain(self.bank.criteria());
        let asked: Vec<&QuestionId> = rules
            .filter_map(|c| c.rule.as_ref())
            .flat_map(Rule::questions)
            .collect();
        let mut questions = self.standard.questions().to_vec();
        let written = self.written.iter().filter(|w| asked.contains(&&w.id));
        questions.extend(written.map(Written::question));
        Rc::new(Bank::new(questions, self.bank.criteria().to_vec()))
    }
}
