//! # 报告速览 / Report Explorer
//!
//! The Leptos (client-side) app on top of the [`report`] core crate. Data flows one way:
//! report text → [`report::Report`] → view state ([`state::Explorer`]) → components.
//!
//! `src/main.rs` only reads the URL and storage and mounts [`App`]; keeping the app in the
//! library lets `tests/web.rs` mount it into a fresh node in a headless browser.

// Leptos' typed views nest deeply: server rendering (the pre-render) computes layouts of
// futures whose types hold whole components.
#![recursion_limit = "256"]

pub mod app;
pub mod browser;
pub mod charts;
pub mod components;
pub mod hooks;
pub mod render;
pub mod state;
pub mod tracking;

pub use app::App;
