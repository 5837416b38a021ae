//! Welsh beside English: the checker's own words in both, counted sentences in every plural form
//! Welsh has, the switch between the languages, and postings that give their text in both.

mod util;

use eligibility_checker::app::state::Action;
use eligibility_core::builtin::{self, QUESTIONS};
use eligibility_core::text::{fill, Category, Language, Plural, ENGLISH, WELSH};
use util::flow::*;
use util::{counted, posting_file, KMPT, SWLSTG};

/// Switching to `language`.
fn to(language: Language) -> Action {
    Action::Language(language)
}

/// A counted sentence with every value it may name put in.
fn said(plural: &Plural, n: usize) -> String {
    let n = n.to_string();
    fill(
        plural.of(n.parse().unwrap()),
        &[
            ("count", &n),
            ("shown", &n),
            ("total", &n),
            ("months", &n),
            ("month", "Mai 2026"),
            ("in", "Mai 2027"),
            ("by", "31 Mai 2027"),
            ("date", "1 Mai 2026"),
            ("criteria", "Profiad bywyd"),
        ],
    )
}

const COUNTS: [usize; 6] = [0, 1, 2, 3, 6, 7];

#[test]
fn every_counted_sentence_is_listed() {
    for t in [&ENGLISH, &WELSH] {
        let plurals = format!("{t:?}").matches("Plural {").count();
        assert_eq!(
            counted(t).len(),
            plurals,
            "a counted sentence of {} is missing from the list",
            t.lang
        );
    }
}

#[test]
fn welsh_counts_take_the_six_cldr_forms() {
    let forms: Vec<Category> = COUNTS
        .iter()
        .map(|&n| Language::Welsh.category(n))
        .collect();
    assert_eq!(
        forms,
        [
            Category::Zero,
            Category::One,
            Category::Two,
            Category::Few,
            Category::Many,
            Category::Other
        ]
    );
    assert_eq!(Language::Welsh.category(4), Category::Other);
    assert_eq!(Language::Welsh.category(11), Category::Other);
    assert_eq!(Language::English.category(2), Category::Other);
}

#[test]
fn every_counted_message_reads_whole_at_0_1_2_3_6_and_7() {
    for t in [&ENGLISH, &WELSH] {
        for (name, plural) in counted(t) {
            for n in COUNTS {
                let sentence = said(plural, n);
                assert!(
                    !sentence.contains('{'),
                    "{} {name} at {n}: a placeholder is left in {sentence:?}",
                    t.lang
                );
                assert!(
                    !sentence.trim().is_empty(),
                    "{} {name} at {n} is empty",
                    t.lang
                );
            }
        }
    }
}

#[test]
fn a_welsh_noun_after_a_number_mutates_as_the_number_says() {
    let at = |n| said(&WELSH.standing_to_answer, n);
    assert_eq!(at(0), "dim byd arall i'w ateb");
    assert_eq!(at(1), "1 cwestiwn arall i'w ateb");
    assert_eq!(at(2), "2 gwestiwn arall i'w hateb");
    assert_eq!(at(3), "3 chwestiwn arall i'w hateb");
    assert_eq!(at(6), "6 chwestiwn arall i'w hateb");
    assert_eq!(at(7), "7 cwestiwn arall i'w hateb");
}

#[test]
fn welsh_sentences_name_only_what_the_english_ones_do() {
    let names = |s: &str| -> Vec<String> {
        s.split('{')
            .skip(1)
            .filter_map(|p| p.split_once('}'))
            .map(|(n, _)| n.to_owned())
            .collect()
    };
    for ((name, english), (_, welsh)) in counted(&ENGLISH).into_iter().zip(counted(&WELSH)) {
        let known: Vec<String> = COUNTS.iter().flat_map(|&n| names(english.of(n))).collect();
        for n in COUNTS {
            for placeholder in names(welsh.of(n)) {
                assert!(
                    known.contains(&placeholder),
                    "{name} at {n}: {{{placeholder}}} is not one the English names"
                );
            }
        }
    }
    assert_eq!(WELSH.months[5], "Mehefin");
    assert_eq!(
        fill(
            WELSH.day_month_year,
            &[("day", "26"), ("month", WELSH.months[10]), ("year", "2026")]
        ),
        "26 Tachwedd 2026"
    );
}

