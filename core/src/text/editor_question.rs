//! The employers' editor's words for a question the employer writes inside the line that needs
//! it (feature `employer`), in English and Welsh. The editor's views only place these on the page.

use crate::rules::Language;

/// The words of the editor's new-question form in one language.
#[derive(Debug, PartialEq)]
pub struct EditorQuestionWords {
    /// The language they are in.
    pub language: Language,
    /// The button beside the question select that opens the form.
    pub write: &'static str,
    /// The hint beside that button.
    pub write_hint: &'static str,
    /// The legend over the form.
    pub legend: &'static str,
    /// Under the legend: what becomes of the question.
    pub intro: &'static str,
    /// The question as applicants read it: label.
    pub text_label: &'static str,
    /// Its hint.
    pub text_hint: &'static str,
    /// The line under the question: label (followed by the form's “(optional)”).
    pub hint_label: &'static str,
    /// Its hint.
    pub hint_hint: &'static str,
    /// The legend over the kind of answer.
    pub kind_legend: &'static str,
    /// A kind of answer: Yes or No.
    pub kind_yes_no: &'static str,
    /// A kind of answer: one of several.
    pub kind_one_of: &'static str,
    /// A kind of answer: a month and year.
    pub kind_month: &'static str,
    /// The legend over the answers of a one-of-several question.
    pub answers_legend: &'static str,
    /// Its hint.
    pub answers_hint: &'static str,
    /// An answer's label. `{n}`: its place, counted from 1.
    pub answer_label: &'static str,
    /// The button that removes an answer; `remove_which` follows it, for screen readers.
    pub remove: &'static str,
    /// After “Remove”, read by screen readers only. `{n}`.
    pub remove_which: &'static str,
    /// The button that adds an answer.
    pub add_answer: &'static str,
    /// What “never” is called, for a month question: label.
    pub never_label: &'static str,
    /// Its hint.
    pub never_hint: &'static str,
    /// Under the form: the id made for the question. `{id}`.
    pub id_note: &'static str,
    /// A problem in plain words: the question left empty.
    pub plain_empty_text: &'static str,
    /// A problem in plain words: an answer left empty.
    pub plain_empty_answer: &'static str,
    /// A problem in plain words: what “never” is called, left empty.
    pub plain_empty_never: &'static str,
    /// A problem in plain words: two answers the same.
    pub plain_same_answer: &'static str,
    /// A problem in plain words: fewer than two answers.
    pub plain_too_few: &'static str,
}

/// In English.
pub const QUESTION_ENGLISH: EditorQuestionWords = EditorQuestionWords {
    language: Language::English,
    write: "Write a new question",
    write_hint: "If none of the checker's questions asks this, write one here. It is kept in your posting file.",
    legend: "Your new question",
    intro: "It is asked in your posting like the checker's own questions, and other lines can choose it too. Applicants can also answer “I'm not sure”.",
    text_label: "The question, as applicants read it",
    text_hint: "Ask one thing, such as “Are you able to work shifts, including weekends?”",
    hint_label: "A line under the question",
    hint_hint: "Anything that helps applicants answer it.",
    kind_legend: "The kind of answer",
    kind_yes_no: "Yes or No",
    kind_one_of: "One of several answers",
    kind_month: "A month and year",
    answers_legend: "The answers applicants choose from",
    answers_hint: "At least two, each different.",
    answer_label: "Answer {n}",
    remove: "Remove",
    remove_which: "answer {n}",
    add_answer: "Add another answer",
    never_label: "What applicants choose if it has never happened",
    never_hint: "Such as “I have never worked shifts”.",
    id_note: "In the file its id is “{id}”, made from its words.",
    plain_empty_text: "Write the question as applicants read it.",
    plain_empty_answer: "Write this answer, or remove it.",
    plain_empty_never: "Write what applicants choose if it has never happened.",
    plain_same_answer: "Two answers are the same: change or remove one.",
    plain_too_few: "Give at least two answers.",
};

/// In Welsh.
pub const QUESTION_WELSH: EditorQuestionWords = EditorQuestionWords {
    language: Language::Welsh,
    write: "Ysgrifennu cwestiwn newydd",
    write_hint: "Os nad oes un o gwestiynau'r gwiriwr yn gofyn hyn, ysgrifennwch un yma. Caiff ei gadw yn ffeil eich swydd.",
    legend: "Eich cwestiwn newydd",
    intro: "Caiff ei ofyn yn eich swydd fel cwestiynau'r gwiriwr ei hun, a gall llinellau eraill ei ddewis hefyd. Gall ymgeiswyr hefyd ateb “Dydw i ddim yn siŵr”.",
    text_label: "Y cwestiwn, fel y mae ymgeiswyr yn ei ddarllen",
    text_hint: "Gofynnwch un peth, fel “Ydych chi'n gallu gweithio sifftiau, gan gynnwys penwythnosau?”",
    hint_label: "Llinell o dan y cwestiwn",
    hint_hint: "Unrhyw beth sy'n helpu ymgeiswyr i'w ateb.",
    kind_legend: "Y math o ateb",
    kind_yes_no: "Ydw neu Nac ydw",
    kind_one_of: "Un o sawl ateb",
    kind_month: "Mis a blwyddyn",
    answers_legend: "Yr atebion y mae ymgeiswyr yn dewis ohonynt",
    answers_hint: "O leiaf dau, pob un yn wahanol.",
    answer_label: "Ateb {n}",
    remove: "Tynnu",
    remove_which: "ateb {n}",
    add_answer: "Ychwanegu ateb arall",
    never_label: "Beth mae ymgeiswyr yn ei ddewis os nad yw erioed wedi digwydd",
    never_hint: "Fel “Dydw i erioed wedi gweithio sifftiau”.",
    id_note: "Yn y ffeil, ei ddynodydd yw “{id}”, wedi'i wneud o'i eiriau.",
    plain_empty_text: "Ysgrifennwch y cwestiwn fel y mae ymgeiswyr yn ei ddarllen.",
    plain_empty_answer: "Ysgrifennwch yr ateb hwn, neu tynnwch ef.",
    plain_empty_never: "Ysgrifennwch beth mae ymgeiswyr yn ei ddewis os nad yw erioed wedi digwydd.",
    plain_same_answer: "Mae dau ateb yr un fath: newidiwch neu tynnwch un.",
    plain_too_few: "Rhowch o leiaf ddau ateb.",
};

impl EditorQuestionWords {
    /// The words in `language`.
    pub fn of(language: Language) -> &'static EditorQuestionWords {
        match language {
            Language::English => &QUESTION_ENGLISH,
            Language::Welsh => &QUESTION_WELSH,
        }
    }
}
