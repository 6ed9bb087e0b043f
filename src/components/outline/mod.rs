//! [`ReportOutline`]: the report's title, parts, sections and topic titles.

use leptos::prelude::*;
use report::Report;

/// Shows the report's title and metadata, then each part with its sections and their topics.
#[component]
pub fn ReportOutline(report: Report) -> impl IntoView {
    let title = report
        .title
        .clone()
        .unwrap_or_else(|| "工作报告".to_string());
    let meta = [report.publisher.clone(), report.published.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    let parts = report
        .parts
        .iter()
        .map(|part| {
            let sections = part
                .sections
                .iter()
                .map(|section| {
                    let topics = section
                        .topics
                        .iter()
                        .filter_map(|t| t.title.clone())
                        .map(|t| view! { <li>{t}</li> })
                        .collect_view();
                    view! {
                        <section class="outline-section">
                            <h3>{format!("（{}）{}", section.number, section.title)}</h3>
                            <ul>{topics}</ul>
                        </section>
                    }
                })
                .collect_view();
            view! {
                <section class="outline-part">
                    <h2>{format!("{}、{}", part.number, part.title)}</h2>
                    {sections}
                </section>
            }
        })
        .collect_view();
    view! {
        <header class="report-header">
            <h1>{title}</h1>
            <p class="report-meta">{meta}</p>
        </header>
        <main class="report-outline">{parts}</main>
    }
}
