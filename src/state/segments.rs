//! Splits a card's text into what the card renders: plain runs, search highlights, and marked
//! numbers (which may contain highlights themselves). Pure, so it is unit-tested natively.

use std::ops::Range;

use report::view::highlight_segments;

/// One piece of a card's text, in order; concatenated they give back the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Text outside any number: `(run, is_search_match)` segments.
    Text(Vec<(String, bool)>),
    /// A marked number: its index in `Report::numbers` and its text as segments.
    Number(usize, Vec<(String, bool)>),
}

/// Builds the pieces of `text`. `marks` are `(char range, number index)` in the text, sorted;
/// overlapping or out-of-range marks are skipped. `highlights` are char ranges of search hits.
pub fn pieces(
    text: &str,
    marks: &[(Range<usize>, usize)],
    highlights: &[Range<usize>],
) -> Vec<Piece> {
    let chars: Vec<char> = text.chars().collect();
    let len = chars.len();
    let slice = |r: Range<usize>| chars[r].iter().collect::<String>();
    let local = |r: &Range<usize>, base: usize| -> Vec<Range<usize>> {
        highlights
            .iter()
            .filter(|h| h.start < r.end && h.end > r.start)
            .map(|h| h.start.max(r.start) - base..h.end.min(r.end) - base)
            .collect()
    };
    let mut out = Vec::new();
    let mut pos = 0;
    for (range, index) in marks {
        if range.start < pos || range.end > len || range.start >= range.end {
            continue;
        }
        if range.start > pos {
            let r = pos..range.start;
            out.push(Piece::Text(highlight_segments(
                &slice(r.clone()),
                &local(&r, pos),
            )));
        }
        out.push(Piece::Number(
            *index,
            highlight_segments(&slice(range.clone()), &local(range, range.start)),
        ));
        pos = range.end;
    }
    if pos < len {
        let r = pos..len;
        out.push(Piece::Text(highlight_segments(
            &slice(r.clone()),
            &local(&r, pos),
        )));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flat(p: &[Piece]) -> String {
        p.iter()
            .flat_map(|p| match p {
                Piece::Text(s) | Piece::Number(_, s) => s.iter().map(|(t, _)| t.as_str()),
            })
            .collect()
    }

    #[test]
    fn marks_and_highlights_interleave_and_concatenate_back() {
        let text = "产值329.73亿元,同比增长4.1%。";
        let highlights: Vec<Range<usize>> = std::iter::once(0..4).collect();
        let p = pieces(text, &[(2..10, 0), (16..20, 1)], &highlights);
        assert_eq!(flat(&p), text);
        assert_eq!(
            p[0],
            Piece::Text(vec![("产值".into(), true)]),
            "highlight before the number"
        );
        assert_eq!(
            p[1],
            Piece::Number(0, vec![("32".into(), true), ("9.73亿元".into(), false)])
        );
        assert!(matches!(p[3], Piece::Number(1, _)));
    }

    #[test]
    fn bad_marks_are_skipped() {
        let text = "一二三";
        let p = pieces(text, &[(1..2, 0), (0..3, 1), (2..9, 2)], &[]);
        assert_eq!(flat(&p), text);
        assert_eq!(
            p.iter().filter(|p| matches!(p, Piece::Number(..))).count(),
            1
        );
    }
}
