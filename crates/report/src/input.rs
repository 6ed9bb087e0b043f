//! Text a reader brings (pasted or chosen as a file): which encoding to decode it with, what is
//! wrong with it, and a lenient parse that shows whatever can be shown. Every decision is made
//! here, natively testable; the browser only runs the decoder this module names.
//!
//! ```
//! use report::input::{sniff, Encoding};
//! assert_eq!(sniff("一、总结".as_bytes()), Encoding::Utf8);
//! assert_eq!(sniff(&[0xD5, 0xFE, 0xB8, 0xAE]), Encoding::Gb18030); // 政府 in GBK
//! assert_eq!(sniff(b"PK\x03\x04\x00\x00"), Encoding::Binary);
//! assert_eq!(sniff(b"  \n"), Encoding::Empty);
//! ```

use crate::job::{ParseJob, Step};
use crate::model::{NumberKind, PartKind, Report};
use crate::parser::ParseError;

/// Texts larger than this (in bytes of UTF-8) are parsed after a notice, with progress shown:
/// a work report is rarely above 1 MB.
pub const LARGE_BYTES: usize = 2 * 1024 * 1024;

/// Texts larger than this are refused: nothing that size is one report, and parsing it would
/// hold the page for too long on a phone.
pub const MAX_BYTES: usize = 30 * 1024 * 1024;

/// How to decode a file's bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// Valid UTF-8 (a BOM is dropped by the decoder).
    Utf8,
    /// Not UTF-8 but well-formed GB18030 (a superset of GBK and GB2312).
    Gb18030,
    /// A UTF-16 byte-order mark, little-endian.
    Utf16Le,
    /// A UTF-16 byte-order mark, big-endian.
    Utf16Be,
    /// Nothing but whitespace (or no bytes at all).
    Empty,
    /// A binary file (Word, PDF, image, archive): its signature, NUL bytes, invalid in every
    /// encoding tried, or decoded into too many replacement or control characters.
    Binary,
}

impl Encoding {
    /// The WHATWG encoding label for `TextDecoder`, for the encodings the browser decodes.
    pub fn label(self) -> Option<&'static str> {
        match self {
            Encoding::Utf8 => Some("utf-8"),
            Encoding::Gb18030 => Some("gb18030"),
            Encoding::Utf16Le => Some("utf-16le"),
            Encoding::Utf16Be => Some("utf-16be"),
            Encoding::Empty | Encoding::Binary => None,
        }
    }
}

/// Decides how to decode `bytes`: valid UTF-8 first, then GB18030 by byte structure; a binary
/// file's signature, and NUL bytes (outside UTF-16), mean binary.
pub fn sniff(bytes: &[u8]) -> Encoding {
    if has_binary_signature(bytes) {
        return Encoding::Binary;
    }
    if bytes.starts_with(&[0xFF, 0xFE]) {
        return Encoding::Utf16Le;
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        return Encoding::Utf16Be;
    }
    if bytes.contains(&0) {
        return Encoding::Binary;
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => {
            if crate::text::trim_blank(text.trim_start_matches('\u{feff}')).is_empty() {
                Encoding::Empty
            } else if looks_binary(text) {
                Encoding::Binary
            } else {
                Encoding::Utf8
            }
        }
        Err(_) if looks_like_gb18030(bytes) => Encoding::Gb18030,
        Err(_) => Encoding::Binary,
    }
}

/// Whether `bytes` is well-formed GB18030 (a superset of GBK) by byte structure alone:
/// ASCII, two-byte `81–FE` + `40–FE` (not `7F`), or four-byte `81–FE 30–39 81–FE 30–39`;
/// with at least one multi-byte character.
pub fn looks_like_gb18030(bytes: &[u8]) -> bool {
    let mut i = 0;
    let mut multibyte = false;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if b == 0 {
                return false;
            }
            i += 1;
            continue;
        }
        if !(0x81..=0xFE).contains(&b) {
            return false;
        }
        match bytes.get(i + 1) {
            Some(&t) if (0x40..=0xFE).contains(&t) && t != 0x7F => i += 2,
            Some(&t) if (0x30..=0x39).contains(&t) => {
                let ok = matches!(bytes.get(i + 2), Some(0x81..=0xFE))
                    && matches!(bytes.get(i + 3), Some(0x30..=0x39));
                if !ok {
                    return false;
                }
                i += 4;
            }
            _ => return false,
        }
        multibyte = true;
    }
    multibyte
}

