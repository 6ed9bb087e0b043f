//! Paragraphs that report a time past: a review of the year so far (`今年以来，…`), and in a text
//! read as a plan without a heading of its own, a paragraph on the year before.

use super::plan::plan_start;

/// Words that open a review of the year so far (`今年以来，…`): a body that opens with one
/// reviews, whatever its title says.
pub(super) const REVIEW_OPENERS: &[&str] =
    &["今年以来", "年初以来", "一年来", "过去一年", "上半年以来"];

/// Words that open an account of a time past (`此前，…公布`, `去年，全市…`, `这五年，…`): in a
/// news report of a plan, a paragraph that opens with one reports what was done.
const PAST_OPENERS: &[&str] = &["此前", "去年", "过去", "这五年", "五年来", "上年", "上一年"];

/// The preposition a time past may open with (`在过去的一年`).
const AT: char = '在';

/// Verbs that end a news report's lead before what someone says (`嘎玛泽登说，`).
const SAYING_VERBS: &[&str] = &["说", "称", "介绍", "表示", "指出", "强调"];

/// The most chars of a news report's lead before what someone says.
const MAX_SAYING_LEAD: usize = 12;

/// Whether a paragraph of a text read as a plan by its title or lead (no heading of its own
/// names the plan) reports a time past: after any lead of who says it (`嘎玛泽登说，`), it opens
/// with [`PAST_OPENERS`] or [`REVIEW_OPENERS`], or with a year before the plan's
/// (`2025年主要目标的完成，…` in a report of the 2026 plan), and it states no plan of its own.
pub(crate) fn reports_the_past(text: &str, plan_year: Option<u32>) -> bool {
    let text = text.trim_start();
    let body = text
        .split_once(['，', ',', '：', ':'])
        .filter(|(lead, _)| {
            lead.chars().count() <= MAX_SAYING_LEAD
                && SAYING_VERBS.iter().any(|v| lead.ends_with(v))
        })
        .map_or(text, |(_, rest)| rest);
    // `在过去的一年，南京…`: the time past after `在`.
    let body = body
        .strip_prefix(AT)
        .filter(|rest| {
            PAST_OPENERS
                .iter()
                .chain(REVIEW_OPENERS)
                .any(|w| rest.starts_with(w))
        })
        .unwrap_or(body);
    let year = body
        .get(..4)
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()) && body[4..].starts_with('年'))
        .and_then(|y| y.parse::<u32>().ok());
    let past = PAST_OPENERS
        .iter()
        .chain(REVIEW_OPENERS)
        .any(|w| body.starts_with(w))
        || year.zip(plan_year).is_some_and(|(y, p)| y < p);
    past && plan_start(text).is_none()
}

/// Whether a paragraph opens a review of the period so far (`今年以来，…`) or of the year past
/// (`在过去的一年，…`, `去年，…`).
pub(crate) fn opens_review(text: &str) -> bool {
    let text = text.trim_start();
    let text = text.strip_prefix(AT).unwrap_or(text);
    REVIEW_OPENERS
        .iter()
        .chain(PAST_OPENERS)
        .any(|w| text.starts_with(w))
}
