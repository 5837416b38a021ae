//! Helpers shared by the app's native tests: the core's (the built-in catalogue, answers by name,
//! table checks) and the app's flow.

#![allow(dead_code)]

#[path = "../../core/tests/util/mod.rs"]
mod core;
pub mod flow;

pub use self::core::*;
