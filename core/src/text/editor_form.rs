//! The employers' editor's words for the posting's facts, its problems, and the file in and out
//! (feature `employer`), in English and Welsh. The editor's views only place these on the page.

use crate::rules::Language;

/// The words of the editor's form in one language.
#[derive(Debug, PartialEq)]
pub struct EditorFormWords {
    /// The language they are in.
    pub language: Language,
    /// Put after the label of a field that may be left empty.
    pub optional: &'static str,
    /// The heading over the job's facts.
    pub facts_heading: &'static str,
    /// The posting's id: label.
    pub id_label: &'static str,
    /// Its hint.
    pub id_hint: &'static str,
    /// The job title: label.
    pub title_label: &'static str,
    /// Its hint.
    pub title_hint: &'static str,
    /// The employer: label.
    pub employer_label: &'static str,
    /// Its hint.
    pub employer_hint: &'static str,
    /// The location: label.
    pub location_label: &'static str,
    /// Its hint.
    pub location_hint: &'static str,
    /// The nation: label.
    pub nation_label: &'static str,
    /// Its hint.
    pub nation_hint: &'static str,
    /// The nation's first choice: the one the location tells. `{nation}`: that nation.
    pub nation_from_location: &'static str,
    /// Said under the nation when the location names a nation other than England. `{nation}`.
    pub nation_suggested: &'static str,
    /// A nation.
    pub england: &'static str,
    /// A nation.
    pub wales: &'static str,
    /// A nation.
    pub scotland: &'static str,
    /// A nation.
    pub northern_ireland: &'static str,
    /// The pay: label.
    pub pay_label: &'static str,
    /// Its hint.
    pub pay_hint: &'static str,
    /// The working pattern: label.
    pub hours_label: &'static str,
    /// Its hint.
    pub hours_hint: &'static str,
    /// The contract: label.
    pub contract_label: &'static str,
    /// Its hint.
    pub contract_hint: &'static str,
    /// The date the advert was published: label.
    pub published_label: &'static str,
    /// Its hint.
    pub published_hint: &'static str,
    /// The closing date: label.
    pub closes_label: &'static str,
    /// Its hint.
    pub closes_hint: &'static str,
    /// The reference: label.
    pub reference_label: &'static str,
    /// Its hint.
    pub reference_hint: &'static str,
    /// Where to apply: label.
    pub apply_label: &'static str,
    /// Its hint.
    pub apply_hint: &'static str,
    /// Where the facts come from: label.
    pub source_label: &'static str,
    /// Its hint.
    pub source_hint: &'static str,
    /// The Welsh-language skills category: label.
    pub welsh_label: &'static str,
    /// Its hint.
    pub welsh_hint: &'static str,
    /// The category: not stated.
    pub welsh_none: &'static str,
    /// The category.
    pub welsh_essential: &'static str,
    /// The category.
    pub welsh_need_to_learn: &'static str,
    /// The category.
    pub welsh_desirable: &'static str,
    /// The category.
    pub welsh_not_necessary: &'static str,
    /// The error summary's heading (GOV.UK pattern).
    pub summary_title: &'static str,
    /// Under it.
    pub summary_hint: &'static str,
    /// Read by screen readers before a field's problem.
    pub error_prefix: &'static str,
    /// Names a problem that belongs to no one field.
    pub whole_file: &'static str,
    /// The heading over readability warnings, which do not stop the download.
    pub warnings_heading: &'static str,
    /// Under it.
    pub warnings_hint: &'static str,
    /// Read out before a warning on its field, for screen readers.
    pub warning_prefix: &'static str,
    /// Over the field's words, shown under a warning with the sentence it is about marked.
    pub warning_marked: &'static str,
    /// The heading over the download.
    pub download_heading: &'static str,
    /// The download link. `{file}`: the file's name.
    pub download: &'static str,
    /// Under it. `{file}`.
    pub download_hint: &'static str,
    /// The summary of the details that show the file's text.
    pub show_file: &'static str,
    /// The button that copies the file's text.
    pub copy_file: &'static str,
    /// Said once the text is copied.
    pub copied: &'static str,
    /// Said where the browser refuses the clipboard, over the text shown to copy by hand.
    pub copy_refused: &'static str,
    /// The label of the text shown to copy by hand.
    pub copy_by_hand: &'static str,
    /// The heading over the embed snippets.
    pub snippets_heading: &'static str,
    /// Under it. `{file}`.
    pub snippets_hint: &'static str,
    /// The inline embed's heading.
    pub snippet_inline: &'static str,
    /// The custom element's heading.
    pub snippet_element: &'static str,
    /// The iframe's heading.
    pub snippet_iframe: &'static str,
    /// Under it.
    pub snippet_iframe_hint: &'static str,
    /// The button that copies a snippet. `{snippet}`: its heading.
    pub copy_snippet: &'static str,
    /// The heading over the criteria file, for a careers page with JobPosting markup.
    pub jobposting_heading: &'static str,
    /// Under it. `{reference}`: the JobPosting's identifier.
    pub jobposting_hint: &'static str,
    /// Said where the posting has no reference to name its JobPosting by.
    pub jobposting_no_reference: &'static str,
    /// The criteria file's download link. `{file}`.
    pub download_criteria: &'static str,
    /// The heading of its snippet.
    pub snippet_jobposting: &'static str,
    /// Over the criteria file's text.
    pub show_criteria_file: &'static str,
    /// Where the browser refuses to make a file to download. `{file}`.
    pub download_refused: &'static str,
    /// The heading over the preview.
    pub preview_heading: &'static str,
    /// Under it.
    pub preview_hint: &'static str,
    /// The legend over the preview's language.
    pub preview_language: &'static str,
    /// The legend over the preview's width.
    pub preview_width: &'static str,
    /// A width.
    pub preview_phone: &'static str,
    /// A width.
    pub preview_desktop: &'static str,
    /// Said instead of the preview while there are problems.
    pub preview_blocked: &'static str,
    /// Said instead of the download while there are problems.
    pub download_blocked: &'static str,
    /// The heading over opening a file.
    pub open_heading: &'static str,
    /// The file picker's label.
    pub open_label: &'static str,
    /// Its hint.
    pub open_hint: &'static str,
    /// Said when an opened file has problems. `{file}`.
    pub open_failed: &'static str,
    /// The legend over a bundle's postings. `{file}`.
    pub pick_legend: &'static str,
    /// The button that opens the chosen one.
    pub pick_button: &'static str,
    /// The heading over the paste box, after the file picker.
    pub or_paste: &'static str,
}

