//! What a posting and its questions are, as data.
//!
//! Questions live apart from postings, in a question bank: a criterion names the question it is
//! decided by, so one answer can serve every posting that asks the same thing.

use super::date::{Date, YearMonth};
use std::rc::Rc;

// The ids (ids.rs), the question bank (bank.rs) and its questions (question.rs) are part of the
// model.
pub use super::bank::Bank;
pub use super::ids::{CriterionId, OptionId, PostingId, QuestionId};
pub use super::nation::Nation;
pub use super::question::{AnswerKind, ChoiceOption, Question};
use super::words::Words;

/// A job posting and the criteria an applicant can check themselves against.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Posting {
    /// Unique among the postings loaded together.
    pub id: PostingId,
    /// The job title, such as "Peer Support Worker".
    pub title: Words,
    /// The employing organisation.
    pub employer: Words,
    /// The ward, team or service the job is in, where the file says (a schema.org JobPosting has
    /// no field for it).
    pub service: Option<Words>,
    /// Where the job is.
    pub location: Words,
    /// The town or area the job is in ("Dartford"), for the list, where the file says. Where it
    /// does not, the list takes the town from [`Posting::location`]
    /// ([`Posting::town_or_area`]).
    pub area: Option<Words>,
    /// The pay, as the advert states it, where it does.
    pub pay: Option<Words>,
    /// Permanent, fixed term and so on, where the advert says.
    pub contract: Option<Words>,
    /// Full time, part time and so on, where the advert says.
    pub working_pattern: Option<Words>,
    /// When the advert was published, where it says.
    pub published: Option<Date>,
    /// The last day applications are accepted; none when the advert gives none.
    pub closes: Option<Date>,
    /// For an advert with no closing date: how many weeks after it was published it is taken to
    /// be open. After that the checker says it may have closed.
    pub open_for_weeks: u32,
    /// The month the job starts, where the advert says.
    pub starts: Option<YearMonth>,
    /// The employer's reference for the job.
    pub reference: Option<String>,
    /// A few sentences about the job, in the posting author's words.
    pub summary: Option<Words>,
    /// Where the applicant reads the full advert and applies (an `https://` address).
    pub apply_url: String,
    /// Where the posting's facts were taken from, for the people who maintain the file.
    pub source: String,
    /// The criteria, in the order the employer gives them.
    pub criteria: Vec<Criterion>,
    /// The Welsh-language skills it asks for, where it says (posts in Wales do).
    pub welsh_skills: Option<WelshSkills>,
    /// What the result tells an applicant whose experience is only as a carer, where that does
    /// not meet an essential criterion: the kind of job that asks for carers' experience. Where
    /// the file gives none, the checker's own words say it.
    pub carer_roles: Option<Words>,
    /// The nation the job is in, whose urgent mental health line the result names: the file's
    /// `nation`, else England. The checker does not guess it from the location; the validator and
    /// the editor ask for it where the location names a place in another nation
    /// ([`Nation::of_place`]).
    pub nation: Nation,
    /// The employer's own test cases (feature `employer`: the applicant's app skips them
    /// unread).
    #[cfg(feature = "employer")]
    pub examples: Vec<super::example::Example>,
}

impl Posting {
    /// Whether the closing date has passed on `today`. Applications are taken on the closing day
    /// itself, so a posting closing today is still open.
    pub fn is_closed(&self, today: Date) -> bool {
        self.closed_on(today).is_some()
    }

    /// The day the posting closed, when that has passed on `today`.
    pub fn closed_on(&self, today: Date) -> Option<Date> {
        self.closes.filter(|&closes| today > closes)
    }

    /// When the advert gives no closing date and was published more than
    /// [`Posting::open_for_weeks`] weeks before `today`, so that it may well have closed: the day it
    /// was published. `None` while it may still be open, or when it has a closing date.
    ///
    /// ```
    /// # let (catalogue, _) = eligibility_core::builtin::catalogue();
    /// # let kmpt = catalogue.posting(&"kmpt-dartford-womens-picu-peer-support-worker".into()).unwrap();
    /// use eligibility_core::rules::Date;
    /// // Published 10 November 2025, no closing date, taken to be open for 8 weeks.
    /// assert_eq!(kmpt.may_have_closed(Date::new(2026, 1, 5).unwrap()), None);
    /// assert_eq!(kmpt.may_have_closed(Date::new(2026, 1, 6).unwrap()), Date::new(2025, 11, 10));
    /// ```
    pub fn may_have_closed(&self, today: Date) -> Option<Date> {
        match (self.closes, self.published) {
            (None, Some(published))
                if published.days_until(today) > i64::from(self.open_for_weeks) * 7 =>
            {
                Some(published)
            }
            _ => None,
        }
    }

