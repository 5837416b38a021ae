//! Kent and Medway's twelve months without using mental health services, where the applicant's
//! only care since has been from their GP or prescribed medicine: the GP question is asked only
//! where the month answered would not meet it, and a "yes" keeps the month and leaves it to the
//! employer.

mod util;

use eligibility_core::rules::{evaluate, Answer, Date, Met, NotMet, NotSure, QuestionId, Verdict};
use eligibility_core::text::{ENGLISH, WELSH};
use util::*;

const TWELVE: &str = "kmpt-twelve-months-without-services";
const GP: &str = "gp_or_medicine_only";

fn day(year: i32, month: u8, day: u8) -> Date {
    Date::new(year, month, day).unwrap()
}

/// What the twelve months criterion is, given the month and the GP answer.
#[derive(Debug)]
enum Expect {
    /// The month meets it: the GP question is not asked, and any answer to it is not used.
    Met,
    /// The month is too recent and the answer "no": met by this day.
    TooRecent(Date),
    /// The month is at the boundary and the answer "no": met now if on or before this day.
    OnTheDay(Date),
    /// Only a GP or prescribed medicine in those months (`true`), or not sure: the month kept,
    /// met by this day if that care counts.
    AskEmployer(Date, bool),
    /// The GP question is asked and still to be answered.
    Unanswered,
    /// An answer that is not a month (never, not sure): this verdict, and the GP question not
    /// asked.
    NotAsked(Verdict),
}

#[track_caller]
fn assert_case(month: Answer, gp: Option<&str>, today: Date, expected: Expect) {
    let catalogue = catalogue();
    let kmpt = posting(&catalogue, KMPT);
    let mut given = vec![("last_used_services", month.clone())];
    if let Some(gp) = gp {
        given.push((GP, answer(gp)));
    }
    let answers = answers(&catalogue, &given, today);
    let verdict = verdict_of(&evaluate(kmpt, &answers, today).unwrap(), TWELVE);
    let asked = kmpt.asks(&QuestionId::new(GP), &answers, today);
    let context = format!("{month:?}, GP {gp:?}, today {today:?}");
    let Answer::Month(last) = month else {
        let Expect::NotAsked(expected) = expected else {
            panic!("{context}: not a month, so expect NotAsked");
        };
        assert_eq!(verdict, expected, "{context}");
        assert!(!asked, "{context}: asked");
        return;
    };
    let months = 12;
    let (expected, asks) = match expected {
        Expect::Met => (Verdict::Met(Met::LongEnoughSince { last, months }), false),
        Expect::TooRecent(met_by) => (
            Verdict::NotMet(NotMet::TooRecent {
                last,
                months,
                met_in: last.plus_months(12),
                met_by,
            }),
            true,
        ),
        Expect::OnTheDay(met_if_on_or_before) => (
            Verdict::NotSure(NotSure::DependsOnDay {
                last,
                months,
                met_if_on_or_before,
                met_by: day(last.year() + 1, last.month(), last.days()),
            }),
            true,
        ),
        Expect::AskEmployer(met_by, sure) => (
            Verdict::NotSure(NotSure::OnlyGpOrMedicine {
                last,
                months,
                met_by,
                sure,
            }),
            true,
        ),
        Expect::Unanswered => (Verdict::Unanswered, true),
        Expect::NotAsked(_) => panic!("{context}: a month, so not NotAsked"),
    };
    assert_eq!(verdict, expected, "{context}");
    assert_eq!(asked, asks, "{context}: asked");
}

