//! Whether the answers so far already decide a posting's result, whether experience only as a
//! carer is what does not meet a criterion, and which after-offer check is the DBS's.

mod util;

use eligibility_core::rules::{Answer, Catalogue, Evaluation};
use util::*;

/// A posting evaluated today, its questions answered in the order it asks them, as far as
/// `given` goes (each written as [`util::answer`] reads it).
#[track_caller]
fn evaluated<'c>(catalogue: &'c Catalogue, posting_id: &str, given: &[&str]) -> Evaluation<'c> {
    let asked = posting(catalogue, posting_id).question_ids();
    let given: Vec<(&str, Answer)> = asked
        .iter()
        .zip(given)
        .map(|(question, text)| (question.as_str(), answer(text)))
        .collect();
    evaluation(catalogue, posting_id, &given, today())
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
        (KMPT, &["own", "yes", "5/2026"], true),
        (KMPT, &["own", "yes", "not sure"], true),
        (KMPT, &["own", "yes", "11/2025"], true),
        (KMPT, &["own", "yes", "3/2024", "no"], true),
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
