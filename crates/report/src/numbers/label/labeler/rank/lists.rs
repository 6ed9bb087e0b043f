//! Ranks of a list: a later rank of a list (`全国第三和第二位`, `全市第1位、全省第3位`), a rank
//! all the figures before it hold (`均居全市第一`), and counts of the items holding a position
//! (`4项第一、2项第二`).

use super::*;
use crate::numbers::lexicon::{GROWTH_DOWN, GROWTH_UP, ITEM_COUNTERS, RANK_COUNTERS};

impl Labeler<'_> {
    /// What the rank before `n` in its list ranks (its label without its scope and `排名`),
    /// when `n` is a later item of that list (`、` between them).
    pub(super) fn first_rank_of_list(&self, n: &Number) -> Option<String> {
        let j = n
            .prev_in_clause
            .filter(|&j| self.classes[j].kind == Some(NumberKind::Rank))?;
        let between = self
            .ctx
            .slice(self.tokens[j].end, n.c.seg_start.max(self.tokens[j].end));
        if !between.trim_start_matches(RANK_COUNTERS).starts_with('、') {
            return None;
        }
        let label = self.out[j].0.as_deref()?.strip_suffix("排名")?;
        let subject = RANK_SCOPES.iter().find_map(|s| label.strip_suffix(s))?;
        names_something(subject).then(|| subject.to_string())
    }

    /// `指标在全市排名4项第一、2项第二`: a count of the items holding the position right after it
    /// is labelled with that position; a later count of the list with the first one's words.
    pub(in crate::numbers::label::labeler) fn position_held(
        &self,
        n: &Number,
        label: &str,
    ) -> Option<String> {
        let next = self.tokens.get(n.k + 1)?;
        if next.shape != Shape::Rank || next.start != n.t.end || !is_item_count(n.t) {
            return None;
        }
        // After the count before, its position and a joiner: that count's words.
        let listed = n.k.checked_sub(2).and_then(|j| {
            let (count, position) = (&self.tokens[j], &self.tokens[j + 1]);
            let joined = ["、", "和", "及"].contains(&self.ctx.slice(position.end, n.t.start));
            if !joined || !is_item_count(count) || position.start != count.end {
                return None;
            }
            let first = self.out[j].0.as_deref()?;
            first
                .strip_suffix(self.ctx.slice(position.start, position.end))
                .map(str::to_string)
        });
        let own = listed.or_else(|| names_something(label).then(|| label.to_string()))?;
        Some(format!("{own}{}", self.ctx.slice(next.start, next.end)))
    }

    /// For rank `n` right after a count of items (`4项第一`), the count's words without the
    /// position (`“六位一体”指标在全市排名`).
    pub(super) fn items_at_position(&self, n: &Number) -> Option<String> {
        let j = n.k.checked_sub(1)?;
        let count = &self.tokens[j];
        if count.end != n.t.start || !is_item_count(count) {
            return None;
        }
        let label = self.out[j].0.as_deref()?;
        let position = self.ctx.slice(n.t.start, n.t.end);
        Some(label.strip_suffix(position).unwrap_or(label).to_string())
    }

    /// `生产总值增长4.5%，固定资产投资增长8.5%，均居全市第一方阵`: a rank that all the figures
    /// before it hold (`均`) ranks each of them: their subjects, listed, with the growth word
    /// they share when the rank's own words have none. Only for a run of at least two growths
    /// or rates (or of levels only) back to the sentence's start or its previous rank; a level
    /// among growths
    /// (`地区生产总值1781.8亿元、增长30%，均居西部第1`) is the subject they all describe.
    pub(super) fn ranked_list(&self, n: &Number, scope: &str) -> Option<String> {
        let lead = self.ctx.slice(n.c.seg_start, n.t.start);
        if !lead.contains('均') {
            return None;
        }
        let mut labels = Vec::new();
        // `新升规工业企业1797家，新增数字化转型企业1216家，均居全省第1`: levels of different
        // things rank each too, when no growth or rate is among them.
        let mut levels = None;
        // Near: a bound keeps a sentence of thousands of figures linear.
        for j in (n.k.saturating_sub(MAX_RANKED_ITEMS)..n.k).rev() {
            if self.ctx.clause_sentence[self.clause_of(j)] != n.sentence {
                break;
            }
            if !self.classes[j].is_indicator {
                continue;
            }
            let level = match self.classes[j].kind {
                Some(NumberKind::Growth | NumberKind::Rate) => false,
                Some(NumberKind::Amount | NumberKind::Target) => true,
                Some(NumberKind::Rank) => break,
                None => return None,
            };
            if *levels.get_or_insert(level) != level {
                return None;
            }
            labels.push(self.out[j].0.clone().filter(|l| names_something(l))?);
        }
        if labels.len() < 2 {
            return None;
        }
        labels.reverse();
        labels.dedup();
        // `…、增加值分别年均增长22.2%，16%，均排全区前列`: the items of one `分别` list (split
        // later) share its label: the list is ranked as it is written.
        if labels[0].contains("分别")
            && labels[1..]
                .iter()
                .all(|l| labels[0].starts_with(l.as_str()))
        {
            return Some(labels[0].replace("分别", ""));
        }
        // The growth word every item ends with is said once, at the end (or not at all when
        // the rank's own words carry one: `增幅均居…`).
        let shared = GROWTH_UP
            .iter()
            .chain(GROWTH_DOWN)
            .copied()
            .filter(|w| labels.iter().all(|l| l.ends_with(w)))
            .max_by_key(|w| w.len());
        let items: Vec<&str> = labels
            .iter()
            .map(|l| shared.map_or(l.as_str(), |w| &l[..l.len() - w.len()]))
            .collect();
        let word = match shared {
            Some(w) if remove_words(scope, growth_words()) == scope => w,
            _ => "",
        };
        Some(format!("{}{word}", items.join("、")))
    }
}

/// The most tokens back a rank held by all (`均居`) looks for the figures it ranks.
const MAX_RANKED_ITEMS: usize = 32;

/// Whether `t` counts items (`4项`, `3个`): digits and an item counter.
fn is_item_count(t: &Token) -> bool {
    t.unit
        .as_ref()
        .is_some_and(|u| u.written.chars().count() == 1 && u.written.starts_with(ITEM_COUNTERS))
}