/// The first bytes of the binary files readers choose by mistake: PDF, ZIP (`.docx`, `.xlsx`,
/// WPS), the compound file of `.doc`, `.xls` and `.wps`, PNG, JPEG, GIF. A PDF can be all
/// ASCII, and some of the others happen to be well-formed GB18030 for as far as they go:
/// only the signature tells them from text.
const BINARY_SIGNATURES: [&[u8]; 7] = [
    b"%PDF-",
    b"PK\x03\x04",
    b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
    b"\x89PNG\r\n\x1a\n",
    b"\xFF\xD8\xFF",
    b"GIF87a",
    b"GIF89a",
];

/// Whether `bytes` start with one of [`BINARY_SIGNATURES`].
fn has_binary_signature(bytes: &[u8]) -> bool {
    BINARY_SIGNATURES.iter().any(|s| bytes.starts_with(s))
}

/// The fewest characters [`looks_binary`] takes its ratios over: a short text with one or two
/// odd characters is a short text, not a file.
const MIN_SAMPLE_CHARS: usize = 100;

/// Whether decoded text is a binary file that happens to decode: it starts with a binary
/// file's signature, or, in its first 64 KiB characters (never fewer than
/// [`MIN_SAMPLE_CHARS`]), more than one in a hundred are control characters other than tab,
/// line ends and form feed, or more than one in four are those or the replacement character
/// `U+FFFD`.
///
/// The two ratios differ because the two characters tell different things. A control
/// character is in no text a reader has. A `U+FFFD` is in much text copied from PDFs (a glyph
/// the PDF does not map to a character), a few in a paragraph; bytes that are not text decode
/// to one in every two or three characters.
pub fn looks_binary(text: &str) -> bool {
    if has_binary_signature(text.trim_start_matches('\u{feff}').as_bytes()) {
        return true;
    }
    let mut total = 0usize;
    let mut controls = 0usize;
    let mut replacements = 0usize;
    for c in text.chars().take(65_536) {
        total += 1;
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}') {
            controls += 1;
        } else if c == '\u{fffd}' {
            replacements += 1;
        }
    }
    let sample = total.max(MIN_SAMPLE_CHARS);
    controls * 100 > sample || (controls + replacements) * 4 > sample
}

/// Something wrong with a reader's text, with a Chinese message saying what and what to try.
/// Serializable, so that a parse run elsewhere (the explorer's parse worker) can send it back.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Problem {
    /// Nothing but whitespace.
    Empty,
    /// A binary file, or bytes that no encoding reads.
    Binary,
    /// Over [`MAX_BYTES`]; the size in bytes.
    TooLarge(usize),
    /// Over [`LARGE_BYTES`]: parsed anyway, after a notice; the size in bytes.
    Large(usize),
    /// No part or section headings: shown as one part (`全文`).
    NoStructure,
    /// Headings but no paragraphs.
    NoParagraphs,
    /// The browser could not run the parser (the explorer parses in a Web Worker, which a
    /// blocked or failed download stops).
    Unparsed,
}

impl Problem {
    /// Whether the text can still be shown.
    pub fn is_fatal(&self) -> bool {
        matches!(
            self,
            Problem::Empty
                | Problem::Binary
                | Problem::TooLarge(_)
                | Problem::NoParagraphs
                | Problem::Unparsed
        )
    }