    /// Whether the job's start month has passed on `today`.
    pub fn has_started(&self, today: Date) -> bool {
        self.starts
            .is_some_and(|starts| today.year_month() > starts)
    }

    /// The questions the applicant is asked for this posting, in order: those of the essential
    /// criteria first, then those of the desirable ones, each once however many criteria share it.
    pub fn question_ids(&self) -> Vec<QuestionId> {
        let mut ids: Vec<QuestionId> = Vec::new();
        for class in [Class::Essential, Class::Desirable] {
            for criterion in self.criteria.iter().filter(|c| c.class == class) {
                for question in criterion.rule.iter().flat_map(Rule::questions) {
                    if !ids.contains(question) {
                        ids.push(question.clone());
                    }
                }
            }
        }
        ids
    }

    /// The criteria of one class, in the posting's order.
    pub fn criteria_of(&self, class: Class) -> impl Iterator<Item = &Criterion> {
        self.criteria.iter().filter(move |c| c.class == class)
    }

    /// Whether `question` is asked only for this posting's desirable criteria: its answer never
    /// changes whether the applicant can apply.
    pub fn asks_only_for_desirable(&self, question: &QuestionId) -> bool {
        self.criteria
            .iter()
            .filter(|c| {
                c.rule
                    .iter()
                    .flat_map(Rule::questions)
                    .any(|q| q == question)
            })
            .all(|c| c.class == Class::Desirable)
    }
}

/// One criterion of a posting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Criterion {
    /// Unique within the posting.
    pub id: CriterionId,
    /// The employer's criterion in a few words, such as "Experience of using mental health services".
    pub summary: Words,
    /// The advert's exact words, where they are the criterion.
    pub quote: Option<Words>,
    /// More about the criterion, such as what an after-offer check involves.
    pub detail: Option<Words>,
    /// Whether it decides the result, is nice to have, or is checked after an offer.
    pub class: Class,
    /// How the applicant's answers decide it; none for information only.
    pub rule: Option<Rule>,
    /// What an example in the application could show, for the applicant's notes.
    pub evidence: Evidence,
}

impl Criterion {
    /// Whether it is a Disclosure and Barring Service check the employer makes after an offer,
    /// as its summary names it ("A Disclosure and Barring Service (DBS) check"): the result then
    /// says that being detained under the Mental Health Act is not a criminal conviction.
    pub fn is_dbs_check(&self) -> bool {
        let summary = self.summary.as_english();
        self.class == Class::AfterOffer
            && (summary.contains("Disclosure and Barring")
                || summary
                    .split(|c: char| !c.is_ascii_alphanumeric())
                    .any(|word| word == "DBS"))
    }

    /// What "Prepare your application" asks the applicant to think of for this criterion: `None`
    /// where there is nothing to write (a check after an offer, or `evidence_prompt: false`);
    /// `Some(None)` for the checker's own plain prompt; `Some(Some(prompt))` for the posting's.
    pub fn evidence_prompt(&self) -> Option<Option<&Words>> {
        match (self.class, &self.evidence) {
            (Class::AfterOffer, _) | (_, Evidence::Nothing) => None,
            (Class::Essential | Class::Desirable | Class::NotChecked, Evidence::Example) => {
                Some(None)
            }
            (Class::Essential | Class::Desirable | Class::NotChecked, Evidence::Prompt(prompt)) => {
                Some(Some(prompt))
            }
        }
    }
}

/// What "Prepare your application" asks the applicant to think about for a criterion: the
/// posting's `evidence_prompt`. Criteria checked after an offer are never in it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Evidence {
    /// No prompt given: the checker's own plain one, asking for an example.
    #[default]
    Example,
    /// The posting's own prompt.
    Prompt(Words),
    /// `false`: there is nothing to write for this criterion (a date rule, say), so it gets no
    /// notes.
    Nothing,
}

/// The Welsh-language skills a post asks for: the four categories NHS bodies in Wales state on
/// every advert.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WelshSkills {
    /// Welsh is essential: a criterion, which a question in the bank can decide.
    Essential,
    /// Welsh is to be learnt in the post.
    NeedToLearn,
    /// Welsh is desirable.
    Desirable,
    /// Welsh is not necessary.
    NotNecessary,
}

impl WelshSkills {
    /// Its id in a posting file's `welsh_language_skills`.
    pub fn id(self) -> &'static str {
        match self {
            WelshSkills::Essential => "essential",
            WelshSkills::NeedToLearn => "need_to_learn",
            WelshSkills::Desirable => "desirable",
            WelshSkills::NotNecessary => "not_necessary",
        }
    }
}

