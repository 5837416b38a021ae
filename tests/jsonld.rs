//! The host page's schema.org JobPostings, joined to a criteria file: every shape Google's and
//! schema.org's documentation show for the fields the checker uses, each joined to a criteria
//! file holding only the JobPosting's identifier (or url), an id and the criteria.

mod util;

use eligibility_checker::rules::jsonld::{self, Page};
use eligibility_checker::rules::{Bank, Json, Posting, Source};
use eligibility_checker::text::ENGLISH;
use util::KMPT;

/// Where the page is, for a JobPosting with no url.
const ADDRESS: &str = "https://careers.example.nhs.uk/jobs/peer-support";

fn json(text: &str) -> Json {
    eligibility_checker::json_text::parse(text).unwrap()
}

/// The page's JSON-LD blocks, named as the embed names them.
fn page(blocks: &[&str]) -> Vec<Source> {
    blocks
        .iter()
        .enumerate()
        .map(|(i, text)| Source {
            file: format!(
                "the JSON-LD in this page (script {} of {})",
                i + 1,
                blocks.len()
            ),
            json: eligibility_checker::json_text::parse_lenient(text),
        })
        .collect()
}

fn join(blocks: &[&str], criteria: &Source) -> (Vec<Posting>, Vec<String>) {
    let page_ = Page {
        address: ADDRESS,
        words: &ENGLISH.jobposting,
    };
    let (catalogue, errors) = jsonld::join(&page(blocks), criteria, &Bank::default(), &page_);
    let postings = catalogue.postings().iter().map(|p| (**p).clone()).collect();
    (postings, errors.iter().map(|e| e.to_string()).collect())
}

