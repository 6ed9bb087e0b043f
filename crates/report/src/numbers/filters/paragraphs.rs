//! Whole paragraphs: an item of a list of targets and the paragraph that leads to one, a note
//! that explains a term, and a line without words.

use crate::numbers::lexicon::LIST_ITEM_MARKS;

/// Whether a paragraph is an item of a list set out on lines of its own (`——地区生产总值增长
/// 7.5%；`, `·新增就业岗位4649个`).
pub fn is_list_item(text: &str) -> bool {
    let t = text.trim_start_matches([' ', '\u{3000}']);
    LIST_ITEM_MARKS.iter().any(|m| t.starts_with(m))
}

/// Whether a paragraph leads to a list of targets: it ends with a colon after saying `目标`
/// (`2018年主要预期目标为：`, `下半年主要目标：`).
pub fn leads_to_targets(text: &str) -> bool {
    let t = text.trim_end();
    let Some(body) = t.strip_suffix(['：', ':']) else {
        return false;
    };
    let sentence = body.rsplit(['。', '；', '！', '？']).next().unwrap_or(body);
    sentence.contains("目标")
}

/// Whether a paragraph is a note that explains a term (`[1]“三步走”：即…`, `［2］…`, `①…`,
/// `注1：…`): the numbers in a definition describe what the term means, they report nothing.
pub fn is_note(text: &str) -> bool {
    let marked = text.strip_prefix('注').is_some_and(|rest| {
        rest.trim_start_matches(|c: char| c.is_ascii_digit())
            .starts_with(&['：', ':'][..])
    });
    note_body(text).is_some() || marked
}

/// Whether a block has no word at all (`2025220`, `- 3 -`): a date or page number left on a
/// line of its own, which measures nothing. Ideographs are alphabetic chars.
pub fn has_no_words(text: &str) -> bool {
    !text.chars().any(|c| c.is_alphabetic() && !c.is_numeric())
}

/// The text of a note after its reference mark (`[1]`, `［2］`, `【3】`, `①`), or `None` when it
/// opens with none.
pub fn note_body(text: &str) -> Option<&str> {
    for (open, close) in [('[', ']'), ('［', '］'), ('【', '】')] {
        if let Some(rest) = text.strip_prefix(open) {
            let digits = rest.chars().take_while(char::is_ascii_digit).count();
            if let Some(body) = rest[digits..].strip_prefix(close).filter(|_| digits > 0) {
                return Some(body);
            }
        }
    }
    text.strip_prefix(|c: char| ('\u{2460}'..='\u{2473}').contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_open_with_a_reference_mark_or_zhu() {
        assert!(is_note("[12]“双千工程”：即每年引进1000个项目"));
        assert!(is_note("①三个一：一个专班"));
        assert!(is_note("注1：含新建项目"));
        assert!(!is_note("2021年实施市级重点项目530个"));
    }

    #[test]
    fn a_note_body_follows_its_mark() {
        assert_eq!(note_body("[12]“双千工程”：即…"), Some("“双千工程”：即…"));
        assert_eq!(note_body("［2］定义"), Some("定义"));
        assert_eq!(note_body("[]无编号"), None);
        assert_eq!(note_body("2021年"), None);
    }
}
