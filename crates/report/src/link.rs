//! Web addresses taken from text the app does not control, a report's own source line
//! (`来源URL：…`) and the manifest's `source_url`, before the page makes a link of them (the
//! 原网页 link). One rule for both: only `http:` and `https:` open a web page; `javascript:`,
//! `data:`, `vbscript:`, `file:` and the like would run or read something instead, and the
//! page's CSP should not be the only thing that stops them.
//!
//! ```
//! use report::link::web_link;
//! assert_eq!(web_link(" https://x.cn/a?b=1 "), Some("https://x.cn/a?b=1"));
//! assert_eq!(web_link("javascript://%0aalert(1)"), None);
//! ```

use crate::text::{is_blank_char, trim_blank};

/// `s`, trimmed, when it is a web address a page may link to: the scheme `http` or `https`
/// (any case), `://`, then something, with no whitespace or control character anywhere (a
/// browser drops tabs and line ends from an address, which would let `java\tscript:` through
/// a check that reads the text as written). `None` for any other scheme, for a scheme-relative
/// `//host` and for text that is no address.
pub fn web_link(s: &str) -> Option<&str> {
    let s = trim_blank(s);
    let (scheme, rest) = s.split_once("://")?;
    let web = scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https");
    let clean = !s.chars().any(|c| c.is_control() || is_blank_char(c));
    (web && clean && !rest.is_empty()).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_and_https_are_links() {
        for ok in [
            "http://x.cn",
            "https://x.cn/a?b=1#c",
            "HTTPS://X.CN/",
            "HtTp://127.0.0.1:8080/a",
        ] {
            assert_eq!(web_link(ok), Some(ok), "{ok}");
        }
        for scheme in [
            "javascript://%0aalert(1)",
            "JavaScript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "file:///etc/passwd",
            "ftp://x.cn/r.txt",
            "//evil.example/x",
            "xhttps://x.cn",
            "https:x.cn",
            "www.x.cn",
            "https://",
            "",
        ] {
            assert_eq!(web_link(scheme), None, "{scheme}");
        }
    }

    #[test]
    fn surrounding_blanks_are_trimmed_inner_ones_refused() {
        assert_eq!(web_link("\u{3000} https://x.cn \r\n"), Some("https://x.cn"));
        for s in [
            "https://x.cn/a b",
            "https://x.cn/\ta",
            "ht\ttps://x.cn",
            "https://x.cn/\u{0}",
            "https://x.cn/\u{7f}",
            "https://x.cn/\u{3000}a",
            "https://x.cn/\na",
        ] {
            assert_eq!(web_link(s), None, "{s:?}");
        }
    }
}
