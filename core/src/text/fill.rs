//! Values put into a sentence's `{name}` placeholders.

/// `template` with each `{name}` replaced by its value, in one pass: a value is never filled
/// again, and a `{` with no name after it, or a name not in `values`, is kept as written.
///
/// ```
/// use eligibility_core::text::fill;
/// assert_eq!(fill("Question {number} of {total}", &[("number", "2"), ("total", "3")]), "Question 2 of 3");
/// assert_eq!(fill("{a} {b", &[("a", "{b}")]), "{b} {b");
/// ```
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let named = after.split_once('}').and_then(|(name, tail)| {
            let (_, value) = values.iter().find(|(n, _)| *n == name)?;
            Some((value, tail))
        });
        match named {
            Some((value, tail)) => {
                out.push_str(value);
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}
