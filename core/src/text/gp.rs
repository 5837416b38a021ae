//! The words for a month that would not meet a `months_since` rule, where the applicant's only
//! care since has been from their GP or prescribed medicine, which adverts do not always say
//! counts: the reason, and a message they could send the employer to ask.

use super::{fill, Text};
use crate::rules::{NotSure, Posting, Verdict};

/// The words for care only from a GP or prescribed medicine: part of each language's
/// [`super::RuleWords`].
#[derive(Debug, PartialEq)]
pub struct GpWords {
    /// The reason, where the applicant answered yes. Placeholders `{month}` (the month answered)
    /// and `{by}` (met by then if that care counts).
    pub reason: &'static str,
    /// The reason, where they were not sure that care was their only care: it does not say they
    /// may meet it now without that if. Placeholders as `reason`'s.
    pub reason_unsure: &'static str,
    /// That asking the employer is normal, and the message that follows.
    pub normal: &'static str,
    /// The message. Placeholders `{title}`, `{reference}` ([`super::Text::result_reference`], or
    /// nothing where the advert gives none) and `{period}` (the rule's months).
    pub message: &'static str,
}

/// In English.
pub const ENGLISH_GP: GpWords = GpWords {
    reason: "You answered {month}. Ask the employer if care from your GP or prescribed medicine counts. If it does not, you meet this now. If it does, you would meet this by {by} at the latest.",
    reason_unsure: "You answered {month}. If your only care since then has been from your GP or prescribed medicine, ask the employer if that counts. If it does not, you may meet this now. Otherwise, you meet this by {by} at the latest.",
    normal: "Employers expect questions like this. Asking will not count against you. You could send this message:",
    message: "I would like to apply for the {title} job.{reference} The advert asks for {period} without using mental health services. In that time I have only seen my GP or taken prescribed medicine. Does that count?",
};

/// In Welsh.
pub const WELSH_GP: GpWords = GpWords {
    reason: "Eich ateb oedd {month}. Gofynnwch i'r cyflogwr a yw gofal gan eich meddyg teulu neu feddyginiaeth ar bresgripsiwn yn cyfrif. Os nad yw, rydych yn bodloni hyn nawr. Os ydyw, byddech yn bodloni hyn erbyn {by} fan bellaf.",
    reason_unsure: "Eich ateb oedd {month}. Os mai dim ond gan eich meddyg teulu neu drwy feddyginiaeth ar bresgripsiwn rydych wedi cael gofal ers hynny, gofynnwch i'r cyflogwr a yw hynny'n cyfrif. Os nad yw, efallai eich bod yn bodloni hyn nawr. Fel arall, rydych yn bodloni hyn erbyn {by} fan bellaf.",
    normal: "Mae cyflogwyr yn disgwyl cwestiynau fel hyn. Ni fydd gofyn yn cyfrif yn eich erbyn. Gallech anfon y neges hon:",
    message: "Hoffwn wneud cais am y swydd {title}.{reference} Mae'r hysbyseb yn gofyn am {period} heb ddefnyddio gwasanaethau iechyd meddwl. Yn yr amser hwnnw, dim ond gweld fy meddyg teulu neu gymryd meddyginiaeth ar bresgripsiwn rydw i wedi'i wneud. Ydy hynny'n cyfrif?",
};

impl Text {
    /// Where `verdict` leaves it to the employer because the applicant's only care has been from
    /// their GP or prescribed medicine: a message they could send to ask, with the job's title
    /// and reference. `None` for any other verdict, and where they were not sure.
    pub fn gp_message(&self, posting: &Posting, verdict: &Verdict) -> Option<String> {
        let Verdict::NotSure(NotSure::OnlyGpOrMedicine {
            months, sure: true, ..
        }) = verdict
        else {
            return None;
        };
        let reference = posting
            .reference
            .as_ref()
            .map_or(String::new(), |reference| {
                format!(
                    " {}",
                    fill(self.result_reference, &[("reference", reference)])
                )
            });
        let period = fill(
            self.rules.period_months.of(*months as usize),
            &[("count", &months.to_string())],
        );
        Some(fill(
            self.rules.gp.message,
            &[
                ("title", self.own(&posting.title)),
                ("reference", &reference),
                ("period", &period),
            ],
        ))
    }
}
