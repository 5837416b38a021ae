//! [`Text`]: the words of one language, a field for each sentence the checker says.

use super::{Language, Plural};

/// The words of one language.
#[derive(Debug, PartialEq)]
pub struct Text {
    /// Its language.
    pub language: Language,
    /// Its tag for `lang` attributes.
    pub lang: &'static str,

    /// The language's own name for itself, on the switch to it in the header of the other.
    pub language_name: &'static str,
    /// The product name, in the page header.
    pub app_name: &'static str,
    /// Shown while postings given by URL are fetched.
    pub loading: &'static str,
    /// The button, on every page, that wipes every answer at once.
    pub clear_answers: &'static str,
    /// Shown, and said to screen readers, once answers are cleared.
    pub answers_cleared: &'static str,
    /// The link back one page.
    pub back: &'static str,
    /// The button that keeps an answer and goes on.
    pub continue_: &'static str,
    /// The button that starts a posting's questions.
    pub start: &'static str,
    /// The button that forgets every answer and returns to the list.
    pub start_again: &'static str,
    /// The visible words of a check-your-answers row's link.
    pub change: &'static str,
    /// What a screen reader hears after "Change", from its leading space. Placeholder `{question}`.
    pub change_hidden: &'static str,

    /// The first page's heading.
    pub postings_heading: &'static str,
    /// What the first page is for.
    pub postings_intro: &'static str,
    /// Said when no posting loaded.
    pub postings_none: &'static str,
    /// Each posting card's button.
    pub check_this_job: &'static str,
    /// A closed posting card's button: the check can still be used.
    pub check_anyway: &'static str,
    /// The mark on a closed posting's card.
    pub closed_tag: &'static str,
    /// What the search and filters are for, as their landmark's name.
    pub filter_heading: &'static str,
    /// The button that shows and hides the search and filters, with how many are in use. Counts
    /// `{count}`.
    pub filter_toggle: Plural,
    /// The search box's label.
    pub filter_words: &'static str,
    /// The employer filter's label.
    pub filter_employer: &'static str,
    /// The town or area filter's label.
    pub filter_location: &'static str,
    /// The hours filter's label.
    pub filter_hours: &'static str,
    /// A filter's choice of everything.
    pub filter_any: &'static str,
    /// How many of the matching postings the list shows. Counts `{total}`; placeholders
    /// `{shown}`, `{total}`.
    pub showing: Plural,
    /// Said when no posting matches the search.
    pub no_matches: &'static str,
    /// The button that shows more postings. Counts `{count}`.
    pub show_more: Plural,
    /// Before where the answers so far leave the applicant, on a posting card, with the space
    /// that follows it.
    pub standing_label: &'static str,
    /// The answers so far meet every essential criterion.
    pub standing_meets: &'static str,
    /// The answers so far do not meet an essential criterion, but time alone will settle that.
    pub standing_not_yet: &'static str,
    /// The answers so far do not meet an essential criterion, and waiting alone would not help.
    pub standing_does_not_meet: &'static str,
    /// The answers so far leave only what the employer can settle.
    pub standing_ask: &'static str,
    /// The answers so far leave only what depends on a day only the applicant knows.
    pub standing_depends: &'static str,
    /// Questions still to answer. Counts `{count}`.
    pub standing_to_answer: Plural,
    /// A posting fact's label.
    pub fact_service: &'static str,
    /// A posting fact's label.
    pub fact_location: &'static str,
    /// A posting fact's label.
    pub fact_pay: &'static str,
    /// A posting fact's label.
    pub fact_hours: &'static str,
    /// A posting fact's label.
    pub fact_contract: &'static str,
    /// A posting fact's label.
    pub fact_closing: &'static str,
    /// A posting fact's label.
    pub fact_reference: &'static str,
    /// A posting fact's label.
    pub fact_published: &'static str,
    /// A posting fact's label: the Welsh-language skills a post in Wales asks for.
    pub fact_welsh: &'static str,
    /// Each Welsh-language skills category: essential, need to learn, desirable, not necessary.
    pub welsh_skills: [&'static str; 4],
    /// A closed posting's closing date. Placeholder `{date}`.
    pub closed_on: &'static str,
    /// A posting with no closing date.
    pub no_closing_date: &'static str,
    /// A posting with no closing date, published long enough ago that it may have closed.
    pub may_have_closed: &'static str,

    /// The posting page's heading over what is asked.
    pub covers_heading: &'static str,
    /// How many questions the applicant will answer, beside Start. Counts `{count}`.
    pub covers_intro: Plural,
    /// Before the list of the essential criteria the questions are about.
    pub covers_criteria: &'static str,
    /// Beside Start, on a posting open for applications. Placeholder `{date}`: its closing date.
    pub open_until: &'static str,
    /// Before the desirable criteria.
    pub also_desirable: &'static str,
    /// Before the after-offer checks.
    pub also_after_offer: &'static str,
    /// Before the criteria the check does not ask about. Counts them.
    pub also_not_checked: Plural,
    /// The privacy promise's heading.
    pub privacy_heading: &'static str,
    /// The privacy promise.
    pub privacy: &'static str,
    /// A closed posting's warning. Placeholder `{date}`.
    pub closed_warning: &'static str,
    /// A posting with no closing date that may have closed. Placeholder `{date}`: published.
    pub may_have_closed_warning: &'static str,
    /// A link to the employer's website.
    pub employer_site_link: &'static str,
    /// After the words of a link that opens a new tab, from its leading space (not printed).
    pub new_tab: &'static str,
    /// The heading over a posting's summary.
    pub about_job: &'static str,
    /// When the job starts, before that month has passed. Placeholder `{month}`.
    pub starts: &'static str,
    /// When the job was to start, once that month has passed. Placeholder `{month}`.
    pub started: &'static str,
    /// Questions already answered for another job. Counts `{count}`.
    pub covers_already_answered: Plural,

    /// Where the applicant is among the questions. Placeholders `{number}`, `{total}`.
    pub question_of: &'static str,
    /// Under a question asked only for desirable criteria.
    pub desirable_note: &'static str,
    /// A yes-or-no question's yes.
    pub yes: &'static str,
    /// A yes-or-no question's no.
    pub no: &'static str,
    /// Every question's "not sure" answer, unless the question words its own.
    pub not_sure: &'static str,
    /// Between the answers and "not sure".
    pub or: &'static str,
    /// The answer that reveals the month and year fields.
    pub enter_month: &'static str,
    /// The month field's label.
    pub month_label: &'static str,
    /// The year field's label.
    pub year_label: &'static str,
    /// Under the month and year fields.
    pub month_year_hint: &'static str,

    /// The error summary's heading.
    pub error_title: &'static str,
    /// Read before an error message by screen readers, with the space that follows it.
    pub error_prefix: &'static str,
    /// No answer chosen.
    pub error_no_answer: &'static str,
    /// The month left empty.
    pub error_month_missing: &'static str,
    /// The year left empty.
    pub error_year_missing: &'static str,
    /// The month not a number from 1 to 12.
    pub error_month_invalid: &'static str,
    /// The year not four digits.
    pub error_year_invalid: &'static str,
    /// A month after this one.
    pub error_in_future: &'static str,

    /// The check-your-answers page's heading.
    pub check_heading: &'static str,
    /// The button that shows the result.
    pub see_result: &'static str,
    /// A question not answered yet, on check your answers.
    pub not_answered: &'static str,
    /// Above a page's heading: the posting it is about. Placeholders `{title}`, `{employer}`.
    pub posting_caption: &'static str,

    /// Above the result's heading. Placeholders `{title}`, `{employer}`.
    pub result_caption: &'static str,
    /// The result's heading when every essential criterion is met.
    pub meets_all_heading: &'static str,
    /// Under it.
    pub meets_all_body: &'static str,
    /// The result's heading when time alone stands in the way: the day the applicant could apply
    /// from. Placeholder `{date}`: every criterion is met by then at the latest.
    pub not_yet_heading: &'static str,
    /// Under it. Counts the criteria: one is named (`{criteria}`), more are counted (`{count}`).
    pub not_yet_body: Plural,
    /// The result's heading when an essential criterion is not met, and waiting alone would not
    /// meet it.
    pub does_not_meet_heading: &'static str,
    /// Under it, when waiting would not meet any. Counts the criteria not met: one is named
    /// (`{criteria}`), more are counted (`{count}`).
    pub does_not_meet_body: Plural,
    /// Under it, when waiting would meet some but not all. Placeholder `{criteria}`.
    pub some_with_time_body: Plural,
    /// The result's heading when only the employer can settle some essential criteria.
    pub not_sure_heading: &'static str,
    /// The result's heading when only the day, which the applicant knows, settles some.
    pub depends_heading: &'static str,
    /// Under either heading: every other essential criterion is met.
    pub others_met: &'static str,
    /// The criteria only the employer can settle. Placeholder `{criteria}`.
    pub cannot_settle: Plural,
    /// The criteria the day settles. Placeholder `{criteria}`.
    pub on_the_day: Plural,
    /// Which advert the criteria come from. Placeholders `{employer}`, `{date}` (published).
    pub result_source: &'static str,
    /// The same, for an advert with no publication date but a closing date. Placeholders
    /// `{employer}`, `{date}`.
    pub result_source_closing: &'static str,
    /// The same, for an advert with neither date. Placeholder `{employer}`.
    pub result_source_undated: &'static str,
    /// The advert's reference. Placeholder `{reference}`.
    pub result_reference: &'static str,
    /// The day of the check, for a printed result. Placeholder `{date}`.
    pub checked_on: &'static str,
    /// The result's heading for an advert that has closed, whatever the answers. Placeholder
    /// `{date}`.
    pub closed_heading: &'static str,
    /// Under it, before what the answers mean.
    pub closed_lead: &'static str,
    /// Where experience only as a carer does not meet an essential criterion: the kind of job
    /// that asks for it, unless the posting gives its own words (`carer_roles`).
    pub carer_roles: &'static str,
    /// The words for a result the answers decide before every question is answered.
    pub settled: super::SettledWords,
    /// The words for copying notes, and for the question before they are deleted.
    pub note: super::NoteWords,
    /// Full-time hours: the list's Hours filter, and a JobPosting's `FULL_TIME`.
    pub full_time: &'static str,
    /// Part-time hours: the list's Hours filter, and a JobPosting's `PART_TIME`.
    pub part_time: &'static str,
    /// "Prepare your application", the heading of the notes on the result.
    pub prepare_heading: &'static str,
    /// What the notes are for.
    pub prepare_intro: &'static str,
    /// Where the checker has a page of its own: that the notes stay on it.
    pub notes_here: &'static str,
    /// Beside the boxes for notes: that the browser's add-ons (extensions) can read what is typed
    /// there, as on any website. The checker cannot stop them.
    pub notes_extensions: &'static str,
    /// On a careers page, where other scripts could hear what is typed: why there are no boxes.
    pub notes_elsewhere: &'static str,
    /// What an example could show, for a criterion whose posting gives no prompt of its own.
    pub prepare_prompt: &'static str,
    /// Marks a desirable criterion among the notes.
    pub prepare_desirable: &'static str,
    /// The label of each notes box.
    pub notes_label: &'static str,
    /// Completes the label for screen readers. Placeholder `{criterion}`.
    pub notes_hidden: &'static str,
    /// Said once, before printing: what a copy holds.
    pub print_warning: &'static str,
    /// The button that opens the browser's print dialogue (which can save a PDF).
    pub print_button: &'static str,
    /// The result's heading while questions are unanswered.
    pub incomplete_heading: &'static str,
    /// Under it.
    pub incomplete_body: &'static str,
    /// The heading over the essential criteria.
    pub essential_heading: &'static str,
    /// The heading over the desirable criteria.
    pub desirable_heading: &'static str,
    /// Under it.
    pub desirable_intro: &'static str,
    /// The heading over the after-offer checks.
    pub after_offer_heading: &'static str,
    /// Under it.
    pub after_offer_intro: &'static str,
    /// An essential criterion met.
    pub status_met: &'static str,
    /// An essential criterion not met.
    pub status_not_met: &'static str,
    /// A criterion only the employer can settle.
    pub status_not_sure: &'static str,
    /// A criterion the exact day settles, which only the applicant knows.
    pub status_depends: &'static str,
    /// A criterion whose question has no answer yet.
    pub status_unanswered: &'static str,
    /// An after-offer check.
    pub status_information: &'static str,
    /// A desirable criterion met.
    pub status_desirable_met: &'static str,
    /// A desirable criterion not met.
    pub status_desirable_not_met: &'static str,
    /// A criterion's own words from the advert. Placeholder `{quote}`.
    pub employer_words: &'static str,
    /// The heading over the criteria the check does not ask about.
    pub not_checked_heading: &'static str,

    /// The answer given. Placeholder `{answer}`.
    pub reason_answered: &'static str,
    /// The answer given, and why it does not meet the criterion. Placeholders `{answer}`,
    /// `{because}` (the employer's reason, or [`Text::reason_not_accepted`]).
    pub reason_answered_because: &'static str,
    /// Why an answer does not meet a criterion, when the employer gives no reason.
    pub reason_not_accepted: &'static str,
    /// A desirable criterion not met. Placeholder `{answer}`.
    pub reason_desirable: &'static str,
    /// Enough months have passed. Counts `{months}`; placeholders `{month}`, `{months}`.
    pub reason_long_enough: Plural,
    /// It never happened, so there is nothing to wait for. Placeholder `{answer}`.
    pub reason_never_met: &'static str,
    /// When it last happened. Placeholder `{month}`.
    pub reason_happened: &'static str,
    /// Too few months have passed. Counts `{months}`; placeholders `{month}`, `{months}`, `{in}`
    /// (the month it is met in) and `{by}` (the day it is met by at the latest).
    pub reason_too_recent: Plural,
    /// The day decides it. Counts `{months}`; placeholders `{month}`, `{months}`, `{date}` (met
    /// now if on or before it) and `{by}` (otherwise met by this day at the latest).
    pub reason_depends_on_day: Plural,
    /// The reasons of the rules for recent use and of parts, and their periods.
    pub rules: super::RuleWords,
    /// The applicant was not sure.
    pub reason_not_sure: &'static str,

    /// The heading over what to do next.
    pub next_heading: &'static str,
    /// Every essential criterion met.
    pub next_apply: &'static str,
    /// The link to apply.
    pub next_apply_link: &'static str,
    /// The advert has closed (the result's heading says when): where to look now.
    pub next_closed: &'static str,
    /// The link to the employer's other jobs.
    pub next_closed_link: &'static str,
    /// The advert may have closed. Placeholder `{date}`: published.
    pub next_may_have_closed: &'static str,
    /// Only the employer can settle some criteria. Placeholder `{criteria}`.
    pub next_ask: Plural,
    /// The link to contact the employer.
    pub next_ask_link: &'static str,
    /// Some criteria not met, others only the employer can settle. Placeholder `{criteria}`.
    pub next_also_ask: Plural,
    /// Only the day settles some criteria, and the rest are met.
    pub next_on_the_day: &'static str,
    /// Some criteria not met, others settled by the day. Placeholder `{criteria}`.
    pub next_also_day: Plural,
    /// Time alone stands in the way. Placeholder `{date}`: all are met by then at the latest.
    pub next_wait: &'static str,
    /// Time settles some criteria not met, not all. Placeholder `{date}`.
    pub next_wait_some: &'static str,
    /// Waiting would not meet the criteria not met.
    pub next_other: &'static str,
    /// The button back to the list, keeping the answers.
    pub next_other_jobs: &'static str,
    /// What "Check another job" and "Start again" each do.
    pub other_jobs_hint: &'static str,
    /// The privacy promise, kept.
    pub nothing_sent: &'static str,

    /// The heading over where to get support.
    pub support_heading: &'static str,
    /// Each nation's urgent mental health line, for a job there: England, Wales, Scotland, NI.
    pub support_urgent: [&'static str; 4],
    /// Samaritans.
    pub support_samaritans: &'static str,
    /// 999.
    pub support_999: &'static str,
    /// Under an after-offer Disclosure and Barring Service check: sectioning is not a conviction.
    pub dbs_not_conviction: &'static str,

    /// Above the list where some postings could not be loaded (never which: that is the console's).
    pub jobs_missing: &'static str,
    /// Where no posting could be loaded at all (a file that is not JSON, or could not be fetched).
    pub jobs_not_loaded: &'static str,
    /// Said above the list where the page asked to open a job that is not among those loaded.
    pub job_not_found: &'static str,
    /// The months' names, January first.
    pub months: [&'static str; 12],
    /// A month and its year. Placeholders `{month}`, `{year}`.
    pub month_year: &'static str,
    /// A day. Placeholders `{day}`, `{month}`, `{year}`.
    pub day_month_year: &'static str,
    /// Joins the last two items of a list. Placeholders `{items}`, `{last}`.
    pub list_last: &'static str,
    /// Joins the items before the last.
    pub list_separator: &'static str,
}