#[test]
fn a_lang_attribute_chooses_the_language_the_checker_speaks() {
    for (tag, expected) in [
        ("cy", Some(Language::Welsh)),
        ("cy-GB", Some(Language::Welsh)),
        ("CY", Some(Language::Welsh)),
        ("en", Some(Language::English)),
        ("en-GB", Some(Language::English)),
        ("fr", None),
        ("", None),
        ("cym", None),
    ] {
        assert_eq!(Language::from_tag(tag), expected, "{tag:?}");
    }
}

#[test]
fn switching_language_keeps_the_page_and_every_answer_and_adds_no_history() {
    let state = run(
        start(),
        open("kmpt-dartford-womens-picu-peer-support-worker"),
    );
    let state = run(state, choose("yes"));
    let before = state.clone();
    let welsh = run(state, [to(Language::Welsh)]);
    assert_eq!(welsh.language, Language::Welsh);
    assert!(
        std::rc::Rc::ptr_eq(&welsh.catalogue, &before.catalogue),
        "the same postings: each text holds both languages, so nothing is loaded"
    );
    assert_eq!(welsh.screen, before.screen);
    assert_eq!(welsh.answers, before.answers);
    assert_eq!(welsh.trail, before.trail);
    assert_eq!(
        welsh.focus_turn, before.focus_turn,
        "focus stays on the switch"
    );
    let again = run(welsh.clone(), [to(Language::Welsh)]);
    assert!(
        std::rc::Rc::ptr_eq(&again, &welsh),
        "switching to the language shown changes nothing"
    );
    let back = run(welsh, [Action::Back]);
    assert_eq!(back.language, Language::Welsh, "Back keeps the language");
    assert_eq!(
        back.screen,
        run(before, [Action::Back]).screen,
        "Back goes where it would have"
    );
    let left = run(back, [Action::Forget]);
    assert_eq!(
        left.language,
        Language::Welsh,
        "leaving forgets the answers, not the language"
    );
}

#[test]
fn a_welsh_page_speaks_welsh_and_offers_english_in_english() {
    let state = run(start(), [to(Language::Welsh)]);
    let html = render(&state);
    assert_contains(&html, r#"<div lang="cy" class="ec-app">"#);
    assert_contains(&html, r#"lang="en-GB""#);
    assert_contains(&html, ">English<");
    assert_contains(&html, WELSH.postings_heading);
    assert!(!html.contains(ENGLISH.postings_heading));
    let english = render(&start());
    assert_contains(&english, r#"lang="cy""#);
    assert_contains(&english, ">Cymraeg<");
}

/// The KMPT posting with its title and employer given in English and Welsh.
fn kmpt_in_part_welsh() -> String {
    let mut value: serde_json::Value = serde_json::from_str(posting_file(KMPT).1).unwrap();
    value["title"] = serde_json::json!({ "en": "Peer Support Worker", "cy": "Gweithiwr Cymorth gan Gymheiriaid" });
    value["employer"] = serde_json::json!({ "en": "A Trust", "cy": "Ymddiriedolaeth" });
    value.to_string()
}

#[test]
fn a_posting_that_gives_welsh_for_some_text_is_asked_for_all_of_it() {
    let (catalogue, errors) = builtin::load(
        QUESTIONS,
        &[posting_file(SWLSTG), ("part.json", &kmpt_in_part_welsh())],
    );
    assert_eq!(
        catalogue.postings().len(),
        1,
        "the English-only posting still loads"
    );
    let problems = errors[0].to_string();
    for field in ["location", "summary", "criteria[lived-experience].summary"] {
        assert!(
            problems.contains(&format!(
                "part.json: {field}: expected Welsh beside the English"
            )),
            "{field} is named:\n{problems}"
        );
    }
    assert!(
        !problems.contains("part.json: title:"),
        "the title has its Welsh:\n{problems}"
    );
    assert!(!problems.contains(": id:"), "ids are not text:\n{problems}");
}

#[test]
fn text_in_two_languages_keeps_the_english_and_its_welsh() {
    let text = r#"{ "questions": [{ "id": "q", "text": { "en": "Are you over 18?", "cy": "Ydych chi dros 18 oed?" },
        "short": { "en": "Over 18", "cy": "Dros 18" }, "answer": { "kind": "yes_no" } }] }"#;
    let (catalogue, errors) = builtin::load(("q.json", text), &[]);
    assert!(errors.is_empty(), "{errors:?}");
    let question = &catalogue.questions()[0];
    assert_eq!(question.text.as_english(), "Are you over 18?");
    assert_eq!(question.text.welsh(), Some("Ydych chi dros 18 oed?"));
    assert_eq!(
        question.text.in_language(Language::Welsh),
        "Ydych chi dros 18 oed?"
    );
    let bad = r#"{ "questions": [{ "id": "q", "text": { "en": "Over 18?", "cymraeg": "Dros 18?" },
        "short": "Over 18", "answer": { "kind": "yes_no" } }] }"#;
    let (_, errors) = builtin::load(("q.json", bad), &[]);
    let problems = errors[0].to_string();
    assert!(
        problems.contains("q.json: questions[q].text.cymraeg: this field is not one the checker knows (did you mean \"cy\"?)"),
        "{problems}"
    );
}

