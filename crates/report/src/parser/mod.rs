//! Text → [`Report`] structure (metadata, parts, sections, paragraphs). Numbers are added by
//! [`crate::numbers`].
//!
//! # How a text is read
//!
//! The input is split into lines at `\n`, `\r\n` or a lone `\r`; every line is trimmed of blank
//! characters (ASCII whitespace, U+3000, U+00A0, a BOM) and blank lines are dropped. Each
//! remaining line is one paragraph. All positions are counted in `char`s of the exact input
//! while splitting (one pass), so every [`Block`] points into the input as given.
//!
//! - **Parts** are lines `一、title` with a short title (at most 40 chars, no sentence break
//!   inside) whose numeral continues the sequence: the first is `一`, the next `二`, and so on.
//!   A line such as `一、…` in the middle of a list, whose numeral does not continue the
//!   sequence, is an ordinary paragraph; so are `一是…` and lines starting with digits.
//! - **Sections** are lines `（一）title` or `(一)title` (either parenthesis, mixed too) inside a
//!   part, numbered from `一` in each part (or continuing the previous part's numbering). The
//!   title runs up to the first `。` (or the end of the line); the rest of the line is the
//!   section's first intro paragraph. A title longer than 60 chars is not a heading.
//! - **Paragraphs** of a part before its first section are the part's `intro`. A section's
//!   paragraphs are topics; a topic's title is its lead phrase (see [`lead_phrase`]),
//!   or `None`. When some paragraphs of a section have a lead phrase, the ones before the first
//!   of them are the section's `intro`, and in the last section of a part the ones after the
//!   last of them are the part's `closing`. A paragraph in the last section that addresses the
//!   audience (`各位代表…`, `同志们…`) also starts the part's closing.
//! - **Part kind**: `summary` when the title names a review (总结, 回顾, 过去, 完成情况 …), `plan`
//!   when it names a plan (计划, 安排, 目标, 任务 …), whichever word comes first; else `other`.
//!   A part read as a plan by the text's title or lead, not by a heading of its own (a news
//!   report of a plan), may still hold paragraphs on the year past (`此前，…2025年全区实现…`):
//!   their figures are read as a review's ([`reports_the_past`]).
//!
//! # Chrome and preamble
//!
//! Everything before the first part heading is preamble: web-page chrome, scraper headers, the
//! title, the delivery line, `各位代表：`. It is never content; [`meta`] reads the title,
//! publisher, date and source from it. One exception: a news page that gives its own account of
//! a document, then a line that says the document follows (`原文如下：`, `以下为报告全文：`) and the
//! document's title or salutation: the running text of the account is content (it reports the
//! document, figures and all), the marker, title and salutation are preamble. After the last part, trailing lines are dropped as page
//! chrome when they have its shape: short (at most 20 chars) with no sentence punctuation
//! (`责任编辑`, `：吴丽芳`, `版权所有`, an ICP number, `Baidu`), a breadcrumb with `>`/`»`, or a
//! `©` line. Dropping stops at the first line that reads as a sentence or has the shape of a heading, so a glossary of notes
//! after the report (`名词解释`, `[1]…`) stays, as the last part's closing: no paragraph of the
//! report is ever lost.
//!
//! # Errors and degenerate input
//!
//! Blank input is [`ParseError::Empty`]. Input with no part heading but with section headings
//! (a short report of `（一）…` sections only) becomes one implicit part with number `""` and
//! title `""` (no title block), starting at the first section, its kind read from the report
//! title. Input with neither is [`ParseError::NoStructure`]. The parser never panics and runs in
//! time linear in the input.

mod heading;
mod job;
mod lines;
mod meta;
mod shapes;

use crate::model::{PartKind, Report};
use crate::numbers::lexicon::{
    COMPARISON_OPENERS, COMPARISON_TIMES, PLAN_VERBS_AFTER_JIANG, SELF_REFERENCES,
    TARGET_STATEMENT_WORDS,
};
use std::fmt;

