//! The rules core against both seed postings: every criterion, every answer, the date boundaries.
//!
//! The adverts' words are pinned in one test, `the_built_in_postings_say_what_the_adverts_say`;
//! the others name criteria by id, and expect the reasons the posting itself gives.

mod util;

use eligibility_core::rules::{
    evaluate, Answer, AnswerError, AnswerKind, Answers, Catalogue, Class, CriterionId, Date,
    Evaluation, Met, NotMet, NotSure, OptionId, Overall, Posting, QuestionId, Rule, Verdict,
    Waiting, Words, YearMonth,
};
use std::rc::Rc;
use util::*;

fn ym(year: i32, month: u8) -> YearMonth {
    YearMonth::new(year, month).unwrap()
}

fn day(year: i32, month: u8, day: u8) -> Date {
    Date::new(year, month, day).unwrap()
}

fn ids(ids: &[&str]) -> Vec<CriterionId> {
    ids.iter().map(|id| CriterionId::new(*id)).collect()
}

/// A posting evaluated today, its questions answered in the order it asks them, each written as
/// [`util::answer`] reads it (`"own"`, `"not sure"`, `"never"`, `"3/2024"`).
#[track_caller]
fn evaluated<'c>(catalogue: &'c Catalogue, posting_id: &str, given: &[&str]) -> Evaluation<'c> {
    answered_in_turn(catalogue, posting_id, given, today())
}

/// The posting's own reason why `option` does not meet one of its criteria (`"never"` for a
/// criterion that asks that something has happened), as its file gives it.
#[track_caller]
fn reason(posting_id: &str, criterion_id: &str, option: &str) -> Option<Rc<Words>> {
    let catalogue = catalogue();
    match &criterion(posting(&catalogue, posting_id), criterion_id).rule {
        Some(Rule::AnswerIn { reasons, .. }) => reasons
            .iter()
            .find(|(id, _)| id.as_str() == option)
            .map(|(_, reason)| reason.clone()),
        Some(Rule::HasHappened { never_reason, .. } | Rule::WithinMonths { never_reason, .. })
            if option == "never" =>
        {
            never_reason.clone()
        }
        Some(
            Rule::HasHappened { .. }
            | Rule::WithinMonths { .. }
            | Rule::MonthsSince { .. }
            | Rule::AnyOf(_)
            | Rule::AllOf(_),
        )
        | None => {
            panic!("{criterion_id} gives no reason for {option}")
        }
    }
}

/// The verdict on a criterion decided by a choice, when `option` is chosen.
#[track_caller]
fn chosen(posting_id: &str, criterion_id: &str, option: &str) -> Verdict {
    let catalogue = catalogue();
    let rule = criterion(posting(&catalogue, posting_id), criterion_id)
        .rule
        .as_ref();
    let question = rule.expect("a criterion with a rule").questions()[0].as_str();
    verdict(
        posting_id,
        criterion_id,
        &[(question, choice(option))],
        today(),
    )
}

/// Everything a posting's criteria say in the advert's words, a line each: the criterion's id,
/// which words, and the words.
fn words(posting: &Posting) -> Vec<String> {
    let mut lines = Vec::new();
    for criterion in &posting.criteria {
        let id = &criterion.id;
        lines.push(format!("{id} summary: {}", criterion.summary.as_english()));
        if let Some(quote) = &criterion.quote {
            lines.push(format!("{id} quote: {}", quote.as_english()));
        }
        if let Some(detail) = &criterion.detail {
            lines.push(format!("{id} detail: {}", detail.as_english()));
        }
        match &criterion.rule {
            Some(Rule::AnswerIn { reasons, .. }) => {
                for (option, reason) in reasons {
                    lines.push(format!("{id} reason {option}: {}", reason.as_english()));
                }
            }
            Some(
                Rule::HasHappened { never_reason, .. } | Rule::WithinMonths { never_reason, .. },
            ) => {
                if let Some(reason) = never_reason {
                    lines.push(format!("{id} reason never: {}", reason.as_english()));
                }
            }
            Some(Rule::MonthsSince { .. } | Rule::AnyOf(_) | Rule::AllOf(_)) | None => {}
        }
    }
    lines
}

