//! The words before a number that its label takes: back to the last passive verb, the
//! previous number's item or an open bracket, without notes on how a figure is written; and
//! the base a multiple is of.

use super::{may_open_a_remark, MAX_PREFIX_CHARS};
use crate::model::NumberKind;
use crate::numbers::classify::Class;
use crate::numbers::context::{is_clause_sep, Context};
use crate::numbers::label::edges::strip_label;
use crate::numbers::label::words::{is_cjk, names_something};
use crate::numbers::lexicon::{
    BRACKET_NOTES, DURATION_UNITS, ITEM_JOINERS, ITEM_JOINERS_INSIDE, MULTIPLE_VERBS,
    NAME_SUFFIXES, PASSIVE_VERBS, POST, TIME_WINDOW_ENDS,
};
use crate::numbers::scan::Token;

/// The part of the token's segment before the number, cleaned. `after_parallel`: the previous
/// number of the clause is a parallel item ([`parallel`](super::parallel)).
pub(in crate::numbers::label) fn prefix(
    ctx: &Context,
    class: &Class,
    after_parallel: bool,
) -> String {
    let start = class
        .seg_start
        .max(class.core_end.saturating_sub(MAX_PREFIX_CHARS));
    let mut s = ctx.slice(start, class.core_end);
    // `庞口镇被列入全国首批127个中国特色小镇`: before a passive verb is what the number happened to.
    // Every passive verb opens with `被`: one char search spares a substring search per verb.
    let passive = s.contains('被').then(|| {
        PASSIVE_VERBS
            .iter()
            .filter_map(|v| s.find(v).map(|i| i + v.len()))
            .max()
    });
    if let Some(i) = passive.flatten() {
        s = &s[i..];
    }
    if start > ctx.clause_start(start) {
        // `80岁以上低收入老年人`: a bound right after the previous number is that number's; so is
        // the suffix of a name with digits (`2.0版改革措施52条`).
        for w in POST {
            s = s.strip_prefix(w).unwrap_or(s);
        }
        // `14天内实现…`: the end of a time window the duration before opened.
        if start > 0 && DURATION_UNITS.iter().any(|u| ctx.ends_with_at(start, u)) {
            for w in TIME_WINDOW_ENDS {
                s = s.strip_prefix(w).unwrap_or(s);
            }
        }
        if start > 0 && ctx.chars[start - 1].is_ascii_digit() {
            for w in NAME_SUFFIXES {
                s = s.strip_prefix(w).unwrap_or(s);
            }
        }
        // `…2×66万千瓦发电和东海拉尔发电厂2×35万千瓦`: up to `和`, the previous number's item
        // (not in `300多家企业和商户上传产品3万余种`: one item, another measure).
        if let Some(i) = ITEM_JOINERS_INSIDE
            .iter()
            .filter_map(|j| s.find(j).map(|i| i + j.len()))
            .min()
            .filter(|_| after_parallel)
        {
            s = &s[i..];
        }
    }
    // `(新建项目8个,续建项目5个)`: separators inside a bracket split no clause.
    let bracketed = may_open_a_remark(s);
    if let Some(i) = bracketed
        .then(|| s.rfind([',', '，', ';', '；']))
        .flatten()
        .filter(|&i| !s[i..].contains([')', '）']))
    {
        s = &s[i + s[i..].chars().next().map_or(1, char::len_utf8)..];
    }
    // `13个项目列入区重点项目(新建项目8个`: a number inside a bracket is of the words in it.
    if let Some(o) = bracketed
        .then(|| s.rfind(['(', '（']))
        .flatten()
        .filter(|&o| !s[o..].contains([')', '）']))
    {
        let inner = &s[o + s[o..].chars().next().map_or(1, char::len_utf8)..];
        // `税收7亿元(同比增长8%)`: right after the figure before, the bracket's words are all
        // this number's own, a growth's wording included.
        if names_something(inner) || s[..o].trim().is_empty() {
            s = inner;
        }
    }
    strip_label(&without_notes(s))
}

/// `同比(下同)增长`, `富余劳动力(次)`: a bracketed note on how a figure is written is no word of
/// its label.
pub(super) fn without_notes(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains(['(', '（']) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = without_reference_values(s);
    for note in BRACKET_NOTES {
        for (open, close) in [('(', ')'), ('（', '）')] {
            out = out.replace(&format!("{open}{note}{close}"), "");
        }
    }
    std::borrow::Cow::Owned(out)
}

/// `完成预期目标(5100万元)`, `比上年同期(5181万元)`: the value of what a word names, in
/// brackets right after the word, is no word of a later number's label. (After a value, a
/// bracket gives the same value in another unit: `5亿元(3000万美元)以上项目` keeps it.)
fn without_reference_values(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let after_word = i > 0
            && is_cjk(chars[i - 1])
            && !chars[i.saturating_sub(4)..i]
                .iter()
                .any(char::is_ascii_digit);
        if matches!(c, '(' | '（')
            && after_word
            && chars.get(i + 1).is_some_and(char::is_ascii_digit)
        {
            let close = chars[i + 1..]
                .iter()
                .take(MAX_REFERENCE_CHARS)
                .position(|&d| matches!(d, ')' | '）'));
            let inner = close.map(|e| &chars[i + 1..i + 1 + e]);
            if let Some(inner) = inner.filter(|inner| !inner.iter().any(|&d| is_clause_sep(d))) {
                i += inner.len() + 2;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// The most chars of a value given in brackets after a word (`(5100万元)`).
const MAX_REFERENCE_CHARS: usize = 14;

/// Whether the words before the number end in a list's joiner after another number of the
/// clause (`20项民生工程和10件…`): then they are that number's item, not this one's.
pub(in crate::numbers::label) fn after_joined_item(
    ctx: &Context,
    class: &Class,
    prev_in_clause: bool,
) -> bool {
    let before = ctx.slice(class.seg_start, class.core_end).trim_end();
    prev_in_clause && ITEM_JOINERS.iter().any(|j| before.ends_with(j))
}

/// For a multiple of a base (`是2011年的1.1倍`), the base as written (`是2011年的`).
pub(in crate::numbers::label) fn multiple_base(
    ctx: &Context,
    t: &Token,
    c: &Class,
    kind: NumberKind,
) -> Option<String> {
    let is_times = t.unit.as_ref().is_some_and(|u| u.written == "倍");
    if kind != NumberKind::Rate || !is_times {
        return None;
    }
    let from = ctx
        .clause_start(t.start)
        .max(t.start.saturating_sub(MAX_PREFIX_CHARS));
    let before = ctx.slice(from, c.core_end.min(t.start));
    let at = before.rfind(MULTIPLE_VERBS)?;
    let base = before[at..].replace("分别", "");
    // `是2011年的1.75倍和1.8倍`: the base ends at its `的`, before the list's other items.
    let base = match base.find('的') {
        Some(i) => base[..i + '的'.len_utf8()].to_string(),
        None => base,
    };
    crate::numbers::classify::is_multiple_of(before).then_some(base)
}
