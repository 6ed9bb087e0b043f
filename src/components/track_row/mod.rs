//! [`TrackRow`]: one target of 目标追踪 — its status by shape and word, the target and the
//! outcome in the reports' words, why an outcome is on another basis, and 查看原文: both
//! sentences with the number marked, each linked to its card in the explorer.

use std::sync::Arc;

use leptos::prelude::*;
use report::view::percent_encode;
use report::view::tracking::{Excerpt, Row};

use crate::state::series::{SeriesData, APP_DIR};

/// One row of the tracking table, linkable on its own (`#t-…`).
#[component]
pub fn TrackRow(
    /// The row.
    row: Row,
    /// The series (for the reports' names and ids).
    data: Arc<SeriesData>,
    /// Which pair of `data` the row belongs to.
    pair: usize,
) -> impl IntoView {
    let p = &data.pairs[pair];
    let (earlier, later) = (&data.reports[p.earlier], &data.reports[p.later]);
    let status = row.status.as_str();
    let outcome = if row.outcome.is_empty() {
        "报告中没有同一指标的数字".to_string()
    } else {
        row.outcome.clone()
    };
    let link = format!(
        "?view=track&period={}#{}",
        percent_encode(&p.period),
        row.id
    );
    view! {
        <li id=row.id.clone() class=format!("track-row status-{status}") tabindex="-1">
            <p class="track-row-head">
                <span class=format!("track-status status-{status}")>
                    <span class="track-mark" aria-hidden="true">{row.mark}</span>
                    {row.status_word}
                </span>
                " "
                <strong class="track-indicator">{row.indicator.clone()}</strong>
                {row.headline.then(|| view! { <span class="track-badge">"主要预期目标"</span> })}
            </p>
            <dl class="track-row-body">
                <dt>"目标"</dt>
                <dd>{row.target.clone()}</dd>
                <dt>"实际"</dt>
                <dd>{outcome}</dd>
                {(!row.note.is_empty()).then(|| view! { <dt>"说明"</dt><dd>{row.note.clone()}</dd> })}
            </dl>
            <details class="track-sources">
                <summary>"查看原文"</summary>
                {source(&earlier.name, "目标", &earlier.id, &row.target_sentence)}
                {row.outcome_sentence.as_ref().map(|e| source(&later.name, "实际", &later.id, e))}
            </details>
            <a class="track-row-link" href=link>"本条链接"</a>
        </li>
    }
}

/// One sentence with its number marked, the report it is from, and a link to its card.
fn source(name: &str, what: &'static str, id: &str, e: &Excerpt) -> impl IntoView {
    let chars: Vec<char> = e.text.chars().collect();
    let (a, b) = (e.mark.0.min(chars.len()), e.mark.1.min(chars.len()));
    let piece = |r: std::ops::Range<usize>| chars[r].iter().collect::<String>();
    let card = e.card.as_ref().map(|c| {
        let href = format!("{APP_DIR}?report={}&card={c}", percent_encode(id));
        view! { <a class="track-card-link" href=href>"在报告中查看"</a> }
    });
    view! {
        <blockquote class="track-source">
            <p class="track-source-from">{format!("{what}：《{name}》")}</p>
            <p class="track-source-text">{piece(0..a)}<mark>{piece(a..b)}</mark>{piece(b..chars.len())}</p>
            {card}
        </blockquote>
    }
}
