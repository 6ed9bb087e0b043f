//! The shapes of lines that carry structure without a `一、`/`（一）` numeral: the salutation
//! that opens the speech (`各位代表：`), body lines, bare part headings (`2023年工作回顾` alone
//! on a line), subtitles under a heading (`——稳中求进、提质增效`), and paragraphs that open a
//! numbered run (`一是…`, `第二，…`, `其次，…`).

use super::lines::Line;
use crate::text::{chinese_numeral_value, is_blank_char, is_chinese_numeral_char};

/// Longest bare heading line.
const MAX_BARE_HEADING: usize = 30;
/// Longest salutation line (`尊敬的各位代表、各位委员：`).
const MAX_SALUTATION: usize = 16;
/// Longest subtitle line (without its dash).
const MAX_SUBTITLE: usize = 40;
/// Longest unit title; longer lead clauses are cut on a word edge.
pub const MAX_UNIT_TITLE: usize = 20;

/// Dashes that lead a subtitle or a delivery line.
const DASHES: &[char] = &['—', '―', '-', '－', '─', '–'];

/// Openings of a run of numbered paragraphs that are not numerals: `首先`, `其次`, `再次`, with
/// their place in the run; `最后` closes any run.
const ORDER_WORDS: &[(&str, u32)] = &[("首先", 1), ("其次", 2), ("再次", 3)];
const LAST_WORD: &str = "最后";

/// Punctuation that a heading never has: sentence and clause marks, and a colon.
fn has_sentence_mark(s: &str) -> bool {
    s.contains(
        &[
            '。', '！', '？', '；', '，', '!', '?', ';', ',', '：', ':', '．',
        ][..],
    )
}

/// Words that address the audience: they open a salutation line and the paragraphs that close
/// a speech (`各位代表！…`).
pub(crate) const ADDRESSES: &[&str] = &["各位代表", "同志们", "各位委员", "各位来宾"];

/// `各位代表：`, `同志们：`: a short line that addresses the audience and ends in a colon.
pub(crate) fn is_salutation(line: &Line<'_>) -> bool {
    let Some(head) = line
        .text
        .strip_suffix('：')
        .or_else(|| line.text.strip_suffix(':'))
    else {
        return false;
    };
    line.len <= MAX_SALUTATION
        && !has_sentence_mark(head)
        && ADDRESSES.iter().any(|a| head.contains(a))
}

/// Longest line that announces the document's own text (`以下为政府工作报告全文：`).
const MAX_FULL_TEXT_MARKER: usize = 24;

/// `原文如下：`, `以下为报告全文：`: a short line of a news page that says the document itself
/// follows; what comes before it is the page's own account of the document.
pub(crate) fn is_full_text_marker(line: &Line<'_>) -> bool {
    let t = line.text;
    let head = t
        .strip_suffix('：')
        .or_else(|| t.strip_suffix(':'))
        .unwrap_or(t);
    line.len <= MAX_FULL_TEXT_MARKER
        && !has_sentence_mark(head)
        && crate::numbers::lexicon::FULL_TEXT_WORDS
            .iter()
            .any(|w| head.contains(w))
        && (head.len() < t.len() || head.ends_with("如下"))
}

/// `2026年平顶山市政府工作报告全文发布。`: a news page's first line that says the report's full
/// text is out; the page's own account of it may come before the document's title.
pub(crate) fn announces_full_text(line: &Line<'_>) -> bool {
    let t = line.text;
    line.len <= MAX_FULL_TEXT_ANNOUNCEMENT
        && t.contains("报告")
        && crate::numbers::lexicon::FULL_TEXT_WORDS
            .iter()
            .any(|w| t.contains(w))
        && crate::numbers::lexicon::PUBLISHING_WORDS
            .iter()
            .any(|w| t.contains(w))
}

/// Longest line that announces a report's full text.
const MAX_FULL_TEXT_ANNOUNCEMENT: usize = 48;

/// A line of running text: it has sentence punctuation and is not a keyed field
/// (`来源：河北日报`), or it is long. Page chrome, titles, dates and names are not.
pub(crate) fn is_body_line(line: &Line<'_>) -> bool {
    let t = line.text;
    if t.starts_with(DASHES) {
        return false;
    }
    let sentence = t.contains(&['。', '！', '？', '；', '!', '?', ';'][..]);
    sentence || (line.len > MAX_BARE_HEADING && t.contains(&['，', ','][..]))
}

