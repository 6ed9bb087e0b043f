//! Chinese-aware substring search over cards.
//!
//! Query and text are both [`normalize`]d (full-width ASCII → half-width, ideographic space →
//! space, ASCII lowercase). Normalization maps every `char` to exactly one `char`, so a char
//! index in the normalized text is the same char index in the original: match ranges apply to
//! the card's original text unchanged.
//!
//! The query is split on whitespace into terms; a card matches when every term occurs in its
//! title or its text. There is no tokenization: numbers as written (`329.73`) and units (`亿元`)
//! match as plain substrings.

use std::ops::Range;

use super::cards::Card;

/// Normalizes one character: full-width ASCII (U+FF01–U+FF5E) → half-width, U+3000 → space,
/// ASCII uppercase → lowercase. Always one char for one char.
pub fn normalize_char(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => {
            char::from_u32(c as u32 - 0xFEE0).map_or(c, |h| h.to_ascii_lowercase())
        }
        '\u{3000}' => ' ',
        _ => c.to_ascii_lowercase(),
    }
}

/// Normalizes a string char by char with `normalize_char`; the result has exactly as many
/// chars as the input.
pub fn normalize(s: &str) -> String {
    s.chars().map(normalize_char).collect()
}

/// A normalized text with the byte offset of each char, to turn byte matches into char ranges.
#[derive(Debug, Clone, Default)]
struct Normalized {
    text: String,
    /// Byte offset in `text` of each char, plus `text.len()` at the end.
    starts: Vec<usize>,
}

impl Normalized {
    fn new(s: &str) -> Normalized {
        let text = normalize(s);
        let mut starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        starts.push(text.len());
        Normalized { text, starts }
    }

    fn char_at(&self, byte: usize) -> usize {
        self.starts.binary_search(&byte).unwrap_or_else(|i| i)
    }

    fn contains(&self, term: &Term) -> bool {
        self.text.contains(term.text.as_str())
    }

    /// Non-overlapping occurrences of `term`, as char ranges.
    fn find_all(&self, term: &Term, out: &mut Vec<Range<usize>>) -> usize {
        let mut n = 0;
        for (b, _) in self.text.match_indices(term.text.as_str()) {
            let start = self.char_at(b);
            out.push(start..start + term.chars);
            n += 1;
        }
        n
    }
}

/// One normalized search term.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Term {
    text: String,
    chars: usize,
}

/// A parsed search query: normalized, whitespace-separated terms (duplicates removed).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    terms: Vec<Term>,
}

impl Query {
    /// Parses what the user typed.
    pub fn parse(q: &str) -> Query {
        let normalized = normalize(q);
        let mut terms: Vec<Term> = Vec::new();
        for t in normalized.split_whitespace() {
            if !terms.iter().any(|x| x.text == t) {
                terms.push(Term {
                    text: t.to_string(),
                    chars: t.chars().count(),
                });
            }
        }
        Query { terms }
    }

    /// Whether there is nothing to search for (every card matches).
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The normalized terms.
    pub fn terms(&self) -> impl Iterator<Item = &str> {
        self.terms.iter().map(|t| t.text.as_str())
    }
}

/// One card in a result list, with what to highlight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Index of the card in the card list.
    pub card: usize,
    /// Relevance: `10000 × title_terms + occurrences` (occurrences capped at 9999); higher
    /// first, ties in source order. 0 for an empty query.
    pub score: u32,
    /// How many query terms occur in the card's title.
    pub title_terms: usize,
    /// Total occurrences of all terms in the card's text.
    pub occurrences: usize,
    /// Char ranges of the card's text to highlight: sorted, non-overlapping, non-adjacent.
    pub ranges: Vec<Range<usize>>,
    /// Char ranges of the card's title to highlight, likewise.
    pub title_ranges: Vec<Range<usize>>,
}

/// Normalized text of every card, built once per report so that each keystroke is a linear scan.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    entries: Vec<(Normalized, Option<Normalized>)>,
}

impl SearchIndex {
    /// Normalizes every card's text and heading (the title it is shown with).
    pub fn new(cards: &[Card]) -> SearchIndex {
        let entries = cards
            .iter()
            .map(|c| (Normalized::new(&c.text), Some(Normalized::new(&c.heading))))
            .collect();
        SearchIndex { entries }
    }

    /// How many cards it indexes.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether it indexes no card.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Whether card `i` matches: every term occurs in its title or text. Cheap (no ranges).
    pub fn matches(&self, i: usize, query: &Query) -> bool {
        let Some((text, title)) = self.entries.get(i) else {
            return false;
        };
        query
            .terms
            .iter()
            .all(|t| text.contains(t) || title.as_ref().is_some_and(|n| n.contains(t)))
    }

    /// The hit for card `i`, or `None` when it does not match. One pass per term.
    pub fn hit(&self, i: usize, query: &Query) -> Option<Hit> {
        let (text, title) = self.entries.get(i)?;
        let mut ranges = Vec::new();
        let mut title_ranges = Vec::new();
        let mut occurrences = 0;
        let mut title_terms = 0;
        for t in &query.terms {
            let in_text = text.find_all(t, &mut ranges);
            let in_title = title
                .as_ref()
                .map_or(0, |n| n.find_all(t, &mut title_ranges));
            if in_text == 0 && in_title == 0 {
                return None;
            }
            occurrences += in_text;
            if in_title > 0 {
                title_terms += 1;
            }
        }
        let score = (title_terms.min(400) as u32) * 10_000 + occurrences.min(9_999) as u32;
        Some(Hit {
            card: i,
            score,
            title_terms,
            occurrences,
            ranges: merge_ranges(ranges),
            title_ranges: merge_ranges(title_ranges),
        })
    }

