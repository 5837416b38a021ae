//! Each problem in a few words ([`ProblemKind::brief`]), for where the full words cannot go: the
//! console of a careers page, whose applicants' first load carries every byte of the checker.
//! The validator (and the editor) say each problem in full, with what to do.

use super::{LoadError, ProblemKind};
use std::fmt;

/// A file's problems in short, one a line: `jobs.json: postings[leeds].title: missing`.
pub struct BriefProblems<'a>(&'a LoadError);

impl LoadError {
    /// Every problem in short, one a line, each with its file and place.
    pub fn brief(&self) -> BriefProblems<'_> {
        BriefProblems(self)
    }
}

impl fmt::Display for BriefProblems<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.0.problems().iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{}: ", self.0.file())?;
            if !problem.path.is_empty() {
                write!(f, "{}: ", problem.path)?;
            }
            write!(f, "{}", problem.kind.brief())?;
        }
        Ok(())
    }
}

/// A problem's kind in a few words, naming what was found where it helps find the place.
pub struct Brief<'a>(&'a ProblemKind);

impl ProblemKind {
    /// These words in short: `missing`, `found the text "eight"`, `an id given twice: "nvq"`.
    ///
    /// ```
    /// use eligibility_core::rules::{Expected, Found, ProblemKind};
    /// let kind = ProblemKind::Expected { expected: Expected::Text, found: Found::Bool(true) };
    /// assert_eq!(kind.brief().to_string(), "not what this field holds: found true");
    /// ```
    pub fn brief(&self) -> Brief<'_> {
        Brief(self)
    }
}

impl fmt::Display for Brief<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ProblemKind::*;
        let words = match self.0 {
            NotJson { cause } => return write!(f, "not valid JSON: {cause}"),
            Expected { found, .. } => {
                return write!(f, "not what this field holds: found {found}");
            }
            HiddenCharacter { code, at } => {
                return write!(f, "a hidden character, U+{code:04X}, at character {at}")
            }
            TooLong { length, limit } => {
                return write!(f, "too long: {length} characters, at most {limit}")
            }
            InBank { id, file, .. } => return write!(f, "an id {file} already has: \"{id}\""),
            Repeated { id, .. } => return write!(f, "an id given twice: \"{id}\""),
            #[cfg(feature = "employer")]
            RepeatedExample { name } => {
                return write!(f, "an example's name given twice: \"{name}\"")
            }
            #[cfg(feature = "employer")]
            GpOnlyNotTwelveMonths { months } => {
                return write!(f, "a question of 12 months on a rule of {months}")
            }
            #[cfg(feature = "employer")]
            NationUnsaid { told } => return write!(f, "not given: \"{}\"?", told.id()),
            NotMonthQuestion { question } => {
                return write!(f, "not a month question: \"{question}\"")
            }
            NotYesNoQuestion { question } => {
                return write!(f, "not a yes-or-no question: \"{question}\"")
            }
            NotChoiceQuestion { question } => {
                return write!(f, "not a question with options: \"{question}\"")
            }
            ReasonForMeetingOption { option } => {
                return write!(f, "a reason for an option that meets: \"{option}\"")
            }
            UnknownJobPosting { by, found, .. } => {
                return write!(f, "no JobPosting in the page has this {by}: \"{found}\"")
            }
            Unusable { reason } => reason,
            Missing { .. } => "missing",
            EmptyList { .. } => "an empty list",
            UnknownField { .. } => "not a field the checker knows",
            UserNameInAddress { .. } => "a user name in a web address",
            TooFewOptions => "fewer than two options",
            ClosesBeforePublished { .. } => "closes before it is published",
            NoEssentialCriterion => "no essential criterion",
            SharedUsesShared => "a shared criterion using another",
            NoWelsh => "no Welsh beside the English",
            EssentialWithoutRule => "an essential criterion without a rule",
            AfterOfferWithRule => "a rule on an after-offer check",
            NotCheckedWithRule => "a rule on a criterion the check does not ask about",
            OnlyOnePart => "a rule of one part",
            PartWithParts => "a part with parts of its own",
        };
        f.write_str(words)
    }
}