    /// What is wrong and what to try, in Chinese.
    pub fn message(&self) -> String {
        match self {
            Problem::Empty => {
                "文本是空的。请把报告全文粘贴到输入框，或选择报告的 .txt 文件。".to_string()
            }
            Problem::Binary => "这不是纯文本文件（含有二进制内容，可能是 Word、PDF 或图片）。\
                 请在原软件中“另存为”纯文本（.txt）后再打开，或直接复制全文粘贴进来。"
                .to_string(),
            Problem::TooLarge(n) => format!(
                "文本太大（{}），超过上限 {}，一份工作报告通常不到 1 MB。请确认选择的是报告本身，\
                 或只粘贴报告正文。",
                size_over(*n, MAX_BYTES),
                size_text(MAX_BYTES)
            ),
            Problem::Large(n) => format!(
                "文本很大（{}），一份工作报告通常不到 1 MB；解析需要一些时间，请稍候。\
                 若不是一份报告，请只粘贴报告正文。",
                size_text(*n)
            ),
            Problem::NoStructure => {
                "没有识别到报告的结构（如“一、……”的部分标题或“（一）……”的小节标题），\
                 已把全文作为一个部分显示，数字照常标出。若原文有标题，请确认每个标题单独占一行。"
                    .to_string()
            }
            Problem::NoParagraphs => "只识别到标题，没有识别到正文段落。请确认粘贴了报告全文，\
                 且段落之间有换行。"
                .to_string(),
            Problem::Unparsed => {
                "浏览器未能运行解析程序，报告无法显示。请检查网络后刷新页面再试。".to_string()
            }
        }
    }
}

/// `10.2 MB`, `512 KB`, `300 字节`.
pub fn size_text(bytes: usize) -> String {
    if bytes >= 1024 * 1024 {
        format!(
            "{} MB",
            crate::numbers::units::format_fixed(bytes as f64 / (1024.0 * 1024.0), 1)
        )
    } else if bytes >= 1024 {
        format!("{} KB", bytes.div_ceil(1024))
    } else {
        format!("{bytes} 字节")
    }
}

/// The size of a text over `limit`, precise enough not to read as the limit (`30.0 MB` for 30 MB
/// and a byte would say it is not over): in MB with two decimals, or in bytes when two decimals
/// still give the limit's figure.
fn size_over(bytes: usize, limit: usize) -> String {
    const MB: f64 = 1024.0 * 1024.0;
    let mb = |b: usize| crate::numbers::units::format_fixed(b as f64 / MB, 2);
    if bytes as f64 >= MB && mb(bytes) != mb(limit) {
        format!("{} MB", mb(bytes))
    } else {
        format!("{bytes} 字节")
    }
}

/// Checks a decoded text before parsing: the first fatal problem, or notices (`Large`).
pub fn check_text(text: &str) -> Result<Vec<Problem>, Problem> {
    if crate::text::trim_blank(text.trim_start_matches('\u{feff}')).is_empty() {
        return Err(Problem::Empty);
    }
    if text.len() > MAX_BYTES {
        return Err(Problem::TooLarge(text.len()));
    }
    if text.contains('\0') || looks_binary(text) {
        return Err(Problem::Binary);
    }
    let mut notices = Vec::new();
    if text.len() > LARGE_BYTES {
        notices.push(Problem::Large(text.len()));
    }
    Ok(notices)
}

/// The heading put in front of a text without structure, so that it reads as one part.
pub const FALLBACK_HEADING: &str = "一、全文\n";

/// A text without headings is one part; a title that says what it is (`2015年预期总目标`,
/// `下半年工作计划`, `2024年为民办实事项目`) gives the part its kind, and in a plan every indicator is a target.
fn the_title_says_the_part(report: &mut Report, title: &str) {
    let kind = crate::parser::title_kind(title);
    if report.parts.len() != 1 || report.parts[0].kind != PartKind::Other || kind == PartKind::Other
    {
        return;
    }
    report.parts[0].kind = kind;
    for n in &mut report.numbers {
        n.part = kind;
        if kind == PartKind::Plan && n.is_indicator {
            n.kind = Some(NumberKind::Target);
        }
    }
}

/// Parses a reader's text, showing whatever can be shown: text without part or section
/// headings is read as one part titled `全文` (its first short line, if any, as the title), so
/// its paragraphs and numbers still appear. Returns the report and the problems to tell the
/// reader about (notices, never fatal), or the fatal problem.
///
/// This is a [`LenientJob`] run to completion: the browser runs the same job in slices.
pub fn parse_lenient(text: &str) -> Result<(Report, Vec<Problem>), Problem> {
    LenientJob::new(text).run()
}

