//! Whether a text's opening reads as a plan though no title or heading says so: it starts with
//! a plan's targets (`为实现上述目标，…` soon after), or it sets aims and says nothing of work done.

use super::past::REVIEW_OPENERS;
use crate::numbers::lexicon::{COMPARISON_OPENERS, COMPARISON_TIMES, TARGET_STATEMENT_WORDS};

/// Words that open the paragraph after a plan's targets (`为实现上述目标，我们将…`): a text
/// whose first paragraphs hold one starts with the targets.
pub(super) const AFTER_TARGETS: &[&str] = &[
    "为实现上述目标",
    "为实现以上目标",
    "为完成上述目标",
    "为完成以上目标",
    "围绕上述目标",
    "围绕以上目标",
];

/// How many of a text's first paragraphs may stand before [`AFTER_TARGETS`]' paragraph.
pub(super) const TARGETS_AT_START: usize = 3;

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
pub(super) fn reads_as_plan(text: &str) -> bool {
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

/// Words of a title that name a document or what it is of (`…政府工作报告`, `…工作总结`,
/// `…工作要点`, `…进展情况`); a title with none (`紧扣产城融合`) is a heading's slogan.
const DOCUMENT_TITLE_WORDS: &[&str] = &[
    "报告", "总结", "计划", "要点", "纲要", "回顾", "安排", "情况", "方案", "通知", "意见",
];

/// Whether a title names a document ([`DOCUMENT_TITLE_WORDS`]).
pub(super) fn names_a_document(title: &str) -> bool {
    DOCUMENT_TITLE_WORDS.iter().any(|w| title.contains(w))
}
