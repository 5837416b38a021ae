//! The employers' editor (docs/employers.md): one State, one Action, a pure reducer
//! ([`state`]), and small views over it ([`views`]), as the applicant's app is built. It drafts
//! with the core's `employer` feature and never reaches the tools.

mod browser;
pub mod state;
pub mod views;

pub use views::Editor;
