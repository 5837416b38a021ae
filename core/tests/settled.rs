//! Whether the answers so far already decide a posting's result, and what such a result says:
//! a closed advert first, the day time alone stands in the way until, and where experience only
//! as a carer does not meet a criterion, the kind of job that asks for it.

mod util;

use eligibility_core::builtin;
use eligibility_core::rules::{Catalogue, Evaluation, PostingId};
use eligibility_core::text::{ENGLISH, WELSH};
use util::*;

/// A posting evaluated today, its questions answered in the order it asks them, as far as
/// `given` goes (each written as [`util::answer`] reads it).
#[track_caller]
fn evaluated<'c>(catalogue: &'c Catalogue, posting_id: &str, given: &[&str]) -> Evaluation<'c> {
    answered_in_turn(catalogue, posting_id, given, today())
}

#[test]
fn the_result_is_settled_once_no_answer_still_to_come_could_change_it() {
    // (posting, answers in the order it asks them, whether the result is settled). KMPT asks
    // lived_experience, willing_to_share, last_used_services, then the desirable nvq_level_2;
    // SWLSTG asks lived_experience, used_inpatient_services. Today is 23 November 2026.
    #[rustfmt::skip]
    let table: &[(&str, &[&str], bool)] = &[
        (KMPT, &[], false),
        // Own experience, so far: every essential answer to come could still be "no".
        (KMPT, &["own"], false),
        (KMPT, &["not sure"], false),
        (KMPT, &["own", "yes"], false),
        (KMPT, &["own", "not sure"], false),
        // An answer the employer does not take: "no" whatever comes after.
        (KMPT, &["carer_only"], true),
        (KMPT, &["work_only"], true),
        (KMPT, &["none"], true),
        (KMPT, &["own", "no"], true),
        (KMPT, &["not sure", "no"], true),
        // Never used services, where the posting asks for experience of them.
        (KMPT, &["own", "yes", "never"], true),
        // Every essential criterion answered: what is left is desirable, and never changes it,
        // whether the result is "yes", "not yet" or "ask the employer".
        (KMPT, &["own", "yes", "3/2024"], true),
        (KMPT, &["own", "yes", "not sure"], true),
        (KMPT, &["own", "yes", "3/2024", "no"], true),
        // A month too recent, or at the boundary, asks whether the only care since was from a
        // GP or prescribed medicine: open until that is answered.
        (KMPT, &["own", "yes", "5/2026"], false),
        (KMPT, &["own", "yes", "5/2026", "no"], true),
        (KMPT, &["own", "yes", "5/2026", "yes"], true),
        (KMPT, &["own", "yes", "11/2025"], false),
        (KMPT, &["own", "yes", "11/2025", "no"], true),
        (SWLSTG, &[], false),
        (SWLSTG, &["own"], false),
        (SWLSTG, &["carer_only"], true),
        (SWLSTG, &["own", "no"], true),
        (SWLSTG, &["own", "yes"], true),
    ];
    let catalogue = catalogue();
    for (posting, given, settled) in table {
        let evaluation = evaluated(&catalogue, posting, given);
        assert_eq!(evaluation.is_settled(), *settled, "{posting} {given:?}");
    }
}

#[test]
fn time_in_the_way_settles_nothing_while_an_essential_answer_is_still_to_come() {
    // Services used in May 2026, answered for another job: "not yet" so far, but the lived
    // experience question still to come could make it "no".
    let catalogue = catalogue();
    let so_far = [("last_used_services", month(2026, 5))];
    assert!(!evaluation(&catalogue, KMPT, &so_far, today()).is_settled());
    let then = [so_far[0].clone(), ("lived_experience", choice("work_only"))];
    assert!(evaluation(&catalogue, KMPT, &then, today()).is_settled());
}

#[test]
fn experience_only_as_a_carer_is_told_apart_from_other_answers_not_taken() {
    let catalogue = catalogue();
    #[rustfmt::skip]
    let table: &[(&str, &[&str], bool)] = &[
        (KMPT, &["carer_only"], true),
        (KMPT, &["carer_only", "no", "never", "no"], true),
        (SWLSTG, &["carer_only", "yes"], true),
        (KMPT, &["work_only"], false),
        (KMPT, &["none"], false),
        (KMPT, &["own", "no"], false),
        (KMPT, &["not sure"], false),
        (KMPT, &[], false),
    ];
    for (posting, given, carer) in table {
        let evaluation = evaluated(&catalogue, posting, given);
        assert_eq!(
            evaluation.missed_only_as_carer(),
            *carer,
            "{posting} {given:?}"
        );
    }
}

