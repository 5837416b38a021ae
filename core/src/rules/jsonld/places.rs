//! Where a JobPosting's job is: its places and home working (`jobLocation`, `jobLocationType`,
//! `applicantLocationRequirements`) as the posting's `location`, and the town or area the list's
//! filter chooses by as its `area`.

use super::facts::{list, Facts};
use super::text_of;
use crate::json::Json;
use crate::rules::fact::Location;
use crate::rules::load::Expected;
use crate::rules::search::town;
use crate::rules::Nation;

impl Facts<'_, '_> {
    /// Where the job is: its places (`jobLocation`, one or a list), or done from home
    /// (`jobLocationType` `TELECOMMUTE`, for applicants in `applicantLocationRequirements`).
    pub(super) fn location(&mut self) {
        let job = self.job.json;
        let mut places: Vec<String> = Vec::new();
        for (i, place) in list(job.get("jobLocation")).enumerate() {
            let written = written(place);
            if written.is_empty() {
                let at = match job.get("jobLocation") {
                    // Counted from one, as every place in a message is.
                    Some(Json::Array(_)) => format!("jobLocation[{}]", i + 1),
                    _ => "jobLocation".to_owned(),
                };
                return self.wrong(&at, Expected::Place, Some(place));
            }
            places.push(written);
        }
        let remote =
            (text_of(job.get("jobLocationType")).as_deref() == Some("TELECOMMUTE")).then(|| {
                list(job.get("applicantLocationRequirements"))
                    .filter_map(|area| text_of(Some(area)).or_else(|| text_of(area.get("name"))))
                    .collect()
            });
        if places.is_empty() && remote.is_none() {
            let found = job.get("jobLocation");
            return self.wrong("jobLocation", Expected::Place, found);
        }
        // The nation the page's places tell, where the criteria file does not say: the location
        // is the page's, so the validator cannot ask for the nation beside it, as it does for a
        // posting file's own location.
        let areas = remote.iter().flatten();
        let told = places.iter().chain(areas).find_map(|p| Nation::of_place(p));
        if let Some(nation) = told.filter(|_| self.wants("nation")) {
            self.keep("nation", nation.id().to_owned());
        }
        let location = Location { places, remote };
        self.keep_worded("location", |w| w.location(&location));
    }

    /// The town or area, for the list's filter: the first place's `addressLocality`, else its
    /// `addressRegion`, else the [`town`] in it as written (a place given as text, "Cardiff"), as
    /// the page writes it; for a job done from home alone, the checker's word for that in each
    /// language. Where there is no place (nor home working), nothing, and `location` names the
    /// problem.
    pub(super) fn area(&mut self) {
        let job = self.job.json;
        let first = list(job.get("jobLocation")).next();
        let address = first.and_then(|place| place.get("address"));
        let town = ["addressLocality", "addressRegion"]
            .into_iter()
            .find_map(|key| text_of(address.and_then(|a| a.get(key))))
            .or_else(|| first.map(|place| town(&written(place)).to_owned()))
            .filter(|town| !town.is_empty());
        let remote = text_of(job.get("jobLocationType")).as_deref() == Some("TELECOMMUTE");
        match town {
            Some(town) => self.keep_words("area", town),
            None if first.is_none() && remote => {
                let home = Location {
                    places: Vec::new(),
                    remote: Some(Vec::new()),
                };
                self.keep_worded("area", |w| w.location(&home));
            }
            None => {}
        }
    }
}

/// A place as the page writes it: its text (a place given as text), name and address, parts apart
/// by ", "; empty where it gives none.
fn written(place: &Json) -> String {
    let address = place.get("address");
    let mut written: Vec<String> = Vec::new();
    for part in [Some(place), place.get("name"), address] {
        written.extend(text_of(part));
    }
    for key in [
        "streetAddress",
        "addressLocality",
        "addressRegion",
        "postalCode",
    ] {
        written.extend(text_of(address.and_then(|a| a.get(key))));
    }
    written.join(", ")
}
