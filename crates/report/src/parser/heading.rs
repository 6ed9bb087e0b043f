//! Recognizing heading lines (`一、…`, `（一）…`) and topic lead phrases.

use super::lines::Line;
use crate::text::{chinese_numeral_value, is_chinese_numeral_char, is_clause_punct};

/// Longest part title (after `一、`) that still reads as a heading.
const MAX_PART_TITLE: usize = 40;
/// Longest section title (up to its first `。`).
const MAX_SECTION_TITLE: usize = 60;
/// Longest lead phrase of a topic paragraph.
const MAX_LEAD: usize = 20;

/// A heading found at the start of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Heading<'a> {
    /// The numeral as written (`一`, `十一`).
    pub number: &'a str,
    /// Its value.
    pub value: u32,
    /// The title, trimmed, without a final `。`.
    pub title: Line<'a>,
    /// Body text after the title's `。` on the same line (sections only).
    pub body: Option<Line<'a>>,
}

/// Splits a leading Chinese numeral off `s`: (numeral, value, rest).
fn leading_numeral(s: &str) -> Option<(&str, u32, &str)> {
    let end = s
        .char_indices()
        .take_while(|&(_, c)| is_chinese_numeral_char(c))
        .take(4)
        .last()
        .map(|(i, c)| i + c.len_utf8())?;
    let number = &s[..end];
    let value = chinese_numeral_value(number)?;
    Some((number, value, &s[end..]))
}

/// A part heading `一、title`: a short line with no sentence break inside the title.
/// The numbering is not checked here.
pub(crate) fn part_heading<'a>(line: &Line<'a>) -> Option<Heading<'a>> {
    let (number, value, rest) = leading_numeral(line.text)?;
    let rest = rest.strip_prefix('、')?;
    let start = line.text.len() - rest.len();
    let mut end = line.text.len();
    let body = &line.text[start..];
    let trimmed_body = body.trim_end_matches(crate::text::is_blank_char);
    if let Some(stripped) = trimmed_body.strip_suffix('。') {
        end = start + stripped.len();
    }
    let title = line.sub(start, end)?;
    if title.len > MAX_PART_TITLE
        || title
            .text
            .contains(&['。', '！', '？', '!', '?', '；', ';'][..])
    {
        return None;
    }
    Some(Heading {
        number,
        value,
        title,
        body: None,
    })
}

/// A section heading `（一）title` or `(一)title。body`. The numbering is not checked here.
pub(crate) fn section_heading<'a>(line: &Line<'a>) -> Option<Heading<'a>> {
    let rest = line
        .text
        .strip_prefix('（')
        .or_else(|| line.text.strip_prefix('('))?;
    let (number, value, rest) = leading_numeral(rest)?;
    let rest = rest.strip_prefix('）').or_else(|| rest.strip_prefix(')'))?;
    let start = line.text.len() - rest.len();
    let (title_end, body_start) = match rest.find('。') {
        Some(i) => (start + i, Some(start + i + '。'.len_utf8())),
        None => (line.text.len(), None),
    };
    let title = line.sub(start, title_end)?;
    if title.len > MAX_SECTION_TITLE {
        return None;
    }
    let body = body_start.and_then(|b| line.rest(b));
    Some(Heading {
        number,
        value,
        title,
        body,
    })
}

/// The lead phrase of a paragraph: the text before its first `。`, at most 20 chars, with no
/// comma, semicolon, colon, `！` or `？` in it. Leading dashes or bullets (`——`) are left out.
pub fn lead_phrase(text: &str) -> Option<&str> {
    let mut end = None;
    for (n, (i, c)) in text.char_indices().enumerate() {
        if c == '。' {
            end = Some(i);
            break;
        }
        if n >= MAX_LEAD + 4
            || is_clause_punct(c)
            || matches!(c, '！' | '？' | '!' | '?' | '\n' | '\r')
        {
            return None;
        }
    }
    let phrase = &text[..end?];
    let phrase = crate::text::trim_blank(
        phrase.trim_start_matches(&['—', '―', '-', '－', '─', '·', '•', '●', '■', '◆'][..]),
    );
    let n = phrase.chars().count();
    if n == 0 || n > MAX_LEAD || text[..end?].chars().count() > MAX_LEAD + 2 {
        return None;
    }
    Some(phrase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parser::lines::split_lines;

    fn line(s: &str) -> Line<'_> {
        split_lines(s)[0]
    }

    #[test]
    fn part_headings() {
        let h = part_heading(&line("  一、上半年工作总结")).unwrap();
        assert_eq!(
            (h.number, h.value, h.title.text),
            ("一", 1, "上半年工作总结")
        );
        assert_eq!(h.title.offset, 4);
        let h = part_heading(&line("十一、其他。")).unwrap();
        assert_eq!((h.number, h.value, h.title.text), ("十一", 11, "其他"));
        assert!(part_heading(&line("一是坚定不移抓发展。")).is_none());
        assert!(part_heading(&line("一、")).is_none());
        assert!(part_heading(&line("一、二季度产值增长。同比提高。")).is_none());
        assert!(part_heading(&line("2016年，全县生产总值")).is_none());
        let long = format!("一、{}", "长".repeat(41));
        assert!(part_heading(&line(&long)).is_none());
    }

    #[test]
    fn section_headings() {
        let h = section_heading(&line(
            "（一）齐心协力抗疫情、稳增长，经济发展稳中向好。面对疫情。",
        ))
        .unwrap();
        assert_eq!(h.title.text, "齐心协力抗疫情、稳增长，经济发展稳中向好");
        assert_eq!(h.body.unwrap().text, "面对疫情。");
        let h = section_heading(&line("(四)政府自身建设取得新成效")).unwrap();
        assert_eq!(
            (h.value, h.title.text, h.body),
            (4, "政府自身建设取得新成效", None)
        );
        let h = section_heading(&line("（二）着力推进生态环境治理，建设美丽高阳。")).unwrap();
        assert_eq!(
            (h.title.text, h.body),
            ("着力推进生态环境治理，建设美丽高阳", None)
        );
        assert!(section_heading(&line("(一)")).is_none());
        assert!(section_heading(&line("(一)。正文")).is_none());
        assert!(section_heading(&line("（甲）标题")).is_none());
        assert!(section_heading(&line("(十)标题")).is_some());
    }

    #[test]
    fn lead_phrases() {
        assert_eq!(
            lead_phrase("经济指标持续向好。街道13个"),
            Some("经济指标持续向好")
        );
        assert_eq!(
            lead_phrase("——综合实力显著增强。五年来"),
            Some("综合实力显著增强")
        );
        assert_eq!(lead_phrase("在肯定成绩的同时,也要。"), None);
        assert_eq!(lead_phrase("今后五年的中心任务是：矢志不渝。"), None);
        assert_eq!(lead_phrase("各位代表！这些成绩。"), None);
        assert_eq!(lead_phrase("没有句号"), None);
        assert_eq!(lead_phrase("。开头就是句号"), None);
        assert_eq!(lead_phrase(&format!("{}。", "长".repeat(21))), None);
        assert_eq!(
            lead_phrase(&format!("{}。", "长".repeat(20))).map(|s| s.chars().count()),
            Some(20)
        );
    }
}
