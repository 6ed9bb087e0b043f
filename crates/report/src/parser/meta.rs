//! Metadata from the lines before the first part: title, publisher, publication date, source.
//!
//! Three kinds of evidence, strongest first:
//! - keyed fields, `key:value` or `key：value`, alone on a line (a scraper header such as
//!   `标题：…` `发文单位：…` `发文时间：…` `来源URL：…`) or several on one line (a web page's
//!   `信息来源:… 信息提供日期:2024-10-22 15:41 【字体: …`); a value such as `未知` that is no
//!   date gives no date;
//! - the delivery line of a speech, `——2016年2月19日在…会议上` (any dash, or in brackets, or
//!   a bare date followed by `在`), for the date; the speaker line `…人民政府区长 某某` for the
//!   publisher;
//! - for the title, the first label-like line (no sentence punctuation, no breadcrumb arrow)
//!   that names a kind of document (`报告`, `总结`, `计划`, …); a title spaced out letter by
//!   letter (`政 府 工 作 报 告`) is closed up.

use super::lines::Line;
use crate::text::{is_blank_char, is_colon, is_sentence_punct};

/// What the preamble says about the report.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Meta {
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub published: Option<String>,
    pub source_url: Option<String>,
}

const TITLE_KEYS: &[&str] = &["标题", "题目", "文章标题"];
const PUBLISHER_KEYS: &[&str] = &[
    "发文单位",
    "发文机关",
    "发布机构",
    "发布单位",
    "信息来源",
    "来源单位",
];
const DATE_KEYS: &[&str] = &[
    "发文时间",
    "发文日期",
    "信息提供日期",
    "发布日期",
    "发布时间",
    "成文日期",
    "印发日期",
];
const URL_KEYS: &[&str] = &["来源URL", "来源网址", "原文链接", "原文地址", "URL", "网址"];
const TITLE_WORDS: &[&str] = &[
    "报告",
    "总结",
    "计划",
    "规划",
    "要点",
    "安排",
    "纲要",
    "方案",
    "思路",
    "打算",
    "谋划",
    // `苏州市2021年实事项目`: the year's pledges.
    "实事项目",
    "办实事",
    "民生实事",
];
/// Longest line taken as a title or a label.
const MAX_TITLE: usize = 60;

