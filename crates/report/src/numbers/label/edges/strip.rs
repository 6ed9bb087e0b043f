//! [`strip_label`]: a label without the words, marks and blanks at its ends that name nothing
//! measured (a mark crossed, a preposition, a cause, stray brackets, copied spaces), and without
//! what a cut leaves at its edges.

use super::{cut_prefix, strip_words};
use crate::numbers::label::words::names_something;
use crate::numbers::lexicon::{
    DENG_AFTER, JUN_WORD_CHARS, LABEL_SCOPES, LEAD_PREPOSITIONS, LEAD_WORDS, MILESTONE_ADVERBS,
    MILESTONE_STEPS, MILESTONE_VERBS, MILESTONE_WORDS, OPENING_FRAMES, PREPOSITION_TERM_CHARS,
    REACHED_LEADS, STEP_CROSSING_VERBS, STEP_SIZE_CHARS, STEP_STREAK, TRAIL_WORDS,
};

/// [`strip_words`] with [`LEAD_WORDS`] and [`TRAIL_WORDS`], returning at once when no word
/// can start or end `s` and it has no blank to trim (most labels).
pub(in crate::numbers::label) fn strip_label(s: &str) -> String {
    // One pass for what the rarer rules below need: most labels have no space or bracket.
    // Most labels have no space or bracket: one pass over the bytes before any rule. Blanks
    // at the ends are trimmed below; only those inside join words.
    let (spaced, bracketed) = spaces_and_brackets(s.trim().as_bytes());
    let joined;
    let s = if spaced {
        joined = without_copied_spaces(s.to_string());
        joined.as_str()
    } else {
        s
    };
    let s = if bracketed {
        without_stray_brackets(s)
    } else {
        s
    };
    let s = without_cause(s);
    // `·力争新建避难场所`: the mark of a list's item opens no words.
    static FIRSTS: std::sync::OnceLock<Vec<char>> = std::sync::OnceLock::new();
    let firsts = FIRSTS.get_or_init(|| {
        crate::numbers::lexicon::LIST_ITEM_MARKS
            .iter()
            .filter_map(|m| m.chars().next())
            .collect()
    });
    let marked = s.trim_start().starts_with(firsts.as_slice());
    let s = match marked {
        true => crate::numbers::lexicon::LIST_ITEM_MARKS
            .iter()
            .find_map(|m| s.trim_start().strip_prefix(m))
            .unwrap_or(s),
        false => s,
    };
    static ENDS: std::sync::OnceLock<(Vec<char>, Vec<char>)> = std::sync::OnceLock::new();
    let (firsts, lasts) = ENDS.get_or_init(|| {
        let mut firsts: Vec<char> = LEAD_WORDS.iter().filter_map(|w| w.chars().next()).collect();
        let mut lasts: Vec<char> = TRAIL_WORDS
            .iter()
            .filter_map(|w| w.chars().next_back())
            .collect();
        crate::sort::sort_by_key(&mut firsts, |&c| c.into());
        crate::sort::sort_by_key(&mut lasts, |&c| c.into());
        (firsts, lasts)
    });
    let blank = |c: char| c.is_whitespace() || c == '\u{3000}';
    let (Some(first), Some(last)) = (s.chars().next(), s.chars().next_back()) else {
        return String::new();
    };
    if !blank(first)
        && !blank(last)
        && firsts.binary_search(&first).is_err()
        && lasts.binary_search(&last).is_err()
    {
        return without_crossed_mark(without_preposition(s)).to_string();
    }
    without_crossed_mark(without_preposition(strip_words(s, LEAD_WORDS, TRAIL_WORDS))).to_string()
}

