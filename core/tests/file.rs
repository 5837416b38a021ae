//! A posting written back as a file (`draft::file`, feature `employer`), as the employers' editor
//! downloads it: read back by the loader, it is the same posting, for both built-in postings, the
//! example careers pages' postings and the made-up adverts; written for people to read too.

#![cfg(feature = "employer")]

mod util;

use eligibility_core::builtin::{self, QUESTIONS};
use eligibility_core::draft::file::{bank_file, bundle_file, posting_file, Languages, Options};
use eligibility_core::json::parse;
use eligibility_core::rules::{load, Bank, Catalogue, Posting, Source, Words};
use util::{sorted, KMPT};

const BOTH: Options = Options {
    schema: None,
    languages: Languages::EnglishAndWelsh,
};

/// The posting `text` is, read by the loader with `bank`.
#[track_caller]
fn read_back(text: &str, bank: &Bank) -> Posting {
    let json = parse(text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    load::posting("written.json", &json, bank).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

#[track_caller]
fn assert_round_trip(catalogue: &Catalogue, what: &str) {
    assert!(!catalogue.postings().is_empty(), "{what}");
    for posting in catalogue.postings() {
        let text = posting_file(posting, catalogue.bank(), &BOTH);
        assert_eq!(
            read_back(&text, catalogue.bank()),
            **posting,
            "{what}: {}",
            posting.id
        );
    }
}

#[test]
fn each_built_in_posting_written_and_read_back_is_the_same_posting_examples_and_all() {
    let (catalogue, errors) = builtin::load(QUESTIONS, builtin::POSTINGS);
    assert!(errors.is_empty(), "{errors:?}");
    assert!(catalogue.postings().iter().all(|p| !p.examples.is_empty()));
    assert_round_trip(&catalogue, "postings/");
}

#[test]
fn each_example_careers_page_s_posting_written_and_read_back_is_the_same_posting() {
    for (file, text) in [
        (
            "examples/jobs.json",
            include_str!("../../examples/jobs.json"),
        ),
        (
            "examples/welsh-posting.json",
            include_str!("../../examples/welsh-posting.json"),
        ),
        (
            "examples/example-jobs.json",
            include_str!("../../examples/example-jobs.json"),
        ),
    ] {
        let (catalogue, errors) = builtin::load_bundle(file, text);
        assert!(errors.is_empty(), "{file}: {errors:?}");
        assert_round_trip(&catalogue, file);
    }
}

#[test]
fn each_made_up_advert_written_and_read_back_is_the_same_posting() {
    for (file, text) in [
        (
            "leeds",
            include_str!("adverts/leeds-community-peer-support-worker.json"),
        ),
        (
            "cardiff",
            include_str!("adverts/cardiff-lived-experience-practitioner.json"),
        ),
        (
            "panel",
            include_str!("adverts/expert-by-experience-panel-member.json"),
        ),
    ] {
        let (catalogue, errors) = builtin::load(QUESTIONS, &[(file, text)]);
        assert!(errors.is_empty(), "{file}: {errors:?}");
        assert_round_trip(&catalogue, file);
    }
}

#[test]
fn a_written_posting_reads_as_the_docs_present_it_and_uses_a_shared_criterion_by_id() {
    let (catalogue, _) = builtin::load(QUESTIONS, builtin::POSTINGS);
    let kmpt = catalogue.posting(&KMPT.into()).unwrap();
    let options = Options {
        schema: Some("../docs/posting.schema.json"),
        languages: Languages::EnglishAndWelsh,
    };
    let text = posting_file(kmpt, catalogue.bank(), &options);
    let start: Vec<&str> = text.lines().take(12).collect();
    assert_eq!(
        start,
        [
            "{",
            "  \"$schema\": \"../docs/posting.schema.json\",",
            "  \"id\": \"kmpt-dartford-womens-picu-peer-support-worker\",",
            "  \"title\": \"Peer Support Worker\",",
            "  \"employer\": \"Kent and Medway Mental Health NHS Trust\",",
            "  \"location\": \"Littlebrook Hospital, Bow Arrow Lane, Dartford DA2 6PB\",",
            "  \"service\": \"Women's Psychiatric Intensive Care Unit (PICU), a new service\",",
            "  \"pay\": \"£26,240 to £27,928 a year for full-time hours (NHS pay band 3), including an extra payment for working in a high-cost area. This job is part time, so you would be paid in proportion to your hours. The advert does not say how many hours.\",",
            "  \"contract\": \"Permanent\",",
            "  \"working_pattern\": \"Part time\",",
            "  \"published\": \"2025-11-10\",",
            "  \"starts\": \"2026-03\",",
        ]
    );
    // The posting's fields in the order docs/postings.md's table gives them.
    let json = parse(&text).unwrap();
    let eligibility_core::rules::Json::Object(fields) = json else {
        unreachable!()
    };
    let keys: Vec<&str> = fields.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        keys,
        [
            "$schema",
            "id",
            "title",
            "employer",
            "location",
            "service",
            "pay",
            "contract",
            "working_pattern",
            "published",
            "starts",
            "reference",
            "summary",
            "apply_url",
            "source",
            "criteria",
            "nation",
            "examples",
        ]
    );
    for piece in [
        "    {\n      \"use\": \"kmpt-twelve-months-without-services\"\n    },",
        "        \"meets\": [\"own\"],",
        "        \"kind\": \"has_happened\",\n        \"question\": \"last_used_services\",\n        \"never_reason\": ",
        "      \"evidence_prompt\": \"Name the qualification",
        "      \"answers\": {\n        \"lived_experience\": \"own\",\n        \"willing_to_share\": \"yes\",\n        \"last_used_services\": \"2024-03\",\n        \"nvq_level_2\": \"no\"\n      },",
    ] {
        assert!(text.contains(piece), "{piece:?} in\n{text}");
    }
    assert!(text.lines().all(|line| {
        let indent = line.len() - line.trim_start().len();
        indent % 2 == 0 && !line.ends_with(' ')
    }));
    assert!(text.ends_with("}\n"));
}

#[test]
fn a_posting_in_english_only_leaves_every_welsh_text_out() {
    let text = include_str!("../../examples/welsh-posting.json");
    let (catalogue, errors) = builtin::load_bundle("welsh-posting.json", text);
    assert!(errors.is_empty(), "{errors:?}");
    let posting = &catalogue.postings()[0];
    let english = Options {
        schema: None,
        languages: Languages::English,
    };
    let written = posting_file(posting, catalogue.bank(), &english);
    assert!(!written.contains("\"cy\""), "{written}");
    let read = read_back(&written, catalogue.bank());
    assert_eq!(read.title, Words::english(posting.title.as_english()));
    assert_eq!(read.criteria.len(), posting.criteria.len());
    assert_eq!(read.id, posting.id);
    // In both languages, the Welsh is kept.
    let both = posting_file(posting, catalogue.bank(), &BOTH);
    assert!(
        both.contains("\"cy\": \"Gweithiwr Cymorth gan Gymheiriaid"),
        "{both}"
    );
}

#[test]
fn a_nation_is_always_written_and_weeks_open_only_where_the_loader_would_not_take_them_so() {
    let (catalogue, _) = builtin::load(QUESTIONS, builtin::POSTINGS);
    let mut posting = Posting::clone(catalogue.posting(&KMPT.into()).unwrap());
    let text = posting_file(&posting, catalogue.bank(), &BOTH);
    // The loader does not guess a nation from the location: the file says it.
    assert!(text.contains("  \"nation\": \"england\""), "{text}");
    assert!(!text.contains("\"open_for_weeks\""));
    posting.nation = eligibility_core::rules::Nation::Wales;
    posting.open_for_weeks = 6;
    let text = posting_file(&posting, catalogue.bank(), &BOTH);
    assert!(text.contains("  \"nation\": \"wales\""), "{text}");
    assert!(text.contains("  \"open_for_weeks\": 6,"), "{text}");
    assert_eq!(read_back(&text, catalogue.bank()), posting);
}

#[test]
fn the_words_for_carers_a_posting_gives_are_written_and_read_back() {
    let (catalogue, _) = builtin::load(QUESTIONS, builtin::POSTINGS);
    let mut posting = Posting::clone(catalogue.posting(&KMPT.into()).unwrap());
    posting.carer_roles = Some(Words::english(
        "Our Carer Peer Support Worker jobs ask for experience as a carer.",
    ));
    let text = posting_file(&posting, catalogue.bank(), &BOTH);
    assert!(text.contains("\"carer_roles\""), "{text}");
    assert_eq!(read_back(&text, catalogue.bank()), posting);
}

#[test]
fn the_question_bank_written_and_read_back_is_the_same_bank() {
    let bank = builtin::standard_bank();
    let options = Options {
        schema: Some("../docs/posting.schema.json#/$defs/question_bank"),
        languages: Languages::EnglishAndWelsh,
    };
    let text = bank_file(&bank, &options);
    let read = load::bank("questions.json", &parse(&text).unwrap(), None).unwrap();
    assert_eq!(read.questions(), bank.questions());
    assert_eq!(read.criteria(), bank.criteria());
    assert_eq!(
        sorted(parse(&text).unwrap()),
        sorted(parse(QUESTIONS.1).unwrap()),
        "the same as postings/questions.json, field for field"
    );
}

#[test]
fn a_bundle_with_a_question_of_its_own_written_and_read_back_is_the_same() {
    let base = builtin::standard_bank();
    let text = r#"{ "questions": [{
        "id": "nvq_level_3", "text": "Do you have an NVQ at level 3, or something like it?",
        "short": "An NVQ at level 3, or similar", "answer": { "kind": "yes_no" } }],
      "postings": [{
        "id": "leeds-peer-mentor", "title": "Peer Mentor", "employer": "A Trust",
        "location": "Leeds", "apply_url": "https://example.org/apply", "source": "An advert",
        "criteria": [
          { "use": "kmpt-twelve-months-without-services" },
          { "id": "nvq", "summary": "An NVQ at level 3", "class": "essential",
            "rule": { "kind": "answer_in", "question": "nvq_level_3", "meets": ["yes"] } }
        ] }] }"#;
    let (catalogue, errors) = builtin::load_bundle("jobs.json", text);
    assert!(errors.is_empty(), "{errors:?}");
    let postings: Vec<&Posting> = catalogue.postings().iter().map(|p| &**p).collect();
    let written = bundle_file(&postings, catalogue.bank(), &base, &BOTH);
    assert!(written.contains("\"use\": \"kmpt-twelve-months-without-services\""));
    let (read, errors) = Catalogue::load_bundle(&Source::parse("written.json", &written), &base);
    assert!(errors.is_empty(), "{errors:?}\n{written}");
    assert_eq!(read.postings(), catalogue.postings());
    assert_eq!(read.bank().questions(), catalogue.bank().questions());
    let own = parse(&written).unwrap();
    let Some(eligibility_core::rules::Json::Array(questions)) = own.get("questions") else {
        panic!("{written}")
    };
    assert_eq!(
        questions.len(),
        1,
        "only the question the built-in bank lacks"
    );
}

