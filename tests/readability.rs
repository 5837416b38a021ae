//! Every screen an applicant can reach with the built-in postings, held to plain-language limits:
//! no sentence over 25 words, no screen's running prose over Flesch-Kincaid grade 7, and every
//! abbreviation spelled out where the screen first uses it. The postings' own words (summaries, reasons, hints) count;
//! the advert's quoted words ("The advert says: …") are the employer's, shown as written, and do
//! not.

mod util;

use eligibility_checker::app::state::{Action, Draft, State};
use eligibility_core::rules::{Date, PostingId};
use eligibility_core::text::readability::{
    long_sentences, unexplained_abbreviations, Measure, MAX_GRADE,
};
use std::rc::Rc;
use util::flow::*;
use util::*;

/// The text a screen shows, as blocks (paragraphs, headings, list items, labels, buttons), without
/// the advert's quoted words. Inline elements (`strong`, `a`, `span`) stay inside their block.
fn blocks(html: &str) -> Vec<String> {
    const INLINE: &[&str] = &["strong", "a", "span", "em", "abbr"];
    let mut blocks = vec![String::new()];
    let mut rest = html;
    // Depth inside a quote: its text is skipped.
    let mut quote_depth = 0usize;
    let mut depth = 0usize;
    while let Some(open) = rest.find('<') {
        if quote_depth == 0 {
            blocks.last_mut().unwrap().push_str(&rest[..open]);
        }
        let close = rest[open..].find('>').expect("a tag ends") + open;
        let tag = &rest[open + 1..close];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        let void = matches!(name.as_str(), "input" | "br" | "img" | "link" | "meta");
        if !closing && !void {
            depth += 1;
            if quote_depth == 0 && tag.contains("ec-quote") {
                quote_depth = depth;
            }
        } else if closing {
            if quote_depth == depth {
                quote_depth = 0;
            }
            depth -= 1;
        }
        if !INLINE.contains(&name.as_str()) {
            blocks.push(String::new());
        }
        rest = &rest[close + 1..];
    }
    blocks
        .into_iter()
        .map(|b| {
            b.replace("&#x27;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|b| !b.is_empty())
        .collect()
}

/// A screen's running prose: its blocks that end as sentences do. Headings, labels, buttons and
/// facts ("Part time") are left out of the grade, which they would lower without being prose.
fn prose(blocks: &[String]) -> Vec<&String> {
    blocks
        .iter()
        .filter(|b| b.ends_with(['.', '?', '!']))
        .collect()
}

/// Every screen, by name, with its HTML.
fn every_screen() -> Vec<(String, String)> {
    let mut screens = Vec::new();
    let mut add = |name: String, state: &Rc<State>| screens.push((name, render(state)));
    add("the list of jobs".into(), &start());
    // Before the advert with no closing date may have closed, and after.
    let early = Rc::new(State::new(
        Rc::new(catalogue()),
        Date::new(2025, 12, 1).unwrap(),
    ));
    add("the list of jobs, December 2025".into(), &early);
    for posting in [KMPT, SWLSTG] {
        let page = run(start(), [Action::SelectPosting(PostingId::new(posting))]);
        add(format!("{posting}: the job's page"), &page);
        let page = run(
            early.clone(),
            [Action::SelectPosting(PostingId::new(posting))],
        );
        add(format!("{posting}: the job's page, December 2025"), &page);
        // Each question, then the same with each error it can show.
        let mut state = run(start(), open(posting));
        // A month too recent, so that the GP question is read too.
        let answers: &[&str] = if posting == KMPT {
            &["own", "yes", "8/2026", "yes", "yes"]
        } else {
            &["own", "yes"]
        };
        for (i, answer) in answers.iter().enumerate() {
            add(format!("{posting}: question {}", i + 1), &state);
            let refused = run(state.clone(), [Action::Continue]);
            add(
                format!("{posting}: question {}, no answer", i + 1),
                &refused,
            );
            if answer.contains('/') {
                for (month, year) in [
                    ("", "2024"),
                    ("3", ""),
                    ("13", "2024"),
                    ("3", "24"),
                    ("12", "2026"),
                ] {
                    let typed = run(
                        state.clone(),
                        [
                            Action::Draft(Draft::Month {
                                month: month.into(),
                                year: year.into(),
                            }),
                            Action::Continue,
                        ],
                    );
                    add(
                        format!(
                            "{posting}: question {}, month {month:?} year {year:?}",
                            i + 1
                        ),
                        &typed,
                    );
                }
            }
            state = answer_each(state, &[answer]);
        }
        add(format!("{posting}: check your answers"), &state);
    }
    // Each kind of result, for both postings.
    #[rustfmt::skip]
    let results: &[(&str, &[&str])] = &[
        (KMPT, &["own", "yes", "3/2024", "yes"]),
        (KMPT, &["own", "yes", "3/2024", "no"]),
        (KMPT, &["own", "yes", "5/2026", "no", "yes"]),
        (KMPT, &["carer_only", "yes", "3/2024", "yes"]),
        (KMPT, &["work_only", "no", "never", "no"]),
        (KMPT, &["work_only", "yes", "8/2026", "no", "yes"]),
        (KMPT, &["own", "not sure", "3/2024", "yes"]),
        (KMPT, &["own", "yes", "11/2025", "no", "not sure"]),
        (KMPT, &["not sure", "not sure", "not sure", "not sure"]),
        (KMPT, &["none", "not sure", "11/2025", "no", "no"]),
        // Only a GP or prescribed medicine since, or not sure: ask the employer, with a message.
        (KMPT, &["own", "yes", "8/2026", "yes", "yes"]),
        (KMPT, &["own", "yes", "8/2026", "not sure", "yes"]),
        (SWLSTG, &["own", "yes"]),
        (SWLSTG, &["own", "no"]),
        (SWLSTG, &["carer_only", "not sure"]),
        (SWLSTG, &["own", "not sure"]),
    ];
    for (posting, given) in results {
        let state = result(posting, given);
        screens.push((format!("{posting}: result for {given:?}"), render(&state)));
        let list = run(state, [Action::OtherJobs]);
        screens.push((format!("the list after {posting} {given:?}"), render(&list)));
    }
    // Results on a day when Kent and Medway's advert may still be open.
    for given in [
        &["own", "yes", "3/2024", "yes"][..],
        &["own", "not sure", "3/2024", "yes"],
        &["own", "yes", "11/2025", "no", "yes"],
    ] {
        let state = answer_each(run(early.clone(), open(KMPT)), given);
        let state = run(state, [Action::SeeResult]);
        screens.push((
            format!("{KMPT}: result for {given:?}, December 2025"),
            render(&state),
        ));
    }
    // The notes on a careers page, which has no boxes for them.
    let state = result(KMPT, &["own", "yes", "3/2024", "yes"]);
    screens.push((
        format!("{KMPT}: result on a careers page"),
        render_on_careers_page(&state),
    ));
    screens
}

#[test]
fn every_screen_reads_plainly() {
    let mut problems = Vec::new();
    let mut grades = Vec::new();
    for (name, html) in every_screen() {
        let blocks = blocks(&html);
        for block in &blocks {
            for sentence in long_sentences(block) {
                problems.push(format!("{name}: a sentence of over 25 words: {sentence}"));
            }
        }
        let prose = prose(&blocks);
        let grade = Measure::of(&prose).grade();
        if !prose.is_empty() {
            grades.push(grade);
        }
        if grade > MAX_GRADE {
            problems.push(format!("{name}: grade {grade:.1}, over {MAX_GRADE}"));
        }
        for abbreviation in unexplained_abbreviations(&blocks.join("\n")) {
            problems.push(format!(
                "{name}: {abbreviation} is not spelled out where it is first used"
            ));
        }
    }
    grades.sort_by(f64::total_cmp);
    println!(
        "{} screens with prose, Flesch-Kincaid grade {:.1} to {:.1}",
        grades.len(),
        grades[0],
        grades[grades.len() - 1]
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_test_sees_what_it_should() {
    // The quote is left out, inline elements stay in their block, entities are read.
    assert_eq!(
        blocks(
            r#"<p>From: <strong>not yet</strong></p><p class="ec-quote">The advert says: “X”</p><li>It&#x27;s</li>"#
        ),
        ["From: not yet", "It's"]
    );
    // And it fails where it should: a long sentence, a hard screen, an unexplained abbreviation.
    assert_eq!(long_sentences(&"word ".repeat(26)).len(), 1);
    assert!(Measure::of(&["Notwithstanding institutional considerations, organisational responsibilities necessitate comprehensive documentation."]).grade() > MAX_GRADE);
    let blocks = [
        "Essential criteria".to_owned(),
        "Yes".to_owned(),
        "You answered: Yes.".to_owned(),
    ];
    assert_eq!(
        prose(&blocks),
        [&blocks[2]],
        "headings and labels are not prose"
    );
    assert_eq!(unexplained_abbreviations("A PICU ward."), ["PICU"]);
}
