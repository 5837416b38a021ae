//! Rules suggested for the lines of a pasted person specification (`draft::suggest`), from the
//! employer's side: each line of the real adverts gets the rule the built-in posting gives it, a
//! line that names nothing a question asks gets none, and the words that led to each are shown.

#![cfg(feature = "employer")]

mod util;

use eligibility_core::builtin::{self, standard_bank};
use eligibility_core::draft::spec::{split, Kind};
use eligibility_core::draft::suggest::{suggest, Proposal};
use eligibility_core::rules::{Bank, Class, OptionId, OptionSet, QuestionId, Rule};
use util::{catalogue, criterion, posting, KMPT, SWLSTG};

const KMPT_SPEC: &str = include_str!("specs/kmpt-person-specification.txt");
const KMPT_ADVERT: &str = include_str!("specs/kmpt-advert.txt");
const SWLSTG_QUALIFICATIONS: &str = include_str!("specs/swlstg-qualifications.txt");

/// `rule` as a suggestion gives it: the employer's reasons are the employer's to write.
fn without_reasons(rule: &Rule) -> Rule {
    match rule {
        Rule::AnswerIn {
            question, meets, ..
        } => Rule::AnswerIn {
            question: question.clone(),
            meets: meets.clone(),
            reasons: Vec::new(),
        },
        Rule::HasHappened { question, .. } => Rule::HasHappened {
            question: question.clone(),
            never_reason: None,
        },
        Rule::WithinMonths {
            question, months, ..
        } => Rule::WithinMonths {
            question: question.clone(),
            months: *months,
            never_reason: None,
        },
        Rule::MonthsSince { .. } => rule.clone(),
        Rule::AnyOf(parts) => Rule::AnyOf(parts.iter().map(without_reasons).collect()),
        Rule::AllOf(parts) => Rule::AllOf(parts.iter().map(without_reasons).collect()),
    }
}

fn answer_in(question: &str, meets: &[&str]) -> Rule {
    Rule::AnswerIn {
        question: QuestionId::new(question),
        meets: OptionSet::new(meets.iter().map(OptionId::new).collect()),
        reasons: Vec::new(),
    }
}

/// A time without services; for twelve months, asking (as the built-in bank can, in words that
/// name 12 months) whether a GP or prescribed medicine was the only care where the month would
/// not meet.
fn months_since(months: u32) -> Rule {
    Rule::MonthsSince {
        question: QuestionId::new("last_used_services"),
        months,
        unless_only: (months == 12).then(|| QuestionId::new("gp_or_medicine_only")),
    }
}

fn within(months: u32) -> Rule {
    Rule::WithinMonths {
        question: QuestionId::new("last_used_services"),
        months,
        never_reason: None,
    }
}

/// The rule suggested for `line`, where one is.
#[track_caller]
fn rule(line: &str, bank: &Bank) -> Option<Rule> {
    match suggest(line, bank)?.proposal {
        Proposal::Rule(rule) => Some(rule),
        other => panic!("{line:?}: {other:?}, not a rule"),
    }
}

#[test]
fn each_kent_and_medway_essential_line_gets_the_rule_the_built_in_posting_has() {
    let catalogue = catalogue();
    let bank = standard_bank();
    let spec = split(KMPT_SPEC);
    let twelve_months = split(KMPT_ADVERT)
        .into_iter()
        .find(|l| l.text.starts_with("We require a period of twelve months"))
        .unwrap();
    let essential: Vec<&str> = spec
        .iter()
        .filter(|l| l.kind == Kind::Essential)
        .map(|l| l.text.as_str())
        .chain([twelve_months.text.as_str()])
        .collect();
    for (line, id) in [
        ("Lived Experience of mental health problems", "lived-experience"),
        ("Willing to share own life Experiences", "willing-to-share"),
        ("Experience of using mental health services", "used-services"),
        (
            "We require a period of twelve months without using mental health services prior to applying.",
            "kmpt-twelve-months-without-services",
        ),
    ] {
        assert!(essential.contains(&line), "{line:?} is an essential line");
        let built_in = criterion(posting(&catalogue, KMPT), id).rule.as_ref().unwrap();
        assert_eq!(rule(line, &bank), Some(without_reasons(built_in)), "{line}");
    }
    // The desirable NVQ, and the check after an offer.
    let nvq = &spec[0];
    assert_eq!(nvq.kind, Kind::Desirable);
    let built_in = criterion(posting(&catalogue, KMPT), "nvq-level-2")
        .rule
        .as_ref()
        .unwrap();
    assert_eq!(rule(&nvq.text, &bank), Some(without_reasons(built_in)));
    let dbs = spec.last().unwrap();
    assert_eq!(
        criterion(posting(&catalogue, KMPT), "dbs-check").class,
        Class::AfterOffer
    );
    assert_eq!(
        suggest(&dbs.text, &bank).unwrap().proposal,
        Proposal::AfterOffer
    );
}