#[test]
fn a_built_in_posting_written_is_its_file_line_for_line_but_for_nulls_and_the_order_of_fields() {
    // The files were written by hand; the writer gives the same lines, with the fields in the
    // order docs/postings.md gives them, and an absent field left out rather than null.
    let (catalogue, _) = builtin::load(QUESTIONS, builtin::POSTINGS);
    let options = Options {
        schema: Some("../docs/posting.schema.json"),
        languages: Languages::EnglishAndWelsh,
    };
    for (file, text) in [
        (
            "kmpt",
            include_str!("../../postings/kmpt-dartford-womens-picu-peer-support-worker.json"),
        ),
        (
            "swlstg",
            include_str!("../../postings/swlstg-ward1-picu-peer-support-worker.json"),
        ),
    ] {
        let id = &parse(text).unwrap();
        let Some(eligibility_core::rules::Json::String(id)) = id.get("id") else {
            panic!("{file}")
        };
        let posting = catalogue.posting(&id.as_str().into()).unwrap();
        let written = posting_file(posting, catalogue.bank(), &options);
        let mut by_hand: Vec<&str> = text.lines().filter(|l| !l.ends_with(": null,")).collect();
        let mut by_writer: Vec<&str> = written.lines().collect();
        by_hand.sort_unstable();
        by_writer.sort_unstable();
        assert_eq!(by_writer, by_hand, "{file}");
    }
}
