//! The last steps of a label, from what is written right against the number: a doubling's
//! word and base, a size class or an ordinal before it, a class after it, and the amount it
//! restates in another unit or the value in brackets it gives.

use super::*;

impl Labeler<'_> {
    /// `实际使用外资175亿美元、约合1243亿元人民币`: an amount that restates the amount right before
    /// it in another unit (`约合`, `折合人民币`) measures the same thing.
    pub(super) fn restated_amount(&self, n: &Number) -> Option<String> {
        let j = n.k.checked_sub(1)?;
        if !n.is_amount() || !self.classes[j].is_indicator {
            return None;
        }
        // `175亿美元左右、约合 1243亿元`: after the first amount's bound and the list mark.
        let between = self.ctx.slice(self.tokens[j].end, n.t.start);
        let between = POST
            .iter()
            .find_map(|p| between.strip_prefix(p))
            .unwrap_or(between);
        let words =
            between.trim_matches(|c: char| c.is_whitespace() || matches!(c, '、' | '，' | ','));
        RESTATING_WORDS
            .contains(&words)
            .then(|| self.out[j].0.clone())
            .flatten()
    }

    /// `完成税收收入7106万元，完成预期目标(5100万元)139.3%，比上年同期(5181万元)增长37.2%`: a
    /// value in brackets after a word is the value of what the word names for the sentence's
    /// figure before it: its target (`税收收入预期目标`), its level at an earlier time
    /// (`上年同期税收收入`).
    pub(super) fn reference_value(&self, n: &Number) -> Option<String> {
        if !n.is_amount() || !reference_in_brackets(self.ctx, n.t) {
            return None;
        }
        let ctx = self.ctx;
        let from = n
            .prev_in_clause
            .map_or(ctx.clause_range[n.clause].0, |j| self.tokens[j].end);
        let words = strip_label(ctx.slice(from, n.t.start - 1));
        let words = LABEL_LEAD_VERBS
            .iter()
            .find_map(|v| words.strip_prefix(v))
            .unwrap_or(&words);
        let words = words.trim_start_matches(COMPARISON_OPENERS);
        let figure = self.last_candidate.filter(|&j| {
            ctx.clause_sentence[self.clause_of(j)] == n.sentence && self.classes[j].is_indicator
        })?;
        let subject = self
            .subject_or_label(figure)
            .filter(|s| names_something(s))?;
        if words.is_empty() || subject.contains(words) {
            return None;
        }
        Some(if COMPARISON_TIMES.iter().any(|w| words.contains(w)) {
            format!("{words}{subject}")
        } else {
            format!("{subject}{words}")
        })
    }

    /// `落地10亿级产业项目8个` → `10亿级产业项目`, `第三产业增加值714.37亿元` → `第三产业增加值`:
    /// a label that starts right after a size class (`级`) or an ordinal that makes a word with
    /// what follows ([`ORDINAL_WORDS`]), neither a measure with a label of its own, takes it in.
    pub(super) fn with_word_part_before(&self, n: &Number, label: String) -> String {
        let Some(p) = n.k.checked_sub(1).map(|p| &self.tokens[p]) else {
            return label;
        };
        let part_of_word = (label.starts_with('级') && self.ctx.starts_with_at(p.end, "级"))
            || (p.shape == Shape::Ordinal && ORDINAL_WORDS.iter().any(|w| label.starts_with(w)));
        let class = part_of_word
            && !self.classes[n.k - 1].is_indicator
            && self.ctx.slice(p.end, n.t.start).starts_with(label.as_str());
        if class {
            format!("{}{label}", self.ctx.slice(p.start, p.end))
        } else {
            label
        }
    }

    /// `5个1类新药` → `1类新药`: a class written right after a count (no measure of its own) is
    /// part of the name of the things counted.
    pub(super) fn with_class_after(&self, n: &Number, label: String) -> String {
        let Some(next) = n.next.filter(|u| u.start == n.t.end) else {
            return label;
        };
        let class = next
            .unit
            .as_ref()
            .and_then(|u| u.base.as_deref())
            .is_some_and(|b| CLASS_COUNTERS.contains(&b))
            && !self.classes[n.k + 1].is_indicator;
        let raw = self.ctx.slice(next.start, next.end);
        if !class || label.contains(raw) {
            return label;
        }
        // Before the noun it classes (`获批上市1类新药`), else first.
        let noun = self
            .ctx
            .slice(next.end, (next.end + 2).min(self.ctx.chars.len()));
        match label.find(noun).filter(|_| !noun.is_empty()) {
            Some(i) => format!("{}{raw}{}", &label[..i], &label[i..]),
            None => format!("{raw}{label}"),
        }
    }
}

/// `城乡居民收入翻一番`: a doubling's label says `翻番`, whatever the clause left of it, after
/// the base it doubles when the clause names one (`比2011年翻了近一番`): a doubling is
/// nothing without it.
pub(super) fn with_doubling_word(ctx: &Context, t: &Token, label: String) -> String {
    if t.unit.as_ref().is_none_or(|u| u.written != "番") || label.is_empty() {
        return label;
    }
    let subject = label.trim_end_matches('翻');
    // `绿色环保、新能源等战略性新兴产业产值翻两番`: the class after the examples doubled.
    let subject = match subject.rfind('等') {
        Some(i)
            if subject[..i].contains('、') && names_something(&subject[i + '等'.len_utf8()..]) =>
        {
            &subject[i + '等'.len_utf8()..]
        }
        _ => subject,
    };
    let from = ctx
        .clause_start(t.start)
        .max(t.start.saturating_sub(MAX_BASE_CHARS));
    let before = ctx.slice(from, t.start);
    let base = before.rfind('比').and_then(|i| {
        let rest = &before[i..];
        rest.find('年')
            .map(|e| (strip_label(&before[..i]), &rest[..e + '年'.len_utf8()]))
    });
    match base {
        // `经济总量比2012年翻了近两番`: the words before the base are the doubling's own subject.
        Some((own, b)) if names_something(&own) => format!("{own}{b}翻番"),
        Some((_, b)) if !subject.contains(b) => format!("{subject}{b}翻番"),
        _ => format!("{subject}翻番"),
    }
}

/// How far before a doubling its base and subject (`经济总量比2011年`) are looked for, in chars.
const MAX_BASE_CHARS: usize = 24;
