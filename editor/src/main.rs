//! The editor's page: mounts the editor into the page's `<main>`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        let root = yew::utils::document()
            .get_element_by_id("editor")
            .expect("the page has an element with id editor");
        yew::Renderer::<eligibility_editor::Editor>::with_root(root).render();
    }
}
