//! Splits a card's text into what the card renders: plain runs and marked numbers (with the
//! closing punctuation after each number), then each run into search highlights. The layout
//! ([`spans`]) depends only on the text and its numbers, so a card keeps its nodes when only the
//! search changes; the highlights ([`segments`]) are recomputed per run. Pure, so it is
//! unit-tested natively.

use std::ops::Range;

use report::view::highlight_segments;

/// One span of a card's text, in order; their ranges cover the text exactly once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Span {
    /// Text outside any number: a char range of the text.
    Text(Range<usize>),
    /// A marked number: its index in `Report::numbers`, its char range, and the closing
    /// punctuation right after it (possibly empty), which stays on the number's line.
    Number {
        /// Index in `Report::numbers`.
        index: usize,
        /// The number as written.
        range: Range<usize>,
        /// Punctuation that must not start a line (`。`, `，`…) following the number.
        trail: Range<usize>,
    },
}

/// Builds the spans of a text (as chars). `marks` are `(char range, number index)`, sorted;
/// overlapping or out-of-range marks are skipped.
pub fn spans(chars: &[char], marks: &[(Range<usize>, usize)]) -> Vec<Span> {
    let len = chars.len();
    let mut out = Vec::new();
    let mut pos = 0;
    for (i, (range, index)) in marks.iter().enumerate() {
        if range.start < pos || range.end > len || range.start >= range.end {
            continue;
        }
        if range.start > pos {
            out.push(Span::Text(pos..range.start));
        }
        // Never into the next number (marks are sorted: the first one after this one is the
        // nearest; a scan for the minimum made a text of n marks cost n² steps).
        let limit = marks[i + 1..]
            .iter()
            .map(|(r, _)| r.start)
            .find(|&s| s >= range.end)
            .unwrap_or(len);
        let trail_end = range.end
            + chars[range.end..limit]
                .iter()
                .take_while(|&&c| is_closing_punctuation(c))
                .count();
        out.push(Span::Number {
            index: *index,
            range: range.clone(),
            trail: range.end..trail_end,
        });
        pos = trail_end;
    }
    if pos < len {
        out.push(Span::Text(pos..len));
    }
    out
}

/// The chars `range` of `chars` as `(run, is_search_match)` segments, given the search hits
/// `highlights` (char ranges of the whole text).
pub fn segments(
    chars: &[char],
    range: &Range<usize>,
    highlights: &[Range<usize>],
) -> Vec<(String, bool)> {
    let text: String = chars[range.clone()].iter().collect();
    let local: Vec<Range<usize>> = highlights
        .iter()
        .filter(|h| h.start < range.end && h.end > range.start)
        .map(|h| h.start.max(range.start) - range.start..h.end.min(range.end) - range.start)
        .collect();
    if local.is_empty() {
        return if text.is_empty() {
            Vec::new()
        } else {
            vec![(text, false)]
        };
    }
    highlight_segments(&text, &local)
}

/// Punctuation that must not start a line: kept with the number before it.
pub fn is_closing_punctuation(c: char) -> bool {
    matches!(
        c,
        '。' | '，'
            | '、'
            | '；'
            | '：'
            | '）'
            | '”'
            | '’'
            | '！'
            | '？'
            | '》'
            | ','
            | '.'
            | ';'
            | ':'
            | ')'
            | '!'
            | '?'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    /// The text back from the spans and the given highlights, with `[..]` around matches.
    fn render(chars: &[char], spans: &[Span], highlights: &[Range<usize>]) -> String {
        let mut out = String::new();
        let mut push = |r: &Range<usize>| {
            for (s, m) in segments(chars, r, highlights) {
                if m {
                    out.push_str(&format!("[{s}]"));
                } else {
                    out.push_str(&s);
                }
            }
        };
        for s in spans {
            match s {
                Span::Text(r) => push(r),
                Span::Number { range, trail, .. } => {
                    push(range);
                    push(trail);
                }
            }
        }
        out
    }

    #[test]
    fn marks_and_highlights_interleave_and_concatenate_back() {
        let text = chars("产值329.73亿元,同比增长4.1%。");
        let s = spans(&text, &[(2..10, 0), (15..19, 1)]);
        assert_eq!(
            s,
            vec![
                Span::Text(0..2),
                Span::Number {
                    index: 0,
                    range: 2..10,
                    trail: 10..11
                },
                Span::Text(11..15),
                Span::Number {
                    index: 1,
                    range: 15..19,
                    trail: 19..20
                },
            ]
        );
        assert_eq!(render(&text, &s, &[]), "产值329.73亿元,同比增长4.1%。");
        assert_eq!(
            render(&text, &s, std::slice::from_ref(&(0..4))),
            "[产值][32]9.73亿元,同比增长4.1%。",
            "a highlight across a number's edge is split at it"
        );
        assert_eq!(
            segments(&text, &(2..10), std::slice::from_ref(&(0..4)))[0],
            ("32".into(), true)
        );
    }

    #[test]
    fn punctuation_after_a_number_is_its_trail_even_when_highlighted() {
        let text = chars("第二。街道3个项目");
        let s = spans(&text, &[(0..2, 0), (5..7, 1)]);
        assert_eq!(
            s[0],
            Span::Number {
                index: 0,
                range: 0..2,
                trail: 2..3
            }
        );
        assert_eq!(s[1], Span::Text(3..5));
        assert_eq!(
            s[2],
            Span::Number {
                index: 1,
                range: 5..7,
                trail: 7..7
            }
        );
        assert_eq!(
            render(&text, &s, std::slice::from_ref(&(2..3))),
            "第二[。]街道3个项目"
        );
    }

    #[test]
    fn a_trail_stops_at_the_next_number() {
        let text = chars("1,.5");
        let s = spans(&text, &[(0..1, 0), (2..4, 1)]);
        assert_eq!(
            s,
            vec![
                Span::Number {
                    index: 0,
                    range: 0..1,
                    trail: 1..2
                },
                Span::Number {
                    index: 1,
                    range: 2..4,
                    trail: 4..4
                },
            ]
        );
    }

    #[test]
    fn bad_marks_are_skipped() {
        let text = chars("一二三");
        let s = spans(&text, &[(1..2, 0), (0..3, 1), (2..9, 2)]);
        assert_eq!(render(&text, &s, &[]), "一二三");
        assert_eq!(
            s.iter()
                .filter(|p| matches!(p, Span::Number { .. }))
                .count(),
            1
        );
    }

    #[test]
    fn an_empty_range_has_no_segments() {
        assert!(segments(&chars("ab"), &(1..1), std::slice::from_ref(&(0..2))).is_empty());
    }
}