pub(crate) use job::{StructureJob, NUMBERS_WEIGHT, STRUCTURE_WEIGHT};

pub use heading::lead_phrase;
pub(crate) use shapes::sequence_marker;
pub use shapes::{shorten, unit_title};

/// Why a text could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// The text is empty or only whitespace.
    Empty,
    /// No part heading (`一、…`) was found.
    NoStructure,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Empty => write!(f, "the text is empty"),
            ParseError::NoStructure => write!(
                f,
                "no report structure: no part heading such as '一、…' (or section heading such as '（一）…') was found"
            ),
        }
    }
}

impl std::error::Error for ParseError {}

/// Words that mark a review part, and a plan part.
const SUMMARY_WORDS: &[&str] = &[
    "总结",
    "回顾",
    "过去",
    "完成情况",
    "执行情况",
    "工作情况",
    "成绩",
    "成就",
    "进展",
    // `主要成效`, `重点工作成效`: what the work achieved.
    "成效",
    "成果",
];
const PLAN_WORDS: &[&str] = &[
    "计划",
    "安排",
    "目标",
    "任务",
    "重点工作",
    // `2025年工作要点`: the main points of the coming year's work.
    "工作要点",
    "打算",
    // `城东街道2025年工作谋划`: the year's work as planned.
    "谋划",
    "思路",
    "规划",
    "展望",
    "部署",
    // `2024年预算草案`: the budget proposed for the year.
    "草案",
    "今后",
    "下一步",
    "未来",
];

/// Words of a part's title that make it neither review nor plan even after a plan part: the
/// government's own conduct and an appendix.
const NEITHER_PART_WORDS: &[&str] = &["自身建设", "附则", "附件", "名词解释", "说明"];

/// Words that open a review of the year so far (`今年以来，…`): a body that opens with one
/// reviews, whatever its title says.
const REVIEW_OPENERS: &[&str] = &["今年以来", "年初以来", "一年来", "过去一年", "上半年以来"];

/// Words that open an account of a time past (`此前，…公布`, `去年，全市…`, `这五年，…`): in a
/// news report of a plan, a paragraph that opens with one reports what was done.
const PAST_OPENERS: &[&str] = &["此前", "去年", "过去", "这五年", "五年来", "上年", "上一年"];

/// Verbs that end a news report's lead before what someone says (`嘎玛泽登说，`).
const SAYING_VERBS: &[&str] = &["说", "称", "介绍", "表示", "指出", "强调"];

/// The most chars of a news report's lead before what someone says.
const MAX_SAYING_LEAD: usize = 12;

/// The latest year `YYYY年` a text names (`2026年西藏经济社会发展主要预期目标…` → 2026): in a
/// news report's first paragraph, the year of the plan it reports.
pub(crate) fn latest_year(text: &str) -> Option<u32> {
    text.match_indices('年')
        .filter_map(|(i, _)| {
            let before = &text[..i];
            let digits = before.bytes().rev().take_while(u8::is_ascii_digit).count();
            let more = before[..before.len() - digits]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_digit());
            (digits == 4 && !more)
                .then(|| before[before.len() - 4..].parse::<u32>().ok())
                .flatten()
        })
        .max()
}

/// Whether a paragraph of a text read as a plan by its title or lead (no heading of its own
/// names the plan) reports a time past: after any lead of who says it (`嘎玛泽登说，`), it opens
/// with [`PAST_OPENERS`] or [`REVIEW_OPENERS`], or with a year before the plan's
/// (`2025年主要目标的完成，…` in a report of the 2026 plan), and it states no plan of its own.
pub(crate) fn reports_the_past(text: &str, plan_year: Option<u32>) -> bool {
    let text = text.trim_start();
    let body = text
        .split_once(['，', ',', '：', ':'])
        .filter(|(lead, _)| {
            lead.chars().count() <= MAX_SAYING_LEAD
                && SAYING_VERBS.iter().any(|v| lead.ends_with(v))
        })
        .map_or(text, |(_, rest)| rest);
    let year = body
        .get(..4)
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()) && body[4..].starts_with('年'))
        .and_then(|y| y.parse::<u32>().ok());
    let past = PAST_OPENERS
        .iter()
        .chain(REVIEW_OPENERS)
        .any(|w| body.starts_with(w))
        || year.zip(plan_year).is_some_and(|(y, p)| y < p);
    past && plan_start(text).is_none()
}

