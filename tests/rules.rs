//! The rules core against both seed postings: every criterion, every answer, the date boundaries.

mod util;

use eligibility_checker::rules::{
    evaluate, Answer, AnswerError, AnswerKind, Answers, Class, CriterionId, Date, Met, NotMet,
    NotSure, Overall, QuestionId, Verdict, YearMonth,
};
use util::*;

fn ym(year: i32, month: u8) -> YearMonth {
    YearMonth::new(year, month).unwrap()
}

fn ids(ids: &[&str]) -> Vec<CriterionId> {
    ids.iter().map(|id| CriterionId::new(*id)).collect()
}

#[test]
fn swlstg_lived_experience_is_met_only_by_own_experience() {
    let reason = |text: &str| Some(std::rc::Rc::<str>::from(text));
    let table: &[(&str, Verdict)] = &[
        ("own", Verdict::Met(Met::AnswerAccepted("own".into()))),
        (
            "carer_only",
            Verdict::NotMet(NotMet::AnswerNotAccepted {
                answer: "carer_only".into(),
                reason: reason("Experience of caring for or supporting someone in mental distress is welcome in addition to your own lived experience, but not instead of it."),
            }),
        ),
        (
            "work_only",
            Verdict::NotMet(NotMet::AnswerNotAccepted {
                answer: "work_only".into(),
                reason: reason("The advert says that professional experience alone will not meet the essential lived experience criteria."),
            }),
        ),
        (
            "none",
            Verdict::NotMet(NotMet::AnswerNotAccepted {
                answer: "none".into(),
                reason: reason("This role is for someone with their own lived experience of mental or emotional distress."),
            }),
        ),
    ];
    for (answer, expected) in table {
        let got = verdict(
            SWLSTG,
            "own-lived-experience",
            &[("lived_experience", choice(answer))],
            today(),
        );
        assert_eq!(&got, expected, "answer {answer}");
    }
}

