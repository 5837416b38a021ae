//! Starts the checker in the browser: loads the built-in postings, reads today's date, mounts.

#[cfg(target_arch = "wasm32")]
fn main() {
    use eligibility_checker::app::{App, AppProps};
    use eligibility_checker::builtin;
    use eligibility_checker::rules::Date;
    use std::rc::Rc;

    // The one place the clock is read: the device's local date, as the applicant knows it.
    let now = js_sys::Date::new_0();
    let today = Date::new(
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
    .expect("the browser's date is a real date");
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("eligibility-checker"))
        .expect("index.html has an element with id eligibility-checker");
    // `data-postings="#some-id"` names a <script type="application/json"> in the page holding
    // `{ "questions": [...], "postings": [...] }`; without it, the built-in postings.
    let inline = root.get_attribute("data-postings").map(|selector| {
        let file = format!("the postings in this page ({selector})");
        let text = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(&selector).ok().flatten())
            .and_then(|e| e.text_content());
        match text {
            Some(text) => builtin::load_bundle(&file, &text),
            None => builtin::load_bundle(&file, "no element matches that selector"),
        }
    });
    let (catalogue, load_errors) = inline.unwrap_or_else(builtin::catalogue);
    root.set_inner_html("");
    yew::Renderer::<App>::with_root_and_props(
        root,
        AppProps {
            catalogue: Rc::new(catalogue),
            load_errors: Rc::new(load_errors),
            today,
        },
    )
    .render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a web app: build it with `trunk build --release` (see README.md).");
    std::process::exit(2);
}
