//! The tracking page's own URL parameters.

use super::Row;
use crate::track::Status;

/// The tracking page's own URL parameters (`view=track|series`, `report=`, the reading aids,
/// `embed` and `host` are [`crate::view::parse_query`]'s, shared with the explorer).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrackQuery {
    /// `period=2013年`: the pair whose plan period it is.
    pub period: Option<String>,
    /// `indicator=地区生产总值`: the series shown.
    pub indicator: Option<String>,
    /// `status=missed`: only rows with this status.
    pub status: Option<Status>,
    /// `targets=headline|other`: only the main targets, or only the others.
    pub headline: Option<bool>,
    /// `part=2`: only the targets of the earlier report's part 2.
    pub part: Option<usize>,
}

/// Reads the tracking page's parameters from a query string; unknown values are ignored.
///
/// ```
/// use report::view::tracking::{parse_track_query, track_query, TrackQuery};
/// let q = parse_track_query("?view=track&period=2013%E5%B9%B4&status=missed&targets=headline&part=2");
/// assert_eq!(q.period.as_deref(), Some("2013年"));
/// assert_eq!((q.headline, q.part), (Some(true), Some(2)));
/// assert_eq!(track_query(&q), "period=2013%E5%B9%B4&status=missed&targets=headline&part=2");
/// ```
pub fn parse_track_query(query: &str) -> TrackQuery {
    let mut q = TrackQuery::default();
    let query = query.trim_start_matches('?');
    let query = query.split('#').next().unwrap_or("");
    for pair in query.split('&') {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let (Some(k), Some(v)) = (
            crate::view::percent_decode(k),
            crate::view::percent_decode(v),
        ) else {
            continue;
        };
        let v = v.trim().to_string();
        match k.trim().to_ascii_lowercase().as_str() {
            "period" if q.period.is_none() && !v.is_empty() => q.period = Some(v),
            "indicator" if q.indicator.is_none() && !v.is_empty() => q.indicator = Some(v),
            "status" if q.status.is_none() => {
                q.status = Status::ALL
                    .into_iter()
                    .find(|s| s.as_str() == v.to_ascii_lowercase());
            }
            "part" if q.part.is_none() => q.part = v.parse().ok().filter(|&n: &usize| n >= 1),
            "targets" if q.headline.is_none() => {
                q.headline = match v.to_ascii_lowercase().as_str() {
                    "headline" => Some(true),
                    "other" => Some(false),
                    _ => None,
                }
            }
            _ => {}
        }
    }
    q
}

/// Writes the tracking page's parameters (without `?`; empty when all are default), in the
/// order `period indicator status targets part`.
pub fn track_query(q: &TrackQuery) -> String {
    let mut pairs: Vec<String> = Vec::new();
    let enc = crate::view::percent_encode;
    if let Some(p) = &q.period {
        pairs.push(format!("period={}", enc(p)));
    }
    if let Some(i) = &q.indicator {
        pairs.push(format!("indicator={}", enc(i)));
    }
    if let Some(s) = q.status {
        pairs.push(format!("status={}", s.as_str()));
    }
    if let Some(h) = q.headline {
        pairs.push(format!("targets={}", if h { "headline" } else { "other" }));
    }
    if let Some(p) = q.part {
        pairs.push(format!("part={p}"));
    }
    pairs.join("&")
}

/// Whether a row passes the page's filters (status, main or other targets, part).
pub fn row_shown(row: &Row, q: &TrackQuery) -> bool {
    q.status.is_none_or(|s| s == row.status)
        && q.headline.is_none_or(|h| h == row.headline)
        && q.part.is_none_or(|p| p == row.part_index)
}
