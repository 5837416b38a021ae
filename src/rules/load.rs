//! Reading postings and questions from JSON, checking every field.
//!
//! A file with problems is reported whole: every problem, each with the file, the JSON path of the
//! field and what was expected there, in words for the person editing the file. A bad posting file
//! never stops the good ones from loading.

use super::date::Date;
use super::json::{Json, Quoted};
use super::model::{
    AnswerKind, Bank, ChoiceOption, Class, Criterion, CriterionId, OptionId, OptionSet, Posting,
    PostingId, Question, QuestionId, Rule,
};
use std::collections::HashSet;
use std::fmt;
use std::rc::Rc;

/// One file's problems.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    file: String,
    problems: Vec<Problem>,
}

/// One problem in a file: where it is and what was expected there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where in the file, as a JSON path such as `criteria[2].rule.months`; empty for the whole
    /// file.
    pub path: String,
    /// What was expected, and what was found, in words.
    pub message: String,
}

impl LoadError {
    /// A file that could not be read as JSON at all; `cause` is the parser's own message.
    pub fn not_json(file: &str, cause: &str) -> LoadError {
        LoadError {
            file: file.to_owned(),
            problems: vec![Problem {
                path: String::new(),
                message: format!("expected a JSON document, but it is not valid JSON: {cause}"),
            }],
        }
    }

    /// One problem at `path` in `file` (empty for the whole file); `message` says what was
    /// expected there.
    pub fn bundle(file: &str, path: &str, message: String) -> LoadError {
        LoadError {
            file: file.to_owned(),
            problems: vec![Problem {
                path: path.to_owned(),
                message,
            }],
        }
    }

    /// A posting whose id another posting loaded before it already has.
    pub fn duplicate_posting(file: &str, id: &PostingId) -> LoadError {
        LoadError {
            file: file.to_owned(),
            problems: vec![Problem {
                path: "id".to_owned(),
                message: format!(
                    "expected an id no other posting has, found {}, which an earlier posting already uses",
                    Quoted(id.as_str())
                ),
            }],
        }
    }

    /// The same problems, for a posting or question bank found at `prefix` inside a larger file
    /// (`postings[2]`): every path gains that prefix.
    pub fn within(mut self, prefix: &str) -> LoadError {
        for problem in &mut self.problems {
            problem.path = if problem.path.is_empty() {
                prefix.to_owned()
            } else {
                format!("{prefix}.{}", problem.path)
            };
        }
        self
    }

    /// The file the problems are in, as it was named when loaded.
    pub fn file(&self) -> &str {
        &self.file
    }

    /// Every problem found, in file order.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl fmt::Display for LoadError {
    /// `postings/a.json: criteria[0].class: expected one of ...`, one line a problem.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.problems.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{}: {problem}", self.file)?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

/// Reads a question bank: `{ "questions": [ ... ], "criteria": [ ... ] }`, where the optional
/// `"criteria"` are those postings may use by id.
///
/// With a `base` bank (the built-in one, for a file of postings that brings its own shared
/// criteria), `"questions"` may be left out: the bank then has `base`'s questions and shared
/// criteria, and its own criteria besides. A file that gives its own questions shares only its own
/// criteria, since `base`'s may ask questions it does not have.
pub fn bank(file: &str, json: &Json, base: Option<&Bank>) -> Result<Bank, LoadError> {
    let mut p = Problems::default();
    let bank = read_bank(json, base, &mut p);
    p.finish(file, bank)
}

/// Reads one posting, checking that its rules fit the questions in `bank` and that the criteria it
/// uses are among the bank's.
pub fn posting(file: &str, json: &Json, bank: &Bank) -> Result<Posting, LoadError> {
    let mut p = Problems::default();
    let posting = read_posting(json, bank, &mut p);
    p.finish(file, posting)
}

#[derive(Default)]
struct Problems(Vec<Problem>);

impl Problems {
    fn add(&mut self, path: &str, message: impl Into<String>) {
        self.0.push(Problem {
            path: path.to_owned(),
            message: message.into(),
        });
    }

