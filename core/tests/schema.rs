//! docs/posting.schema.json and the loader agree: at every level of a posting file and of the
//! question bank, the schema's properties are exactly the fields the loader knows, and the schema's
//! required fields are exactly those whose absence the loader reports as missing.

mod util;

use eligibility_core::builtin::{self, QUESTIONS};
use serde_json::Value;
use std::collections::BTreeSet;
use util::{posting_file, KMPT};

fn schema() -> Value {
    serde_json::from_str(include_str!("../../docs/posting.schema.json")).unwrap()
}

/// The schema object at `pointer`, and for one told apart by its `kind`, the definition its
/// `if`/`then` gives that kind.
fn definition(pointer: &str, kind: Option<&str>) -> Value {
    let schema = schema();
    let def = schema.pointer(pointer).unwrap().clone();
    let Some(kind) = kind else {
        return def;
    };
    let branch = def["allOf"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["if"]["properties"]["kind"]["const"] == kind)
        .unwrap_or_else(|| panic!("no if/then for kind {kind} at {pointer}"));
    let target = branch["then"]["$ref"].as_str().unwrap();
    schema
        .pointer(target.trim_start_matches('#'))
        .unwrap()
        .clone()
}

fn names(value: &Value) -> BTreeSet<String> {
    match value {
        Value::Object(map) => map.keys().cloned().collect(),
        Value::Array(items) => items
            .iter()
            .map(|v| v.as_str().unwrap().to_owned())
            .collect(),
        _ => BTreeSet::new(),
    }
}

/// Which file an edit is made in: the built-in question bank, or a posting file (Kent and
/// Medway's, unless another is named).
#[derive(Clone, Copy)]
enum In {
    Questions,
    Posting(&'static str),
}

const POSTING: In = In::Posting("");

/// The problems the loader reports for the built-in files with one edit at `pointer`.
fn problems(file: In, pointer: &str, edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut questions: Value = serde_json::from_str(QUESTIONS.1).unwrap();
    let text = match file {
        In::Posting(text) if !text.is_empty() => text,
        In::Questions | In::Posting(_) => posting_file(KMPT).1,
    };
    let mut posting: Value = serde_json::from_str(text).unwrap();
    let target = match file {
        In::Questions => &mut questions,
        In::Posting(_) => &mut posting,
    };
    edit(target.pointer_mut(pointer).unwrap());
    let questions = questions.to_string();
    let posting = posting.to_string();
    let (_, errors) = builtin::load(("q.json", &questions), &[("p.json", &posting)]);
    errors
        .iter()
        .flat_map(|e| {
            e.problems()
                .iter()
                .map(|p| format!("{}: {}", p.path, p.kind))
        })
        .collect()
}

/// The fields the loader knows at `pointer`, read from its message about an unknown field.
fn known_fields(file: In, pointer: &str) -> BTreeSet<String> {
    let found = problems(file, pointer, |v| {
        v.as_object_mut().unwrap().insert("zzz".into(), Value::Null);
    });
    let message = found
        .iter()
        .find(|p| p.contains("zzz: this field is not one the checker knows"))
        .unwrap_or_else(|| panic!("no unknown-field problem at {pointer}: {found:?}"));
    let list = message.split("expected one of ").nth(1).unwrap();
    list.split(", ").map(str::to_owned).collect()
}

/// The fields whose removal the loader reports as missing at `pointer`.
fn missing_when_removed(file: In, pointer: &str, fields: &BTreeSet<String>) -> BTreeSet<String> {
    fields
        .iter()
        .filter(|field| {
            problems(file, pointer, |v| {
                v.as_object_mut().unwrap().remove(field.as_str());
            })
            .iter()
            .any(|p| p.contains(&format!("{field}: this field is missing")))
        })
        .cloned()
        .collect()
}

#[track_caller]
fn agree(file: In, pointer: &str, schema: Value) {
    let properties = names(&schema["properties"]);
    assert_eq!(
        known_fields(file, pointer),
        properties,
        "fields at {pointer}"
    );
    assert_eq!(
        missing_when_removed(file, pointer, &properties),
        names(&schema["required"]),
        "required fields at {pointer}"
    );
}

#[test]
fn the_schema_matches_the_loader_at_every_level() {
    agree(POSTING, "", definition("/$defs/posting", None));
    // The desirable criterion: its rule is optional, as the schema's if/then says for it.
    agree(POSTING, "/criteria/4", definition("/$defs/criterion", None));
    agree(
        POSTING,
        "/criteria/0/rule",
        definition("/$defs/rule", Some("answer_in")),
    );
    // A criterion the posting uses from the question bank. Without "use" it reads as a criterion
    // written out (missing its id, summary and class); "use": null is how its absence shows.
    let use_schema = definition("/$defs/criterion_use", None);
    assert_eq!(
        known_fields(POSTING, "/criteria/3"),
        names(&use_schema["properties"])
    );
    assert_eq!(
        names(&use_schema["required"]),
        BTreeSet::from(["use".into()])
    );
    assert!(problems(POSTING, "/criteria/3/use", |v| *v = Value::Null)
        .contains(&"criteria[4].use: this field is missing: expected an id of lower-case letters, digits, '-' and '_', like \"lived_experience\"".to_owned()));
    agree(
        POSTING,
        "/criteria/2/rule",
        definition("/$defs/rule", Some("has_happened")),
    );
    agree(In::Questions, "", definition("/$defs/question_bank", None));
    // A shared criterion is read as a posting's is (required fields checked above, at
    // /criteria/4); here its fields.
    assert_eq!(
        known_fields(In::Questions, "/criteria/0"),
        names(&definition("/$defs/criterion", None)["properties"])
    );
    agree(
        In::Questions,
        "/criteria/0/rule",
        definition("/$defs/rule", Some("months_since")),
    );
    agree(
        In::Questions,
        "/questions/0",
        definition("/$defs/question", None),
    );
    agree(
        In::Questions,
        "/questions/0/answer",
        definition("/$defs/answer", Some("one_of")),
    );
    agree(
        In::Questions,
        "/questions/1/answer",
        definition("/$defs/answer", Some("yes_no")),
    );
    agree(
        In::Questions,
        "/questions/3/answer",
        definition("/$defs/answer", Some("month_year")),
    );
    agree(
        In::Questions,
        "/questions/0/answer/options/0",
        definition("/$defs/option", None),
    );
}

#[test]
fn an_essential_criterion_needs_a_rule_in_both() {
    let schema = definition("/$defs/criterion", None);
    assert_eq!(
        schema["allOf"][0]["if"]["properties"]["class"]["const"],
        "essential"
    );
    assert_eq!(schema["allOf"][0]["then"]["required"][0], "rule");
    let found = problems(POSTING, "/criteria/0", |v| {
        v.as_object_mut().unwrap().remove("rule");
    });
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("criteria[lived-experience].rule: this field is missing")),
        "{found:?}"
    );
}

