//! The JSON parser the checker reads every posting file with, in the browser and natively:
//! what it accepts, exactly what it says of what it does not, and agreement with serde_json.

mod util;

use eligibility_core::json::{self, Json};
use util::{from_serde, sorted};

/// What [`json::parse`] reads, or what its error says.
fn parse(text: &str) -> Result<Json, String> {
    json::parse(text).map_err(|error| error.to_string())
}

/// What [`json::parse_lenient`] reads, or what its error says.
fn parse_lenient(text: &str) -> Result<Json, String> {
    json::parse_lenient(text).map_err(|error| error.to_string())
}

fn text(s: &str) -> Json {
    Json::String(s.to_owned())
}

#[test]
fn valid_json_becomes_the_same_tree() {
    for (input, expected) in [
        ("null", Json::Null),
        (" true ", Json::Bool(true)),
        ("false", Json::Bool(false)),
        ("0", Json::Number(0.0)),
        ("-0.5", Json::Number(-0.5)),
        ("12", Json::Number(12.0)),
        ("1e3", Json::Number(1000.0)),
        ("2.5E-1", Json::Number(0.25)),
        ("\"\"", text("")),
        (r#""a \"quoted\" word""#, text("a \"quoted\" word")),
        (
            r#""\\ \/ \b \f \n \r \t""#,
            text("\\ / \u{8} \u{c} \n \r \t"),
        ),
        (r#""caf\u00e9 \u20AC""#, text("café €")),
        (r#""\ud83d\ude00""#, text("😀")),
        ("\"Ŵyr 😀 <script>\"", text("Ŵyr 😀 <script>")),
        ("[]", Json::Array(vec![])),
        ("{}", Json::Object(vec![])),
        (
            "\n{ \"b\": [1, {\"c\": null}],\r\n\t\"a\": \"x\" }\n",
            Json::Object(vec![
                (
                    "b".into(),
                    Json::Array(vec![
                        Json::Number(1.0),
                        Json::Object(vec![("c".into(), Json::Null)]),
                    ]),
                ),
                ("a".into(), text("x")),
            ]),
        ),
    ] {
        assert_eq!(parse(input), Ok(expected), "{input}");
    }
}

#[test]
fn what_is_not_json_is_named_with_its_line_and_column() {
    for (input, message) in [
        ("", "the text ends where a value was expected at line 1, column 1"),
        ("{ \"id\": \"x\", }", "found a comma , after the last field of an object: JSON has none before the }, so take the comma out at line 1, column 12"),
        ("[1, 2,]", "found a comma , after the last item of a list: JSON has none before the ], so take the comma out at line 1, column 6"),
        ("[1 2]", "expected a comma , or the end of the list ] at line 1, column 4"),
        ("{\"a\" 1}", "expected a colon : after the field name at line 1, column 6"),
        ("{\"a\": 1", "expected a comma , or the end of the object } at line 1, column 8"),
        ("{\n  \"a\": 1,\n  \"a\": 2\n}", "the field \"a\" is given twice in one object at line 3, column 3"),
        ("{'a': 1}", "found a single quote ' where JSON needs a straight double quote \": type \" in its place at line 1, column 2"),
        ("[01]", "expected a number written as JSON writes them, like 12 or -1.5 at line 1, column 2"),
        ("[1.]", "expected a number written as JSON writes them, like 12 or -1.5 at line 1, column 2"),
        ("[-]", "expected a number written as JSON writes them, like 12 or -1.5 at line 1, column 2"),
        ("[.5]", "expected a value (text in double quotes, a number, true, false, null, [ or {) at line 1, column 2"),
        ("[NaN]", "expected a value (text in double quotes, a number, true, false, null, [ or {) at line 1, column 2"),
        ("[tru]", "expected a value (text in double quotes, a number, true, false, null, [ or {) at line 1, column 2"),
        ("\"é\u{1}\"", "expected the text to go on, but found a line break or other control character (write \\n for a line break) at line 1, column 3"),
        ("\"two\nlines\"", "expected the text to go on, but found a line break or other control character (write \\n for a line break) at line 1, column 5"),
        ("\"unended", "the text ends inside text in double quotes at line 1, column 9"),
        (r#""\q""#, "expected an escape JSON knows after the backslash: \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and four hex digits at line 1, column 2"),
        (r#""\u12""#, "expected four hex digits after \\u at line 1, column 2"),
        (r#""\ud83d""#, "expected a \\u escape of a whole character, or both halves of a pair at line 1, column 2"),
        (r#""\ud83d\u0041""#, "expected a \\u escape of a whole character, or both halves of a pair at line 1, column 2"),
        (r#""\ude00""#, "expected a \\u escape of a whole character, or both halves of a pair at line 1, column 2"),
        ("{} {}", "expected the end of the text after the value at line 1, column 4"),
        ("😀 1", "expected a value (text in double quotes, a number, true, false, null, [ or {) at line 1, column 1"),
        ("[\"😀\", x]", "expected a value (text in double quotes, a number, true, false, null, [ or {) at line 1, column 7"),
    ] {
        assert_eq!(parse(input), Err(message.to_owned()), "{input:?}");
    }
}

#[test]
fn curly_quotes_and_a_comma_too_many_are_named_for_what_they_are() {
    // As pasted from a word processor, or left behind when the last field was deleted: one
    // message each, at the quote or comma to change, saying what to do.
    let curly = |quote: char, line: usize, column: usize| {
        format!(
            "found a curly quote {quote} where JSON needs a straight double quote \": type \" in its \
             place at line {line}, column {column}"
        )
    };
    for (input, message) in [
        ("{\n  \"contract\": “Permanent”\n}".to_owned(), curly('“', 2, 15)),
        ("{\n  “contract”: \"Permanent\"\n}".to_owned(), curly('“', 2, 3)),
        ("[‘yes’]".to_owned(), "found a curly quote ‘ where JSON needs a straight double quote \": type \" in its place at line 1, column 2".to_owned()),
        ("{\n  \"postings\": [\n    { \"id\": \"a\" },\n  ]\n}".to_owned(), "found a comma , after the last item of a list: JSON has none before the ], so take the comma out at line 3, column 18".to_owned()),
        ("{\n  \"id\": \"a\",\n}".to_owned(), "found a comma , after the last field of an object: JSON has none before the }, so take the comma out at line 2, column 12".to_owned()),
    ] {
        assert_eq!(parse(&input), Err(message), "{input:?}");
    }
    // Curly quotes inside text are text, as any other character is.
    assert!(parse("{ \"quote\": \"We say “lived experience”.\" }").is_ok());
}

#[test]
fn nesting_is_capped_before_the_stack_is() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert!(parse(&nested(64)).is_ok());
    let too_deep = "it is nested more than 64 levels deep, deeper than any posting file can be \
                    at line 1, column 65"
        .to_owned();
    assert_eq!(parse(&nested(65)), Err(too_deep.clone()));
    assert_eq!(parse(&nested(1_000_000)), Err(too_deep));
    let objects = format!("{}1{}", "{\"a\":".repeat(65), "}".repeat(65));
    assert!(parse(&objects).is_err());
}

#[test]
fn a_field_repeated_among_many_is_still_found() {
    // Past 32 fields the parser finds repeats with a set rather than a scan.
    let fields: Vec<String> = (0..100).map(|i| format!("\"f{i}\": {i}")).collect();
    let object = format!("{{ {} }}", fields.join(", "));
    assert!(parse(&object).is_ok());
    let repeated = format!("{{ {}, \"f7\": 0 }}", fields.join(", "));
    assert!(parse(&repeated)
        .unwrap_err()
        .starts_with("the field \"f7\" is given twice in one object at line 1, column "));
}

#[test]
fn the_built_in_files_parse_as_serde_json_reads_them() {
    let files = std::fs::read_dir("../postings").unwrap();
    for file in files {
        let path = file.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let ours = parse(&text).unwrap();
        let theirs: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(sorted(ours), from_serde(theirs), "{}", path.display());
    }
}

#[test]
fn a_number_too_large_for_a_float_and_nesting_past_the_cap_are_refused() {
    assert_eq!(
        parse("[1, 1e400]"),
        Err(
            "expected a number no larger than a posting file needs, like 12 or -1.5 \
             at line 1, column 5"
                .to_owned()
        )
    );
    // Nesting between our cap and serde_json's own (128) is refused by us.
    let nested = format!("{}{}", "[".repeat(100), "]".repeat(100));
    assert!(parse(&nested).is_err());
    assert!(serde_json::from_str::<serde_json::Value>(&nested).is_ok());
}

#[test]
fn a_page_s_json_ld_is_read_as_search_engines_read_it() {
    // The employer's content system writes it, not the employer: a repeated field keeps its last
    // value in the place of its first, in any number of fields.
    assert_eq!(
        parse_lenient(r#"{ "name": "a", "url": "u", "name": "b" }"#),
        Ok(Json::Object(vec![
            ("name".into(), text("b")),
            ("url".into(), text("u")),
        ]))
    );
    let fields: Vec<String> = (0..40).map(|i| format!("\"f{i}\": {i}")).collect();
    let repeated = format!("{{ {}, \"f7\": 0 }}", fields.join(", "));
    let Ok(Json::Object(pairs)) = parse_lenient(&repeated) else {
        panic!("a repeated field is kept, not refused");
    };
    assert_eq!(pairs.len(), 40);
    assert_eq!(pairs[7], ("f7".to_owned(), Json::Number(0.0)));
    // What is not JSON at all is still named, as for a posting file.
    assert_eq!(
        parse_lenient("{ \"a\": }"),
        Err(
            "expected a value (text in double quotes, a number, true, false, null, [ or {) \
             at line 1, column 8"
                .to_owned()
        )
    );
    assert_eq!(
        parse_lenient(r#"["cut \ud83d"]"#),
        Err(
            "expected a \\u escape of a whole character, or both halves of a pair \
             at line 1, column 7"
                .to_owned()
        )
    );
}
