//! The employers' editor's words for rules as sentences and for the employer's own test cases
//! (feature `employer`), in English and Welsh. The editor's views only place these on the page.

use crate::rules::Language;

/// The words of the editor's rules and test cases in one language.
#[derive(Debug, PartialEq)]
pub struct EditorRuleWords {
    /// The language they are in.
    pub language: Language,
    /// A criterion's summary: label.
    pub summary_label: &'static str,
    /// Its hint.
    pub summary_hint: &'static str,
    /// The select of the question that decides a line: label.
    pub question_label: &'static str,
    /// Its hint.
    pub question_hint: &'static str,
    /// The select's first, empty choice.
    pub question_choose: &'static str,
    /// A question the file names that the checker does not have. `{question}`: its id.
    pub question_unknown: &'static str,
    /// Said for an essential line without a rule.
    pub no_rule: &'static str,
    /// The legend over an answer rule's tick boxes. `{question}`.
    pub meets_legend: &'static str,
    /// The box for the reason an answer does not meet. `{answer}`.
    pub reason_label: &'static str,
    /// Its hint.
    pub reason_hint: &'static str,
    /// What the answer “not sure” leads to. `{answer}`: its words.
    pub not_sure_leads: &'static str,
    /// A question's “not sure” answer where it gives no words of its own.
    pub not_sure: &'static str,
    /// The legend over how a month answer decides a line. `{question}`.
    pub kind_legend: &'static str,
    /// A month rule: time since.
    pub kind_months_since: &'static str,
    /// A month rule: it has happened.
    pub kind_has_happened: &'static str,
    /// A month rule: recently.
    pub kind_within: &'static str,
    /// The months of a time-since rule. `{question}`.
    pub months_label: &'static str,
    /// Its hint. `{never}`: the “never” answer.
    pub months_hint: &'static str,
    /// The months of a within rule. `{question}`.
    pub within_label: &'static str,
    /// Its hint.
    pub within_hint: &'static str,
    /// A has-happened rule in words. `{question}`, `{never}`.
    pub happened: &'static str,
    /// The legend over how a line's rule is made: by one question, or of parts.
    pub combine_legend: &'static str,
    /// One question decides the line.
    pub combine_one: &'static str,
    /// Any one of the parts meets it.
    pub combine_any: &'static str,
    /// Every part must be met.
    pub combine_all: &'static str,
    /// The legend of one part of a rule of parts. `{n}`: its number, from 1.
    pub part_legend: &'static str,
    /// The select of the question that decides a part: label.
    pub part_question_label: &'static str,
    /// The button that adds a part.
    pub add_part: &'static str,
    /// The button that removes a part. `{n}`: its number, from 1.
    pub remove_part: &'static str,
    /// Over the parts of an either-or rule.
    pub any_of: &'static str,
    /// Over the parts of a rule of several parts.
    pub all_of: &'static str,
    /// A problem in plain words: a reason box left empty.
    pub plain_empty_reason: &'static str,
    /// A problem in plain words: a fact the file must give, left empty.
    pub plain_empty_fact: &'static str,
    /// A problem in plain words: months that are not from 1 to 1200.
    pub plain_months: &'static str,
    /// A problem in plain words: a question the checker does not have. `{question}`.
    pub plain_unknown_question: &'static str,
    /// A problem in plain words: no answer ticked as meeting.
    pub plain_no_meets: &'static str,
    /// A problem in plain words: an essential line that nothing decides.
    pub plain_no_rule: &'static str,
    /// A problem in plain words: a part whose question is still to be chosen.
    pub plain_no_question: &'static str,
    /// The heading over the employer's test cases.
    pub examples_heading: &'static str,
    /// Under it.
    pub examples_intro: &'static str,
    /// Said when there are none.
    pub examples_none: &'static str,
    /// Beside the preview, once it shows a result: the heading over keeping that walk.
    pub walk_heading: &'static str,
    /// Under it.
    pub walk_hint: &'static str,
    /// The label of the walk's name.
    pub walk_name: &'static str,
    /// The button that keeps it.
    pub walk_keep: &'static str,
    /// Said once it is kept. `{name}`.
    pub walk_kept: &'static str,
    /// Said where the posting changed since the walk.
    pub walk_stale: &'static str,
    /// The legend over the outcome the walk is expected to give.
    pub walk_expect: &'static str,
    /// Under it. `{outcome}`: the outcome the preview gave.
    pub walk_expect_hint: &'static str,
    /// A test case that gives the outcome expected.
    pub passes: &'static str,
    /// One that does not.
    pub fails: &'static str,
    /// How a failing case differs, overall. `{expected}`, `{found}`.
    pub difference_overall: &'static str,
    /// How a failing case differs on one criterion. `{criterion}`, `{expected}`, `{found}`.
    pub difference_criterion: &'static str,
    /// How a failing case differs otherwise. `{why}`: the check's words.
    pub difference_other: &'static str,
    /// The button that removes a test case. `{name}`.
    pub remove: &'static str,
    /// The heading over the form that adds one.
    pub add_heading: &'static str,
    /// Its name: label.
    pub name_label: &'static str,
    /// Its hint.
    pub name_hint: &'static str,
    /// Its day: label.
    pub on_label: &'static str,
    /// Its hint.
    pub on_hint: &'static str,
    /// The legend over its answers.
    pub answers_legend: &'static str,
    /// An answer's first choice: none.
    pub no_answer: &'static str,
    /// A month answer's choice: a month, written below it.
    pub a_month: &'static str,
    /// The month of a month answer. `{question}`: its short words.
    pub month_label: &'static str,
    /// Its hint.
    pub month_hint: &'static str,
    /// Said when the month is not written as year and month.
    pub month_wrong: &'static str,
    /// Said when the test case has no name.
    pub name_missing: &'static str,
    /// Said when another test case has its name. `{name}`: the name.
    pub name_taken: &'static str,
    /// The legend over the outcome expected.
    pub expect_legend: &'static str,
    /// An outcome.
    pub outcome_met: &'static str,
    /// An outcome.
    pub outcome_not_met: &'static str,
    /// An outcome.
    pub outcome_not_sure: &'static str,
    /// An outcome.
    pub outcome_depends: &'static str,
    /// An outcome.
    pub outcome_unanswered: &'static str,
    /// The button that adds the test case.
    pub add_button: &'static str,
}

