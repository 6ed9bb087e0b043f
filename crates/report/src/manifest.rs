//! The reports listed beside the app: `reports/reports.json`, the file portal staff edit to
//! publish the next report without touching code (docs/deploy.md).
//!
//! Every field but `file` is optional; `id` defaults to the file's stem. `file` is relative to
//! the manifest's folder (`reports/`). Entries without a usable `file`, repeated ids and the
//! reserved id `local` are skipped; a `source_url` that is not `http(s)` is dropped.
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
    /// The text file, relative to `reports/`.
    pub file: String,
    /// A short title for the switcher and file names (`新桥街道2024上半年`); may be empty.
    pub title: String,
    /// The period covered (`2024年上半年`); may be empty.
    pub period: String,
    /// The original web page (`http(s)` only); may be empty.
    pub source_url: String,
}

impl ManifestEntry {
    /// Where the text is served, relative to the page (`reports/xinqiao-2024h1.txt`).
    pub fn url(&self) -> String {
        format!("{REPORTS_DIR}{}", self.file)
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

/// Whether a manifest `file` stays inside `reports/`: a relative path without `..`, a scheme,
/// a query or a backslash.
fn safe_file(file: &str) -> bool {
    !file.is_empty()
        && !file.starts_with('/')
        && !file.contains("..")
        && !file.contains(':')
        && !file.contains(&['\\', '?', '#'][..])
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
        let file = string_field(v, "file");
        if !safe_file(&file) {
            continue;
        }
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
        });
    }
    Some(out)
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
