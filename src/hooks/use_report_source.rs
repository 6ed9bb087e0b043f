//! Reports beside the app: the `reports/reports.json` manifest, fetching a listed report's text,
//! and decoding a reader's bytes (UTF-8, else GB18030/GBK through the browser's `TextDecoder`).
//!
//! Manifest format (every field but `file` optional; `id` defaults to the file's stem):
//!
//! ```json
//! {"reports": [
//!   {"id": "xinqiao-2024h1", "file": "xinqiao-2024h1.txt", "title": "新桥街道2024上半年",
//!    "period": "2024年上半年", "source_url": "https://…"}
//! ]}
//! ```
//!
//! `file` is relative to the manifest's folder (`reports/`). Entries without a usable `file`
//! and repeated ids are skipped; a missing or invalid manifest is no manifest.

use report::input::{self, Encoding, Problem};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where the manifest is served, relative to the page.
pub const MANIFEST_URL: &str = "reports/reports.json";
/// The folder the manifest's `file`s are relative to.
pub const REPORTS_DIR: &str = "reports/";
/// The `report=` id of the reader's own report.
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
    /// The original web page; may be empty.
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
}

fn string_field(v: &serde_json::Value, key: &str) -> String {
    v.get(key)
        .and_then(|s| s.as_str())
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

/// Reads a manifest; `None` when it is not JSON of the expected shape. Unusable entries are
/// skipped, and so are ids seen before and the reserved id `local`.
pub fn parse_manifest(json: &str) -> Option<Vec<ManifestEntry>> {
    let raw: serde_json::Value = serde_json::from_str(json.trim_start_matches('\u{feff}')).ok()?;
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
        let source_url = string_field(v, "source_url");
        let source_url = if source_url.starts_with("https://") || source_url.starts_with("http://")
        {
            source_url
        } else {
            String::new()
        };
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

/// Decodes a reader's (or a served file's) bytes: valid UTF-8 first, then GB18030 (GBK) or
/// UTF-16 through the browser's `TextDecoder`, failing on any invalid sequence.
pub fn decode(bytes: &[u8]) -> Result<String, Problem> {
    match input::sniff(bytes) {
        Encoding::Empty => Err(Problem::Empty),
        Encoding::Binary => Err(Problem::Binary),
        Encoding::Utf8 => {
            let text = std::str::from_utf8(bytes).map_err(|_| Problem::Binary)?;
            Ok(text.trim_start_matches('\u{feff}').to_string())
        }
        other => {
            let label = other.label().ok_or(Problem::Binary)?;
            let options = web_sys::TextDecoderOptions::new();
            options.set_fatal(true);
            let decoder = web_sys::TextDecoder::new_with_label_and_options(label, &options)
                .map_err(|_| Problem::Binary)?;
            let text = decoder
                .decode_with_u8_array(bytes)
                .map_err(|_| Problem::Binary)?;
            let text = text.trim_start_matches('\u{feff}').to_string();
            input::check_text(&text)?;
            Ok(text)
        }
    }
}

/// Why a served file could not be had.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// The network failed.
    Network,
    /// The server answered with this status.
    Status(u16),
}

/// Fetches a file relative to the page, revalidating with the server (so an edited manifest
/// shows without clearing caches).
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Network)?;
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| FetchError::Network)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FetchError::Network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| FetchError::Network)?)
        .await
        .map_err(|_| FetchError::Network)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The manifest's entries; empty when there is none or it is invalid (the bundled report is
/// then the only one).
pub async fn fetch_manifest() -> Vec<ManifestEntry> {
    let Ok(bytes) = fetch_bytes(MANIFEST_URL).await else {
        return Vec::new();
    };
    let Ok(json) = String::from_utf8(bytes) else {
        return Vec::new();
    };
    parse_manifest(&json).unwrap_or_default()
}

/// How long one slice of a stepped parse may run before the page gets a turn (ms): under a
/// frame, so typing and scrolling stay smooth while a large text parses.
const SLICE_MS: f64 = 12.0;

/// Parses `text` like [`report::input::parse_lenient`] (the same [`report::input::LenientJob`],
/// so the same report), in slices of about [`SLICE_MS`] between which the browser paints and
/// handles input: a 10 MB text never freezes the page. `progress(done, total)` runs after each
/// slice.
///
/// ```ignore
/// let result = parse_in_steps(&text, |done, total| ratio.set(done as f64 / total as f64)).await;
/// ```
pub async fn parse_in_steps(text: &str, progress: impl FnMut(usize, usize)) -> input::Lenient {
    parse_in_slices(text, report::job::RECOMMENDED_BUDGET, SLICE_MS, progress).await
}

/// [`parse_in_steps`] with steps of `budget` work units and slices of about `slice_ms`.
pub async fn parse_in_slices(
    text: &str,
    budget: usize,
    slice_ms: f64,
    mut progress: impl FnMut(usize, usize),
) -> input::Lenient {
    let mut job = input::LenientJob::new(text);
    loop {
        let started = js_sys::Date::now();
        loop {
            match job.step(budget) {
                report::Step::Done(result) => return result,
                report::Step::Progress { done, total } => {
                    if js_sys::Date::now() - started >= slice_ms {
                        progress(done, total);
                        break;
                    }
                }
            }
        }
        crate::hooks::yield_now().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_shipped_manifest() {
        let m = parse_manifest(include_str!("../../public/reports/reports.json")).unwrap();
        assert_eq!(m[0].id, "xinqiao-2024h1");
        assert_eq!(m[0].url(), crate::app::DEFAULT_REPORT_FILE);
    }

    #[test]
    fn ids_default_to_stems_and_bad_entries_are_skipped() {
        let m = parse_manifest(
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
        assert_eq!(parse_manifest("not json"), None);
        assert_eq!(parse_manifest(r#"{"other": []}"#), None);
        assert_eq!(parse_manifest("\u{feff}{\"reports\": []}"), Some(vec![]));
        assert_eq!(file_stem("a/b.c.txt"), "b.c");
        assert_eq!(file_stem("plain"), "plain");
    }

    #[test]
    fn decodes_utf8_and_refuses_binary_natively() {
        assert_eq!(decode("一、总结".as_bytes()).as_deref(), Ok("一、总结"));
        assert_eq!(decode("\u{feff}abc".as_bytes()).as_deref(), Ok("abc"));
        assert_eq!(decode(b" \n"), Err(Problem::Empty));
        assert_eq!(decode(b"\x00\x01PK"), Err(Problem::Binary));
    }
}
