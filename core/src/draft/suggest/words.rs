//! A line's words as the finders read them: folded as search folds letters, each with where it
//! is in the line, and found by phrase, with a few words allowed between.

use crate::rules::letters::fold;
use std::ops::Range;

/// A line's words, folded, with where each is in the line.
pub(super) struct Words {
    pub(super) list: Vec<Word>,
}

pub(super) struct Word {
    pub(super) folded: String,
    pub(super) bytes: Range<usize>,
}

impl Words {
    /// The words of `line`: runs of letters and digits, folded (lower case, no accents).
    pub(super) fn of(line: &str) -> Words {
        let mut list: Vec<Word> = Vec::new();
        let mut open = false;
        for (at, c) in line.char_indices() {
            let folded = fold(c);
            if !folded.is_ascii_alphanumeric() {
                open = false;
                continue;
            }
            match list.last_mut() {
                Some(word) if open => {
                    word.folded.push(folded);
                    word.bytes.end = at + c.len_utf8();
                }
                _ => list.push(Word {
                    folded: folded.to_string(),
                    bytes: at..at + c.len_utf8(),
                }),
            }
            open = true;
        }
        Words { list }
    }

    /// The bytes of the line that words `span` take.
    pub(super) fn bytes(&self, span: Range<usize>) -> Range<usize> {
        self.list[span.start].bytes.start..self.list[span.end - 1].bytes.end
    }

    /// Whether any word is one of `alternatives` (`"carer*"` for any word starting "carer").
    pub(super) fn any(&self, alternatives: &[&str]) -> bool {
        self.list.iter().any(|w| is_one_of(&w.folded, alternatives))
    }

    /// The first run of words matching `steps` in order, each step any one of its alternatives,
    /// with at most `gap` other words between two steps: the words from the first step's to the
    /// last's.
    pub(super) fn find(&self, steps: &[&[&str]], gap: usize) -> Option<Range<usize>> {
        let (first, rest) = steps.split_first()?;
        'start: for start in 0..self.list.len() {
            if !is_one_of(&self.list[start].folded, first) {
                continue;
            }
            let mut at = start;
            for step in rest {
                let window = at + 1..(at + 2 + gap).min(self.list.len());
                match window
                    .into_iter()
                    .find(|&i| is_one_of(&self.list[i].folded, step))
                {
                    Some(i) => at = i,
                    None => continue 'start,
                }
            }
            return Some(start..at + 1);
        }
        None
    }

    /// The first length of time the line gives ("twelve months", "5 years", "a year"), in
    /// months, with its words: from 1 to 1200 months.
    pub(super) fn duration(&self) -> Option<(Range<usize>, u32)> {
        for (i, word) in self.list.iter().enumerate().skip(1) {
            let per = match word.folded.as_str() {
                "month" | "months" => 1,
                "year" | "years" => 12,
                _ => continue,
            };
            let (n, from) = match (self.number(i - 1), i.checked_sub(2)) {
                // "twenty four": the tens before the units.
                (Some(units @ 1..=9), Some(tens)) => match self.number(tens) {
                    Some(t @ 20..=90) if t % 10 == 0 => (t + units, tens),
                    _ => (units, i - 1),
                },
                (Some(n), _) => (n, i - 1),
                (None, _) => continue,
            };
            let months = n.checked_mul(per).filter(|m| (1..=1200).contains(m))?;
            return Some((from..i + 1, months));
        }
        None
    }

    /// The number word `at` is: digits, or a number written in words ("twelve", "a").
    pub(super) fn number(&self, at: usize) -> Option<u32> {
        const WORDS: &[&str] = &[
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ];
        let word = self.list[at].folded.as_str();
        if let Ok(n) = word.parse::<u32>() {
            return Some(n);
        }
        match word {
            "a" | "an" => Some(1),
            "thirty" => Some(30),
            "forty" => Some(40),
            "fifty" => Some(50),
            "sixty" => Some(60),
            _ => WORDS.iter().position(|w| *w == word).map(|n| n as u32),
        }
    }
}

/// Whether `word` is one of `alternatives`, where `"carer*"` is any word starting "carer".
fn is_one_of(word: &str, alternatives: &[&str]) -> bool {
    alternatives.iter().any(|a| match a.strip_suffix('*') {
        Some(start) => word.starts_with(start),
        None => word == *a,
    })
}