    fn expected(&mut self, path: &str, expected: &str, found: &Json) {
        self.add(
            path,
            format!("expected {expected}, found {}", found.describe()),
        );
    }

    fn finish<T>(self, file: &str, value: Option<T>) -> Result<T, LoadError> {
        match value {
            Some(value) if self.0.is_empty() => Ok(value),
            _ => Err(LoadError {
                file: file.to_owned(),
                problems: self.0,
            }),
        }
    }
}

/// Ids named in a message, as many as a person reads: the first few, then how many more, so that a
/// file of thousands never makes a message of thousands.
pub(crate) fn listed<'a>(ids: impl ExactSizeIterator<Item = &'a str>) -> String {
    const SHOWN: usize = 5;
    let total = ids.len();
    let shown: Vec<&str> = ids.take(SHOWN).collect();
    if total > SHOWN {
        format!("{} and {} more", shown.join(", "), total - SHOWN)
    } else {
        shown.join(", ")
    }
}

const ID: &str = "an id of lower-case letters, digits, '-' and '_', like \"lived_experience\"";
const TEXT: &str = "some text";
const DATE: &str = "a date written YYYY-MM-DD, like \"2025-09-16\"";
const URL: &str = "a web address starting \"https://\"";

/// An object's fields, read one by one; `finish` reports any field that was never read, so a
/// misspelt name is caught rather than silently ignored.
struct Object<'j> {
    path: String,
    pairs: &'j [(String, Json)],
    known: Vec<&'static str>,
}

impl<'j> Object<'j> {
    fn new(json: &'j Json, path: &str, what: &str, p: &mut Problems) -> Option<Object<'j>> {
        match json {
            Json::Object(pairs) => Some(Object {
                path: path.to_owned(),
                pairs,
                known: Vec::new(),
            }),
            other => {
                p.expected(
                    path,
                    &format!("{what} written as an object {{ ... }}"),
                    other,
                );
                None
            }
        }
    }

    /// The path of field `key`. Put together by hand: the loader makes one for nearly every
    /// field it reads, and the formatting machinery costs more than the rest of the check.
    fn child(&self, key: &str) -> String {
        if self.path.is_empty() {
            return key.to_owned();
        }
        let mut path = String::with_capacity(self.path.len() + 1 + key.len());
        path.push_str(&self.path);
        path.push('.');
        path.push_str(key);
        path
    }

    /// The field's value; `null` counts as absent.
    fn optional(&mut self, key: &'static str) -> Option<&'j Json> {
        self.known.push(key);
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
            .filter(|v| **v != Json::Null)
    }

    /// The field's value, or a problem saying it is missing and what was `expected` (written out
    /// only then).
    fn required(
        &mut self,
        key: &'static str,
        expected: impl fmt::Display,
        p: &mut Problems,
    ) -> Option<&'j Json> {
        let value = self.optional(key);
        if value.is_none() {
            p.add(
                &self.child(key),
                format!("this field is missing: expected {expected}"),
            );
        }
        value
    }

    // The field's path is put together only when there is a problem to name.

    fn text(&mut self, key: &'static str, p: &mut Problems) -> Option<String> {
        let value = self.required(key, TEXT, p)?;
        checked_text(value, p, || self.child(key))
    }

    fn optional_text(&mut self, key: &'static str, p: &mut Problems) -> Option<Option<String>> {
        match self.optional(key) {
            None => Some(None),
            Some(value) => checked_text(value, p, || self.child(key)).map(Some),
        }
    }

    fn id(&mut self, key: &'static str, p: &mut Problems) -> Option<String> {
        let value = self.required(key, ID, p)?;
        named(valid_id(value), ID, value, p, || self.child(key))
    }

    fn optional_date(&mut self, key: &'static str, p: &mut Problems) -> Option<Option<Date>> {
        match self.optional(key) {
            None => Some(None),
            Some(value) => named(valid_date(value), DATE, value, p, || self.child(key)).map(Some),
        }
    }

    fn list(
        &mut self,
        key: &'static str,
        what: &str,
        p: &mut Problems,
    ) -> Option<Vec<(String, &'j Json)>> {
        let expected = ListOf(what);
        let path = self.child(key);
        match self.required(key, &expected, p)? {
            Json::Array(items) if items.is_empty() => {
                p.add(&path, format!("expected {expected}, found an empty list"));
                None
            }
            Json::Array(items) => Some(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| (indexed(&path, i), item))
                    .collect(),
            ),
            other => {
                p.expected(&path, &expected.to_string(), other);
                None
            }
        }
    }

