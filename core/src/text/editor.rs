//! Every word the employer reads in the editor (feature `employer`): English and Welsh side by
//! side, as the applicant's words are. The editor's views only place these on the page.

use super::fill;
use crate::draft::spec::Kind;
use crate::draft::suggest::{Proposal, Suggestion};
use crate::rules::{Bank, Language, Rule};

/// The editor's words in one language.
#[derive(Debug, PartialEq)]
pub struct EditorWords {
    /// The language they are in.
    pub language: Language,
    /// The page's title and heading.
    pub heading: &'static str,
    /// Under the heading: what the page does, and that nothing leaves the device.
    pub intro: &'static str,
    /// The label of the box the person specification is pasted into.
    pub paste_label: &'static str,
    /// The hint under it.
    pub paste_hint: &'static str,
    /// The button that splits the pasted text into lines.
    pub split: &'static str,
    /// The heading over the lines, once split.
    pub lines_heading: &'static str,
    /// Said when the pasted text gave no lines.
    pub no_lines: &'static str,
    /// The legend of a line's kind: placeholder `{line}`, the line word for word.
    pub kind_legend: &'static str,
    /// A line's kind: a criterion the checker asks about.
    pub essential: &'static str,
    /// A line's kind: desirable, not asked.
    pub desirable: &'static str,
    /// A line's kind: the employer checks it after an offer.
    pub after_offer: &'static str,
    /// A line's kind: not asked by the check.
    pub not_asked: &'static str,
    /// A line's kind: not a requirement at all (a heading, the pay), left out of the posting.
    pub left_out: &'static str,
    /// A proposed rule: a choice question's answer decides it. Placeholder `{question}`.
    pub rule_answer: &'static str,
    /// A proposed rule: months must have passed since the last time. `{months}`, `{question}`.
    pub rule_months_since: &'static str,
    /// A proposed rule: it must have happened. `{question}`.
    pub rule_happened: &'static str,
    /// A proposed rule: within the last months. `{months}`, `{question}`.
    pub rule_within: &'static str,
    /// A proposed rule made of several parts.
    pub rule_parts: &'static str,
    /// A proposal: the employer checks it after an offer.
    pub proposal_after_offer: &'static str,
    /// A proposal: no question in the bank asks it yet. `{question}`: the id it would have.
    pub proposal_no_question: &'static str,
    /// The words of the line that led to a proposal. `{words}`.
    pub because: &'static str,
    /// The checkbox that confirms a proposed rule.
    pub use_rule: &'static str,
    /// Read by screen readers before a warning (GOV.UK's warning text).
    pub warning: &'static str,
    /// Asked before "Split into lines" replaces lines with changes not downloaded.
    pub replace_lines: &'static str,
    /// Asked before an opened file's posting replaces the form. `{file}`: the file's name.
    pub replace_with_file: &'static str,
    /// The button that goes ahead.
    pub replace_yes: &'static str,
    /// The button that keeps the work as it is.
    pub replace_no: &'static str,
    /// Said once the employer keeps their work.
    pub kept: &'static str,
    /// Said once the lines are made again.
    pub replaced_lines: &'static str,
    /// Said once a file's posting is in the form. `{file}`.
    pub replaced_with_file: &'static str,
}

/// In English.
pub const EDITOR_ENGLISH: EditorWords = EditorWords {
    language: Language::English,
    heading: "Write a posting for the eligibility checker",
    intro: "Paste your advert's person specification, check what each line asks, and download the posting file. Nothing you type leaves this device.",
    paste_label: "Person specification",
    paste_hint: "Paste it from the advert, headings and all: Essential, Desirable, Qualifications, Experience. For a new posting with no advert yet, type its requirements here, one a line, under Essential and Desirable.",
    split: "Split into lines",
    lines_heading: "The lines of the person specification",
    no_lines: "No lines were found. Paste the person specification and try again.",
    kind_legend: "“{line}”",
    essential: "Essential: the checker asks about it",
    desirable: "Desirable",
    after_offer: "Checked later by the employer",
    not_asked: "Not asked by the check",
    left_out: "Not a requirement: leave it out",
    rule_answer: "Suggested rule: the answer to “{question}” decides it.",
    rule_months_since: "Suggested rule: at least {months} months since the answer to “{question}”.",
    rule_happened: "Suggested rule: the answer to “{question}” must be a month, not never.",
    rule_within: "Suggested rule: the answer to “{question}” within the last {months} months.",
    rule_parts: "Suggested rule: several questions together decide it.",
    proposal_after_offer: "Suggested: you check this after an offer, so the checker does not ask about it.",
    proposal_no_question: "No built-in question asks this yet (it would be “{question}”): write a new question for it below.",
    because: "Because the line says: {words}",
    use_rule: "Use this rule",
    warning: "Warning",
    replace_lines: "You have changes you have not downloaded. Splitting again makes the lines afresh: your choices, rules and reasons on them will be lost.",
    replace_with_file: "You have changes you have not downloaded. Opening {file} replaces the lines, the facts and the test cases in the form.",
    replace_yes: "Replace my work",
    replace_no: "Keep my work",
    kept: "Your work is as you left it.",
    replaced_lines: "The lines are made afresh from the person specification.",
    replaced_with_file: "{file} is open in the form.",
};

