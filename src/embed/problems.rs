//! Problems a page can have with the checker's attributes, for whoever set them: the applicant is
//! shown the list of jobs instead.

use eligibility_core::rules::{Catalogue, LoadError, PostingId, ProblemKind};

/// The problem with a page asking to open posting `id` at once (by the attribute named
/// `attribute`), or `None` when there is such a posting. The applicant is shown the list
/// instead; this tells whoever set the attribute why.
pub fn unknown_posting(
    catalogue: &Catalogue,
    attribute: &str,
    id: &PostingId,
) -> Option<LoadError> {
    if catalogue.posting(id).is_some() {
        return None;
    }
    // Name the ids when there are few enough to read; a job board's thousands are not.
    let postings = catalogue.postings();
    let ids = match postings.len() {
        1..=10 => postings.iter().map(|p| p.id.as_str().to_owned()).collect(),
        _ => Vec::new(),
    };
    let kind = ProblemKind::UnknownPosting {
        found: id.as_str().to_owned(),
        loaded: postings.len(),
        ids,
    };
    Some(LoadError::new(
        &format!("the {attribute} attribute"),
        "",
        kind,
    ))
}
