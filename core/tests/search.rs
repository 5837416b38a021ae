//! The list of postings: what search finds, the choices its filters offer, and the order it is
//! shown in. Table-driven: a row a case.

mod util;

use eligibility_core::rules::{town, Catalogue, Date, Filter, Hours, Words};
use serde_json::{json, Value};
use util::*;

/// A posting with `fields` over a plain one's: titled "Peer Support Worker", at "Town", by
/// "Trust", open, with one essential criterion.
fn plain(id: &str, fields: Value) -> Value {
    let mut posting = json!({
        "id": id, "title": "Peer Support Worker", "employer": "Trust", "location": "Town",
        "apply_url": "https://example.org/", "source": "A test.",
        "criteria": [{
            "id": "own", "summary": "Lived experience", "class": "essential",
            "rule": { "kind": "answer_in", "question": "lived_experience", "meets": ["own"] }
        }]
    });
    for (key, value) in fields.as_object().unwrap() {
        posting[key] = value.clone();
    }
    posting
}

/// [`plain`], in English and Welsh: a posting that gives Welsh for one text gives it for all.
fn bilingual(id: &str, fields: Value) -> Value {
    let mut welsh = json!({
        "title": { "en": "Peer Support Worker", "cy": "Gweithiwr Cymorth gan Gymheiriaid" },
        "employer": { "en": "Health Board", "cy": "Bwrdd Iechyd" },
        "location": { "en": "Town", "cy": "Tref" },
        "criteria": [{
            "id": "own", "summary": { "en": "Lived experience", "cy": "Profiad bywyd" },
            "class": "essential",
            "rule": { "kind": "answer_in", "question": "lived_experience", "meets": ["own"] }
        }]
    });
    for (key, value) in fields.as_object().unwrap() {
        welsh[key] = value.clone();
    }
    plain(id, welsh)
}

/// The postings loaded together, with the built-in questions; they must load without a problem.
#[track_caller]
fn catalogue_of(postings: Vec<Value>) -> Catalogue {
    let text = json!({ "postings": postings }).to_string();
    let (catalogue, errors) = eligibility_core::builtin::load_bundle("test.json", &text);
    assert!(errors.is_empty(), "{errors:?}");
    catalogue
}

/// The ids of the postings `filter` finds, in the list's order, on the day the tests are written.
fn found(catalogue: &Catalogue, filter: &Filter) -> Vec<String> {
    (catalogue.search(filter, today()).iter())
        .map(|p| p.id.to_string())
        .collect()
}

fn words(typed: &str) -> Filter {
    Filter {
        words: typed.into(),
        ..Filter::default()
    }
}

#[test]
fn a_typed_word_finds_the_start_of_a_word_allowing_a_longer_one_a_slip() {
    // (a posting's title, what is typed, whether it is found)
    let table = [
        ("Peer Support Worker, Crawley", "crawl", true),
        ("Peer Support Worker, Crawley", "CRAWLEY", true),
        ("Peer Support Worker, Crawley", "crawly", true), // a letter missing
        ("Peer Support Worker, Crawley", "crawlee", true), // a letter wrong
        ("Peer Support Worker, Crawley", "crawwley", true), // a letter extra
        ("Peer Support Worker, Crawley", "cralwey", true), // two letters swapped
        ("Peer Support Worker, Crawley", "crawleys", true), // a letter extra at the end
        ("Peer Support Worker, Crawley", "crawleyss", false), // two
        ("Peer Support Worker, Crawley", "crwaly", false), // two slips
        ("Peer Support Worker, Crawley", "xrawley", false), // the first letter wrong
        ("Peer Support Worker, Crawley", "rawley", false), // the middle of a word
        ("Peer Support Worker, Crawley", "awley", false),
        ("Ward 1", "ward", true),
        ("Howard House", "ward", false),
        ("Forward Team", "ward", false),
        ("Ward 1", "wad", false), // short words are not forgiven a slip: "ward" is not "warm"
        ("Leeds", "leds", false),
        ("Leeds", "leedz", true),
        ("Newcastle upon Tyne", "newcastle tyne", true), // every word, in any order
        ("Newcastle upon Tyne", "tyne newc", true),
        ("Newcastle upon Tyne", "newcastle leeds", false),
        ("St George's", "george's", true), // an apostrophe parts words, typed or written
        ("St George’s", "georges", true),
        ("Full-time", "full time", true),
        ("Ref 380-AC", "380-ac", true),
        ("Ref 380-AC", "380ac", false),
        ("Tŷ Gwyn", "ty", true), // accents and case as the search's folding has them
        ("TY GWYN", "tŷ", true),
        ("Ysbyty Ŵyr", "wyr", true),
        ("Peer Support Worker", "  peer   ", true), // spaces around are no word
        ("Peer Support Worker", "", true),
        ("Peer Support Worker", "'", true), // nor is punctuation alone
    ];
    for (title, typed, expected) in table {
        let catalogue = catalogue_of(vec![plain("p", json!({ "title": title }))]);
        let is_found = !found(&catalogue, &words(typed)).is_empty();
        assert_eq!(is_found, expected, "{typed:?} in {title:?}");
    }
}