    /// Every matching card, ranked (see `rank`).
    pub fn search(&self, query: &Query) -> Vec<Hit> {
        let mut hits: Vec<Hit> = (0..self.entries.len())
            .filter_map(|i| self.hit(i, query))
            .collect();
        rank(&mut hits);
        hits
    }
}

/// Sorts hits by relevance: higher score first, then source order.
pub fn rank(hits: &mut [Hit]) {
    crate::sort::sort_by_key(hits, |h| {
        u64::from(u32::MAX - h.score) << 32 | h.card.min(u32::MAX as usize) as u64
    });
}

/// Sorts ranges and merges overlapping or touching ones; drops empty ranges.
pub fn merge_ranges(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.retain(|r| r.start < r.end);
    crate::sort::sort_by_key(&mut ranges, |r| {
        (r.start as u64) << 32 | r.end.min(u32::MAX as usize) as u64
    });
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// Splits `text` into segments for rendering: `(segment, is_match)`, in order, concatenating
/// back to `text`. `ranges` are char ranges (as in [`Hit::ranges`]); they are clamped to the
/// text, and unsorted or overlapping ranges are tolerated. No empty segments.
pub fn highlight_segments(text: &str, ranges: &[Range<usize>]) -> Vec<(String, bool)> {
    let ranges = merge_ranges(ranges.to_vec());
    let mut out = Vec::new();
    let mut current = String::new();
    let mut in_match = false;
    let mut r = 0;
    for (i, c) in text.chars().enumerate() {
        while r < ranges.len() && ranges[r].end <= i {
            r += 1;
        }
        let m = r < ranges.len() && ranges[r].start <= i;
        if m != in_match && !current.is_empty() {
            out.push((std::mem::take(&mut current), in_match));
        }
        in_match = m;
        current.push(c);
    }
    if !current.is_empty() {
        out.push((current, in_match));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::cards::{cards, tests::sample};

    #[test]
    fn normalizes_one_to_one() {
        assert_eq!(normalize("ＡＢＣ３２９．７３　ａｂ"), "abc329.73 ab");
        assert_eq!(normalize("PM2.5"), "pm2.5");
        assert_eq!(normalize("养老（一）"), "养老(一)");
        let s = "ＡＩ产业　发展";
        assert_eq!(normalize(s).chars().count(), s.chars().count());
    }

    #[test]
    fn and_semantics_and_ranges() {
        let cs = cards(&sample());
        let index = SearchIndex::new(&cs);
        let hits = index.search(&Query::parse("养老 24家"));
        assert_eq!(hits.len(), 1);
        let c = &cs[hits[0].card];
        assert_eq!(c.id, "1-2-1");
        // 养老服务。建成养老驿站24家，…
        assert_eq!(hits[0].ranges, vec![0..2, 7..9, 11..14]);
        assert_eq!(hits[0].title_ranges, vec![0..2]);
        assert_eq!(hits[0].title_terms, 1);
        assert_eq!(hits[0].occurrences, 3);
        assert!(index.search(&Query::parse("养老 不存在")).is_empty());
    }

    #[test]
    fn full_width_and_case() {
        let cs = cards(&sample());
        let index = SearchIndex::new(&cs);
        let hits = index.search(&Query::parse("３２９.７３"));
        assert_eq!(hits.len(), 1);
        assert_eq!(cs[hits[0].card].id, "1-1-1");
        let text: Vec<char> = cs[hits[0].card].text.chars().collect();
        let r = hits[0].ranges[0].clone();
        assert_eq!(text[r].iter().collect::<String>(), "329.73");
        // Full-width in the text, ASCII in the query.
        let hits = index.search(&Query::parse("ai"));
        assert_eq!(hits.len(), 1);
        assert_eq!(cs[hits[0].card].id, "2-1-1");
        assert!(index.search(&Query::parse("亿元")).len() == 1);
    }

    #[test]
    fn ranking_title_then_occurrences_then_order() {
        let cs = cards(&sample());
        let index = SearchIndex::new(&cs);
        // 企业 occurs in 1-1-2 (title + text ×2) and 2-1-1 (text ×1).
        let hits = index.search(&Query::parse("企业"));
        let ids: Vec<&str> = hits.iter().map(|h| cs[h.card].id.as_str()).collect();
        assert_eq!(ids, ["1-1-2", "2-1-1"]);
        let hits = index.search(&Query::parse(""));
        assert_eq!(hits.len(), cs.len());
        assert!(hits.windows(2).all(|w| w[0].card < w[1].card));
        assert!(hits.iter().all(|h| h.ranges.is_empty() && h.score == 0));
    }

    #[test]
    fn merging() {
        assert_eq!(
            merge_ranges(vec![5..7, 0..2, 1..3, 3..4, 9..9]),
            vec![0..4, 5..7]
        );
    }

    #[test]
    fn segments() {
        let segs = highlight_segments("建成养老驿站", std::slice::from_ref(&(2..4)));
        assert_eq!(
            segs,
            vec![
                ("建成".to_string(), false),
                ("养老".to_string(), true),
                ("驿站".to_string(), false)
            ]
        );
        assert_eq!(
            highlight_segments("养老", std::slice::from_ref(&(0..2))),
            vec![("养老".to_string(), true)]
        );
        assert_eq!(
            highlight_segments("abc", &[]),
            vec![("abc".to_string(), false)]
        );
        assert_eq!(highlight_segments("abc", &[2..9, 0..1]).len(), 3);
        assert!(highlight_segments("", std::slice::from_ref(&(0..1))).is_empty());
    }
}
