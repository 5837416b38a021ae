//! The host page's schema.org JobPostings, joined to a criteria file: every shape Google's and
//! schema.org's documentation show for the fields the checker uses, each joined to a criteria
//! file holding only the JobPosting's identifier (or url), an id and the criteria.

mod util;

use eligibility_core::rules::jsonld::{self, Page};
use eligibility_core::rules::{Bank, Json, Language, Posting, Source, Words};
use eligibility_core::text::{ENGLISH, WELSH};
use util::{English, KMPT};

/// Where the page is, for a JobPosting with no url.
const ADDRESS: &str = "https://careers.example.nhs.uk/jobs/peer-support";

fn json(text: &str) -> Json {
    eligibility_core::json::parse(text).unwrap()
}

/// The page's JSON-LD blocks, named as the embed names them.
fn page(blocks: &[&str]) -> Vec<Source> {
    blocks
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let file = format!(
                "the JSON-LD in this page (script {} of {})",
                i + 1,
                blocks.len()
            );
            Source::parse_lenient(file, text)
        })
        .collect()
}

fn join(blocks: &[&str], criteria: &Source) -> (Vec<Posting>, Vec<String>) {
    let (catalogue, errors) = jsonld::join(&page(blocks), criteria, &Bank::default(), &page_());
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
        serde_json::from_str(eligibility_core::builtin::QUESTIONS.1).unwrap();
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
                "@graph[2]".into(),
                title("Peer Support Worker")
            ),
            (
                "the JSON-LD in this page (script 2 of 3)".into(),
                "[1]".into(),
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
    assert_eq!(posting.title.as_english(), "Peer Support Worker");
    assert_eq!(
        posting.employer.as_english(),
        "Kent and Medway Mental Health NHS Trust"
    );
    assert_eq!(
        posting.location.as_english(),
        "Littlebrook Hospital, Bow Arrow Lane, Dartford, DA2 6PB"
    );
    assert_eq!(posting.pay.en(), Some("£26,240 to £27,928 a year"));
    assert_eq!(posting.working_pattern.en(), Some("Part time"));
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
    assert_eq!(posting.contract.en(), Some("Permanent"));
    assert_eq!(posting.service.en(), Some("Women's PICU"));
    assert_eq!(posting.pay.en(), Some("Band 3"));
    // A fact the file gives itself is not read from the JobPosting, so its mistakes there are
    // no problem.
    let broken = PAGE.replace(r#""minValue": 26240"#, r#""minValue": "lots""#);
    let (postings, errors) = join(
        &[&broken],
        &criteria(r#"{"jobposting_identifier": "380-AC", "pay": "Band 3"}"#),
    );
    assert_eq!(errors, Vec::<String>::new());
    assert_eq!(postings[0].pay.en(), Some("Band 3"));
}

/// What the applicant sees of one JobPosting, joined by `join`: title, employer, location, pay,
/// hours, contract, published, closes, reference, summary (never from the description),
/// apply_url.
type Seen = [Option<String>; 11];

fn seen(posting: &Posting) -> Seen {
    [
        Some(posting.title.as_english().to_owned()),
        Some(posting.employer.as_english().to_owned()),
        Some(posting.location.as_english().to_owned()),
        posting.pay.en().map(str::to_owned),
        posting.working_pattern.en().map(str::to_owned),
        posting.contract.en().map(str::to_owned),
        posting.published.map(|d| d.to_string()),
        posting.closes.map(|d| d.to_string()),
        posting.reference.clone(),
        posting.summary.en().map(str::to_owned),
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
        // (40.00, a decimal) an hour, validThrough as a date-time (at midnight: the last day to
        // apply is the day before), description as HTML (not shown), no url.
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
         "2017-01-18", "2017-03-17", "1234567",
         "",
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
         "2024-01-18", "2024-03-17", "1234568",
         "", ADDRESS]),
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
        // schema.org's JobPosting properties (https://schema.org/JobPosting): baseSalary a Number
        // (here written as text, as microdata gives it) in salaryCurrency (ISO 4217),
        // employmentType as text ("e.g. full-time, part-time, contract"), an Organization, a
        // Place whose address is a PostalAddress, a description of plain text, a url.
        ("schema.org: a number in salaryCurrency, and free text", r#"{
          "@context": "https://schema.org", "@type": "JobPosting",
          "title": "Software Engineer",
          "baseSalary": "100000", "salaryCurrency": "USD",
          "employmentType": "Full-time",
          "hiringOrganization": { "@type": "Organization", "name": "ACME" },
          "jobLocation": { "@type": "Place", "address": { "@type": "PostalAddress", "addressLocality": "Kirkland", "addressRegion": "WA" } },
          "datePosted": "2011-10-31",
          "url": "https://example.com/jobs/1",
          "description": "Description: ACME is looking for a software engineer.\n\nQualifications: a degree."
        }"#, r#"{"jobposting_url": "https://example.com/jobs/1", "id": "acme"}"#,
        ["Software Engineer", "ACME", "Kirkland, WA", "$100,000", "Full-time", "", "2011-10-31", "", "",
         "", "https://example.com/jobs/1"]),
        // The other shapes schema.org's property definitions allow, written as an NHS trust
        // might (an example, not a real advert): hiringOrganization as text (Google: "or the
        // name"), jobLocation a list of a Place by name and text, an identifier that is a number,
        // a MonetaryAmount with its own minValue and maxValue (schema.org's MonetaryAmount has
        // them) in pounds a year, with pence; PER_DIEM, OTHER, the contract codes, and a
        // validThrough at a time other than midnight.
        ("schema.org: lists and plain text", r#"{
          "@type": "JobPosting", "title": "Bank Peer Support Worker", "identifier": 4471,
          "hiringOrganization": "Sussex Partnership NHS Foundation Trust",
          "jobLocation": [{ "@type": "Place", "name": "Mill View Hospital" }, "Langley Green Hospital, Crawley"],
          "baseSalary": { "@type": "MonetaryAmount", "currency": "GBP", "minValue": 24071.5, "maxValue": 25674, "unitText": "YEAR" },
          "employmentType": ["PER_DIEM", "TEMPORARY", "OTHER", "VOLUNTEER", "INTERN"],
          "datePosted": "2026-10-01T09:30:00+01:00", "validThrough": "2026-12-01T17:00:00Z"
        }"#, r#"{"jobposting_identifier": 4471, "id": "bank"}"#,
        ["Bank Peer Support Worker", "Sussex Partnership NHS Foundation Trust", "Mill View Hospital or Langley Green Hospital, Crawley",
         "£24,071.50 to £25,674 a year", "Paid by the day", "Temporary or Volunteer or Internship", "2026-10-01", "2026-12-01", "4471", "", ADDRESS]),
        // Google: "baseSalary ... MonetaryAmount"; its value a QuantitativeValue by the DAY, in
        // euros; a list of JobPostings in one block (an example, not a real advert).
        ("Google: a day, in euros, in a list", r#"[
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
    // baseSalary in the other shapes: text as written; a MonetaryAmount whose value is a plain
    // number; the remaining units; a currency with no sign; no currency at all.
    let pay_of = |salary: &str| {
        let markup = format!(
            r#"{{ "@type": "JobPosting", "title": "A", "identifier": "a", "hiringOrganization": "E", "jobLocation": "Cardiff", "baseSalary": {salary} }}"#
        );
        let (postings, errors) = join(
            &[&markup],
            &criteria(r#"{"jobposting_identifier": "a", "id": "a"}"#),
        );
        assert_eq!(errors, Vec::<String>::new(), "{salary}");
        postings[0].pay.en().map(str::to_owned)
    };
    for (salary, pay) in [
        (
            r#""Band 3: £24,071 to £25,674""#,
            "Band 3: £24,071 to £25,674",
        ),
        (
            r#"{ "@type": "MonetaryAmount", "currency": "GBP", "value": 24071 }"#,
            "£24,071",
        ),
        (
            r#"{ "@type": "MonetaryAmount", "currency": "CAD", "value": { "@type": "QuantitativeValue", "value": 900, "unitText": "WEEK" } }"#,
            "CAD 900 a week",
        ),
        (
            r#"{ "@type": "MonetaryAmount", "currency": "GBP", "value": { "@type": "QuantitativeValue", "value": 2006.25, "unitText": "MONTH" } }"#,
            "£2,006.25 a month",
        ),
        (r#"26240"#, "26,240"),
        // Amounts written as text, as microdata gives them.
        (
            r#"{ "@type": "MonetaryAmount", "currency": "GBP", "value": { "@type": "QuantitativeValue", "minValue": "24071", "maxValue": "25674.50", "unitText": "YEAR" } }"#,
            "£24,071 to £25,674.50 a year",
        ),
    ] {
        assert_eq!(pay_of(salary).as_deref(), Some(pay), "{salary}");
    }
    // employmentType as text that names a contract is the contract, not the hours.
    let markup = r#"{ "@type": "JobPosting", "title": "A", "identifier": "a", "hiringOrganization": "E", "jobLocation": "Cardiff", "employmentType": ["Permanent", "PART_TIME", "Bank", "Fixed-term: 12 months", "Full time, including bank holidays"] }"#;
    let (postings, errors) = join(
        &[markup],
        &criteria(r#"{"jobposting_identifier": "a", "id": "a"}"#),
    );
    assert_eq!(errors, Vec::<String>::new());
    assert_eq!(
        postings[0].working_pattern.en(),
        Some("Part time or Full time, including bank holidays")
    );
    assert_eq!(
        postings[0].contract.en(),
        Some("Permanent or Bank or Fixed-term: 12 months")
    );
}

#[test]
fn a_description_is_never_read_so_never_shown() {
    // JobPosting descriptions are HTML written for the page, often the whole advert: the
    // checker shows none of it (a criteria file words a short "summary" where it wants one).
    let markup = r#"{ "@type": "JobPosting", "title": "A", "identifier": "a", "hiringOrganization": "E", "jobLocation": "Cardiff",
      "description": "<h2>About</h2><script>alert(1)</script><img src=x onerror=alert(1)> Support people." }"#;
    let (postings, errors) = join(
        &[markup],
        &criteria(r#"{"jobposting_identifier": "a", "id": "a"}"#),
    );
    assert_eq!(errors, Vec::<String>::new());
    assert_eq!(postings[0].summary, None);
    let (postings, _) = join(
        &[markup],
        &criteria(
            r#"{"jobposting_identifier": "a", "id": "a", "summary": "Support people on a ward."}"#,
        ),
    );
    assert_eq!(postings[0].summary.en(), Some("Support people on a ward."));
}

#[test]
fn a_join_that_finds_nothing_says_what_the_page_has() {
    let (postings, errors) = join(&[PAGE], &criteria(r#"{"jobposting_identifier": "380-AD"}"#));
    assert!(postings.is_empty());
    assert_eq!(
        errors,
        ["criteria.json: postings[1].jobposting_identifier: expected the identifier of a JobPosting in the page (380-AC), found \"380-AD\": did you mean \"380-AC\"?"]
    );
    let (_, errors) = join(&[], &criteria(r#"{"id": "x"}"#));
    assert_eq!(
        errors,
        ["criteria.json: postings[x].jobposting_identifier: this field is missing: expected the identifier of a JobPosting in the page (or \"jobposting_url\": its url)"]
    );
}

#[test]
fn wrong_markup_is_named_in_its_json_ld_block() {
    let entry = criteria(r#"{"jobposting_identifier": "380-AC"}"#);
    let block = "the JSON-LD in this page (script 2 of 2)";
    for (from, to, problem) in [
        (r#""title": "Peer Support Worker","#, "", "@graph[2].title: this field is missing: expected some text"),
        (r#""title": "Peer Support Worker","#, r#""title": 7,"#, "@graph[2].title: expected some text, found the number 7"),
        (r#""minValue": 26240"#, r#""minValue": "lots""#, "@graph[2].baseSalary.value.minValue: expected an amount of pay: a number from 0, like 26240, found the text \"lots\""),
        (r#""currency": "GBP", "value": {"#, r#""currency": "GBP", "valu": {"#, "@graph[2].baseSalary: expected a number, some text, or a MonetaryAmount whose \"value\" is a number or a QuantitativeValue, found an object { ... }"),
        (r#""datePosted": "2025-11-10""#, r#""datePosted": "10/11/2025""#, "@graph[2].datePosted: expected a date written YYYY-MM-DD, or a date and time, like \"2026-03-18T00:00\", found the text \"10/11/2025\""),
        (r#""hiringOrganization": { "@type": "Organization", "name": "Kent and Medway Mental Health NHS Trust" },"#, "", "@graph[2].hiringOrganization: this field is missing: expected the employer's name, or an Organization with a \"name\""),
        (r#""jobLocation": { "@type": "Place", "address": { "streetAddress": "Littlebrook Hospital, Bow Arrow Lane", "addressLocality": "Dartford", "postalCode": "DA2 6PB" } },"#, r#""jobLocation": {},"#, "@graph[2].jobLocation: expected a Place with an \"address\" (or a list of them), or \"jobLocationType\": \"TELECOMMUTE\", found an object { ... }"),
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
    let readme = include_str!("../../docs/embedding.md");
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
        .expect("the first example in docs/embedding.md is the page's JSON-LD");
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
    let (catalogue, errors) = jsonld::join(
        &page(&[markup]),
        &source,
        &eligibility_core::builtin::standard_bank(),
        &page_(),
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
            "",
            ADDRESS,
        ])
    );
    assert_eq!(posting.id.as_str(), "kmpt-dartford");
    assert_eq!(posting.service, None);
}

#[test]
fn where_to_apply_is_the_jobpostings_url_a_path_on_this_site_or_this_page() {
    let with_url = |url: &str| {
        PAGE.replace(
            r#""url": "https://careers.example.nhs.uk/jobs/380-AC""#,
            url,
        )
    };
    let entry = criteria(r#"{"jobposting_identifier": "380-AC"}"#);
    for (url, apply) in [
        (
            r#""url": "/jobs/380-AC""#,
            "https://careers.example.nhs.uk/jobs/380-AC",
        ),
        (r#""url": null"#, ADDRESS),
        (
            r#""url": "https://www.kmpt.nhs.uk/""#,
            "https://www.kmpt.nhs.uk/",
        ),
    ] {
        let (postings, errors) = join(&[&with_url(url)], &entry);
        assert_eq!(errors, Vec::<String>::new(), "{url}");
        assert_eq!(postings[0].apply_url, apply, "{url}");
    }
    // A link the applicant could not safely follow is named in the markup, not the criteria file.
    for (url, found) in [
        (
            r#""url": "http://careers.example.nhs.uk/jobs/380-AC""#,
            "the text \"http://careers.example.nhs.uk/jobs/38...\"",
        ),
        (
            r#""url": "javascript:alert(1)""#,
            "the text \"javascript:alert(1)\"",
        ),
        (
            r#""url": "//evil.example/""#,
            "the text \"//evil.example/\"",
        ),
        (r#""url": 7"#, "the number 7"),
        (r#""url": " jobs/380-AC""#, "the text \" jobs/380-AC\""),
    ] {
        let (postings, errors) = join(&[&with_url(url)], &entry);
        assert!(postings.is_empty());
        assert_eq!(
            errors,
            [format!("the JSON-LD in this page (script 1 of 1): @graph[2].url: expected a web address starting \"https://\", found {found}")]
        );
    }
}

#[test]
fn problems_name_the_entry_they_are_in_after_one_that_could_not_be_joined() {
    let kmpt: serde_json::Value = serde_json::from_str(util::posting_file(KMPT).1).unwrap();
    let questions: serde_json::Value =
        serde_json::from_str(eligibility_core::builtin::QUESTIONS.1).unwrap();
    let mut broken = kmpt["criteria"].clone();
    broken[0]["class"] = "vital".into();
    let bundle = serde_json::json!({
        "questions": questions["questions"],
        "criteria": questions["criteria"],
        "postings": [
            { "jobposting_identifier": "no-such-job", "criteria": kmpt["criteria"] },
            { "jobposting_identifier": "380-AC", "criteria": broken },
        ],
    });
    let source = Source {
        file: "criteria.json".into(),
        json: Ok(json(&bundle.to_string())),
    };
    let (_, errors) = join(&[PAGE], &source);
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(
        errors[0].starts_with("criteria.json: postings[1].jobposting_identifier: "),
        "{}",
        errors[0]
    );
    assert!(
        errors[1].starts_with("criteria.json: postings[2].criteria[lived-experience].class: "),
        "{}",
        errors[1]
    );
}

#[test]
fn an_empty_place_in_a_list_is_named_where_it_is() {
    let markup = r#"{ "@type": "JobPosting", "title": "A", "identifier": "a", "hiringOrganization": "E", "jobLocation": ["Leeds", {}] }"#;
    let (_, errors) = join(
        &[markup],
        &criteria(r#"{"jobposting_identifier": "a", "id": "a"}"#),
    );
    assert_eq!(
        errors,
        ["the JSON-LD in this page (script 1 of 1): jobLocation[2]: expected a Place with an \"address\" (or a list of them), or \"jobLocationType\": \"TELECOMMUTE\", found an object { ... }"]
    );
}

#[test]
fn a_criteria_file_in_english_and_welsh_joins_to_a_page_in_one_language() {
    // The page's facts are in the page's language, and the checker words the codes in each of its
    // languages: they are neither Welsh the file gave nor Welsh it left out.
    let markup = r#"{ "@type": "JobPosting", "title": "Gweithiwr Cymorth", "identifier": "a", "hiringOrganization": "Bwrdd Iechyd", "jobLocation": "Caerdydd", "employmentType": "FULL_TIME" }"#;
    let criteria = bundle(
        r#"{ "jobposting_identifier": "a", "id": "a",
             "summary": { "en": "Peer support on a ward.", "cy": "Cymorth gan gymheiriaid ar ward." } }"#,
        serde_json::json!({ "en": "Willing to share", "cy": "Yn fodlon rhannu" }),
    );
    let bank = eligibility_core::builtin::standard_bank();
    let (catalogue, errors) = jsonld::join(&page(&[markup]), &criteria, &bank, &page_());
    assert!(errors.is_empty(), "{errors:?}");
    let posting = &catalogue.postings()[0];
    for (language, summary, hours) in [
        (Language::English, "Peer support on a ward.", "Full time"),
        (
            Language::Welsh,
            "Cymorth gan gymheiriaid ar ward.",
            "Llawn amser",
        ),
    ] {
        let summary_shown = posting.summary.as_ref().map(|s| s.in_language(language));
        assert_eq!(summary_shown, Some(summary));
        let hours_shown = posting.working_pattern.as_ref().unwrap();
        assert_eq!(hours_shown.in_language(language), hours);
        assert_eq!(
            posting.title.in_language(language),
            "Gweithiwr Cymorth",
            "the page's own words, as it gives them"
        );
        assert_eq!(
            hours_shown.lang_in(language),
            None,
            "the checker's own words are not marked as English"
        );
    }
}

/// The page joining: its address, and the checker's words in both languages.
fn page_() -> Page<'static> {
    Page {
        address: ADDRESS,
        english: &ENGLISH,
        welsh: &WELSH,
    }
}

/// A bundle of the built-in questions and one entry, `entry`, with one criterion whose summary is
/// `summary` (text, or `{ "en": …, "cy": … }`).
fn bundle(entry: &str, summary: serde_json::Value) -> Source {
    let mut entry: serde_json::Value = serde_json::from_str(entry).unwrap();
    entry["criteria"] = serde_json::json!([{ "id": "share", "class": "essential",
        "summary": summary,
        "rule": { "kind": "answer_in", "question": "willing_to_share", "meets": ["yes"] } }]);
    let questions: serde_json::Value =
        serde_json::from_str(eligibility_core::builtin::QUESTIONS.1).unwrap();
    let bundle = serde_json::json!({ "questions": questions["questions"], "postings": [entry] });
    Source {
        file: "criteria.json".into(),
        json: Ok(json(&bundle.to_string())),
    }
}

/// A JobPosting whose facts the checker words: its hours, its pay, and a place beside home working.
const WORDED: &str = r#"{ "@type": "JobPosting", "title": "Peer Support Worker", "identifier": "a",
    "hiringOrganization": "A Trust", "jobLocation": "Cardiff", "jobLocationType": "TELECOMMUTE",
    "employmentType": ["FULL_TIME", "TEMPORARY"],
    "baseSalary": { "@type": "MonetaryAmount", "currency": "GBP", "value": { "@type": "QuantitativeValue", "minValue": 26240, "maxValue": 27928, "unitText": "YEAR" } } }"#;

#[test]
fn a_jobpostings_hours_and_pay_read_in_english_and_welsh_from_one_catalogue() {
    let criteria = bundle(
        r#"{ "jobposting_identifier": "a", "id": "a" }"#,
        "Willing to share".into(),
    );
    let bank = eligibility_core::builtin::standard_bank();
    let (catalogue, errors) = jsonld::join(&page(&[WORDED]), &criteria, &bank, &page_());
    assert_eq!(errors, vec![]);
    let posting = &catalogue.postings()[0];
    let shown = |words: &Option<Words>, language| {
        let words = words.as_ref().unwrap();
        (
            words.in_language(language).to_owned(),
            words.lang_in(language),
        )
    };
    let english = Language::English;
    let hours = shown(&posting.working_pattern, english);
    assert_eq!(hours, ("Full time".to_owned(), None));
    let contract = shown(&posting.contract, english);
    assert_eq!(contract, ("Temporary".to_owned(), None));
    let pay = shown(&posting.pay, english);
    assert_eq!(pay, ("£26,240 to £27,928 a year".to_owned(), None));
    let location = posting.location.in_language(english);
    assert_eq!(location, "Cardiff or Remote");
    let welsh = Language::Welsh;
    let hours = shown(&posting.working_pattern, welsh);
    assert_eq!(hours, ("Llawn amser".to_owned(), None));
    let pay = shown(&posting.pay, welsh);
    assert_eq!(pay, ("£26,240 i £27,928 y flwyddyn".to_owned(), None));
    let location = posting.location.in_language(welsh);
    assert_eq!(location, "Cardiff neu Gweithio o bell");
}

#[test]
fn the_facts_a_page_gives_are_neither_welsh_nor_welsh_left_out() {
    // Worded by the checker in both languages, a JobPosting's facts differ between English and
    // Welsh; still, a criteria file in English only needs no Welsh, and one in both needs no more.
    for summary in [
        serde_json::json!("Willing to share"),
        serde_json::json!({ "en": "Willing to share", "cy": "Yn fodlon rhannu" }),
    ] {
        let criteria = bundle(r#"{ "jobposting_identifier": "a", "id": "a" }"#, summary);
        let bank = eligibility_core::builtin::standard_bank();
        let (catalogue, errors) = jsonld::join(&page(&[WORDED]), &criteria, &bank, &page_());
        assert_eq!(errors, vec![], "no NoWelsh problem");
        assert_eq!(catalogue.postings().len(), 1);
    }
    // The criteria file's own text is still held to all or none.
    let criteria = bundle(
        r#"{ "jobposting_identifier": "a", "id": "a", "summary": "Support on a ward." }"#,
        serde_json::json!({ "en": "Willing to share", "cy": "Yn fodlon rhannu" }),
    );
    let bank = eligibility_core::builtin::standard_bank();
    let (_, errors) = jsonld::join(&page(&[WORDED]), &criteria, &bank, &page_());
    let errors: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("postings[a].summary"), "{errors:?}");
}

#[test]
fn a_page_s_own_address_applies_without_its_query_or_fragment() {
    for (page, apply) in [
        (
            "https://careers.example/jobs/peer-support?email=jane.doe%40example.com",
            "https://careers.example/jobs/peer-support",
        ),
        (
            "https://careers.example/jobs/peer-support#apply",
            "https://careers.example/jobs/peer-support",
        ),
        (
            "https://careers.example/jobs/?utm_source=mail#top",
            "https://careers.example/jobs/",
        ),
        ("http://localhost:8080/", "http://localhost:8080/"),
        ("", ""),
    ] {
        assert_eq!(jsonld::apply_address(page), apply, "{page}");
    }
}

#[test]
fn problems_in_the_page_s_text_are_named_in_its_json_ld_block_and_path() {
    let entry = criteria(r#"{ "jobposting_identifier": "380-AC" }"#);
    let long = "Peer Support Worker ".repeat(11);
    #[rustfmt::skip]
    let cases = [
        ("Peer Support Worker", "Peer\u{202E} Support Worker", "@graph[2].title: expected text without control, invisible or direction characters, found U+202E at character 5"),
        ("Peer Support Worker", long.trim(), "@graph[2].title: expected at most 200 characters of text, found 219"),
        ("\"name\": \"Kent and Medway Mental Health NHS Trust\" }", "\"name\": \"Kent\u{200B}\" }", "@graph[2].hiringOrganization: expected text without control, invisible or direction characters, found U+200B at character 5"),
    ];
    for (from, to, problem) in cases {
        let text = PAGE.replacen(from, to, if from.starts_with('"') { 2 } else { 1 });
        assert_ne!(text, PAGE);
        let (postings, errors) = join(&[&text], &entry);
        assert!(postings.is_empty());
        assert_eq!(
            errors,
            [format!(
                "the JSON-LD in this page (script 1 of 1): {problem}"
            )]
        );
    }
}

#[test]
fn a_jobpostings_town_or_area_is_its_locality_else_its_region_else_the_town_in_its_place() {
    // (where the JobPosting says the job is, what the criteria file adds, the town or area the
    // list's filter offers in English and in Welsh)
    #[rustfmt::skip]
    let table = [
        (r#""jobLocation": { "@type": "Place", "address": { "streetAddress": "Littlebrook Hospital, Bow Arrow Lane", "addressLocality": "Dartford", "postalCode": "DA2 6PB" } }"#,
         "", ("Dartford", "Dartford")),
        (r#""jobLocation": { "address": { "addressRegion": "Kent", "postalCode": "DA2 6PB" } }"#,
         "", ("Kent", "Kent")),
        (r#""jobLocation": { "address": { "streetAddress": "Littlebrook Hospital, Bow Arrow Lane, Dartford DA2 6PB" } }"#,
         "", ("Dartford", "Dartford")),
        (r#""jobLocation": "Cardiff", "jobLocationType": "TELECOMMUTE""#,
         "", ("Cardiff", "Cardiff")),
        (r#""jobLocation": [{ "address": { "addressLocality": "Leeds" } }, { "address": { "addressLocality": "York" } }]"#,
         "", ("Leeds", "Leeds")),
        (r#""jobLocationType": "TELECOMMUTE", "applicantLocationRequirements": { "@type": "Country", "name": "UK" }"#,
         "", ("Remote", "Gweithio o bell")),
        (r#""jobLocation": { "address": { "addressLocality": "Dartford" } }"#,
         r#", "area": "Kent""#, ("Kent", "Kent")),
    ];
    let bank = eligibility_core::builtin::standard_bank();
    for (location, own, expected) in table {
        let job = format!(
            r#"{{ "@type": "JobPosting", "title": "Peer Support Worker", "identifier": "a",
                 "hiringOrganization": "A Trust", {location} }}"#
        );
        let entry = format!(r#"{{ "jobposting_identifier": "a", "id": "a"{own} }}"#);
        let criteria = bundle(&entry, "Willing to share".into());
        let (catalogue, errors) = jsonld::join(&page(&[&job]), &criteria, &bank, &page_());
        assert_eq!(errors, vec![], "{location}");
        let area = catalogue.postings()[0].town_or_area();
        let shown = (
            area.in_language(Language::English),
            area.in_language(Language::Welsh),
        );
        assert_eq!(shown, expected, "{location}");
    }
}

#[test]
fn the_editors_criteria_file_joined_to_the_page_decides_as_the_posting_it_was_written_from() {
    use eligibility_core::draft::file::{criteria_file, Languages, Options};
    use eligibility_core::rules::{evaluate, Answer, Answers, Date, OptionId, YearMonth};
    let (catalogue, _) = eligibility_core::builtin::load(
        eligibility_core::builtin::QUESTIONS,
        eligibility_core::builtin::POSTINGS,
    );
    let written = (catalogue.postings().iter())
        .find(|p| p.reference.as_deref() == Some("380-AC"))
        .expect("the built-in Kent and Medway posting");
    let options = Options {
        schema: None,
        languages: Languages::EnglishAndWelsh,
    };
    let standard = eligibility_core::builtin::standard_bank();
    let text = criteria_file(written, catalogue.bank(), &standard, &options).expect("a reference");
    let file: serde_json::Value = serde_json::from_str(&text).unwrap();
    let entry = &file["postings"][0];
    assert_eq!(entry["jobposting_identifier"], "380-AC");
    for given_by_the_page in ["title", "employer", "location", "pay", "closes", "nation"] {
        assert!(
            entry.get(given_by_the_page).is_none(),
            "{given_by_the_page} is the JobPosting's to give"
        );
    }
    let source = Source {
        file: "criteria.json".into(),
        json: Ok(json(&text)),
    };
    let (catalogue_joined, errors) = jsonld::join(&page(&[PAGE]), &source, &standard, &page_());
    assert_eq!(
        errors.iter().map(|e| e.to_string()).collect::<Vec<_>>(),
        Vec::<String>::new()
    );
    let joined = &catalogue_joined.postings()[0];
    // Each field the criteria file leaves out, the page's JobPosting gives (the README's gives
    // everything but a contract: PART_TIME is hours).
    let joined_file = eligibility_core::draft::file::posting_file(joined, &standard, &options);
    let joined_file: serde_json::Value = serde_json::from_str(&joined_file).unwrap();
    for field in jsonld::GIVEN_BY_JOBPOSTING {
        assert_eq!(
            joined_file.get(field).is_some(),
            field != "contract",
            "{field}: given by the JobPosting"
        );
    }
    assert_eq!(joined.id, written.id);
    assert_eq!(
        joined.title.as_english(),
        "Peer Support Worker",
        "from the page"
    );
    assert_eq!(joined.criteria, written.criteria);
    assert_eq!(joined.examples, written.examples);
    assert!(
        joined.run_examples().iter().all(|r| r.passes()),
        "its test cases pass"
    );
    let today = Date::new(2026, 3, 1).unwrap();
    let bank = catalogue_joined.bank();
    let mut answers = Answers::new();
    for (question, answer) in [
        ("lived_experience", Answer::Choice(OptionId::new("own"))),
        ("willing_to_share", Answer::Choice(OptionId::new("yes"))),
        ("used_services", Answer::Choice(OptionId::new("yes"))),
        (
            "last_used_services",
            Answer::Month(YearMonth::new(2024, 1).unwrap()),
        ),
        ("nvq_level_2", Answer::Choice(OptionId::new("yes"))),
    ] {
        if let Some(q) = bank.question(question) {
            answers.record(q, answer, today).unwrap();
        }
    }
    let overall = |p: &Posting| format!("{:?}", evaluate(p, &answers, today).unwrap().overall);
    assert_eq!(overall(joined), overall(written));
}

#[test]
fn a_posting_without_a_reference_has_no_criteria_file() {
    use eligibility_core::draft::file::{criteria_file, Languages, Options};
    let (catalogue, _) = eligibility_core::builtin::load(
        eligibility_core::builtin::QUESTIONS,
        eligibility_core::builtin::POSTINGS,
    );
    let mut posting = (*catalogue.postings()[0]).clone();
    posting.reference = None;
    let options = Options {
        schema: None,
        languages: Languages::English,
    };
    assert_eq!(
        criteria_file(&posting, catalogue.bank(), catalogue.bank(), &options),
        None
    );
}
