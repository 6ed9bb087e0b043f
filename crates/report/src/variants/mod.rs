//! Texts written in traditional characters (a report reprinted by a Hong Kong paper, a page
//! converted for Taiwan readers): the parser's words are simplified, so it reads a simplified
//! copy of such a text ([`simplify`]) and gives the report back in the text's own characters
//! ([`restore`]). The copy has the same chars at the same places, so every offset holds.
//!
//! ```
//! let report = report::parse("某區工作報告\n一、工作回顧\n地區生產總值增長6.5%，達到12億元。\n").unwrap();
//! let growth = &report.numbers[0];
//! assert_eq!(growth.kind, Some(report::NumberKind::Growth));
//! assert_eq!(growth.label.as_deref(), Some("地區生產總值增長"));
//! assert_eq!(report.numbers[1].base_value, Some(1_200_000_000.0));
//! assert_eq!(report.numbers[1].unit.as_deref(), Some("億元"));
//! ```

mod table;

use crate::model::{BlockRole, Report};
use table::TO_SIMPLIFIED;

/// The simplified form of `c`, when the parser's words need it; else `c`.
pub fn simplified(c: char) -> char {
    TO_SIMPLIFIED
        .binary_search_by_key(&c, |&(t, _)| t)
        .map_or(c, |i| TO_SIMPLIFIED[i].1)
}

/// Which traditional character each simplified one stood for in a text (the most frequent,
/// where one simplified character has several): how words the parser wrote are given back.
#[derive(Debug, Clone, Default)]
pub struct Variants {
    /// (simplified, traditional), sorted by the first.
    back: Vec<(char, char)>,
}

impl Variants {
    /// `s` in the text's own characters.
    pub fn restore(&self, s: &str) -> String {
        s.chars()
            .map(|c| {
                self.back
                    .binary_search_by_key(&c, |&(s, _)| s)
                    .map_or(c, |i| self.back[i].1)
            })
            .collect()
    }
}

/// The least share (in thousandths) of a text's CJK characters that must be traditional for it
/// to read as a traditional text: a simplified report holds a stray one now and then (`乾隆`,
/// a name); a traditional one, a fifth or more.
const MIN_TRADITIONAL_PER_MILLE: usize = 30;

/// The least number of traditional characters a text must hold to read as one.
const MIN_TRADITIONAL: usize = 8;

/// How many chars of a text's opening decide whether it is written in traditional characters:
/// a report is written in one script throughout, and the test then costs the same on any text.
const SAMPLE_CHARS: usize = 4_000;

/// A simplified copy of `text` and how to give words back, when `text` is written in
/// traditional characters; `None` for any other text (left as it is).
pub fn simplify(text: &str) -> Option<(String, Variants)> {
    let index = |c: char| TO_SIMPLIFIED.binary_search_by_key(&c, |&(t, _)| t).ok();
    let sample = text
        .chars()
        .take(SAMPLE_CHARS)
        .filter(|&c| crate::text::is_cjk(c));
    let (mut cjk, mut traditional) = (0usize, 0usize);
    for c in sample {
        cjk += 1;
        traditional += usize::from(index(c).is_some());
    }
    if traditional < MIN_TRADITIONAL || traditional * 1000 < cjk * MIN_TRADITIONAL_PER_MILLE {
        return None;
    }
    let mut counts = vec![0usize; TO_SIMPLIFIED.len()];
    let copy: String = text
        .chars()
        .map(|c| match index(c) {
            Some(i) => {
                counts[i] += 1;
                TO_SIMPLIFIED[i].1
            }
            None => c,
        })
        .collect();
    // Each simplified character gives back its most frequent source in the text.
    let mut back: Vec<(char, char, usize)> = TO_SIMPLIFIED
        .iter()
        .zip(&counts)
        .filter(|&(_, &n)| n > 0)
        .map(|(&(t, s), &n)| (s, t, n))
        .collect();
    back.sort_by(|a, b| a.0.cmp(&b.0).then(b.2.cmp(&a.2)));
    back.dedup_by_key(|e| e.0);
    let back = back.into_iter().map(|(s, t, _)| (s, t)).collect();
    Some((copy, Variants { back }))
}