#[test]
fn the_welsh_example_loads_in_both_languages_without_a_problem() {
    let text = std::fs::read_to_string("examples/welsh-posting.json").unwrap();
    let source = eligibility_core::rules::Source::parse("examples/welsh-posting.json", &text);
    let (catalogue, errors) =
        eligibility_core::rules::Catalogue::load_bundle(&source, &builtin::standard_bank());
    assert!(errors.is_empty(), "{errors:?}");
    let posting = &catalogue.postings()[0];
    for (language, title, employer) in [
        (
            Language::English,
            "Peer Support Worker (example, not a real advert)",
            "Example University Health Board",
        ),
        (
            Language::Welsh,
            "Gweithiwr Cymorth gan Gymheiriaid (enghraifft, nid hysbyseb go iawn)",
            "Bwrdd Iechyd Prifysgol Enghreifftiol",
        ),
    ] {
        assert_eq!(
            (
                posting.title.in_language(language),
                posting.employer.in_language(language)
            ),
            (title, employer)
        );
        assert_eq!(
            posting.welsh_skills,
            Some(eligibility_core::rules::WelshSkills::Essential)
        );
        assert!(posting
            .question_ids()
            .iter()
            .any(|q| q.as_str() == "welsh_language"));
        // Found by either language's words, whichever it is shown in.
        for words in [
            "Caerdydd",
            "Cardiff",
            "cymorth gan gymheiriaid",
            "peer support",
        ] {
            let filter = eligibility_core::rules::Filter {
                words: words.into(),
                ..Default::default()
            };
            assert_eq!(
                catalogue.search(&filter, util::today()).len(),
                1,
                "{words:?} in {language:?}"
            );
        }
    }
}

#[test]
fn the_built_in_questions_are_asked_in_welsh_on_a_welsh_page() {
    let (catalogue, errors) = builtin::catalogue();
    assert!(errors.is_empty(), "{errors:?}");
    let question = catalogue
        .question(&eligibility_core::rules::QuestionId::new(
            "used_inpatient_services",
        ))
        .unwrap();
    assert_eq!(
        question.text.in_language(Language::Welsh),
        "Ydych chi wedi defnyddio gwasanaethau iechyd meddwl i gleifion mewnol eich hun?"
    );
    // The seed postings are English: their own text stays English, and is marked so.
    let state = run(start(), [to(Language::Welsh)]);
    let html = render(&state);
    assert_contains(
        &html,
        r#"<h2 id="ec-posting-kmpt-dartford-womens-picu-peer-support-worker" lang="en">Peer Support Worker</h2>"#,
    );
}

