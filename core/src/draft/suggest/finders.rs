//! The finders: each looks in a line's words for what one built-in question asks, and gives the
//! rule on it with the words that led to it.

use super::words::Words;
use super::Found;
use crate::rules::{OptionId, OptionSet, QuestionId, Rule};
use std::ops::Range;

/// The finders, most telling first: of two on one question, the first found is kept (time
/// without services, not merely services used).
pub(super) const FINDERS: &[fn(&Words) -> Option<Found>] = &[
    time_since_services,
    inpatient,
    used_services,
    lived_experience,
    willing_to_share,
    nvq,
    driving_licence,
    able_to_travel,
    aged_18,
    welsh,
];

fn answer_in(question: &'static str, meets: &[&str], span: Range<usize>) -> Found {
    Found {
        question,
        rule: Rule::AnswerIn {
            question: QuestionId::new(question),
            meets: OptionSet::new(meets.iter().map(OptionId::new).collect()),
            reasons: Vec::new(),
        },
        span,
        missing_is_news: false,
    }
}

const SERVICES: &[&str] = &["service*"];

/// "twelve months without using mental health services", "used services in the last 5 years".
fn time_since_services(words: &Words) -> Option<Found> {
    let (at, months) = words.duration()?;
    let services = words.find(&[SERVICES], 0)?;
    let without = [
        "without", "not", "no", "free", "since", "haven", "hasn", "havent",
    ];
    let recent = ["within", "last", "past", "recent", "recently"];
    let near = |list: &[&str]| {
        words
            .list
            .iter()
            .position(|w| list.contains(&w.folded.as_str()))
    };
    let question = QuestionId::new("last_used_services");
    let (rule, other) = match (near(&without), near(&recent)) {
        (Some(other), _) => (
            Rule::MonthsSince {
                question,
                months,
                unless_only: None,
            },
            other,
        ),
        (None, Some(other)) => (
            Rule::WithinMonths {
                question,
                months,
                never_reason: None,
            },
            other,
        ),
        (None, None) => return None,
    };
    let start = at.start.min(services.start).min(other);
    let end = at.end.max(services.end).max(other + 1);
    Some(Found {
        question: "last_used_services",
        rule,
        span: start..end,
        missing_is_news: false,
    })
}

/// "experience of accessing inpatient mental health services", "admitted to hospital".
fn inpatient(words: &Words) -> Option<Found> {
    let span = words
        .find(&[&["inpatient*"]], 0)
        .or_else(|| words.find(&[&["in"], &["patient*"]], 0))
        .or_else(|| words.find(&[&["admitted", "admission*"], &["hospital", "ward*"]], 2))?;
    Some(answer_in("used_inpatient_services", &["yes"], span))
}

/// "experience of using mental health services".
fn used_services(words: &Words) -> Option<Found> {
    let using = &[
        "use",
        "used",
        "using",
        "access",
        "accessed",
        "accessing",
        "received",
        "receiving",
    ];
    let span = words.find(&[using, SERVICES], 4)?;
    Some(Found {
        question: "last_used_services",
        rule: Rule::HasHappened {
            question: QuestionId::new("last_used_services"),
            never_reason: None,
        },
        span,
        missing_is_news: false,
    })
}

/// "lived experience", "lived or professional experience", "personal experience of mental
/// distress"; as a carer, or through work,
/// where the line says so without "not" or "alone".
fn lived_experience(words: &Words) -> Option<Found> {
    let span = words.find(&[&["lived"], &["experience*"]], 2).or_else(|| {
        let mind = &[
            "mental",
            "emotional",
            "distress*",
            "psychological",
            "psychiatric",
            "ill*",
        ];
        words.find(&[&["personal", "own"], &["experience*"], mind], 3)
    })?;
    let refused = words.any(&["not", "alone", "cannot", "without", "instead"]);
    let mut meets = vec!["own"];
    if !refused && words.any(&["carer*", "caring", "cared", "family"]) {
        meets.push("carer_only");
    }
    if !refused && words.any(&["professional*"]) {
        meets.push("work_only");
    }
    Some(answer_in("lived_experience", &meets, span))
}

/// "willing to share own life experiences".
fn willing_to_share(words: &Words) -> Option<Found> {
    let willing = &[
        "willing*",
        "prepared",
        "happy",
        "comfortable",
        "able",
        "ability",
    ];
    let share = &["share", "sharing", "disclose", "use"];
    let what = &["experience*", "story", "stories", "journey"];
    let span = words.find(&[willing, share, what], 3)?;
    Some(answer_in("willing_to_share", &["yes"], span))
}

/// "NVQ level 2", "NVQ 3", "level 3 NVQ", "National Vocational Qualification at level 3".
fn nvq(words: &Words) -> Option<Found> {
    let nvq: &[&str] = &["nvq*"];
    let national: &[&[&str]] = &[&["national"], &["vocational"], &["qualification*"]];
    let named = words.find(&[nvq], 0).or_else(|| words.find(national, 0))?;
    let level = |at: usize| {
        let word = words.list.get(at)?;
        word.folded
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=8).contains(n))
    };
    let (n, span) = (named.end..named.end + 4)
        .find_map(|at| level(at).map(|n| (n, named.start..at + 1)))
        .or_else(|| {
            let before = named.start.saturating_sub(2)..named.start;
            before
                .rev()
                .find_map(|at| level(at).map(|n| (n, at..named.end)))
        })?;
    let question: &'static str = match n {
        1 => "nvq_level_1",
        2 => "nvq_level_2",
        3 => "nvq_level_3",
        4 => "nvq_level_4",
        5 => "nvq_level_5",
        6 => "nvq_level_6",
        7 => "nvq_level_7",
        _ => "nvq_level_8",
    };
    Some(Found {
        missing_is_news: true,
        ..answer_in(question, &["yes"], span)
    })
}

/// "a full UK driving licence".
fn driving_licence(words: &Words) -> Option<Found> {
    let span = words
        .find(&[&["driving", "driver*"], &["licen*"]], 1)
        .or_else(|| words.find(&[&["licen*"], &["drive"]], 2))?;
    Some(answer_in("driving_licence", &["yes"], span))
}

/// "the ability to travel across the region".
fn able_to_travel(words: &Words) -> Option<Found> {
    let able = &["able", "ability", "willing*", "prepared"];
    let span = words.find(&[able, &["travel*"]], 3)?;
    Some(answer_in("able_to_travel", &["yes"], span))
}

/// "aged 18 or over", "over the age of 18", "18 years or older".
fn aged_18(words: &Words) -> Option<Found> {
    let at = words.list.iter().position(|w| w.folded == "18")?;
    let around = at.saturating_sub(3)..(at + 4).min(words.list.len());
    let age = ["aged", "age", "over", "older", "above", "least", "plus"];
    let near = around.filter(|&i| age.contains(&words.list[i].folded.as_str()));
    let (first, last) = near.fold((at, at), |(first, last), i| (first.min(i), last.max(i)));
    if (first, last) == (at, at) {
        return None;
    }
    Some(answer_in("aged_18_or_over", &["yes"], first..last + 1))
}

/// "able to speak Welsh", "Welsh language skills", "Cymraeg".
fn welsh(words: &Words) -> Option<Found> {
    let skill = &[
        "speak*", "spoken", "fluen*", "language", "write", "written", "writing", "skill*",
    ];
    let span = words
        .find(&[&["welsh", "cymraeg"], skill], 2)
        .or_else(|| words.find(&[skill, &["welsh", "cymraeg"]], 2))?;
    Some(answer_in("welsh_language", &["yes"], span))
}
