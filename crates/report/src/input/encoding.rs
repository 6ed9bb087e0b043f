//! Which encoding a file's bytes are in: UTF-8, GB18030 by byte structure, a UTF-16 mark, or a
//! binary file (by its signature, NUL bytes, or too many replacement or control characters once
//! decoded).

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
pub(super) const BINARY_SIGNATURES: [&[u8]; 7] = [
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
