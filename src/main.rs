//! The wasm entry points the boot script calls: `mount` for each checker on the page.
//! (The boot script is `web/boot.js`, filled in by `scripts/post-build.mjs`; see `src/embed/mod.rs`
//! for the attributes.)

#[cfg(target_arch = "wasm32")]
mod web {
    use wasm_bindgen::prelude::*;

    /// A mounted checker, for the boot script to destroy when its element leaves the page.
    #[wasm_bindgen]
    pub struct Checker(eligibility_checker::embed::Checker);

    #[wasm_bindgen]
    impl Checker {
        /// Unmounts the checker and forgets its answers. Takes the checker, so that it is freed
        /// and stops listening at its boundary: its element may mount a new one later.
        pub fn destroy(self) {
            self.0.destroy();
        }
    }

    /// Mounts a checker into `shadow`, the closed shadow root of `host`; see
    /// `eligibility_checker::embed::mount`. The boot script calls it with plain arguments, one a
    /// value, rather than an object the wasm would have to take apart.
    #[allow(clippy::too_many_arguments)]
    #[wasm_bindgen]
    pub fn mount(
        host: web_sys::Element,
        shadow: web_sys::ShadowRoot,
        stylesheet: &str,
        integrity: &str,
        attribute_prefix: &str,
        prefetched: Option<js_sys::Promise>,
        prerendered: bool,
        own_page: bool,
        language: &str,
        builtin_url: String,
        builtin: Option<js_sys::Promise>,
        holds: js_sys::Function,
    ) -> Result<Checker, JsValue> {
        eligibility_checker::embed::mount(
            host,
            shadow,
            stylesheet,
            integrity,
            attribute_prefix,
            prefetched,
            eligibility_checker::embed::Page {
                prerendered,
                own_page,
                language: eligibility_core::text::Language::from_tag(language).unwrap_or_default(),
                builtin: (builtin_url, builtin),
                on_holding: yew::Callback::from(move |holding: bool| {
                    let _ = holds.call1(&JsValue::NULL, &JsValue::from_bool(holding));
                }),
            },
        )
        .map(Checker)
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    {
        eprintln!("This is a web app: build it with `trunk build --release` (see README.md).");
        std::process::exit(2);
    }
}
