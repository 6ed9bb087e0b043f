//! The label of a zero (`零感染`, `清零`): who or what had none, and of what.

use super::*;
use crate::numbers::lexicon::{ZERO_PAIR, ZERO_RESULT_VERBS};

/// The quote marks a stressed zero result is written in (`实现“零感染”“零死亡”`).
const QUOTE_MARKS: &[char] = &['“', '”', '"', '「', '」'];

/// What had none, from the words before a zero (`全市群众实现“` → `全市群众`, `取得了医护人员` →
/// `医护人员`, `疑似和确诊病例“双` → `疑似和确诊病例`): after the last quote closed before it (a
/// zero listed after another shares its subject), without the pair word, the quote marks, the
/// verb whose result it is and its adverbs; a scope alone (`全镇顺利实现“`) names no one.
pub(super) fn zero_subject(pre: &str) -> &str {
    let mut s = pre
        .rsplit_once(['”', '」'])
        .map_or(pre, |(_, after)| after)
        .trim_end_matches(QUOTE_MARKS)
        .trim_end_matches(ZERO_PAIR)
        .trim_end_matches(QUOTE_MARKS);
    loop {
        let before = s;
        for w in CLEARED_ADVERBS {
            s = s.strip_suffix(w).unwrap_or(s);
        }
        if s == before {
            break;
        }
    }
    // `14天内实现疫情风险`: the thing after the verb; `全市群众实现`: else the one before it.
    let s = match ZERO_RESULT_VERBS
        .iter()
        .filter_map(|v| s.rfind(v).map(|at| (at, v.len())))
        .max()
    {
        Some((at, len)) if names_something(&s[at + len..]) => &s[at + len..],
        Some((at, _)) => &s[..at],
        None => s,
    };
    let mut s = s;
    for w in CLEARED_ADVERBS {
        s = s.strip_suffix(w).unwrap_or(s);
    }
    if LABEL_SCOPES.contains(&s) || !names_something(s) {
        ""
    } else {
        s
    }
}
