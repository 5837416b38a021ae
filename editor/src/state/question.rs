//! Questions the employer writes inside the line that needs them: the form as typed, the
//! question it makes (which joins the draft's bank, so that any line can choose it), the ids made
//! from its words, and its problems, read with the loader as the validator reads a file's own
//! questions.
//!
//! A question is edited where it is asked: in the first line whose rule is on it (its "home").
//! One that no line's rule is on any longer is let go, as a rule is when the line chooses
//! another question.

use super::check::{Found, Place, Plain};
use super::lines::Drafted;
use super::State;
use eligibility_core::draft::file::{bank_file, Languages, Options};
use eligibility_core::rules::{
    load, Among, Answer, AnswerKind, Answers, Bank, ChoiceOption, OptionId, OptionSet, Posting,
    ProblemKind, Question, QuestionId, Rule, Words,
};
use std::rc::Rc;

/// The kind of answer a written question takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Asks {
    /// Yes or No.
    YesNo,
    /// One of several answers, each written by the employer.
    OneOf,
    /// A month and year, or "never".
    Month,
}

impl Asks {
    /// Every kind, in the order the form offers them.
    pub const ALL: [Asks; 3] = [Asks::YesNo, Asks::OneOf, Asks::Month];

    /// The value of its radio button.
    pub fn value(self) -> &'static str {
        match self {
            Asks::YesNo => "yes-no",
            Asks::OneOf => "one-of",
            Asks::Month => "month",
        }
    }
}

/// One answer of a one-of-several question, as typed.
#[derive(Clone, Debug, PartialEq)]
pub struct WrittenAnswer {
    /// The id a file gave it, kept; none for one written here (made from its words).
    pub id: Option<OptionId>,
    /// Its label, as typed.
    pub label: String,
    /// The option a file gave, for its Welsh and hint.
    pub base: Option<ChoiceOption>,
}

/// A question the employer writes, as typed.
#[derive(Clone, Debug, PartialEq)]
pub struct Written {
    /// Its id: made from its words, or the one a file gave it.
    pub id: QuestionId,
    /// Whether the id is a file's, kept as it is.
    pub kept: bool,
    /// The question as applicants read it.
    pub text: String,
    /// The line under it (empty: none).
    pub hint: String,
    /// The kind of answer.
    pub asks: Asks,
    /// The answers of a one-of-several question (kept while another kind is chosen).
    pub answers: Vec<WrittenAnswer>,
    /// What "never" is called, for a month question.
    pub never: String,
    /// The question a file gave, for what the form does not show (its Welsh, `short`,
    /// `not_sure`).
    pub base: Option<Question>,
}

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

/// A field of a written question's form, where a problem is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuestionLeaf {
    /// The question's words (and anything the form does not show).
    Text,
    /// The line under it.
    Hint,
    /// The answers as a whole.
    Answers,
    /// The answer at this place, counted from 0.
    Answer(usize),
    /// What "never" is called.
    Never,
}

/// `old`'s words where the English is unchanged (with any Welsh), else `new`'s in English.
fn keep(old: Option<&Words>, new: &str) -> Words {
    match old {
        Some(old) if old.as_english() == new.trim() => old.clone(),
        _ => Words::english(new.trim()),
    }
}

impl Written {
    /// A new question, with id `id`, that asks Yes or No.
    fn new(id: QuestionId) -> Written {
        Written {
            id,
            kept: false,
            text: String::new(),
            hint: String::new(),
            asks: Asks::YesNo,
            answers: Vec::new(),
            never: String::new(),
            base: None,
        }
    }

