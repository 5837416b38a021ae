//! The order of the list: the adverts an applicant can still apply to first, the one closing
//! soonest at the top, so that a deadline near at hand is not missed below the fold.

use crate::rules::date::Date;
use crate::rules::model::Posting;
use std::rc::Rc;

/// `postings` in the list's order on `today` ([`place`]), those alike in the order given. Each is
/// put in its place as it comes, found by a binary search: a few thousand postings at most are
/// quick to order so, and a general sort's code would cost the page kilobytes.
pub(super) fn in_order<'p>(
    postings: impl Iterator<Item = &'p Rc<Posting>>,
    today: Date,
) -> Vec<&'p Rc<Posting>> {
    let mut placed: Vec<((u8, i64), &Rc<Posting>)> = Vec::new();
    for posting in postings {
        let key = place(posting, today);
        let at = placed.partition_point(|(other, _)| *other <= key);
        placed.insert(at, (key, posting));
    }
    placed.into_iter().map(|(_, posting)| posting).collect()
}

/// Where `posting` comes in the list on `today`; lower comes first. In turn:
///
/// 1. open, with a closing date: the soonest first;
/// 2. open, with no closing date, while it is taken to be open (see
///    [`Posting::may_have_closed`]): the most recently published first, then those that do not say
///    when they were published;
/// 3. with no closing date, published so long ago that it may have closed: likewise;
/// 4. closed: the most recently closed first.
///
/// Postings alike in this keep the order they were given in.
fn place(posting: &Posting, today: Date) -> (u8, i64) {
    let since_published = || posting.published.map_or(i64::MAX, |p| p.days_until(today));
    match posting.closes {
        Some(closes) if today <= closes => (0, today.days_until(closes)),
        Some(closes) => (3, closes.days_until(today)),
        None if posting.may_have_closed(today).is_some() => (2, since_published()),
        None => (1, since_published()),
    }
}
