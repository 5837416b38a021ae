//! The employers' editor's words for a posting's languages: English only or English and Welsh,
//! the two-column table of its texts, and the CSV a translator fills in (feature `employer`), in
//! English and Welsh. The editor's views only place these on the page.

use super::Plural;
use crate::rules::Language;

/// The words of the editor's Welsh section in one language.
#[derive(Debug, PartialEq)]
pub struct EditorWelshWords {
    /// The language they are in.
    pub language: Language,
    /// The section's heading.
    pub heading: &'static str,
    /// The legend over the choice of languages.
    pub legend: &'static str,
    /// A choice: the posting in English only.
    pub english_only: &'static str,
    /// Its hint.
    pub english_only_hint: &'static str,
    /// A choice: the posting in English and Welsh.
    pub english_and_welsh: &'static str,
    /// Its hint.
    pub english_and_welsh_hint: &'static str,
    /// The table's caption.
    pub caption: &'static str,
    /// Under the caption: what happens when an English text changes.
    pub table_hint: &'static str,
    /// The table's first column.
    pub column_english: &'static str,
    /// The table's second column.
    pub column_welsh: &'static str,
    /// The hidden label of a Welsh box. `{text}`: the English it is the Welsh for.
    pub welsh_for: &'static str,
    /// Said where applicants read no text of the posting yet.
    pub no_texts: &'static str,
    /// The problem on a row without Welsh. `{text}`: its English.
    pub no_welsh: &'static str,
    /// The link that downloads the CSV.
    pub download_csv: &'static str,
    /// Its hint.
    pub download_csv_hint: &'static str,
    /// The file input that opens a translated CSV: label.
    pub open_csv: &'static str,
    /// Its hint.
    pub open_csv_hint: &'static str,
    /// Said after opening a CSV: the texts it gave Welsh for. `{count}`, `{file}`.
    pub filled: Plural,
    /// Said after opening a CSV: its rows whose English the posting no longer has. `{count}`,
    /// `{file}`.
    pub unknown: Plural,
    /// A CSV that could not be read. `{file}`, `{line}`, `{problem}`.
    pub csv_failed: &'static str,
    /// A CSV problem: the file is empty.
    pub csv_empty: &'static str,
    /// A CSV problem: the first line is not the header.
    pub csv_header: &'static str,
    /// A CSV problem: a row has other than two fields. `{count}`: how many it has.
    pub csv_fields: &'static str,
    /// A CSV problem: a quoted field is not closed.
    pub csv_unclosed: &'static str,
    /// A CSV problem: something follows a closing quote.
    pub csv_after_quote: &'static str,
}

/// In English.
pub const WELSH_TABLE_ENGLISH: EditorWelshWords = EditorWelshWords {
    language: Language::English,
    heading: "Welsh",
    legend: "Which languages applicants read this posting in",
    english_only: "English only",
    english_only_hint: "The file gives every text in English. On a Welsh page the checker's own words are Welsh and this posting's are English.",
    english_and_welsh: "English and Welsh",
    english_and_welsh_hint: "Give the Welsh for every text applicants read. On a Welsh page the checker then shows this posting in Welsh.",
    caption: "Every text applicants read, in English and Welsh",
    table_hint: "The Welsh belongs to the English it was written for. If you change a text in English, it needs its Welsh again.",
    column_english: "English",
    column_welsh: "Welsh",
    welsh_for: "Welsh for: {text}",
    no_texts: "There is no text for applicants to read yet.",
    no_welsh: "Write the Welsh for “{text}”",
    download_csv: "Download for translation (CSV)",
    download_csv_hint: "A spreadsheet with two columns, English and Welsh, one row for each text. Your translator fills in the Welsh column. Then open it below.",
    open_csv: "Open translated CSV",
    open_csv_hint: "The file your translator sends back. Its Welsh fills the table, matched by the English text.",
    filled: Plural::english(
        "{file} gave no Welsh for a text of this posting.",
        "{file} gave the Welsh for {count} text.",
        "{file} gave the Welsh for {count} texts.",
    ),
    unknown: Plural::english(
        "",
        "{count} row of {file} has English this posting no longer has. It was not used:",
        "{count} rows of {file} have English this posting no longer has. They were not used:",
    ),
    csv_failed: "{file} could not be read. Line {line}: {problem}.",
    csv_empty: "expected the header English,Welsh, but the file is empty",
    csv_header: "expected the header English,Welsh as the first line",
    csv_fields: "expected two columns, English and Welsh, but found {count}",
    csv_unclosed: "expected a closing quote (\") for the text that starts with a quote here",
    csv_after_quote: "expected a comma or the end of the line after a closing quote (\")",
};