    /// A file's own question, to edit.
    fn of(question: &Question) -> Written {
        let (asks, answers, never) = match &question.kind {
            AnswerKind::YesNo => (Asks::YesNo, Vec::new(), String::new()),
            AnswerKind::OneOf(options) => {
                let answers = options.iter().map(|o| WrittenAnswer {
                    id: Some(o.id.clone()),
                    label: o.label.as_english().to_owned(),
                    base: Some(o.clone()),
                });
                (Asks::OneOf, answers.collect(), String::new())
            }
            AnswerKind::MonthYear { never } => {
                (Asks::Month, Vec::new(), never.as_english().to_owned())
            }
        };
        Written {
            id: question.id.clone(),
            kept: true,
            text: question.text.as_english().to_owned(),
            hint: question
                .hint
                .as_ref()
                .map_or(String::new(), |h| h.as_english().to_owned()),
            asks,
            answers,
            never,
            base: Some(question.clone()),
        }
    }

    /// The ids of its answers: a file's, else made from the words (the answer's place where it
    /// has none).
    pub fn option_ids(&self) -> Vec<OptionId> {
        let ids = self.answers.iter().enumerate().map(|(i, a)| {
            a.id.clone()
                .unwrap_or_else(|| OptionId::new(option_slug(&a.label, i)))
        });
        ids.collect()
    }

    /// The question the form makes: a file's Welsh kept for each text left as it was.
    pub fn question(&self) -> Question {
        let base = self.base.as_ref();
        let short = match base {
            // A file's own few words for it, where they are not the question itself.
            Some(b) if b.short.as_english() != b.text.as_english() => b.short.clone(),
            _ => keep(base.map(|b| &b.short), &self.text),
        };
        let kind = match self.asks {
            Asks::YesNo => AnswerKind::YesNo,
            Asks::OneOf => {
                let options = self.answers.iter().zip(self.option_ids());
                AnswerKind::OneOf(
                    options
                        .map(|(a, id)| ChoiceOption {
                            id,
                            label: keep(a.base.as_ref().map(|o| &o.label), &a.label),
                            hint: a.base.as_ref().and_then(|o| o.hint.clone()),
                        })
                        .collect(),
                )
            }
            Asks::Month => {
                let old = base.and_then(|b| match &b.kind {
                    AnswerKind::MonthYear { never } => Some(never),
                    _ => None,
                });
                AnswerKind::MonthYear {
                    never: keep(old, &self.never),
                }
            }
        };
        Question {
            id: self.id.clone(),
            text: keep(base.map(|b| &b.text), &self.text),
            hint: (!self.hint.trim().is_empty())
                .then(|| keep(base.and_then(|b| b.hint.as_ref()), &self.hint)),
            short,
            kind,
            not_sure: base.and_then(|b| b.not_sure.clone()),
        }
    }
}

/// The words of `text` for an id: ASCII letters and digits, lower case.
fn id_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
}

/// A question's id from its words, as the bank's are (`able_to_work_shifts`): up to six words,
/// leaving out the words every question starts with ("Are you", "Do you have").
pub fn question_slug(text: &str) -> String {
    const ASKING: [&str; 16] = [
        "are", "do", "does", "did", "have", "has", "can", "could", "will", "would", "is", "was",
        "were", "you", "your", "the",
    ];
    let words: Vec<String> = id_words(text)
        .filter(|w| !ASKING.contains(&w.as_str()))
        .take(6)
        .collect();
    if words.is_empty() {
        "new_question".to_owned()
    } else {
        words.join("_")
    }
}

/// An answer's id from its label; one without words is named by its place (`answer_2`). Not
/// `not_sure`, `never` or `month`, which a test case's answers use, nor digits alone.
fn option_slug(label: &str, i: usize) -> String {
    let words: Vec<String> = id_words(label).take(6).collect();
    let id = words.join("_");
    if id.is_empty() {
        format!("answer_{}", i + 1)
    } else if ["not_sure", "never", "month"].contains(&id.as_str())
        || id.bytes().all(|b| b.is_ascii_digit())
    {
        format!("answer_{id}")
    } else {
        id
    }
}

