//! The editor's page: mounts the editor into the page's `#editor` element.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        let root = gloo_utils::document()
            .get_element_by_id("editor")
            .expect("the page has an element with id editor");
        // The noscript note goes: the editor is running.
        root.set_inner_html("");
        yew::Renderer::<eligibility_editor::Editor>::with_root(root).render();
    }
}