/// Reads metadata from the preamble lines (everything before the first part heading).
#[cfg(test)]
pub(crate) fn extract(lines: &[Line<'_>]) -> Meta {
    let mut reader = Reader::default();
    for line in lines {
        reader.line(line);
    }
    reader.finish()
}

/// Reads metadata one preamble line at a time (so a long preamble can be read in slices).
#[derive(Debug, Default)]
pub(crate) struct Reader {
    keyed: Meta,
    date_line: Option<String>,
    speaker: Option<String>,
    title_line: Option<String>,
}

impl Reader {
    /// Reads the next preamble line.
    pub(crate) fn line(&mut self, line: &Line<'_>) {
        if line.len > 400 {
            return;
        }
        if read_keyed(line.text, &mut self.keyed) {
            // `2024年长宁区政府为民办实事项目公布 发布时间:2024-01-18`: a page's title with its
            // keyed fields after it on the same line.
            if self.title_line.is_none() {
                let first_key = [TITLE_KEYS, PUBLISHER_KEYS, DATE_KEYS, URL_KEYS]
                    .iter()
                    .filter_map(|keys| find_key_at(line.text, keys).map(|(at, _)| at))
                    .min();
                let lead = first_key.map_or("", |at| &line.text[..at]);
                self.title_line = title_candidate(lead);
            }
            return;
        }
        if self.date_line.is_none() {
            if let Some(d) = delivery_date(line.text) {
                self.date_line = Some(d);
                return;
            }
        }
        if self.speaker.is_none() {
            if let Some(p) = speaker_publisher(line.text) {
                self.speaker = Some(p);
                return;
            }
        }
        match self.title_line.as_mut() {
            None => self.title_line = title_candidate(line.text),
            // `宗加镇2010年政府工作总结及` / `2011年工作计划`: a title broken after its joiner goes
            // on on the next line.
            Some(title) if continues_title(title) => {
                if let Some(rest) = title_candidate(line.text) {
                    title.push_str(&rest);
                }
            }
            Some(_) => {}
        }
    }

    /// What the lines said, strongest evidence first. A generic title (`政府工作报告`) is
    /// completed from the publisher and the year (see [`compose_title`]).
    pub(crate) fn finish(self) -> Meta {
        let publisher = self.keyed.publisher.or(self.speaker);
        let published = self.keyed.published.or(self.date_line);
        let title = self
            .keyed
            .title
            .or(self.title_line)
            .map(|t| compose_title(t, publisher.as_deref(), published.as_deref()));
        Meta {
            title,
            publisher,
            published,
            source_url: self.keyed.source_url,
        }
    }
}

/// Whether a title line ends with a joiner (`…工作总结及`), so that the next line goes on with it.
pub(crate) fn continues_title(title: &str) -> bool {
    title.ends_with(super::kind::TITLE_JOINERS)
}

/// Titles that name only the kind of document, not whose or when.
const GENERIC_TITLES: &[&str] = &["政府工作报告", "工作报告", "工作总结", "工作总结和工作计划"];
/// What a government's name ends with that its report title leaves out.
const GOVERNMENT: &str = "人民政府";

/// A title that names only the kind of document (`政府工作报告`), completed as the report's
/// own: `海拉尔区政府工作报告（2016年）` from the publisher `海拉尔区人民政府` and the date
/// `2016-02-19`. Any other title is kept as written.
pub(crate) fn compose_title(title: String, publisher: Option<&str>, date: Option<&str>) -> String {
    if !GENERIC_TITLES.contains(&title.as_str()) {
        return title;
    }
    let Some(publisher) = publisher.filter(|p| !p.is_empty()) else {
        return title;
    };
    // `海拉尔区人民政府` + `政府工作报告` → `海拉尔区政府工作报告`.
    let place = match publisher.strip_suffix(GOVERNMENT) {
        Some(place) if title.starts_with("政府") => place,
        _ => publisher,
    };
    let year = date
        .and_then(|d| d.get(..4))
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()));
    match year {
        Some(y) => format!("{place}{title}（{y}年）"),
        None => format!("{place}{title}"),
    }
}

/// Finds `key:` with `key` one of `keys` at the start of `s` or after a blank; returns the
/// byte range of the key and the byte index just past the colon.
fn find_key(s: &str, keys: &[&str]) -> Option<usize> {
    find_key_at(s, keys).map(|(_, value)| value)
}

