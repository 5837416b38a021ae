//! Every word the applicant reads, apart from the postings' and questions' own text.
//!
//! Words are data: a [`Text`] holds them for one language, as whole sentences with `{name}`
//! placeholders where a value goes, and every sentence that names a count in all of its plural
//! forms ([`Plural`]). Welsh is a second `Text` ([`WELSH`]); no view glues a sentence together
//! from parts. The views are given the words of the language the checker speaks
//! ([`Language::text`]), which the applicant can switch. The functions in `sentences.rs` turn the core's
//! verdicts into sentences, and those in `result.rs` an evaluation into the result page's heading
//! and next steps; the views only place them on the page. `fill.rs` puts values into a sentence.
//!
//! ```
//! use eligibility_core::text::{fill, ENGLISH};
//! assert_eq!(ENGLISH.covers_intro.of(3), "You will answer {count} questions, one at a time.");
//! assert_eq!(fill(ENGLISH.show_more.of(1), &[("count", "1")]), "Show 1 more job");
//! ```

mod boot;
#[cfg(feature = "employer")]
mod editor;
#[cfg(feature = "employer")]
mod editor_form;
#[cfg(feature = "employer")]
mod editor_question;
#[cfg(feature = "employer")]
mod editor_rules;
#[cfg(feature = "employer")]
mod editor_welsh;
mod english;
mod fill;
mod gp;
mod jobposting;
mod note;
mod plural;
pub mod readability;
mod reasons;
mod result;
mod rules;
mod sentences;
mod settled;
mod welsh;
mod words;

pub use crate::rules::Language;
pub use boot::{BootWords, ENGLISH_BOOT, WELSH_BOOT};
#[cfg(feature = "employer")]
pub use editor::{EditorWords, EDITOR_ENGLISH, EDITOR_WELSH};
#[cfg(feature = "employer")]
pub use editor_form::{EditorFormWords, FORM_ENGLISH, FORM_WELSH};
#[cfg(feature = "employer")]
pub use editor_question::{EditorQuestionWords, QUESTION_ENGLISH, QUESTION_WELSH};
#[cfg(feature = "employer")]
pub use editor_rules::{EditorRuleWords, RULES_ENGLISH, RULES_WELSH};
#[cfg(feature = "employer")]
pub use editor_welsh::{EditorWelshWords, WELSH_TABLE_ENGLISH, WELSH_TABLE_WELSH};
pub use english::ENGLISH;
pub use fill::fill;
pub use gp::GpWords;
pub use jobposting::{JobPostingWords, ENGLISH_JOBPOSTING, WELSH_JOBPOSTING};
pub use note::NoteWords;
pub use plural::{Category, Plural};
pub use result::{NextSteps, Outcome};
pub use rules::RuleWords;
pub use settled::SettledWords;
pub use welsh::WELSH;
pub use words::Text;

impl Text {
    /// A posting's or question's own text, as a reader of this language is shown it: its Welsh on
    /// a Welsh page where the file gives it, else its English.
    pub fn own<'w>(&self, words: &'w crate::rules::Words) -> &'w str {
        words.in_language(self.language)
    }

    /// The `lang` of a posting's or question's own text as shown, where it is not the page's: on
    /// a Welsh page, English where its file gives no Welsh (WCAG 3.1.2).
    pub fn lang_of(&self, words: &crate::rules::Words) -> Option<&'static str> {
        words.lang_in(self.language).map(|language| match language {
            Language::English => "en",
            Language::Welsh => "cy",
        })
    }

    /// A choice of the list's Hours filter: full or part time as this language words them, any
    /// other hours as the posting writes them (see [`Text::own`]).
    pub fn hours<'a>(&self, hours: &'a crate::rules::Hours) -> &'a str {
        use crate::rules::Hours::{FullTime, Other, PartTime};
        match hours {
            FullTime => self.full_time,
            PartTime => self.part_time,
            Other(words) => self.own(words),
        }
    }

    /// The urgent mental health line of the nation a job is in, as the result's support names it.
    pub fn support_urgent_of(&self, nation: crate::rules::Nation) -> &'static str {
        use crate::rules::Nation::{England, NorthernIreland, Scotland, Wales};
        let [england, wales, scotland, northern_ireland] = self.support_urgent;
        match nation {
            England => england,
            Wales => wales,
            Scotland => scotland,
            NorthernIreland => northern_ireland,
        }
    }

    /// A Welsh-language skills category, as the posting page names it.
    pub fn welsh_skills_of(&self, skills: crate::rules::WelshSkills) -> &'static str {
        use crate::rules::WelshSkills::{Desirable, Essential, NeedToLearn, NotNecessary};
        let [essential, need_to_learn, desirable, not_necessary] = self.welsh_skills;
        match skills {
            Essential => essential,
            NeedToLearn => need_to_learn,
            Desirable => desirable,
            NotNecessary => not_necessary,
        }
    }
}

/// The month an applicant typed into the month field, 1 to 12: as a number, or by its name in
/// English or Welsh, whole or cut short to the first three letters or more ("4", "04", "April",
/// "apr", "Ebrill", "Sept"), whichever language the checker speaks. `None` for anything else, or
/// for a start that two months share ("Ma", "Ju").
///
/// ```
/// use eligibility_core::text::month_number;
/// assert_eq!(month_number(" April "), Some(4));
/// assert_eq!(month_number("Gorff"), Some(7));
/// assert_eq!(month_number("13"), None);
/// ```
pub fn month_number(typed: &str) -> Option<u8> {
    // Folded by the search's own letters, not the standard library's case tables (5 KB of wasm).
    let fold = |text: &str| -> String { text.chars().map(crate::rules::letters::fold).collect() };
    let typed = fold(typed.trim().trim_end_matches('.'));
    if let Ok(number) = typed.parse::<u8>() {
        return (1..=12).contains(&number).then_some(number);
    }
    if typed.chars().count() < 3 {
        return None;
    }
    let mut found = None;
    for names in [&ENGLISH.months, &WELSH.months] {
        for (number, name) in (1..=12).zip(names.iter()) {
            let name = fold(name);
            if name == typed {
                return Some(number);
            }
            if name.starts_with(&typed) {
                match found {
                    Some(other) if other != number => return None,
                    _ => found = Some(number),
                }
            }
        }
    }
    found
}

impl Language {
    /// Its words.
    pub fn text(self) -> &'static Text {
        match self {
            Language::English => &ENGLISH,
            Language::Welsh => &WELSH,
        }
    }
}