    fn finish(self, p: &mut Problems) {
        for (key, _) in self.pairs {
            if !self.known.contains(&key.as_str()) {
                let mut known = self.known.clone();
                known.sort_unstable();
                known.dedup();
                p.add(
                    &self.child(key),
                    format!(
                        "this field is not one the checker knows: expected one of {}",
                        known.join(", ")
                    ),
                );
            }
        }
    }
}

/// `path[i]`, put together by hand (see [`Object::child`]).
fn indexed(path: &str, i: usize) -> String {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = i;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let digits = std::str::from_utf8(&digits[at..]).unwrap_or_default();
    let mut out = String::with_capacity(path.len() + digits.len() + 2);
    out.push_str(path);
    out.push('[');
    out.push_str(digits);
    out.push(']');
    out
}

/// Text an applicant reads: not empty once trimmed, and free of the characters that hide or reorder
/// what is shown (control characters, and the bidirectional overrides and isolates U+202A to
/// U+202E and U+2066 to U+2069, which can make a reason read backwards or hide words).
fn checked_text(value: &Json, p: &mut Problems, path: impl FnOnce() -> String) -> Option<String> {
    let Json::String(s) = value else {
        p.expected(&path(), TEXT, value);
        return None;
    };
    if s.trim().is_empty() {
        p.expected(&path(), TEXT, value);
        return None;
    }
    match s.chars().enumerate().find(|&(_, c)| is_hidden(c)) {
        None => Some(s.trim().to_owned()),
        Some((at, c)) => {
            p.add(
                &path(),
                format!(
                    "expected text without control characters or direction overrides, found U+{:04X} at character {}",
                    u32::from(c),
                    at + 1
                ),
            );
            None
        }
    }
}

/// A character that display text must not hold; line breaks and tabs are allowed.
fn is_hidden(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `valid`, the value as read when it is what was `expected`; or else a problem at the path
/// `path` gives, which is put together only then.
fn named<T>(
    valid: Option<T>,
    expected: &str,
    found: &Json,
    p: &mut Problems,
    path: impl FnOnce() -> String,
) -> Option<T> {
    if valid.is_none() {
        p.expected(&path(), expected, found);
    }
    valid
}

/// "a list [ ... ] of {what}", written out only where a problem is named.
struct ListOf<'a>(&'a str);

impl fmt::Display for ListOf<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a list [ ... ] of {}", self.0)
    }
}

fn text(value: &Json, path: &str, p: &mut Problems) -> Option<String> {
    checked_text(value, p, || path.to_owned())
}

fn valid_id(value: &Json) -> Option<String> {
    match value {
        Json::String(s)
            if !s.is_empty()
                && s.bytes().all(|b| {
                    b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_'
                }) =>
        {
            Some(s.clone())
        }
        _ => None,
    }
}

fn id(value: &Json, path: &str, p: &mut Problems) -> Option<String> {
    named(valid_id(value), ID, value, p, || path.to_owned())
}

fn valid_date(value: &Json) -> Option<Date> {
    match value {
        Json::String(s) => Date::parse_iso(s),
        _ => None,
    }
}

