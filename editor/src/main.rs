//! The editor's page: mounts the editor into the page's `#editor` element.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        let root = gloo_utils::document()
            .get_element_by_id("editor")
            .expect("the page has an element with id editor");
        // The noscript note goes: the editor is running.
        root.set_inner_html("");
        // `?lang=cy` gives the editor in Welsh, as it gives the checker.
        let search = gloo_utils::window().location().search().unwrap_or_default();
        let language = if search.split(['?', '&']).any(|pair| pair == "lang=cy") {
            eligibility_core::rules::Language::Welsh
        } else {
            eligibility_core::rules::Language::English
        };
        // Today in the browser's own time zone: the day a new test case is judged on.
        let now = js_sys::Date::new_0();
        let today = eligibility_core::rules::Date::new(
            now.get_full_year() as i32,
            now.get_month() as u8 + 1,
            now.get_date() as u8,
        )
        .unwrap_or_else(|| {
            eligibility_core::rules::Date::new(2026, 1, 1).unwrap_or_else(|| unreachable!())
        });
        // Where the checker is: the folder above the editor's (for the embed snippets).
        let location = gloo_utils::window().location();
        let here = location.href().unwrap_or_default();
        let here = here.split(['?', '#']).next().unwrap_or_default();
        let checker = match here.rfind("editor/") {
            Some(at) => here[..at].to_owned(),
            None => "../".to_owned(),
        };
        let props = eligibility_editor::views::EditorProps {
            language,
            today,
            checker: checker.into(),
        };
        yew::Renderer::<eligibility_editor::Editor>::with_root_and_props(root, props).render();
    }
}