/// In English.
pub const RULES_ENGLISH: EditorRuleWords = EditorRuleWords {
    language: Language::English,
    summary_label: "What applicants read as its heading",
    summary_hint: "A few words: the result names the criterion by them, with the advert's own words under them.",
    question_label: "The question that decides it",
    question_hint: "One of the checker's questions. An applicant answers each once, for every job that asks it.",
    question_choose: "Choose a question",
    question_unknown: "“{question}”: not one of the checker's questions",
    no_rule: "The checker decides an essential line by a question. Choose one, or choose “Not asked by the check” above if you check it yourself.",
    meets_legend: "Meets this when the answer to “{question}” is",
    reason_label: "The reason the applicant reads if they answer “{answer}”",
    reason_hint: "Say plainly what the job needs. Leave it empty and the problem is named above.",
    not_sure_leads: "“{answer}” leads to “not sure”: the applicant is told to ask you before applying.",
    not_sure: "I'm not sure",
    kind_legend: "How the answer to “{question}” decides it",
    kind_months_since: "At least some months since it",
    kind_has_happened: "It has happened at all",
    kind_within: "Within the last some months",
    months_label: "Meets this when at least this many months have passed since the answer to “{question}”",
    months_hint: "Whole months: 12 for a year. “{never}” meets it.",
    within_label: "Meets this when the answer to “{question}” is within this many months",
    within_hint: "Whole months: 60 for 5 years.",
    happened: "Meets this when the answer to “{question}” is a month, not “{never}”.",
    combine_legend: "How the checker decides it",
    combine_one: "One question decides it",
    combine_any: "Any of these",
    combine_all: "All of these",
    part_legend: "Part {n}",
    part_question_label: "The question that decides this part",
    add_part: "Add another part",
    remove_part: "Remove part {n}",
    any_of: "Meets this when any one of these is met:",
    all_of: "Meets this when all of these are met:",
    plain_empty_reason: "Write the reason the applicant reads if they give this answer.",
    plain_empty_fact: "Fill this in: the checker needs it.",
    plain_months: "Enter a whole number of months from 1 to 1200, such as 12.",
    plain_unknown_question: "The file names a question the checker does not have (“{question}”). Choose one of its questions.",
    plain_no_meets: "Tick at least one answer that meets this.",
    plain_no_rule: "Tick “Use this rule”, choose the question that decides it, or choose “Not asked by the check” above.",
    plain_no_question: "Choose the question that decides this part.",
    examples_heading: "Your test cases",
    examples_intro: "Answers an applicant might give, and the outcome you expect. They are kept in the file and checked again on every change.",
    examples_none: "No test cases yet.",
    walk_heading: "Keep this walk as a test case",
    walk_hint: "The preview has given a result. Name it to keep its answers, and the outcome of each criterion the preview gave, as a test case.",
    walk_name: "Name of the test case",
    walk_keep: "Keep as a test case",
    walk_kept: "Kept as a test case: “{name}”.",
    walk_stale: "The posting has changed since this walk. Walk the preview again.",
    walk_expect: "The outcome you expect",
    walk_expect_hint: "The preview gave: {outcome}. If that is not what an applicant with these answers should be told, choose what they should: the test case will fail until the posting gives it.",
    passes: "Passes",
    fails: "Fails",
    difference_overall: "Overall you expect “{expected}”; the check says “{found}”.",
    difference_criterion: "“{criterion}”: you expect “{expected}”; the check says “{found}”.",
    difference_other: "The check says: {why}",
    remove: "Remove “{name}”",
    add_heading: "Add a test case",
    name_label: "Name",
    name_hint: "What the case is, such as “A carer only”.",
    on_label: "Judged on",
    on_hint: "The day it is judged on, as today is for an applicant. Months are counted from it.",
    answers_legend: "The applicant's answers",
    no_answer: "No answer",
    a_month: "A month (write it below)",
    month_label: "Month: {question}",
    month_hint: "Year and month, such as 2024-03.",
    month_wrong: "Write the month as year and month, such as 2024-03.",
    name_missing: "Give the test case a name.",
    name_taken: "You already have a test case called “{name}”. Give this one another name.",
    expect_legend: "The outcome you expect",
    outcome_met: "Meets the essential criteria",
    outcome_not_met: "Does not meet them",
    outcome_not_sure: "Not sure: they should ask you",
    outcome_depends: "Depends on the day",
    outcome_unanswered: "Not answered",
    add_button: "Add this test case",
};

