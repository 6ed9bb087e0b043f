//! 报告速览 / Report Explorer: the Leptos app.
pub mod app;
pub use app::App;