/// Words that open the year's plan (`今年要全力抓好十件大事：`): a text that opens with one
/// plans, whatever its title says; so do its parts that name neither review nor plan.
const PLAN_OPENERS: &[&str] = &[
    "今年要",
    "今年将",
    "今年我们要",
    "今年我们将",
    "今年重点",
    "今年的主要任务",
    "明年要",
    "明年将",
    "明年重点",
    "下半年要",
    "下半年将",
    "下半年重点",
];

/// Words of a first paragraph that set out the year's targets (`全市经济社会发展主要预期目标是：…`).
const TARGETS_FIRST: &[&str] = &[
    "预期目标是",
    "预期目标为",
    "预期目标建议为",
    "主要目标是",
    "主要目标为",
];

/// The word every one of [`TARGETS_FIRST`] holds.
const TARGET_WORD: &str = "目标";

/// The first chars of what follows [`TARGET_WORD`] in each of [`TARGETS_FIRST`] (`是`, `为`,
/// `建议为`).
const TARGET_STATED: &[char] = &['是', '为', '建'];

/// Whether `text` may set out targets anywhere: [`TARGET_WORD`] and a word stating them after
/// it. Most paragraphs have none, and are spared a search sentence by sentence.
fn states_targets_anywhere(text: &str) -> bool {
    text.match_indices(TARGET_WORD)
        .any(|(i, w)| text[i + w.len()..].starts_with(TARGET_STATED))
}

/// Words of a period to come that may open a plan's first sentence (`2023年，罗星街道将…`).
const PLAN_PERIODS: &[&str] = &["今年", "明年", "下半年", "新的一年"];

/// The most chars between a period and its `将` (`，罗星街道`).
const MAX_PLAN_SUBJECT: usize = 12;

/// How far into a first paragraph its targets may be announced.
const MAX_TARGETS_LEAD: usize = 30;