fn https_url(value: &Json, path: &str, p: &mut Problems) -> Option<String> {
    match value {
        // Only https: an address is put in a link the applicant follows, and anything else
        // (`javascript:`, `data:`) would let a posting file run code in the page.
        Json::String(s)
            if s.starts_with("https://")
                && s.len() > "https://".len()
                && !s.contains(char::is_whitespace) =>
        {
            Some(s.clone())
        }
        other => {
            p.expected(path, URL, other);
            None
        }
    }
}

fn read_bank(json: &Json, base: Option<&Bank>, p: &mut Problems) -> Option<Bank> {
    let mut root = Object::new(json, "", "a question bank", p)?;
    root.optional("$schema");
    let (questions, mut criteria) = match (root.optional("questions"), base) {
        (None, Some(base)) => (Some(base.questions().to_vec()), base.criteria().to_vec()),
        _ => (
            root.list("questions", "questions", p)
                .map(|items| read_questions(items, p)),
            Vec::new(),
        ),
    };
    let shared = match root.optional("criteria") {
        None => Some(Vec::new()),
        Some(_) => root.list("criteria", "criteria that postings can use by id", p),
    };
    root.finish(p);
    // The questions first, for the shared criteria to find theirs in.
    let questions = Bank::new(questions?, Vec::new());
    let mut ids: HashSet<CriterionId> = criteria.iter().map(|c| c.id.clone()).collect();
    for (path, item) in shared? {
        if item.get("use").is_some() {
            p.add(
                &format!("{path}.use"),
                "expected a criterion written out in full: a shared criterion cannot use another",
            );
            continue;
        }
        let Some(criterion) = read_criterion(item, &path, &questions, p) else {
            continue;
        };
        if !ids.insert(criterion.id.clone()) {
            p.add(
                &format!("{path}.id"),
                format!(
                    "expected an id no other shared criterion has, found {} a second time",
                    Quoted(criterion.id.as_str())
                ),
            );
        }
        criteria.push(criterion);
    }
    Some(questions.with_criteria(criteria))
}

fn read_questions(items: Vec<(String, &Json)>, p: &mut Problems) -> Vec<Question> {
    let mut seen = HashSet::new();
    let mut questions = Vec::new();
    for (path, item) in items {
        if let Some(question) = read_question(item, &path, p) {
            if !seen.insert(question.id.clone()) {
                p.add(
                    &format!("{path}.id"),
                    format!(
                        "expected an id no other question has, found {} a second time",
                        Quoted(question.id.as_str())
                    ),
                );
            }
            questions.push(question);
        }
    }
    questions
}

fn read_question(json: &Json, path: &str, p: &mut Problems) -> Option<Question> {
    let mut o = Object::new(json, path, "a question", p)?;
    let id = o.id("id", p);
    let text = o.text("text", p);
    let short = o.text("short", p);
    let hint = o.optional_text("hint", p);
    let not_sure = o.optional_text("not_sure", p);
    let answer_path = o.child("answer");
    let kind = o
        .required("answer", "how the question is answered", p)
        .and_then(|answer| read_answer_kind(answer, &answer_path, p));
    o.finish(p);
    Some(Question {
        id: QuestionId::new(id?),
        text: text?,
        hint: hint?,
        short: short?,
        kind: kind?,
        not_sure: not_sure?,
    })
}

fn read_answer_kind(json: &Json, path: &str, p: &mut Problems) -> Option<AnswerKind> {
    const KINDS: &str = "one of \"yes_no\", \"one_of\", \"month_year\"";
    let mut o = Object::new(json, path, "how the question is answered", p)?;
    let kind_path = o.child("kind");
    let kind = match o.required("kind", KINDS, p) {
        Some(Json::String(k)) if k == "yes_no" => Some(AnswerKind::YesNo),
        Some(Json::String(k)) if k == "one_of" => read_options(&mut o, p).map(AnswerKind::OneOf),
        Some(Json::String(k)) if k == "month_year" => o
            .text("never", p)
            .map(|never| AnswerKind::MonthYear { never }),
        Some(other) => {
            p.expected(&kind_path, KINDS, other);
            // Which other fields belong depends on the kind: with none known, judge none of them.
            o.known.extend(["options", "never"]);
            None
        }
        None => None,
    };
    o.finish(p);
    kind
}

