//! [`without_inner_adverbs`]: a label without the words inside it that name nothing measured
//! (adverbs, the government naming itself, a light verb before the measure, remarks in
//! brackets).

use super::MAX_SELF_NAME_CHARS;
use crate::numbers::label::words::names_something;
use crate::numbers::lexicon::{
    BARE_MEASURES, GROWTH_DOWN, GROWTH_UP, HAVING_NOW, INNER_LIGHT_VERBS, JUN_WORD_CHARS,
    JUN_WORD_NEXT, LABEL_INNER_ADVERBS, LABEL_REMARK_WORDS, LIGHT_VERB_MEASURES,
    MEASURE_AFTER_COUNT, PLACE_ENDS, PLACE_LEVEL_CHARS, SELF_REFERENCES,
};

/// The most chars of a measure named with its scope after a light verb (`规上工业总产值`).
const MAX_SCOPED_MEASURE_CHARS: usize = 10;

/// `label` without the [`LABEL_INNER_ADVERBS`] after its first char (`每个县至少建成示范区` →
/// `每个县建成示范区`); a label that would be left empty is kept.
pub fn without_inner_adverbs(label: &str) -> Option<String> {
    let mut out = label.to_string();
    for w in LABEL_INNER_ADVERBS {
        // A char test first: a word search sets up a searcher, and most labels hold none.
        if !w.chars().next().is_some_and(|c| out.contains(c)) {
            continue;
        }
        // From the second char on: at the start it is part of a term.
        let mut from = out.chars().next().map_or(0, char::len_utf8);
        while let Some(i) = out.get(from..).and_then(|rest| rest.find(w)) {
            let at = from + i;
            // `占全部投资比重`: after `占` it names the whole a share is of.
            if out[..at].ends_with('占') {
                from = at + w.len();
                continue;
            }
            out.replace_range(at..at + w.len(), "");
            from = at;
        }
    }
    // `我市重点工业企业`: the government naming itself, anywhere.
    if out.contains('我') {
        for w in SELF_REFERENCES {
            if let Some(i) = out.find(w) {
                let rest = format!("{}{}", &out[..i], &out[i + w.len()..]);
                if names_something(&rest) {
                    out = rest;
                }
            }
        }
    }
    // `高都街道现有工业规模以上企业`: a place naming itself before what it has is the report's
    // own government, no part of what is counted.
    if let Some(i) = out.find(HAVING_NOW).filter(|&i| i > 0) {
        let place = &out[..i];
        let named = place.chars().count() <= MAX_SELF_NAME_CHARS
            && !place.starts_with('全')
            && (PLACE_ENDS.iter().any(|e| place.ends_with(e))
                || place.ends_with(PLACE_LEVEL_CHARS));
        let rest = &out[i + HAVING_NOW.len()..];
        if named && names_something(rest) {
            out = rest.to_string();
        }
    }
    // `均` as an adverb inside (`总量和增速均全市排名`), not in the words it ends (`人均`).
    let mut from = out.chars().next().map_or(0, char::len_utf8);
    while let Some(i) = out.get(from..).and_then(|rest| rest.find('均')) {
        let at = from + i;
        let next = out[at + '均'.len_utf8()..].chars().next();
        if out[..at].ends_with(JUN_WORD_CHARS) || next.is_none_or(|c| JUN_WORD_NEXT.contains(&c)) {
            from = at + '均'.len_utf8();
        } else {
            out.replace_range(at..at + '均'.len_utf8(), "");
            from = at;
        }
    }
    // `规模以上企业实现产值`: a light verb between a subject and the measure says nothing.
    for v in INNER_LIGHT_VERBS {
        if !v.chars().next().is_some_and(|c| out.contains(c)) {
            continue;
        }
        let mut from = out.chars().next().map_or(0, char::len_utf8);
        // A byte scan: labels are short, and a substring searcher costs more to set up.
        let find = |rest: &str| {
            rest.char_indices()
                .find(|&(i, _)| rest.as_bytes()[i..].starts_with(v.as_bytes()))
                .map(|(i, _)| i)
        };
        while let Some(i) = out.get(from..).and_then(find) {
            let at = from + i;
            let rest = &out[at + v.len()..];
            // `全街实现规上工业总产值`: also a measure named with its scope, ending the label.
            if MEASURE_AFTER_COUNT.iter().any(|m| rest.starts_with(m))
                || LIGHT_VERB_MEASURES.iter().any(|m| rest.starts_with(m))
                || (rest.chars().count() <= MAX_SCOPED_MEASURE_CHARS
                    && BARE_MEASURES.iter().any(|m| rest.ends_with(m)))
            {
                out.replace_range(at..at + v.len(), "");
                from = at;
            } else {
                from = at + v.len();
            }
        }
    }
    // `按验资口径实际利用外资`: the statistical basis a figure is counted on names no measure.
    if let Some(rest) = out.strip_prefix('按') {
        if let Some(i) = rest
            .find("口径")
            .filter(|&i| rest[..i].chars().count() <= 8)
        {
            let after = rest[i + "口径".len()..].to_string();
            if names_something(&after) {
                out = after;
            }
        }
    }
    // `分别按增长5%掌握`: `按` before the change says how a target is set, not what changes.
    if let Some(i) = out.find('按').filter(|&i| i > 0) {
        let rest = &out[i + '按'.len_utf8()..];
        if GROWTH_UP
            .iter()
            .chain(GROWTH_DOWN)
            .any(|w| rest.starts_with(w))
        {
            out.replace_range(i..i + '按'.len_utf8(), "");
        }
    }
    // `同比（下同）增长`, `产值（不含鄂钢）`: a remark in brackets is about the text or what is
    // counted, not the measure.
    if out.contains(['（', '(']) {
        out = without_remarks(&out);
    }
    (out != label && !out.trim().is_empty()).then_some(out)
}

/// `s` without its bracketed remarks ([`LABEL_REMARK_WORDS`]); other brackets stay.
fn without_remarks(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find(['（', '(']) {
        let inner_at = open + rest[open..].chars().next().map_or(1, char::len_utf8);
        let close = rest[inner_at..].find(['）', ')']).map(|c| inner_at + c);
        let remark = close.filter(|&c| {
            // `生产总值(GDP)`: an abbreviation repeats the term.
            let abbreviation =
                c > inner_at && rest[inner_at..c].bytes().all(|b| b.is_ascii_alphabetic());
            // `(预计,下同)` with its first remark taken out before: `(,下同)`; `(预计数,下同)`:
            // `(数,下同)`. Any of its parts may open with the remark word.
            abbreviation
                || rest[inner_at..c]
                    .split([',', '，', '、', ' '])
                    .any(|part| LABEL_REMARK_WORDS.iter().any(|w| part.starts_with(w)))
        });
        match remark {
            Some(c) => {
                out.push_str(&rest[..open]);
                rest = &rest[c + rest[c..].chars().next().map_or(1, char::len_utf8)..];
            }
            None => {
                out.push_str(&rest[..inner_at]);
                rest = &rest[inner_at..];
            }
        }
    }
    out.push_str(rest);
    out
}