/// `slug`, or `slug_2`, `slug_3`… the first that is not `taken`.
fn unique(slug: String, taken: impl Fn(&str) -> bool) -> String {
    if !taken(&slug) {
        return slug;
    }
    (2..)
        .map(|n| format!("{slug}_{n}"))
        .find(|id| !taken(id))
        .unwrap_or(slug)
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

    /// The question `from` renamed `to`, and its options as `options` says (to none: gone), in
    /// every rule and test case that names them.
    fn rename_question(
        &mut self,
        from: &QuestionId,
        to: &QuestionId,
        options: &[(OptionId, Option<OptionId>)],
    ) {
        if from == to && options.is_empty() {
            return;
        }
        for line in self.lines.iter_mut().flatten() {
            if let Some(rule) = line.rule.as_mut() {
                rename_in_rule(rule, from, to, options);
            }
        }
        let option = |o: &OptionId| match options.iter().find(|(f, _)| f == o) {
            Some((_, to)) => to.clone(),
            None => Some(o.clone()),
        };
        let bank = self.bank.clone();
        for example in &mut self.examples {
            let mut answers = Answers::new();
            for (question, answer) in example.answers.iter() {
                let (question, answer) = match (question == from, answer) {
                    (true, Answer::Choice(o)) => match option(o) {
                        Some(o) => (to, Answer::Choice(o)),
                        None => continue,
                    },
                    (true, answer) => (to, answer.clone()),
                    (false, answer) => (question, answer.clone()),
                };
                // An answer the question no longer takes is let go, as the form would refuse it.
                if let Some(q) = bank.question(question.as_str()) {
                    let _ = answers.record(q, answer, example.on);
                }
            }
            example.answers = answers;
        }
        let form = &mut self.example_form;
        for (question, value) in form.answers.iter_mut() {
            if question == from {
                *question = to.clone();
                if let Some(o) = options.iter().find(|(f, _)| f.as_str() == value) {
                    *value =
                        o.1.as_ref()
                            .map_or(String::new(), |o| o.as_str().to_owned());
                }
            }
        }
        for (question, _) in form.months.iter_mut() {
            if question == from {
                *question = to.clone();
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
    fn rebuild_bank(&mut self) {
        let mut questions = self.standard.questions().to_vec();
        questions.extend(self.written.iter().map(Written::question));
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

    /// The problems of the written questions in `bank`, read back with the loader as a file's own
    /// questions are, each on its field in the line it is edited in.
    pub(super) fn question_problems(&self, bank: &Bank) -> Vec<Found> {
        let own: Vec<Question> = bank
            .questions()
            .iter()
            .filter(|q| self.standard.question(q.id.as_str()).is_none())
            .cloned()
            .collect();
        if own.is_empty() {
            return Vec::new();
        }
        let options = Options {
            schema: None,
            languages: Languages::EnglishAndWelsh,
        };
        let text = bank_file(&Bank::new(own.clone(), Vec::new()), &options);
        let Ok(json) = eligibility_core::json::parse(&text) else {
            return Vec::new();
        };
        let Err(error) = load::bank("questions.json", &json, Some(&self.standard)) else {
            return Vec::new();
        };
        let mut found: Vec<Found> = Vec::new();
        for problem in error.problems() {
            let place = self.question_place(&problem.path, &own);
            let one = Found {
                plain: plain(&place, &problem.kind),
                message: problem.kind.to_string(),
                place,
                path: problem.path.clone(),
            };
            // The question's few words are its words: an empty question is one problem, not two.
            let same = |f: &Found| {
                (&f.place, &f.plain, &f.message) == (&one.place, &one.plain, &one.message)
            };
            if !found.iter().any(same) {
                found.push(one);
            }
        }
        found
    }

    /// The form's place of a loader path in the questions: `questions[able_to_work].text`,
    /// `questions[2].answer.options[3].label`.
    fn question_place(&self, path: &str, own: &[Question]) -> Place {
        let Some((key, rest)) = path
            .strip_prefix("questions[")
            .and_then(|p| p.split_once(']'))
        else {
            return Place::File;
        };
        let question = match key.parse::<usize>() {
            Ok(n) => n.checked_sub(1).and_then(|i| own.get(i)),
            Err(_) => own.iter().find(|q| q.id.as_str() == key),
        };
        let Some(question) = question else {
            return Place::File;
        };
        let Some(line) = self.home(&question.id) else {
            return Place::File;
        };
        let rest = rest.trim_start_matches('.');
        let leaf = if rest.starts_with("hint") {
            QuestionLeaf::Hint
        } else if rest.starts_with("answer.never") {
            QuestionLeaf::Never
        } else if let Some(option) = rest.strip_prefix("answer.options[") {
            let key = option.split(']').next().unwrap_or_default();
            let ids = question.kind.option_ids();
            let at = match key.parse::<usize>() {
                Ok(n) => n.checked_sub(1),
                Err(_) => ids.iter().position(|o| o.as_str() == key),
            };
            at.map_or(QuestionLeaf::Answers, QuestionLeaf::Answer)
        } else if rest.starts_with("answer.options") {
            QuestionLeaf::Answers
        } else {
            QuestionLeaf::Text
        };
        Place::Question { line, leaf }
    }
}

/// The problem in the form's own words, where it has them.
fn plain(place: &Place, kind: &ProblemKind) -> Option<Plain> {
    use eligibility_core::rules::load::problem::Found as LoaderFound;
    use eligibility_core::rules::Expected;
    let Place::Question { .. } = place else {
        return None;
    };
    match kind {
        ProblemKind::Missing {
            expected: Expected::Text,
        } => Some(Plain::Empty),
        ProblemKind::Expected {
            expected: Expected::Text,
            found: LoaderFound::Text(text),
        } if text.trim().is_empty() => Some(Plain::Empty),
        ProblemKind::TooFewOptions => Some(Plain::TooFewAnswers),
        ProblemKind::Repeated {
            among: Among::Options,
            ..
        } => Some(Plain::SameAnswer),
        _ => None,
    }
}

/// How the answers' ids changed, place by place (`removed`: the place of one taken out): each
/// that changed, to its new id, or to none where it is gone. An id two answers shared names
/// neither, so it is left alone.
fn renamed_options(
    old: &[OptionId],
    new: &[OptionId],
    removed: Option<usize>,
) -> Vec<(OptionId, Option<OptionId>)> {
    let once = |id: &OptionId| old.iter().filter(|o| *o == id).count() == 1;
    let mut changes = Vec::new();
    let mut new = new.iter();
    for (i, id) in old.iter().enumerate() {
        let to = if removed == Some(i) {
            None
        } else {
            new.next().cloned()
        };
        if to.as_ref() != Some(id) && once(id) {
            // A new id another answer already had would be taken for that one's.
            let to = to.filter(|t| !old.contains(t));
            changes.push((id.clone(), to));
        }
    }
    changes
}

/// `rule`, and its parts, with the question `from` renamed `to` and its options as `options` says.
fn rename_in_rule(
    rule: &mut Rule,
    from: &QuestionId,
    to: &QuestionId,
    options: &[(OptionId, Option<OptionId>)],
) {
    let rename = |q: &mut QuestionId| {
        if q == from {
            *q = to.clone();
        }
    };
    match rule {
        Rule::AnswerIn {
            question,
            meets,
            reasons,
        } => {
            if question != from {
                return;
            }
            rename(question);
            let option = |o: &OptionId| match options.iter().find(|(f, _)| f == o) {
                Some((_, to)) => to.clone(),
                None => Some(o.clone()),
            };
            *meets = OptionSet::new(meets.ids().iter().filter_map(option).collect());
            let kept = reasons
                .drain(..)
                .filter_map(|(o, r)| option(&o).map(|o| (o, r)));
            *reasons = kept.collect();
        }
        Rule::MonthsSince {
            question,
            unless_only,
            ..
        } => {
            rename(question);
            if let Some(only) = unless_only {
                rename(only);
            }
        }
        Rule::HasHappened { question, .. } | Rule::WithinMonths { question, .. } => {
            rename(question)
        }
        Rule::AnyOf(parts) | Rule::AllOf(parts) => {
            for part in parts {
                rename_in_rule(part, from, to, options);
            }
        }
    }
}
