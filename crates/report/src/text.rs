//! Small text helpers shared by the parser and the number extractor.

/// Whitespace the report format trims: ASCII whitespace, the full-width space U+3000,
/// the no-break space U+00A0, and a stray BOM.
pub fn is_blank_char(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}' || c == '\u{feff}'
}

/// Trims [`is_blank_char`] characters from both ends.
pub fn trim_blank(s: &str) -> &str {
    s.trim_matches(is_blank_char)
}