#[test]
fn a_closed_advert_leads_its_result_with_its_closing_whatever_the_answers() {
    let catalogue = catalogue();
    for given in [
        &["own", "yes"][..],
        &["own", "no"],
        &["own", "not sure"],
        &["carer_only"],
    ] {
        let evaluation = evaluated(&catalogue, SWLSTG, given);
        let outcome = ENGLISH.outcome(&evaluation, today());
        assert_eq!(
            outcome.heading, "This advert closed on 16 September 2025",
            "{given:?}"
        );
        let [lead, _] = outcome.closed.expect("the closing is said");
        assert_eq!(
            lead,
            "The employer is no longer taking applications for it."
        );
        let welsh = WELSH.outcome(&evaluation, today());
        assert_eq!(welsh.heading, "Caeodd yr hysbyseb hon ar 16 Medi 2025");
    }
    // What the answers mean follows, as an open advert's heading says it.
    let met = ENGLISH.outcome(&evaluated(&catalogue, SWLSTG, &["own", "yes"]), today());
    assert_eq!(
        met.closed.unwrap()[1],
        "You meet the essential criteria for this job"
    );
    // Open, it leads with what the answers mean.
    let open = ENGLISH.outcome(
        &evaluated(&catalogue, KMPT, &["own", "yes", "3/2024"]),
        today(),
    );
    assert_eq!(open.heading, "You meet the essential criteria for this job");
    assert_eq!(open.closed, None);
}

#[test]
fn not_yet_leads_with_the_day_the_applicant_could_apply_from() {
    let catalogue = catalogue();
    let evaluation = evaluated(&catalogue, KMPT, &["own", "yes", "5/2026", "no"]);
    let outcome = ENGLISH.outcome(&evaluation, today());
    assert_eq!(outcome.heading, "You could apply from 31 May 2027");
    assert!(!outcome.body.contains("do not meet"), "{}", outcome.body);
    let welsh = WELSH.outcome(&evaluation, today());
    assert_eq!(welsh.heading, "Gallech wneud cais o 31 Mai 2027 ymlaen");
}

#[test]
fn a_carer_is_pointed_to_jobs_that_ask_for_carers_experience_in_the_postings_words_if_given() {
    let catalogue = catalogue();
    let next = |catalogue: &Catalogue, given: &[&str]| {
        ENGLISH
            .next_steps(&evaluated(catalogue, KMPT, given), today())
            .carer_roles
    };
    let (words, lang) = next(&catalogue, &["carer_only"]).expect("carers are pointed on");
    assert!(
        words.starts_with("Some peer support jobs ask for experience as a carer"),
        "{words}"
    );
    assert_eq!(lang, None);
    for given in [
        &["work_only"][..],
        &["own", "no"],
        &["own", "yes", "3/2024"],
    ] {
        assert_eq!(next(&catalogue, given), None, "{given:?}");
    }
    // A posting's own words stand in for the checker's; on a Welsh page, marked as English where
    // the posting gives no Welsh.
    let mut kmpt: serde_json::Value = serde_json::from_str(posting_file(KMPT).1).unwrap();
    kmpt["carer_roles"] =
        "Our Carer Peer Support Worker jobs ask for experience as a carer.".into();
    let kmpt = kmpt.to_string();
    let (catalogue, errors) = builtin::load(builtin::QUESTIONS, &[("kmpt.json", &kmpt)]);
    assert!(errors.is_empty(), "{errors:?}");
    let posting = catalogue.posting(&PostingId::new(KMPT)).unwrap();
    assert_eq!(
        posting.carer_roles.as_ref().map(|w| w.as_english()),
        Some("Our Carer Peer Support Worker jobs ask for experience as a carer.")
    );
    let (words, _) = next(&catalogue, &["carer_only"]).unwrap();
    assert_eq!(
        words,
        "Our Carer Peer Support Worker jobs ask for experience as a carer."
    );
    let evaluation = evaluated(&catalogue, KMPT, &["carer_only"]);
    let welsh = WELSH.next_steps(&evaluation, today()).carer_roles.unwrap();
    assert_eq!(welsh.1, Some("en"));
}

#[test]
fn only_an_after_offer_check_that_names_the_dbs_is_a_dbs_check() {
    let catalogue = catalogue();
    let kmpt = posting(&catalogue, KMPT);
    let dbs: Vec<&str> = (kmpt.criteria.iter())
        .filter(|c| c.is_dbs_check())
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(dbs, ["dbs-check"]);
    let swlstg = posting(&catalogue, SWLSTG);
    assert!(!swlstg.criteria.iter().any(|c| c.is_dbs_check()));
}
