//! Text a posting or a question bank gives the applicant to read: one value holding it in English
//! and, where the file gives it, in Welsh.
//!
//! A file may give any text an applicant reads as `{ "en": "…", "cy": "…" }` in place of a string.
//! The value keeps both, so that the checker speaks either language from the one catalogue: a
//! switch of language re-renders, it loads nothing. A posting that gives Welsh for one text gives
//! it for all (the loader names each one without), so a Welsh page never shows a posting half in
//! one language and half in the other.

use super::Language;

/// Text in English and, where its file gives it, Welsh.
///
/// ```
/// use eligibility_core::rules::{Language, Words};
/// let title = Words::both("Peer Support Worker", "Gweithiwr Cymorth gan Gymheiriaid");
/// assert_eq!(title.in_language(Language::Welsh), "Gweithiwr Cymorth gan Gymheiriaid");
/// assert_eq!(title.lang_in(Language::Welsh), None, "Welsh on a Welsh page");
///
/// let pay = Words::english("Band 3");
/// assert_eq!(pay.in_language(Language::Welsh), "Band 3");
/// assert_eq!(pay.lang_in(Language::Welsh), Some(Language::English), "marked as English there");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Words {
    english: String,
    welsh: Option<String>,
}

impl Words {
    /// Text given in English only.
    pub fn english(english: impl Into<String>) -> Words {
        Words {
            english: english.into(),
            welsh: None,
        }
    }

    /// Text given in English and in Welsh. Text given the same in both (a place's name) is in
    /// either language.
    pub fn both(english: impl Into<String>, welsh: impl Into<String>) -> Words {
        Words {
            english: english.into(),
            welsh: Some(welsh.into()),
        }
    }

    /// The text to show a reader of `language`: its Welsh on a Welsh page where the file gives
    /// it, else its English.
    pub fn in_language(&self, language: Language) -> &str {
        match (language, &self.welsh) {
            (Language::Welsh, Some(welsh)) => welsh,
            (Language::Welsh, None) | (Language::English, _) => &self.english,
        }
    }

    /// The language of the text shown to a reader of `language`, where it is not that one: on a
    /// Welsh page, English where the file gives no Welsh (for `lang`, WCAG 3.1.2).
    pub fn lang_in(&self, language: Language) -> Option<Language> {
        match (language, &self.welsh) {
            (Language::Welsh, None) => Some(Language::English),
            (Language::Welsh, Some(_)) | (Language::English, _) => None,
        }
    }

    /// The English text.
    pub fn as_english(&self) -> &str {
        &self.english
    }

    /// The Welsh text, where the file gives it.
    pub fn welsh(&self) -> Option<&str> {
        self.welsh.as_deref()
    }

    /// Each text it holds: the English, then the Welsh where given and different.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        let welsh = self.welsh.as_deref().filter(|w| *w != self.english);
        std::iter::once(self.english.as_str()).chain(welsh)
    }
}