#[test]
fn each_south_west_london_line_gets_the_rule_the_built_in_posting_has_and_the_one_it_cannot_ask_none(
) {
    let catalogue = catalogue();
    let bank = standard_bank();
    let lines = split(SWLSTG_QUALIFICATIONS);
    for (line, id) in lines.iter().zip([
        "own-lived-experience",
        "inpatient-services",
        "support-recovery",
    ]) {
        let built_in = criterion(posting(&catalogue, SWLSTG), id).rule.as_ref();
        assert_eq!(
            rule(&line.text, &bank),
            built_in.map(without_reasons),
            "{}",
            line.text
        );
    }
}

#[test]
fn the_made_up_adverts_lines_get_their_rules() {
    let bank = standard_bank();
    let cardiff = builtin::load_bundle(
        "cardiff.json",
        &format!(
            r#"{{ "postings": [{}] }}"#,
            include_str!("adverts/cardiff-lived-experience-practitioner.json")
        ),
    )
    .0;
    let panel = builtin::load_bundle(
        "panel.json",
        &format!(
            r#"{{ "postings": [{}] }}"#,
            include_str!("adverts/expert-by-experience-panel-member.json")
        ),
    )
    .0;
    for posting in [&cardiff.postings()[0], &panel.postings()[0]] {
        for criterion in &posting.criteria {
            let (Some(quote), Some(built_in)) = (&criterion.quote, &criterion.rule) else {
                continue;
            };
            assert_eq!(
                rule(quote.as_english(), &bank),
                Some(without_reasons(built_in)),
                "{}",
                quote.as_english()
            );
        }
    }
}

#[test]
fn lines_that_name_nothing_a_question_asks_get_none() {
    let bank = standard_bank();
    for line in [
        "Ability to support others on their recovery journey.",
        "Good communication skills",
        "Empathy",
        "Able to work as part of a team",
        "Experience of working in mental health services",
        "you will need to be at a stage in your own personal recovery where you feel secure",
        "We welcome applicants who may also have experience of caring for someone",
        "Computer literate, including Word and PowerPoint",
        "A commitment to equality and diversity",
        "",
    ] {
        assert_eq!(suggest(line, &bank), None, "{line:?}");
    }
}

#[test]
fn time_without_services_and_services_used_recently_are_counted_in_months() {
    let bank = standard_bank();
    for (line, expected) in [
        (
            "Twelve months without using mental health services",
            months_since(12),
        ),
        (
            "At least 2 years since you last used mental health services",
            months_since(24),
        ),
        (
            "Not used mental health services in the past six months",
            months_since(6),
        ),
        (
            "No use of secondary mental health services for a year",
            months_since(12),
        ),
        (
            "Twenty four months free of mental health services",
            months_since(24),
        ),
        (
            "Used adult mental health services in the last 5 years",
            within(60),
        ),
        (
            "Has accessed services within the past 18 months",
            within(18),
        ),
    ] {
        assert_eq!(rule(line, &bank), Some(expected), "{line}");
    }
}

#[test]
fn lived_experience_takes_a_carer_or_a_professional_only_where_the_line_says_so() {
    let bank = standard_bank();
    for (line, meets) in [
        ("Lived experience of mental health problems", &["own"][..]),
        ("Personal experience of mental distress", &["own"]),
        ("LIVED EXPERIENCE OF MENTAL ILL HEALTH", &["own"]),
        (
            "Lived experience of an eating disorder, either personally or as a carer",
            &["own", "carer_only"],
        ),
        ("Lived or professional experience of psychosis", &["own", "work_only"]),
        (
            "Please note that professional experience alone will not meet the essential lived experience criteria.",
            &["own"],
        ),
        ("Lived experience, not as a carer", &["own"]),
    ] {
        assert_eq!(rule(line, &bank), Some(answer_in("lived_experience", meets)), "{line}");
    }
}