#[test]
fn a_criteria_file_entry_is_a_posting_whose_facts_are_all_optional() {
    let schema = schema();
    let posting = names(&schema["$defs"]["posting"]["properties"]);
    let entry = &schema["$defs"]["criteria_entry"];
    let mut expected: BTreeSet<String> = posting
        .iter()
        .filter(|f| *f != "$schema")
        .cloned()
        .collect();
    expected.extend([
        "jobposting_identifier".to_owned(),
        "jobposting_url".to_owned(),
    ]);
    assert_eq!(names(&entry["properties"]), expected);
    // Only the criteria are required, and a way to find the JobPosting: the loader joins an entry
    // of nothing else (tests/jsonld.rs loads the README's) and names a missing one.
    assert_eq!(
        names(&entry["required"]),
        BTreeSet::from(["criteria".to_owned()])
    );
    assert_eq!(entry["anyOf"][0]["required"][0], "jobposting_identifier");
    assert_eq!(entry["anyOf"][1]["required"][0], "jobposting_url");
    assert_eq!(
        schema["$defs"]["criteria_file"]["properties"]["postings"]["items"]["$ref"],
        "#/$defs/criteria_entry"
    );
    // The posting fields the loader reads as optional take null, as it reads null as absent.
    for field in [
        "service",
        "pay",
        "contract",
        "working_pattern",
        "reference",
        "summary",
    ] {
        let shapes = &schema["$defs"]["posting"]["properties"][field]["anyOf"];
        assert!(
            shapes
                .as_array()
                .unwrap()
                .iter()
                .any(|s| s["type"] == "null"),
            "{field}"
        );
        assert_eq!(
            problems(POSTING, &format!("/{field}"), |v| *v = Value::Null),
            Vec::<String>::new(),
            "{field}"
        );
    }
}