fn read_options(o: &mut Object<'_>, p: &mut Problems) -> Option<Vec<ChoiceOption>> {
    let items = o.list("options", "options, each with an id and a label", p)?;
    if items.len() < 2 {
        p.add(
            &o.child("options"),
            "expected at least two options to choose from",
        );
    }
    let mut seen = HashSet::new();
    let mut options = Vec::new();
    for (path, item) in items {
        let Some(mut option) = Object::new(item, &path, "an option", p) else {
            continue;
        };
        let id = option.id("id", p);
        let label = option.text("label", p);
        let hint = option.optional_text("hint", p);
        option.finish(p);
        if let Some(id) = &id {
            if !seen.insert(id.clone()) {
                p.add(
                    &format!("{path}.id"),
                    format!(
                        "expected an id no other option of this question has, found {} a second time",
                        Quoted(id.as_str())
                    ),
                );
            }
        }
        if let (Some(id), Some(label), Some(hint)) = (id, label, hint) {
            options.push(ChoiceOption {
                id: OptionId::new(id),
                label,
                hint,
            });
        }
    }
    Some(options)
}

fn read_posting(json: &Json, bank: &Bank, p: &mut Problems) -> Option<Posting> {
    let mut o = Object::new(json, "", "a posting", p)?;
    // Where an editor finds the schema (docs/posting.schema.json); nothing for the checker.
    o.optional("$schema");
    let id = o.id("id", p);
    let title = o.text("title", p);
    let employer = o.text("employer", p);
    let service = o.text("service", p);
    let location = o.text("location", p);
    let pay = o.text("pay", p);
    let contract = o.text("contract", p);
    let working_pattern = o.text("working_pattern", p);
    let published = o.optional_date("published", p);
    let closes = o.optional_date("closes", p);
    let reference = o.optional_text("reference", p);
    let summary = o.optional_text("summary", p);
    let apply_path = o.child("apply_url");
    let apply_url = o
        .required("apply_url", URL, p)
        .and_then(|url| https_url(url, &apply_path, p));
    let source = o.text("source", p);
    let criteria = o
        .list("criteria", "criteria", p)
        .map(|items| read_criteria(items, bank, p));
    if let (Some(Some(published)), Some(Some(closes))) = (published, closes) {
        if closes < published {
            p.add(
                &o.child("closes"),
                format!("expected a closing date on or after the published date {published}, found {closes}"),
            );
        }
    }
    o.finish(p);
    Some(Posting {
        id: PostingId::new(id?),
        title: title?,
        employer: employer?,
        service: service?,
        location: location?,
        pay: pay?,
        contract: contract?,
        working_pattern: working_pattern?,
        published: published?,
        closes: closes?,
        reference: reference?,
        summary: summary?,
        apply_url: apply_url?,
        source: source?,
        criteria: criteria?,
    })
}

fn read_criteria(items: Vec<(String, &Json)>, bank: &Bank, p: &mut Problems) -> Vec<Criterion> {
    let mut seen = HashSet::new();
    let mut criteria = Vec::new();
    for (path, item) in &items {
        let criterion = match item.get("use") {
            Some(_) => use_shared(item, path, bank, p),
            None => read_criterion(item, path, bank, p),
        };
        let Some(criterion) = criterion else {
            continue;
        };
        if !seen.insert(criterion.id.clone()) {
            p.add(
                &format!("{path}.id"),
                format!(
                    "expected an id no other criterion of this posting has, found {} a second time",
                    Quoted(criterion.id.as_str())
                ),
            );
        }
        criteria.push(criterion);
    }
    if criteria.len() == items.len() && !criteria.iter().any(|c| c.class == Class::Essential) {
        p.add(
            "criteria",
            "expected at least one criterion with \"class\": \"essential\": they are what the checker checks",
        );
    }
    criteria
}

