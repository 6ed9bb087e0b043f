//! What each card is titled: never a generic word such as 概述 or 段落, always something the
//! reader can tell cards apart by.
//!
//! In order:
//! 1. the title of its section, when it is the section's only paragraph;
//! 2. the paragraph's own title: its lead phrase (`经济指标持续向好。…`), a unit's lead clause
//!    (`一是坚定不移抓发展，…`), or the term a note or a definition explains
//!    (`[1]“三步走”战略目标：…`, `今年工作的总体要求是：…`);
//! 3. the paragraph's lead clause after any opening time phrase and the speaker
//!    (`五年来，我们全面释放区划调整的积极效应，…` → `全面释放区划调整的积极效应`), when it
//!    fits a title (cut on a word edge, never mid-phrase);
//! 4. what the paragraph opens or closes: `第一部分导语`, `本节导语`, `第一部分结语`; a topic
//!    without a title of its own carries its section's title.
//!
//! ```
//! let text = "一、工作回顾\n2024年以来，街道坚持以习近平新时代中国特色社会主义思想为指导，推动各项工作。\n\
//!             各位代表，过去一年成效明显。\n（一）经济发展\n经济指标持续向好。产值增长4.1%。\n";
//! let report = report::parse(text).unwrap();
//! let titles: Vec<String> = report::view::cards(&report).into_iter().map(|c| c.heading).collect();
//! assert_eq!(titles, ["第一部分导语", "过去一年成效明显", "经济发展"]);
//! ```

use crate::model::{BlockRole, Part, Report};
use crate::parser::{lead_phrase, OPENING_TITLE};

/// Longest title a card shows.
const MAX_TITLE: usize = 20;
/// Shortest lead clause that says something.
const MIN_CLAUSE: usize = 4;

/// Clause marks that end a lead clause.
const CLAUSE_END: &[char] = &['。', '；', '，', '：', ';', ',', ':', '！', '？', '!', '?'];
/// Endings of an opening time or circumstance phrase (`五年来`, `2012年`, `这一年`,
/// `过去一年中`, `今年以来`): a clause that ends so does not say what the paragraph is about.
const TIME_ENDINGS: &[&str] = &[
    "来",
    "年",
    "时",
    "中",
    "后",
    "期间",
    "时期",
    "以来",
    "上半年",
];
/// A subject that opens most sentences of a speech and says nothing about the topic.
const SPEAKER_SUBJECTS: &[&str] = &["我们", "我区", "我市", "我县", "全区", "全市", "全县"];

/// The paragraph's own title (rule 1), from its text: the parser's lead phrase, a unit's lead
/// clause, or the term a note or definition explains.
pub fn own_title(text: &str) -> Option<String> {
    if let Some(p) = lead_phrase(text) {
        return Some(p.to_string());
    }
    if let Some(t) = crate::parser::unit_title(text) {
        return Some(t);
    }
    defined_term(text)
}

/// `[1]“三步走”战略目标：…` → `“三步走”战略目标`; `今年工作的总体要求是：…` → `今年工作的总体要求`.
fn defined_term(text: &str) -> Option<String> {
    let body = crate::numbers::filters::note_body(text).unwrap_or(text);
    let colon = body.find(&['：', ':'][..])?;
    let term = body[..colon].trim_end_matches('是');
    let n = term.chars().count();
    if !(2..=MAX_TITLE).contains(&n)
        || term.contains(CLAUSE_END)
        || term.contains(&['！', '？'][..])
    {
        return None;
    }
    // An address (`各位代表：`) is not a term.
    if crate::parser::is_address(term) {
        return None;
    }
    Some(term.to_string())
}

