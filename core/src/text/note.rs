//! The words for keeping the applicant's notes: copying them, and the question asked before
//! clearing answers would delete them.

/// How the checker asks before it deletes notes, and how it copies them: part of each language's
/// [`super::Text`].
#[derive(Debug, PartialEq)]
pub struct NoteWords {
    /// The button that copies every note to the clipboard.
    pub copy: &'static str,
    /// Said once the notes are copied.
    pub copied: &'static str,
    /// Said when the browser would not copy them.
    pub copy_failed: &'static str,
    /// The heading of the question asked before notes are deleted.
    pub wipe_heading: &'static str,
    /// What deleting them means: they cannot be had again.
    pub wipe_body: &'static str,
    /// How to keep them first, where they can be copied.
    pub wipe_copy_first: &'static str,
    /// The button that deletes the answers and the notes.
    pub wipe_confirm: &'static str,
    /// The button that keeps everything and goes back.
    pub wipe_keep: &'static str,
}