/// A heading line without a numeral: short, no sentence or clause mark, not a date, not a
/// breadcrumb, and not a list marker. Whether it starts a part also depends on where it is
/// and on the line after it (see the parser).
pub(crate) fn is_bare_heading(line: &Line<'_>) -> bool {
    let t = line.text;
    if line.len < 2 || line.len > MAX_BARE_HEADING || has_sentence_mark(t) {
        return false;
    }
    // Spaced-out titles (`政 府 工 作 报 告`) and name lines (`区长　某某`) have blanks.
    if t.contains(&['>', '＞', '»', '©', '|', '【', '[', '(', '（'][..])
        || t.contains(is_blank_char)
        || t.starts_with(DASHES)
        // `·新增人才公寓房源242间`: an item of a list, not a heading.
        || crate::numbers::lexicon::LIST_ITEM_MARKS
            .iter()
            .any(|m| t.starts_with(m))
        || t.starts_with(|c: char| c.is_ascii_digit() && !t.contains('年'))
    {
        return false;
    }
    // A heading is words: at least half of it is Chinese.
    let han = t
        .chars()
        .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
        .count();
    han * 2 >= line.len && han >= 2
}

/// A subtitle under a heading: `——稳中求进、提质增效` (a dash, a short phrase, no full stop).
/// Returns the phrase without the dash.
pub(crate) fn subtitle<'a>(line: &Line<'a>) -> Option<&'a str> {
    let rest = line.text.trim_start_matches(DASHES);
    if rest.len() == line.text.len() {
        return None;
    }
    let rest = crate::text::trim_blank(rest);
    let n = rest.chars().count();
    if n == 0 || n > MAX_SUBTITLE || rest.contains(&['。', '！', '？', '；', ';'][..]) {
        return None;
    }
    // A delivery line (`——2024年1月10日在…会议上`) is not a subtitle.
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    Some(rest)
}

/// The place of a paragraph in a numbered run and the byte length of its marker:
/// `一是…` (1), `二要…`, `第三，…` (3), `首先，…` (1), `其次…` (2); `最后，…` is 0 (it closes a
/// run, whatever its length).
pub fn sequence_marker(text: &str) -> Option<(u32, usize)> {
    for &(word, n) in ORDER_WORDS {
        if let Some(rest) = text.strip_prefix(word) {
            return Some((n, text.len() - rest.len()));
        }
    }
    if let Some(rest) = text.strip_prefix(LAST_WORD) {
        if rest.starts_with(&['，', ',', '，'][..]) {
            return Some((0, text.len() - rest.len()));
        }
    }
    let (ordinal, body) = match text.strip_prefix('第') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let end = body
        .char_indices()
        .take_while(|&(_, c)| is_chinese_numeral_char(c) && c != '〇' && c != '零')
        .take(3)
        .last()
        .map(|(i, c)| i + c.len_utf8())?;
    let value = chinese_numeral_value(&body[..end])?;
    let rest = &body[end..];
    let verb = rest.strip_prefix(&['是', '要'][..]);
    let marker_ok = verb.is_some() || (ordinal && rest.starts_with(&['，', ',', '、'][..]));
    let rest = verb.unwrap_or(rest);
    marker_ok.then(|| (value, text.len() - rest.len()))
}

/// The title of a unit that opens with a sequence marker: the clause after the marker, up to
/// the first `。`/`；`/`，`/`：`, cut on a word edge to at most [`MAX_UNIT_TITLE`] chars.
pub fn unit_title(text: &str) -> Option<String> {
    let (_, marker) = sequence_marker(text)?;
    let rest = text[marker..].trim_start_matches(&['，', ',', '、', '：', ':'][..]);
    let rest = rest.trim_start_matches(is_blank_char);
    let end = rest
        .find(&['。', '；', '，', '：', ';', ',', ':', '！', '？'][..])
        .unwrap_or(rest.len());
    shorten(&rest[..end], MAX_UNIT_TITLE)
}

/// A paragraph's heading sentence: its first sentence when that is short enough to be a title
/// (`坚持政治引领，践行人民至上。…`, `经济实力明显增强。…`), without the full stop.
pub fn heading_sentence(text: &str) -> Option<&str> {
    let end = text.find(&['。', '！', '？'][..])?;
    let sentence = crate::text::trim_blank(&text[..end]);
    let n = sentence.chars().count();
    let short = (4..=MAX_UNIT_TITLE).contains(&n);
    (short && !sentence.contains(&['：', ':', '；', ';'][..]) && end + 3 < text.len())
        .then_some(sentence)
}