/// The lead clause of a paragraph after an opening time phrase and a speaker subject
/// (rule 3), cut on a word edge; `None` when what is left is too short.
pub fn lead_clause(text: &str) -> Option<String> {
    let mut rest = text;
    for _ in 0..3 {
        let end = rest.find(CLAUSE_END).unwrap_or(rest.len());
        let clause = &rest[..end];
        let timed = TIME_ENDINGS.iter().any(|e| clause.ends_with(e)) && clause.chars().count() <= 8;
        // `在市委的正确领导下`, `区政府在…支持下`: the circumstances, not the topic.
        let circumstance = clause.contains('在') && clause.ends_with(&['下', '中'][..]);
        if !(timed || circumstance || crate::parser::is_address(clause)) || end == rest.len() {
            break;
        }
        rest = &rest[end..];
        rest = rest.trim_start_matches(CLAUSE_END);
    }
    let end = rest.find(CLAUSE_END).unwrap_or(rest.len());
    let mut clause = &rest[..end];
    for s in SPEAKER_SUBJECTS {
        if let Some(r) = clause.strip_prefix(s) {
            clause = r;
            break;
        }
    }
    // `未来五年，是…的重要机遇期`: a clause that goes on from its topic says nothing alone.
    if clause.starts_with(&['是', '也', '就', '而', '并', '但'][..]) {
        return None;
    }
    let title = crate::parser::shorten(clause, MAX_TITLE)?;
    (title.chars().count() >= MIN_CLAUSE && !title.ends_with('…')).then_some(title)
}

/// `第一部分` for a numbered part, its title for a part with a bare heading.
fn part_name(part: &Part) -> String {
    if part.number.is_empty() {
        part.title.clone()
    } else {
        format!("第{}部分", part.number)
    }
}

/// The heading of the card for the paragraph with role `role` in part `pi` (section `si`),
/// given its own title (see the module docs for the rules).
pub fn heading(
    report: &Report,
    role: BlockRole,
    pi: usize,
    si: Option<usize>,
    own: Option<&str>,
    text: &str,
) -> String {
    let part = &report.parts[pi];
    let section = si.and_then(|s| part.sections.get(s));
    if let Some(s) = section {
        if s.intro.len() + s.topics.len() == 1 && !s.title.is_empty() {
            return s.title.clone();
        }
    }
    if let Some(t) = own {
        return t.to_string();
    }
    if part.number.is_empty() && part.title == OPENING_TITLE {
        return OPENING_TITLE.to_string();
    }
    if let Some(c) = lead_clause(text) {
        return c;
    }
    match (role, section) {
        (BlockRole::SectionIntro, _) => "本节导语".to_string(),
        (BlockRole::Topic, Some(s)) if !s.title.is_empty() => s.title.clone(),
        (BlockRole::Closing, _) => format!("{}结语", part_name(part)),
        _ if part.title.is_empty() => "导语".to_string(),
        _ => format!("{}导语", part_name(part)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_titles_from_lead_phrases_units_and_terms() {
        assert_eq!(
            own_title("经济指标持续向好。产值增长。").as_deref(),
            Some("经济指标持续向好")
        );
        assert_eq!(
            own_title("一是坚定不移抓发展，确保增长。").as_deref(),
            Some("坚定不移抓发展")
        );
        assert_eq!(
            own_title("[1]“三步走”战略目标：第一步，到2020年。").as_deref(),
            Some("“三步走”战略目标")
        );
        assert_eq!(
            own_title("今年政府工作的总体要求是：深入贯彻落实。").as_deref(),
            Some("今年政府工作的总体要求")
        );
        assert_eq!(own_title("各位代表：过去一年成效明显。"), None);
        assert_eq!(
            own_title("2012年，区政府在市委的领导下，做了很多工作。"),
            None
        );
    }

    #[test]
    fn lead_clauses_skip_time_phrases_and_the_speaker() {
        assert_eq!(
            lead_clause("五年来，我们全面释放区划调整的积极效应，下大力拉大城市框架。").as_deref(),
            Some("全面释放区划调整的积极效应")
        );
        assert_eq!(
            lead_clause("这一年，面对突如其来的新冠肺炎疫情，我们坚持人民至上。").as_deref(),
            Some("面对突如其来的新冠肺炎疫情")
        );
        assert_eq!(
            lead_clause("各位代表！一年的时间不长，但影响深远。").as_deref(),
            Some("一年的时间不长")
        );
        assert_eq!(lead_clause("好，就这样。"), None);
        assert_eq!(
            lead_clause("2012年，区政府在市委的正确领导下，在区人大的监督和支持下，紧紧围绕“两个中心”建设，坚持科学发展。")
                .as_deref(),
            Some("紧紧围绕“两个中心”建设")
        );
        assert_eq!(
            lead_clause("未来五年，是我们加速补齐发展短板的重要机遇期。"),
            None
        );
    }
}