#[test]
fn the_built_in_postings_say_what_the_adverts_say() {
    let table: [(&str, &[&str]); 2] = [
        (
            SWLSTG,
            &[
                "own-lived-experience summary: Your own lived experience of mental or emotional distress",
                "own-lived-experience quote: personal lived experience of mental or emotional distress",
                "own-lived-experience reason carer_only: Caring for someone in distress is welcome too. But you need your own lived experience as well, not instead.",
                "own-lived-experience reason work_only: The advert says that professional experience alone will not meet the essential lived experience criteria.",
                "own-lived-experience reason none: This role is for someone with their own lived experience of mental or emotional distress.",
                "inpatient-services summary: Your own experience of using inpatient mental health services",
                "inpatient-services quote: Experience of accessing inpatient mental health services",
                "inpatient-services reason no: This role asks that you have stayed on a mental health ward yourself. It asks for your own lived experience of distress too.",
                "support-recovery summary: Able to support others on their recovery journey",
                "support-recovery quote: Ability to support others on their recovery journey.",
                "secure-in-recovery summary: At a stage in your own recovery where you feel secure, confident and able to speak up",
                "secure-in-recovery quote: you will need to be at a stage in your own personal recovery where you feel secure, confident, and able to speak up, even in difficult moments",
            ],
        ),
        (
            KMPT,
            &[
                "lived-experience summary: Lived experience of mental health problems",
                "lived-experience quote: Lived experience of mental health problems",
                "lived-experience reason carer_only: This role asks for your own experience of mental health problems and of recovering from them. Caring for someone else does not meet it on its own.",
                "lived-experience reason work_only: This role asks for your own experience of mental health problems. Experience through work does not meet it on its own.",
                "lived-experience reason none: This role asks for your own experience of mental health problems.",
                "willing-to-share summary: Willing to share your own life experiences",
                "willing-to-share quote: Willing to share own life experiences",
                "willing-to-share reason no: Sharing your own experience, in a way you choose, is a central part of this role.",
                "used-services summary: Experience of using mental health services",
                "used-services quote: Experience of using mental health services",
                "used-services reason never: This role asks for your own experience of using mental health services.",
                "kmpt-twelve-months-without-services summary: Twelve months without using mental health services before applying",
                "kmpt-twelve-months-without-services quote: We require a period of twelve months without using mental health services prior to applying.",
                "nvq-level-2 summary: A National Vocational Qualification (NVQ) at level 2, or a similar qualification or experience",
                "dbs-check summary: A Disclosure and Barring Service (DBS) check",
                "dbs-check detail: The trust asks the Disclosure and Barring Service to check for any past criminal convictions. The law allows this check for this kind of job.",
                "job-description summary: Anything else the full job description asks for. The advert refers to it, but it was not published with the advert",
                "job-description quote: Please refer to the attached Job description for full Details and the main responsibilities of the role.",
            ],
        ),
    ];
    let catalogue = catalogue();
    assert_eq!(
        catalogue.postings().len(),
        table.len(),
        "every built-in posting"
    );
    for (posting_id, expected) in table {
        let said = words(posting(&catalogue, posting_id));
        for (said, expected) in said.iter().zip(expected) {
            assert_eq!(said, expected, "{posting_id}");
        }
        assert_eq!(said.len(), expected.len(), "{posting_id}: {said:#?}");
    }
}

