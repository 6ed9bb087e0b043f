//! Where the coming period's plan starts: a text's or a paragraph's opening that plans
//! (`今年要…`, `2023年，罗星街道将…`, a list of the year's projects), a news report's lead to the
//! plan, the first sentence that states it, and the year a plan is for.

use super::kind::{part_kind, PLEDGE_TITLE_WORDS};
use crate::model::PartKind;
use crate::numbers::lexicon::{PLAN_VERBS_AFTER_JIANG, SELF_REFERENCES};

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
pub(super) fn opens_plan(line: &str) -> bool {
    // `“2023年，某镇将聚焦…”谈到今年的工作方向，镇长某某说。`: a news report may open with
    // the words it quotes.
    let line = line.trim_start().trim_start_matches(OPENING_QUOTES);
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

/// Quote marks a news report's first words may open with.
const OPENING_QUOTES: &[char] = &['“', '"', '「'];

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
pub(super) fn leads_to_the_plan(line: &str) -> bool {
    let proposed = PROPOSED_IN_REPORT.iter().any(|w| line.contains(w));
    REPORT_NAMES.iter().any(|w| line.contains(w))
        && (proposed
            || ((PLAN_PERIODS.iter().any(|p| line.contains(p)) || latest_year_will(line))
                && PLAN_LEAD_WORDS.iter().any(|w| line.contains(w))))
        && !REVIEW_LEAD_WORDS.iter().any(|w| line.contains(w))
}

/// Words of a news report's lead that say what the report it names proposes (`县长某某作政府工作
/// 报告时提出，…`): what a report proposes is its plan, for the year it is made in.
const PROPOSED_IN_REPORT: &[&str] = &["报告时提出", "报告中提出"];

/// `…做《2024年政府工作报告》，他表示，2024年，琅琊区将紧盯…`: the latest year the line names,
/// then a short subject and `将`: what the government will do that year.
fn latest_year_will(line: &str) -> bool {
    let Some(latest) = latest_year(line) else {
        return false;
    };
    // `报告表示，2016年西城常住人口将比2015年下降3%…，2020年常住人口总量控制在…`: the plan's
    // year may come before a later year of a longer aim, not after a later year.
    line.match_indices('年').any(|(i, w)| {
        let year = i
            .checked_sub(4)
            .and_then(|from| line.get(from..i))
            .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|y| y.parse::<u32>().ok());
        let rest = line[i + w.len()..].trim_start_matches(['，', ',']);
        // A year after a later one (`做《2024年政府工作报告》，…2023年，…`) is the past's.
        year.is_some_and(|y| {
            let earlier_max = latest_year(&line[..i - 4]).unwrap_or(0);
            y + MAX_AIM_YEARS >= latest && y >= earlier_max
        }) && rest.split_once('将').is_some_and(|(subject, _)| {
            subject.chars().count() <= MAX_PLAN_SUBJECT && subject.chars().all(crate::text::is_cjk)
        })
    })
}

/// How many years a plan's year may come before the latest year its lead names (a five-year
/// plan's end).
const MAX_AIM_YEARS: u32 = 5;

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
fn opens_plan_paragraph(line: &str) -> bool {
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

/// Words that say a year's list of pledges was chosen or made public (`票选表决`, `正式出炉`).
const CHOSEN_WORDS: &[&str] = &[
    "票选", "票决", "表决", "出炉", "公布", "发布", "敲定", "选定",
];

/// `…通过县人大代表票选表决县政府2025年度十件民生实事项目 正式出炉!`: a news report's lead saying
/// a year's list of pledged works was voted on or made public, with no word of their progress,
/// leads to the list: what follows is what will be done.
/// Whether `lead`, a text's first lines, announces a year's pledges chosen
/// ([`announces_chosen_pledges`]) and no line of its `opening` reports on a list's progress
/// (`…实事项目完成情况如下：`).
pub(super) fn lead_on_chosen_pledges<'a>(
    mut lead: impl Iterator<Item = &'a str>,
    mut opening: impl Iterator<Item = &'a str>,
) -> bool {
    let progress = |l: &str| {
        PROJECT_LISTS.iter().any(|w| l.contains(w)) && PROGRESS_WORDS.iter().any(|w| l.contains(w))
    };
    lead.any(announces_chosen_pledges) && !opening.any(progress)
}

fn announces_chosen_pledges(line: &str) -> bool {
    let timed = latest_year(line).is_some() || PLAN_PERIODS.iter().any(|p| line.contains(p));
    timed
        && PLEDGE_TITLE_WORDS.iter().any(|w| line.contains(w))
        && CHOSEN_WORDS.iter().any(|w| line.contains(w))
        && !PROGRESS_WORDS.iter().any(|w| line.contains(w))
        && !REVIEW_LEAD_WORDS.iter().any(|w| line.contains(w))
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

/// Words of a title that report on a list's course (`一季度进展情况`, `完成情况`).
const COURSE_TITLE_WORDS: &[&str] = &["进展", "完成情况", "推进情况", "落实情况", "进度"];

/// Words of a line that reports a pledge's progress, not the pledge (`目前已确定…`, `完成1座`).
const PROGRESS_LINE_WORDS: &[&str] = &["已", "目前", "正在", "完成"];

/// The most chars of a numbered line that restates a pledge.
const MAX_PLEDGE_LINE: usize = 80;

/// `2025年某区为民办实事项目一季度进展情况`, then `1.新增200张家庭照护床位…` and a line on its
/// progress: in a report on the course of a year's pledges, a short numbered line that says
/// nothing of progress restates the pledge, a target.
pub(crate) fn restates_a_pledge(title: &str, line: &str) -> bool {
    let on_pledges = PLEDGE_TITLE_WORDS.iter().any(|w| title.contains(w))
        && COURSE_TITLE_WORDS.iter().any(|w| title.contains(w));
    let line = line.trim_start();
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let numbered = digits > 0 && line[digits..].starts_with(['.', '、', '．']);
    on_pledges
        && numbered
        && line.chars().count() <= MAX_PLEDGE_LINE
        && !PROGRESS_LINE_WORDS.iter().any(|w| line.contains(w))
}
