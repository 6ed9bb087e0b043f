use leptos::prelude::*;

/// The bundled default report's text.
pub const DEFAULT_REPORT: &str = include_str!("../public/reports/xinqiao-2024h1.txt");

/// The whole explorer.
#[component]
pub fn App() -> impl IntoView {
    view! { <main><h1>"报告速览"</h1></main> }
}
