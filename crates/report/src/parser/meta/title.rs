//! The title: a label-like line that names a kind of document, closed up if spaced out letter by
//! letter, going on on the next line after a joiner, and completed when it names only the kind.

use crate::text::{is_blank_char, is_colon, is_sentence_punct};

const TITLE_WORDS: &[&str] = &[
    "报告",
    "总结",
    "计划",
    "规划",
    "要点",
    "安排",
    "纲要",
    "方案",
    "思路",
    "打算",
    "谋划",
    // `苏州市2021年实事项目`: the year's pledges.
    "实事项目",
    "办实事",
    "民生实事",
];
/// Longest line taken as a title or a label.
const MAX_TITLE: usize = 60;

/// Whether a title line ends with a joiner (`…工作总结及`), so that the next line goes on with it.
pub(crate) fn continues_title(title: &str) -> bool {
    title.ends_with(super::super::kind::TITLE_JOINERS)
}

/// Titles that name only the kind of document, not whose or when.
const GENERIC_TITLES: &[&str] = &["政府工作报告", "工作报告", "工作总结", "工作总结和工作计划"];
/// What a government's name ends with that its report title leaves out.
const GOVERNMENT: &str = "人民政府";

/// A title that names only the kind of document (`政府工作报告`), completed as the report's
/// own: `海拉尔区政府工作报告（2016年）` from the publisher `海拉尔区人民政府` and the date
/// `2016-02-19`. Any other title is kept as written.
pub(super) fn compose_title(title: String, publisher: Option<&str>, date: Option<&str>) -> String {
    if !GENERIC_TITLES.contains(&title.as_str()) {
        return title;
    }
    let Some(publisher) = publisher.filter(|p| !p.is_empty()) else {
        return title;
    };
    // `海拉尔区人民政府` + `政府工作报告` → `海拉尔区政府工作报告`.
    let place = match publisher.strip_suffix(GOVERNMENT) {
        Some(place) if title.starts_with("政府") => place,
        _ => publisher,
    };
    let year = date
        .and_then(|d| d.get(..4))
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()));
    match year {
        Some(y) => format!("{place}{title}（{y}年）"),
        None => format!("{place}{title}"),
    }
}

/// A title-shaped line naming a kind of document, closed up if spaced out.
pub(crate) fn title_candidate(s: &str) -> Option<String> {
    if s.chars().count() > MAX_TITLE * 2
        || s.contains(is_sentence_punct)
        || s.contains(is_colon)
        || s.contains(&['>', '＞', '»', '【', '|'][..])
    {
        return None;
    }
    let title = close_up(s);
    if title.chars().count() > MAX_TITLE || !TITLE_WORDS.iter().any(|w| title.contains(w)) {
        return None;
    }
    Some(title)
}

/// Closes up a title spaced out letter by letter (`政 府 工 作 报 告` → `政府工作报告`);
/// any other text is returned trimmed.
pub(super) fn close_up(s: &str) -> String {
    let s = crate::text::trim_blank(s);
    let mut tokens = s.split(is_blank_char).filter(|t| !t.is_empty());
    let spaced = s.contains(is_blank_char) && tokens.all(|t| t.chars().count() == 1);
    if spaced {
        s.chars().filter(|&c| !is_blank_char(c)).collect()
    } else {
        s.to_string()
    }
}