/// In Welsh.
pub const RULES_WELSH: EditorRuleWords = EditorRuleWords {
    language: Language::Welsh,
    summary_label: "Beth mae ymgeiswyr yn ei ddarllen fel ei bennawd",
    summary_hint: "Ychydig eiriau: mae'r canlyniad yn enwi'r maen prawf wrthynt, gyda geiriau'r hysbyseb ei hun oddi tanynt.",
    question_label: "Y cwestiwn sy'n penderfynu",
    question_hint: "Un o gwestiynau'r gwiriwr. Mae ymgeisydd yn ateb pob un unwaith, ar gyfer pob swydd sy'n ei ofyn.",
    question_choose: "Dewiswch gwestiwn",
    question_unknown: "“{question}”: nid yw'n un o gwestiynau'r gwiriwr",
    no_rule: "Mae'r gwiriwr yn penderfynu llinell hanfodol drwy gwestiwn. Dewiswch un, neu dewiswch “Nid yw'r gwiriad yn gofyn amdano” uchod os ydych chi'n ei wirio eich hun.",
    meets_legend: "Yn bodloni hyn pan fo'r ateb i “{question}” yn",
    reason_label: "Y rheswm y mae'r ymgeisydd yn ei ddarllen os yw'n ateb “{answer}”",
    reason_hint: "Dywedwch yn glir beth mae'r swydd ei angen. Gadewch ef yn wag a bydd y broblem yn cael ei henwi uchod.",
    not_sure_leads: "Mae “{answer}” yn arwain at “ddim yn siŵr”: dywedir wrth yr ymgeisydd am ofyn i chi cyn gwneud cais.",
    not_sure: "Dydw i ddim yn siŵr",
    kind_legend: "Sut mae'r ateb i “{question}” yn penderfynu",
    kind_months_since: "O leiaf rai misoedd ers hynny",
    kind_has_happened: "Mae wedi digwydd o gwbl",
    kind_within: "O fewn y misoedd diwethaf",
    months_label: "Yn bodloni hyn pan fo o leiaf y nifer hwn o fisoedd wedi mynd heibio ers yr ateb i “{question}”",
    months_hint: "Misoedd cyfan: 12 am flwyddyn. Mae “{never}” yn ei fodloni.",
    within_label: "Yn bodloni hyn pan fo'r ateb i “{question}” o fewn y nifer hwn o fisoedd",
    within_hint: "Misoedd cyfan: 60 am 5 mlynedd.",
    happened: "Yn bodloni hyn pan fo'r ateb i “{question}” yn fis, nid “{never}”.",
    combine_legend: "Sut mae'r gwiriwr yn ei benderfynu",
    combine_one: "Mae un cwestiwn yn ei benderfynu",
    combine_any: "Unrhyw un o'r rhain",
    combine_all: "Pob un o'r rhain",
    part_legend: "Rhan {n}",
    part_question_label: "Y cwestiwn sy'n penderfynu'r rhan hon",
    add_part: "Ychwanegu rhan arall",
    remove_part: "Tynnu rhan {n}",
    any_of: "Yn bodloni hyn pan fo unrhyw un o'r rhain wedi'i fodloni:",
    all_of: "Yn bodloni hyn pan fo pob un o'r rhain wedi'u bodloni:",
    plain_empty_reason: "Ysgrifennwch y rheswm y mae'r ymgeisydd yn ei ddarllen os yw'n rhoi'r ateb hwn.",
    plain_empty_fact: "Llenwch hwn: mae'r gwiriwr ei angen.",
    plain_months: "Rhowch nifer cyfan o fisoedd rhwng 1 a 1200, fel 12.",
    plain_unknown_question: "Mae'r ffeil yn enwi cwestiwn nad yw gan y gwiriwr (“{question}”). Dewiswch un o'i gwestiynau.",
    plain_no_meets: "Ticiwch o leiaf un ateb sy'n bodloni hyn.",
    plain_no_rule: "Ticiwch “Defnyddio'r rheol hon”, dewiswch y cwestiwn sy'n ei phenderfynu, neu dewiswch “Nid yw'r gwiriad yn gofyn amdano” uchod.",
    plain_no_question: "Dewiswch y cwestiwn sy'n penderfynu'r rhan hon.",
    examples_heading: "Eich achosion prawf",
    examples_intro: "Atebion y gallai ymgeisydd eu rhoi, a'r canlyniad rydych chi'n ei ddisgwyl. Maen nhw'n cael eu cadw yn y ffeil a'u gwirio eto ar bob newid.",
    examples_none: "Dim achosion prawf eto.",
    walk_heading: "Cadw'r daith hon fel achos prawf",
    walk_hint: "Mae'r rhagolwg wedi rhoi canlyniad. Rhowch enw iddo i gadw ei atebion, a chanlyniad pob maen prawf a roddodd y rhagolwg, fel achos prawf.",
    walk_name: "Enw'r achos prawf",
    walk_keep: "Cadw fel achos prawf",
    walk_kept: "Wedi'i gadw fel achos prawf: “{name}”.",
    walk_stale: "Mae'r swydd wedi newid ers y daith hon. Ewch drwy'r rhagolwg eto.",
    walk_expect: "Y canlyniad rydych chi'n ei ddisgwyl",
    walk_expect_hint: "Rhoddodd y rhagolwg: {outcome}. Os nad dyna'r hyn y dylid ei ddweud wrth ymgeisydd gyda'r atebion hyn, dewiswch beth y dylid ei ddweud: bydd yr achos prawf yn methu nes bod y swydd yn ei roi.",
    passes: "Yn llwyddo",
    fails: "Yn methu",
    difference_overall: "At ei gilydd rydych chi'n disgwyl “{expected}”; mae'r gwiriad yn dweud “{found}”.",
    difference_criterion: "“{criterion}”: rydych chi'n disgwyl “{expected}”; mae'r gwiriad yn dweud “{found}”.",
    difference_other: "Mae'r gwiriad yn dweud: {why}",
    remove: "Tynnu “{name}”",
    add_heading: "Ychwanegu achos prawf",
    name_label: "Enw",
    name_hint: "Beth yw'r achos, fel “Gofalwr yn unig”.",
    on_label: "Yn cael ei farnu ar",
    on_hint: "Y diwrnod y caiff ei farnu arno, fel heddiw i ymgeisydd. Mae misoedd yn cael eu cyfrif ohono.",
    answers_legend: "Atebion yr ymgeisydd",
    no_answer: "Dim ateb",
    a_month: "Mis (ysgrifennwch ef isod)",
    month_label: "Mis: {question}",
    month_hint: "Blwyddyn a mis, fel 2024-03.",
    month_wrong: "Ysgrifennwch y mis fel blwyddyn a mis, fel 2024-03.",
    name_missing: "Rhowch enw i'r achos prawf.",
    name_taken: "Mae gennych achos prawf o'r enw “{name}” yn barod. Rhowch enw arall i hwn.",
    expect_legend: "Y canlyniad rydych chi'n ei ddisgwyl",
    outcome_met: "Yn bodloni'r meini prawf hanfodol",
    outcome_not_met: "Ddim yn eu bodloni",
    outcome_not_sure: "Ddim yn siŵr: dylen nhw ofyn i chi",
    outcome_depends: "Yn dibynnu ar y diwrnod",
    outcome_unanswered: "Heb ei ateb",
    add_button: "Ychwanegu'r achos prawf hwn",
};

impl EditorRuleWords {
    /// The words in `language`.
    pub fn of(language: Language) -> &'static EditorRuleWords {
        match language {
            Language::English => &RULES_ENGLISH,
            Language::Welsh => &RULES_WELSH,
        }
    }
}