/// What [`parse_lenient`] returns.
pub type Lenient = Result<(Report, Vec<Problem>), Problem>;

/// Where a [`LenientJob`] is.
#[derive(Debug)]
enum LenientState<T> {
    /// Nothing done yet: the text is checked in the first step.
    Start(T),
    /// Parsing the text as given.
    Parse(ParseJob<T>),
    /// Parsing the text behind [`FALLBACK_HEADING`]; `title` is the text's first short line.
    Fallback {
        job: ParseJob<String>,
        title: Option<String>,
        /// Units done when the fallback started.
        base: usize,
    },
    Finished(Option<Lenient>),
}

/// [`parse_lenient`] in steps, like [`ParseJob`] (see [`crate::job`] for budgets and progress):
/// what the app runs on a reader's text, between frames.
#[derive(Debug)]
pub struct LenientJob<T = String> {
    state: LenientState<T>,
    problems: Vec<Problem>,
    /// Units of the whole job: those of a [`ParseJob`] on the text. A fallback parse is scaled
    /// into what is left of it, so progress stays monotonic.
    total: usize,
}

impl<T: AsRef<str>> LenientJob<T> {
    /// A job that will parse `text` leniently. Does no work yet.
    pub fn new(text: T) -> Self {
        let total = crate::job::total_units(text.as_ref().len());
        LenientJob {
            state: LenientState::Start(text),
            problems: Vec::new(),
            total,
        }
    }

    /// Units of work of the whole job.
    pub fn total(&self) -> usize {
        self.total
    }

    /// Units of work done so far (monotonic, at most [`LenientJob::total`]).
    pub fn done(&self) -> usize {
        match &self.state {
            LenientState::Start(_) => 0,
            LenientState::Parse(job) => job.done().min(self.total),
            LenientState::Fallback { job, base, .. } => {
                let left = self.total.saturating_sub(*base) as u128;
                let scaled = job.done() as u128 * left / job.total().max(1) as u128;
                base.saturating_add(scaled as usize).min(self.total)
            }
            LenientState::Finished(_) => self.total,
        }
    }

    /// Works for about `budget` units and returns the progress, or what [`parse_lenient`]
    /// returns once done. After `Done`, further calls only report full progress.
    pub fn step(&mut self, budget: usize) -> Step<Lenient> {
        let state = std::mem::replace(&mut self.state, LenientState::Finished(None));
        self.state = match state {
            LenientState::Start(text) => match check_text(text.as_ref()) {
                Err(p) => LenientState::Finished(Some(Err(p))),
                Ok(notices) => {
                    self.problems = notices;
                    let mut job = ParseJob::new(text);
                    match job.step(budget) {
                        Step::Progress { .. } => LenientState::Parse(job),
                        Step::Done(result) => self.parsed(job, result),
                    }
                }
            },
            LenientState::Parse(mut job) => match job.step(budget) {
                Step::Progress { .. } => LenientState::Parse(job),
                Step::Done(result) => self.parsed(job, result),
            },
            LenientState::Fallback {
                mut job,
                title,
                base,
            } => match job.step(budget) {
                Step::Progress { .. } => LenientState::Fallback { job, title, base },
                Step::Done(result) => {
                    let result = result.map_err(|_| Problem::NoParagraphs).map(|mut r| {
                        if let Some(t) = &title {
                            the_title_says_the_part(&mut r, t);
                        }
                        if r.title.is_none() {
                            r.title = title;
                        }
                        self.problems.push(Problem::NoStructure);
                        r
                    });
                    self.finish(result)
                }
            },
            LenientState::Finished(Some(result)) => return Step::Done(result),
            LenientState::Finished(None) => {
                return Step::Progress {
                    done: self.total,
                    total: self.total,
                }
            }
        };
        match &mut self.state {
            LenientState::Finished(result) => match result.take() {
                Some(r) => Step::Done(r),
                None => Step::Progress {
                    done: self.total,
                    total: self.total,
                },
            },
            _ => Step::Progress {
                done: self.done(),
                total: self.total,
            },
        }
    }