/// Where the first of `keys` found starts, and where its value does.
fn find_key_at(s: &str, keys: &[&str]) -> Option<(usize, usize)> {
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
fn read_keyed(s: &str, meta: &mut Meta) -> bool {
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

/// Reads up to `max` ASCII or full-width digits from the front of `s`.
fn digits(s: &str, max: usize) -> Option<(u32, &str)> {
    let mut value = 0u32;
    let mut n = 0;
    let mut end = 0;
    for (i, c) in s.char_indices() {
        let d = match c {
            '0'..='9' => c as u32 - '0' as u32,
            '０'..='９' => c as u32 - '０' as u32,
            _ => break,
        };
        if n == max {
            return None;
        }
        value = value * 10 + d;
        n += 1;
        end = i + c.len_utf8();
    }
    (n > 0).then(|| (value, &s[end..]))
}

/// Parses a date (and an optional `HH:MM` time) at the start of `s`: `2024-10-22 15:41`,
/// `2017/02/23`, `2016年2月19日`. Returns the normalized form and the rest of `s`.
pub(crate) fn parse_date(s: &str) -> Option<(String, &str)> {
    let (year, rest) = digits(s, 4)?;
    if !(1000..=9999).contains(&year) || s.len() - rest.len() < 4 {
        return None;
    }
    let (chinese, rest) = match rest.chars().next()? {
        '年' => (true, &rest['年'.len_utf8()..]),
        c @ ('-' | '/' | '.' | '－' | '／' | '．') => (false, &rest[c.len_utf8()..]),
        _ => return None,
    };
    let (month, rest) = digits(rest, 2)?;
    let rest = if chinese {
        rest.strip_prefix('月')?
    } else {
        rest.strip_prefix(&['-', '/', '.', '－', '／', '．'][..])?
    };
    let (day, mut rest) = digits(rest, 2)?;
    if chinese {
        rest = rest.strip_prefix(&['日', '号'][..])?;
    }
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let date = format!("{year:04}-{month:02}-{day:02}");
    // An optional time.
    let t = rest.trim_start_matches(&[' ', 'T', '\u{3000}', '\u{a0}'][..]);
    if let Some((hour, r)) = digits(t, 2) {
        if let Some(r) = r.strip_prefix(is_colon) {
            if let Some((minute, r)) = digits(r, 2) {
                if hour < 24 && minute < 60 {
                    return Some((format!("{date}T{hour:02}:{minute:02}"), r));
                }
            }
        }
    }
    Some((date, rest))
}

/// The date of a speech's delivery line: `——2016年2月19日在…会议上`, `（2016年2月19日在…）`,
/// or `2017年2月23日在…`.
fn delivery_date(s: &str) -> Option<String> {
    let body = s.trim_start_matches(&['—', '―', '-', '－', '─', '–'][..]);
    let dashed = body.len() < s.len();
    let body = crate::text::trim_blank(body);
    let bracketed = body.strip_prefix(&['（', '('][..]);
    let body = bracketed.unwrap_or(body);
    let (date, rest) = parse_date(body)?;
    let date = date.get(..10)?.to_string();
    let rest = crate::text::trim_blank(rest);
    if dashed || bracketed.is_some() || rest.starts_with('在') {
        Some(date)
    } else {
        None
    }
}

/// The publisher named by a speaker line such as `海拉尔区人民政府区长　　杜联合`.
fn speaker_publisher(s: &str) -> Option<String> {
    const ORG: &str = "人民政府";
    if s.chars().count() > 40 || s.contains(is_sentence_punct) {
        return None;
    }
    let i = s.find(ORG)?;
    let org = &s[..i + ORG.len()];
    let role = s[i + ORG.len()..].split(is_blank_char).next()?;
    if role.ends_with('长') || role.ends_with("主席") || role.ends_with("主任") {
        Some(org.to_string())
    } else {
        None
    }
}

/// A title-shaped line naming a kind of document, closed up if spaced out.
pub(crate) fn title_candidate(s: &str) -> Option<String> {
    if s.chars().count() > MAX_TITLE * 2
        || s.contains(is_sentence_punct)
        || s.contains(is_colon)
        || s.contains(&['>', '＞', '»', '【', '|'][..])
    {
        return None;
    }
    let title = close_up(s);
    if title.chars().count() > MAX_TITLE || !TITLE_WORDS.iter().any(|w| title.contains(w)) {
        return None;
    }
    Some(title)
}

/// Closes up a title spaced out letter by letter (`政 府 工 作 报 告` → `政府工作报告`);
/// any other text is returned trimmed.
fn close_up(s: &str) -> String {
    let s = crate::text::trim_blank(s);
    let mut tokens = s.split(is_blank_char).filter(|t| !t.is_empty());
    let spaced = s.contains(is_blank_char) && tokens.all(|t| t.chars().count() == 1);
    if spaced {
        s.chars().filter(|&c| !is_blank_char(c)).collect()
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parser::lines::split_lines;

    fn meta(s: &str) -> Meta {
        extract(&split_lines(s))
    }

    #[test]
    fn web_page_line() {
        let m = meta(
            "落实情况公开\n您现在的位置 首页\u{a0}>\u{a0}结果公开\n新桥街道2024年上半年工作总结和下半年工作计划\n信息来源:新桥街道办事处 信息提供日期:2024-10-22 15:41 【字体: 视力保护色:\n",
        );
        assert_eq!(
            m.title.as_deref(),
            Some("新桥街道2024年上半年工作总结和下半年工作计划")
        );
        assert_eq!(m.publisher.as_deref(), Some("新桥街道办事处"));
        assert_eq!(m.published.as_deref(), Some("2024-10-22T15:41"));
        assert_eq!(m.source_url, None);
    }

    #[test]
    fn scraper_header_wins() {
        let m = meta("标题：高阳县2017年政府工作报告\n发文单位：高阳县人民政府\n发文时间：2017-02-23\n来源URL：https://x.cn/a?b=1\n正文：\n政 府 工 作 报 告\n2017年2月23日在高阳县第十七届人民代表大会第一次会议上\n");
        assert_eq!(m.title.as_deref(), Some("高阳县2017年政府工作报告"));
        assert_eq!(m.publisher.as_deref(), Some("高阳县人民政府"));
        assert_eq!(m.published.as_deref(), Some("2017-02-23"));
        assert_eq!(m.source_url.as_deref(), Some("https://x.cn/a?b=1"));
    }

    #[test]
    fn source_lines_link_only_to_web_pages() {
        for other in [
            "javascript://%0aalert(1)",
            "JAVASCRIPT://x",
            "data://text/html,x",
            "vbscript://x",
            "file:///etc/passwd",
            "//evil.example/x",
            "https://x.cn/a b",
        ] {
            let m = meta(&format!("来源URL：{other}\n"));
            assert_eq!(m.source_url, None, "{other}");
        }
        // A refused address does not hide a web page named after it.
        let m = meta("来源URL：javascript://%0aalert(1)\n原文链接： HTTPS://x.cn/a \n");
        assert_eq!(m.source_url.as_deref(), Some("HTTPS://x.cn/a"));
        let text = "来源URL：javascript://%0aalert(1)\n一、工作总结\n产值329.73亿元。\n";
        assert_eq!(crate::parse(text).unwrap().source_url, None);
    }

    #[test]
    fn unknown_date_and_delivery_line() {
        let m = meta("标题：2022年保定市政府工作报告\n发文时间：未知\n――2022年1月23日在保定市第十六届人民代表大会第二次会议上\n保定市人民政府市长 闫继红\n");
        assert_eq!(m.published.as_deref(), Some("2022-01-23"));
        assert_eq!(m.publisher.as_deref(), Some("保定市人民政府"));
        let m = meta("政 府 工 作 报 告\n ——2016年2月19日在海拉尔区第十四届人民代表大会第五次会议上\n 海拉尔区人民政府区长\u{3000}\u{3000}杜联合\n");
        assert_eq!(m.title.as_deref(), Some("海拉尔区政府工作报告（2016年）"));
        assert_eq!(m.published.as_deref(), Some("2016-02-19"));
        assert_eq!(m.publisher.as_deref(), Some("海拉尔区人民政府"));
        let m = meta("----2016年2月9日在会上\n");
        assert_eq!(m.published.as_deref(), Some("2016-02-09"));
        let m = meta("2016年，全县生产总值完成96.3亿元\n");
        assert_eq!(m.published, None);
    }

    #[test]
    fn generic_titles_are_completed_from_publisher_and_year() {
        let c = |t: &str, p: Option<&str>, d: Option<&str>| compose_title(t.into(), p, d);
        assert_eq!(
            c("政府工作报告", Some("高阳县人民政府"), Some("2017-02-23")),
            "高阳县政府工作报告（2017年）"
        );
        assert_eq!(
            c("工作总结", Some("新桥街道办事处"), Some("2024-10-22T15:41")),
            "新桥街道办事处工作总结（2024年）"
        );
        assert_eq!(
            c("政府工作报告", Some("某县人民政府"), None),
            "某县政府工作报告"
        );
        assert_eq!(c("政府工作报告", None, Some("2017-02-23")), "政府工作报告");
        assert_eq!(
            c(
                "2022年保定市政府工作报告",
                Some("保定市人民政府"),
                Some("2022-01-23")
            ),
            "2022年保定市政府工作报告"
        );
    }

    #[test]
    fn dates() {
        assert_eq!(
            parse_date("2024-10-22 15:41 x").unwrap().0,
            "2024-10-22T15:41"
        );
        assert_eq!(parse_date("2024/1/2").unwrap().0, "2024-01-02");
        assert_eq!(
            parse_date("2016年2月19日在").unwrap(),
            ("2016-02-19".into(), "在")
        );
        assert_eq!(
            parse_date("2022-01-24 09:09:00").unwrap().0,
            "2022-01-24T09:09"
        );
        assert!(parse_date("未知").is_none());
        assert!(parse_date("2024-13-01").is_none());
        assert!(parse_date("20244-1-1").is_none());
        assert!(parse_date("2024年").is_none());
    }
}
