//! The first screen, rendered at build time: the list of the built-in postings as the checker's own
//! components render it, for `scripts/post-build.mjs` to put in the standalone page, so that the
//! jobs show at first paint rather than when the wasm has started. Printed with a notice, hidden,
//! that the boot script shows if the app cannot start.
//!
//! ```sh
//! cargo run --quiet --bin prerender -- 2026-11-26   # the HTML, for postings as they are that day
//! ```
//!
//! The date is the day of the build: it decides which postings show as closed. When the checker
//! starts it renders the same components for the applicant's own today, and takes over.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use eligibility_checker::app::{App, AppProps};
    use eligibility_checker::builtin;
    use eligibility_checker::rules::Date;
    use eligibility_checker::text::ENGLISH;
    use std::rc::Rc;
    use yew::LocalServerRenderer;

    let Some(today) = std::env::args()
        .nth(1)
        .and_then(|day| Date::parse_iso(&day))
    else {
        eprintln!("usage: prerender YYYY-MM-DD (the day to render the postings for)");
        return std::process::ExitCode::from(2);
    };
    let (catalogue, load_errors) = builtin::catalogue();
    let props = AppProps {
        catalogue: Rc::new(catalogue),
        load_errors: Rc::new(load_errors),
        today,
        open: None,
        on_result: Default::default(),
        words: Default::default(),
        history_key: "eligibility-checker".into(),
        first_trail: 0,
        own_page: true,
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a single-threaded runtime starts");
    let html = runtime.block_on(
        LocalServerRenderer::<App>::with_props(props)
            .hydratable(false)
            .render(),
    );
    // What the page holds until the app takes over: a notice, shown by the boot script only if the
    // app cannot start, and the first screen, marked with the day it was rendered for.
    let notice = ENGLISH
        .not_started
        .replace('&', "&amp;")
        .replace('<', "&lt;");
    println!(
        "<p class=\"ec-not-started\" role=\"alert\" hidden>{notice}</p>\
         <div class=\"ec-mount\" data-prerendered=\"{today}\">{html}</div>"
    );
    std::process::ExitCode::SUCCESS
}

#[cfg(target_arch = "wasm32")]
fn main() {}
