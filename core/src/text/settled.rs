//! The words for a result the answers already decide before every question is answered: offered
//! on the question page, and said on the result of the questions left.

use super::Plural;

/// What the question page and the result say once the answers so far decide the result: part of
/// each language's [`super::Text`].
#[derive(Debug, PartialEq)]
pub struct SettledWords {
    /// The heading of the offer on the question page.
    pub heading: &'static str,
    /// Why the result can be seen now, and that the questions left may still be answered.
    pub body: &'static str,
    /// The button that shows the result at once.
    pub see_now: &'static str,
    /// On the result: how many of the posting's questions were left unanswered, and that they
    /// could not change it. Counts `{count}`.
    pub left: Plural,
    /// On the result: the button that goes to the first question left.
    pub answer_rest: &'static str,
}