/// Whether a text's first paragraph opens its plan: with [`PLAN_OPENERS`], by setting out the
/// targets ([`TARGETS_FIRST`] within its first words), or with a period, its subject, `将` and a
/// verb of doing (`2023年，罗星街道将坚持…`; not `要`, which ends words a review opens with:
/// `主要`; not `将` before an object, `2023年，某镇将产业振兴作为…`, which is `把`).
fn opens_plan(line: &str) -> bool {
    let line = line.trim_start();
    // `市长某某在《政府工作报告》中指出，今年，我市要…`: a news report quoting the report.
    if let Some(quoted) = after_quoting_lead(line) {
        return opens_plan(quoted);
    }
    if PLAN_OPENERS.iter().any(|w| line.starts_with(w)) {
        return true;
    }
    if sets_out_targets(line) {
        return true;
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let year = (digits == 4)
        .then(|| line[4..].strip_prefix('年'))
        .flatten();
    let Some(rest) = year.or_else(|| PLAN_PERIODS.iter().find_map(|p| line.strip_prefix(p))) else {
        return false;
    };
    let rest = rest.trim_start_matches(['，', ',']);
    // `今年，我市要聚焦…`: after the government's name for itself, `要` is no part of `主要`.
    if let Some(after) = SELF_REFERENCES
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .and_then(|r| r.strip_prefix('要'))
    {
        return after.starts_with(crate::text::is_cjk);
    }
    let Some((subject, after)) = rest.split_once('将') else {
        return false;
    };
    subject.chars().count() <= MAX_PLAN_SUBJECT
        && subject.chars().all(crate::text::is_cjk)
        && PLAN_VERBS_AFTER_JIANG.iter().any(|v| after.starts_with(v))
}

/// Words of a news report's lead that name the report it reports on.
const REPORT_NAMES: &[&str] = &["工作报告"];

/// Words of a news report's lead that say what the report sets for the year (`今年深圳将怎么做，
/// 有哪些新目标`).
const PLAN_LEAD_WORDS: &[&str] = &["目标", "将", "部署", "安排"];

/// Words of a lead on the year past (`回顾`, `过去一年`): the report's review is reported too.
const REVIEW_LEAD_WORDS: &[&str] = &["回顾", "过去", "一年来", "成绩", "成就"];

/// Whether a news report's lead (`…市长向大会作政府工作报告。今年深圳将怎么做，有哪些新目标…`)
/// says that what follows is the report's plan for the year: it names the report, the year to
/// come and its targets, and nothing of the year past.
pub(crate) fn leads_to_the_plan(line: &str) -> bool {
    REPORT_NAMES.iter().any(|w| line.contains(w))
        && (PLAN_PERIODS.iter().any(|p| line.contains(p)) || latest_year_will(line))
        && PLAN_LEAD_WORDS.iter().any(|w| line.contains(w))
        && !REVIEW_LEAD_WORDS.iter().any(|w| line.contains(w))
}

/// `…做《2024年政府工作报告》，他表示，2024年，琅琊区将紧盯…`: the latest year the line names,
/// then a short subject and `将`: what the government will do that year.
fn latest_year_will(line: &str) -> bool {
    let Some(year) = latest_year(line) else {
        return false;
    };
    let opener = format!("{year}年");
    line.match_indices(&opener).any(|(i, w)| {
        let rest = line[i + w.len()..].trim_start_matches(['，', ',']);
        rest.split_once('将').is_some_and(|(subject, _)| {
            subject.chars().count() <= MAX_PLAN_SUBJECT && subject.chars().all(crate::text::is_cjk)
        })
    })
}

/// Verbs of saying after which a news report quotes a report (`…在《政府工作报告》中指出，`).
const QUOTING_VERBS: &[&str] = &["指出", "提出", "强调", "表示", "明确"];

/// The most chars of a news report's lead before it quotes a report.
const MAX_QUOTING_LEAD: usize = 40;

/// What a news report quotes after a lead naming the report (`市长某某在《政府工作报告》中
/// 指出，…`), or `None` when the line opens with no such lead.
fn after_quoting_lead(line: &str) -> Option<&str> {
    let (lead, rest) = line.split_once(['，', ',', '：', ':'])?;
    let named = lead.contains('《') && lead.contains("》中");
    (named
        && lead.chars().count() <= MAX_QUOTING_LEAD
        && QUOTING_VERBS.iter().any(|v| lead.ends_with(v)))
    .then_some(rest)
}

/// Whether `text` sets out targets within its first words ([`TARGETS_FIRST`],
/// [`MAX_TARGETS_LEAD`]): `今年经济社会发展的主要预期目标是：…`.
fn sets_out_targets(text: &str) -> bool {
    let lead_end = text
        .char_indices()
        .nth(MAX_TARGETS_LEAD)
        .map_or(text.len(), |(i, _)| i);
    let lead = &text[..lead_end];
    // Every word of them says `目标`: one search first.
    lead.contains(TARGET_WORD) && TARGETS_FIRST.iter().any(|w| lead.contains(w))
}

/// Whether a paragraph of a part that is no plan opens one of its own: as a plan's first
/// paragraph does ([`opens_plan`]), or with a news report's name for the government and `将`
/// (`该县将重点抓好七个方面工作`). Its indicators are targets.
pub(crate) fn opens_plan_paragraph(line: &str) -> bool {
    let line = line.trim_start();
    if opens_plan(line) {
        return true;
    }
    // `2022年工作安排，深入实施…`: a plan's title, a period first, leads the paragraph.
    let period_first = line.starts_with(|c: char| c.is_ascii_digit())
        || PLAN_PERIODS.iter().any(|p| line.starts_with(p));
    if let Some((lead, _)) = line
        .split_once(['，', ',', '：', ':'])
        .filter(|_| period_first)
    {
        if lead.chars().count() <= MAX_LEAD_TITLE && part_kind(lead) == PartKind::Plan {
            return true;
        }
    }
    if announces_the_years_projects(line) {
        return true;
    }
    let Some((subject, after)) = line
        .strip_prefix(REPORTED_SELF)
        .and_then(|rest| rest.split_once('将'))
    else {
        return false;
    };
    let n = subject.chars().count();
    (1..=MAX_REPORTED_SELF).contains(&n)
        && (subject.ends_with(crate::numbers::lexicon::PLACE_LEVEL_CHARS) || subject == "街道")
        && after.chars().next().is_some_and(crate::text::is_cjk)
}

/// What a year's list of projects is called (`十大实事项目`, `重点工作`).
const PROJECT_LISTS: &[&str] = &["实事", "重点项目", "重点工作", "重点任务", "工作任务"];

/// Words that introduce a list's items before its colon (`…实事项目包括：`).
const LIST_INTRO_WORDS: &[&str] = &["包括", "如下", "分别是", "主要有"];

/// Words of an account of a list's progress (`2022年实事项目完成情况如下：`): a review.
const PROGRESS_WORDS: &[&str] = &["完成", "成效", "情况", "进展", "成绩", "推进"];

/// The most chars of a sentence that announces a year's projects.
const MAX_PROJECTS_LEAD: usize = 40;

/// `据了解，芷江西路街道2023年十大实事项目包括：`: a short sentence ending a paragraph with a
/// colon that names a year's (or this year's) list of projects and introduces its items, with
/// no word of their progress, opens the plan: the items that follow are what will be done.
fn announces_the_years_projects(line: &str) -> bool {
    let Some(body) = line.trim_end().strip_suffix(['：', ':']) else {
        return false;
    };
    let sentence = body.rsplit(['。', '；', '！', '？']).next().unwrap_or(body);
    let timed =
        latest_year(sentence).is_some() || PLAN_PERIODS.iter().any(|p| sentence.contains(p));
    sentence.chars().count() <= MAX_PROJECTS_LEAD
        && timed
        && PROJECT_LISTS.iter().any(|w| sentence.contains(w))
        && LIST_INTRO_WORDS.iter().any(|w| sentence.ends_with(w))
        && !PROGRESS_WORDS.iter().any(|w| sentence.contains(w))
}

/// Where in a paragraph of a part that is no plan the coming period's plan starts, in chars:
/// at 0 when the paragraph opens it ([`opens_plan_paragraph`]), else at the first sentence that
/// states it (`…。今年，湖北将继续实施10大类52项民生实事`, `2023年，我镇将坚持…`): a period or
/// the government, `将`, and a verb of doing ([`PLAN_VERBS_AFTER_JIANG`]; `将` before an object,
/// `2023年，我镇将产业振兴作为…`, is `把`, a review's words).
pub(crate) fn plan_start(text: &str) -> Option<usize> {
    if opens_plan_paragraph(text) {
        return Some(0);
    }
    // A sentence states a plan with `将`, or sets out the targets (`…之年。今年经济社会发展的
    // 主要预期目标是：…`, a news report's lead): most paragraphs have neither word.
    if !text.contains(PLAN_JIANG) && !states_targets_anywhere(text) {
        return None;
    }
    let mut at = 0;
    for sentence in text.split_inclusive(SENTENCE_ENDS) {
        let lead = sentence.len() - sentence.trim_start().len();
        let sentence_text = sentence.trim_start();
        if states_plan(sentence_text) || sets_out_targets(sentence_text) {
            return Some(text[..at + lead].chars().count());
        }
        at += sentence.len();
    }
    None
}

/// The `将` (will) of a plan's statement (`今年，湖北将继续实施…`).
const PLAN_JIANG: char = '将';

/// Whether a paragraph opens a review of the period so far (`今年以来，…`).
pub(crate) fn opens_review(text: &str) -> bool {
    let text = text.trim_start();
    REVIEW_OPENERS.iter().any(|w| text.starts_with(w))
}

/// Ends of a sentence, for [`plan_start`].
const SENTENCE_ENDS: &[char] = &['。', '！', '？', '；', '!', '?', ';', '\n'];

/// Whether a sentence states the coming period's plan (see [`plan_start`]).
fn states_plan(sentence: &str) -> bool {
    if PLAN_OPENERS.iter().any(|w| sentence.starts_with(w)) {
        return true;
    }
    let digits = sentence.bytes().take_while(u8::is_ascii_digit).count();
    let year = (digits == 4)
        .then(|| sentence[4..].strip_prefix('年'))
        .flatten();
    let rest = year
        .or_else(|| PLAN_PERIODS.iter().find_map(|p| sentence.strip_prefix(p)))
        .map_or(sentence, |r| r.trim_start_matches(['，', ',']));
    let Some((subject, after)) = rest.split_once(PLAN_JIANG) else {
        return false;
    };
    let timed = rest.len() < sentence.len();
    let n = subject.chars().count();
    let own = SELF_NAMES.iter().any(|w| subject.ends_with(w))
        || subject.ends_with(crate::numbers::lexicon::PLACE_LEVEL_CHARS);
    (timed || own)
        && (1..=MAX_PLAN_SUBJECT).contains(&n)
        && subject.chars().all(crate::text::is_cjk)
        && PLAN_VERBS_AFTER_JIANG.iter().any(|v| after.starts_with(v))
}

/// Words a government names itself with before `将` (`我们将`, `镇党委政府将`).
const SELF_NAMES: &[&str] = &["我们", "政府", "街道", "全市", "全区", "全县", "全镇"];

/// The most chars of a plan's title that leads a paragraph (`2022年工作安排`).
const MAX_LEAD_TITLE: usize = 12;

/// How a news report names the government it reports on (`该县`, `该街道`).
const REPORTED_SELF: char = '该';

/// The most chars of the level after [`REPORTED_SELF`] (`街道`).
const MAX_REPORTED_SELF: usize = 2;

/// Words that open the paragraph after a plan's targets (`为实现上述目标，我们将…`): a text
/// whose first paragraphs hold one starts with the targets.
const AFTER_TARGETS: &[&str] = &[
    "为实现上述目标",
    "为实现以上目标",
    "为完成上述目标",
    "为完成以上目标",
    "围绕上述目标",
    "围绕以上目标",
];

/// How many of a text's first paragraphs may stand before [`AFTER_TARGETS`]' paragraph.
const TARGETS_AT_START: usize = 3;

/// Words of an aim besides [`TARGET_STATEMENT_WORDS`] (`力争`, `确保`): a review seldom writes
/// them, a plan on every other line (`争取新增…`, `到年底…`, `年内完成…`).
const AIM_WORDS: &[&str] = &["争取", "到年底", "到年末", "年内"];

/// Bounds a plan sets on a figure (`至少建成2个`, `120公里以上`).
const AT_LEAST: &str = "至少";
const OR_MORE: &str = "以上";

/// The last chars of the figures a plan bounds with [`OR_MORE`] (`120公里以上`, `2个以上`; not
/// `规模以上`, a class's name).
const FIGURE_ENDS: &str = "个元米顷亩家人%％所项条座户吨辆套台次名间里";

/// Whether `clause` bounds a figure from below (`新增绿化15公顷以上`).
fn bound_after_figure(clause: &str) -> bool {
    clause.match_indices(OR_MORE).any(|(i, _)| {
        clause[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit() || FIGURE_ENDS.contains(c))
    })
}

/// Words only an account of work done writes (`同比`, `累计`, `已`, `荣获`, `位居`, `预计`,
/// `过去`), besides [`REVIEW_OPENERS`], a comparison with the year before (`比上年`) and `了`.
const DONE_WORDS: &[&str] = &[
    "同比",
    "累计",
    "已",
    "荣获",
    "获评",
    "获批",
    "入选",
    "位居",
    "预计",
    "过去",
    "五年来",
];

/// Words with a `了` that says nothing of the past (`为了`, `了解`).
const LE_NOT_PAST: &[&str] = &["为了", "了解", "除了"];

/// How many aims an opening without a heading that says so must hold to read as a plan.
const MIN_AIMS: usize = 2;

/// How many chars of a text's opening [`reads_as_plan`] reads.
const OPENING_CHARS: usize = 1500;

/// Whether a text's opening reads as a plan though no title or heading says so (an excerpt from
/// inside a plan part that opens `三、加快经济结构调整`, a 工作要点 without its title): it sets
/// [`MIN_AIMS`] aims or more (`力争`, `争取`, `到年底` …) and says nothing of work done (no
/// `同比`, `比上年`, `了`, `累计` …).
fn reads_as_plan(text: &str) -> bool {
    let end = text
        .char_indices()
        .nth(OPENING_CHARS)
        .map_or(text.len(), |(i, _)| i);
    let opening = &text[..end];
    // Clauses with an aim: `力争年内…` sets one; so does a bound a plan sets on a figure
    // (`至少建成2个`, `更新改造地下管网120公里以上`).
    let aims = opening
        .split(['，', '。', '；', ',', ';', '\n'])
        .filter(|clause| {
            let bound = clause.contains(AT_LEAST) || bound_after_figure(clause);
            bound
                || TARGET_STATEMENT_WORDS
                    .iter()
                    .chain(AIM_WORDS)
                    .any(|w| clause.contains(w))
        })
        .count();
    if aims < MIN_AIMS {
        return false;
    }
    let compared: usize = COMPARISON_OPENERS
        .iter()
        .map(|&c| {
            COMPARISON_TIMES
                .iter()
                .map(|t| opening.matches(&format!("{c}{t}")).count())
                .sum::<usize>()
        })
        .sum();
    let le_past = opening
        .matches('了')
        .count()
        .saturating_sub(LE_NOT_PAST.iter().map(|w| opening.matches(w).count()).sum());
    let done: usize = DONE_WORDS
        .iter()
        .chain(REVIEW_OPENERS)
        .map(|w| opening.matches(w).count())
        .sum();
    // Nothing done, or one word of it (`报告突出了…五个重点`, a news report's lead) among many
    // aims.
    match compared + le_past + done {
        0 => true,
        1 => aims >= AIMS_OVER_ONE_DONE,
        _ => false,
    }
}

/// How many aims an opening needs to read as a plan though one word in it reports work done.
const AIMS_OVER_ONE_DONE: usize = 4;

/// Words that report on a plan's course or its results (`2023年计划执行情况`,
/// `目标任务完成情况`, `2022年重点工作成效`): the plan word before them names what is reviewed,
/// so the part is a review.
const COURSE_OF_PLAN_WORDS: &[&str] = &["执行情况", "完成情况", "落实情况", "成效", "成果"];

/// What joins the two halves of a title naming two parts (`…计划和…总结`).
pub(crate) const TITLE_JOINERS: &[char] = &['和', '及', '与', '暨', '、', '，', ','];

/// The kind of a part from its title.
pub fn part_kind(title: &str) -> PartKind {
    if COURSE_OF_PLAN_WORDS.iter().any(|w| title.contains(w)) {
        return PartKind::Summary;
    }
    let first = |words: &[&str]| words.iter().filter_map(|w| title.find(w)).min();
    match (first(SUMMARY_WORDS), first(PLAN_WORDS)) {
        // `2025年工作安排和2024年工作回顾`: two parts in one title, the first named first; but
        // `2025年及“十四五”规划工作回顾`: the plan names what is reviewed.
        (Some(s), Some(p)) if p < s && title[p..s].contains(TITLE_JOINERS) => PartKind::Plan,
        (Some(_), _) => PartKind::Summary,
        (None, Some(_)) => PartKind::Plan,
        (None, None) => PartKind::Other,
    }
}

/// Words of a document's title that name the things a government undertakes to do in the year
/// (`苏州市2021年实事项目`, `2024年长宁区政府为民办实事项目`): a list of them is a plan. As a part's
/// title (`三、扎实办好民生实事`) they may head a review of them too, so only the document's.
const PLEDGE_TITLE_WORDS: &[&str] = &["实事项目", "办实事", "民生实事"];

/// The kind of a document from its title: [`part_kind`], and a list of pledges is a plan
/// ([`PLEDGE_TITLE_WORDS`]).
pub fn title_kind(title: &str) -> PartKind {
    match part_kind(title) {
        PartKind::Other if PLEDGE_TITLE_WORDS.iter().any(|w| title.contains(w)) => PartKind::Plan,
        kind => kind,
    }
}

/// Words of a plan part's title that come after the period it plans for
/// (`下半年|工作计划`, `2022年|主要目标任务`, `今后五年|发展目标`).
const AFTER_PERIOD: &[&str] = &[
    "工作",
    "主要",
    "重点",
    "发展",
    "目标",
    "任务",
    "计划",
    "安排",
    "的",
    "经济社会",
    "打算",
];
/// Longest period phrase (`“十四五”时期`).
const MAX_PERIOD: usize = 10;

/// The period the report's plan is for, from its plan parts' titles (`下半年工作计划` →
/// `下半年`; `今后五年发展目标` and `2017年重点工作任务` → `今后五年和2017年`), or `None`
/// when no plan part names one.
///
/// ```
/// let r = report::parse("一、2023年工作回顾\n（一）甲\n做了。\n二、2024年主要目标任务\n（一）乙\n要做。\n").unwrap();
/// assert_eq!(report::plan_period(&r).as_deref(), Some("2024年"));
/// ```
pub fn plan_period(report: &Report) -> Option<String> {
    let mut periods: Vec<&str> = Vec::new();
    for part in report.parts.iter().filter(|p| p.kind == PartKind::Plan) {
        let title = part.title.as_str();
        let end = AFTER_PERIOD
            .iter()
            .filter_map(|w| title.find(w))
            .min()
            .unwrap_or(title.len());
        let period = title[..end].trim_end_matches('和');
        let n = period.chars().count();
        if n > 0 && n <= MAX_PERIOD && !periods.contains(&period) {
            periods.push(period);
        }
    }
    (!periods.is_empty()).then(|| periods.join("和"))
}

/// Parses the structure of a report (everything but `numbers`): the parser's own tests.
#[cfg(test)]
pub(crate) fn parse_structure(text: &str) -> Result<Report, ParseError> {
    let mut job = StructureJob::default();
    loop {
        if let (_, Some(result)) = job.step(text, usize::MAX) {
            return result;
        }
    }
}

/// The title of a part without a heading that opens a report whose other parts have one.
pub const OPENING_TITLE: &str = "开篇";

/// Whether a paragraph opens by addressing the audience (`各位代表！…`).
pub fn is_address(text: &str) -> bool {
    shapes::ADDRESSES.iter().any(|a| text.starts_with(a))
}

#[cfg(test)]
mod tests;