/// A criteria file of one entry: `join` (the keys that name the JobPosting, and any more),
/// Kent and Medway's criteria, and the question bank.
fn criteria(join: &str) -> Source {
    let kmpt: serde_json::Value = serde_json::from_str(util::posting_file(KMPT).1).unwrap();
    let mut entry: serde_json::Value = serde_json::from_str(join).unwrap();
    entry["criteria"] = kmpt["criteria"].clone();
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
fn job_postings_are_found_in_graphs_arrays_and_at_the_top_with_where_they_are() {
    let documents = page(&[
        PAGE,
        r#"[{"@type": "JobPosting", "title": "A"}, {"@type": "Event"}]"#,
        r#"{"@type": "JobPosting", "title": "B"}"#,
    ]);
    let found: Vec<_> = jsonld::job_postings(&documents)
        .iter()
        .map(|jp| {
            (
                jp.file.to_owned(),
                jp.path.clone(),
                jp.json.get("title").cloned(),
            )
        })
        .collect();
    let title = |t: &str| Some(Json::String(t.into()));
    assert_eq!(
        found,
        [
            (
                "the JSON-LD in this page (script 1 of 3)".into(),
                "@graph[1]".into(),
                title("Peer Support Worker")
            ),
            (
                "the JSON-LD in this page (script 2 of 3)".into(),
                "[0]".into(),
                title("A")
            ),
            (
                "the JSON-LD in this page (script 3 of 3)".into(),
                String::new(),
                title("B")
            ),
        ]
    );
}

#[test]
fn a_job_posting_joined_by_identifier_gives_its_facts_and_the_file_its_criteria() {
    let (postings, errors) = join(&[PAGE], &criteria(r#"{"jobposting_identifier": "380-AC"}"#));
    assert_eq!(errors, Vec::<String>::new());
    let posting = &postings[0];
    assert_eq!(posting.id.as_str(), "380-ac");
    assert_eq!(posting.title, "Peer Support Worker");
    assert_eq!(posting.employer, "Kent and Medway Mental Health NHS Trust");
    assert_eq!(
        posting.location,
        "Littlebrook Hospital, Bow Arrow Lane, Dartford, DA2 6PB"
    );
    assert_eq!(posting.pay.as_deref(), Some("£26,240 to £27,928 a year"));
    assert_eq!(posting.working_pattern.as_deref(), Some("Part time"));
    assert_eq!(
        posting.contract, None,
        "PART_TIME says nothing of the contract"
    );
    assert_eq!(posting.service, None, "JobPosting has no field for a ward");
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
fn the_criteria_file_words_a_fact_differently_and_its_word_wins() {
    let (postings, errors) = join(
        &[PAGE],
        &criteria(
            r#"{"jobposting_url": "https://careers.example.nhs.uk/jobs/380-AC", "id": "dartford", "contract": "Permanent", "service": "Women's PICU", "pay": "Band 3"}"#,
        ),
    );
    assert_eq!(errors, Vec::<String>::new());
    let posting = &postings[0];
    assert_eq!(posting.id.as_str(), "dartford");
    assert_eq!(posting.contract.as_deref(), Some("Permanent"));
    assert_eq!(posting.service.as_deref(), Some("Women's PICU"));
    assert_eq!(posting.pay.as_deref(), Some("Band 3"));
    // A fact the file gives itself is not read from the JobPosting, so its mistakes there are
    // no problem.
    let broken = PAGE.replace(r#""minValue": 26240"#, r#""minValue": "lots""#);
    let (postings, errors) = join(
        &[&broken],
        &criteria(r#"{"jobposting_identifier": "380-AC", "pay": "Band 3"}"#),
    );
    assert_eq!(errors, Vec::<String>::new());
    assert_eq!(postings[0].pay.as_deref(), Some("Band 3"));
}

/// What the applicant sees of one JobPosting, joined by `join`: title, employer, location, pay,
/// hours, contract, published, closes, reference, summary, apply_url.
type Seen = [Option<String>; 11];

fn seen(posting: &Posting) -> Seen {
    [
        Some(posting.title.clone()),
        Some(posting.employer.clone()),
        Some(posting.location.clone()),
        posting.pay.clone(),
        posting.working_pattern.clone(),
        posting.contract.clone(),
        posting.published.map(|d| d.to_string()),
        posting.closes.map(|d| d.to_string()),
        posting.reference.clone(),
        posting.summary.clone(),
        Some(posting.apply_url.clone()),
    ]
}

fn some(values: [&str; 11]) -> Seen {
    values.map(|v| (!v.is_empty()).then(|| v.to_owned()))
}

#[test]
fn every_shape_the_documentation_shows_gives_the_facts_the_applicant_sees() {
    #[rustfmt::skip]
    let table: &[(&str, &str, &str, [&str; 11])] = &[
        // Google Search Central, "Job posting (JobPosting) structured data", the first example:
        // https://developers.google.com/search/docs/appearance/structured-data/job-posting
        // identifier as a PropertyValue, one employmentType, an Organization, one Place with a
        // PostalAddress, a MonetaryAmount whose value is a QuantitativeValue with one value
        // (40.00, a decimal) an hour, validThrough as a date-time, description as HTML, no url.
        ("Google: Software Engineer", r#"{
          "@context": "https://schema.org/", "@type": "JobPosting",
          "title": "Software Engineer",
          "description": "<p>Google aspires to be an organization that reflects the globally diverse audience that our products and technology serve. We believe that in addition to hiring the best talent, a diversity of perspectives, ideas and cultures leads to the creation of better products and services.</p>",
          "identifier": { "@type": "PropertyValue", "name": "Google", "value": "1234567" },
          "datePosted": "2017-01-18", "validThrough": "2017-03-18T00:00",
          "employmentType": "CONTRACTOR",
          "hiringOrganization": { "@type": "Organization", "name": "Google", "sameAs": "https://www.google.com", "logo": "https://www.example.com/images/logo.png" },
          "jobLocation": { "@type": "Place", "address": { "@type": "PostalAddress", "streetAddress": "1600 Amphitheatre Pkwy", "addressLocality": "Mountain View", "addressRegion": "CA", "postalCode": "94043", "addressCountry": "US" } },
          "baseSalary": { "@type": "MonetaryAmount", "currency": "USD", "value": { "@type": "QuantitativeValue", "value": 40.00, "unitText": "HOUR" } }
        }"#, r#"{"jobposting_identifier": "1234567", "id": "engineer"}"#,
        ["Software Engineer", "Google", "1600 Amphitheatre Pkwy, Mountain View, CA, 94043", "$40 an hour", "", "Contractor",
         "2017-01-18", "2017-03-18", "1234567",
         "Google aspires to be an organization that reflects the globally diverse audience that our products and technology serve. We believe that in addition to hiring the best talent, a diversity of perspectives, ideas and cultures leads to the creation of better products and services.",
         ADDRESS]),
        // Google's remote example: the Data Entry Clerk at MagsRUs Wheel Company. employmentType
        // as a list, jobLocationType TELECOMMUTE with applicantLocationRequirements, baseSalary
        // minValue and maxValue an hour, no url.
        ("Google: Data Entry Clerk, remote", r#"{
          "@context": "https://schema.org/", "@type": "JobPosting",
          "title": "Data Entry Clerk",
          "description": "<p>MagsRUs Wheel Company is looking for a part-time data entry clerk &amp; general office helper.</p><p>Requirements: typing.</p>",
          "identifier": { "@type": "PropertyValue", "name": "MagsRUs Wheel Company", "value": "1234568" },
          "datePosted": "2024-01-18", "validThrough": "2024-03-18T00:00",
          "applicantLocationRequirements": { "@type": "Country", "name": "USA" },
          "jobLocationType": "TELECOMMUTE",
          "employmentType": ["FULL_TIME", "CONTRACTOR"],
          "hiringOrganization": { "@type": "Organization", "name": "MagsRUs Wheel Company", "sameAs": "https://www.magsruswheelcompany.com", "logo": "https://www.example.com/images/logo.png" },
          "baseSalary": { "@type": "MonetaryAmount", "currency": "USD", "value": { "@type": "QuantitativeValue", "minValue": 40.00, "maxValue": 50.00, "unitText": "HOUR" } }
        }"#, r#"{"jobposting_identifier": "1234568", "id": "clerk"}"#,
        ["Data Entry Clerk", "MagsRUs Wheel Company", "Remote, for people living in USA", "$40 to $50 an hour", "Full time", "Contractor",
         "2024-01-18", "2024-03-18", "1234568",
         "MagsRUs Wheel Company is looking for a part-time data entry clerk & general office helper.", ADDRESS]),
        // Google's documentation of applicantLocationRequirements: a list of areas, and a job
        // that is remote or in an office (jobLocation and TELECOMMUTE both given).
        ("Google: remote in two states, or the office", r#"{
          "@type": "JobPosting", "title": "Support Agent", "identifier": "SA-1",
          "hiringOrganization": "Example Co",
          "jobLocation": { "@type": "Place", "address": { "addressLocality": "Leeds", "postalCode": "LS1 4AP" } },
          "jobLocationType": "TELECOMMUTE",
          "applicantLocationRequirements": [{ "@type": "State", "name": "Michigan" }, { "@type": "State", "name": "Ohio" }]
        }"#, r#"{"jobposting_identifier": "SA-1", "id": "agent"}"#,
        ["Support Agent", "Example Co", "Leeds, LS1 4AP or Remote, for people living in Michigan or Ohio", "", "", "",
         "", "", "SA-1", "", ADDRESS]),
        // schema.org's JobPosting examples (https://schema.org/JobPosting, example 1): employer
        // as an Organization, jobLocation a Place whose address is a PostalAddress, baseSalary a
        // plain number, employmentType free text, the identifier a url-like text, a url given.
        ("schema.org: a plain number and free text", r#"{
          "@context": "https://schema.org", "@type": "JobPosting",
          "title": "Software Engineer",
          "baseSalary": 100000,
          "employmentType": "Full-time",
          "hiringOrganization": { "@type": "Organization", "name": "ACME" },
          "jobLocation": { "@type": "Place", "address": { "@type": "PostalAddress", "addressLocality": "Kirkland", "addressRegion": "WA" } },
          "datePosted": "2011-10-31",
          "url": "https://example.com/jobs/1",
          "description": "Description: ACME is looking for a software engineer.\n\nQualifications: a degree."
        }"#, r#"{"jobposting_url": "https://example.com/jobs/1", "id": "acme"}"#,
        ["Software Engineer", "ACME", "Kirkland, WA", "£100,000", "Full-time", "", "2011-10-31", "", "",
         "Description: ACME is looking for a software engineer.", "https://example.com/jobs/1"]),
        // schema.org: hiringOrganization as text, jobLocation as text and as a list of Places,
        // baseSalary as text, an identifier that is a number, MonetaryAmount with its own
        // minValue and maxValue (no QuantitativeValue), in pounds, a year; PER_DIEM, OTHER and
        // the contract codes.
        ("schema.org: lists and plain text", r#"{
          "@type": "JobPosting", "title": "Bank Peer Support Worker", "identifier": 4471,
          "hiringOrganization": "Sussex Partnership NHS Foundation Trust",
          "jobLocation": [{ "@type": "Place", "name": "Mill View Hospital" }, "Langley Green Hospital, Crawley"],
          "baseSalary": { "@type": "MonetaryAmount", "currency": "GBP", "minValue": 24071.5, "maxValue": 25674, "unitText": "YEAR" },
          "employmentType": ["PER_DIEM", "TEMPORARY", "OTHER", "VOLUNTEER", "INTERN"],
          "datePosted": "2026-10-01T09:30:00+01:00", "validThrough": "2026-12-01"
        }"#, r#"{"jobposting_identifier": "4471", "id": "bank"}"#,
        ["Bank Peer Support Worker", "Sussex Partnership NHS Foundation Trust", "Mill View Hospital or Langley Green Hospital, Crawley",
         "£24,071.50 to £25,674 a year", "Paid by the day", "Temporary or Volunteer or Internship", "2026-10-01", "2026-12-01", "4471", "", ADDRESS]),
        ("schema.org: pay as text, a day, a week, a month, euros", r#"[
          { "@type": "JobPosting", "title": "A", "identifier": "a", "hiringOrganization": "E", "jobLocation": "Cardiff", "baseSalary": "Band 3: £24,071 to £25,674" },
          { "@type": "JobPosting", "title": "B", "identifier": "b", "hiringOrganization": "E", "jobLocation": "Cardiff", "baseSalary": { "@type": "MonetaryAmount", "currency": "EUR", "value": { "@type": "QuantitativeValue", "value": 120, "unitText": "DAY" } } }
        ]"#, r#"{"jobposting_identifier": "b", "id": "b"}"#,
        ["B", "E", "Cardiff", "€120 a day", "", "", "", "", "b", "", ADDRESS]),
    ];
    for (name, markup, entry, expected) in table {
        let (postings, errors) = join(&[markup], &criteria(entry));
        assert_eq!(errors, Vec::<String>::new(), "{name}");
        assert_eq!(seen(&postings[0]), some(*expected), "{name}");
    }
    // The text salary of the first JobPosting in the last block.
    let text_pay = r#"[{ "@type": "JobPosting", "title": "A", "identifier": "a", "hiringOrganization": "E", "jobLocation": "Cardiff", "baseSalary": "Band 3: £24,071 to £25,674" }]"#;
    let (postings, _) = join(
        &[text_pay],
        &criteria(r#"{"jobposting_identifier": "a", "id": "a"}"#),
    );
    assert_eq!(
        postings[0].pay.as_deref(),
        Some("Band 3: £24,071 to £25,674")
    );
    for (unit, per) in [("WEEK", "a week"), ("MONTH", "a month")] {
        let markup = format!(
            r#"{{ "@type": "JobPosting", "title": "A", "identifier": "a", "hiringOrganization": "E", "jobLocation": "Cardiff", "baseSalary": {{ "@type": "MonetaryAmount", "currency": "CAD", "value": {{ "@type": "QuantitativeValue", "value": 900, "unitText": "{unit}" }} }} }}"#
        );
        let (postings, _) = join(
            &[&markup],
            &criteria(r#"{"jobposting_identifier": "a", "id": "a"}"#),
        );
        assert_eq!(
            postings[0].pay.as_deref(),
            Some(format!("CAD 900 {per}").as_str())
        );
    }
}

#[test]
fn a_description_is_read_as_text_never_as_markup() {
    let markup = r#"{ "@type": "JobPosting", "title": "A", "identifier": "a", "hiringOrganization": "E", "jobLocation": "Cardiff",
      "description": "<h2>About</h2><script>alert(1)</script> <b>Support</b> people &lt;here&gt; <img src=x onerror=alert(1)>&nbsp;now, R&amp;D &amp;lt; &copy;.<br>More." }"#;
    let (postings, errors) = join(
        &[markup],
        &criteria(r#"{"jobposting_identifier": "a", "id": "a"}"#),
    );
    assert_eq!(errors, Vec::<String>::new());
    assert_eq!(postings[0].summary.as_deref(), Some("About"));
    let markup = markup.replace("<h2>About</h2>", "");
    let (postings, _) = join(
        &[&markup],
        &criteria(r#"{"jobposting_identifier": "a", "id": "a"}"#),
    );
    assert_eq!(
        postings[0].summary.as_deref(),
        Some("alert(1) Support people <here> now, R&D &lt; &copy;.")
    );
}

#[test]
fn a_join_that_finds_nothing_says_what_the_page_has() {
    let (postings, errors) = join(&[PAGE], &criteria(r#"{"jobposting_identifier": "380-AD"}"#));
    assert!(postings.is_empty());
    assert_eq!(
        errors,
        ["criteria.json: postings[0].jobposting_identifier: expected the identifier of a JobPosting in the page (380-AC), found \"380-AD\""]
    );
    let (_, errors) = join(&[], &criteria(r#"{"id": "x"}"#));
    assert_eq!(
        errors,
        ["criteria.json: postings[0].jobposting_identifier: this field is missing: expected the identifier of a JobPosting in the page (or \"jobposting_url\": its url)"]
    );
}

#[test]
fn wrong_markup_is_named_in_its_json_ld_block() {
    let entry = criteria(r#"{"jobposting_identifier": "380-AC"}"#);
    let block = "the JSON-LD in this page (script 2 of 2)";
    for (from, to, problem) in [
        (r#""title": "Peer Support Worker","#, "", "@graph[1].title: this field is missing: expected some text"),
        (r#""title": "Peer Support Worker","#, r#""title": 7,"#, "@graph[1].title: expected some text, found the number 7"),
        (r#""minValue": 26240"#, r#""minValue": "lots""#, "@graph[1].baseSalary.value.minValue: expected a number, like 26240, found the text \"lots\""),
        (r#""currency": "GBP", "value": {"#, r#""currency": "GBP", "valu": {"#, "@graph[1].baseSalary: expected a number, some text, or a MonetaryAmount whose \"value\" is a number or a QuantitativeValue, found an object { ... }"),
        (r#""datePosted": "2025-11-10""#, r#""datePosted": "10/11/2025""#, "@graph[1].datePosted: expected a date written YYYY-MM-DD, or a date and time, like \"2026-03-18T00:00\", found the text \"10/11/2025\""),
        (r#""hiringOrganization": { "@type": "Organization", "name": "Kent and Medway Mental Health NHS Trust" },"#, "", "@graph[1].hiringOrganization: this field is missing: expected the employer's name, or an Organization with a \"name\""),
        (r#""jobLocation": { "@type": "Place", "address": { "streetAddress": "Littlebrook Hospital, Bow Arrow Lane", "addressLocality": "Dartford", "postalCode": "DA2 6PB" } },"#, r#""jobLocation": {},"#, "@graph[1].jobLocation: expected a Place with an \"address\" (or a list of them), or \"jobLocationType\": \"TELECOMMUTE\", found an object { ... }"),
    ] {
        let page_ = PAGE.replace(from, to);
        assert_ne!(page_, PAGE, "{from}");
        let (postings, errors) = join(&["{}", &page_], &entry);
        assert!(postings.is_empty(), "{problem}");
        assert_eq!(errors, [format!("{block}: {problem}")]);
    }
}

#[test]
fn the_readme_example_is_a_careers_page_and_a_criteria_file_of_ids_and_criteria() {
    let readme = include_str!("../README.md");
    let section = &readme[readme.find("### Reusing your JobPosting JSON-LD").unwrap()..];
    let blocks: Vec<&str> = section
        .split("```")
        .skip(1)
        .step_by(2)
        .take(2)
        .map(|block| block.split_once('\n').unwrap().1)
        .collect();
    let markup = blocks[0]
        .split("<script type=\"application/ld+json\">")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .expect("the README's first example is the page's JSON-LD");
    let file = json(blocks[1]);
    let Json::Object(fields) = &file else {
        panic!("an object")
    };
    let Some((_, Json::Array(entries))) = fields.iter().find(|(k, _)| k == "postings") else {
        panic!("postings")
    };
    let Json::Object(entry) = &entries[0] else {
        panic!("an entry")
    };
    let keys: Vec<&str> = entry.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        keys,
        ["jobposting_identifier", "id", "criteria"],
        "the criteria file stays small"
    );
    let source = Source {
        file: "criteria.json".into(),
        json: Ok(file.clone()),
    };
    let page_ = Page {
        address: ADDRESS,
        words: &ENGLISH.jobposting,
    };
    let (catalogue, errors) = jsonld::join(
        &page(&[markup]),
        &source,
        &eligibility_checker::builtin::standard_bank(),
        &page_,
    );
    assert_eq!(errors, vec![]);
    let posting = &catalogue.postings()[0];
    assert_eq!(
        seen(posting),
        some([
            "Peer Support Worker",
            "Kent and Medway Mental Health NHS Trust",
            "Littlebrook Hospital, Bow Arrow Lane, Dartford, DA2 6PB",
            "£26,240 to £27,928 a year",
            "Part time",
            "",
            "2025-11-10",
            "",
            "380-AC",
            "A peer support role in Kent and Medway's first NHS psychiatric intensive care unit for women.",
            ADDRESS,
        ])
    );
    assert_eq!(posting.id.as_str(), "kmpt-dartford");
    assert_eq!(posting.service, None);
}