#[test]
fn search_reads_every_fact_in_either_language_and_the_reference() {
    let welsh = bilingual(
        "welsh",
        json!({ "location": { "en": "Cardiff", "cy": "Caerdydd" }, "nation": "wales" }),
    );
    let catalogue = catalogue_of(vec![
        plain("summary", json!({ "summary": "On a ward for women." })),
        plain("pay", json!({ "pay": "£24,937 a year, Band 3" })),
        plain("service", json!({ "service": "Recovery College" })),
        plain("hours", json!({ "working_pattern": "Sessional" })),
        plain("reference", json!({ "reference": "EX-42" })),
        plain("area", json!({ "area": "Greater Manchester" })),
        welsh,
    ]);
    for (typed, expected) in [
        ("women", &["summary"][..]),
        ("band 3", &["pay"]),
        ("college", &["service"]),
        ("sessional", &["hours"]),
        ("ex-42", &["reference"]),
        ("greater manch", &["area"]),
        ("caerdydd", &["welsh"]),
        ("cardiff", &["welsh"]),
        ("gymheiriaid", &["welsh"]),
    ] {
        assert_eq!(found(&catalogue, &words(typed)), expected, "{typed}");
    }
}

#[test]
fn search_finds_words_in_any_case_and_without_accents() {
    // Welsh letters with a circumflex or grave, Romanian's comma-below letters, Ukrainian's Ґ and
    // Greek (a word's last sigma typed as ς or σ): each found in either case, and the Latin
    // letters also without their accents, as people type on phones.
    let title = "Gweithiwr Cymorth Ŵyr ẀŶỲ ȘȚ Ґанок ΨΩ ΟΔΟΣ STRASSE";
    let catalogue = catalogue_of(vec![plain("p", json!({ "title": title }))]);
    for typed in [
        "ŵyr",
        "ẁŷỳ",
        "ẀŶỲ",
        "șț",
        "ґанок",
        "ψω",
        "οδος",
        "οδοσ",
        "ΟΔΟΣ",
        "strasse",
        "gweithiwr cymorth",
        "wyr",
        "WYY",
        "st",
    ] {
        assert_eq!(found(&catalogue, &words(typed)), ["p"], "{typed}");
    }
}

#[test]
fn search_of_the_built_in_postings_and_their_filters() {
    let catalogue = catalogue();
    let by = |filter: Filter| found(&catalogue, &filter);
    assert_eq!(by(words("")), [KMPT, SWLSTG]);
    assert_eq!(by(words("DARTFORD")), [KMPT]);
    assert_eq!(by(words("peer tooting")), [SWLSTG]);
    assert_eq!(by(words("peer nowhere")), Vec::<String>::new());
    assert_eq!(by(words("georg")), [SWLSTG], "the start of a word");
    assert_eq!(by(words("eorge")), Vec::<String>::new(), "not its middle");
    assert_eq!(by(words("GEORGE'S")), [SWLSTG]);
    assert_eq!(by(words("toooting")), [SWLSTG], "a slip");
    assert_eq!(
        by(words(&"peer ".repeat(2000))),
        [KMPT, SWLSTG],
        "a word repeated"
    );
    assert_eq!(
        by(words(&"x".repeat(10_000))),
        Vec::<String>::new(),
        "a word longer than any posting"
    );
    assert_eq!(by(words("380-ac")), [KMPT], "the reference is searched too");
    let hours = |hours| Filter {
        hours: Some(Hours::key(&hours).to_owned()),
        ..Filter::default()
    };
    assert_eq!(by(hours(Hours::PartTime)), [KMPT]);
    assert_eq!(
        by(hours(Hours::FullTime)),
        [SWLSTG],
        "\"Full time, on site\""
    );
    let area = |area: &str| Filter {
        area: Some(area.into()),
        ..Filter::default()
    };
    assert_eq!(by(area("Dartford")), [KMPT]);
    assert_eq!(by(area("London")), [SWLSTG]);
    assert_eq!(
        by(Filter {
            employer: Some("South West London and St George's Mental Health NHS Trust".into()),
            words: "ward".into(),
            ..Filter::default()
        }),
        [SWLSTG]
    );
    let facets = catalogue.facets();
    assert_eq!(facets.hours, [Hours::FullTime, Hours::PartTime]);
    assert_eq!(
        facets.areas,
        [Words::english("Dartford"), Words::english("London")]
    );
    assert_eq!(facets.employers.len(), 2);
}

