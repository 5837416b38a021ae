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
//! assert_eq!(ENGLISH.covers_intro.of(3), "You will answer {count} questions, one at a time. They are about these essential criteria:");
//! assert_eq!(fill(ENGLISH.show_more.of(1), &[("count", "1")]), "Show 1 more job");
//! ```

mod english;
mod fill;
mod jobposting;
mod note;
mod plural;
pub mod readability;
mod result;
mod sentences;
mod settled;
mod welsh;
mod words;

pub use crate::rules::Language;
pub use english::ENGLISH;
pub use fill::fill;
pub use jobposting::JobPostingWords;
pub use note::NoteWords;
pub use plural::{Category, Plural};
pub use result::{NextSteps, Outcome};
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

impl Language {
    /// Its words.
    pub fn text(self) -> &'static Text {
        match self {
            Language::English => &ENGLISH,
            Language::Welsh => &WELSH,
        }
    }
}