    /// After the parse of the text as given.
    fn parsed(&mut self, job: ParseJob<T>, result: Result<Report, ParseError>) -> LenientState<T> {
        match result {
            Ok(r) => self.finish(Ok(r)),
            Err(ParseError::Empty) => LenientState::Finished(Some(Err(Problem::Empty))),
            Err(ParseError::NoStructure) => {
                // No structure is known after the cheap passes: the fallback gets the rest.
                let base = job.done().min(self.total);
                let text = job.text();
                let mut wrapped = String::with_capacity(text.len() + FALLBACK_HEADING.len());
                wrapped.push_str(FALLBACK_HEADING);
                wrapped.push_str(text);
                let title = text
                    .lines()
                    .map(str::trim)
                    .find(|l| !l.is_empty())
                    .filter(|l| l.chars().count() <= 40)
                    .map(str::to_string);
                LenientState::Fallback {
                    job: ParseJob::new(wrapped),
                    title,
                    base,
                }
            }
        }
    }

    /// The last check: a report without any paragraph cannot be shown.
    fn finish(&mut self, result: Result<Report, Problem>) -> LenientState<T> {
        let result = result.and_then(|report| {
            let paragraphs = report.parts.iter().any(|p| {
                !p.intro.is_empty()
                    || !p.closing.is_empty()
                    || p.sections
                        .iter()
                        .any(|s| !s.intro.is_empty() || !s.topics.is_empty())
            });
            if paragraphs {
                Ok((report, std::mem::take(&mut self.problems)))
            } else {
                Err(Problem::NoParagraphs)
            }
        });
        LenientState::Finished(Some(result))
    }