#[test]
fn a_choice_criterion_is_met_by_its_options_and_any_other_gives_the_postings_reason() {
    // (posting, criterion, the options that meet it, the options that do not).
    // KMPT's lived experience takes the same routes as SWLSTG's, with KMPT's own reasons.
    #[rustfmt::skip]
    let table: &[(&str, &str, &[&str], &[&str])] = &[
        (SWLSTG, "own-lived-experience", &["own"], &["carer_only", "work_only", "none"]),
        (KMPT, "lived-experience", &["own"], &["carer_only", "work_only", "none"]),
        (SWLSTG, "inpatient-services", &["yes"], &["no"]),
        (KMPT, "willing-to-share", &["yes"], &["no"]),
        (KMPT, "nvq-level-2", &["yes"], &["no"]),
    ];
    for (posting_id, criterion_id, meets, does_not) in table {
        for option in meets.iter().chain(*does_not) {
            let expected = if meets.contains(option) {
                Verdict::Met(Met::AnswerAccepted(OptionId::new(option)))
            } else {
                Verdict::NotMet(NotMet::AnswerNotAccepted {
                    answer: OptionId::new(option),
                    reason: reason(posting_id, criterion_id, option),
                })
            };
            let got = chosen(posting_id, criterion_id, option);
            assert_eq!(got, expected, "{posting_id} {criterion_id} {option}");
        }
    }
}

#[test]
fn not_sure_makes_every_ruled_criterion_not_sure() {
    let catalogue = catalogue();
    for posting in catalogue.postings() {
        for criterion in &posting.criteria {
            let Some(rule) = &criterion.rule else {
                continue;
            };
            let questions: Vec<(&str, Answer)> = rule
                .questions()
                .into_iter()
                .map(|q| (q.as_str(), Answer::NotSure))
                .collect();
            let got = verdict(
                posting.id.as_str(),
                criterion.id.as_str(),
                &questions,
                today(),
            );
            assert_eq!(
                got,
                Verdict::NotSure(NotSure::AnsweredNotSure),
                "{} {}",
                posting.id,
                criterion.id
            );
        }
    }
}

/// What KMPT's twelve months without services says of a month answered, today.
#[derive(Debug)]
enum Twelve {
    /// Met: at least twelve months have passed since any day of that month.
    Met,
    /// Depends on the day: met now if it was on or before the first day; otherwise met by the
    /// second at the latest.
    MetIfOnOrBefore(Date, Date),
    /// Not met: too recent, met during this month, by this day at the latest.
    MetIn(YearMonth, Date),
}

#[track_caller]
fn assert_twelve_months(last: YearMonth, today: Date, expected: Twelve) {
    let months = 12;
    let expected = match expected {
        Twelve::Met => Verdict::Met(Met::LongEnoughSince { last, months }),
        Twelve::MetIfOnOrBefore(met_if_on_or_before, met_by) => {
            Verdict::NotSure(NotSure::DependsOnDay {
                last,
                months,
                met_if_on_or_before,
                met_by,
            })
        }
        Twelve::MetIn(met_in, met_by) => Verdict::NotMet(NotMet::TooRecent {
            last,
            months,
            met_in,
            met_by,
        }),
    };
    let got = verdict(
        KMPT,
        "kmpt-twelve-months-without-services",
        // Asked where the month does not meet it: "no", the month decides.
        &[
            ("last_used_services", Answer::Month(last)),
            ("gp_or_medicine_only", choice("no")),
        ],
        today,
    );
    assert_eq!(got, expected, "last used {last:?}, today {today:?}");
}