#[test]
fn the_gp_question_is_asked_only_where_the_month_would_not_meet_and_yes_keeps_the_month() {
    use Expect::*;
    let today = today(); // 23 November 2026
    #[rustfmt::skip]
    let table = [
        // Thirteen months ago meets it: the GP question is not asked, and an earlier answer to
        // it changes nothing.
        (month(2025, 10), None, today, Met),
        (month(2025, 10), Some("yes"), today, Met),
        // Never, or not sure of the month: not asked.
        (Answer::Never, None, today, NotAsked(Verdict::Met(eligibility_core::rules::Met::NeverHappened))),
        (Answer::NotSure, None, today, NotAsked(Verdict::NotSure(NotSure::AnsweredNotSure))),
        // Too recent: asked, and the answer decides who says.
        (month(2026, 8), None, today, Unanswered),
        (month(2026, 8), Some("no"), today, TooRecent(day(2027, 8, 31))),
        (month(2026, 8), Some("yes"), today, AskEmployer(day(2027, 8, 31), true)),
        (month(2026, 8), Some("not sure"), today, AskEmployer(day(2027, 8, 31), false)),
        // This month: met a year on, if that care counts.
        (month(2026, 11), Some("yes"), today, AskEmployer(day(2027, 11, 30), true)),
        // The boundary month depends on the day: asked, since it may not meet.
        (month(2025, 11), None, today, Unanswered),
        (month(2025, 11), Some("no"), today, OnTheDay(day(2025, 11, 23))),
        (month(2025, 11), Some("yes"), today, AskEmployer(day(2026, 11, 30), true)),
        // On the boundary month's last day a year on, it is met whatever the day: not asked.
        (month(2025, 11), None, day(2026, 11, 30), Met),
        (month(2025, 11), Some("yes"), day(2026, 11, 30), Met),
        // Across the new year.
        (month(2026, 6), Some("yes"), day(2027, 1, 10), AskEmployer(day(2027, 6, 30), true)),
    ];
    for (month, gp, today, expected) in table {
        assert_case(month, gp, today, expected);
    }
}

#[test]
fn the_reason_keeps_the_month_and_the_message_names_the_job_in_both_languages() {
    let catalogue = catalogue();
    let kmpt = posting(&catalogue, KMPT);
    let given = [("last_used_services", month(2026, 8)), (GP, choice("yes"))];
    let evaluated = evaluation(&catalogue, KMPT, &given, today());
    let assessed = evaluated
        .criteria
        .iter()
        .find(|a| a.criterion.id.as_str() == TWELVE)
        .unwrap();
    let bank = catalogue.bank();
    assert_eq!(
        ENGLISH.reason(assessed.criterion, &assessed.verdict, bank),
        "You answered August 2026. Ask the employer if care from your GP or prescribed medicine \
         counts. If it does not, you meet this now. If it does, you would meet this by 31 August 2027 at \
         the latest."
    );
    assert_eq!(
        ENGLISH.gp_message(kmpt, &assessed.verdict).as_deref(),
        Some(
            "I would like to apply for the Peer Support Worker job. Its reference is 380-AC. The \
             advert asks for 12 months without using mental health services. In that time I have \
             only seen my GP or taken prescribed medicine. Does that count?"
        )
    );
    let welsh = WELSH.gp_message(kmpt, &assessed.verdict).unwrap();
    assert!(welsh.starts_with("Hoffwn wneud cais am y swydd Peer Support Worker. Ei chyfeirnod yw 380-AC. Mae'r hysbyseb yn gofyn am 12 mis"), "{welsh}");
    assert!(WELSH
        .reason(assessed.criterion, &assessed.verdict, bank)
        .starts_with("Eich ateb oedd Awst 2026. Gofynnwch i'r cyflogwr"));

    // Not sure whether there was other care: a reason that does not say they may meet it now,
    // and no message that would claim only a GP.
    let given = [
        ("last_used_services", month(2026, 8)),
        (GP, Answer::NotSure),
    ];
    let verdict = verdict_of(&evaluation(&catalogue, KMPT, &given, today()), TWELVE);
    assert_eq!(ENGLISH.gp_message(kmpt, &verdict), None);
    let criterion = criterion(kmpt, TWELVE);
    assert_eq!(
        ENGLISH.reason(criterion, &verdict, bank),
        "You answered August 2026. If your only care since then has been from your GP or \
         prescribed medicine, ask the employer if that counts. If it does not, you may meet this \
         now. Otherwise, you meet this by 31 August 2027 at the latest."
    );
    assert_eq!(
        WELSH.reason(criterion, &verdict, bank),
        "Eich ateb oedd Awst 2026. Os mai dim ond gan eich meddyg teulu neu drwy feddyginiaeth ar \
         bresgripsiwn rydych wedi cael gofal ers hynny, gofynnwch i'r cyflogwr a yw hynny'n cyfrif. \
         Os nad yw, efallai eich bod yn bodloni hyn nawr. Fel arall, rydych yn bodloni hyn erbyn \
         31 Awst 2027 fan bellaf."
    );
}
