//! Splitting the input into trimmed lines that remember where they are.

use crate::text::trim_blank_counted;

/// One non-blank line of the input, trimmed of blank characters at both ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line<'a> {
    /// The trimmed text.
    pub text: &'a str,
    /// Char offset of `text` in the input.
    pub offset: usize,
    /// Length of `text` in chars.
    pub len: usize,
}

impl<'a> Line<'a> {
    /// The piece of this line that starts `byte_start` bytes into `text` (a char boundary),
    /// trimmed of blanks, with its char offset in the input. `None` when it is blank.
    pub fn sub(&self, byte_start: usize, byte_end: usize) -> Option<Line<'a>> {
        let before = self.text.get(..byte_start)?.chars().count();
        let piece = self.text.get(byte_start..byte_end)?;
        let (text, skipped) = trim_blank_counted(piece);
        if text.is_empty() {
            return None;
        }
        Some(Line {
            text,
            offset: self.offset + before + skipped,
            len: text.chars().count(),
        })
    }

    /// The rest of the line from `byte_start` on, trimmed; `None` when blank.
    pub fn rest(&self, byte_start: usize) -> Option<Line<'a>> {
        self.sub(byte_start, self.text.len())
    }
}

/// Every non-blank line of `input`, in order. Line ends are `\n`, `\r\n` and lone `\r`.
/// Runs in one pass over the input: char offsets are counted as it goes.
pub(crate) fn split_lines(input: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut line_start_byte = 0usize;
    let mut line_start_char = 0usize;
    let mut push = |start_byte: usize, end_byte: usize, start_char: usize| {
        let (text, skipped) = trim_blank_counted(&input[start_byte..end_byte]);
        if text.is_empty() {
            return;
        }
        lines.push(Line {
            text,
            offset: start_char + skipped,
            len: text.chars().count(),
        });
    };
    let mut iter = input.char_indices().peekable();
    let mut char_pos = 0usize;
    while let Some((byte, c)) = iter.next() {
        char_pos += 1;
        if c == '\n' || c == '\r' {
            push(line_start_byte, byte, line_start_char);
            let mut next_byte = byte + 1;
            if c == '\r' {
                if let Some(&(_, '\n')) = iter.peek() {
                    iter.next();
                    next_byte += 1;
                    char_pos += 1;
                }
            }
            line_start_byte = next_byte;
            line_start_char = char_pos;
        }
    }
    if line_start_byte < input.len() {
        push(line_start_byte, input.len(), line_start_char);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(input: &str, l: &Line) -> String {
        input.chars().skip(l.offset).take(l.len).collect()
    }

    #[test]
    fn splits_all_line_ends_and_keeps_offsets() {
        let input = "\u{feff}标题\r\n\r\n\u{3000}\u{3000}一、总结\r（一）甲\n  乙。 \n\n";
        let lines = split_lines(input);
        let texts: Vec<_> = lines.iter().map(|l| l.text).collect();
        assert_eq!(texts, ["标题", "一、总结", "（一）甲", "乙。"]);
        for l in &lines {
            assert_eq!(at(input, l), l.text);
            assert_eq!(l.len, l.text.chars().count());
        }
    }

    #[test]
    fn sub_and_rest() {
        let input = "x\n（一）标题。 正文\n";
        let lines = split_lines(input);
        let l = lines[1];
        let dot = l.text.find('。').unwrap();
        let title = l.sub("（一）".len(), dot).unwrap();
        assert_eq!(title.text, "标题");
        assert_eq!(at(input, &title), "标题");
        let rest = l.rest(dot + '。'.len_utf8()).unwrap();
        assert_eq!(rest.text, "正文");
        assert_eq!(at(input, &rest), "正文");
        assert!(l.rest(l.text.len()).is_none());
    }

    #[test]
    fn empty_and_blank() {
        assert!(split_lines("").is_empty());
        assert!(split_lines("\r\r\n \u{3000}\n").is_empty());
        assert_eq!(split_lines("a").len(), 1);
    }
}