/// In Welsh.
pub const EDITOR_WELSH: EditorWords = EditorWords {
    language: Language::Welsh,
    heading: "Ysgrifennu swydd ar gyfer y gwiriwr cymhwysedd",
    intro: "Gludwch fanyleb person eich hysbyseb, gwiriwch beth mae pob llinell yn ei ofyn, a lawrlwythwch ffeil y swydd. Nid oes dim a deipiwch yn gadael y ddyfais hon.",
    paste_label: "Manyleb person",
    paste_hint: "Gludwch hi o'r hysbyseb, gyda'r penawdau: Hanfodol, Dymunol, Cymwysterau, Profiad. Ar gyfer swydd newydd heb hysbyseb eto, teipiwch ei gofynion yma, un ar bob llinell, o dan Hanfodol a Dymunol.",
    split: "Rhannu'n llinellau",
    lines_heading: "Llinellau'r fanyleb person",
    no_lines: "Ni chafwyd hyd i unrhyw linellau. Gludwch y fanyleb person a rhowch gynnig arall arni.",
    kind_legend: "“{line}”",
    essential: "Hanfodol: mae'r gwiriwr yn gofyn amdano",
    desirable: "Dymunol",
    after_offer: "Bydd y cyflogwr yn ei wirio yn nes ymlaen",
    not_asked: "Nid yw'r gwiriad yn gofyn amdano",
    left_out: "Nid yw'n ofyniad: ei adael allan",
    rule_answer: "Rheol a awgrymir: yr ateb i “{question}” sy'n penderfynu.",
    rule_months_since: "Rheol a awgrymir: o leiaf {months} mis ers yr ateb i “{question}”.",
    rule_happened: "Rheol a awgrymir: rhaid i'r ateb i “{question}” fod yn fis, nid byth.",
    rule_within: "Rheol a awgrymir: yr ateb i “{question}” o fewn y {months} mis diwethaf.",
    rule_parts: "Rheol a awgrymir: mae sawl cwestiwn gyda'i gilydd yn penderfynu.",
    proposal_after_offer: "Awgrym: rydych yn gwirio hyn ar ôl cynnig swydd, felly nid yw'r gwiriwr yn gofyn amdano.",
    proposal_no_question: "Nid oes cwestiwn parod yn gofyn hyn eto (“{question}” fyddai e): ysgrifennwch gwestiwn newydd ar ei gyfer isod.",
    because: "Oherwydd bod y llinell yn dweud: {words}",
    use_rule: "Defnyddio'r rheol hon",
    warning: "Rhybudd",
    replace_lines: "Mae gennych newidiadau nad ydych wedi'u lawrlwytho. Mae rhannu eto yn gwneud y llinellau o'r newydd: bydd eich dewisiadau, eich rheolau a'ch rhesymau arnynt yn cael eu colli.",
    replace_with_file: "Mae gennych newidiadau nad ydych wedi'u lawrlwytho. Mae agor {file} yn disodli'r llinellau, y ffeithiau a'r achosion prawf yn y ffurflen.",
    replace_yes: "Disodli fy ngwaith",
    replace_no: "Cadw fy ngwaith",
    kept: "Mae eich gwaith fel y gadawoch ef.",
    replaced_lines: "Mae'r llinellau wedi'u gwneud o'r newydd o'r fanyleb person.",
    replaced_with_file: "Mae {file} ar agor yn y ffurflen.",
};

impl EditorWords {
    /// The editor's words in `language`.
    pub fn of(language: Language) -> &'static EditorWords {
        match language {
            Language::English => &EDITOR_ENGLISH,
            Language::Welsh => &EDITOR_WELSH,
        }
    }

    /// The kind a line's heading gave it, as one of the radio choices' words.
    pub fn kind(&self, kind: Kind) -> &'static str {
        match kind {
            Kind::Essential => self.essential,
            Kind::Desirable => self.desirable,
            Kind::Unknown => self.not_asked,
        }
    }

    /// A suggestion for `line`, in words: what it proposes, and the line's words that led to it.
    pub fn suggestion(&self, line: &str, suggestion: &Suggestion, bank: &Bank) -> (String, String) {
        let question = |id: &crate::rules::QuestionId| {
            bank.question(id.as_str())
                .map(|q| q.text.in_language(self.language).to_owned())
                .unwrap_or_else(|| id.as_str().to_owned())
        };
        let proposal = match &suggestion.proposal {
            Proposal::Rule(Rule::AnswerIn { question: q, .. }) => {
                fill(self.rule_answer, &[("question", &question(q))])
            }
            Proposal::Rule(Rule::MonthsSince {
                question: q,
                months,
                ..
            }) => fill(
                self.rule_months_since,
                &[("question", &question(q)), ("months", &months.to_string())],
            ),
            Proposal::Rule(Rule::HasHappened { question: q, .. }) => {
                fill(self.rule_happened, &[("question", &question(q))])
            }
            Proposal::Rule(Rule::WithinMonths {
                question: q,
                months,
                ..
            }) => fill(
                self.rule_within,
                &[("question", &question(q)), ("months", &months.to_string())],
            ),
            Proposal::Rule(_) => self.rule_parts.to_owned(),
            Proposal::AfterOffer => self.proposal_after_offer.to_owned(),
            Proposal::NoQuestion(id) => {
                fill(self.proposal_no_question, &[("question", id.as_str())])
            }
        };
        let words = suggestion
            .words(line)
            .iter()
            .map(|w| format!("“{w}”"))
            .collect::<Vec<_>>()
            .join(", ");
        (proposal, fill(self.because, &[("words", &words)]))
    }
}
