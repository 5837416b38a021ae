//! The draft: what the check reads and what the employer's work is, to tell whether an action
//! changed either; the draft as the core's posting; and the check made again from it.

use super::{facts, lines, Check, Drafted, ExampleForm, Facts, State, Welsh, Written};
use eligibility_core::rules::example::Example;
use eligibility_core::rules::{Bank, Posting};
use std::rc::Rc;

impl State {
    /// What the employer has typed and chosen, downloaded or not.
    pub(super) fn work(&self) -> Work<'_> {
        Work {
            pasted: &self.pasted,
            form: &self.example_form,
            draft: self.draft(),
        }
    }

    /// What the check reads: the posting's parts, and the questions it may use.
    pub(super) fn draft(&self) -> Draft<'_> {
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
    pub(super) fn recheck(&mut self) {
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
pub(super) struct Draft<'s> {
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
pub(super) struct Work<'s> {
    pasted: &'s str,
    form: &'s ExampleForm,
    draft: Draft<'s>,
}