/// In English.
pub const FORM_ENGLISH: EditorFormWords = EditorFormWords {
    language: Language::English,
    optional: "(optional)",
    facts_heading: "The job's facts",
    id_label: "Posting id",
    id_hint: "Names the file and the job's link. Lower-case letters, digits and hyphens, such as kmpt-dartford-peer-support-worker.",
    title_label: "Job title",
    title_hint: "As the advert gives it. Applicants see it first.",
    employer_label: "Employer",
    employer_hint: "The organisation the person would work for.",
    location_label: "Location",
    location_hint: "Where the job is: the site, the town and the postcode. Applicants filter jobs by the town.",
    nation_label: "Nation",
    nation_hint: "The result names this nation's urgent mental health line.",
    nation_from_location: "The one the location names: {nation}",
    nation_suggested: "The location reads as {nation}, so the result names {nation}'s urgent line.",
    england: "England",
    wales: "Wales",
    scotland: "Scotland",
    northern_ireland: "Northern Ireland",
    pay_label: "Pay",
    pay_hint: "As the advert states it, with the band: £26,240 to £27,928 a year (band 3).",
    hours_label: "Hours",
    hours_hint: "Full time, part time, or the hours a week. Applicants filter jobs by it.",
    contract_label: "Contract",
    contract_hint: "Permanent, fixed term, bank.",
    published_label: "Date published",
    published_hint: "The day the advert was published. Applicants read it with their result. With no closing date, they are told some weeks after it that the job may have closed.",
    closes_label: "Closing date",
    closes_hint: "The last day you take applications. After it the checker says the job has closed.",
    reference_label: "Reference",
    reference_hint: "Your reference for the job, for applicants to quote.",
    apply_label: "Where to apply",
    apply_hint: "The advert's web address, starting https://. Applicants go there to read it and apply.",
    source_label: "Where the facts come from",
    source_hint: "For whoever looks after the file next: the advert's address, or where you copied it from. Applicants do not see it.",
    welsh_label: "Welsh language skills",
    welsh_hint: "For posts in Wales: the category the advert states.",
    welsh_none: "Not stated",
    welsh_essential: "Essential",
    welsh_need_to_learn: "Need to learn",
    welsh_desirable: "Desirable",
    welsh_not_necessary: "Not necessary",
    summary_title: "There is a problem",
    summary_hint: "Mend these to download the file. Each link goes to its field.",
    error_prefix: "Error:",
    whole_file: "The file",
    warnings_heading: "Words that may be hard to read",
    warnings_hint: "These do not stop the download.",
    warning_prefix: "Hard to read:",
    warning_marked: "Your words, with the sentence marked:",
    download_heading: "Download the file",
    download: "Download {file}",
    download_hint: "Put it on your site beside your careers page and name it in the checker's snippet: data-postings=\"{file}\".",
    show_file: "Show the file's text",
    copy_file: "Copy the file",
    copied: "Copied.",
    copy_refused: "Your browser did not let the editor copy. Select the text below and press Ctrl+C (or Cmd+C on a Mac).",
    copy_by_hand: "The text to copy",
    snippets_heading: "Put the checker on your careers page",
    snippets_hint: "Put {file} beside your careers page, then paste one of these where the checker should appear.",
    snippet_inline: "The inline embed",
    snippet_element: "The custom element",
    snippet_iframe: "An iframe, for a page that runs other sites' scripts",
    snippet_iframe_hint: "The checker's own page, served from an address of its own. Name the file in that page, or build it in: see the hosting guide.",
    copy_snippet: "Copy: {snippet}",
    jobposting_heading: "For a careers page that already has JobPosting markup",
    jobposting_hint: "If your careers page already describes this job in schema.org JobPosting markup (as many careers sites do for search engines), the checker can take the job's facts from there. Then download this file instead: it holds only what the markup cannot say (the criteria, the summary, your test cases), and names the job by its reference, {reference}, which must be the markup's identifier.",
    jobposting_no_reference: "To get a criteria file, give the job's reference above, as your careers page's JobPosting markup gives its identifier.",
    download_criteria: "Download the criteria file, {file}",
    snippet_jobposting: "The custom element, reading your page's JobPosting markup",
    show_criteria_file: "Show the criteria file's text",
    download_refused: "Your browser did not let the editor make {file} to download. Copy its text instead, from the box that shows it, and save it in a file of that name.",
    preview_heading: "What applicants see",
    preview_hint: "The applicant's checker, reading your file as it is now. Walk it as an applicant would. It starts again when you change something.",
    preview_language: "The preview's language",
    preview_width: "The preview's width",
    preview_phone: "A phone's",
    preview_desktop: "A desktop's",
    preview_blocked: "Mend the problems above to see the preview.",
    download_blocked: "Mend the problems above to download the file.",
    open_heading: "Open a posting file",
    open_label: "Posting file",
    open_hint: "A file from this editor, or one written by hand: one posting, or a bundle of them (.json). You can also drop it here.",
    open_failed: "{file} could not be opened. Mend these in the file and open it again:",
    pick_legend: "{file} holds more than one posting. Which one do you want to edit?",
    pick_button: "Edit this posting",
    or_paste: "Or start from your advert, or a new posting",
};