#[test]
fn the_town_is_the_location_s_last_part_without_its_postcode() {
    // (a posting's location, its town)
    let table = [
        (
            "Littlebrook Hospital, Bow Arrow Lane, Dartford DA2 6PB",
            "Dartford",
        ),
        ("Springfield University Hospital, Tooting, London", "London"),
        ("St James's Hospital, Leeds, LS9 7TF", "Leeds"), // a part that is only a postcode
        ("Example Hospital, Cardiff CF10 9ZZ", "Cardiff"),
        ("Newcastle upon Tyne NE1 4LP", "Newcastle upon Tyne"),
        ("Recovery College, Bradford", "Bradford"),
        ("Manchester", "Manchester"),
        ("  Bristol  ", "Bristol"),
        ("Remote", "Remote"),
        ("Leeds or Remote", "Leeds or Remote"),
        ("LS9 7TF", "LS9 7TF"), // nothing but a postcode: as written
    ];
    for (location, expected) in table {
        assert_eq!(town(location), expected, "{location}");
    }
}

#[test]
fn the_town_or_area_filter_offers_each_town_once_and_the_file_s_own_area_first() {
    let at = |id: &str, location: Value| plain(id, json!({ "location": location }));
    let catalogue = catalogue_of(vec![
        at(
            "dartford",
            json!("Littlebrook Hospital, Bow Arrow Lane, Dartford DA2 6PB"),
        ),
        at(
            "tooting",
            json!("Springfield University Hospital, Tooting, London"),
        ),
        at("london", json!("LONDON")),
        at("leeds", json!("St James's Hospital, Leeds, LS9 7TF")),
        plain(
            "sites",
            json!({ "location": "Various sites across Greater Manchester", "area": "Greater Manchester" }),
        ),
        bilingual(
            "cardiff",
            json!({ "location": { "en": "Example Hospital, Cardiff", "cy": "Ysbyty Enghreifftiol, Caerdydd" }, "nation": "wales" }),
        ),
    ]);
    let areas: Vec<(&str, Option<&str>)> = (catalogue.facets().areas.iter())
        .map(|a| (a.as_english(), a.welsh()))
        .collect();
    assert_eq!(
        areas,
        [
            ("Cardiff", Some("Caerdydd")),
            ("Dartford", None),
            ("Greater Manchester", None),
            ("Leeds", None),
            ("London", None), // and "LONDON": one choice, as the first posting writes it
        ]
    );
    // (the area chosen, the postings found)
    let table = [
        ("London", &["tooting", "london"][..]),
        ("london", &["tooting", "london"]),
        ("Greater Manchester", &["sites"]),
        ("Cardiff", &["cardiff"]),
        ("Bow Arrow Lane", &[]),
        ("Tooting", &[]),
    ];
    for (area, expected) in table {
        let filter = Filter {
            area: Some(area.into()),
            ..Filter::default()
        };
        assert_eq!(found(&catalogue, &filter), expected, "{area}");
    }
}

#[test]
fn the_hours_filter_groups_working_patterns_by_full_and_part_time() {
    // (a posting's working pattern, the hours it is found under)
    let table: [(Value, &[Hours]); 11] = [
        (json!("Full time"), &[Hours::FullTime]),
        (json!("Full time, on site"), &[Hours::FullTime]),
        (json!("Full-time"), &[Hours::FullTime]),
        (
            json!("FULL TIME, shifts including nights"),
            &[Hours::FullTime],
        ),
        (json!("Part time, 22.5 hours a week"), &[Hours::PartTime]),
        (json!("Part-time"), &[Hours::PartTime]),
        (
            json!("Full time or part time"),
            &[Hours::FullTime, Hours::PartTime],
        ),
        (
            json!({ "en": "Part time", "cy": "Rhan amser" }),
            &[Hours::PartTime],
        ),
        (json!("Llawn amser"), &[Hours::FullTime]), // a Welsh page's own words
        (
            json!("Bank, flexible hours"),
            &[Hours::Other(Words::english("Bank"))],
        ),
        (
            json!("Sessional (evenings)"),
            &[Hours::Other(Words::english("Sessional"))],
        ),
    ];
    let mut postings: Vec<Value> = (table.iter().enumerate())
        .map(|(i, (pattern, _))| {
            let id = format!("p{i}");
            let fields = json!({ "working_pattern": pattern });
            match pattern.is_object() {
                true => bilingual(&id, fields),
                false => plain(&id, fields),
            }
        })
        .collect();
    postings.push(plain("none", json!({})));
    let catalogue = catalogue_of(postings);
    assert_eq!(
        catalogue.facets().hours,
        [
            Hours::FullTime,
            Hours::PartTime,
            Hours::Other(Words::english("Bank")),
            Hours::Other(Words::english("Sessional")),
        ]
    );
    for kind in &catalogue.facets().hours {
        let filter = Filter {
            hours: Some(kind.key().to_owned()),
            ..Filter::default()
        };
        let expected: Vec<String> = (table.iter().enumerate())
            .filter(|(_, (_, hours))| hours.contains(kind))
            .map(|(i, _)| format!("p{i}"))
            .collect();
        assert_eq!(found(&catalogue, &filter), expected, "{kind:?}");
    }
}

