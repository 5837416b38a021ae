//! The words for a month that would not meet a `months_since` rule, where the applicant's only
//! care since has been from their GP or prescribed medicine, which adverts do not always say
//! counts: the reason, and a message they could send the employer to ask.

use super::{fill, Text};
use crate::rules::{NotSure, Posting, Verdict};

/// The words for care only from a GP or prescribed medicine: part of each language's
/// [`super::RuleWords`].
#[derive(Debug, PartialEq)]
pub struct GpWords {
    /// The reason, where the applicant answered yes. Placeholders `{month}` (the month answered),
    /// `{since}` (the month the rule's months began) and `{by}` (met by then if that care counts).
    pub reason: &'static str,
    /// The same, where they answered that they are not sure.
    pub reason_unsure: &'static str,
    /// That asking the employer is normal, above the message.
    pub normal: &'static str,
    /// The label of the message they could send.
    pub message_label: &'static str,
    /// The message. Placeholders `{job}` ([`GpWords::job`] or [`GpWords::job_reference`]),
    /// `{period}` (the rule's months) and `{since}`.
    pub message: &'static str,
    /// The job in the message, where the advert gives no reference. Placeholder `{title}`.
    pub job: &'static str,
    /// The job in the message, with the advert's reference. Placeholders `{title}`, `{reference}`.
    pub job_reference: &'static str,
}

/// In English.
pub const ENGLISH_GP: GpWords = GpWords {
    reason: "You answered {month}. Since {since}, your only mental health care has been from your GP or prescribed medicine. The advert does not say if that counts, so ask the employer. If it does not, you meet this now. If it does, you meet this by {by} at the latest.",
    reason_unsure: "You answered {month}. You are not sure if your only mental health care since {since} has been from your GP or prescribed medicine. Ask the employer what counts. If that care counts, you meet this by {by} at the latest.",
    normal: "Employers expect questions like this. Asking will not count against you.",
    message_label: "A message you could send the employer:",
    message: "I would like to apply for {job}. The advert asks for {period} without using mental health services. Since {since}, I have only seen my GP or taken prescribed medicine for my mental health. Does that count?",
    job: "the {title} job",
    job_reference: "the {title} job (reference {reference})",
};

/// In Welsh.
pub const WELSH_GP: GpWords = GpWords {
    reason: "Eich ateb oedd {month}. Ers {since}, dim ond gan eich meddyg teulu neu drwy feddyginiaeth ar bresgripsiwn rydych wedi cael gofal iechyd meddwl. Nid yw'r hysbyseb yn dweud a yw hynny'n cyfrif, felly gofynnwch i'r cyflogwr. Os nad yw, rydych yn bodloni hyn nawr. Os ydyw, byddech yn bodloni hyn erbyn {by} fan bellaf.",
    reason_unsure: "Eich ateb oedd {month}. Nid ydych yn siŵr ai dim ond gan eich meddyg teulu neu drwy feddyginiaeth ar bresgripsiwn rydych wedi cael gofal iechyd meddwl ers {since}. Gofynnwch i'r cyflogwr beth sy'n cyfrif. Os yw'r gofal hwnnw'n cyfrif, byddech yn bodloni hyn erbyn {by} fan bellaf.",
    normal: "Mae cyflogwyr yn disgwyl cwestiynau fel hyn. Ni fydd gofyn yn cyfrif yn eich erbyn.",
    message_label: "Neges y gallech ei hanfon at y cyflogwr:",
    message: "Hoffwn wneud cais am {job}. Mae'r hysbyseb yn gofyn am {period} heb ddefnyddio gwasanaethau iechyd meddwl. Ers {since}, dim ond gweld fy meddyg teulu neu gymryd meddyginiaeth ar bresgripsiwn ar gyfer fy iechyd meddwl rydw i wedi'i wneud. Ydy hynny'n cyfrif?",
    job: "y swydd {title}",
    job_reference: "y swydd {title} (cyfeirnod {reference})",
};

impl Text {
    /// Where `verdict` leaves it to the employer because the applicant's only care has been from
    /// their GP or prescribed medicine: a message they could send to ask, with the job's title
    /// and reference. `None` for any other verdict, and where they were not sure.
    pub fn gp_message(&self, posting: &Posting, verdict: &Verdict) -> Option<String> {
        let Verdict::NotSure(NotSure::OnlyGpOrMedicine {
            months,
            since,
            sure: true,
            ..
        }) = verdict
        else {
            return None;
        };
        let title = self.own(&posting.title);
        let job = match &posting.reference {
            Some(reference) => fill(
                self.rules.gp.job_reference,
                &[("title", title), ("reference", reference)],
            ),
            None => fill(self.rules.gp.job, &[("title", title)]),
        };
        Some(fill(
            self.rules.gp.message,
            &[
                ("job", &job),
                (
                    "period",
                    &fill(
                        self.rules.period_months.of(*months as usize),
                        &[("count", &months.to_string())],
                    ),
                ),
                ("since", &self.month(*since)),
            ],
        ))
    }
}
