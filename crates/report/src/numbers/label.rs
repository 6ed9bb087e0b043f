//! Labels (what a number measures, in the clause's own words) and `relates_to` links.

use super::classify::Class;
use super::context::Context;
use super::scan::{Shape, Token};
use crate::model::NumberKind;

/// Words stripped from the start of a label: connectors and bounding words.
const LEAD_WORDS: &[&str] = &[
    "其中", "此外", "同时", "另外", "累计", "预计", "争取", "力争", "共计", "合计", "总计", "、",
    "和", "及", "与", "并", "且", "共",
];

/// Words stripped from the end of a label before the number.
const TRAIL_WORDS: &[&str] = &[
    "达到", "达", "为", "是", "至", "到", "了", "、", "和", "及", "与",
];

/// Growth wording that names no subject of its own.
const GROWTH_WORDS: &[&str] = &[
    "同比",
    "环比",
    "比上年",
    "较上年",
    "比去年",
    "较去年",
    "比上年同期",
    "同期",
    "分别",
    "均",
    "年均",
    "增长",
    "提高",
    "提升",
    "上升",
    "上涨",
    "增加",
    "增幅",
    "增速",
    "涨幅",
    "下降",
    "减少",
    "降低",
    "下滑",
    "回落",
    "下跌",
    "降幅",
    "增",
    "降",
    "了",
];

/// Ranking wording that names no subject of its own.
const RANK_WORDS: &[&str] = &[
    "排名", "排位", "排行", "排在", "全区", "全市", "全省", "全国", "全县", "全旗", "全盟", "全州",
    "位居", "位列", "名列", "居", "连续", "同类",
];

/// Durations are no subject a growth, rate or rank describes (`连续5个月全区排名第一`).
fn is_duration(t: &Token) -> bool {
    t.unit
        .as_ref()
        .and_then(|u| u.base.as_deref())
        .is_some_and(|b| matches!(b, "个月" | "年" | "天" | "周年" | "小时" | "分钟"))
}

fn strip_words(mut s: &str, lead: &[&str], trail: &[&str]) -> String {
    loop {
        let before = s;
        for w in lead {
            s = s.strip_prefix(w).unwrap_or(s);
        }
        for w in trail {
            s = s.strip_suffix(w).unwrap_or(s);
        }
        s = s.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
        if s == before {
            return s.to_string();
        }
    }
}

/// Removes every occurrence of `words` (longest first) and says whether anything else is left.
fn has_subject(s: &str, words: &[&str]) -> bool {
    let mut sorted: Vec<&str> = words.to_vec();
    sorted.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    let mut rest = s.to_string();
    for w in sorted {
        rest = rest.replace(w, "");
    }
    !rest.trim().is_empty()
}

/// The part of the token's segment before the number, cleaned.
fn prefix(ctx: &Context, class: &Class) -> String {
    let p = ctx.slice(class.seg_start, class.core_end);
    strip_words(&p, LEAD_WORDS, TRAIL_WORDS)
}

/// The text after the token up to the next token of the clause, cut at `的`.
fn suffix(ctx: &Context, t: &Token, next_start: usize) -> String {
    let end = ctx
        .clause_end(t.start.min(ctx.chars.len().saturating_sub(1)))
        .min(next_start);
    let s = ctx.slice(t.end, end);
    let mut s = s.as_str();
    for w in ["以上", "左右", "以内", "以下", "上下"] {
        s = s.strip_prefix(w).unwrap_or(s);
    }
    // A list goes on after `、`: the next item is not part of this number's label.
    let s = s.split(['的', '、']).next().unwrap_or("");
    strip_words(
        s,
        &["、", "和", "及"],
        &[
            "、", "和", "及", "等", "共", "约", "超", "近", "累计", "预计", "达", "为",
        ],
    )
}