#[test]
fn a_line_naming_two_things_is_a_rule_of_both_or_of_either_where_it_says_or() {
    let bank = standard_bank();
    assert_eq!(
        rule(
            "A full UK driving licence, or the ability to travel across the region",
            &bank
        ),
        Some(Rule::AnyOf(vec![
            answer_in("driving_licence", &["yes"]),
            answer_in("able_to_travel", &["yes"]),
        ]))
    );
    // South West London's advert says both in one sentence.
    assert_eq!(
        rule(
            "This role is for someone with their own personal lived experience of mental or emotional distress and of accessing inpatient mental health services",
            &bank
        ),
        Some(Rule::AllOf(vec![
            answer_in("lived_experience", &["own"]),
            answer_in("used_inpatient_services", &["yes"]),
        ]))
    );
    // Leeds's advert too: its built-in posting asks only the first, which the employer chose.
    assert_eq!(
        rule(
            "Lived experience of mental health difficulties and of using services",
            &bank
        ),
        Some(Rule::AllOf(vec![
            answer_in("lived_experience", &["own"]),
            Rule::HasHappened {
                question: QuestionId::new("last_used_services"),
                never_reason: None,
            },
        ]))
    );
}

#[test]
fn the_other_built_in_questions_are_named_in_the_words_adverts_use() {
    let bank = standard_bank();
    for (line, question) in [
        ("Applicants must be aged 18 or over", "aged_18_or_over"),
        ("You must be over the age of 18", "aged_18_or_over"),
        ("A full, clean driving licence", "driving_licence"),
        ("Willing to travel between sites", "able_to_travel"),
        ("Able to speak Welsh", "welsh_language"),
        ("Welsh language skills are essential", "welsh_language"),
        ("Experience of an inpatient stay", "used_inpatient_services"),
        ("Prepared to share your own story", "willing_to_share"),
        ("NVQ Level 2 in Health and Social Care", "nvq_level_2"),
        ("Level 2 NVQ or equivalent", "nvq_level_2"),
        (
            "A National Vocational Qualification at level 2",
            "nvq_level_2",
        ),
    ] {
        assert_eq!(
            rule(line, &bank),
            Some(answer_in(question, &["yes"])),
            "{line}"
        );
    }
}

#[test]
fn an_nvq_at_a_level_the_bank_has_no_question_for_names_the_question_to_write() {
    let bank = standard_bank();
    let line = "NVQ level 3 in health and social care, or equivalent";
    let suggestion = suggest(line, &bank).unwrap();
    assert_eq!(
        suggestion.proposal,
        Proposal::NoQuestion(QuestionId::new("nvq_level_3"))
    );
    assert_eq!(suggestion.words(line), ["NVQ level 3"]);
}

#[test]
fn a_suggestion_shows_the_words_of_the_line_that_led_to_it() {
    let bank = standard_bank();
    for (line, words) in [
        ("Lived Experience of mental health problems", &["Lived Experience"][..]),
        ("Willing to share own life Experiences", &["Willing to share own life Experiences"]),
        ("Experience of using mental health services", &["using mental health services"]),
        (
            "We require a period of twelve months without using mental health services prior to applying.",
            &["twelve months without using mental health services"],
        ),
        (
            "A full UK driving licence, or the ability to travel across the region",
            &["driving licence", "ability to travel"],
        ),
        ("Subject to an enhanced DBS check", &["DBS"]),
        ("A Disclosure and Barring Service check", &["Disclosure and Barring"]),
        ("Tŷ Lived experience", &["Lived experience"]),
    ] {
        let suggestion = suggest(line, &bank).unwrap();
        assert_eq!(suggestion.words(line), words, "{line}");
    }
}

#[test]
fn a_bank_without_the_question_gets_no_rule_on_it() {
    let bank = Bank::default();
    assert_eq!(
        suggest("Lived experience of mental health problems", &bank),
        None
    );
    // A DBS check needs no question.
    assert_eq!(
        suggest("An enhanced DBS check", &bank).map(|s| s.proposal),
        Some(Proposal::AfterOffer)
    );
}
