//! Reading a posting: its facts, and criteria whose rules fit the bank's questions.

use super::problem::{Among, Expected, Found, Listed, ProblemKind, Thing, Things};
use super::reader::{Object, Reader, TEXT_LIMIT};
use crate::json::Json;
use crate::rules::model::{
    AnswerKind, Bank, Class, Criterion, CriterionId, Evidence, OptionId, OptionSet, Posting,
    PostingId, Question, QuestionId, Rule, WelshSkills,
};
use crate::rules::seen::Seen;
use std::rc::Rc;

/// How long an advert with no closing date is taken to be open after it was published: most NHS
/// adverts close within a month or two.
pub const DEFAULT_OPEN_FOR_WEEKS: u32 = 8;

impl Reader {
    /// One posting; see [`super::posting`].
    pub(super) fn posting(&self, json: &Json, bank: &Bank) -> Option<Posting> {
        // Whether it gives Welsh is for this posting alone.
        self.check_welsh();
        let mut o = self.object(json, "", Thing::Posting)?;
        // Where an editor finds the schema (docs/posting.schema.json); nothing for the checker.
        o.optional("$schema");
        let id = o.id("id");
        let title = o.words("title");
        let employer = o.words("employer");
        let service = o.optional_words("service");
        let location = o.words("location");
        let pay = o.optional_words("pay");
        let contract = o.optional_words("contract");
        let working_pattern = o.optional_words("working_pattern");
        let published = o.optional_date("published");
        let closes = o.optional_date("closes");
        let weeks_path = o.child("open_for_weeks");
        let open_for_weeks = match o.optional("open_for_weeks") {
            None => Some(DEFAULT_OPEN_FOR_WEEKS),
            Some(weeks) => self.weeks(weeks, &weeks_path),
        };
        let starts_path = o.child("starts");
        let starts = match o.optional("starts") {
            None => Some(None),
            Some(month) => self.month(month, &starts_path).map(Some),
        };
        let reference = o.optional_text("reference");
        let summary = o.optional_words("summary");
        let carer_roles = o.optional_words("carer_roles");
        const SKILLS: Expected =
            Expected::OneOf(&["essential", "need_to_learn", "desirable", "not_necessary"]);
        let skills_path = o.child("welsh_language_skills");
        let welsh_skills = match o.optional("welsh_language_skills") {
            None => Some(None),
            Some(Json::String(s)) if s == "essential" => Some(Some(WelshSkills::Essential)),
            Some(Json::String(s)) if s == "need_to_learn" => Some(Some(WelshSkills::NeedToLearn)),
            Some(Json::String(s)) if s == "desirable" => Some(Some(WelshSkills::Desirable)),
            Some(Json::String(s)) if s == "not_necessary" => Some(Some(WelshSkills::NotNecessary)),
            Some(other) => {
                self.expected(skills_path, SKILLS, other);
                None
            }
        };
        let apply_path = o.child("apply_url");
        let apply_url = o
            .required("apply_url", Expected::WebAddress)
            .and_then(|url| self.https_url(url, &apply_path));
        let source = o.text("source");
        let criteria = o
            .list("criteria", Things::Criteria)
            .map(|items| self.criteria(items, bank));
        if let (Some(Some(published)), Some(Some(closes))) = (published, closes) {
            if closes < published {
                let kind = ProblemKind::ClosesBeforePublished { published, closes };
                self.add(o.child("closes"), kind);
            }
        }
        o.finish();
        self.check_welsh();
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
            open_for_weeks: open_for_weeks?,
            starts: starts?,
            reference: reference?,
            summary: summary?,
            apply_url: apply_url?,
            source: source?,
            criteria: criteria?,
            welsh_skills: welsh_skills?,
            carer_roles: carer_roles?,
        })
    }

    fn criteria(&self, items: Vec<(String, &Json)>, bank: &Bank) -> Vec<Criterion> {
        let mut seen = Seen::default();
        let mut criteria = Vec::new();
        for (path, item) in &items {
            let criterion = match item.get("use") {
                Some(_) => self.use_shared(item, path, bank),
                None => self.criterion(item, path, bank),
            };
            let Some(criterion) = criterion else {
                continue;
            };
            if !seen.first(criterion.id.as_str()) {
                self.repeated(path, Among::Criteria, criterion.id.as_str());
            }
            criteria.push(criterion);
        }
        if criteria.len() == items.len() && !criteria.iter().any(|c| c.class == Class::Essential) {
            self.add("criteria", ProblemKind::NoEssentialCriterion);
        }
        criteria
    }

    /// `{ "use": "<id>" }`: the shared criterion with that id, as the bank defines it.
    fn use_shared(&self, json: &Json, path: &str, bank: &Bank) -> Option<Criterion> {
        let mut o = self.object(json, path, Thing::Criterion)?;
        let use_path = o.child("use");
        let id = o.id("use");
        o.finish();
        let id = id?;
        let found = bank.criterion(&id);
        if found.is_none() {
            let shared = Listed::of(bank.criteria().iter().map(|c| c.id.as_str()));
            self.not_among(use_path, Expected::SharedCriterion(shared), &id);
        }
        found.cloned()
    }

    /// A criterion written out in full, in a posting or among a bank's shared criteria.
    pub(super) fn criterion(&self, json: &Json, path: &str, bank: &Bank) -> Option<Criterion> {
        const CLASSES: Expected =
            Expected::OneOf(&["essential", "desirable", "after_offer", "not_checked"]);
        let mut o = self.object(json, path, Thing::Criterion)?;
        let id = o.id("id");
        let summary = o.words("summary");
        let quote = o.optional_words("quote");
        let detail = o.optional_words("detail");
        let evidence = match o.optional("evidence_prompt") {
            None => Some(Evidence::Example),
            Some(Json::Bool(false)) => Some(Evidence::Nothing),
            Some(prompt @ (Json::String(_) | Json::Object(_))) => self
                .words(prompt, TEXT_LIMIT, &|| o.child("evidence_prompt"))
                .map(Evidence::Prompt),
            Some(other) => {
                self.expected(o.child("evidence_prompt"), Expected::Prompt, other);
                None
            }
        };
        let class_path = o.child("class");
        let class = match o.required("class", CLASSES) {
            Some(Json::String(c)) if c == "essential" => Some(Class::Essential),
            Some(Json::String(c)) if c == "desirable" => Some(Class::Desirable),
            Some(Json::String(c)) if c == "after_offer" => Some(Class::AfterOffer),
            Some(Json::String(c)) if c == "not_checked" => Some(Class::NotChecked),
            Some(other) => {
                self.expected(class_path, CLASSES, other);
                None
            }
            None => None,
        };
        let rule_path = o.child("rule");
        let rule = match (class, o.optional("rule")) {
            (Some(Class::Essential), None) => {
                self.add(rule_path, ProblemKind::EssentialWithoutRule);
                None
            }
            (Some(Class::AfterOffer), Some(_)) => {
                self.add(rule_path, ProblemKind::AfterOfferWithRule);
                None
            }
            (Some(Class::NotChecked), Some(_)) => {
                self.add(rule_path, ProblemKind::NotCheckedWithRule);
                None
            }
            (_, Some(rule)) => self.rule(rule, &rule_path, bank).map(Some),
            (_, None) => Some(None),
        };
        o.finish();
        Some(Criterion {
            id: CriterionId::new(id?),
            summary: summary?,
            quote: quote?,
            detail: detail?,
            class: class?,
            rule: rule?,
            evidence: evidence?,
        })
    }

    fn rule(&self, json: &Json, path: &str, bank: &Bank) -> Option<Rule> {
        const KINDS: Expected = Expected::OneOf(&["answer_in", "months_since", "has_happened"]);
        let mut o = self.object(json, path, Thing::Rule)?;
        let kind_path = o.child("kind");
        let kind = o.required("kind", KINDS);
        let question_path = o.child("question");
        let question = o
            .id("question")
            .and_then(|id| self.known_question(&id, bank, &question_path));
        let rule = match kind {
            Some(Json::String(k)) if k == "answer_in" => self.answer_in(&mut o, question?),
            Some(Json::String(k)) if k == "months_since" => {
                let months_path = o.child("months");
                let months = o
                    .required("months", Expected::MonthCount)
                    .and_then(|m| self.months(m, &months_path));
                let question = self.month_question(question?, &question_path);
                Some(Rule::MonthsSince {
                    question: question?,
                    months: months?,
                })
            }
            Some(Json::String(k)) if k == "has_happened" => {
                let never_reason = o.optional_words("never_reason");
                let question = self.month_question(question?, &question_path);
                Some(Rule::HasHappened {
                    question: question?,
                    never_reason: never_reason?.map(Rc::from),
                })
            }
            Some(other) => {
                self.expected(kind_path, KINDS, other);
                o.allow(&["meets", "reasons", "months", "never_reason"]);
                None
            }
            None => None,
        };
        o.finish();
        rule
    }

    fn known_question<'b>(&self, id: &str, bank: &'b Bank, path: &str) -> Option<&'b Question> {
        let found = bank.question(id);
        if found.is_none() {
            let known = Listed::of(bank.questions().iter().map(|q| q.id.as_str()));
            self.not_among(path, Expected::Question(known), id);
        }
        found
    }

    /// Notes that `id` at `path` is not one of those `expected` names.
    fn not_among(&self, path: impl Into<String>, expected: Expected, id: &str) {
        let kind = ProblemKind::Expected {
            expected,
            found: Found::Id(id.to_owned()),
        };
        self.add(path, kind);
    }

    fn month_question(&self, question: &Question, path: &str) -> Option<QuestionId> {
        match question.kind {
            AnswerKind::MonthYear { .. } => Some(question.id.clone()),
            AnswerKind::YesNo | AnswerKind::OneOf(_) => {
                let kind = ProblemKind::NotMonthQuestion {
                    question: question.id.as_str().to_owned(),
                };
                self.add(path, kind);
                None
            }
        }
    }

    fn answer_in(&self, o: &mut Object<'_, '_>, question: &Question) -> Option<Rule> {
        if matches!(question.kind, AnswerKind::MonthYear { .. }) {
            let kind = ProblemKind::NotChoiceQuestion {
                question: question.id.as_str().to_owned(),
            };
            self.add(o.child("question"), kind);
        }
        // Looked up once per rule, not once per option named: a question may offer thousands.
        let offered = question.kind.option_ids();
        let mut known = Seen::default();
        for option in &offered {
            known.first(option.as_str());
        }
        let option = |json: &Json, path: &str| -> Option<OptionId> {
            let id = OptionId::new(self.id(json, || path.to_owned())?);
            if known.contains(id.as_str()) {
                return Some(id);
            }
            let expected = Expected::OptionOf {
                question: question.id.as_str().to_owned(),
                options: Listed::of(offered.iter().map(OptionId::as_str)),
            };
            self.expected(path, expected, json);
            None
        };
        let meets: Vec<OptionId> = o
            .list("meets", Things::MeetingOptions)?
            .into_iter()
            .filter_map(|(path, item)| option(item, &path))
            .collect();
        let mut meeting = Seen::default();
        for option in &meets {
            meeting.first(option.as_str());
        }
        let reasons_path = o.child("reasons");
        let mut reasons = Vec::new();
        match o.optional("reasons") {
            None => {}
            Some(Json::Object(pairs)) => {
                for (key, reason) in pairs {
                    let path = format!("{reasons_path}.{key}");
                    let id = option(&Json::String(key.clone()), &path);
                    let reason = self.words(reason, TEXT_LIMIT, &|| path.clone());
                    if let Some(id) = &id {
                        if meeting.contains(id.as_str()) {
                            let kind = ProblemKind::ReasonForMeetingOption {
                                option: id.as_str().to_owned(),
                            };
                            self.add(path.clone(), kind);
                        }
                    }
                    if let (Some(id), Some(reason)) = (id, reason) {
                        reasons.push((id, Rc::from(reason)));
                    }
                }
            }
            Some(other) => self.expected(reasons_path, Expected::Reasons, other),
        }
        Some(Rule::AnswerIn {
            question: question.id.clone(),
            meets: OptionSet::new(meets),
            reasons,
        })
    }
}
