//! The reports listed beside the app: `reports/reports.json`, the file portal staff edit to
//! publish the next report without touching code (docs/deploy.md).
//!
//! Every field but `file` is optional; `id` defaults to the file's stem. `file` is relative to
//! the manifest's folder (`reports/`) and must stay in it ([`check_file`]). Entries without a
//! usable `file`, repeated ids and the reserved id `local` are skipped; a `source_url` that is
//! not `http(s)` is dropped ([`crate::link::web_link`]).
//!
//! ```
//! let json = r#"{"reports": [
//!   {"file": "hebei-2022.txt", "title": "河北省2022", "period": "2022年"},
//!   {"id": "x", "file": "../secret.txt"}
//! ]}"#;
//! let entries = report::manifest::parse(json).unwrap();
//! assert_eq!(entries.len(), 1);
//! assert_eq!(entries[0].id, "hebei-2022");
//! assert_eq!(entries[0].url(), "reports/hebei-2022.txt");
//! assert_eq!(entries[0].label(), "河北省2022（2022年）");
//! ```

use serde_json::Value;

/// Where the manifest is served, relative to the page.
pub const MANIFEST_URL: &str = "reports/reports.json";
/// The folder the manifest's `file`s are relative to.
pub const REPORTS_DIR: &str = "reports/";
/// The `report=` id of the reader's own report (never a manifest id).
pub const LOCAL_ID: &str = "local";

/// One report listed in the manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManifestEntry {
    /// The `report=` id.
    pub id: String,
    /// The text file, relative to `reports/`, percent-decoded ([`check_file`]).
    pub file: String,
    /// A short title for the switcher and file names (`新桥街道2024上半年`); may be empty.
    pub title: String,
    /// The period covered (`2024年上半年`); may be empty.
    pub period: String,
    /// The original web page (`http(s)` only); may be empty.
    pub source_url: String,
    /// Who issued it (`海拉尔区人民政府`); may be empty. Reports of one publisher form a series
    /// the tracking page compares ([`series`]); entries without one are the portal's own.
    pub publisher: String,
}

impl ManifestEntry {
    /// Where the text is served, relative to the page (`reports/xinqiao-2024h1.txt`). A `%`
    /// left in the decoded file name is the name's own, so it is escaped; the browser escapes
    /// spaces and Chinese itself.
    pub fn url(&self) -> String {
        format!("{REPORTS_DIR}{}", self.file.replace('%', "%25"))
    }

    /// What the switcher shows: title and period (the id when both are empty).
    pub fn label(&self) -> String {
        match (self.title.is_empty(), self.period.is_empty()) {
            (true, true) => self.id.clone(),
            (false, true) => self.title.clone(),
            (true, false) => format!("{}（{}）", self.id, self.period),
            (false, false) if self.title.contains(&self.period) => self.title.clone(),
            (false, false) => format!("{}（{}）", self.title, self.period),
        }
    }

    /// The short name for file names and headings: the title, else the id.
    pub fn name(&self) -> String {
        if self.title.is_empty() {
            self.id.clone()
        } else {
            self.title.clone()
        }
    }
}

fn string_field(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .map(|s| s.trim().to_string())
        .unwrap_or_default()
}

