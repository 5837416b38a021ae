//! Where to get support now: each result names the urgent mental health line of the nation the
//! job is in, beside Samaritans and 999, as links a phone can call.

mod util;

use eligibility_checker::app::state::{Action, State};
use eligibility_core::builtin;
use eligibility_core::rules::{Nation, PostingId};
use eligibility_core::text::{Language, ENGLISH, WELSH};
use std::rc::Rc;
use util::flow::*;
use util::*;

/// The SWLSTG posting with one edit, loaded alone, and its result page for an applicant who meets
/// it, rendered in `language`.
fn result_page(edit: impl FnOnce(&mut serde_json::Value), language: Language) -> String {
    let mut posting: serde_json::Value = serde_json::from_str(posting_file(SWLSTG).1).unwrap();
    edit(&mut posting);
    let (catalogue, errors) =
        builtin::load(builtin::QUESTIONS, &[("job.json", &posting.to_string())]);
    assert!(errors.is_empty(), "{errors:?}");
    let state = Rc::new(State::new(Rc::new(catalogue), today()));
    let state = run(state, [Action::Language(language)]);
    let state = answer_each(run(state, open(SWLSTG)), &["own", "yes"]);
    render(&run(state, [Action::SeeResult]))
}

#[test]
fn each_nation_s_urgent_line_is_shown_for_a_job_there_with_samaritans_and_999() {
    #[rustfmt::skip]
    let cases: [(&str, Option<&str>, &str, &str); 5] = [
        ("England, where the posting does not say", None,
         "tel:111", "Call NHS 111 and choose the mental health option, at any time (England)."),
        ("England", Some("england"),
         "tel:111", "Call NHS 111 and choose the mental health option, at any time (England)."),
        ("Wales", Some("wales"),
         "tel:111", "Call NHS 111 Wales and press 2 for urgent mental health support, at any time (Wales)."),
        ("Scotland", Some("scotland"),
         "tel:111", "Call NHS 24 on 111 for urgent mental health support, at any time (Scotland)."),
        ("Northern Ireland", Some("northern_ireland"),
         "tel:08088088000", "Call Lifeline free on 0808 808 8000, at any time (Northern Ireland)."),
    ];
    for (case, nation, tel, line) in cases {
        let html = result_page(
            |p| {
                p["location"] = "Home based, across the region".into();
                if let Some(nation) = nation {
                    p["nation"] = nation.into();
                }
            },
            Language::English,
        );
        assert_contains(&html, &format!(r#"<a href="{tel}">{line}</a>"#));
        assert_contains(
            &html,
            r#"<a href="tel:116123">Call Samaritans free on 116 123, at any time.</a>"#,
        );
        assert_contains(
            &html,
            "If you or someone else is in danger right now, call 999.",
        );
        let others = ENGLISH
            .support_urgent
            .iter()
            .filter(|other| **other != line);
        for other in others {
            assert!(
                !html.contains(other),
                "{case}: only the job's nation's line, not {other}"
            );
        }
    }
}

#[test]
fn a_welsh_page_names_the_welsh_line_in_welsh() {
    let html = result_page(|p| p["nation"] = "wales".into(), Language::Welsh);
    assert_contains(
        &html,
        &format!(
            r#"<a href="tel:111">{}</a>"#,
            WELSH.support_urgent_of(Nation::Wales)
        ),
    );
}

#[test]
fn the_built_in_postings_are_in_england() {
    let (catalogue, _) = builtin::catalogue();
    for posting in catalogue.postings() {
        assert_eq!(posting.nation, Nation::England, "{}", posting.id.as_str());
    }
    let posting = catalogue.posting(&PostingId::new(SWLSTG)).unwrap();
    assert_eq!(posting.nation, Nation::England);
}
