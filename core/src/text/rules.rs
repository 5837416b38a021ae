//! The words of the rules for recent use (`within_months`) and of parts (`any_of`, `all_of`), in
//! English and Welsh: part of each language's [`super::Text`].

use super::Plural;

/// The reasons of the rules for recent use and of parts, and the periods they name.
#[derive(Debug, PartialEq)]
pub struct RuleWords {
    /// The last time was within the months a rule allows. Placeholders `{month}` (the month
    /// answered) and `{period}` ([`super::Text::period`]).
    pub recent_enough: &'static str,
    /// The last time was further back than a rule allows. Placeholders `{month}`, `{period}`.
    pub too_long_ago: &'static str,
    /// The month answered is exactly as far back as a rule allows. Placeholders `{month}`,
    /// `{period}` and `{date}` (met if on or after it).
    pub depends_within: &'static str,
    /// A criterion met by one of its parts. Placeholder `{reason}`: that part's reason.
    pub one_part: &'static str,
    /// A criterion any one of whose parts would meet it, none met. Placeholder `{reasons}`: each
    /// part's reason.
    pub no_part: &'static str,
    /// A criterion that needs every one of its parts, some not met. Placeholder `{reasons}`: the
    /// reason of each part not met.
    pub not_every_part: &'static str,
    /// A number of months, as a rule's period. Counts `{count}`.
    pub period_months: Plural,
    /// A number of years, as a rule's period in whole years. Counts `{count}`.
    pub period_years: Plural,
    /// The words for a month that would not meet a `months_since` rule where the only care since
    /// has been from a GP or prescribed medicine.
    pub gp: super::GpWords,
}

/// In English.
pub const ENGLISH_RULES: RuleWords = RuleWords {
    recent_enough: "You answered {month}: within the last {period}.",
    too_long_ago: "You answered {month}: more than {period} ago. The advert asks for the last time to be within the last {period}.",
    depends_within: "You answered {month}. If it was on or after {date}, it was within the last {period} and you meet this. If it was earlier, you do not.",
    one_part: "{reason} That is one of the ways to meet this, and one is enough.",
    no_part: "You could meet this in any one of several ways, and none is met. {reasons}",
    not_every_part: "You need every part of this. {reasons}",
    period_months: Plural::english("{count} months", "{count} month", "{count} months"),
    period_years: Plural::english("{count} years", "{count} year", "{count} years"),
    gp: super::gp::ENGLISH_GP,
};

/// In Welsh.
pub const WELSH_RULES: RuleWords = RuleWords {
    recent_enough: "Eich ateb oedd {month}: o fewn y {period} diwethaf.",
    too_long_ago: "Eich ateb oedd {month}: mwy na {period} yn ôl. Mae'r hysbyseb yn gofyn i'r tro diwethaf fod o fewn y {period} diwethaf.",
    depends_within: "Eich ateb oedd {month}. Os oedd ar {date} neu ar ôl hynny, roedd o fewn y {period} diwethaf ac rydych yn bodloni hyn. Os oedd yn gynharach, nid ydych.",
    one_part: "{reason} Dyna un o'r ffyrdd o fodloni hyn, ac mae un yn ddigon.",
    no_part: "Gallech fodloni hyn mewn unrhyw un o sawl ffordd, ac nid oes yr un wedi'i bodloni. {reasons}",
    not_every_part: "Mae angen pob rhan o hyn arnoch. {reasons}",
    // dau fis (soft); "mis" does not change after tri or chwe.
    period_months: Plural::welsh(
        "{count} mis",
        "{count} mis",
        "{count} fis",
        "{count} mis",
        "{count} mis",
        "{count} mis",
    ),
    // blwyddyn: un flwyddyn, dwy flynedd, tair blynedd, chwe blynedd; otherwise "o flynyddoedd",
    // which takes no mutation from the number before it.
    period_years: Plural::welsh(
        "{count} o flynyddoedd",
        "{count} flwyddyn",
        "{count} flynedd",
        "{count} blynedd",
        "{count} blynedd",
        "{count} o flynyddoedd",
    ),
    gp: super::gp::WELSH_GP,
};
