//! A posting's or a question bank's own text in Welsh, where its file gives it.
//!
//! A file may give any text an applicant reads as `{ "en": "…", "cy": "…" }` in place of a string.
//! A catalogue is loaded in one language ([`crate::rules::Language`]): its postings hold the text
//! in that language where the file gives it, and each posting (and the question bank) keeps every
//! text in both, for search in either language and for marking the text a Welsh page shows in
//! English. A posting that gives Welsh for one text gives it for all (the loader names each one
//! without), so a Welsh page never shows a posting half in one language and half in the other.

/// Each English text of one posting or question bank with its Welsh, as its file gives them.
///
/// ```
/// use eligibility_core::rules::Welsh;
/// let welsh = Welsh::new(vec![("Ward 1".into(), "Ward 1".into()), ("Peer Support Worker".into(), "Gweithiwr Cymorth gan Gymheiriaid".into())]);
/// assert_eq!(welsh.of("Peer Support Worker"), Some("Gweithiwr Cymorth gan Gymheiriaid"));
/// assert_eq!(welsh.of("Band 3"), None);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Welsh(Vec<(String, String)>);

impl Welsh {
    /// The Welsh for each English text. Where one English text is given two Welsh ones, the
    /// first is used.
    pub fn new(pairs: Vec<(String, String)>) -> Welsh {
        Welsh(pairs)
    }

    /// The Welsh for `english`, if the file gives it. A posting has tens of texts, so a search
    /// through them is as quick as a table, and smaller.
    pub fn of(&self, english: &str) -> Option<&str> {
        let (_, welsh) = self.0.iter().find(|(en, _)| en == english)?;
        Some(welsh)
    }

    /// Whether `text` is one of the Welsh texts.
    pub fn is_welsh(&self, text: &str) -> bool {
        self.0.iter().any(|(_, cy)| cy == text)
    }

    /// The same text in the other language, English for Welsh and Welsh for English, if given.
    pub fn other(&self, text: &str) -> Option<&str> {
        self.0.iter().find_map(|(en, cy)| {
            if en == text {
                Some(cy.as_str())
            } else if cy == text {
                Some(en.as_str())
            } else {
                None
            }
        })
    }

    /// Whether the file gives no Welsh.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every text with its Welsh.
    pub fn pairs(&self) -> &[(String, String)] {
        &self.0
    }

    /// These texts and `other`'s, this one's first.
    pub fn and(&self, other: &Welsh) -> Welsh {
        Welsh::new(self.0.iter().chain(&other.0).cloned().collect())
    }
}