/// `{ "use": "<id>" }`: the shared criterion with that id, as the bank defines it.
fn use_shared(json: &Json, path: &str, bank: &Bank, p: &mut Problems) -> Option<Criterion> {
    let mut o = Object::new(json, path, "a criterion", p)?;
    let use_path = o.child("use");
    let id = o.id("use", p);
    o.finish(p);
    let id = id?;
    let found = bank.criterion(&id);
    if found.is_none() {
        let shared = bank.criteria();
        let expected = if shared.is_empty() {
            "the id of a shared criterion, but the question bank shares none".to_owned()
        } else {
            format!(
                "the id of a shared criterion ({})",
                listed(shared.iter().map(|c| c.id.as_str()))
            )
        };
        p.add(
            &use_path,
            format!("expected {expected}, found {}", Quoted(&id)),
        );
    }
    found.cloned()
}

fn read_criterion(json: &Json, path: &str, bank: &Bank, p: &mut Problems) -> Option<Criterion> {
    const CLASSES: &str = "one of \"essential\", \"desirable\", \"after_offer\"";
    let mut o = Object::new(json, path, "a criterion", p)?;
    let id = o.id("id", p);
    let summary = o.text("summary", p);
    let quote = o.optional_text("quote", p);
    let detail = o.optional_text("detail", p);
    let class_path = o.child("class");
    let class = match o.required("class", CLASSES, p) {
        Some(Json::String(c)) if c == "essential" => Some(Class::Essential),
        Some(Json::String(c)) if c == "desirable" => Some(Class::Desirable),
        Some(Json::String(c)) if c == "after_offer" => Some(Class::AfterOffer),
        Some(other) => {
            p.expected(&class_path, CLASSES, other);
            None
        }
        None => None,
    };
    let rule_path = o.child("rule");
    let rule = match (class, o.optional("rule")) {
        (Some(Class::Essential), None) => {
            p.add(
                &rule_path,
                "this field is missing: expected a rule, because an essential criterion decides the result",
            );
            None
        }
        (Some(Class::AfterOffer), Some(_)) => {
            p.add(
                &rule_path,
                "expected no rule: an after-offer check is shown as information and never asked about",
            );
            None
        }
        (_, Some(rule)) => read_rule(rule, &rule_path, bank, p).map(Some),
        (_, None) => Some(None),
    };
    o.finish(p);
    Some(Criterion {
        id: CriterionId::new(id?),
        summary: summary?,
        quote: quote?,
        detail: detail?,
        class: class?,
        rule: rule?,
    })
}

fn read_rule(json: &Json, path: &str, bank: &Bank, p: &mut Problems) -> Option<Rule> {
    const KINDS: &str = "one of \"answer_in\", \"months_since\", \"has_happened\"";
    let mut o = Object::new(json, path, "a rule", p)?;
    let kind_path = o.child("kind");
    let kind = o.required("kind", KINDS, p);
    let question_path = o.child("question");
    let question = o
        .id("question", p)
        .and_then(|id| known_question(&id, bank, &question_path, p));
    let rule = match kind {
        Some(Json::String(k)) if k == "answer_in" => read_answer_in(&mut o, question?, p),
        Some(Json::String(k)) if k == "months_since" => {
            let months_path = o.child("months");
            let months = o
                .required("months", "a whole number of months", p)
                .and_then(|m| whole_months(m, &months_path, p));
            let question = month_question(question?, &question_path, p);
            Some(Rule::MonthsSince {
                question: question?,
                months: months?,
            })
        }
        Some(Json::String(k)) if k == "has_happened" => {
            let never_reason = o.optional_text("never_reason", p);
            let question = month_question(question?, &question_path, p);
            Some(Rule::HasHappened {
                question: question?,
                never_reason: never_reason?.map(Rc::from),
            })
        }
        Some(other) => {
            p.expected(&kind_path, KINDS, other);
            o.known
                .extend(["meets", "reasons", "months", "never_reason"]);
            None
        }
        None => None,
    };
    o.finish(p);
    rule
}