#[test]
fn twelve_months_without_services_is_decided_by_the_month_and_then_the_day() {
    use Twelve::{MetIfOnOrBefore, MetIn};
    // (month last used, today, verdict); today() is 23 November 2026.
    #[rustfmt::skip]
    let table = [
        // Thirteen months ago meets it.
        (ym(2025, 10), today(), Twelve::Met),
        // Twelve months to the month depends on the day: met now if it was on or before today's
        // day a year ago, and by the same day a year on from the month's last day at the latest.
        (ym(2025, 11), today(), MetIfOnOrBefore(day(2025, 11, 23), day(2026, 11, 30))),
        (ym(2025, 11), day(2026, 11, 26), MetIfOnOrBefore(day(2025, 11, 26), day(2026, 11, 30))),
        // On its last day it is met: on 30 November every day of November a year ago is at
        // least twelve months back.
        (ym(2025, 11), day(2026, 11, 30), Twelve::Met),
        // A 31-day month stays unsure on the 30th: its 31st is less than twelve months back.
        (ym(2025, 12), day(2026, 12, 30), MetIfOnOrBefore(day(2025, 12, 30), day(2026, 12, 31))),
        (ym(2025, 12), day(2026, 12, 31), Twelve::Met),
        // Eleven months ago is not met: it is met during December 2026, by its 31st at the
        // latest, not "from January 2027".
        (ym(2025, 12), today(), MetIn(ym(2026, 12), day(2026, 12, 31))),
        (ym(2025, 12), day(2026, 11, 26), MetIn(ym(2026, 12), day(2026, 12, 31))),
        // Using services this month is met twelve months on.
        (ym(2026, 11), today(), MetIn(ym(2027, 11), day(2027, 11, 30))),
        (ym(2026, 5), today(), MetIn(ym(2027, 5), day(2027, 5, 31))),
        // The boundaries cross the new year.
        (ym(2025, 12), day(2027, 1, 10), Twelve::Met),
        (ym(2026, 1), day(2027, 1, 10), MetIfOnOrBefore(day(2026, 1, 10), day(2027, 1, 31))),
        (ym(2026, 2), day(2027, 1, 10), MetIn(ym(2027, 2), day(2027, 2, 28))),
        // 29 February 2024 is twelve months back on 1 March 2025: February 2025 has no 29th.
        (ym(2024, 2), day(2025, 2, 28), MetIfOnOrBefore(day(2024, 2, 28), day(2025, 3, 1))),
        (ym(2024, 2), day(2025, 3, 1), Twelve::Met),
        (ym(2024, 3), day(2025, 2, 28), MetIn(ym(2025, 3), day(2025, 3, 31))),
    ];
    for (last, today, expected) in table {
        assert_twelve_months(last, today, expected);
    }
}

#[test]
fn a_month_in_the_future_is_an_input_error_not_an_outcome() {
    let catalogue = catalogue();
    let question = catalogue
        .question(&QuestionId::new("last_used_services"))
        .unwrap();
    let mut answers = Answers::new();
    let error = answers
        .record(question, month(2026, 12), today())
        .unwrap_err();
    assert_eq!(
        error,
        AnswerError::MonthInFuture {
            question: QuestionId::new("last_used_services"),
            month: ym(2026, 12),
        }
    );
    assert!(answers.is_empty(), "a refused answer is not kept");

    // Answers recorded on an earlier day can be in the future of a date evaluated before it.
    answers.record(question, month(2026, 11), today()).unwrap();
    let last_month = Date::new(2026, 10, 31).unwrap();
    let posting = posting(&catalogue, KMPT);
    assert!(matches!(
        evaluate(posting, &answers, last_month),
        Err(AnswerError::MonthInFuture { .. })
    ));
}

#[test]
fn never_used_services_fails_only_the_used_services_criterion() {
    let catalogue = catalogue();
    let evaluation = evaluated(&catalogue, KMPT, &["own", "yes", "never", "no"]);
    assert_eq!(
        verdict_of(&evaluation, "used-services"),
        Verdict::NotMet(NotMet::NeverHappened {
            reason: reason(KMPT, "used-services", "never")
        })
    );
    assert_eq!(
        verdict_of(&evaluation, "kmpt-twelve-months-without-services"),
        Verdict::Met(Met::NeverHappened)
    );
    assert_eq!(
        evaluation.overall,
        Overall::DoesNotMeet {
            not_met: ids(&["used-services"]),
            waiting: Waiting::DoesNotHelp,
            not_sure: vec![],
            on_the_day: vec![],
        }
    );
}

