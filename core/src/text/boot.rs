//! The words of the prerendered first screen before the app has started, which only the prerender
//! writes into the page: apart from each language's [`Text`], so that the app's code does not
//! carry them.

use super::{Language, Text};

/// The words before the app has started, in one language ([`Text::boot`]).
#[derive(Debug, PartialEq)]
pub struct BootWords {
    /// Shown on the prerendered first screen when a button is tapped before the app has started:
    /// the tap was heard, and takes effect once it has.
    pub waiting_to_start: &'static str,
    /// Shown over the prerendered first screen when the app cannot start there (its code could
    /// not be fetched, or failed its integrity check).
    pub not_started: &'static str,
}

impl Text {
    /// This language's words before the app has started.
    pub fn boot(&self) -> &'static BootWords {
        match self.language {
            Language::English => &ENGLISH_BOOT,
            Language::Welsh => &WELSH_BOOT,
        }
    }
}

/// In British English.
pub static ENGLISH_BOOT: BootWords = BootWords {
    waiting_to_start: "One moment…",
    not_started: "The checker could not start, so its buttons do nothing yet. Check your connection and reload the page.",
};

/// In Welsh.
pub static WELSH_BOOT: BootWords = BootWords {
    waiting_to_start: "Un eiliad…",
    not_started: "Nid oedd modd i'r gwiriwr ddechrau, felly nid yw ei fotymau'n gwneud dim eto. Gwiriwch eich cysylltiad ac ail-lwythwch y dudalen.",
};
