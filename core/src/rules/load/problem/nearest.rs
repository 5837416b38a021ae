//! "Did you mean …?": the known name or id nearest to a misspelt one, where one is near enough to
//! be what was meant.

/// The one of `known` that `found` was most likely meant to be: the same but for case, `-` or
/// `_` (`nvq-level-3` for `nvq_level_3`); else the one a few letters away (`titel` for `title`,
/// `nvq_level3` for `nvq_level_3`), the fewer the shorter the name; else the one that starts or
/// ends with the same four letters or more (`closing_date` for `closes`, `job_title` for
/// `title`), or that the one given starts with (`cymraeg` for `cy`). `None` when nothing is near,
/// or two are equally near: a wrong guess would mislead.
///
/// Names and ids are compared byte by byte: those the checker knows are all ASCII. Among more than
/// [`NEAREST_AMONG`] it guesses none: a file of thousands of postings each naming one of thousands
/// of ids wrongly would otherwise take as long as thousands times thousands of comparisons.
///
/// ```
/// use eligibility_core::rules::load::problem::nearest;
/// let known = ["closes", "contract", "criteria", "title"];
/// assert_eq!(nearest("titel", &known), Some("title"));
/// assert_eq!(nearest("closing_date", &known), Some("closes"));
/// assert_eq!(nearest("salary", &known), None);
/// ```
pub fn nearest<'a>(found: &str, known: &[&'a str]) -> Option<&'a str> {
    if known.len() > NEAREST_AMONG {
        return None;
    }
    let found = fold(found);
    let allowed = (found.len() / 3).clamp(1, 3);
    // The best by letters apart (fewest), and by the start or end shared (longest), each with
    // whether another is as good.
    let mut closest: Option<(usize, &str, bool)> = None;
    let mut sharing: Option<(usize, &str, bool)> = None;
    for &name in known {
        let candidate = fold(name);
        if candidate == found {
            return Some(name);
        }
        let apart = distance(&found, &candidate, allowed);
        if apart <= allowed {
            keep(&mut closest, usize::MAX - apart, name);
        }
        let start = found.iter().zip(&candidate).take_while(|(a, b)| a == b);
        let end = (found.iter().rev())
            .zip(candidate.iter().rev())
            .take_while(|(a, b)| a == b);
        let mut shared = start.count().max(end.count());
        // A known name that the one given starts with: `cymraeg` for `cy`.
        if candidate.len() >= 2 && found.starts_with(&candidate) {
            shared = shared.max(4);
        }
        if shared >= 4 {
            keep(&mut sharing, shared, name);
        }
    }
    match (closest, sharing) {
        (Some((_, name, false)), _) | (None, Some((_, name, false))) => Some(name),
        _ => None,
    }
}

/// The most names or ids [`nearest`] looks among for the one meant.
pub const NEAREST_AMONG: usize = 100;

/// Keeps `name` in `best` where its `score` is higher than the one kept; marks a tie.
fn keep<'a>(best: &mut Option<(usize, &'a str, bool)>, score: usize, name: &'a str) {
    match best {
        Some((kept, _, tied)) if *kept == score => *tied = true,
        Some((kept, _, _)) if *kept > score => {}
        _ => *best = Some((score, name, false)),
    }
}

/// A name as compared: lower case, with `-` and spaces read as `_`.
fn fold(name: &str) -> Vec<u8> {
    name.bytes()
        .map(|b| match b {
            b'-' | b' ' => b'_',
            b => b.to_ascii_lowercase(),
        })
        .collect()
}

/// How many letters apart `a` and `b` are: letters added, taken away, changed, or two side by
/// side swapped (the optimal string alignment distance). Anything over `most` is `most + 1`.
fn distance(a: &[u8], b: &[u8], most: usize) -> usize {
    if a.len().abs_diff(b.len()) > most {
        return most + 1;
    }
    // Three rows of the table: two back, one back, and this one.
    let mut two: Vec<usize> = vec![0; b.len() + 1];
    let mut one: Vec<usize> = (0..=b.len()).collect();
    let mut row: Vec<usize> = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        row[0] = i;
        for j in 1..=b.len() {
            let change = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (one[j] + 1).min(row[j - 1] + 1).min(one[j - 1] + change);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(two[j - 2] + 1);
            }
            row[j] = best;
        }
        std::mem::swap(&mut two, &mut one);
        std::mem::swap(&mut one, &mut row);
    }
    one[b.len()].min(most + 1)
}