#[test]
fn desirable_criteria_never_block_and_after_offer_checks_are_information() {
    let catalogue = catalogue();
    let evaluation = evaluated(&catalogue, KMPT, &["own", "yes", "3/2024", "no"]);
    assert_eq!(evaluation.overall, Overall::MeetsAll);
    let desirable: Vec<_> = evaluation.of_class(Class::Desirable).collect();
    assert_eq!(desirable.len(), 1);
    assert!(matches!(desirable[0].verdict, Verdict::NotMet(_)));
    let after_offer: Vec<_> = evaluation.of_class(Class::AfterOffer).collect();
    assert_eq!(after_offer.len(), 1);
    assert_eq!(after_offer[0].verdict, Verdict::Information);
}

#[test]
fn overall_results_for_both_postings() {
    let does_not_meet =
        |not_met: &[&str], waiting: Waiting, not_sure: &[&str]| Overall::DoesNotMeet {
            not_met: ids(not_met),
            waiting,
            not_sure: ids(not_sure),
            on_the_day: vec![],
        };
    let not_sure = |not_sure: &[&str], on_the_day: &[&str]| Overall::NotSure {
        not_sure: ids(not_sure),
        on_the_day: ids(on_the_day),
    };
    let for_good = Waiting::DoesNotHelp;
    let twelve_months = "kmpt-twelve-months-without-services";
    // (posting, answers in the order it asks, result)
    #[rustfmt::skip]
    let table: &[(&str, &[&str], Overall)] = &[
        // SWLSTG closed on 16 September 2025: a closed posting can still be checked.
        (SWLSTG, &["own", "yes"], Overall::MeetsAll),
        (SWLSTG, &["work_only", "yes"], does_not_meet(&["own-lived-experience"], for_good, &[])),
        (SWLSTG, &["own", "not sure"], not_sure(&["inpatient-services"], &[])),
        (SWLSTG, &["not sure", "no"], does_not_meet(&["inpatient-services"], for_good, &["own-lived-experience"])),
        (SWLSTG, &["own"], Overall::Incomplete { unanswered: ids(&["inpatient-services"]) }),
        (KMPT, &["own", "yes", "1/2023"], Overall::MeetsAll),
        // Time alone stands in the way: met by 31 August 2027 at the latest.
        // Time alone stands in the way: met by 31 August 2027 at the latest. The month is too
        // recent, so the GP question follows it: "no", not only a GP or prescribed medicine.
        (KMPT, &["own", "yes", "8/2026"], Overall::Incomplete { unanswered: ids(&[twelve_months]) }),
        (KMPT, &["own", "yes", "8/2026", "no"], does_not_meet(&[twelve_months], Waiting::Helps { by: day(2027, 8, 31) }, &[])),
        // Only a GP or prescribed medicine since, or not sure: the employer can say.
        (KMPT, &["own", "yes", "8/2026", "yes"], not_sure(&[twelve_months], &[])),
        (KMPT, &["own", "yes", "8/2026", "not sure"], not_sure(&[twelve_months], &[])),
        // Time would settle one, but the answers cannot settle another: not "time alone".
        (KMPT, &["own", "not sure", "8/2026", "no"], does_not_meet(&[twelve_months], Waiting::HelpsSome { by: day(2027, 8, 31) }, &["willing-to-share"])),
        // A carer who used services recently: waiting would meet one criterion, not the other.
        (KMPT, &["carer_only", "yes", "8/2026", "no"], does_not_meet(&["lived-experience", twelve_months], Waiting::HelpsSome { by: day(2027, 8, 31) }, &[])),
        // Only the day, which the applicant knows, settles it.
        (KMPT, &["own", "yes", "11/2025", "no"], not_sure(&[], &[twelve_months])),
        (KMPT, &["own", "not sure", "11/2025", "no"], not_sure(&["willing-to-share"], &[twelve_months])),
        (KMPT, &["own", "yes", "11/2025", "yes"], not_sure(&[twelve_months], &[])),
        (KMPT, &["own", "not sure", "not sure"], not_sure(&["willing-to-share", "used-services", twelve_months], &[])),
    ];
    let catalogue = catalogue();
    for (posting_id, given, expected) in table {
        let evaluation = evaluated(&catalogue, posting_id, given);
        assert_eq!(&evaluation.overall, expected, "{posting_id} {given:?}");
    }
}

