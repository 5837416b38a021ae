//! The CSV a translator fills in: a header `English,Welsh`, then one row a text, as RFC 4180
//! writes it (a field with a comma, a quote or a line break in quotes, a quote in it doubled),
//! in UTF-8 with a byte order mark, so that Excel opens Welsh accents as they are.
//!
//! Written here rather than with the `csv` crate: two columns of text are the whole format, and a
//! problem must be named in the editor's words (in English and Welsh) with its line; the crate's
//! reader would be wrapped to say as much, for more code in the editor's download.

/// The first line.
pub const HEADER: &str = "English,Welsh";

/// The file: the header, then each `(English, Welsh)`, lines ended `\r\n` as RFC 4180 and Excel
/// end them.
pub fn write<'a>(rows: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(HEADER);
    out.push_str("\r\n");
    for (english, welsh) in rows {
        field(&mut out, english);
        out.push(',');
        field(&mut out, welsh);
        out.push_str("\r\n");
    }
    out
}

fn field(out: &mut String, text: &str) {
    if text.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(text);
    }
}

/// Why a CSV could not be read, and on which line (counted from 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvError {
    /// The line the problem is on.
    pub line: usize,
    /// What was expected there.
    pub kind: CsvProblem,
}

/// What a CSV's line should have been.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsvProblem {
    /// The file is empty: expected the header.
    Empty,
    /// The first line is not `English,Welsh`.
    Header,
    /// A row has this many fields, not two.
    Fields(usize),
    /// A quoted field is not closed by the end of the file.
    Unclosed,
    /// Something other than a comma or the line's end follows a closing quote.
    AfterQuote,
}

/// The rows of `text` after its header, each `(English, Welsh)`; a row with nothing in it (a
/// blank line, as spreadsheets leave at the end) is passed over.
pub fn read(text: &str) -> Result<Vec<(String, String)>, CsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let records = records(text)?;
    let mut records = records.into_iter().filter(|(_, r)| !is_blank(r));
    let Some((line, header)) = records.next() else {
        return Err(CsvError {
            line: 1,
            kind: CsvProblem::Empty,
        });
    };
    let names: Vec<&str> = header.iter().map(|f| f.trim()).collect();
    if !matches!(names.as_slice(), [english, welsh]
        if english.eq_ignore_ascii_case("english") && welsh.eq_ignore_ascii_case("welsh"))
    {
        return Err(CsvError {
            line,
            kind: CsvProblem::Header,
        });
    }
    records
        .map(|(line, fields)| match <[String; 2]>::try_from(fields) {
            Ok([english, welsh]) => Ok((english, welsh)),
            Err(fields) => Err(CsvError {
                line,
                kind: CsvProblem::Fields(fields.len()),
            }),
        })
        .collect()
}

fn is_blank(record: &[String]) -> bool {
    record.iter().all(|f| f.trim().is_empty())
}

/// Each record and the line it starts on.
fn records(text: &str) -> Result<Vec<(usize, Vec<String>)>, CsvError> {
    let mut records = Vec::new();
    let mut chars = text.chars().peekable();
    let mut line = 1;
    while chars.peek().is_some() {
        let start = line;
        let mut fields = Vec::new();
        loop {
            let mut value = String::new();
            if chars.peek() == Some(&'"') {
                chars.next();
                let opened = line;
                loop {
                    match chars.next() {
                        None => {
                            return Err(CsvError {
                                line: opened,
                                kind: CsvProblem::Unclosed,
                            })
                        }
                        Some('"') if chars.peek() == Some(&'"') => {
                            chars.next();
                            value.push('"');
                        }
                        Some('"') => break,
                        Some(c) => {
                            if c == '\n' {
                                line += 1;
                            }
                            value.push(c);
                        }
                    }
                }
                if !matches!(chars.peek(), None | Some(',' | '\r' | '\n')) {
                    return Err(CsvError {
                        line,
                        kind: CsvProblem::AfterQuote,
                    });
                }
            } else {
                while let Some(&c) = chars.peek() {
                    if matches!(c, ',' | '\r' | '\n') {
                        break;
                    }
                    value.push(c);
                    chars.next();
                }
            }
            fields.push(value);
            match chars.next() {
                Some(',') => continue,
                Some('\r') => {
                    if chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                }
                Some(_) | None => {}
            }
            line += 1;
            break;
        }
        records.push((start, fields));
    }
    Ok(records)
}
