//! The languages the checker speaks, as data the rules need: a posting file's text is read in
//! one of them.

/// The languages the checker speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Language {
    /// British English.
    #[default]
    English,
    /// Welsh.
    Welsh,
}

impl Language {
    /// The language the header's switch offers.
    pub fn other(self) -> Language {
        match self {
            Language::English => Language::Welsh,
            Language::Welsh => Language::English,
        }
    }

    /// The language a `lang` attribute names, if the checker speaks it: `cy` or `cy-GB` is
    /// Welsh, `en` or any `en-` English, anything else none.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("cy") {
            Some(Language::Welsh)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Language::English)
        } else {
            None
        }
    }
}