/// What part a criterion plays in the result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Class {
    /// Must be met to apply; decides the overall result.
    Essential,
    /// Shown, and checked when it has a rule, but never stops anyone applying.
    Desirable,
    /// Checked by the employer later (a DBS check, say): shown as information only.
    AfterOffer,
    /// Asked for by the advert, but not something this check can ask about ("the ability to
    /// support others on their recovery journey"): named, so the applicant knows what is left.
    NotChecked,
}

/// How an answer decides a criterion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rule {
    /// The answer to a choice question must be one of `meets`. Any other option does not meet it,
    /// with the employer's reason where `reasons` gives one ("professional experience alone will
    /// not meet").
    AnswerIn {
        /// The question that decides it.
        question: QuestionId,
        /// The options that meet the criterion.
        meets: OptionSet,
        /// The employer's reason why an option does not meet it, for the options that have one.
        reasons: Vec<(OptionId, Rc<Words>)>,
    },
    /// At least `months` whole months must have passed since the month answered to a
    /// month-and-year question ("twelve months without using mental health services prior to
    /// applying"). "Never" meets it: nothing has happened that time must pass since.
    MonthsSince {
        /// The question that decides it.
        question: QuestionId,
        /// How many whole months must have passed.
        months: u32,
        /// A yes-or-no question asked only where the month answered would not meet it: whether,
        /// in those months, the only care was of a kind the advert does not say counts (seeing a
        /// GP, prescribed medicine). "Yes" or "not sure" leaves it for the employer to say
        /// ([`crate::rules::NotSure::OnlyGpOrMedicine`]); "no" leaves it to the month.
        unless_only: Option<QuestionId>,
    },
    /// A month-and-year question must have been answered with a month: the thing has happened
    /// ("experience of using mental health services"). "Never" does not meet it.
    HasHappened {
        /// The question that decides it.
        question: QuestionId,
        /// The employer's reason, shown when the answer is "never".
        never_reason: Option<Rc<Words>>,
    },
    /// The month answered to a month-and-year question must be within the last `months` months
    /// ("used adult mental health services in the last 5 years": 60): the opposite of
    /// [`Rule::MonthsSince`]. "Never" does not meet it.
    WithinMonths {
        /// The question that decides it.
        question: QuestionId,
        /// How many months back the last time may be.
        months: u32,
        /// The employer's reason, shown when the answer is "never".
        never_reason: Option<Rc<Words>>,
    },
    /// Met when any one of its parts is ("a full UK driving licence, or able to travel across the
    /// region"). Each part is a rule on its own question, never another `AnyOf` or `AllOf`.
    AnyOf(Vec<Rule>),
    /// Met when every one of its parts is (an advert that asks for two things in one line). Each
    /// part is a rule on its own question, never another `AnyOf` or `AllOf`.
    AllOf(Vec<Rule>),
}

/// Some of one question's options: the ones that meet a criterion, as the posting file lists them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionSet {
    ids: Vec<OptionId>,
}

impl OptionSet {
    /// The options `ids`, in the order given.
    pub fn new(ids: Vec<OptionId>) -> OptionSet {
        OptionSet { ids }
    }

    /// The options, as the posting file lists them.
    pub fn ids(&self) -> &[OptionId] {
        &self.ids
    }

    /// Whether `id` is in the set.
    pub fn contains(&self, id: &OptionId) -> bool {
        self.ids.contains(id)
    }
}

impl Rule {
    /// The questions whose answers decide this rule, in order: one, but for a rule of parts.
    pub fn questions(&self) -> Vec<&QuestionId> {
        match self {
            Rule::MonthsSince {
                question,
                unless_only: Some(only),
                ..
            } => vec![question, only],
            Rule::AnswerIn { question, .. }
            | Rule::MonthsSince { question, .. }
            | Rule::HasHappened { question, .. }
            | Rule::WithinMonths { question, .. } => vec![question],
            Rule::AnyOf(parts) | Rule::AllOf(parts) => {
                parts.iter().flat_map(Rule::questions).collect()
            }
        }
    }

    /// The question a rule on one question is decided by (not its `unless_only`); `None` for a
    /// rule of parts.
    pub fn question(&self) -> Option<&QuestionId> {
        match self {
            Rule::AnswerIn { question, .. }
            | Rule::MonthsSince { question, .. }
            | Rule::HasHappened { question, .. }
            | Rule::WithinMonths { question, .. } => Some(question),
            Rule::AnyOf(_) | Rule::AllOf(_) => None,
        }
    }
}
