//! Reading a posting: its facts, and criteria whose rules fit the bank's questions.

use super::problem::{Among, Expected, Listed, ProblemKind, Thing, Things};
use super::reader::{Reader, TEXT_LIMIT};
use crate::json::Json;
use crate::rules::model::{
    Bank, Class, Criterion, CriterionId, Evidence, Nation, Posting, PostingId, WelshSkills,
};
use crate::rules::seen::Seen;

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
        let area = o.optional_words("area");
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
        const NATIONS: Expected =
            Expected::OneOf(&["england", "wales", "scotland", "northern_ireland"]);
        let nation_path = o.child("nation");
        let nation = match o.optional("nation") {
            None => Some(None),
            Some(Json::String(n)) if n == "england" => Some(Some(Nation::England)),
            Some(Json::String(n)) if n == "wales" => Some(Some(Nation::Wales)),
            Some(Json::String(n)) if n == "scotland" => Some(Some(Nation::Scotland)),
            Some(Json::String(n)) if n == "northern_ireland" => Some(Some(Nation::NorthernIreland)),
            Some(other) => {
                self.expected(nation_path, NATIONS, other);
                None
            }
        };
        #[cfg(feature = "employer")]
        let nation_path = o.child("nation");
        let apply_path = o.child("apply_url");
        let apply_url = o
            .required("apply_url", Expected::WebAddress)
            .and_then(|url| self.https_url(url, &apply_path));
        let source = o.text("source");
        #[cfg(feature = "employer")]
        let before = self.problem_count();
        let criteria = o
            .list("criteria", Things::Criteria)
            .map(|items| self.criteria(items, bank));
        // The employer's test cases: read and checked by the tools and the editor, and left
        // unread by the applicant's app, which never runs them (feature `employer`).
        #[cfg(feature = "employer")]
        let examples = {
            // Judged against every criterion or none: a mistake in a criterion is not also
            // blamed on each example that names it.
            let read = criteria.is_some() && self.problem_count() == before;
            self.examples(&mut o, criteria.as_deref(), read, bank)
        };
        #[cfg(not(feature = "employer"))]
        o.optional("examples");
        if let (Some(Some(published)), Some(Some(closes))) = (published, closes) {
            if closes < published {
                let kind = ProblemKind::ClosesBeforePublished { published, closes };
                self.add(o.child("closes"), kind);
            }
        }
        o.finish();
        self.check_welsh();
        let (location, area) = (location?, area?);
        let nation = nation?;
        // Where the file does not say, and the location (or area) names a place in another
        // nation than England, the employer is asked to say: the checker does not guess, so that
        // the guessing stays out of the applicant's page (docs/performance.md).
        #[cfg(feature = "employer")]
        if nation.is_none() {
            let area = area.iter().flat_map(|area| area.texts());
            let told = location.texts().chain(area).find_map(Nation::of_place);
            if let Some(told) = told.filter(|&told| told != Nation::England) {
                self.add(nation_path, ProblemKind::NationUnsaid { told });
            }
        }
        Some(Posting {
            id: PostingId::new(id?),
            title: title?,
            employer: employer?,
            service: service?,
            location,
            area,
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
            nation: nation.unwrap_or_default(),
            #[cfg(feature = "employer")]
            examples: examples?,
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
            let shared = Listed::near(bank.criteria().iter().map(|c| c.id.as_str()), &id);
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
}
