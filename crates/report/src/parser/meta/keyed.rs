//! Keyed fields, `key:value` or `key：value`: alone on a line (a scraper header) or several on one
//! line (a web page's `信息来源:… 信息提供日期:…`), each value up to the next key.

use super::delivery::parse_date;
use super::title::close_up;
use super::Meta;
use crate::text::{is_blank_char, is_colon};

pub(super) const TITLE_KEYS: &[&str] = &["标题", "题目", "文章标题"];
pub(super) const PUBLISHER_KEYS: &[&str] = &[
    "发文单位",
    "发文机关",
    "发布机构",
    "发布单位",
    "信息来源",
    "来源单位",
];
pub(super) const DATE_KEYS: &[&str] = &[
    "发文时间",
    "发文日期",
    "信息提供日期",
    "发布日期",
    "发布时间",
    "成文日期",
    "印发日期",
];
pub(super) const URL_KEYS: &[&str] =
    &["来源URL", "来源网址", "原文链接", "原文地址", "URL", "网址"];

/// Finds `key:` with `key` one of `keys` at the start of `s` or after a blank; returns the
/// byte range of the key and the byte index just past the colon.
fn find_key(s: &str, keys: &[&str]) -> Option<usize> {
    find_key_at(s, keys).map(|(_, value)| value)
}

/// Where the first of `keys` found starts, and where its value does.
pub(super) fn find_key_at(s: &str, keys: &[&str]) -> Option<(usize, usize)> {
    for key in keys {
        let mut from = 0;
        while let Some(i) = s[from..].find(key) {
            let at = from + i;
            let after = at + key.len();
            let boundary = s[..at].chars().next_back().is_none_or(is_blank_char);
            if let Some(colon) = s[after..]
                .chars()
                .next()
                .filter(|&c| boundary && is_colon(c))
            {
                return Some((at, after + colon.len_utf8()));
            }
            from = after;
        }
    }
    None
}

/// The value after a key: up to `【`, or up to the blank before the next `key:` on the line.
fn value_at(s: &str, start: usize) -> &str {
    let rest = &s[start..];
    let rest = &rest[..rest.find('【').unwrap_or(rest.len())];
    let lead = rest.len() - rest.trim_start_matches(is_blank_char).len();
    let mut last_blank = None;
    let mut in_blank = false;
    for (i, c) in rest[lead..].char_indices() {
        if is_blank_char(c) {
            if !in_blank {
                last_blank = Some(lead + i);
                in_blank = true;
            }
        } else {
            in_blank = false;
            if is_colon(c) {
                if let Some(b) = last_blank {
                    return crate::text::trim_blank(&rest[..b]);
                }
            }
        }
    }
    crate::text::trim_blank(rest)
}

/// Reads every keyed field of a line into `meta` (first value wins). True when the line had one.
pub(super) fn read_keyed(s: &str, meta: &mut Meta) -> bool {
    let mut found = false;
    if let Some(i) = find_key(s, TITLE_KEYS) {
        found = true;
        let v = value_at(s, i);
        if meta.title.is_none() && !v.is_empty() {
            meta.title = Some(close_up(v));
        }
    }
    if let Some(i) = find_key(s, PUBLISHER_KEYS) {
        found = true;
        let v = value_at(s, i);
        if meta.publisher.is_none() && !v.is_empty() {
            meta.publisher = Some(v.to_string());
        }
    }
    if let Some(i) = find_key(s, DATE_KEYS) {
        found = true;
        if meta.published.is_none() {
            meta.published = parse_date(crate::text::trim_blank(&s[i..])).map(|(d, _)| d);
        }
    }
    if let Some(i) = find_key(s, URL_KEYS) {
        found = true;
        let v = value_at(s, i);
        if meta.source_url.is_none() {
            meta.source_url = crate::link::web_link(v).map(str::to_string);
        }
    }
    found
}
