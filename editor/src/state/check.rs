//! The draft checked as the validator checks a file: written with the core's writer, read back
//! with the core's loader (one set of checks), each problem placed on the form's field it belongs
//! to; the readability warnings likewise; and the employer's test cases run. Where a problem
//! belongs is read in `place`, its plain words in `plain`, and the runs made in `runs`.

use super::place::{order, place, Place};
use super::plain::{plain, Plain};
use super::runs::{runs, Ran};
use eligibility_core::draft::file::{bundle_file, criteria_file, posting_file, Languages, Options};
use eligibility_core::rules::{load, Bank, Posting, ProblemKind, Words};
use eligibility_core::text::readability;

/// A problem or warning, where it is and in words (the loader's).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// Where on the form.
    pub place: Place,
    /// The problem in the form's own words, where it has them.
    pub plain: Option<Plain>,
    /// The loader's path, for a field the form does not show.
    pub path: String,
    /// What is wrong, in the loader's words.
    pub message: String,
}

/// A readability warning, where it is, and the sentence it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HardToRead {
    /// Where on the form.
    pub place: Place,
    /// The loader's path of the field.
    pub path: String,
    /// What reads hard, in the validator's words.
    pub message: String,
    /// The field's text, as measured.
    pub text: String,
    /// Where in `text` the sentence it is about is, in bytes.
    pub sentence: std::ops::Range<usize>,
}

impl HardToRead {
    /// The field's text before the sentence, the sentence, and the text after it.
    pub fn parts(&self) -> (&str, &str, &str) {
        let (start, end) = (self.sentence.start, self.sentence.end);
        match (
            self.text.get(..start),
            self.text.get(start..end),
            self.text.get(end..),
        ) {
            (Some(before), Some(sentence), Some(after)) => (before, sentence, after),
            _ => ("", &self.text, ""),
        }
    }

    /// The sentence it is about.
    pub fn marked(&self) -> &str {
        self.parts().1
    }
}

/// The draft, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    /// The name to download it as.
    pub file_name: String,
    /// The file: a bundle of the one posting, as the checker's `data-postings` reads it.
    pub text: String,
    /// The loader's problems: while there are any, there is no download.
    pub problems: Vec<Found>,
    /// Words that may be hard to read: they do not stop the download.
    pub warnings: Vec<HardToRead>,
    /// The test cases, run.
    pub runs: Vec<Ran>,
    /// The criteria file, for a careers page whose JobPosting markup gives the facts: its name
    /// and text; none without a reference to name the JobPosting by.
    pub criteria: Option<(String, String)>,
    /// Every text applicants read, each English once, with its Welsh where given: the rows of
    /// the Welsh table.
    pub texts: Vec<Words>,
}

impl Check {
    /// Checks `posting`, whose criteria are the lines at `lines` (the line of each criterion),
    /// against `bank`; the file is written in `languages` for a checker whose own bank is `base`.
    pub fn of(
        posting: &Posting,
        lines: &[usize],
        bank: &Bank,
        base: &Bank,
        languages: Languages,
    ) -> Check {
        let options = Options {
            schema: None,
            languages,
        };
        let own = posting_file(posting, bank, &options);
        let json = eligibility_core::json::parse(&own);
        let loaded = json
            .map_err(|e| {
                let cause = e.to_string();
                vec![(String::new(), ProblemKind::NotJson { cause })]
            })
            .and_then(|json| {
                load::posting("posting.json", &json, bank).map_err(|e| {
                    let problems = e.problems().iter();
                    problems.map(|p| (p.path.clone(), p.kind.clone())).collect()
                })
            });
        let place = |path: &str| place(path, posting, lines);
        let found = |(path, kind): (String, ProblemKind)| {
            let place = place(&path);
            Found {
                plain: plain(&place, &kind),
                message: kind.to_string(),
                place,
                path,
            }
        };
        // In English and Welsh, each text without Welsh is named on its row of the table, in
        // plain words: the loader's own "no Welsh" (which names them only where the posting gives
        // some Welsh) would say it again, on the field.
        let welsh = languages == Languages::EnglishAndWelsh;
        let own = |(_, kind): &&(String, ProblemKind)| !(welsh && *kind == ProblemKind::NoWelsh);
        let (mut problems, runs): (Vec<Found>, _) = match &loaded {
            Ok(loaded) => (Vec::new(), runs(loaded)),
            // The draft as it stands, problems and all: a test case a change flips is seen at once.
            Err(problems) => (
                problems.iter().filter(own).cloned().map(found).collect(),
                runs(posting),
            ),
        };
        let texts = super::welsh::texts(posting, bank, base);
        if welsh {
            let no_welsh = ProblemKind::NoWelsh.to_string();
            problems.extend(
                texts
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| t.welsh().is_none())
                    .map(|(i, text)| Found {
                        place: Place::Welsh(i),
                        plain: Some(Plain::NoWelsh(text.as_english().to_owned())),
                        path: String::new(),
                        message: no_welsh.clone(),
                    }),
            );
        }
        let warnings = readability::posting_warnings(posting)
            .into_iter()
            .map(|w| HardToRead {
                place: place(&w.field),
                path: w.field,
                message: w.message,
                text: w.text,
                sentence: w.sentence,
            })
            .collect();
        let id = if posting.id.as_str().is_empty() {
            "posting"
        } else {
            posting.id.as_str()
        };
        let criteria = criteria_file(posting, bank, base, &options)
            .map(|text| (format!("{id}-criteria.json"), text));
        Check {
            file_name: format!("{id}.json"),
            text: bundle_file(&[posting], bank, base, &options),
            problems,
            warnings,
            runs,
            criteria,
            texts,
        }
    }

    /// Adds `found` (the written questions' problems), each where its field is on the form, so
    /// that the summary lists problems in the form's order.
    pub fn add(&mut self, found: Vec<Found>) {
        for found in found {
            let key = order(&found.place);
            let at = self.problems.iter().position(|p| order(&p.place) > key);
            self.problems
                .insert(at.unwrap_or(self.problems.len()), found);
        }
    }

    /// The problems at `place`.
    pub fn at<'c>(&'c self, place: &'c Place) -> impl Iterator<Item = &'c Found> + 'c {
        self.problems.iter().filter(move |p| p.place == *place)
    }

    /// The readability warnings at `place`.
    pub fn warnings_at<'c>(
        &'c self,
        place: &'c Place,
    ) -> impl Iterator<Item = &'c HardToRead> + 'c {
        self.warnings.iter().filter(move |w| w.place == *place)
    }
}