#[test]
fn every_text_an_applicant_reads_may_be_given_in_english_and_welsh() {
    let schema = schema();
    let is_words = |v: &Value| v["$ref"] == "#/$defs/words" || v["$ref"] == "#/$defs/name";
    for pointer in [
        "/$defs/posting/properties/title",
        "/$defs/posting/properties/employer",
        "/$defs/posting/properties/service",
        "/$defs/posting/properties/location",
        "/$defs/posting/properties/pay",
        "/$defs/posting/properties/contract",
        "/$defs/posting/properties/working_pattern",
        "/$defs/posting/properties/summary",
        "/$defs/posting/properties/carer_roles",
        "/$defs/criterion/properties/summary",
        "/$defs/criterion/properties/quote",
        "/$defs/criterion/properties/detail",
        "/$defs/criterion/properties/evidence_prompt",
        "/$defs/question/properties/text",
        "/$defs/question/properties/short",
        "/$defs/question/properties/hint",
        "/$defs/question/properties/not_sure",
        "/$defs/option/properties/label",
        "/$defs/option/properties/hint",
        "/$defs/answer_month_year/properties/never",
        "/$defs/rule_answer_in/properties/reasons/additionalProperties",
        "/$defs/rule_has_happened/properties/never_reason",
    ] {
        let field = schema
            .pointer(pointer)
            .unwrap_or_else(|| panic!("{pointer}"));
        let either = field["anyOf"]
            .as_array()
            .is_some_and(|branches| branches.iter().any(is_words));
        assert!(
            is_words(field) || either,
            "{pointer} is not text in English and Welsh"
        );
    }
    let words = &schema["$defs"]["words"]["oneOf"][1];
    assert_eq!(
        names(&words["properties"]),
        BTreeSet::from(["cy".to_owned(), "en".to_owned()])
    );
    assert_eq!(names(&words["required"]), BTreeSet::from(["en".to_owned()]));
}

#[test]
fn every_text_s_length_is_capped_as_the_loader_caps_it() {
    use eligibility_core::rules::load::{NAME_LIMIT, TEXT_LIMIT};
    let schema = schema();
    // The most characters a string (or its English and Welsh) may have, by the field's `$ref`.
    let cap = |field: &Value| -> Option<u64> {
        let field = field["anyOf"]
            .as_array()
            .and_then(|branches| branches.iter().find(|b| b.get("$ref").is_some()))
            .unwrap_or(field);
        let def = match field["$ref"].as_str() {
            Some(pointer) => schema.pointer(pointer.trim_start_matches('#'))?,
            None => return field["maxLength"].as_u64(),
        };
        let caps = [
            &def["oneOf"][0]["maxLength"],
            &def["oneOf"][1]["properties"]["en"]["maxLength"],
            &def["oneOf"][1]["properties"]["cy"]["maxLength"],
        ];
        caps.iter()
            .all(|c| *c == caps[0])
            .then(|| caps[0].as_u64())?
    };
    let name = Some(NAME_LIMIT as u64);
    let text = Some(TEXT_LIMIT as u64);
    for (pointer, limit) in [
        ("/$defs/posting/properties/title", name),
        ("/$defs/posting/properties/employer", name),
        ("/$defs/posting/properties/service", name),
        ("/$defs/posting/properties/location", name),
        ("/$defs/posting/properties/contract", name),
        ("/$defs/posting/properties/working_pattern", name),
        ("/$defs/posting/properties/pay", text),
        ("/$defs/posting/properties/summary", text),
        ("/$defs/posting/properties/carer_roles", text),
        ("/$defs/posting/properties/source", text),
        ("/$defs/criterion/properties/summary", text),
        ("/$defs/criterion/properties/quote", text),
        ("/$defs/criterion/properties/detail", text),
        ("/$defs/question/properties/text", text),
        ("/$defs/question/properties/short", name),
        ("/$defs/question/properties/hint", text),
        ("/$defs/option/properties/label", name),
        ("/$defs/option/properties/hint", text),
        (
            "/$defs/rule_answer_in/properties/reasons/additionalProperties",
            text,
        ),
    ] {
        let field = schema
            .pointer(pointer)
            .unwrap_or_else(|| panic!("{pointer}"));
        assert_eq!(cap(field), limit, "{pointer}");
    }
}

#[test]
fn the_schema_matches_the_loader_for_recent_use_and_rules_of_parts() {
    let panel = include_str!("adverts/expert-by-experience-panel-member.json");
    let cardiff = include_str!("adverts/cardiff-lived-experience-practitioner.json");
    agree(
        In::Posting(panel),
        "/criteria/0/rule",
        definition("/$defs/rule", Some("within_months")),
    );
    agree(
        In::Posting(cardiff),
        "/criteria/1/rule",
        definition("/$defs/rule", Some("any_of")),
    );
    // all_of has the same fields as any_of, and a part is a rule on one question.
    assert_eq!(
        names(&definition("/$defs/rule", Some("all_of"))["properties"]),
        names(&definition("/$defs/rule", Some("any_of"))["properties"])
    );
    agree(
        In::Posting(cardiff),
        "/criteria/1/rule/parts/0",
        definition("/$defs/rule", Some("answer_in")),
    );
    assert_eq!(
        problems(In::Posting(cardiff), "/criteria/1/rule/parts/0", |v| {
            *v = serde_json::json!({ "kind": "any_of", "parts": [] });
        }),
        ["criteria[travel].rule.parts[1].kind: expected a rule on one question: a part cannot have parts of its own"]
    );
    assert_eq!(
        problems(In::Posting(cardiff), "/criteria/1/rule/parts", |v| {
            v.as_array_mut().unwrap().pop();
        }),
        ["criteria[travel].rule.parts: expected at least two parts: with one, write that part as the rule itself"]
    );
}

