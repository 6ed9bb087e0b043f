//! The URL contract. Portal staff hand-write links, so parsing is lenient: unknown or malformed
//! parameters are ignored, never an error.
//!
//! | parameter | values | meaning |
//! |---|---|---|
//! | `report` | any | which report (opaque id) |
//! | `q` | text | search query |
//! | `part` | `1`, `2`, … or `summary`, `plan`, `other` | part selection |
//! | `section` | `1-2` | one section (part 1, section 2) |
//! | `kind` | `growth`, `rate`, `rank`, `target`, `amount`; repeatable (or comma-separated) | cards with any of these indicator kinds |
//! | `nums` | `1` | only cards with numbers |
//! | `card` | `1-2-3`, `1-intro-1`, `1-2-intro-1`, `1-closing-2` | card to focus |
//! | `view` | `all`, `cards`, `charts`, `text`; `track`, `series` | what to show (`text`: 纯文本, the headings and paragraphs only; `track`: 目标追踪, `series`: 历年对比, on the tracking page `track/`) |
//! | `period` | `2013年` | on the tracking page: which plan period 目标追踪 shows (the latest by default) |
//! | `indicator` | text | on the tracking page: which indicator 历年对比 shows |
//! | `status` | `met`, `met_about`, `missed`, `not_reported`, `not_comparable` | on the tracking page: rows with this status |
//! | `targets` | `headline`, `other` | on the tracking page: main targets or the others |
//! | `part` (tracking page) | `1`, `2`, … | on the tracking page: the targets of that part of the earlier report |
//! | `chart` | any; repeatable | charts to show |
//! | `font` | `1`–`4` | font size step |
//! | `theme` | `auto`, `light`, `dark`, `eyecare`, `contrast` | color theme |
//! | `elder` | `1` (or `0`) | elder mode |
//! | `speech` | `0` (or `1`) | `0`: hide the 朗读 buttons |
//! | `rate` | `1`–`3` | 语速: slow, usual, fast |
//! | `cursor` | `1` (or `0`) | 大鼠标: a large pointer |
//! | `guide` | `1` (or `0`) | 阅读线: a band that follows the pointer or focus |
//! | `embed` | `1` | embedded (no chrome) |
//! | `host` | origins (`https://portal.gov.cn`), comma-separated or repeatable | who may send settings messages |
//! | `downloads` | `0` (or `1`) | `0`: hide download buttons (iframe sandbox without `allow-downloads`) |
//!
//! Single-valued parameters: the first valid occurrence wins. Booleans accept `1`/`true`/`yes`/
//! `on` and `0`/`false`/`no`/`off`. Keys and keyword values are ASCII case-insensitive.
//! Values that name things the report lacks (`part=99`) parse fine; [`Filter::sanitize`] drops
//! them once the report is known.
//!
//! - `origin`: web origins (`host=`) and which origin may change an embedded explorer's
//!   settings;
//! - `percent`: percent-encoding and decoding of query-string components and URL paths.
//!
//! Here: [`Extras`], the `view=` values, [`parse_query`] and [`to_query`], and the lenient
//! parsing of each parameter's value.

mod origin;
mod percent;

#[cfg(test)]
mod tests;

pub use origin::{origin_allowed, parse_origin};
pub(crate) use percent::percent_decode_path;
pub use percent::{percent_decode, percent_encode};

use crate::model::NumberKind;

use super::cards::parse_card_id;
use super::filter::{Filter, PartSel};
use super::settings::{Settings, SettingsOverrides, Theme};
use crate::model::PartKind;

/// URL parameters that are neither filter nor settings, kept for the app.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Extras {
    /// `report=<id>`, opaque.
    pub report: Option<String>,
    /// `embed=1`.
    pub embed: bool,
    /// `view=cards|charts|all|text|track|series` (lowercased; other values ignored).
    pub view: Option<String>,
    /// `chart=…`, repeatable, raw values in order.
    pub chart: Vec<String>,
    /// `host=https://a.gov.cn,https://b.gov.cn` (comma-separated or repeatable): the origins an
    /// embedded explorer accepts settings messages from, normalized by [`parse_origin`].
    pub host: Vec<String>,
    /// `downloads=0|1`; `None` when absent.
    pub downloads: Option<bool>,
}

