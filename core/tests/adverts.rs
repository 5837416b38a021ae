//! Three typical adverts written as posting files without bending them (issue 24): a community
//! Peer Support Worker in Leeds (aged 18 or over), a Lived Experience Practitioner in Cardiff (own
//! experience or as a carer; a driving licence or able to travel), and a sessional Expert by
//! Experience who must have used adult mental health services in the last five years. Each walks
//! its applicant's cases, the recency rule's boundary day and each part of the either-or among
//! them. The files are in `core/tests/adverts/`; they are made up, not real jobs.

mod util;

use eligibility_core::builtin;
use eligibility_core::rules::{
    evaluate, Answer, Catalogue, Date, Met, NotMet, NotSure, Overall, Verdict, Waiting, YearMonth,
};
use eligibility_core::text::ENGLISH;
use util::{answers, choice, posting};

const LEEDS: (&str, &str) = (
    "leeds-community-peer-support-worker.json",
    include_str!("adverts/leeds-community-peer-support-worker.json"),
);
const CARDIFF: (&str, &str) = (
    "cardiff-lived-experience-practitioner.json",
    include_str!("adverts/cardiff-lived-experience-practitioner.json"),
);
const PANEL: (&str, &str) = (
    "expert-by-experience-panel-member.json",
    include_str!("adverts/expert-by-experience-panel-member.json"),
);

/// One advert's file, loaded with the built-in question bank, with no problem.
#[track_caller]
fn advert((file, text): (&str, &str)) -> Catalogue {
    let (catalogue, errors) = builtin::load(builtin::QUESTIONS, &[(file, text)]);
    assert!(errors.is_empty(), "{file}: {errors:?}");
    assert_eq!(catalogue.postings().len(), 1);
    catalogue
}

fn day(year: i32, month: u8, day: u8) -> Date {
    Date::new(year, month, day).unwrap()
}

fn month(year: i32, month: u8) -> Answer {
    Answer::Month(YearMonth::new(year, month).unwrap())
}

/// The verdict and its reason, in English, on the posting's one criterion `id`, given `given`.
#[track_caller]
fn decided(
    catalogue: &Catalogue,
    id: &str,
    given: &[(&str, Answer)],
    today: Date,
) -> (Verdict, String) {
    let posting = &catalogue.postings()[0];
    let evaluation = evaluate(posting, &answers(catalogue, given, today), today).unwrap();
    let assessed = evaluation
        .criteria
        .iter()
        .find(|a| a.criterion.id.as_str() == id)
        .unwrap();
    let reason = ENGLISH.reason(assessed.criterion, &assessed.verdict, catalogue.bank());
    (assessed.verdict.clone(), reason)
}

#[test]
fn the_three_adverts_are_written_without_bending_and_load_with_the_built_in_bank() {
    for file in [LEEDS, CARDIFF, PANEL] {
        advert(file);
    }
}

#[test]
fn used_services_in_the_last_five_years_is_met_within_sixty_months_to_the_day() {
    let panel = advert(PANEL);
    let today = day(2026, 12, 7);
    let used = |answer: Answer, today: Date| {
        decided(
            &panel,
            "recent-use",
            &[("last_used_services", answer)],
            today,
        )
    };
    // Within: any month after December 2021.
    assert_eq!(
        used(month(2022, 1), today),
        (
            Verdict::Met(Met::RecentEnough {
                last: YearMonth::new(2022, 1).unwrap(),
                months: 60
            }),
            "You answered January 2022: within the last 5 years.".to_owned()
        )
    );
    assert!(used(month(2026, 12), today).0.is_met(), "this month");
    // December 2021, five years back to the month: it depends on the day.
    assert_eq!(
        used(month(2021, 12), today),
        (
            Verdict::NotSure(NotSure::DependsOnDayWithin {
                last: YearMonth::new(2021, 12).unwrap(),
                months: 60,
                met_if_on_or_after: day(2021, 12, 7),
            }),
            "You answered December 2021. If it was on or after 7 December 2021, it was within the last 5 years and you meet this. If it was earlier, you do not.".to_owned()
        )
    );
    // On the 1st, every day of that month counts.
    assert!(used(month(2021, 12), day(2026, 12, 1)).0.is_met());
    // A boundary month shorter than today's day: its last day.
    assert_eq!(
        used(month(2022, 2), day(2027, 2, 28)).0,
        Verdict::NotSure(NotSure::DependsOnDayWithin {
            last: YearMonth::new(2022, 2).unwrap(),
            months: 60,
            met_if_on_or_after: day(2022, 2, 28),
        })
    );
    // Further back: not met, and waiting never changes that.
    let (verdict, reason) = used(month(2021, 11), today);
    assert_eq!(
        verdict,
        Verdict::NotMet(NotMet::TooLongAgo {
            last: YearMonth::new(2021, 11).unwrap(),
            months: 60
        })
    );
    assert_eq!(reason, "You answered November 2021: more than 5 years ago. The advert asks for the last time to be within the last 5 years.");
    let given = [
        ("last_used_services", month(2021, 11)),
        ("aged_18_or_over", choice("yes")),
    ];
    let evaluation =
        evaluate(&panel.postings()[0], &answers(&panel, &given, today), today).unwrap();
    assert!(matches!(
        evaluation.overall,
        Overall::DoesNotMeet {
            waiting: Waiting::DoesNotHelp,
            ..
        }
    ));
    // Never: not met, with the employer's reason.
    let (verdict, reason) = used(Answer::Never, today);
    assert!(matches!(
        verdict,
        Verdict::NotMet(NotMet::NeverHappened { .. })
    ));
    assert_eq!(reason, "You answered: I have never used mental health services. This panel is for people who have used adult mental health services.");
}