/// `经济总量突破千亿大关` → `经济总量`, `社会消费品零售总额在全市率先突破千亿` → `社会消费品零售总额`: a
/// mark crossed in words that ends a label says what was passed, not what is measured; its
/// adverbs and scope go with it.
fn without_crossed_mark(s: &str) -> &str {
    // `地均迈上…新台阶`: the step reached around the number names nothing measured.
    if s.ends_with('阶') {
        let stepped = MILESTONE_STEPS
            .iter()
            .find_map(|w| s.strip_suffix(w))
            .and_then(|r| MILESTONE_VERBS.iter().find_map(|v| r.strip_suffix(v)))
            .filter(|before| !before.is_empty());
        if let Some(before) = stepped {
            return before;
        }
        // `生产总值连跨两个千亿级台阶`: steps counted and sized in words between verb and step.
        if let Some(r) = MILESTONE_STEPS.iter().find_map(|w| s.strip_suffix(w)) {
            let verb = MILESTONE_VERBS
                .iter()
                .chain(STEP_CROSSING_VERBS)
                .filter_map(|v| r.rfind(v).map(|i| (i, v.len())))
                .max();
            if let Some((at, len)) = verb {
                let sized = r[at + len..].chars().all(|c| {
                    crate::numbers::scan::is_cn_numeral(c)
                        || c.is_ascii_digit()
                        || STEP_SIZE_CHARS.contains(&c)
                });
                let before = r[..at].trim_end_matches(STEP_STREAK);
                if sized && names_something(before) {
                    return before;
                }
            }
        }
    }
    // Most labels end otherwise: one char test before any search.
    let ends_a_mark = s.chars().next_back().is_some_and(|c| {
        matches!(c, '亿' | '元' | '斤' | '关') || crate::numbers::scan::is_cn_numeral(c)
    });
    if !ends_a_mark {
        return without_crossing_adverbs(s);
    }
    let Some((at, verb)) = MILESTONE_VERBS
        .iter()
        .filter_map(|v| s.rfind(v).map(|i| (i, *v)))
        .max()
    else {
        return s;
    };
    let mark = &s[at + verb.len()..];
    let mark = MILESTONE_WORDS
        .iter()
        .find_map(|w| mark.strip_suffix(w))
        .unwrap_or(mark);
    let mark = mark.strip_suffix(['元', '斤']).unwrap_or(mark);
    let in_words = !mark.is_empty()
        && mark
            .chars()
            .all(|c| c == '亿' || crate::numbers::scan::is_cn_numeral(c));
    if !in_words {
        return s;
    }
    let before = without_crossing_adverbs(&s[..at]);
    if names_something(before) {
        before
    } else {
        s
    }
}

/// `总数在全省各区(县)率先` → `总数`: the adverbs of crossing a mark (`率先`, `首次`) that end a
/// label, and the scope it was crossed in (`在全市`, `在全省各区(县)`), name nothing measured.
fn without_crossing_adverbs(s: &str) -> &str {
    let mut before = s;
    while let Some(rest) = MILESTONE_ADVERBS
        .iter()
        .find_map(|a| before.strip_suffix(a))
    {
        before = rest;
    }
    // Without an adverb of crossing, a scope (`增速在全省`) may be a rank's.
    if before.len() == s.len() {
        return s;
    }
    if let Some((rest, scope)) = before.rsplit_once('在') {
        if LABEL_SCOPES.iter().any(|w| scope.starts_with(w)) {
            before = rest;
        }
    }
    if names_something(before) {
        before
    } else {
        s
    }
}

/// `对全区景区景点` → `景区景点`: a preposition that opens a label introduces what follows; in a
/// term (`对外贸易`, `对口帮扶`) its next char says so and it stays.
fn without_preposition(s: &str) -> &str {
    // Most labels open with none: one char test before any word.
    let Some(first) = s.chars().next() else {
        return s;
    };
    if !LEAD_PREPOSITIONS.iter().any(|p| p.starts_with(first)) {
        return s;
    }
    for p in LEAD_PREPOSITIONS {
        if let Some(rest) = cut_prefix(s, p) {
            let term = rest
                .chars()
                .next()
                .is_none_or(|c| PREPOSITION_TERM_CHARS.contains(&c));
            if !term && names_something(rest) {
                return rest;
            }
        }
    }
    s
}

/// A label without what a cut leaves at its edges: a quote mark whose pair is outside the
/// label (`"老旧织机`), a leading `等` left from a list (`等企业` → `企业`, but `等级公路` stays).
pub(in crate::numbers::label) fn without_debris(label: &str) -> String {
    let mut s = label.to_string();
    for (open, close) in [('“', '”'), ('‘', '’'), ('「', '」')] {
        let (o, c) = (s.matches(open).count(), s.matches(close).count());
        if o != c {
            s = s.replace([open, close], "");
        }
    }
    if s.matches('"').count() % 2 == 1 {
        s = s.replace('"', "");
    }
    // `“专项行动”[5]`: the opening of a note mark cut off at the label's end.
    let kept = s.trim_end_matches(['[', '［', '【', '(', '（']).len();
    s.truncate(kept);
    // `办复率均达100%`: `均` says all of them reached it.
    if let Some(rest) = s.strip_suffix('均') {
        if !rest.ends_with(JUN_WORD_CHARS) && names_something(rest) {
            s.truncate(rest.len());
        }
    }
    if let Some(rest) = s.strip_prefix('等') {
        if !rest.starts_with(DENG_AFTER) && names_something(rest) {
            s = rest.to_string();
        }
    }
    // `*新增1家社区长者食堂`, `、*3家…`: a list's mark for items of a kind (a star) is no word.
    if s.contains(['*', '＊']) {
        s = s.replace(['*', '＊'], "");
    }
    s
}

