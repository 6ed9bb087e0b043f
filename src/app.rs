//! The root component.

use leptos::prelude::*;
use report::Report;

use crate::components::outline::ReportOutline;

/// The bundled default report: 深圳市宝安区新桥街道办事处2024年上半年工作总结和下半年工作计划,
/// verbatim as published. The same file is served as `reports/xinqiao-2024h1.txt`.
pub const DEFAULT_REPORT: &str = include_str!("../public/reports/xinqiao-2024h1.txt");

/// The explorer: parses the bundled report once and shows it.
///
/// Renders without touching `window` or `document`, so it can also be rendered to HTML natively.
#[component]
pub fn App() -> impl IntoView {
    let parsed = report::parse(DEFAULT_REPORT);
    match parsed {
        Ok(report) => view! { <ReportOutline report=report/> }.into_any(),
        Err(err) => view! {
            <main class="parse-error" role="alert">
                <h1>"报告无法解析"</h1>
                <p>{err.to_string()}</p>
            </main>
        }
        .into_any(),
    }
}

/// Convenience for tests and tools: the bundled report, parsed.
pub fn default_report() -> Report {
    report::parse(DEFAULT_REPORT).expect("the bundled report parses")
}
