//! Percent-encoding: query-string components (`+` as space) and URL paths, decoded leniently
//! (a `%` without two hex digits stays literal).

/// Decodes a query-string component: `%XX` escapes (as UTF-8 bytes) and `+` as space. A `%`
/// not followed by two hex digits stays literal. `None` when the bytes are not UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
    unescape(s, true)
}

/// Decodes a URL path like [`percent_decode`], but a `+` stays a `+`: in a path it is no space.
pub(crate) fn percent_decode_path(s: &str) -> Option<String> {
    unescape(s, false)
}

/// `%XX` escapes as UTF-8 bytes, and with `plus_is_space` a `+` as a space.
fn unescape(s: &str, plus_is_space: bool) -> Option<String> {
    fn hex(b: u8) -> Option<u8> {
        match b {
            b'0'..=b'9' => Some(b - b'0'),
            b'a'..=b'f' => Some(b - b'a' + 10),
            b'A'..=b'F' => Some(b - b'A' + 10),
            _ => None,
        }
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' if plus_is_space => out.push(b' '),
            b'%' => {
                let hi = bytes.get(i + 1).copied().and_then(hex);
                let lo = bytes.get(i + 2).copied().and_then(hex);
                if let (Some(hi), Some(lo)) = (hi, lo) {
                    out.push(hi << 4 | lo);
                    i += 3;
                    continue;
                }
                out.push(b'%');
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// Encodes a query-string component: ASCII letters, digits and `-._~` as is, space as `+`,
/// every other byte (all non-ASCII, as UTF-8) as `%XX` (`养老` → `%E5%85%BB%E8%80%81`).
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                out.push('%');
                out.push(HEX[(b >> 4) as usize] as char);
                out.push(HEX[(b & 15) as usize] as char);
            }
        }
    }
    out
}