fn known_question<'b>(
    id: &str,
    bank: &'b Bank,
    path: &str,
    p: &mut Problems,
) -> Option<&'b Question> {
    let found = bank.question(id);
    if found.is_none() {
        p.add(
            path,
            format!(
                "expected the id of a question in the question bank ({}), found {}",
                listed(bank.questions().iter().map(|q| q.id.as_str())),
                Quoted(id)
            ),
        );
    }
    found
}

fn month_question(question: &Question, path: &str, p: &mut Problems) -> Option<QuestionId> {
    match question.kind {
        AnswerKind::MonthYear { .. } => Some(question.id.clone()),
        AnswerKind::YesNo | AnswerKind::OneOf(_) => {
            p.add(
                path,
                format!(
                    "expected a question answered with a month and year, but {} is answered by choosing an option",
                    Quoted(question.id.as_str())
                ),
            );
            None
        }
    }
}

fn whole_months(json: &Json, path: &str, p: &mut Problems) -> Option<u32> {
    const MONTHS: &str = "a whole number of months from 1 to 1200, like 12";
    match json {
        Json::Number(n) if n.fract() == 0.0 && (1.0..=1200.0).contains(n) => Some(*n as u32),
        other => {
            p.expected(path, MONTHS, other);
            None
        }
    }
}

fn read_answer_in(o: &mut Object<'_>, question: &Question, p: &mut Problems) -> Option<Rule> {
    let question_path = o.child("question");
    if matches!(question.kind, AnswerKind::MonthYear { .. }) {
        p.add(
            &question_path,
            format!(
                "expected a question answered by choosing an option, but {} is answered with a month and year",
                Quoted(question.id.as_str())
            ),
        );
    }
    // Looked up once per rule, not once per option named: a question may offer thousands.
    let offered = question.kind.option_ids();
    let known: HashSet<&OptionId> = offered.iter().collect();
    let option = |json: &Json, path: &str, p: &mut Problems| -> Option<OptionId> {
        let id = OptionId::new(id(json, path, p)?);
        if known.contains(&id) {
            return Some(id);
        }
        let expected = format!(
            "an option of question {} ({})",
            Quoted(question.id.as_str()),
            listed(offered.iter().map(OptionId::as_str))
        );
        p.expected(path, &expected, json);
        None
    };
    let meets: Vec<OptionId> = o
        .list("meets", "the options that meet the criterion", p)?
        .into_iter()
        .filter_map(|(path, item)| option(item, &path, p))
        .collect();
    let meeting: HashSet<&OptionId> = meets.iter().collect();
    let reasons_path = o.child("reasons");
    let mut reasons = Vec::new();
    match o.optional("reasons") {
        None => {}
        Some(Json::Object(pairs)) => {
            for (key, reason) in pairs {
                let path = format!("{reasons_path}.{key}");
                let id = option(&Json::String(key.clone()), &path, p);
                let reason = text(reason, &path, p);
                if let Some(id) = &id {
                    if meeting.contains(id) {
                        p.add(
                            &path,
                            format!(
                                "expected a reason only for options that do not meet the criterion, but {} is listed in \"meets\"",
                                Quoted(id.as_str())
                            ),
                        );
                    }
                }
                if let (Some(id), Some(reason)) = (id, reason) {
                    reasons.push((id, Rc::from(reason)));
                }
            }
        }
        Some(other) => p.expected(
            &reasons_path,
            "an object giving, for an option that does not meet the criterion, the employer's reason",
            other,
        ),
    }
    Some(Rule::AnswerIn {
        question: question.id.clone(),
        meets: OptionSet::new(meets),
        reasons,
    })
}
