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
//!
//! - `encoding`: which encoding a file's bytes are in ([`sniff`]), or that they are a binary
//!   file;
//! - `problems`: the size limits, what can be wrong with a text ([`Problem`], with the message
//!   a reader is shown) and [`check_text`], run before parsing;
//! - `lenient`: [`parse_lenient`] and [`LenientJob`], the parse that shows a text without
//!   structure as one part.

mod encoding;
mod lenient;
mod problems;

pub use encoding::{looks_binary, looks_like_gb18030, sniff, Encoding};
pub use lenient::{parse_lenient, Lenient, LenientJob, FALLBACK_HEADING};
pub use problems::{check_text, size_text, Problem, LARGE_BYTES, MAX_BYTES};

#[cfg(test)]
mod tests;
