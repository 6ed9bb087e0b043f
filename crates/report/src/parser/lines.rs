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

/// Where a [`Line`] is, without borrowing the input: what a parse that runs in slices keeps
/// between slices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Span {
    /// Byte range of the trimmed text in the input.
    pub start: usize,
    pub end: usize,
    /// Char offset of the text in the input.
    pub offset: usize,
    /// Length of the text in chars.
    pub len: usize,
}

impl Span {
    /// The line this span marks in `input`.
    pub fn line<'a>(&self, input: &'a str) -> Line<'a> {
        Line {
            text: &input[self.start..self.end],
            offset: self.offset,
            len: self.len,
        }
    }

    /// Length of the text in bytes.
    pub fn bytes(&self) -> usize {
        self.end - self.start
    }
}

/// Chars in `bytes` (valid UTF-8, possibly cut inside a char at either end: a char is counted
/// where its first byte is).
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// The first `\n` or `\r` in `bytes`, eight bytes at a time.
fn find_line_end(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let is_end = |b: &u8| *b == b'\n' || *b == b'\r';
    let mut chunks = bytes.chunks_exact(8);
    let mut base = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        // A zero byte in `x ^ pattern` is a match (the classic has-zero-byte test).
        let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
        if zero(x ^ (ONES * u64::from(b'\n'))) | zero(x ^ (ONES * u64::from(b'\r'))) != 0 {
            return chunk.iter().position(is_end).map(|k| base + k);
        }
        base += 8;
    }
    chunks.remainder().iter().position(is_end).map(|k| base + k)
}

/// Splits the input into non-blank lines, a slice at a time: each [`Splitter::run`] goes on
/// where the last one stopped. Line ends are `\n`, `\r\n` and lone `\r`; char offsets are
/// counted as it goes, so the whole input is read once.
#[derive(Debug, Default, Clone)]
pub(crate) struct Splitter {
    /// Byte where the current line starts.
    line_start: usize,
    /// Chars before `line_start`.
    line_start_char: usize,
    /// How far the current line has been searched for its end (a byte, maybe inside a char).
    scan: usize,
    /// Chars whose first byte is in `line_start..scan`.
    scan_chars: usize,
    done: bool,
}

impl Splitter {
    /// Bytes read so far.
    pub fn position(&self) -> usize {
        self.scan
    }

    /// Whether the whole input has been read.
    pub fn is_done(&self) -> bool {
        self.done
    }

    /// Reads about `budget` more bytes of `input` (at least one), pushing every non-blank
    /// line it completes onto `out`. Returns the bytes read.
    pub fn run(&mut self, input: &str, budget: usize, out: &mut Vec<Span>) -> usize {
        let bytes = input.as_bytes();
        let from = self.scan;
        let limit = from.saturating_add(budget.max(1)).min(bytes.len());
        while !self.done {
            if self.scan >= bytes.len() {
                if self.line_start < bytes.len() {
                    push(
                        input,
                        self.line_start,
                        bytes.len(),
                        self.line_start_char,
                        self.scan_chars,
                        out,
                    );
                }
                self.done = true;
                break;
            }
            if self.scan >= limit {
                break;
            }
            let window = &bytes[self.scan..limit];
            match find_line_end(window) {
                Some(k) => {
                    let end = self.scan + k;
                    self.scan_chars += count_chars(&window[..k]);
                    push(
                        input,
                        self.line_start,
                        end,
                        self.line_start_char,
                        self.scan_chars,
                        out,
                    );
                    let mut next = end + 1;
                    if bytes[end] == b'\r' && bytes.get(next) == Some(&b'\n') {
                        next += 1;
                    }
                    self.line_start_char += self.scan_chars + (next - end);
                    self.line_start = next;
                    self.scan = next;
                    self.scan_chars = 0;
                }
                None => {
                    self.scan_chars += count_chars(window);
                    self.scan = limit;
                }
            }
        }
        self.scan - from
    }
}

/// Pushes the line `input[start..end]` (which holds `chars` chars and starts at char
/// `start_char`), trimmed, unless it is blank.
fn push(
    input: &str,
    start: usize,
    end: usize,
    start_char: usize,
    chars: usize,
    out: &mut Vec<Span>,
) {
    let raw = &input[start..end];
    let (text, skipped) = trim_blank_counted(raw);
    if text.is_empty() {
        return;
    }
    let text_start = start + (text.as_ptr() as usize - raw.as_ptr() as usize);
    let text_end = text_start + text.len();
    let trailing = input[text_end..end].chars().count();
    out.push(Span {
        start: text_start,
        end: text_end,
        offset: start_char + skipped,
        len: chars - skipped - trailing,
    });
}

/// Every non-blank line of `input`, in order. Line ends are `\n`, `\r\n` and lone `\r`.
/// Runs in one pass over the input: char offsets are counted as it goes.
#[cfg(test)]
pub(crate) fn split_lines(input: &str) -> Vec<Line<'_>> {
    let mut spans = Vec::new();
    let mut splitter = Splitter::default();
    while !splitter.is_done() {
        splitter.run(input, usize::MAX, &mut spans);
    }
    spans.iter().map(|s| s.line(input)).collect()
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
    fn any_slice_size_gives_the_same_lines() {
        let input = "\u{feff}标题\r\n\r\n\u{3000}\u{3000}一、总结\r（一）甲\n  乙。 \n\n最后\r";
        let whole = split_lines(input);
        for budget in 1..=input.len() + 1 {
            let mut spans = Vec::new();
            let mut splitter = Splitter::default();
            let mut read = 0;
            while !splitter.is_done() {
                let n = splitter.run(input, budget, &mut spans);
                assert!(n <= budget + 1, "{budget}: {n}");
                read += n;
                assert_eq!(read, splitter.position());
            }
            assert_eq!(read, input.len());
            let lines: Vec<Line> = spans.iter().map(|s| s.line(input)).collect();
            assert_eq!(lines, whole, "budget {budget}");
        }
    }

    #[test]
    fn line_ends_found_in_any_position() {
        for len in 0..20 {
            for at in 0..len {
                for end in [b'\n', b'\r'] {
                    let mut bytes = vec![0xE4u8; len];
                    bytes[at] = end;
                    assert_eq!(find_line_end(&bytes), Some(at));
                }
            }
            assert_eq!(find_line_end(&vec![b'a'; len]), None);
        }
    }

    #[test]
    fn empty_and_blank() {
        assert!(split_lines("").is_empty());
        assert!(split_lines("\r\r\n \u{3000}\n").is_empty());
        assert_eq!(split_lines("a").len(), 1);
    }
}
