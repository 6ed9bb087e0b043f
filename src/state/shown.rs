//! [`Shown`]: a parsed report ready to show, with what to tell the reader about it, and the
//! bundled default report.

use std::sync::{Arc, OnceLock};

use report::input::Problem;
use report::Report;

use super::ReportData;

/// The bundled default report: 深圳市宝安区新桥街道办事处2024年上半年工作总结和下半年工作计划,
/// verbatim as published. The same file is served as [`DEFAULT_REPORT_FILE`]. (The
/// `worker-parse` build has neither it nor a parser: it fetches [`DEFAULT_REPORT_PARSED`].)
#[cfg(not(feature = "worker-parse"))]
pub const DEFAULT_REPORT: &str = include_str!("../../public/reports/xinqiao-2024h1.txt");

/// Where the bundled report's text is served, relative to the page.
pub const DEFAULT_REPORT_FILE: &str = "reports/xinqiao-2024h1.txt";

/// The bundled report parsed ahead by the build (`report::wire`; the pre-render step writes it).
pub const DEFAULT_REPORT_PARSED: &str = "reports/xinqiao-2024h1.parsed.json";

/// The bundled report's `report=` id (its file's stem).
pub const DEFAULT_REPORT_ID: &str = "xinqiao-2024h1";

/// The bundled report's short name, for file names.
pub const DEFAULT_REPORT_NAME: &str = "新桥街道2024上半年";

/// The bundled report, parsed (see [`Shown::bundled`]).
static BUNDLED: OnceLock<Shown> = OnceLock::new();

/// A parsed report ready to show, and what to tell the reader about it.
#[derive(Debug, Clone)]
pub struct Shown {
    /// Its `report=` id; `None` for the bundled default.
    pub id: Option<String>,
    /// The parsed report.
    pub report: Arc<Report>,
    /// Where its text can be read (relative to the page, or an object URL for a local one).
    pub file: String,
    /// A short name for file names.
    pub name: String,
    /// Whether it is the reader's own report (not published anywhere).
    pub local: bool,
    /// Notices from reading it (large text, no structure).
    pub problems: Vec<String>,
    /// Parse warnings (`第3部分没有识别到小节`).
    pub warnings: Vec<String>,
    /// What the view derives from the report (cards, search index, key figures), made once.
    derived: Derived,
}

/// [`ReportData`] made on first use and shared by the clones of a [`Shown`].
#[derive(Clone, Default)]
struct Derived(Arc<OnceLock<Arc<ReportData>>>);

impl std::fmt::Debug for Derived {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.get().is_some() {
            "Derived(made)"
        } else {
            "Derived(not yet)"
        })
    }
}

impl Shown {
    /// A parsed report with the problems its reading raised.
    pub fn new(
        id: Option<String>,
        report: Report,
        problems: &[Problem],
        file: String,
        name: String,
    ) -> Shown {
        let warnings = report::warnings::warnings(&report)
            .into_iter()
            .map(|w| w.message)
            .collect();
        Shown {
            id,
            report: Arc::new(report),
            file,
            name,
            local: false,
            problems: problems.iter().map(Problem::message).collect(),
            warnings,
            derived: Derived::default(),
        }
    }

    /// The cards, search index and key figures of the report (made on first call, then shared;
    /// `main.rs` makes the bundled report's in a start-up task of its own).
    pub fn data(&self) -> Arc<ReportData> {
        self.derived
            .0
            .get_or_init(|| Arc::new(ReportData::new(self.report.clone(), self.file.clone())))
            .clone()
    }

    /// Parses a text leniently; the fatal problem's message when nothing can be shown.
    #[cfg(not(feature = "worker-parse"))]
    pub fn parse(
        id: Option<String>,
        text: &str,
        file: String,
        name: String,
    ) -> Result<Shown, String> {
        let (report, problems) = report::input::parse_lenient(text).map_err(|p| p.message())?;
        Ok(Shown::new(id, report, &problems, file, name))
    }

    /// The bundled report, parsed once (switching back to it costs nothing; `main.rs` parses it
    /// in small steps before the app starts: [`Shown::load_bundled`]).
    pub fn bundled() -> Shown {
        #[cfg(feature = "worker-parse")]
        return BUNDLED
            .get()
            .expect("main.rs loads the bundled report first")
            .clone();
        #[cfg(not(feature = "worker-parse"))]
        BUNDLED
            .get_or_init(|| {
                let (report, problems) = report::input::parse_lenient(DEFAULT_REPORT)
                    .expect("the bundled report parses");
                Shown::from_bundled(report, &problems)
            })
            .clone()
    }

    /// The bundled report under the `report=` id `id` (its manifest entry may name it).
    pub fn bundled_as(id: Option<String>) -> Shown {
        Shown {
            id,
            ..Shown::bundled()
        }
    }

    /// The bundled report's [`Shown`], from its parse.
    fn from_bundled(report: Report, problems: &[Problem]) -> Shown {
        Shown::new(
            None,
            report,
            problems,
            DEFAULT_REPORT_FILE.into(),
            DEFAULT_REPORT_NAME.into(),
        )
    }

    /// Parses the bundled report for [`Shown::bundled`] in steps of a few milliseconds, each a
    /// task of its own: at start-up the page is already on screen and should stay responsive.
    #[cfg(not(feature = "worker-parse"))]
    pub async fn load_bundled() {
        if BUNDLED.get().is_some() {
            return;
        }
        let (report, problems) =
            super::loader::parse_in_slices(DEFAULT_REPORT, 1 << 15, 4.0, |_, _| {})
                .await
                .expect("the bundled report parses");
        let _ = BUNDLED.set(Shown::from_bundled(report, &problems));
    }

    /// Loads the bundled report for [`Shown::bundled`]: parsed ahead by the build
    /// ([`DEFAULT_REPORT_PARSED`]), else (a build without it, or a file that does not decode)
    /// its text, parsed in the parse worker. `Err`: the report cannot be shown.
    #[cfg(feature = "worker-parse")]
    pub async fn load_bundled() -> Result<(), String> {
        use crate::browser::fetch;
        if BUNDLED.get().is_some() {
            return Ok(());
        }
        let text = |bytes: Vec<u8>| String::from_utf8(bytes).ok();
        let ahead = fetch::fetch_bytes(DEFAULT_REPORT_PARSED)
            .await
            .ok()
            .and_then(text)
            .and_then(|json| report::wire::decode(&json));
        let parsed = match ahead {
            Some(p) => p,
            None => {
                let bytes = fetch::fetch_bytes(DEFAULT_REPORT_FILE)
                    .await
                    .map_err(|e| e.message())?;
                let text = text(bytes).unwrap_or_default();
                crate::browser::parse_worker::parse(&text, |_, _| {}).await
            }
        };
        let (report, problems) = parsed.map_err(|p| p.message())?;
        let _ = BUNDLED.set(Shown::from_bundled(report, &problems));
        Ok(())
    }
}

/// Convenience for tests and tools: the bundled report, parsed.
#[cfg(not(feature = "worker-parse"))]
pub fn default_report() -> Report {
    report::parse(DEFAULT_REPORT).expect("the bundled report parses")
}