#[test]
fn one_answer_serves_every_posting_that_asks_it() {
    let catalogue = catalogue();
    let answers = answers(
        &catalogue,
        &[("lived_experience", choice("carer_only"))],
        today(),
    );
    for posting in catalogue.postings() {
        let evaluation = evaluate(posting, &answers, today()).unwrap();
        let lived = evaluation
            .criteria
            .iter()
            .find(|a| {
                a.criterion.rule.as_ref().map(|r| r.questions()[0].as_str())
                    == Some("lived_experience")
            })
            .unwrap();
        assert!(
            matches!(lived.verdict, Verdict::NotMet(_)),
            "{}",
            posting.id
        );
    }
}

#[test]
fn an_option_is_decided_the_same_by_its_place_as_by_its_id() {
    // Evaluation matches a choice by its place among the question's options when the answer was
    // recorded against the very list of options the rule was loaded with, and by id otherwise.
    // Both must always agree, also for copies of the question whose options come in another
    // order, whether the copy has an equal id or shares the bank's own.
    let catalogue = catalogue();
    for question in catalogue.questions() {
        let AnswerKind::OneOf(options) = &question.kind else {
            continue;
        };
        let mut shared_id = question.clone();
        shared_id.kind = AnswerKind::OneOf(options.iter().rev().cloned().collect());
        let mut equal_id = shared_id.clone();
        equal_id.id = QuestionId::new(question.id.as_str());
        for option in options {
            let answer = Answer::Choice(option.id.clone());
            let mut by_place = Answers::new();
            by_place.record(question, answer.clone(), today()).unwrap();
            for copy in [&shared_id, &equal_id] {
                let mut by_id = Answers::new();
                by_id.record(copy, answer.clone(), today()).unwrap();
                for posting in catalogue.postings() {
                    // The verdicts and the result; the criteria themselves are the same.
                    let decided = |answers: &Answers| {
                        let evaluation = evaluate(posting, answers, today()).unwrap();
                        let verdicts: Vec<Verdict> =
                            evaluation.criteria.into_iter().map(|a| a.verdict).collect();
                        (evaluation.overall, verdicts)
                    };
                    assert_eq!(
                        decided(&by_place),
                        decided(&by_id),
                        "{} answered {} for {}",
                        question.id,
                        option.id,
                        posting.id
                    );
                }
            }
        }
    }
}

#[test]
fn each_posting_asks_each_question_once_essential_first() {
    let catalogue = catalogue();
    let asked = |id: &str| -> Vec<String> {
        posting(&catalogue, id)
            .question_ids()
            .iter()
            .map(|q| q.to_string())
            .collect()
    };
    assert_eq!(
        asked(SWLSTG),
        ["lived_experience", "used_inpatient_services"]
    );
    assert_eq!(
        asked(KMPT),
        [
            "lived_experience",
            "willing_to_share",
            "last_used_services",
            // Asked only where the month answered does not meet twelve months without services.
            "gp_or_medicine_only",
            "nvq_level_2"
        ]
    );
}

#[test]
fn a_posting_is_closed_only_after_its_closing_day() {
    let catalogue = catalogue();
    let swlstg = posting(&catalogue, SWLSTG);
    assert!(!swlstg.is_closed(Date::new(2025, 9, 16).unwrap()));
    assert!(swlstg.is_closed(Date::new(2025, 9, 17).unwrap()));
    assert!(swlstg.is_closed(today()));
    let kmpt = posting(&catalogue, KMPT);
    assert!(!kmpt.is_closed(today()), "no closing date: never closed");
}

