//! What can be wrong with a reader's text: the size limits, the [`Problem`]s and the Chinese
//! message that says what to try, and the check run on a decoded text before parsing.

use super::looks_binary;

/// Texts larger than this (in bytes of UTF-8) are parsed after a notice, with progress shown:
/// a work report is rarely above 1 MB.
pub const LARGE_BYTES: usize = 2 * 1024 * 1024;

/// Texts larger than this are refused: nothing that size is one report, and parsing it would
/// hold the page for too long on a phone.
pub const MAX_BYTES: usize = 30 * 1024 * 1024;

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