/// Checks a manifest `file` (trimmed): the path to serve from `reports/`, percent-decoded, or
/// why it cannot be, in words for the portal staff who edit `reports.json`.
///
/// The path is decoded until decoding changes nothing, then checked: the browser reads
/// `%2e%2e` as `..` (and a server may decode `%2f`, or decode twice), so a check of the text as
/// written would let `%2e%2e/%2e%2e/x.txt` fetch `/x.txt`. What is checked is then what is
/// requested ([`ManifestEntry::url`]). Refused: an absolute or scheme-relative path (`/…`,
/// `//host/…`), a scheme (`http:`, `C:`), a backslash (read as `/`), a query or fragment, a
/// control character (browsers drop tabs and line ends from addresses), a path segment that
/// is empty or only dots and spaces (`..`, `.`, `a//b`, `.. `, which some servers trim to
/// `..`), and escapes that are not UTF-8. A file whose real name holds an escape (`a%2541`)
/// cannot be listed: it decodes on.
///
/// ```
/// use report::manifest::check_file;
/// assert_eq!(check_file("sub/%E6%8A%A5%E5%91%8A.txt").unwrap(), "sub/报告.txt");
/// let why = check_file("%2e%2e/%2e%2e/x.txt").unwrap_err();
/// assert!(why.contains("“..”"), "{why}");
/// ```
pub fn check_file(file: &str) -> Result<String, String> {
    let refuse = |path: Option<&str>, why: &str| {
        let decoded = match path {
            Some(p) if p != file => format!("（解码后为“{p}”）"),
            _ => String::new(),
        };
        Err(format!(
            "file“{file}”{decoded}{why}。请写 {REPORTS_DIR} 文件夹中的相对路径，\
             如 xinqiao-2024h1.txt 或 2024/report.txt。"
        ))
    };
    if file.is_empty() {
        return refuse(None, "是空的");
    }
    let Some(path) = fully_decoded(file) else {
        return refuse(None, "中的 % 编码不是有效的 UTF-8 文字");
    };
    let why = if path.chars().any(char::is_control) {
        "含有控制字符（如换行、制表符）"
    } else if path.contains('\\') {
        "含有反斜杠“\\”"
    } else if path.starts_with('/') {
        "以“/”开头，指向 reports/ 之外"
    } else if path.contains(':') {
        "含有“:”（如 http: 这样的网址协议）"
    } else if path.contains(['?', '#']) {
        "含有“?”或“#”"
    } else if path
        .split('/')
        .any(|segment| segment.chars().all(|c| c == '.' || c == ' '))
    {
        "含有“..”“.”或空的路径段，可能指向 reports/ 之外"
    } else {
        return Ok(path);
    };
    refuse(Some(&path), why)
}

/// `s` percent-decoded until decoding changes nothing (each change shortens it, so this ends);
/// `None` when an escape gives bytes that are not UTF-8.
fn fully_decoded(s: &str) -> Option<String> {
    let mut s = s.to_string();
    loop {
        let next = crate::view::percent_decode_path(&s)?;
        if next == s {
            return Some(s);
        }
        s = next;
    }
}

/// The stem of a file name: `sub/xinqiao-2024h1.txt` → `xinqiao-2024h1`.
pub fn file_stem(file: &str) -> &str {
    let name = file.rsplit('/').next().unwrap_or(file);
    name.rsplit_once('.').map_or(name, |(stem, _)| stem)
}

/// Reads a manifest; `None` when it is not JSON of the expected shape (`{"reports": [...]}`).
/// Unusable entries are skipped, and so are ids seen before and the reserved id `local`.
pub fn parse(json: &str) -> Option<Vec<ManifestEntry>> {
    let raw: Value = serde_json::from_str(json.trim_start_matches('\u{feff}')).ok()?;
    let mut out: Vec<ManifestEntry> = Vec::new();
    for v in raw.get("reports")?.as_array()? {
        let Ok(file) = check_file(&string_field(v, "file")) else {
            continue;
        };
        let mut id = string_field(v, "id");
        if id.is_empty() {
            id = file_stem(&file).to_string();
        }
        if id.is_empty() || id == LOCAL_ID || out.iter().any(|e| e.id == id) {
            continue;
        }
        let source_url = crate::link::web_link(&string_field(v, "source_url"))
            .unwrap_or_default()
            .to_string();
        out.push(ManifestEntry {
            id,
            file,
            title: string_field(v, "title"),
            period: string_field(v, "period"),
            source_url,
            publisher: string_field(v, "publisher"),
        });
    }
    Some(out)
}

/// Whether the manifest lets the tracking page compare its reports: `true` unless it says
/// `"tracking": false` at its top level.
///
/// ```
/// assert!(report::manifest::tracking(r#"{"reports": []}"#));
/// assert!(!report::manifest::tracking(r#"{"tracking": false, "reports": []}"#));
/// ```
pub fn tracking(json: &str) -> bool {
    serde_json::from_str::<Value>(json.trim_start_matches('\u{feff}'))
        .ok()
        .and_then(|v| v.get("tracking").and_then(Value::as_bool))
        .unwrap_or(true)
}