/// The words the loader expects at `pointer` (`"a", "b"`), read from its message about a value
/// it does not know there.
fn loader_words(file: In, pointer: &str) -> Vec<String> {
    let found = problems(file, pointer, |v| *v = Value::from("zzz"));
    let message = found
        .iter()
        .find(|p| p.contains("expected one of"))
        .unwrap_or_else(|| panic!("no expected-one-of problem at {pointer}: {found:?}"));
    let list = message.split("expected one of ").nth(1).unwrap();
    let list = list.split(", found").next().unwrap();
    list.split(", ")
        .map(|w| w.trim_matches('"').to_owned())
        .collect()
}

#[test]
fn the_schema_tells_each_kind_apart_by_a_field_as_editors_need() {
    // An editor checking a file against "one of these shapes" can only say it matches none; told
    // which shape by a field ("kind", or "use" for a shared criterion), it names what is wrong
    // in that shape. Only text (a string, or an object of English and Welsh) is left to its type.
    let schema = schema();
    let text = schema.to_string();
    assert_eq!(
        text.matches("\"oneOf\"").count(),
        2,
        "oneOf only in $defs/words and $defs/name"
    );
    for def in ["words", "name"] {
        assert!(schema["$defs"][def]["oneOf"].is_array(), "{def}");
    }
    // A criterion is one written out, or one used by id: told apart by "use".
    for at in ["posting", "criteria_entry"] {
        let items = &schema["$defs"][at]["properties"]["criteria"]["items"];
        assert_eq!(items["if"]["required"][0], "use", "{at}");
        assert_eq!(items["then"]["$ref"], "#/$defs/criterion_use", "{at}");
        assert_eq!(items["else"]["$ref"], "#/$defs/criterion", "{at}");
    }
    // A rule and an answer by their "kind": the kinds the loader knows, each with its own fields.
    for (def, file, pointer) in [
        ("rule", POSTING, "/criteria/0/rule/kind"),
        ("answer", In::Questions, "/questions/0/answer/kind"),
    ] {
        let kinds: Vec<String> = schema["$defs"][def]["properties"]["kind"]["enum"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k.as_str().unwrap().to_owned())
            .collect();
        assert_eq!(kinds, loader_words(file, pointer), "{def}");
        for kind in &kinds {
            let branch = definition(&format!("/$defs/{def}"), Some(kind));
            assert_eq!(branch["properties"]["kind"]["const"], kind.as_str());
            assert_eq!(branch["additionalProperties"], false, "{def} {kind}");
        }
    }
    // The posting's nation, as the loader reads it.
    let nations: Vec<String> = schema["$defs"]["posting"]["properties"]["nation"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap().to_owned())
        .collect();
    let found = problems(POSTING, "", |v| {
        v.as_object_mut()
            .unwrap()
            .insert("nation".into(), "zzz".into());
    });
    let message = found.iter().find(|p| p.starts_with("nation:")).unwrap();
    let expected: Vec<String> = nations.iter().map(|n| format!("\"{n}\"")).collect();
    assert!(
        message.contains(&expected.join(", ")),
        "{message} names {nations:?}"
    );
}

#[test]
#[cfg(feature = "employer")]
fn the_schema_matches_the_loader_for_the_employer_s_examples() {
    // As Kent and Medway keeps them: the first example, and what it expects.
    agree(POSTING, "/examples/0", definition("/$defs/example", None));
    agree(
        POSTING,
        "/examples/0/expect",
        definition("/$defs/expect", None),
    );
    let schema = schema();
    let outcomes: Vec<String> = schema["$defs"]["outcome"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        outcomes,
        loader_words(POSTING, "/examples/0/expect/overall")
    );
    assert_eq!(
        outcomes,
        loader_words(POSTING, "/examples/0/expect/criteria/lived-experience")
    );
    // A posting and a criteria file's entry both keep them.
    for at in ["posting", "criteria_entry"] {
        let items = &schema["$defs"][at]["properties"]["examples"]["items"];
        assert_eq!(items["$ref"], "#/$defs/example", "{at}");
    }
}
