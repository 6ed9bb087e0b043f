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

/// A web origin (`https://portal.gov.cn`, `http://127.0.0.1:8080`) as browsers serialize it:
/// scheme and host lowercased, no path (a lone trailing `/` is dropped), no user info, query or
/// fragment. `None` for anything else.
pub fn parse_origin(v: &str) -> Option<String> {
    let v = v.trim();
    let v = v.strip_suffix('/').unwrap_or(v);
    let (scheme, rest) = v.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let ok = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']');
    if rest.is_empty() || !rest.chars().all(ok) || rest.starts_with(':') {
        return None;
    }
    Some(format!("{scheme}://{}", rest.to_ascii_lowercase()))
}

/// Whether a message from `origin` may change an embedded explorer's settings: it must be one
/// of `hosts` (the `host=` origins), or, when `hosts` is empty, the origin of `referrer` (the
/// host page that framed the explorer). An opaque origin (`null`) never may.
///
/// ```
/// use report::view::origin_allowed;
/// assert!(origin_allowed("https://b.cn", &[], "https://b.cn/x/y.html?q#f"));
/// assert!(!origin_allowed("https://b.cn", &[], "https://b.cn.evil.cn/"));
/// assert!(!origin_allowed("https://b.cn", &["https://a.cn".into()], "https://b.cn/"));
/// ```
pub fn origin_allowed(origin: &str, hosts: &[String], referrer: &str) -> bool {
    if origin.is_empty() || origin == "null" {
        return false;
    }
    if !hosts.is_empty() {
        return hosts.iter().any(|h| h == origin);
    }
    parse_origin(referrer_origin(referrer)).is_some_and(|r| r == origin)
}

/// `https://a.cn/x/y?z` → `https://a.cn`.
fn referrer_origin(referrer: &str) -> &str {
    let Some(i) = referrer.find("://") else {
        return "";
    };
    let rest = &referrer[i + 3..];
    let end = rest
        .find(&['/', '?', '#'][..])
        .map_or(referrer.len(), |j| i + 3 + j);
    &referrer[..end]
}

/// The allowed `view=` values: the explorer's (`all`, `cards`, `charts`, `text`: 纯文本) and
/// the tracking page's (`track`, `series`).
pub const VIEW_VALUES: [&str; 6] = ["cards", "charts", "all", TEXT_VIEW, "track", "series"];

/// `view=` of 纯文本: the report as headings and paragraphs only ([`crate::view::plain`]).
pub const TEXT_VIEW: &str = "text";

/// Decodes a query-string component: `%XX` escapes (as UTF-8 bytes) and `+` as space. A `%`
/// not followed by two hex digits stays literal. `None` when the bytes are not UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
    unescape(s, true)
}

/// Decodes a URL path like [`percent_decode`], but a `+` stays a `+`: in a path it is no space.
pub(crate) fn percent_decode_path(s: &str) -> Option<String> {
    unescape(s, false)
}

/// `%XX` escapes as UTF-8 bytes, and with `plus_is_space` a `+` as a space.
fn unescape(s: &str, plus_is_space: bool) -> Option<String> {
    fn hex(b: u8) -> Option<u8> {
        match b {
            b'0'..=b'9' => Some(b - b'0'),
            b'a'..=b'f' => Some(b - b'a' + 10),
            b'A'..=b'F' => Some(b - b'A' + 10),
            _ => None,
        }
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' if plus_is_space => out.push(b' '),
            b'%' => {
                let hi = bytes.get(i + 1).copied().and_then(hex);
                let lo = bytes.get(i + 2).copied().and_then(hex);
                if let (Some(hi), Some(lo)) = (hi, lo) {
                    out.push(hi << 4 | lo);
                    i += 3;
                    continue;
                }
                out.push(b'%');
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// Encodes a query-string component: ASCII letters, digits and `-._~` as is, space as `+`,
/// every other byte (all non-ASCII, as UTF-8) as `%XX` (`养老` → `%E5%85%BB%E8%80%81`).
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                out.push('%');
                out.push(HEX[(b >> 4) as usize] as char);
                out.push(HEX[(b & 15) as usize] as char);
            }
        }
    }
    out
}

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

#[cfg(test)]
mod tests {
    #[test]
    fn settings_messages_come_only_from_the_hosts_or_the_framing_page() {
        let hosts = vec!["https://a.cn".to_string()];
        assert!(origin_allowed("https://a.cn", &hosts, ""));
        assert!(!origin_allowed("https://b.cn", &hosts, "https://b.cn/x"));
        assert!(origin_allowed(
            "https://b.cn",
            &[],
            "https://b.cn/x/y.html?q#f"
        ));
        assert!(origin_allowed(
            "http://127.0.0.1:81",
            &[],
            "http://127.0.0.1:81"
        ));
        assert!(!origin_allowed("https://b.cn", &[], ""));
        assert!(!origin_allowed("null", &[], "null"));
        assert!(!origin_allowed(
            "https://b.cn",
            &[],
            "https://b.cn.evil.cn/"
        ));
    }

    use super::*;