/// Gives `report`, parsed from the simplified copy of `original`, back in `original`'s
/// characters: its paragraphs, titles and numbers as written, the words the parser put
/// together (labels, units) through `v`.
pub fn restore(report: &mut Report, original: &str, v: &Variants) {
    // Paragraphs and titles are the text's own spans: taken from it, in order of offset.
    let spans: Vec<(usize, usize, usize)> = report
        .blocks
        .iter()
        .enumerate()
        .map(|(i, b)| (b.offset, b.len, i))
        .collect();
    let texts = slices(original, spans.iter().map(|&(o, l, _)| (o, l)));
    for (&(_, _, i), text) in spans.iter().zip(texts) {
        let b = report.blocks[i];
        let part = &mut report.parts[b.part];
        let slot = match b.role {
            BlockRole::PartTitle => Some(&mut part.title),
            BlockRole::PartSubtitle => part.subtitle.as_mut(),
            BlockRole::PartIntro => part.intro.get_mut(b.index),
            BlockRole::Closing => part.closing.get_mut(b.index),
            BlockRole::SectionTitle => part
                .sections
                .get_mut(b.section.unwrap_or(0))
                .map(|s| &mut s.title),
            BlockRole::SectionIntro => part
                .sections
                .get_mut(b.section.unwrap_or(0))
                .and_then(|s| s.intro.get_mut(b.index)),
            BlockRole::Topic => part
                .sections
                .get_mut(b.section.unwrap_or(0))
                .and_then(|s| s.topics.get_mut(b.index))
                .map(|t| &mut t.text),
        };
        if let Some(slot) = slot {
            *slot = text;
        }
    }
    let raws: Vec<(usize, usize)> = report
        .numbers
        .iter()
        .map(|n| (n.offset, n.raw.chars().count()))
        .collect();
    let mut order: Vec<usize> = (0..raws.len()).collect();
    order.sort_by_key(|&i| raws[i].0);
    let texts = slices(original, order.iter().map(|&i| raws[i]));
    for (&i, raw) in order.iter().zip(texts) {
        report.numbers[i].raw = raw;
    }
    let back = |s: &mut String| *s = v.restore(s);
    let back_opt = |s: &mut Option<String>| {
        if let Some(s) = s {
            *s = v.restore(s);
        }
    };
    back_opt(&mut report.title);
    back_opt(&mut report.publisher);
    back_opt(&mut report.published);
    for part in &mut report.parts {
        back(&mut part.number);
        for section in &mut part.sections {
            back(&mut section.number);
            for topic in &mut section.topics {
                back_opt(&mut topic.title);
            }
        }
    }
    for n in &mut report.numbers {
        for s in [
            &mut n.unit,
            &mut n.base_unit,
            &mut n.basis,
            &mut n.qualifier,
            &mut n.label,
            &mut n.topic,
        ] {
            back_opt(s);
        }
    }
}

/// The chars `[offset, offset + len)` of `text` for each span, spans in order of offset:
/// one walk over the text.
fn slices(text: &str, spans: impl Iterator<Item = (usize, usize)>) -> Vec<String> {
    let mut chars = text.char_indices().enumerate().peekable();
    // The byte where char `target` starts (the walk only goes forward).
    let mut byte_of = |target: usize| {
        while let Some(&(at, (byte, _))) = chars.peek() {
            if at >= target {
                return byte;
            }
            chars.next();
        }
        text.len()
    };
    spans
        .map(|(offset, len)| {
            let start = byte_of(offset);
            let end = text[start..]
                .char_indices()
                .nth(len)
                .map_or(text.len(), |(i, _)| start + i);
            text[start..end].to_string()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_simplified_text_is_left_as_it_is() {
        assert!(simplify("地区生产总值增长6.5%，乾隆年间的古镇。").is_none());
    }

    #[test]
    fn a_traditional_text_reads_simplified_and_gives_words_back() {
        let text = "全區地區生產總值增長6.5%，財政總收入達到12億元。";
        let (copy, v) = simplify(text).unwrap();
        assert_eq!(copy, "全区地区生产总值增长6.5%，财政总收入达到12亿元。");
        assert_eq!(copy.chars().count(), text.chars().count());
        assert_eq!(v.restore("财政收入增长"), "財政收入增長");
    }

    #[test]
    fn spans_are_cut_by_chars() {
        let text = "甲乙丙丁戊";
        assert_eq!(slices(text, [(0, 2), (3, 2)].into_iter()), ["甲乙", "丁戊"]);
    }
}
