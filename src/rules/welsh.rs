//! A posting's or a question bank's own text in Welsh, where its file gives it.
//!
//! A file may give any text an applicant reads as `{ "en": "…", "cy": "…" }` in place of a string.
//! The model keeps the English (answers, ids and search are the same in both languages); the Welsh
//! is kept beside it, looked up by the English when the checker speaks Welsh. A posting that gives
//! Welsh for one text gives it for all (the loader names each one without), so a Welsh page never
//! shows a posting half in one language and half in the other.

/// Each English text of one posting or question bank with its Welsh, as its file gives them.
///
/// ```
/// use eligibility_checker::rules::Welsh;
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