/// `s` cut to at most `max` chars on a word edge: after the last `、`, `和`, `与` or closing
/// quote that leaves at least half of it, else at `max` with an ellipsis. `None` when blank.
pub fn shorten(s: &str, max: usize) -> Option<String> {
    let s = crate::text::trim_blank(s);
    if s.is_empty() {
        return None;
    }
    let n = s.chars().count();
    if n <= max {
        return Some(s.to_string());
    }
    let chars: Vec<char> = s.chars().collect();
    // A cut just before an enumeration mark or a conjunction, or just after a closing quote.
    let cut = (max / 2..=max).rev().find(|&k| {
        matches!(chars[k], '、' | '和' | '与' | '及') || matches!(chars[k - 1], '”' | '》' | '」')
    });
    match cut {
        Some(k) => Some(chars[..k].iter().collect()),
        None => Some(chars[..max - 1].iter().chain(['…'].iter()).collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parser::lines::split_lines;

    fn line(s: &str) -> Line<'_> {
        split_lines(s)[0]
    }

    #[test]
    fn full_text_markers() {
        assert!(is_full_text_marker(&line("原文如下：")));
        assert!(is_full_text_marker(&line("以下为政府工作报告全文:")));
        assert!(is_full_text_marker(&line("全文如下")));
        assert!(!is_full_text_marker(&line("全文")));
        assert!(!is_full_text_marker(&line("全文共分三个部分，具体如下：")));
    }

    #[test]
    fn salutations() {
        assert!(is_salutation(&line("各位代表：")));
        assert!(is_salutation(&line("尊敬的各位代表、各位委员：")));
        assert!(!is_salutation(&line("今年政府工作的总体要求是：")));
        assert!(!is_salutation(&line("来源：河北日报")));
        assert!(!is_salutation(&line("您当前的位置 ：")));
    }

    #[test]
    fn bare_headings_are_short_label_lines() {
        for h in [
            "2023年工作回顾",
            "今年主要工作",
            "名词解释",
            "“十四五”时期主要目标任务",
        ] {
            assert!(is_bare_heading(&line(h)), "{h}");
        }
        for not in [
            "各位代表：",
            "——2016年2月19日在海拉尔区第十四届人民代表大会第五次会议上",
            "2024-01-24 09:09:00",
            "首页 > 新闻",
            "A+",
            "经济指标持续向好。",
            "（一）抓发展",
        ] {
            assert!(!is_bare_heading(&line(not)), "{not}");
        }
    }

    #[test]
    fn body_lines_are_sentences() {
        assert!(is_body_line(&line(
            "现在，我代表区政府向大会作工作报告，请予审议。"
        )));
        assert!(!is_body_line(&line("2023年工作回顾")));
        assert!(!is_body_line(&line(
            "——2016年2月19日在海拉尔区第十四届人民代表大会第五次会议上；"
        )));
        assert!(!is_body_line(&line("来源：河北日报")));
    }

    #[test]
    fn subtitles_under_a_heading() {
        assert_eq!(
            subtitle(&line("——稳中求进、提质增效")),
            Some("稳中求进、提质增效")
        );
        assert_eq!(subtitle(&line("—— 2024年1月10日在区人民代表大会上")), None);
        assert_eq!(subtitle(&line("稳中求进")), None);
        assert_eq!(subtitle(&line("——这是一句话。还有一句。")), None);
    }

    #[test]
    fn numbered_runs_of_paragraphs() {
        assert_eq!(sequence_marker("一是坚定不移抓发展。"), Some((1, 6)));
        assert_eq!(sequence_marker("十二要抓好落实"), Some((12, 9)));
        assert_eq!(sequence_marker("第二，着力保民生。"), Some((2, 6)));
        assert_eq!(sequence_marker("首先，我们要"), Some((1, 6)));
        assert_eq!(sequence_marker("其次是"), Some((2, 6)));
        assert_eq!(sequence_marker("最后，抓落实"), Some((0, 6)));
        assert_eq!(sequence_marker("一批项目开工"), None);
        assert_eq!(sequence_marker("第一季度增长"), None);
        assert_eq!(sequence_marker("最后一公里"), None);
        assert_eq!(sequence_marker("二〇二四年"), None);
    }

    #[test]
    fn heading_sentences_are_short_first_sentences() {
        assert_eq!(
            heading_sentence("坚持政治引领，践行人民至上。旗帜鲜明讲政治。"),
            Some("坚持政治引领，践行人民至上")
        );
        assert_eq!(
            heading_sentence("经济实力明显增强。全年增长。"),
            Some("经济实力明显增强")
        );
        assert_eq!(heading_sentence("今年的总体要求是：稳中求进。然后。"), None);
        assert_eq!(
            heading_sentence("这是一个很长很长很长很长很长很长很长很长的句子。后文。"),
            None
        );
        assert_eq!(heading_sentence("只有一句。"), None);
    }

    #[test]
    fn unit_titles_are_the_lead_clause_cut_on_a_word_edge() {
        assert_eq!(
            unit_title("一是坚定不移抓发展，持续扩大有效投资。").as_deref(),
            Some("坚定不移抓发展")
        );
        assert_eq!(
            unit_title("第二，着力保障和改善民生。").as_deref(),
            Some("着力保障和改善民生")
        );
        let long =
            unit_title("三是推进城市更新行动和老旧小区改造以及背街小巷环境综合整治提升。").unwrap();
        assert!(long.chars().count() <= MAX_UNIT_TITLE, "{long}");
        assert!(long.starts_with("推进城市更新行动"), "{long}");
        assert_eq!(unit_title("经济指标持续向好。"), None);
    }
}
