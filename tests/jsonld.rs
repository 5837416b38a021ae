//! The host page's schema.org JobPostings, joined to a criteria file.

mod util;

use eligibility_checker::rules::{jsonld, Bank, Json, Source};
use util::KMPT;

fn json(text: &str) -> Json {
    eligibility_checker::json_text::parse(text).unwrap()
}

/// A criteria file naming its JobPosting, with the KMPT criteria and facts JSON-LD lacks.
fn criteria(join: &str) -> Source {
    let mut kmpt: serde_json::Value = serde_json::from_str(util::posting_file(KMPT).1).unwrap();
    let kmpt = kmpt.as_object_mut().unwrap();
    for fact in [
        "title",
        "employer",
        "location",
        "pay",
        "working_pattern",
        "published",
        "closes",
        "reference",
        "apply_url",
        "source",
        "id",
        "contract",
    ] {
        kmpt.remove(fact);
    }
    let mut entry: serde_json::Value = serde_json::from_str(join).unwrap();
    entry.as_object_mut().unwrap().extend(kmpt.clone());
    let questions: serde_json::Value =
        serde_json::from_str(eligibility_checker::builtin::QUESTIONS.1).unwrap();
    let bundle = serde_json::json!({
        "questions": questions["questions"],
        "criteria": questions["criteria"],
        "postings": [entry],
    });
    Source {
        file: "criteria.json".into(),
        json: Ok(json(&bundle.to_string())),
    }
}

const PAGE: &str = r#"{
  "@context": "https://schema.org",
  "@graph": [
    { "@type": "Organization", "name": "Kent and Medway Mental Health NHS Trust" },
    {
      "@type": ["JobPosting"],
      "title": "Peer Support Worker",
      "identifier": { "@type": "PropertyValue", "name": "KMPT", "value": "380-AC" },
      "url": "https://careers.example.nhs.uk/jobs/380-AC",
      "datePosted": "2025-11-10",
      "validThrough": "2026-12-31T23:59:00Z",
      "employmentType": ["PART_TIME"],
      "hiringOrganization": { "@type": "Organization", "name": "Kent and Medway Mental Health NHS Trust" },
      "jobLocation": { "@type": "Place", "address": { "streetAddress": "Littlebrook Hospital, Bow Arrow Lane", "addressLocality": "Dartford", "postalCode": "DA2 6PB" } },
      "baseSalary": { "@type": "MonetaryAmount", "currency": "GBP", "value": { "@type": "QuantitativeValue", "minValue": 26240, "maxValue": 27928, "unitText": "YEAR" } }
    }
  ]
}"#;

#[test]
fn job_postings_are_found_in_graphs_arrays_and_at_the_top() {
    let documents = [
        json(PAGE),
        json(r#"[{"@type": "JobPosting", "title": "A"}, {"@type": "Event"}]"#),
        json(r#"{"@type": "JobPosting", "title": "B"}"#),
    ];
    let titles: Vec<_> = jsonld::job_postings(&documents)
        .iter()
        .map(|jp| jp.get("title").cloned())
        .collect();
    assert_eq!(
        titles,
        [
            Some(Json::String("Peer Support Worker".into())),
            Some(Json::String("A".into())),
            Some(Json::String("B".into()))
        ]
    );
}

#[test]
fn a_job_posting_joined_by_identifier_gives_its_facts_and_the_file_its_criteria() {
    let (catalogue, errors) = jsonld::join(
        &[json(PAGE)],
        &criteria(r#"{"jobposting_identifier": "380-AC", "contract": "Permanent"}"#),
        &Bank::default(),
    );
    assert_eq!(errors, vec![]);
    let posting = &catalogue.postings()[0];
    assert_eq!(posting.id.as_str(), "380-ac");
    assert_eq!(posting.title, "Peer Support Worker");
    assert_eq!(posting.employer, "Kent and Medway Mental Health NHS Trust");
    assert_eq!(
        posting.location,
        "Littlebrook Hospital, Bow Arrow Lane, Dartford, DA2 6PB"
    );
    assert_eq!(posting.pay, "£26,240 to £27,928 a year");
    assert_eq!(posting.working_pattern, "Part time");
    assert_eq!(
        posting.contract, "Permanent",
        "the criteria file's own word wins"
    );
    assert_eq!(posting.closes.unwrap().to_string(), "2026-12-31");
    assert_eq!(posting.published.unwrap().to_string(), "2025-11-10");
    assert_eq!(posting.reference.as_deref(), Some("380-AC"));
    assert_eq!(
        posting.apply_url,
        "https://careers.example.nhs.uk/jobs/380-AC"
    );
    assert_eq!(posting.criteria.len(), 7, "every criterion of the file");
}

#[test]
fn a_job_posting_can_be_joined_by_url() {
    let (catalogue, errors) = jsonld::join(
        &[json(PAGE)],
        &criteria(
            r#"{"jobposting_url": "https://careers.example.nhs.uk/jobs/380-AC", "id": "dartford", "contract": "Permanent"}"#,
        ),
        &Bank::default(),
    );
    assert_eq!(errors, vec![]);
    assert_eq!(catalogue.postings()[0].id.as_str(), "dartford");
}

#[test]
fn a_join_that_finds_nothing_says_what_the_page_has() {
    let (catalogue, errors) = jsonld::join(
        &[json(PAGE)],
        &criteria(r#"{"jobposting_identifier": "380-AD", "contract": "Permanent"}"#),
        &Bank::default(),
    );
    assert!(catalogue.postings().is_empty());
    assert_eq!(
        errors[0].to_string(),
        "criteria.json: postings[0].jobposting_identifier: expected the identifier of a JobPosting in the page (380-AC), found \"380-AD\""
    );
    let (_, errors) = jsonld::join(
        &[],
        &criteria(r#"{"contract": "Permanent"}"#),
        &Bank::default(),
    );
    assert_eq!(
        errors[0].to_string(),
        "criteria.json: postings[0].jobposting_identifier: this field is missing: expected the identifier of a JobPosting in the page (or \"jobposting_url\": its url)"
    );
}

#[test]
fn facts_missing_from_both_are_named_as_in_any_posting_file() {
    let page = PAGE.replace(r#""title": "Peer Support Worker","#, "");
    let (_, errors) = jsonld::join(
        &[json(&page)],
        &criteria(r#"{"jobposting_identifier": "380-AC"}"#),
        &Bank::default(),
    );
    let messages = errors[0].to_string();
    assert!(
        messages.contains(
            "criteria.json: postings[0].title: this field is missing: expected some text"
        ),
        "{messages}"
    );
    assert!(
        messages.contains("criteria.json: postings[0].contract: this field is missing"),
        "{messages}"
    );
}