/// The allowed `view=` values: the explorer's (`all`, `cards`, `charts`, `text`: 纯文本) and
/// the tracking page's (`track`, `series`).
pub const VIEW_VALUES: [&str; 6] = ["cards", "charts", "all", TEXT_VIEW, "track", "series"];

/// `view=` of 纯文本: the report as headings and paragraphs only ([`crate::view::plain`]).
pub const TEXT_VIEW: &str = "text";

fn parse_bool(v: &str) -> Option<bool> {
    match v.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Some(true),
        "0" | "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

/// A setting's step: a whole number in `min..=max`.
fn parse_step(v: &str, min: u8, max: u8) -> Option<u8> {
    parse_num(v)
        .filter(|n| (usize::from(min)..=usize::from(max)).contains(n))
        .map(|n| n as u8)
}

fn parse_num(v: &str) -> Option<usize> {
    let v = v.trim();
    if v.is_empty() || v.len() > 6 || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    v.parse().ok().filter(|&n| n >= 1)
}

fn parse_part(v: &str) -> Option<PartSel> {
    if let Some(n) = parse_num(v) {
        return Some(PartSel::Index(n));
    }
    match v.trim().to_ascii_lowercase().as_str() {
        "summary" => Some(PartSel::Kind(PartKind::Summary)),
        "plan" => Some(PartSel::Kind(PartKind::Plan)),
        "other" => Some(PartSel::Kind(PartKind::Other)),
        _ => None,
    }
}

fn parse_section(v: &str) -> Option<(usize, usize)> {
    let (p, s) = v.trim().split_once('-')?;
    Some((parse_num(p)?, parse_num(s)?))
}

/// The query part of what was given: a leading `?` is dropped; for a whole URL (`http…` or
/// `/…`) the part after its `?`; a `#fragment` is cut off.
fn query_part(query: &str) -> &str {
    let q = query.trim();
    let q = q.split('#').next().unwrap_or("");
    if let Some(rest) = q.strip_prefix('?') {
        return rest;
    }
    if q.starts_with("http:") || q.starts_with("https:") || q.starts_with('/') {
        return q.split_once('?').map_or("", |(_, rest)| rest);
    }
    q
}

/// Parses a query string (`?q=养老&part=plan`, leading `?` optional). Never fails: unknown or
/// malformed parameters are ignored.
pub fn parse_query(query: &str) -> (Filter, SettingsOverrides, Extras) {
    let mut filter = Filter::default();
    let mut settings = SettingsOverrides::default();
    let mut extras = Extras::default();
    let (mut q, mut part, mut section, mut nums, mut card) = (None, None, None, None, None);
    let (mut report, mut embed, mut view) = (None, None, None);
    for pair in query_part(query).split('&') {
        if pair.is_empty() {
            continue;
        }
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let (Some(k), Some(v)) = (percent_decode(k), percent_decode(v)) else {
            continue;
        };
        match k.trim().to_ascii_lowercase().as_str() {
            "q" if q.is_none() && !v.is_empty() => q = Some(v),
            "part" => part = part.or_else(|| parse_part(&v)),
            "section" => section = section.or_else(|| parse_section(&v)),
            "kind" => {
                for k in v.split(',') {
                    if let Some(k) = NumberKind::parse(&k.trim().to_ascii_lowercase()) {
                        if !filter.kinds.contains(&k) {
                            filter.kinds.push(k);
                        }
                    }
                }
            }
            "nums" => nums = nums.or_else(|| parse_bool(&v)),
            "card" => card = card.or_else(|| parse_card_id(v.trim()).map(|c| c.to_string())),
            "font" => {
                settings.font = settings
                    .font
                    .or_else(|| parse_step(&v, Settings::FONT_MIN, Settings::FONT_MAX))
            }
            "theme" => settings.theme = settings.theme.or_else(|| Theme::parse(v.trim())),
            "elder" => settings.elder = settings.elder.or_else(|| parse_bool(&v)),
            "speech" => settings.speech = settings.speech.or_else(|| parse_bool(&v)),
            "cursor" => settings.cursor = settings.cursor.or_else(|| parse_bool(&v)),
            "guide" => settings.guide = settings.guide.or_else(|| parse_bool(&v)),
            "rate" => {
                settings.rate = settings
                    .rate
                    .or_else(|| parse_step(&v, Settings::RATE_MIN, Settings::RATE_MAX))
            }
            "report" if report.is_none() && !v.is_empty() => report = Some(v),
            "embed" => embed = embed.or_else(|| parse_bool(&v)),
            "view" => {
                let lower = v.trim().to_ascii_lowercase();
                if view.is_none() && VIEW_VALUES.contains(&lower.as_str()) {
                    view = Some(lower);
                }
            }
            "chart" if !v.is_empty() => extras.chart.push(v),
            "host" => {
                for o in v.split(',').filter_map(parse_origin) {
                    if !extras.host.contains(&o) {
                        extras.host.push(o);
                    }
                }
            }
            "downloads" => extras.downloads = extras.downloads.or_else(|| parse_bool(&v)),
            _ => {}
        }
    }
    filter.q = q.unwrap_or_default();
    filter.parts = part.unwrap_or_default();
    filter.section = section;
    filter.only_numbers = nums.unwrap_or(false);
    filter.card = card;
    extras.report = report;
    extras.embed = embed.unwrap_or(false);
    extras.view = view;
    (filter, settings, extras)
}

/// Writes the query string (without the leading `?`; empty when everything is default) for a
/// filter, settings overrides and extras: only non-default, valid parameters, in a stable
/// order (`report q part section kind nums card view chart font theme elder speech rate cursor
/// guide embed host downloads`),
/// percent-encoded. [`parse_query`] reads it back to the same values.
pub fn to_query(filter: &Filter, settings: &SettingsOverrides, extras: &Extras) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if let Some(r) = extras.report.as_ref().filter(|r| !r.is_empty()) {
        pairs.push(("report", r.clone()));
    }
    if !filter.q.is_empty() {
        pairs.push(("q", filter.q.clone()));
    }
    match filter.parts {
        PartSel::None | PartSel::Index(0) => {}
        PartSel::Index(n) => pairs.push(("part", n.to_string())),
        PartSel::Kind(k) => pairs.push(("part", k.as_str().to_string())),
    }
    if let Some((p, s)) = filter.section.filter(|&(p, s)| p >= 1 && s >= 1) {
        pairs.push(("section", format!("{p}-{s}")));
    }
    let mut kinds: Vec<NumberKind> = Vec::new();
    for k in &filter.kinds {
        if !kinds.contains(k) {
            kinds.push(*k);
            pairs.push(("kind", k.as_str().to_string()));
        }
    }
    if filter.only_numbers {
        pairs.push(("nums", "1".to_string()));
    }
    if let Some(card) = filter.card.as_deref().and_then(parse_card_id) {
        pairs.push(("card", card.to_string()));
    }
    if let Some(v) = extras.view.as_deref().filter(|v| VIEW_VALUES.contains(v)) {
        pairs.push(("view", v.to_string()));
    }
    for c in extras.chart.iter().filter(|c| !c.is_empty()) {
        pairs.push(("chart", c.clone()));
    }
    if let Some(f) = settings
        .font
        .filter(|f| (Settings::FONT_MIN..=Settings::FONT_MAX).contains(f))
    {
        pairs.push(("font", f.to_string()));
    }
    if let Some(t) = settings.theme {
        pairs.push(("theme", t.as_str().to_string()));
    }
    if let Some(e) = settings.elder {
        pairs.push(("elder", if e { "1" } else { "0" }.to_string()));
    }
    if let Some(e) = settings.speech {
        pairs.push(("speech", if e { "1" } else { "0" }.to_string()));
    }
    if let Some(r) = settings
        .rate
        .filter(|r| (Settings::RATE_MIN..=Settings::RATE_MAX).contains(r))
    {
        pairs.push(("rate", r.to_string()));
    }
    for (name, on) in [("cursor", settings.cursor), ("guide", settings.guide)] {
        if let Some(on) = on {
            pairs.push((name, if on { "1" } else { "0" }.to_string()));
        }
    }
    if extras.embed {
        pairs.push(("embed", "1".to_string()));
    }
    let hosts: Vec<String> = extras.host.iter().filter_map(|h| parse_origin(h)).collect();
    if !hosts.is_empty() {
        pairs.push(("host", hosts.join(",")));
    }
    if let Some(d) = extras.downloads {
        pairs.push(("downloads", if d { "1" } else { "0" }.to_string()));
    }
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", percent_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}