#[test]
fn a_driving_licence_or_able_to_travel_is_met_by_either_and_says_which() {
    let cardiff = advert(CARDIFF);
    let today = day(2026, 12, 7);
    let travel = |licence: Option<Answer>, able: Option<Answer>| {
        let mut given = Vec::new();
        given.extend(licence.map(|a| ("driving_licence", a)));
        given.extend(able.map(|a| ("able_to_travel", a)));
        decided(&cardiff, "travel", &given, today)
    };
    let (yes, no) = (|| Some(choice("yes")), || Some(choice("no")));
    assert_eq!(
        travel(yes(), no()),
        (
            Verdict::Met(Met::OnePart {
                part: 0,
                met: Box::new(Met::AnswerAccepted("yes".into()))
            }),
            "You answered: Yes. That is one of the ways to meet this, and one is enough."
                .to_owned()
        )
    );
    assert!(matches!(
        travel(no(), yes()).0,
        Verdict::Met(Met::OnePart { part: 1, .. })
    ));
    // One part met is enough: the other need not be answered.
    assert!(matches!(
        travel(yes(), None).0,
        Verdict::Met(Met::OnePart { part: 0, .. })
    ));
    assert_eq!(travel(no(), None).0, Verdict::Unanswered);
    // Neither: each part's reason, the employer's where it gives one.
    let (verdict, reason) = travel(no(), no());
    assert!(matches!(verdict, Verdict::NotMet(NotMet::NoPart(ref parts)) if parts.len() == 2));
    assert_eq!(reason, "You could meet this in any one of several ways, and none is met. You answered: No. This answer does not meet this criterion. You answered: No. The job means visiting people at home across the region.");
    // Unsure of one, the other not met: the employer can say.
    assert!(matches!(
        travel(no(), Some(Answer::NotSure)).0,
        Verdict::NotSure(NotSure::OnePart { part: 1, .. })
    ));
    // Unsure of one, the other met: met.
    assert!(travel(Some(Answer::NotSure), yes()).0.is_met());
}

#[test]
fn own_experience_or_as_a_carer_both_meet_the_cardiff_advert() {
    let cardiff = advert(CARDIFF);
    let today = day(2026, 12, 7);
    for (option, met) in [("own", true), ("carer_only", true), ("work_only", false)] {
        let (verdict, _) = decided(
            &cardiff,
            "lived-experience",
            &[("lived_experience", choice(option))],
            today,
        );
        assert_eq!(verdict.is_met(), met, "{option}");
    }
}

#[test]
fn aged_18_or_over_is_a_plain_yes_or_no_with_a_way_not_to_say() {
    let leeds = advert(LEEDS);
    let today = day(2026, 12, 7);
    let aged = |answer: Answer| decided(&leeds, "aged-18", &[("aged_18_or_over", answer)], today).0;
    assert!(aged(choice("yes")).is_met());
    assert!(matches!(
        aged(choice("no")),
        Verdict::NotMet(NotMet::AnswerNotAccepted { .. })
    ));
    assert_eq!(
        aged(Answer::NotSure),
        Verdict::NotSure(NotSure::AnsweredNotSure)
    );
    let question = leeds.question(&"aged_18_or_over".into()).unwrap();
    assert_eq!(ENGLISH.not_sure_label(question), "I'd rather not say");
    assert_eq!(
        posting(&leeds, "example-leeds-community-peer-support-worker")
            .question_ids()
            .iter()
            .map(|q| q.as_str())
            .collect::<Vec<_>>(),
        [
            "lived_experience",
            "aged_18_or_over",
            "willing_to_share",
            "nvq_level_2"
        ]
    );
}

/// The Leeds advert with its "willing to share" and "aged 18" criteria asked in one line, as
/// one criterion that needs both.
fn leeds_with_one_line_of_two() -> Catalogue {
    let mut json: serde_json::Value = serde_json::from_str(LEEDS.1).unwrap();
    json["criteria"][1]["rule"] = serde_json::json!({
        "kind": "all_of",
        "parts": [
            { "kind": "answer_in", "question": "aged_18_or_over", "meets": ["yes"] },
            { "kind": "months_since", "question": "last_used_services", "months": 12 }
        ]
    });
    let text = json.to_string();
    let (catalogue, errors) = builtin::load(builtin::QUESTIONS, &[("two.json", &text)]);
    assert!(errors.is_empty(), "{errors:?}");
    catalogue
}

#[test]
fn a_criterion_of_two_things_in_one_line_needs_both() {
    let leeds = leeds_with_one_line_of_two();
    let today = day(2026, 12, 7);
    let both = |aged: &str, last: Answer| {
        decided(
            &leeds,
            "aged-18",
            &[
                ("aged_18_or_over", choice(aged)),
                ("last_used_services", last),
            ],
            today,
        )
    };
    assert!(
        matches!(both("yes", month(2025, 1)).0, Verdict::Met(Met::EveryPart(ref m)) if m.len() == 2)
    );
    let (verdict, reason) = both("no", month(2025, 1));
    assert!(
        matches!(verdict, Verdict::NotMet(NotMet::NotEveryPart(ref parts)) if parts.len() == 1 && parts[0].0 == 0)
    );
    assert_eq!(
        reason,
        "You need every part of this. You answered: No. This answer does not meet this criterion."
    );
    // Only time stands in the way: the day it is met by.
    let (verdict, _) = both("yes", month(2026, 6));
    let Verdict::NotMet(why) = verdict else {
        panic!("not met")
    };
    assert_eq!(why.met_by_waiting(), Some(day(2027, 6, 30)));
    // Something else too: waiting does not help.
    let (verdict, _) = both("no", month(2026, 6));
    let Verdict::NotMet(why) = verdict else {
        panic!("not met")
    };
    assert_eq!(why.met_by_waiting(), None);
}
