//! Which form of a counted sentence a number takes, language by language.

use crate::rules::Language;

/// The plural categories of the Unicode CLDR, which say which form of a counted sentence a number
/// takes in a language: English has one and other; Welsh has all six.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    /// Nothing counted (a form of its own where the sentence says so: "You have answered every
    /// question" rather than "You will answer 0 questions").
    Zero,
    /// One thing.
    One,
    /// Two things, in languages that say so.
    Two,
    /// A few things, in languages that say so.
    Few,
    /// Many things, in languages that say so.
    Many,
    /// Every other count.
    Other,
}

impl Language {
    /// Which form a sentence counting `n` takes. Zero has its own form in every language here,
    /// since each sentence written for it says something better than "0 things".
    pub fn category(self, n: usize) -> Category {
        match (self, n) {
            (_, 0) => Category::Zero,
            (Language::English, 1) => Category::One,
            (Language::English, _) => Category::Other,
            // CLDR `cy`: one 1, two 2, few 3, many 6, other the rest.
            (Language::Welsh, 1) => Category::One,
            (Language::Welsh, 2) => Category::Two,
            (Language::Welsh, 3) => Category::Few,
            (Language::Welsh, 6) => Category::Many,
            (Language::Welsh, _) => Category::Other,
        }
    }
}

/// A sentence that names a count, in each plural form of its language.
#[derive(Debug, PartialEq, Eq)]
pub struct Plural {
    language: Language,
    zero: &'static str,
    one: &'static str,
    two: &'static str,
    few: &'static str,
    many: &'static str,
    other: &'static str,
}

impl Plural {
    /// An English sentence: `zero` for none, `one` for one, `other` for every other count.
    pub const fn english(zero: &'static str, one: &'static str, other: &'static str) -> Plural {
        Plural {
            language: Language::English,
            zero,
            one,
            two: other,
            few: other,
            many: other,
            other,
        }
    }

    /// A Welsh sentence, in each of the six forms CLDR gives Welsh: `zero` for none, `one` for 1,
    /// `two` for 2, `few` for 3, `many` for 6 and `other` for every other count.
    pub const fn welsh(
        zero: &'static str,
        one: &'static str,
        two: &'static str,
        few: &'static str,
        many: &'static str,
        other: &'static str,
    ) -> Plural {
        Plural {
            language: Language::Welsh,
            zero,
            one,
            two,
            few,
            many,
            other,
        }
    }

    /// The form for counting `n`, its placeholders still to fill.
    pub fn of(&self, n: usize) -> &'static str {
        match self.language.category(n) {
            Category::Zero => self.zero,
            Category::One => self.one,
            Category::Two => self.two,
            Category::Few => self.few,
            Category::Many => self.many,
            Category::Other => self.other,
        }
    }
}
