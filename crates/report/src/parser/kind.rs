//! The kind of a part from its title (review, plan or neither) and of a document from its
//! title, and the period a report's plan is for.

use crate::model::{PartKind, Report};

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
pub(super) const NEITHER_PART_WORDS: &[&str] = &["自身建设", "附则", "附件", "名词解释", "说明"];

/// Words that report on a plan's course or its results (`2023年计划执行情况`,
/// `目标任务完成情况`, `2022年重点工作成效`): the plan word before them names what is reviewed,
/// so the part is a review.
const COURSE_OF_PLAN_WORDS: &[&str] = &["执行情况", "完成情况", "落实情况", "成效", "成果"];

/// What joins the two halves of a title naming two parts (`…计划和…总结`).
pub(super) const TITLE_JOINERS: &[char] = &['和', '及', '与', '暨', '、', '，', ','];

/// The kind of a part from its title.
pub fn part_kind(title: &str) -> PartKind {
    if COURSE_OF_PLAN_WORDS.iter().any(|w| title.contains(w)) {
        return PartKind::Summary;
    }
    let first = |words: &[&str]| words.iter().filter_map(|w| title.find(w)).min();
    let plan = PLAN_WORDS
        .iter()
        .filter_map(|w| {
            title
                .match_indices(w)
                .find(|&(at, _)| !in_a_name(title, w, at))
        })
        .map(|(at, _)| at)
        .min();
    match (first(SUMMARY_WORDS), plan) {
        // `2025年工作安排和2024年工作回顾`: two parts in one title, the first named first; but
        // `2025年及“十四五”规划工作回顾`: the plan names what is reviewed.
        (Some(s), Some(p)) if p < s && title[p..s].contains(TITLE_JOINERS) => PartKind::Plan,
        (Some(_), _) => PartKind::Summary,
        (None, Some(_)) => PartKind::Plan,
        (None, None) => PartKind::Other,
    }
}

/// `未来` before the span or the work it looks ahead to (`未来五年`, `未来工作`), or ending the
/// title (`展望未来`); before anything else it is part of a name (`未来路街道`, `未来科技城`).
const FUTURE: &str = "未来";
const FUTURE_NEXT: &[&str] = &[
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "两", "几", "数", "的", "工作",
    "发展", "时期", "一段",
];

/// `规划` ending a title or its half (`2025年发展规划`, `“十四五”规划和2024年工作`); before
/// other words (`区域整体规划统筹引领`, `城乡规划建设`) it is a field of the work reviewed.
const PLANNING: &str = "规划";
const PLANNING_NEXT: &[&str] = &["纲要", "和", "及", "与", "、", "，", ",", "的"];

/// Whether the plan word `w` at `at` in `title` is part of a name or a field of work, not a
/// word of a plan.
fn in_a_name(title: &str, w: &str, at: usize) -> bool {
    let rest = title[at + w.len()..].trim_start();
    if w == PLANNING {
        return !(rest.is_empty() || PLANNING_NEXT.iter().any(|n| rest.starts_with(n)));
    }
    if w != FUTURE {
        return false;
    }
    !(rest.is_empty()
        || rest.starts_with(|c: char| c.is_ascii_digit() || !crate::text::is_cjk(c))
        || FUTURE_NEXT.iter().any(|n| rest.starts_with(n)))
}

/// Words of a document's title that name the things a government undertakes to do in the year
/// (`苏州市2021年实事项目`, `2024年长宁区政府为民办实事项目`): a list of them is a plan. As a part's
/// title (`三、扎实办好民生实事`) they may head a review of them too, so only the document's.
pub(super) const PLEDGE_TITLE_WORDS: &[&str] = &["实事项目", "办实事", "民生实事"];

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