    /// Runs the job to completion.
    pub fn run(mut self) -> Lenient {
        loop {
            if let Step::Done(result) = self.step(usize::MAX) {
                return result;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = include_str!("../../../public/reports/xinqiao-2024h1.txt");

    #[test]
    fn sniffs_encodings() {
        assert_eq!(sniff(SEED.as_bytes()), Encoding::Utf8);
        assert_eq!(sniff("\u{feff}一、总结".as_bytes()), Encoding::Utf8);
        // 政府 in GBK, with ASCII and a four-byte GB18030 sequence.
        assert_eq!(
            sniff(&[0xD5, 0xFE, 0xB8, 0xAE, b'a', 0x81, 0x30, 0x81, 0x30]),
            Encoding::Gb18030
        );
        assert_eq!(sniff(&[0xFF, 0xFE, b'a', 0]), Encoding::Utf16Le);
        assert_eq!(sniff(&[0xFE, 0xFF, 0, b'a']), Encoding::Utf16Be);
        assert_eq!(sniff(b""), Encoding::Empty);
        assert_eq!(sniff(" \r\n\t\u{3000}".as_bytes()), Encoding::Empty);
        assert_eq!(sniff(b"%PDF-1.4\n\x00\x01"), Encoding::Binary);
        assert_eq!(sniff(&[0x80, 0x81, 0xFF, 0xFE]), Encoding::Binary); // no encoding reads it
        assert_eq!(sniff(&[0xD5]), Encoding::Binary); // truncated GBK
        assert_eq!(sniff("\u{1}\u{2}\u{3}abc".as_bytes()), Encoding::Binary);
        assert_eq!(Encoding::Gb18030.label(), Some("gb18030"));
        assert_eq!(Encoding::Binary.label(), None);
    }

    /// Text copied from a PDF: a glyph the PDF does not map to a character comes out as U+FFFD.
    const COPIED_FROM_PDF: [&str; 3] = [
        "上半年，街道坚持稳中求进工作总基调，地区生产总值完成329.73亿元，同比增长4.1%\u{fffd}\
         经济运行总体平稳、稳中有进。",
        "新桥街道扎实推进民生实事，新增托位340个，建成长者饭堂12家，\u{fffd}\u{fffd}服务覆盖全部社区；\
         全年开展各类文体活动86场，惠及群众3.8万人次，群众满意度持续提升。",
        "一、上半年工作总结\n（一）经济发展\n规上工业增加值同比增长6.2%，固定资产投资完成\u{fffd}45.6亿元，\
         社会消费品零售总额同比增长\u{fffd}3.1%。下半年将继续抓好项目建设，力争全年完成\u{fffd}目标任务。",
    ];

    #[test]
    fn a_few_replacement_characters_are_text() {
        for text in COPIED_FROM_PDF {
            let chars = text.chars().count();
            assert!((50..=300).contains(&chars), "{chars}");
            assert!(!looks_binary(text), "{text}");
            assert_eq!(check_text(text), Ok(vec![]), "{text}");
            assert_eq!(sniff(text.as_bytes()), Encoding::Utf8, "{text}");
        }
    }

    /// Bytes that look random (xorshift), the same at every run.
    fn noise(n: usize) -> Vec<u8> {
        let mut x: u32 = 0x9e37_79b9;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                x as u8
            })
            .collect()
    }

    #[test]
    fn binary_files_are_binary() {
        // The first bytes of each, as the files have them (NULs where they have NULs).
        let files: [(&str, Vec<u8>); 9] = [
            (
                "PDF",
                b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n".to_vec(),
            ),
            (
                "PDF, ASCII only",
                b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".to_vec(),
            ),
            (
                "zip, docx",
                b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml".to_vec(),
            ),
            (
                "OLE, doc",
                b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00\x00\x00".to_vec(),
            ),
            (
                "PNG",
                b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x80".to_vec(),
            ),
            ("JPEG", b"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01".to_vec()),
            ("GIF", b"GIF89a\x01\x00\x01\x00\x80\x00\x00".to_vec()),
            ("random bytes", noise(4096)),
            ("text with NULs", "经济\0指标持续向好".as_bytes().to_vec()),
        ];
        for (name, bytes) in &files {
            assert_eq!(sniff(bytes), Encoding::Binary, "{name}");
            let text = String::from_utf8_lossy(bytes);
            assert_eq!(check_text(&text), Err(Problem::Binary), "{name}: {text:?}");
        }
    }

    #[test]
    fn a_binary_signature_is_binary_whatever_follows() {
        for signature in BINARY_SIGNATURES {
            let mut bytes = signature.to_vec();
            bytes.extend_from_slice(b" 1 0 obj\n");
            assert_eq!(sniff(&bytes), Encoding::Binary, "{signature:?}");
        }
        assert!(looks_binary("\u{feff}%PDF-1.4\n1 0 obj\n"));
        assert!(!looks_binary("PDF-1.4 版本说明"));
    }

    #[test]
    fn many_replacement_or_control_characters_are_binary() {
        // A text a third of which is U+FFFD: decoded binary, not a copy.
        let mut text = COPIED_FROM_PDF[1].repeat(3);
        let n = text.chars().count();
        text = text
            .chars()
            .enumerate()
            .map(|(i, c)| if i % 3 == 0 { '\u{fffd}' } else { c })
            .collect();
        assert!(n >= 100 && looks_binary(&text), "{n}");
        // Control characters (not tab, line ends, form feed) are binary from a few on.
        assert!(looks_binary("\u{1}\u{2}\u{3}abc"));
        assert!(!looks_binary("一行\t两列\r\n\u{c}下一页"));
    }

    #[test]
    fn gb18030_structure() {
        assert!(!looks_like_gb18030(b"plain ascii"));
        assert!(!looks_like_gb18030(&[0xD5, 0x7F]));
        assert!(!looks_like_gb18030(&[0x80, 0x40]));
        assert!(!looks_like_gb18030(&[0x81, 0x30, 0x81]));
        assert!(!looks_like_gb18030(&[0xD5, 0xFE, 0]));
    }

    #[test]
    fn checks_text() {
        assert_eq!(check_text("  \n"), Err(Problem::Empty));
        assert_eq!(check_text("a\0b"), Err(Problem::Binary));
        assert_eq!(check_text(SEED), Ok(vec![]));
        let big = "经济指标持续向好。".repeat(LARGE_BYTES / 27 + 1);
        assert_eq!(check_text(&big), Ok(vec![Problem::Large(big.len())]));
        let huge = "a".repeat(MAX_BYTES + 1);
        assert_eq!(check_text(&huge), Err(Problem::TooLarge(MAX_BYTES + 1)));
        assert!(Problem::TooLarge(MAX_BYTES + 1).message().contains("太大"));
        assert_eq!(size_text(10 * 1024 * 1024 + 200_000), "10.2 MB");
        assert_eq!(size_text(2000), "2 KB");
        assert_eq!(size_text(12), "12 字节");
    }

    #[test]
    fn a_size_over_the_limit_does_not_read_as_the_limit() {
        let message = |n| Problem::TooLarge(n).message();
        // Two decimals would still say 30.00 MB: the bytes.
        assert!(
            message(MAX_BYTES + 1).contains("（31457281 字节），超过上限 30.0 MB"),
            "{}",
            message(MAX_BYTES + 1)
        );
        assert!(message(MAX_BYTES + 5_000).contains("（31462280 字节）"));
        assert!(message(MAX_BYTES + 20_000).contains("（30.02 MB），超过上限 30.0 MB"));
        assert!(message(MAX_BYTES * 2).contains("（60.00 MB）"));
    }

    #[test]
    fn every_problem_says_what_to_try() {
        for p in [
            Problem::Empty,
            Problem::Binary,
            Problem::TooLarge(MAX_BYTES * 2),
            Problem::Large(LARGE_BYTES * 2),
            Problem::NoStructure,
            Problem::NoParagraphs,
        ] {
            let m = p.message();
            assert!(m.contains('请'), "{m}");
        }
    }

    #[test]
    fn a_structureless_text_whose_title_is_a_plan_is_a_plan() {
        let text = "下半年工作计划\n新增就业岗位500个，地区生产总值增长6%。\n";
        let (r, _) = parse_lenient(text).unwrap();
        assert_eq!(r.parts[0].kind, PartKind::Plan);
        for n in r.numbers.iter().filter(|n| n.is_indicator) {
            assert_eq!(n.kind, Some(NumberKind::Target), "{}", n.raw);
        }
        // A title that says nothing of the kind leaves the part as it is.
        let (r, _) = parse_lenient("今年的一些情况\n全年完成产值329.73亿元。\n").unwrap();
        assert_eq!(r.parts[0].kind, PartKind::Other);
    }

    #[test]
    fn lenient_parse_shows_structureless_text_as_one_part() {
        let text = "今年的一些情况\n全年完成产值329.73亿元，同比增长4.1%。\n新增托位340个。\n";
        let (r, problems) = parse_lenient(text).unwrap();
        assert_eq!(problems, vec![Problem::NoStructure]);
        assert_eq!(r.parts.len(), 1);
        assert_eq!(r.parts[0].title, "全文");
        assert!(r.numbers.iter().any(|n| n.raw.contains("329.73")));
        assert_eq!(r.title.as_deref(), Some("今年的一些情况"));

        let (seed, problems) = parse_lenient(SEED).unwrap();
        assert!(problems.is_empty());
        assert_eq!(seed.parts.len(), 2);

        assert!(matches!(parse_lenient(""), Err(Problem::Empty)));
        assert!(matches!(
            parse_lenient("\u{1}\u{2}\u{3}"),
            Err(Problem::Binary)
        ));
    }

    #[test]
    fn large_text_parses() {
        // Ten copies of a corpus report: parsed, with the size notice.
        let one = include_str!("../tests/data/corpus/hebei_province_2022.txt");
        let mut big = String::new();
        while big.len() < LARGE_BYTES + 1 {
            big.push_str(one);
            big.push('\n');
        }
        let (r, problems) = parse_lenient(&big).unwrap();
        assert!(matches!(problems[0], Problem::Large(_)));
        assert!(!r.parts.is_empty());
    }
}
