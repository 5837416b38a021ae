//! The first screen, rendered at build time: the list of the built-in postings as the checker's own
//! views render it, for `scripts/post-build.mjs` to put in the standalone page, so that the
//! jobs show at first paint rather than when the wasm has started. Printed in English and in Welsh,
//! each with a notice, hidden, that the boot script shows if the app cannot start.
//!
//! ```sh
//! cargo run --quiet -p eligibility-tools --bin prerender -- 2026-11-26   # the HTML, for postings as they are that day
//! ```
//!
//! The date is the day of the build: it decides which postings show as closed. When the checker
//! starts it renders the same views for the applicant's own today, and takes over.

fn main() -> std::process::ExitCode {
    use eligibility_checker::app::{App, AppProps, Missing};
    use eligibility_core::builtin;
    use eligibility_core::rules::Date;
    use eligibility_core::text::Language;
    use std::rc::Rc;
    use yew::LocalServerRenderer;

    let Some(today) = std::env::args()
        .nth(1)
        .and_then(|day| Date::parse_iso(&day))
    else {
        eprintln!("usage: prerender YYYY-MM-DD (the day to render the postings for)");
        return std::process::ExitCode::from(2);
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a single-threaded runtime starts");
    // One screen in each language, marked with it: the boot script keeps the checker's, and until
    // it runs the stylesheet shows the one in the page's language.
    // The built-in postings, as the app loads them: each text in both languages.
    let (catalogue, load_errors) = builtin::catalogue();
    let missing = Missing::of(catalogue.postings().len(), &load_errors, false);
    let catalogue = Rc::new(catalogue);
    for (language, tag) in [(Language::English, "en"), (Language::Welsh, "cy")] {
        let props = AppProps {
            catalogue: catalogue.clone(),
            missing,
            today,
            open: None,
            on_result: Default::default(),
            on_holding: Default::default(),
            language,
            history_key: "eligibility-checker".into(),
            first_trail: 0,
            own_page: true,
            main_landmark: true,
        };
        let html = runtime.block_on(
            LocalServerRenderer::<App>::with_props(props)
                .hydratable(false)
                .render(),
        );
        // What the page holds until the app takes over: a notice, shown by the boot script only if
        // the app cannot start, and the first screen, marked with the day it was rendered for.
        let t = language.text();
        let escape = |text: &str| {
            text.replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('"', "&quot;")
        };
        let notice = escape(t.boot().not_started);
        // Empty until a tap before the app has started: the boot script then shows its words.
        let waiting = escape(t.boot().waiting_to_start);
        println!(
            "<p class=\"ec-not-started\" data-lang=\"{tag}\" lang=\"{lang}\" role=\"alert\" hidden>{notice}</p>\
             <p class=\"ec-waiting\" data-lang=\"{tag}\" lang=\"{lang}\" role=\"status\" data-words=\"{waiting}\"></p>\
             <div class=\"ec-mount\" data-prerendered=\"{today}\" data-lang=\"{tag}\">{html}</div>",
            lang = t.lang
        );
    }
    std::process::ExitCode::SUCCESS
}
