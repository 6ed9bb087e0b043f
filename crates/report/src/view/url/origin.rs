//! Web origins: the `host=` values an embedded explorer accepts settings messages from, and
//! whether a message's origin may change its settings.

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