/// The series of the manifest: the entries of each publisher (in manifest order), for every
/// publisher with two or more; entries without a publisher count as one publisher's.
///
/// ```
/// let json = r#"{"reports": [{"file": "a.txt", "publisher": "甲区"}, {"file": "b.txt"},
///   {"file": "c.txt", "publisher": "甲区"}, {"file": "d.txt", "publisher": "乙区"}]}"#;
/// let entries = report::manifest::parse(json).unwrap();
/// assert_eq!(report::manifest::series(&entries), [vec![0, 2]]);
/// ```
pub fn series(entries: &[ManifestEntry]) -> Vec<Vec<usize>> {
    let mut groups: Vec<(&str, Vec<usize>)> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        match groups.iter_mut().find(|(p, _)| *p == e.publisher) {
            Some((_, g)) => g.push(i),
            None => groups.push((&e.publisher, vec![i])),
        }
    }
    groups
        .into_iter()
        .map(|(_, g)| g)
        .filter(|g| g.len() >= 2)
        .collect()
}

/// The entries [`parse`] skips for their file path, each as its `id` (its file's stem when it
/// has none) and why, in zh-CN for the portal's staff: a link to one of them says why it did
/// not open instead of only that the report is not listed.
///
/// ```
/// let json = r#"{"reports": [{"id": "x", "file": "%2e%2e/x.txt"}, {"file": "ok.txt"}]}"#;
/// let refused = report::manifest::refused(json);
/// assert_eq!(refused.len(), 1);
/// assert_eq!(refused[0].0, "x");
/// assert!(refused[0].1.contains("reports/"));
/// ```
pub fn refused(json: &str) -> Vec<(String, String)> {
    let Ok(raw) = serde_json::from_str::<Value>(json.trim_start_matches('\u{feff}')) else {
        return Vec::new();
    };
    let Some(list) = raw.get("reports").and_then(Value::as_array) else {
        return Vec::new();
    };
    list.iter()
        .filter_map(|v| {
            let file = string_field(v, "file");
            let why = check_file(&file).err()?;
            let id = string_field(v, "id");
            let id = if id.is_empty() {
                file_stem(&file).to_string()
            } else {
                id
            };
            Some((id, why))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_shipped_manifest() {
        let m = parse(include_str!("../../../public/reports/reports.json")).unwrap();
        assert_eq!(m[0].id, "xinqiao-2024h1");
        assert_eq!(m[0].url(), "reports/xinqiao-2024h1.txt");
    }

    #[test]
    fn ids_default_to_stems_and_unsafe_entries_are_skipped() {
        let m = parse(
            r#"{"reports": [
                {"file": "hebei-2022.txt", "title": "河北省2022", "period": "2022年"},
                {"id": "x", "file": "../secret.txt"},
                {"id": "y", "file": "https://evil.example/r.txt"},
                {"id": "z"},
                {"file": "sub/hebei-2022.txt"},
                {"id": "local", "file": "l.txt"},
                {"id": "b", "file": "b.txt", "source_url": "javascript:alert(1)"},
                42
            ]}"#,
        )
        .unwrap();
        let ids: Vec<&str> = m.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, vec!["hebei-2022", "b"]);
        assert_eq!(m[0].label(), "河北省2022（2022年）");
        assert_eq!(m[1].source_url, "");
        assert_eq!(m[1].label(), "b");
        assert_eq!(m[1].name(), "b");
        assert_eq!(m[0].name(), "河北省2022");
    }

    /// The entry a manifest listing `file` alone gives, if any.
    fn listed(file: &str) -> Option<ManifestEntry> {
        let json = serde_json::json!({ "reports": [{ "id": "r", "file": file }] });
        parse(&json.to_string()).unwrap().pop()
    }

    #[test]
    fn encoded_paths_out_of_reports_are_skipped() {
        for file in [
            // `..` encoded: the browser reads %2e%2e as `..`.
            "%2e%2e/%2e%2e/x.txt",
            "%2E%2E/x.txt",
            ".%2e/x.txt",
            "%2e./x.txt",
            "sub/%2e%2e/%2e%2e/x.txt",
            // `/` encoded: a server may decode it.
            "..%2fx.txt",
            "..%2Fx.txt",
            "%2e%2e%2fx.txt",
            "%2fetc%2fpasswd",
            "%2F%2Fevil.example/x.txt",
            // `\` encoded: read as `/`.
            "..%5cx.txt",
            "%5C%5Cevil%5Cx.txt",
            "sub%5c..%5c..%5cx.txt",
            // Encoded twice or more: a server may decode again.
            "%252e%252e/x.txt",
            "%252E%252E%252Fx.txt",
            "%25252e%25252e/x.txt",
            "..%255cx.txt",
            // Schemes, query, controls, bytes that are not UTF-8.
            "http%3a//evil.example/x.txt",
            "x.txt%3fa",
            "%2e%09%2e/x.txt",
            "a%0a.txt",
            "%ff.txt",
            // Dots and spaces a server may trim to `..`; empty segments.
            "%2e%2e%20/x.txt",
            ".../x.txt",
            "a//b.txt",
            "a%2f%2fb.txt",
            "sub/",
            "./x.txt",
        ] {
            assert_eq!(listed(file), None, "{file}");
        }
    }

    #[test]
    fn literal_paths_out_of_reports_are_skipped() {
        for file in [
            "../x.txt",
            "sub/../../x.txt",
            "/x.txt",
            "//evil.example/x.txt",
            "\\x.txt",
            "sub\\x.txt",
            "http://evil.example/x.txt",
            "C:x.txt",
            "x.txt#a",
            "a\tb.txt",
            "",
        ] {
            assert_eq!(listed(file), None, "{file:?}");
        }
    }

    #[test]
    fn paths_in_reports_are_decoded_once_checked() {
        let url = |f: &str| listed(f).map(|e| e.url());
        assert_eq!(
            url("sub/hebei-2022.txt").as_deref(),
            Some("reports/sub/hebei-2022.txt")
        );
        assert_eq!(url("a%20b.txt").as_deref(), Some("reports/a b.txt"));
        assert_eq!(
            url("%E6%8A%A5%E5%91%8A.txt").as_deref(),
            Some("reports/报告.txt")
        );
        assert_eq!(url("a..b.txt").as_deref(), Some("reports/a..b.txt"));
        assert_eq!(url("c++.txt").as_deref(), Some("reports/c++.txt"));
        assert_eq!(url("100%.txt").as_deref(), Some("reports/100%25.txt"));
        assert_eq!(listed("%E6%8A%A5%E5%91%8A.txt").unwrap().file, "报告.txt");
    }

    #[test]
    fn a_refused_path_says_why_to_the_portal_staff() {
        let why = check_file("%252e%252e/x.txt").unwrap_err();
        assert!(
            why.starts_with("file“%252e%252e/x.txt”（解码后为“../x.txt”）含有“..”"),
            "{why}"
        );
        for (file, words) in [
            ("", "是空的"),
            ("%ff", "UTF-8"),
            ("a%0a", "控制字符"),
            ("a\\b", "反斜杠"),
            ("/x", "以“/”开头"),
            ("https://x.cn/a", "网址协议"),
            ("a?b", "“?”"),
            ("a//b", "空的路径段"),
        ] {
            let why = check_file(file).unwrap_err();
            assert!(why.contains(words), "{why}");
            assert!(why.contains("请写 reports/ 文件夹中的相对路径"), "{why}");
        }
    }

    #[test]
    fn source_urls_are_web_links_only() {
        let m = parse(
            r#"{"reports": [
                {"id": "a", "file": "a.txt", "source_url": " HTTPS://x.cn/a "},
                {"id": "b", "file": "b.txt", "source_url": "https://x.cn/a b"},
                {"id": "c", "file": "c.txt", "source_url": "//evil.example/x"},
                {"id": "d", "file": "d.txt", "source_url": "data:text/html,x"}
            ]}"#,
        )
        .unwrap();
        let urls: Vec<&str> = m.iter().map(|e| e.source_url.as_str()).collect();
        assert_eq!(urls, ["HTTPS://x.cn/a", "", "", ""]);
    }

    #[test]
    fn what_is_not_a_manifest_is_none() {
        assert_eq!(parse("not json"), None);
        assert_eq!(parse(r#"{"other": []}"#), None);
        assert_eq!(parse("\u{feff}{\"reports\": []}"), Some(vec![]));
    }

    #[test]
    fn stems_drop_the_folder_and_the_last_extension() {
        assert_eq!(file_stem("a/b.c.txt"), "b.c");
        assert_eq!(file_stem("plain"), "plain");
    }
}