#[test]
fn every_yes_no_criterion_is_met_by_yes_and_not_by_no() {
    let table = [
        (SWLSTG, "inpatient-services", "used_inpatient_services"),
        (KMPT, "willing-to-share", "willing_to_share"),
        (KMPT, "nvq-level-2", "nvq_level_2"),
    ];
    for (posting, criterion, question) in table {
        let yes = verdict(posting, criterion, &[(question, choice("yes"))], today());
        assert!(yes.is_met(), "{posting} {criterion} yes: {yes:?}");
        let no = verdict(posting, criterion, &[(question, choice("no"))], today());
        assert!(
            matches!(no, Verdict::NotMet(NotMet::AnswerNotAccepted { .. })),
            "{posting} {criterion} no: {no:?}"
        );
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
            let question = rule.question().as_str();
            let got = verdict(
                posting.id.as_str(),
                criterion.id.as_str(),
                &[(question, Answer::NotSure)],
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

#[test]
fn kmpt_lived_experience_routes_match_swlstg_with_kmpt_reasons() {
    for (answer, met) in [
        ("own", true),
        ("carer_only", false),
        ("work_only", false),
        ("none", false),
    ] {
        let got = verdict(
            KMPT,
            "lived-experience",
            &[("lived_experience", choice(answer))],
            today(),
        );
        assert_eq!(got.is_met(), met, "{answer}: {got:?}");
        if let Verdict::NotMet(NotMet::AnswerNotAccepted { reason, .. }) = got {
            assert!(reason.unwrap().contains("your own experience"), "{answer}");
        }
    }
}

/// (months since the answered month, day of today, expected verdict), for a twelve-month rule,
/// with today fixed in November 2026 and the answered month moved back.
#[track_caller]
fn twelve_months(last: YearMonth, today: Date) -> Verdict {
    verdict(
        KMPT,
        "kmpt-twelve-months-without-services",
        &[("last_used_services", Answer::Month(last))],
        today,
    )
}

#[test]
fn thirteen_months_ago_meets_twelve_months_without_services() {
    assert_eq!(
        twelve_months(ym(2025, 10), today()),
        Verdict::Met(Met::LongEnoughSince {
            last: ym(2025, 10),
            months: 12
        })
    );
}

#[test]
fn twelve_months_to_the_month_is_not_sure() {
    assert_eq!(
        twelve_months(ym(2025, 11), today()),
        Verdict::NotSure(NotSure::DependsOnDay {
            last: ym(2025, 11),
            months: 12,
            met_if_on_or_before: Date::new(2025, 11, 23).unwrap(),
            sure_from: ym(2026, 12),
        })
    );
}

#[test]
fn twelve_months_to_the_month_on_its_last_day_is_met() {
    // On 30 November every day of November a year ago is at least twelve months back.
    let last_day = Date::new(2026, 11, 30).unwrap();
    assert!(twelve_months(ym(2025, 11), last_day).is_met());
    // A 31-day answered month stays unsure on the 30th: its 31st is less than twelve months back.
    let today = Date::new(2026, 12, 30).unwrap();
    assert!(matches!(
        twelve_months(ym(2025, 12), today),
        Verdict::NotSure(NotSure::DependsOnDay { .. })
    ));
}

#[test]
fn eleven_months_ago_is_not_met_and_says_when_it_will_be() {
    assert_eq!(
        twelve_months(ym(2025, 12), today()),
        Verdict::NotMet(NotMet::TooRecent {
            last: ym(2025, 12),
            months: 12,
            met_from: ym(2027, 1),
        })
    );
}

#[test]
fn using_services_this_month_is_not_met_until_thirteen_months_on() {
    assert_eq!(
        twelve_months(ym(2026, 11), today()),
        Verdict::NotMet(NotMet::TooRecent {
            last: ym(2026, 11),
            months: 12,
            met_from: ym(2027, 12),
        })
    );
}

#[test]
fn the_example_from_the_issue_says_june_2027() {
    let today = Date::new(2026, 11, 23).unwrap();
    assert!(matches!(
        twelve_months(ym(2026, 5), today),
        Verdict::NotMet(NotMet::TooRecent { met_from, .. }) if met_from == ym(2027, 6)
    ));
}

#[test]
fn twelve_month_boundaries_cross_the_new_year() {
    let january = Date::new(2027, 1, 10).unwrap();
    assert!(twelve_months(ym(2025, 12), january).is_met());
    assert!(matches!(
        twelve_months(ym(2026, 1), january),
        Verdict::NotSure(_)
    ));
    assert!(matches!(
        twelve_months(ym(2026, 2), january),
        Verdict::NotMet(NotMet::TooRecent { met_from, .. }) if met_from == ym(2027, 3)
    ));
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
    let evaluation = evaluation(
        &catalogue,
        KMPT,
        &[
            ("lived_experience", choice("own")),
            ("willing_to_share", choice("yes")),
            ("last_used_services", Answer::Never),
            ("nvq_level_2", choice("no")),
        ],
        today(),
    );
    let verdict_of = |id: &str| {
        evaluation
            .criteria
            .iter()
            .find(|a| a.criterion.id.as_str() == id)
            .unwrap()
            .verdict
            .clone()
    };
    assert_eq!(
        verdict_of("used-services"),
        Verdict::NotMet(NotMet::NeverHappened {
            reason: Some(
                "This role asks for your own experience of using mental health services.".into()
            )
        })
    );
    assert_eq!(
        verdict_of("kmpt-twelve-months-without-services"),
        Verdict::Met(Met::NeverHappened)
    );
    assert_eq!(
        evaluation.overall,
        Overall::DoesNotMeet {
            not_met: ids(&["used-services"]),
            not_sure: vec![]
        }
    );
}

#[test]
fn desirable_criteria_never_block_and_after_offer_checks_are_information() {
    let catalogue = catalogue();
    let evaluation = evaluation(
        &catalogue,
        KMPT,
        &[
            ("lived_experience", choice("own")),
            ("willing_to_share", choice("yes")),
            ("last_used_services", month(2024, 3)),
            ("nvq_level_2", choice("no")),
        ],
        today(),
    );
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
    type Case = (
        &'static str,
        &'static [(&'static str, fn() -> Answer)],
        Overall,
    );
    fn own() -> Answer {
        choice("own")
    }
    fn work() -> Answer {
        choice("work_only")
    }
    fn yes() -> Answer {
        choice("yes")
    }
    fn no() -> Answer {
        choice("no")
    }
    fn unsure() -> Answer {
        Answer::NotSure
    }
    fn long_ago() -> Answer {
        month(2023, 1)
    }
    fn recent() -> Answer {
        month(2026, 8)
    }
    let table: &[Case] = &[
        (
            SWLSTG,
            &[("lived_experience", own), ("used_inpatient_services", yes)],
            Overall::MeetsAll,
        ),
        (
            SWLSTG,
            &[("lived_experience", work), ("used_inpatient_services", yes)],
            Overall::DoesNotMeet {
                not_met: ids(&["own-lived-experience"]),
                not_sure: vec![],
            },
        ),
        (
            SWLSTG,
            &[
                ("lived_experience", own),
                ("used_inpatient_services", unsure),
            ],
            Overall::NotSure {
                not_sure: ids(&["inpatient-services"]),
            },
        ),
        (
            SWLSTG,
            &[
                ("lived_experience", unsure),
                ("used_inpatient_services", no),
            ],
            Overall::DoesNotMeet {
                not_met: ids(&["inpatient-services"]),
                not_sure: ids(&["own-lived-experience"]),
            },
        ),
        (
            SWLSTG,
            &[("lived_experience", own)],
            Overall::Incomplete {
                unanswered: ids(&["inpatient-services"]),
            },
        ),
        (
            KMPT,
            &[
                ("lived_experience", own),
                ("willing_to_share", yes),
                ("last_used_services", long_ago),
            ],
            Overall::MeetsAll,
        ),
        (
            KMPT,
            &[
                ("lived_experience", own),
                ("willing_to_share", yes),
                ("last_used_services", recent),
            ],
            Overall::DoesNotMeet {
                not_met: ids(&["kmpt-twelve-months-without-services"]),
                not_sure: vec![],
            },
        ),
        (
            KMPT,
            &[
                ("lived_experience", own),
                ("willing_to_share", unsure),
                ("last_used_services", unsure),
            ],
            Overall::NotSure {
                not_sure: ids(&[
                    "willing-to-share",
                    "used-services",
                    "kmpt-twelve-months-without-services",
                ]),
            },
        ),
    ];
    let catalogue = catalogue();
    for (i, (posting_id, given, expected)) in table.iter().enumerate() {
        let given: Vec<(&str, Answer)> = given.iter().map(|(q, a)| (*q, a())).collect();
        let evaluation = evaluation(&catalogue, posting_id, &given, today());
        assert_eq!(&evaluation.overall, expected, "case {i} ({posting_id})");
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
                a.criterion.rule.as_ref().map(|r| r.question().as_str()) == Some("lived_experience")
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
fn a_closed_posting_can_still_be_checked() {
    let catalogue = catalogue();
    let evaluation = evaluation(
        &catalogue,
        SWLSTG,
        &[
            ("lived_experience", choice("own")),
            ("used_inpatient_services", choice("yes")),
        ],
        today(),
    );
    assert_eq!(evaluation.overall, Overall::MeetsAll);
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
fn the_list_shows_open_postings_before_closed_ones() {
    // A posting that sorts first by file name and closes on 1 December 2025.
    let early = posting_file(KMPT)
        .1
        .replace(&format!("\"id\": \"{KMPT}\""), "\"id\": \"aaa-early\"")
        .replace("\"closes\": null", "\"closes\": \"2025-12-01\"");
    let (catalogue, errors) = eligibility_checker::builtin::load(
        eligibility_checker::builtin::QUESTIONS,
        &[
            ("aaa.json", &early),
            posting_file(KMPT),
            posting_file(SWLSTG),
        ],
    );
    assert!(errors.is_empty(), "{errors:?}");
    let listed = |today: Date| -> Vec<String> {
        catalogue
            .postings_open_first(today)
            .iter()
            .map(|p| p.id.to_string())
            .collect()
    };
    assert_eq!(
        listed(Date::new(2025, 11, 20).unwrap()),
        ["aaa-early", KMPT, SWLSTG],
        "SWLSTG closed, the others open"
    );
    assert_eq!(
        listed(today()),
        [KMPT, "aaa-early", SWLSTG],
        "closed ones last, in file order"
    );
}

#[test]
fn search_matches_every_word_in_any_case_and_filters_exactly() {
    use eligibility_checker::rules::Filter;
    let catalogue = catalogue();
    let found = |filter: Filter| -> Vec<String> {
        catalogue
            .search(&filter, today())
            .iter()
            .map(|p| p.id.to_string())
            .collect()
    };
    let words = |w: &str| Filter {
        words: w.into(),
        ..Filter::default()
    };
    assert_eq!(found(words("")), [KMPT, SWLSTG]);
    assert_eq!(found(words("DARTFORD")), [KMPT]);
    assert_eq!(found(words("peer tooting")), [SWLSTG]);
    assert_eq!(found(words("peer nowhere")), Vec::<String>::new());
    assert_eq!(found(words("eorge")), [SWLSTG], "part of a word");
    assert_eq!(found(words("GEORGE'S")), [SWLSTG]);
    assert_eq!(
        found(words(&"peer ".repeat(2000))),
        [KMPT, SWLSTG],
        "a word repeated"
    );
    assert_eq!(
        found(words(&"x".repeat(10_000))),
        Vec::<String>::new(),
        "a word longer than any posting"
    );
    assert_eq!(
        found(words("380-ac")),
        [KMPT],
        "the reference is searched too"
    );
    assert_eq!(
        found(Filter {
            working_pattern: Some("Part time".into()),
            ..Filter::default()
        }),
        [KMPT]
    );
    assert_eq!(
        found(Filter {
            employer: Some("South West London and St George's Mental Health NHS Trust".into()),
            words: "ward".into(),
            ..Filter::default()
        }),
        [SWLSTG]
    );
    let facets = catalogue.facets();
    assert_eq!(facets.working_patterns, ["Full time, on site", "Part time"]);
    assert_eq!(facets.employers.len(), 2);
}

#[test]
fn search_finds_words_in_any_case_in_every_alphabet() {
    // Welsh letters with a circumflex or grave, Romanian's comma-below letters, Ukrainian's Ґ,
    // Greek and the German sharp s: each found in either case.
    let mut file: serde_json::Value = serde_json::from_str(posting_file(KMPT).1).unwrap();
    file["title"] = "Gweithiwr Cymorth Ŵyr ẀŶỲ ȘȚ Ґанок ΨΩ STRASSE".into();
    let text = file.to_string();
    let (catalogue, errors) = eligibility_checker::builtin::load(
        eligibility_checker::builtin::QUESTIONS,
        &[("cy.json", &text)],
    );
    assert!(errors.is_empty(), "{errors:?}");
    for words in [
        "ŵyr",
        "ẁŷỳ",
        "ẀŶỲ",
        "șț",
        "ґанок",
        "ψω",
        "strasse",
        "gweithiwr cymorth",
    ] {
        let filter = eligibility_checker::rules::Filter {
            words: words.to_owned(),
            ..Default::default()
        };
        assert_eq!(catalogue.search(&filter, today()).len(), 1, "{words}");
    }
}
