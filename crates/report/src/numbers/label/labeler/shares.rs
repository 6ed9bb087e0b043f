//! Shares named by their words alone: a bare share (`占比`) is of the part before it, a share
//! that opens its clause is of what follows its `的`, and a percentage reached (`实现100%覆盖`) is
//! of the phrase after it.

use super::*;
use crate::numbers::lexicon::SHARE_OF_WHOLE_WORDS;

/// The longest clause rest a share that opens its clause takes as its label (in chars).
const MAX_SHARE_PHRASE: usize = 20;

/// The most chars of what a percentage reached measures after it (`复工复产`, `通硬化路`).
const MAX_DONE_PHRASE: usize = 8;

impl Labeler<'_> {
    /// Whether a number's own words are only a share's (`占比达到`): it names no whole or part.
    pub(super) fn bare_share(&self, pre: &str) -> bool {
        let words = pre.trim_end_matches(['达', '到', '为', '是', '了']);
        BARE_SHARE_WORDS.contains(&words)
    }

    /// The subject of the growth or amount right before `n` in its sentence, which a bare share
    /// after it is of.
    pub(super) fn part_before(&self, n: &Number) -> Option<String> {
        n.k.checked_sub(1)
            .filter(|&j| self.ctx.clause_sentence[self.clause_of(j)] == n.sentence)
            .filter(|&j| {
                matches!(
                    self.classes[j].kind,
                    Some(NumberKind::Growth | NumberKind::Amount)
                )
            })
            .and_then(|j| self.subjects[j].clone())
    }

    /// `99%的行政村通达快递服务` → `行政村通达快递服务`: the rest of the clause after the
    /// number's `的`, when it names something.
    pub(super) fn share_of_what_follows(&self, n: &Number) -> Option<String> {
        let ctx = self.ctx;
        if ctx.chars.get(n.t.end) != Some(&'的') || n.next.is_some() {
            return None;
        }
        let end = ctx.clause_end(n.t.start);
        let phrase = strip_label(ctx.slice(n.t.end + 1, end));
        (names_something(&phrase) && phrase.chars().count() <= MAX_SHARE_PHRASE).then_some(phrase)
    }

    /// `全村实现100%覆盖` → `全村覆盖`, `率先实现百分之百复工复产` → `复工复产`: a percentage
    /// after a verb of reaching and before a short verb phrase that ends its clause measures
    /// that phrase, done by the subject before the verb.
    pub(super) fn share_reached_before_its_measure(&self, n: &Number, pre: &str) -> Option<String> {
        let ctx = self.ctx;
        let percent = n.t.unit.as_ref().is_some_and(|u| u.written == "%");
        // The verb as written: a label's trailing words may have lost it already.
        let written = ctx.slice(n.c.seg_start, n.t.start);
        let verb = SHARE_REACHED_VERBS.iter().find(|v| written.ends_with(*v))?;
        let subject = pre.strip_suffix(verb).unwrap_or(pre);
        let end = ctx.clause_end(n.t.start);
        let phrase = ctx.slice(n.t.end, end);
        // `达到90%以上`: a bound is the figure's, no measure.
        let phrase = POST
            .iter()
            .find_map(|w| phrase.strip_prefix(w))
            .unwrap_or(phrase);
        let short = (1..=MAX_DONE_PHRASE).contains(&phrase.chars().count());
        if !percent || !short || !phrase.chars().all(is_cjk) || phrase.starts_with('的') {
            return None;
        }
        let subject = drop_lead_words(subject, false);
        Some(if names_something(&subject) {
            format!("{subject}{phrase}")
        } else {
            phrase.to_string()
        })
    }
}

/// `非房收入占区级收入比重占比` → `非房收入占区级收入比重`: a bare share word after a subject
/// that names its share (`…比重稳步提升，上半年度占比达到14%`) says it again.
pub(super) fn without_restated_share(label: String) -> String {
    let restated = SHARE_OF_WHOLE_WORDS.iter().find_map(|w| {
        let stem = label.strip_suffix(w)?;
        SHARE_OF_WHOLE_WORDS
            .iter()
            .any(|v| stem.ends_with(v))
            .then_some(stem.len())
    });
    match restated {
        Some(len) => label[..len].to_string(),
        None => label,
    }
}
