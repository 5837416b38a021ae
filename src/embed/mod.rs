//! Mounting checkers into a page: the standalone page, an employer's snippet, or the
//! `<eligibility-checker>` custom element. Browser only, apart from
//! the problems a page's attributes can have ([`problems`]), which are tested natively.
//!
//! Each checker draws in a closed shadow root on its host element (made and held by the boot
//! script), with the checker's stylesheet inside: the host page's CSS cannot reach in, the
//! checker's cannot leak out, element ids are scoped to the checker, and no script of the host
//! page can walk into it. The input events that would otherwise bubble out of it (clicks, keys,
//! input, focus) stop at its boundary (the boot script's listeners on the root, there from the
//! moment the root is, before the app has started), so a host page's analytics never see which
//! answer was chosen. Theming is by CSS custom properties, which do cross the boundary.
//!
//! Where postings come from, read from the host element's attributes (with a `data-` prefix on a
//! plain element, without on the custom element):
//! - `postings="#id"`: a `<script type="application/json">` in the page holding questions and
//!   postings; `postings="some/file.json"`: the same, fetched from that URL;
//! - otherwise `criteria="#id"` or `criteria="file.json"`: the page's schema.org `JobPosting`
//!   JSON-LD, joined to this criteria file (given both, the postings are used and a problem names
//!   the criteria attribute);
//! - neither: the built-in postings.
//!
//! Files come from the page's own origin only, fetched without cookies, unless `postings-from`
//! names the other origin exactly: the employer has to mean it. Anything else (a `data:` address,
//! a selector that is not a plain `#id`) is refused and named as a problem.
//!
//! `posting="id"` opens that posting at once; an id that no posting has shows the list instead.
//!
//! A file that cannot be read, or a posting in it with problems, hides only itself: the others
//! load. Every problem goes in short to the page's console (`console.warn`), for whoever looks
//! after the page; the applicant is told only that jobs are missing, in one plain sentence
//! ([`crate::app::Missing`]), never a file, a field or a developer's message. When a result is shown the host element dispatches
//! `eligibility-checker:completed`, bubbling and composed, whose `detail` is `{ posting }` and
//! nothing else: never the answers, never the outcome, which would reveal health information to
//! whatever analytics the host page runs.

pub mod problems;

#[cfg(target_arch = "wasm32")]
mod mount;
#[cfg(target_arch = "wasm32")]
mod sources;

#[cfg(target_arch = "wasm32")]
pub use mount::{mount, today, Checker, Page, COMPLETED_EVENT};
