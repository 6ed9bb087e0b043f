//! Text from bytes: a reader's file or a served report, in UTF-8 or (as many government files
//! are) GB18030/GBK, decoded by the browser's `TextDecoder` (no encoding tables in the wasm).

use report::input::{self, Encoding, Problem};

/// Decodes bytes: valid UTF-8 first, then GB18030 (GBK) or UTF-16 through `TextDecoder`,
/// failing on any invalid sequence. A leading BOM is dropped.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_utf8_and_refuses_binary_natively() {
        assert_eq!(decode("一、总结".as_bytes()).as_deref(), Ok("一、总结"));
        assert_eq!(decode("\u{feff}abc".as_bytes()).as_deref(), Ok("abc"));
        assert_eq!(decode(b" \n"), Err(Problem::Empty));
        assert_eq!(decode(b"\x00\x01PK"), Err(Problem::Binary));
    }
}