    #[test]
    fn encodes_and_decodes() {
        assert_eq!(percent_encode("养老"), "%E5%85%BB%E8%80%81");
        assert_eq!(percent_encode("a b&c=d+%"), "a+b%26c%3Dd%2B%25");
        assert_eq!(
            percent_decode("%E5%85%BB%e8%80%81+x").as_deref(),
            Some("养老 x")
        );
        assert_eq!(percent_decode("100%").as_deref(), Some("100%"));
        assert_eq!(percent_decode("%zz%4").as_deref(), Some("%zz%4"));
        assert_eq!(percent_decode("%FF"), None);
        assert_eq!(percent_decode("养老").as_deref(), Some("养老"));
    }

    #[test]
    fn parses_everything() {
        let (f, s, e) = parse_query(
            "?q=%E5%85%BB%E8%80%81&part=plan&section=2-3&kind=growth&kind=RATE,rank&nums=1&card=1-2-3\
             &font=3&theme=eyecare&elder=1&speech=off&rate=1&cursor=yes&guide=0&report=xinqiao-2024h1&embed=1&view=charts\
             &chart=a&chart=b&host=HTTPS%3A%2F%2FPortal.gov.cn%2F,http://127.0.0.1:8080&host=https://x.cn&downloads=0",
        );
        assert_eq!(
            f,
            Filter {
                q: "养老".into(),
                parts: PartSel::Kind(PartKind::Plan),
                section: Some((2, 3)),
                kinds: vec![NumberKind::Growth, NumberKind::Rate, NumberKind::Rank],
                only_numbers: true,
                card: Some("1-2-3".into()),
            }
        );
        assert_eq!(
            s,
            SettingsOverrides {
                font: Some(3),
                theme: Some(Theme::Eyecare),
                elder: Some(true),
                speech: Some(false),
                rate: Some(1),
                cursor: Some(true),
                guide: Some(false),
            }
        );
        assert_eq!(
            e,
            Extras {
                report: Some("xinqiao-2024h1".into()),
                embed: true,
                view: Some("charts".into()),
                chart: vec!["a".into(), "b".into()],
                host: vec![
                    "https://portal.gov.cn".into(),
                    "http://127.0.0.1:8080".into(),
                    "https://x.cn".into()
                ],
                downloads: Some(false),
            }
        );
        assert_eq!(parse_query("part=2").0.parts, PartSel::Index(2));
        assert_eq!(parse_query("q=养老 服务").0.q, "养老 服务");
        assert_eq!(parse_query("https://x.gov.cn/r/?q=a#top").0.q, "a");
    }

    #[test]
    fn ignores_malformed() {
        let (f, s, e) = parse_query(
            "part=0&part=-1&section=1&section=a-b&section=0-1&kind=size&nums=maybe&card=1-x-3\
             &font=9&font=0&theme=sepia&elder=2&speech=x&rate=4&rate=0&cursor=big&guide=2&embed=&view=table&q=&q=%FF&zzz=1&=&&&%&chart=\
             &host=portal.gov.cn&host=https://a.cn/path&host=javascript:x&host=https://&downloads=2",
        );
        assert!(f.is_default(), "{f:?}");
        assert!(s.is_empty());
        assert_eq!(e, Extras::default());
        // First valid occurrence wins.
        let (f, s, _) = parse_query("part=x&part=2&part=3&font=7&font=2&font=4");
        assert_eq!(f.parts, PartSel::Index(2));
        assert_eq!(s.font, Some(2));
        // Nothing at all.
        assert!(parse_query("").0.is_default());
        assert!(parse_query("?").0.is_default());
    }

    #[test]
    fn writes_non_defaults_in_stable_order() {
        let f = Filter {
            q: "养老".into(),
            ..Filter::default()
        };
        assert_eq!(
            to_query(&f, &SettingsOverrides::default(), &Extras::default()),
            "q=%E5%85%BB%E8%80%81"
        );
        assert_eq!(
            to_query(
                &Filter::default(),
                &SettingsOverrides::default(),
                &Extras::default()
            ),
            ""
        );
        let f = Filter {
            q: "a b".into(),
            parts: PartSel::Index(1),
            section: Some((1, 2)),
            kinds: vec![NumberKind::Rate, NumberKind::Growth],
            only_numbers: true,
            card: Some("1-2-intro-1".into()),
        };
        let s = SettingsOverrides {
            font: Some(2),
            theme: Some(Theme::Dark),
            elder: Some(false),
            speech: Some(true),
            rate: Some(3),
            cursor: Some(true),
            guide: Some(false),
        };
        let e = Extras {
            report: Some("r1".into()),
            embed: true,
            view: Some("all".into()),
            chart: vec!["x".into()],
            host: vec!["https://a.cn".into(), "http://b.cn:81".into()],
            downloads: Some(false),
        };
        let q = to_query(&f, &s, &e);
        assert_eq!(
            q,
            "report=r1&q=a+b&part=1&section=1-2&kind=rate&kind=growth&nums=1&card=1-2-intro-1\
             &view=all&chart=x&font=2&theme=dark&elder=0&speech=1&rate=3&cursor=1&guide=0&embed=1\
             &host=https%3A%2F%2Fa.cn%2Chttp%3A%2F%2Fb.cn%3A81&downloads=0"
        );
        assert_eq!(parse_query(&q), (f, s, e));
    }
}
