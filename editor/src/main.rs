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
        let props = eligibility_editor::views::EditorProps { language };
        yew::Renderer::<eligibility_editor::Editor>::with_root_and_props(root, props).render();
    }
}