#[test]
fn the_list_shows_open_adverts_first_the_soonest_to_close_at_the_top() {
    // Today is 23 November 2026. In the order the file gives them: (id, closes, published).
    let given = [
        ("closed-long-ago", Some("2026-01-10"), None),
        ("no-date-older", None, Some("2026-10-30")),
        ("closes-next-year", Some("2027-01-10"), None),
        ("may-have-closed", None, Some("2026-06-01")),
        ("closed-yesterday", Some("2026-11-22"), Some("2026-11-01")),
        ("no-date-unpublished", None, None),
        ("closes-next-week", Some("2026-11-30"), None),
        ("also-next-week", Some("2026-11-30"), None),
        ("no-date-new", None, Some("2026-11-20")),
        ("closes-today", Some("2026-11-23"), None),
    ];
    let catalogue = catalogue_of(
        (given.iter())
            .map(|(id, closes, published)| {
                plain(id, json!({ "closes": closes, "published": published }))
            })
            .collect(),
    );
    assert_eq!(
        found(&catalogue, &Filter::default()),
        [
            // Open, with a closing date: the soonest first; a tie in the file's order.
            "closes-today",
            "closes-next-week",
            "also-next-week",
            "closes-next-year",
            // Open, with no closing date: the newest first, then those that do not say.
            "no-date-new",
            "no-date-older",
            "no-date-unpublished",
            // Published more than 8 weeks ago with no closing date: it may have closed.
            "may-have-closed",
            // Closed: the most recently first.
            "closed-yesterday",
            "closed-long-ago",
        ]
    );
    // Search keeps the order.
    let filter = words("peer");
    assert_eq!(found(&catalogue, &filter).len(), given.len());
    // A day later, what closed today has closed.
    let tomorrow = Date::new(2026, 11, 24).unwrap();
    let listed: Vec<&str> = (catalogue.postings_open_first(tomorrow).iter())
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(listed[0], "closes-next-week");
    assert_eq!(
        &listed[7..],
        ["closes-today", "closed-yesterday", "closed-long-ago"]
    );
}

#[test]
fn the_built_in_postings_list_the_open_one_before_the_closed_one() {
    let catalogue = catalogue();
    // The day South West London closed, and a year on, when Kent and Medway may have closed.
    for today in [Date::new(2025, 11, 20).unwrap(), today()] {
        let listed: Vec<&str> = (catalogue.postings_open_first(today).iter())
            .map(|p| p.id.as_str())
            .collect();
        assert_eq!(listed, [KMPT, SWLSTG], "{today:?}");
    }
}

#[test]
fn the_filters_in_use_are_counted() {
    let table = [
        (Filter::default(), 0),
        (words("   "), 0),
        (words("peer"), 1),
        (
            Filter {
                words: "peer".into(),
                employer: Some("Trust".into()),
                area: Some("Leeds".into()),
                hours: Some(Hours::PartTime.key().to_owned()),
            },
            4,
        ),
    ];
    for (filter, expected) in table {
        assert_eq!(filter.in_use(), expected, "{filter:?}");
    }
}

#[test]
fn the_example_list_loads_and_is_varied_enough_to_show_the_list() {
    let text = include_str!("../../examples/example-jobs.json");
    let (catalogue, errors) = eligibility_core::builtin::load_bundle("example-jobs.json", text);
    assert!(errors.is_empty(), "{errors:?}");
    let postings = catalogue.postings();
    assert!(postings.len() >= 12, "at least a dozen postings");
    let facets = catalogue.facets();
    assert!(facets.areas.len() >= 10, "{:?}", facets.areas);
    assert!(facets.employers.len() >= 5);
    assert!(facets.hours.len() >= 3, "full time, part time and another");
    let closed = postings.iter().filter(|p| p.is_closed(today())).count();
    assert!(
        closed >= 2 && closed < postings.len() / 2,
        "some closed: {closed}"
    );
    // Clearly not real: every employer says it is an example, and so does every summary.
    for posting in postings {
        assert!(
            posting.employer.as_english().starts_with("Example"),
            "{}",
            posting.id
        );
        let summary = posting.summary.as_ref().map(Words::as_english);
        assert!(
            summary.is_some_and(|s| s.starts_with("A made-up example, not a real advert.")),
            "{}",
            posting.id
        );
    }
}