/// In Welsh.
pub const FORM_WELSH: EditorFormWords = EditorFormWords {
    language: Language::Welsh,
    optional: "(dewisol)",
    facts_heading: "Ffeithiau'r swydd",
    id_label: "Dynodydd y swydd",
    id_hint: "Mae'n enwi'r ffeil a dolen y swydd. Llythrennau bach, digidau a chysylltnodau, fel kmpt-dartford-peer-support-worker.",
    title_label: "Teitl y swydd",
    title_hint: "Fel y mae'r hysbyseb yn ei roi. Dyma'r peth cyntaf y mae ymgeiswyr yn ei weld.",
    employer_label: "Cyflogwr",
    employer_hint: "Y sefydliad y byddai'r person yn gweithio iddo.",
    location_label: "Lleoliad",
    location_hint: "Ble mae'r swydd: y safle, y dref a'r cod post. Mae ymgeiswyr yn hidlo swyddi yn ôl y dref.",
    nation_label: "Gwlad",
    nation_hint: "Mae'r canlyniad yn enwi llinell iechyd meddwl frys y wlad hon.",
    nation_from_location: "Yr un y mae'r lleoliad yn ei henwi: {nation}",
    nation_suggested: "Mae'r lleoliad yn darllen fel {nation}, felly mae'r canlyniad yn enwi llinell frys {nation}.",
    england: "Lloegr",
    wales: "Cymru",
    scotland: "Yr Alban",
    northern_ireland: "Gogledd Iwerddon",
    pay_label: "Cyflog",
    pay_hint: "Fel y mae'r hysbyseb yn ei nodi, gyda'r band: £26,240 i £27,928 y flwyddyn (band 3).",
    hours_label: "Oriau",
    hours_hint: "Llawn amser, rhan amser, neu'r oriau'r wythnos. Mae ymgeiswyr yn hidlo swyddi yn ôl hyn.",
    contract_label: "Contract",
    contract_hint: "Parhaol, cyfnod penodol, banc.",
    published_label: "Dyddiad cyhoeddi",
    published_hint: "Y diwrnod y cyhoeddwyd yr hysbyseb. Mae ymgeiswyr yn ei ddarllen gyda'u canlyniad. Heb ddyddiad cau, dywedir wrthynt rai wythnosau wedyn y gallai'r swydd fod wedi cau.",
    closes_label: "Dyddiad cau",
    closes_hint: "Y diwrnod olaf rydych yn derbyn ceisiadau. Ar ôl hynny mae'r gwiriwr yn dweud bod y swydd wedi cau.",
    reference_label: "Cyfeirnod",
    reference_hint: "Eich cyfeirnod ar gyfer y swydd, i ymgeiswyr ei ddyfynnu.",
    apply_label: "Ble i wneud cais",
    apply_hint: "Cyfeiriad gwe'r hysbyseb, yn dechrau gyda https://. Mae ymgeiswyr yn mynd yno i'w darllen a gwneud cais.",
    source_label: "O ble daw'r ffeithiau",
    source_hint: "I bwy bynnag sy'n gofalu am y ffeil nesaf: cyfeiriad yr hysbyseb, neu o ble y gwnaethoch ei chopïo. Nid yw ymgeiswyr yn ei weld.",
    welsh_label: "Sgiliau iaith Gymraeg",
    welsh_hint: "Ar gyfer swyddi yng Nghymru: y categori y mae'r hysbyseb yn ei nodi.",
    welsh_none: "Heb ei nodi",
    welsh_essential: "Hanfodol",
    welsh_need_to_learn: "Angen dysgu",
    welsh_desirable: "Dymunol",
    welsh_not_necessary: "Ddim yn angenrheidiol",
    summary_title: "Mae problem",
    summary_hint: "Cywirwch y rhain i lawrlwytho'r ffeil. Mae pob dolen yn mynd i'w maes.",
    error_prefix: "Gwall:",
    whole_file: "Y ffeil",
    warnings_heading: "Geiriau a allai fod yn anodd eu darllen",
    warnings_hint: "Nid yw'r rhain yn atal y lawrlwytho.",
    warning_prefix: "Anodd ei ddarllen:",
    warning_marked: "Eich geiriau, gyda'r frawddeg wedi'i marcio:",
    download_heading: "Lawrlwytho'r ffeil",
    download: "Lawrlwytho {file}",
    download_hint: "Rhowch hi ar eich gwefan wrth ymyl eich tudalen gyrfaoedd a'i henwi yn y pyt o god ar gyfer y gwiriwr: data-postings=\"{file}\".",
    show_file: "Dangos testun y ffeil",
    copy_file: "Copïo'r ffeil",
    copied: "Wedi'i gopïo.",
    copy_refused: "Nid oedd eich porwr yn gadael i'r golygydd gopïo. Dewiswch y testun isod a gwasgwch Ctrl+C (neu Cmd+C ar Mac).",
    copy_by_hand: "Y testun i'w gopïo",
    snippets_heading: "Rhoi'r gwiriwr ar eich tudalen gyrfaoedd",
    snippets_hint: "Rhowch {file} wrth ymyl eich tudalen gyrfaoedd, yna gludwch un o'r rhain lle dylai'r gwiriwr ymddangos.",
    snippet_inline: "Y mewnosodiad mewnol",
    snippet_element: "Yr elfen bwrpasol",
    snippet_iframe: "Iframe, ar gyfer tudalen sy'n rhedeg sgriptiau gwefannau eraill",
    snippet_iframe_hint: "Tudalen y gwiriwr ei hun, wedi'i gweini o gyfeiriad ei hun. Enwch y ffeil yn y dudalen honno, neu ei hadeiladu i mewn: gweler y canllaw cynnal.",
    copy_snippet: "Copïo: {snippet}",
    jobposting_heading: "Ar gyfer tudalen gyrfaoedd sydd eisoes â marcio JobPosting",
    jobposting_hint: "Os yw eich tudalen gyrfaoedd eisoes yn disgrifio'r swydd hon mewn marcio JobPosting schema.org (fel y mae llawer o wefannau gyrfaoedd yn ei wneud ar gyfer peiriannau chwilio), gall y gwiriwr gymryd ffeithiau'r swydd oddi yno. Yna lawrlwythwch y ffeil hon yn lle: mae'n cynnwys dim ond yr hyn na all y marcio ei ddweud (y meini prawf, y crynodeb, eich achosion prawf), ac mae'n enwi'r swydd yn ôl ei chyfeirnod, {reference}, a rhaid i hwnnw fod yn ddynodwr y marcio.",
    jobposting_no_reference: "I gael ffeil meini prawf, rhowch gyfeirnod y swydd uchod, fel y mae marcio JobPosting eich tudalen gyrfaoedd yn rhoi ei ddynodwr.",
    download_criteria: "Lawrlwytho'r ffeil meini prawf, {file}",
    snippet_jobposting: "Yr elfen bwrpasol, yn darllen marcio JobPosting eich tudalen",
    show_criteria_file: "Dangos testun y ffeil meini prawf",
    download_refused: "Nid oedd eich porwr yn gadael i'r golygydd wneud {file} i'w lawrlwytho. Copïwch ei thestun yn lle hynny, o'r blwch sy'n ei dangos, a'i chadw mewn ffeil o'r enw hwnnw.",
    preview_heading: "Beth mae ymgeiswyr yn ei weld",
    preview_hint: "Gwiriwr yr ymgeisydd, yn darllen eich ffeil fel y mae nawr. Ewch drwyddo fel y byddai ymgeisydd. Mae'n dechrau eto pan fyddwch yn newid rhywbeth.",
    preview_language: "Iaith y rhagolwg",
    preview_width: "Lled y rhagolwg",
    preview_phone: "Ffôn",
    preview_desktop: "Cyfrifiadur",
    preview_blocked: "Cywirwch y problemau uchod i weld y rhagolwg.",
    download_blocked: "Cywirwch y problemau uchod i lawrlwytho'r ffeil.",
    open_heading: "Agor ffeil swydd",
    open_label: "Ffeil swydd",
    open_hint: "Ffeil o'r golygydd hwn, neu un a ysgrifennwyd â llaw: un swydd, neu fwndel ohonynt (.json). Gallwch hefyd ei gollwng yma.",
    open_failed: "Nid oedd modd agor {file}. Cywirwch y rhain yn y ffeil a'i hagor eto:",
    pick_legend: "Mae {file} yn dal mwy nag un swydd. Pa un ydych chi am ei golygu?",
    pick_button: "Golygu'r swydd hon",
    or_paste: "Neu dechreuwch o'ch hysbyseb, neu swydd newydd",
};

impl EditorFormWords {
    /// The words in `language`.
    pub fn of(language: Language) -> &'static EditorFormWords {
        match language {
            Language::English => &FORM_ENGLISH,
            Language::Welsh => &FORM_WELSH,
        }
    }
}