/// In Welsh.
pub const WELSH_TABLE_WELSH: EditorWelshWords = EditorWelshWords {
    language: Language::Welsh,
    heading: "Cymraeg",
    legend: "Ym mha ieithoedd y mae ymgeiswyr yn darllen y swydd hon",
    english_only: "Saesneg yn unig",
    english_only_hint: "Mae'r ffeil yn rhoi pob testun yn Saesneg. Ar dudalen Gymraeg mae geiriau'r gwiriwr ei hun yn Gymraeg a geiriau'r swydd hon yn Saesneg.",
    english_and_welsh: "Saesneg a Chymraeg",
    english_and_welsh_hint: "Rhowch y Gymraeg ar gyfer pob testun y mae ymgeiswyr yn ei ddarllen. Ar dudalen Gymraeg mae'r gwiriwr wedyn yn dangos y swydd hon yn Gymraeg.",
    caption: "Pob testun y mae ymgeiswyr yn ei ddarllen, yn Saesneg ac yn Gymraeg",
    table_hint: "Mae'r Gymraeg yn perthyn i'r Saesneg y cafodd ei hysgrifennu ar ei gyfer. Os byddwch yn newid testun yn Saesneg, mae angen ei Gymraeg eto.",
    column_english: "Saesneg",
    column_welsh: "Cymraeg",
    welsh_for: "Cymraeg ar gyfer: {text}",
    no_texts: "Nid oes testun i ymgeiswyr ei ddarllen eto.",
    no_welsh: "Ysgrifennwch y Gymraeg ar gyfer “{text}”",
    download_csv: "Lawrlwytho i'w gyfieithu (CSV)",
    download_csv_hint: "Taenlen gyda dwy golofn, Saesneg a Chymraeg, un rhes ar gyfer pob testun. Mae eich cyfieithydd yn llenwi'r golofn Gymraeg. Yna agorwch hi isod.",
    open_csv: "Agor CSV wedi'i gyfieithu",
    open_csv_hint: "Y ffeil y mae eich cyfieithydd yn ei hanfon yn ôl. Mae ei Chymraeg yn llenwi'r tabl, wedi'i pharu yn ôl y testun Saesneg.",
    filled: Plural::welsh(
        "Ni roddodd {file} y Gymraeg ar gyfer unrhyw destun yn y swydd hon.",
        "Rhoddodd {file} y Gymraeg ar gyfer {count} testun.",
        "Rhoddodd {file} y Gymraeg ar gyfer {count} destun.",
        "Rhoddodd {file} y Gymraeg ar gyfer {count} thestun.",
        "Rhoddodd {file} y Gymraeg ar gyfer {count} testun.",
        "Rhoddodd {file} y Gymraeg ar gyfer {count} testun.",
    ),
    unknown: Plural::welsh(
        "",
        "Mae gan {count} rhes yn {file} Saesneg nad yw yn y swydd hon mwyach. Ni chafodd ei defnyddio:",
        "Mae gan {count} res yn {file} Saesneg nad yw yn y swydd hon mwyach. Ni chawsant eu defnyddio:",
        "Mae gan {count} rhes yn {file} Saesneg nad yw yn y swydd hon mwyach. Ni chawsant eu defnyddio:",
        "Mae gan {count} rhes yn {file} Saesneg nad yw yn y swydd hon mwyach. Ni chawsant eu defnyddio:",
        "Mae gan {count} rhes yn {file} Saesneg nad yw yn y swydd hon mwyach. Ni chawsant eu defnyddio:",
    ),
    csv_failed: "Nid oedd modd darllen {file}. Llinell {line}: {problem}.",
    csv_empty: "roedd disgwyl y pennawd English,Welsh, ond mae'r ffeil yn wag",
    csv_header: "roedd disgwyl y pennawd English,Welsh fel y llinell gyntaf",
    csv_fields: "roedd disgwyl dwy golofn, Saesneg a Chymraeg, ond cafwyd {count}",
    csv_unclosed: "roedd disgwyl dyfynnod cau (\") ar gyfer y testun sy'n dechrau gyda dyfynnod yma",
    csv_after_quote: "roedd disgwyl coma neu ddiwedd y llinell ar ôl dyfynnod cau (\")",
};

impl EditorWelshWords {
    /// The words in `language`.
    pub fn of(language: Language) -> &'static EditorWelshWords {
        match language {
            Language::English => &WELSH_TABLE_ENGLISH,
            Language::Welsh => &WELSH_TABLE_WELSH,
        }
    }
}