/// `全 年腾退低效用地` → `全年腾退低效用地`: a report copied out of a PDF has spaces at its line
/// breaks and around numbers; a space next to a Chinese char separates no words. Inside quotes
/// it is the author's (`“魅力湾区 乐满新桥”`) and stays.
pub(in crate::numbers::label) fn without_copied_spaces(label: String) -> String {
    if !spaces_and_brackets(label.as_bytes()).0 {
        return label;
    }
    let wide = |c: Option<&char>| c.is_some_and(|c| !c.is_ascii());
    let mut out = String::with_capacity(label.len());
    let (mut quoted, mut gap) = (false, String::new());
    let mut chars = label.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            gap.push(c);
            if !chars.peek().is_some_and(|c| c.is_whitespace()) {
                let copied = wide(out.chars().next_back().as_ref()) || wide(chars.peek());
                if quoted || !copied {
                    out.push_str(&gap);
                }
                gap.clear();
            }
            continue;
        }
        match c {
            '“' | '「' | '『' => quoted = true,
            '”' | '」' | '』' => quoted = false,
            _ => {}
        }
        out.push(c);
    }
    out
}

/// `新签约项目(亿元以上` → `新签约项目`, `(亿元以上)新开工` → `新开工`, `(亿元以上)` → `亿元以上`: a
/// label cut inside a bracketed remark keeps the words outside it, when they name something; a
/// label wholly in brackets is the remark's words.
fn without_stray_brackets(s: &str) -> &str {
    const OPEN: [char; 2] = ['(', '（'];
    const CLOSE: [char; 2] = [')', '）'];
    if !s.contains(OPEN) && !s.contains(CLOSE) {
        return s;
    }
    let bracketed = s
        .strip_prefix(OPEN)
        .and_then(|r| r.strip_suffix(CLOSE))
        .filter(|inner| !inner.contains(OPEN) && !inner.contains(CLOSE));
    if let Some(inner) = bracketed {
        return inner;
    }
    // An open bracket never closed: the label ran into a remark, or (at its start) is in one.
    if let Some(o) = s.rfind(OPEN) {
        if !s[o..].contains(CLOSE) {
            if names_something(&s[..o]) {
                return &s[..o];
            }
            let inner = &s[o + s[o..].chars().next().map_or(1, char::len_utf8)..];
            if s[..o].is_empty() && names_something(inner) {
                return inner;
            }
        }
    }
    // A close bracket never opened: the label starts after a remark.
    if let Some(c) = s.find(CLOSE) {
        let after = &s[c + s[c..].chars().next().map_or(1, char::len_utf8)..];
        if !s[..c].contains(OPEN) && names_something(after) {
            return after;
        }
        // `亿元以上)`: the label is the end of a remark.
        if !s[..c].contains(OPEN) && after.is_empty() && names_something(&s[..c]) {
            return &s[..c];
        }
        // `(亿元以上)新开工`: a whole remark opening the label, before words of its own.
        let one_remark = !s[..c].chars().skip(1).any(|ch| OPEN.contains(&ch));
        if s.starts_with(OPEN) && one_remark && names_something(after) {
            return after;
        }
    }
    s
}

/// `受疫情影响同比降幅` → `同比降幅`, `用四年时间基本实现了经济总量` → `经济总量`: what a figure was
/// affected by (`受…影响`) or how long it took (`用…时间`, with the result reached after it)
/// names nothing measured.
fn without_cause(s: &str) -> &str {
    let framed = OPENING_FRAMES.iter().find_map(|(open, close)| {
        let rest = s.strip_prefix(open)?;
        let i = rest.find(close)?;
        (i > 0 && rest[..i].chars().count() <= MAX_CAUSE_CHARS).then(|| &rest[i + close.len()..])
    });
    let Some(rest) = framed else {
        return s;
    };
    REACHED_LEADS
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest)
}

/// The most chars of a cause inside `受…影响`.
const MAX_CAUSE_CHARS: usize = 12;

/// Whether UTF-8 `b` holds a blank (ASCII, U+3000 or U+00A0) and a round bracket (ASCII or
/// full-width `（）`, `EF BC 88/89`).
fn spaces_and_brackets(b: &[u8]) -> (bool, bool) {
    let (mut spaced, mut bracketed) = (false, false);
    for (i, &x) in b.iter().enumerate() {
        match x {
            b'(' | b')' => bracketed = true,
            b' ' | b'\t' | b'\n' | b'\r' => spaced = true,
            0xBC => bracketed |= matches!(b.get(i + 1), Some(0x88 | 0x89)),
            0xE3 => spaced |= b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0x80),
            0xC2 => spaced |= b.get(i + 1) == Some(&0xA0),
            _ => {}
        }
    }
    (spaced, bracketed)
}