/// Computes the label and the `relates_to` (an index into `tokens`) of every token.
pub fn labels(
    ctx: &Context,
    tokens: &[Token],
    classes: &[Class],
) -> Vec<(Option<String>, Option<usize>)> {
    let mut out: Vec<(Option<String>, Option<usize>)> = Vec::with_capacity(tokens.len());
    for (k, (t, c)) in tokens.iter().zip(classes).enumerate() {
        if !c.is_indicator {
            out.push((None, None));
            continue;
        }
        let clause = ctx.clause[t.start];
        let pre = prefix(ctx, c);
        let prev_in_clause = k
            .checked_sub(1)
            .filter(|&j| ctx.clause[tokens[j].start] == clause);
        let next_start = tokens
            .get(k + 1)
            .filter(|n| ctx.clause[n.start] == clause)
            .map_or(usize::MAX, |n| n.start);
        let kind = c.kind.unwrap_or(NumberKind::Amount);

        // Does it describe another number?
        let needs_subject = match kind {
            NumberKind::Growth => !has_subject(&pre, GROWTH_WORDS),
            NumberKind::Rate => {
                pre.chars().count() <= 4 && (pre.ends_with('率') || pre.ends_with("占比"))
            }
            NumberKind::Rank => !has_subject(&pre, RANK_WORDS),
            _ => false,
        };
        let mut relates_to = None;
        if needs_subject
            && matches!(
                kind,
                NumberKind::Growth | NumberKind::Rate | NumberKind::Rank
            )
        {
            let candidate = |j: usize| {
                classes[j].is_indicator
                    && !matches!(
                        classes[j].kind,
                        Some(NumberKind::Growth) | Some(NumberKind::Rank)
                    )
                    && !is_duration(&tokens[j])
            };
            relates_to = (0..k)
                .rev()
                .take_while(|&j| ctx.clause[tokens[j].start] == clause)
                .find(|&j| candidate(j));
            if relates_to.is_none()
                && clause > 0
                && ctx.clause_sentence[clause - 1] == ctx.clause_sentence[clause]
            {
                relates_to = (0..k)
                    .rev()
                    .skip_while(|&j| ctx.clause[tokens[j].start] == clause)
                    .take_while(|&j| ctx.clause[tokens[j].start] == clause - 1)
                    .find(|&j| candidate(j));
            }
        }
        let related_label = relates_to.and_then(|r| out[r].0.clone());

        let label = match kind {
            NumberKind::Growth | NumberKind::Rate => match related_label {
                Some(l) => format!("{l}{pre}"),
                None => pre.clone(),
            },
            NumberKind::Rank => {
                let own = if pre.contains("排名") {
                    pre.clone()
                } else {
                    format!("{pre}排名")
                };
                match related_label {
                    Some(l) if !has_subject(&pre, RANK_WORDS) => format!("{l}{own}"),
                    _ => own,
                }
            }
            NumberKind::Amount | NumberKind::Target => {
                // `零发生`: what follows `零` is the verb, not the subject.
                let suf = if t.shape == Shape::Zero && !pre.is_empty() {
                    String::new()
                } else {
                    suffix(ctx, t, next_start)
                };
                if pre.is_empty() && suf.is_empty() {
                    prev_in_clause
                        .and_then(|j| out[j].0.clone())
                        .unwrap_or_default()
                } else {
                    let short = pre.chars().filter(|c| !"“”\"".contains(*c)).count() <= 4;
                    let both = format!("{pre}{suf}");
                    if short || both.chars().count() <= 40 || t.shape == Shape::ChineseCount {
                        both
                    } else {
                        pre.clone()
                    }
                }
            }
        };
        let label = if label.is_empty() {
            // Last resort: the whole clause without the number.
            let (s, e) = ctx.clause_range[clause];
            let text = format!("{}{}", ctx.slice(s, t.start), ctx.slice(t.end, e));
            strip_words(&text, LEAD_WORDS, TRAIL_WORDS)
        } else {
            label
        };
        out.push(((!label.is_empty()).then_some(label), relates_to));
    }
    out
}