#[test]
fn answers_a_question_does_not_offer_are_refused() {
    let catalogue = catalogue();
    let table = [
        ("lived_experience", choice("yes")),
        ("lived_experience", month(2020, 1)),
        ("used_inpatient_services", choice("own")),
        ("used_inpatient_services", Answer::Never),
        ("last_used_services", choice("yes")),
    ];
    for (question, answer) in table {
        let question = catalogue.question(&QuestionId::new(question)).unwrap();
        let mut answers = Answers::new();
        assert!(
            matches!(
                answers.record(question, answer.clone(), today()),
                Err(AnswerError::NotOffered { .. })
            ),
            "{} {answer:?}",
            question.id
        );
    }
}

#[test]
fn year_month_arithmetic() {
    assert_eq!(ym(2025, 11).plus_months(13), ym(2026, 12));
    assert_eq!(ym(2025, 12).plus_months(1), ym(2026, 1));
    assert_eq!(ym(2025, 1).months_until(ym(2026, 1)), 12);
    assert_eq!(ym(2026, 1).months_until(ym(2025, 12)), -1);
    assert_eq!(ym(2024, 2).days(), 29);
    assert_eq!(ym(2100, 2).days(), 28);
    assert_eq!(ym(2000, 2).days(), 29);
    assert_eq!(YearMonth::new(2025, 13), None);
    assert_eq!(YearMonth::new(2025, 0), None);
    assert_eq!(Date::new(2025, 2, 29), None);
    assert_eq!(Date::parse_iso("2025-9-16"), None);
    assert_eq!(Date::parse_iso("2025-09-1a"), None);
    assert_eq!(Date::parse_iso("+025-09-16"), None);
    assert_eq!(Date::parse_iso("2025-é-16"), None, "not digits");
    assert_eq!(Date::parse_iso("2€-09-16"), None, "not digits");
    assert_eq!(Date::parse_iso("2025-09-16"), Date::new(2025, 9, 16));
    assert_eq!(Date::parse_iso("0000-01-01"), Date::new(0, 1, 1));
}

#[test]
fn which_criteria_the_applicant_writes_about_and_with_what_prompt() {
    let catalogue = catalogue();
    let kmpt = posting(&catalogue, KMPT);
    let prompts: Vec<(&str, Option<Option<&str>>)> = kmpt
        .criteria
        .iter()
        .map(|c| {
            (
                c.id.as_str(),
                c.evidence_prompt()
                    .map(|p| p.map(|p| &p.as_english()[..20])),
            )
        })
        .collect();
    assert_eq!(
        prompts,
        [
            ("lived-experience", Some(Some("Think about what hel"))),
            ("willing-to-share", Some(Some("Think of a time you "))),
            ("used-services", Some(Some("What did using servi"))),
            // evidence_prompt: false in the question bank: nothing to write for a date rule.
            ("kmpt-twelve-months-without-services", None),
            ("nvq-level-2", Some(Some("Name the qualificati"))),
            // Checked after an offer: never written about.
            ("dbs-check", None),
            ("job-description", Some(Some("Read the job descrip"))),
        ]
    );
    // Without a prompt of its own, the checker's plain one.
    let mut file: serde_json::Value = serde_json::from_str(posting_file(KMPT).1).unwrap();
    file["criteria"][0]
        .as_object_mut()
        .unwrap()
        .remove("evidence_prompt");
    let text = file.to_string();
    let (catalogue, errors) = eligibility_core::builtin::load(
        eligibility_core::builtin::QUESTIONS,
        &[("kmpt.json", &text)],
    );
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(
        posting(&catalogue, KMPT).criteria[0].evidence_prompt(),
        Some(None)
    );
}