#[test]
fn a_filter_chosen_in_one_language_chooses_the_same_postings_in_the_other() {
    // The Welsh example, and a second posting like it elsewhere, part time.
    let mut bundle: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("examples/welsh-posting.json").unwrap())
            .unwrap();
    let mut second = bundle["postings"][0].clone();
    second["id"] = "second".into();
    second["location"] = serde_json::json!({ "en": "Wrexham", "cy": "Wrecsam" });
    second["working_pattern"] = serde_json::json!({ "en": "Part time", "cy": "Rhan amser" });
    bundle["postings"].as_array_mut().unwrap().push(second);
    let text = bundle.to_string();
    let source = eligibility_core::rules::Source::parse("welsh-posting.json", &text);
    let (catalogue, errors) =
        eligibility_core::rules::Catalogue::load_bundle(&source, &builtin::standard_bank());
    assert!(errors.is_empty(), "{errors:?}");
    let catalogue = std::rc::Rc::new(catalogue);
    // The list's choices are each in both languages; a choice is made by its English text, so
    // the same choice holds whichever language the list is shown in.
    let facets = catalogue.facets();
    assert_eq!(
        facets
            .areas
            .iter()
            .map(|l| l.in_language(Language::Welsh))
            .collect::<Vec<_>>(),
        ["Caerdydd", "Wrecsam"]
    );
    let filter = eligibility_core::rules::Filter {
        words: "cymorth".into(),
        employer: Some("Example University Health Board".into()),
        area: Some("Wrexham".into()),
        hours: Some(eligibility_core::rules::Hours::PartTime.key().into()),
    };
    let found = catalogue.search(&filter, util::today());
    assert_eq!(
        found.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(),
        ["second"]
    );
    // Through the reducer: the switch keeps the filter as it is, and the same postings.
    let state = std::rc::Rc::new(eligibility_checker::app::state::State {
        language: Language::Welsh,
        ..eligibility_checker::app::state::State::new(catalogue, util::today())
    });
    let state = run(state, [Action::Filter(filter.clone())]);
    let switched = run(state.clone(), [to(Language::English)]);
    assert_eq!(switched.list.filter, filter);
    assert!(std::rc::Rc::ptr_eq(&switched.catalogue, &state.catalogue));
}

#[test]
fn an_english_only_file_uses_the_built_in_questions_welsh_and_its_own_english_is_marked() {
    // A posting in English only, with one question of its own in English only, beside the
    // bilingual built-in ones: it loads with no Welsh asked of it.
    let mut posting: serde_json::Value = serde_json::from_str(posting_file(SWLSTG).1).unwrap();
    posting["criteria"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({
            "id": "right-to-work", "summary": "The right to work in the UK", "class": "essential",
            "rule": { "kind": "answer_in", "question": "right_to_work_in_the_uk", "meets": ["yes"] }
        }));
    let bundle = serde_json::json!({
        "questions": [{ "id": "right_to_work_in_the_uk", "text": "Do you have the right to work in the UK?",
                        "short": "The right to work in the UK", "answer": { "kind": "yes_no" } }],
        "postings": [posting]
    });
    let (catalogue, errors) = builtin::load_bundle("jobs.json", &bundle.to_string());
    assert!(errors.is_empty(), "no Welsh errors: {errors:?}");
    let state = std::rc::Rc::new(eligibility_checker::app::state::State::new(
        std::rc::Rc::new(catalogue),
        util::today(),
    ));
    let state = run(state, [to(Language::Welsh)]);
    // The posting's own English is marked as English on a Welsh page.
    assert_contains(
        &render(&state),
        r#"<h2 id="ec-posting-swlstg-ward1-picu-peer-support-worker" lang="en">Peer Support Worker</h2>"#,
    );
    // The built-in question in its Welsh, unmarked; the file's own in English, marked.
    let asked = answer_each(run(state, open(SWLSTG)), &[]);
    let html = render(&asked);
    assert_contains(
        &html,
        r#"<h1 id="page-heading" tabindex="-1">Pa un sy'n disgrifio orau eich profiad o broblemau iechyd meddwl neu drallod emosiynol?</h1>"#,
    );
    let last = answer_each(asked, &["own", "yes"]);
    assert_contains(
        &render(&last),
        r#"<h1 id="page-heading" tabindex="-1" lang="en">Do you have the right to work in the UK?</h1>"#,
    );
}
