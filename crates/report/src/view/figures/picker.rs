//! The rules of the strip run over one pool of candidates, in order, until the strip is full:
//! headline indicators first, then pairs, rates, ranks, lone growths, amounts and targets.

use super::keys::{headline_key, indicator_key, is_meaningful_label, MainSpan};
use super::KeyFigure;
use crate::model::{Direction, NumberKind, NumberMention, Report};

/// At most this many rates, ranks and lone growths each in the capped first pass.
const RULE_CAP: usize = 3;

pub(super) struct Picker<'a> {
    pub(super) report: &'a Report,
    pub(super) out: Vec<KeyFigure>,
    // Short lists (a strip holds about ten figures): a linear scan, no hash set in the wasm.
    pub(super) used: Vec<usize>,
    pub(super) shown: Vec<String>,
    /// Headline indicators already shown (`生产总值`): one figure each.
    pub(super) headlines: Vec<String>,
    /// Each block's [`MainSpan`], once looked for.
    pub(super) main_spans: Vec<Option<MainSpan>>,
    pub(super) max: usize,
}

impl Picker<'_> {
    fn full(&self) -> bool {
        self.out.len() >= self.max
    }

    fn label(&self, i: usize) -> Option<String> {
        let n = &self.report.numbers[i];
        n.label
            .clone()
            .or_else(|| n.topic.clone())
            .filter(|l| is_meaningful_label(l))
    }

    fn push(&mut self, fig: KeyFigure) -> bool {
        // One figure per indicator: a label shown once, whatever the value (`地方财政总收入增长`
        // and `地方财政总收入` are one indicator).
        let key = indicator_key(&fig.label);
        if self.full() || self.shown.iter().any(|k| k == key) {
            return false;
        }
        self.shown.push(key.to_string());
        self.used.push(fig.number);
        if let Some(g) = fig.growth_number {
            self.used.push(g);
        }
        self.out.push(fig);
        true
    }

    /// Rule 0: the report's headline indicators, in text order, one figure each: an amount
    /// with its own growth (the growth's `relates_to`), else the number alone.
    pub(super) fn headlines(&mut self, pool: &[usize], card_id: &dyn Fn(&NumberMention) -> String) {
        let numbers = &self.report.numbers;
        for &i in pool {
            if self.full() {
                return;
            }
            let Some(word) = headline_key(self.report, i, &mut self.main_spans) else {
                continue;
            };
            if self.headlines.contains(&word) || self.used.contains(&i) {
                continue;
            }
            let n = &numbers[i];
            // A growth stands for its amount when it relates to one.
            let (amount, growth) = match n.kind {
                Some(NumberKind::Growth) => match n.relates_to {
                    Some(a) if self.pairs(a, i) => (a, Some(i)),
                    _ => (i, None),
                },
                Some(NumberKind::Amount) => {
                    let g = pool.iter().copied().find(|&g| {
                        numbers[g].kind == Some(NumberKind::Growth)
                            && numbers[g].relates_to == Some(i)
                            && !self.used.contains(&g)
                    });
                    (i, g)
                }
                _ => (i, None),
            };
            let pushed = match growth {
                Some(g) => self.pair(amount, g, card_id),
                None => self.single(amount, card_id),
            };
            if pushed {
                self.headlines.push(word);
            }
        }
    }

    /// Whether amount `a` and growth `g` can be shown as one figure.
    fn pairs(&self, a: usize, g: usize) -> bool {
        let numbers = &self.report.numbers;
        a < numbers.len()
            && numbers[a].is_indicator
            && numbers[a].kind == Some(NumberKind::Amount)
            && numbers[g].kind == Some(NumberKind::Growth)
            && !self.used.contains(&a)
            && !self.used.contains(&g)
    }

    /// Amount `a` shown with its growth `g`.
    fn pair(&mut self, a: usize, g: usize, card_id: &dyn Fn(&NumberMention) -> String) -> bool {
        let numbers = &self.report.numbers;
        let Some(label) = self.label(a).or_else(|| self.label(g)) else {
            return false;
        };
        let (am, gm) = (&numbers[a], &numbers[g]);
        self.push(KeyFigure {
            label,
            value_text: am.raw.clone(),
            growth: Some((gm.direction.unwrap_or(Direction::Up), gm.raw.clone())),
            kind: NumberKind::Growth,
            number: a,
            growth_number: Some(g),
            card_id: card_id(am),
            down: false,
        })
    }

    fn single(&mut self, i: usize, card_id: &dyn Fn(&NumberMention) -> String) -> bool {
        if self.used.contains(&i) {
            return false;
        }
        let Some(label) = self.label(i) else {
            return false;
        };
        let n = &self.report.numbers[i];
        let Some(kind) = n.kind else {
            return false;
        };
        self.push(KeyFigure {
            label,
            value_text: n.raw.clone(),
            growth: None,
            kind,
            number: i,
            growth_number: None,
            card_id: card_id(n),
            down: n.direction == Some(Direction::Down),
        })
    }

    /// Runs the rules over `pool`. When `capped`, rules 2–4 take at most [`RULE_CAP`] figures
    /// each, so that amounts also get a place on a short strip.
    pub(super) fn pool(
        &mut self,
        pool: &[usize],
        card_id: &dyn Fn(&NumberMention) -> String,
        capped: bool,
    ) {
        let numbers = &self.report.numbers;
        let kind_of = |i: usize| numbers[i].kind;
        // 1. Growths paired with their amount.
        for &g in pool {
            if self.full() {
                return;
            }
            let Some(a) = numbers[g].relates_to else {
                continue;
            };
            if self.pairs(a, g) {
                self.pair(a, g, card_id);
            }
        }
        // 2. Rates; 3. ranks with a value; 4. lone growths.
        for (kind, need_value) in [
            (NumberKind::Rate, false),
            (NumberKind::Rank, true),
            (NumberKind::Growth, false),
        ] {
            let mut taken = 0;
            for &i in pool {
                if self.full() {
                    return;
                }
                if capped && taken >= RULE_CAP {
                    break;
                }
                if kind_of(i) == Some(kind)
                    && (!need_value || numbers[i].value.is_some())
                    && self.single(i, card_id)
                {
                    taken += 1;
                }
            }
        }
        // 5. Largest amounts, one per section; 6. targets, one per section.
        for kind in [NumberKind::Amount, NumberKind::Target] {
            let mut candidates: Vec<usize> = pool
                .iter()
                .copied()
                .filter(|&i| {
                    let n = &numbers[i];
                    kind_of(i) == Some(kind)
                        && !self.used.contains(&i)
                        && (kind == NumberKind::Target || n.base_value.is_some_and(|v| v > 0.0))
                })
                .collect();
            if kind == NumberKind::Amount {
                let big = |i: usize| {
                    let n = &numbers[i];
                    n.unit
                        .as_deref()
                        .is_some_and(|u| u.starts_with('万') || u.starts_with('亿'))
                        || n.base_value.is_some_and(|v| v >= 10_000.0)
                };
                // Big amounts first, then larger values first (the key's lowest bit dropped:
                // values one unit in the last place apart keep their order).
                crate::sort::sort_by_key(&mut candidates, |&i| {
                    let value = crate::sort::f64_key(numbers[i].base_value.unwrap_or(0.0));
                    (u64::from(!big(i)) << 63) | (!value >> 1)
                });
            }
            let mut sections: Vec<(usize, Option<usize>)> = Vec::new();
            for i in candidates {
                if self.full() {
                    return;
                }
                let key = (numbers[i].part_index, numbers[i].section);
                if !sections.contains(&key) && self.single(i, card_id) {
                    sections.push(key);
                }
            }
        }
    }
}
