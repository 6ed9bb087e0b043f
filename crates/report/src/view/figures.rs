//! Key figures for the headline strip, chosen by rules over the parsed numbers (never by a
//! hand-written list).
//!
//! Candidates are indicators, those in summary parts first (then the other parts, when the
//! summary parts do not fill the strip), never the level a change starts from
//! (`由2010年的162.4亿元增加到…`: the level it reached stands for it). Within each group, in order:
//!
//! 1. growths paired with the amount they relate to (`relates_to`), shown as one figure:
//!    label `规上工业累计产值`, value `329.73亿元`, growth `▲4.1%`;
//! 2. rates;
//! 3. ranks that have a value (`第二`, not `前列`);
//! 4. growths not paired with an amount;
//! 5. the largest amounts by `base_value`, those with a 万/亿 unit or a base value of at least
//!    10000 first, one per section;
//! 6. targets, one per section.
//!
//! A first pass takes at most three figures each by rules 2–4, so a short strip still shows
//! amounts; a second pass without that cap fills what is left. Rules 1–4 keep text order. No number is used twice, and no (label, value) pair appears twice.

use crate::model::{Direction, NumberKind, NumberMention, PartKind, Report};
use crate::numbers::lexicon::{
    CHANGE_TO_WORDS, FROM_OPENERS, GROWTH_DOWN, GROWTH_UP, HEADLINE_INDICATORS,
    MAIN_INDICATOR_WORDS,
};

use super::cards::Card;

/// One figure of the headline strip.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyFigure {
    /// What is measured, in the report's words (`规上工业累计产值`).
    pub label: String,
    /// The value as written (`329.73亿元`).
    pub value_text: String,
    /// For an amount paired with its growth: the direction and the growth as written (`4.1%`).
    pub growth: Option<(Direction, String)>,
    /// Which rule chose it: `Growth` for an amount paired with its growth (and for a lone
    /// growth), else the kind of `number`.
    pub kind: NumberKind,
    /// Index into `Report::numbers` of the value shown (the amount, for a pair).
    pub number: usize,
    /// Index into `Report::numbers` of the paired growth.
    pub growth_number: Option<usize>,
    /// Id of the card the number is in (to scroll to).
    pub card_id: String,
    /// For a growth shown alone: whether it goes down (`投诉量下降42.5%`).
    pub down: bool,
}

impl KeyFigure {
    /// The kind as the strip names it: `下降` for a growth that goes down (alone or paired),
    /// else the kind's name (`增长`, `比率`, …).
    pub fn kind_word(&self) -> &'static str {
        let down = match &self.growth {
            Some((d, _)) => *d == Direction::Down,
            None => false,
        };
        if self.kind == NumberKind::Growth && (down || self.down) {
            "下降"
        } else {
            self.kind.name()
        }
    }

    /// The growth as shown on the strip: `▲4.1%` or `▼68.43%`.
    pub fn growth_text(&self) -> Option<String> {
        self.growth.as_ref().map(|(d, raw)| {
            let arrow = match d {
                Direction::Up => '▲',
                Direction::Down => '▼',
            };
            format!("{arrow}{raw}")
        })
    }
}

/// Chooses at most `max` key figures (see the module docs for the rules). `cards` must be
/// [`super::cards()`] of the same report.
pub fn key_figures(report: &Report, cards: &[Card], max: usize) -> Vec<KeyFigure> {
    let mut card_of_block: Vec<Option<&str>> = Vec::new();
    for c in cards {
        if card_of_block.len() <= c.block {
            card_of_block.resize(c.block + 1, None);
        }
        card_of_block[c.block] = Some(&c.id);
    }
    let card_id = |n: &NumberMention| card_of_block.get(n.block).copied().flatten();
    let change_starts = change_starts(report);
    let usable = |i: usize| {
        let n = &report.numbers[i];
        n.is_indicator && n.kind.is_some() && card_id(n).is_some() && !change_starts[i]
    };
    let summary: Vec<usize> = (0..report.numbers.len())
        .filter(|&i| usable(i) && report.numbers[i].part == PartKind::Summary)
        .collect();
    let rest: Vec<usize> = (0..report.numbers.len())
        .filter(|&i| usable(i) && report.numbers[i].part != PartKind::Summary)
        .collect();

    let mut picker = Picker {
        report,
        out: Vec::new(),
        used: Vec::new(),
        shown: Vec::new(),
        headlines: Vec::new(),
        main_spans: vec![None; report.blocks.len()],
        max,
    };
    // Headline indicators first (at most one figure each), then the other rules: first with
    // per-rule caps so the strip mixes kinds, then without to fill it.
    let card_of = |n: &NumberMention| card_id(n).unwrap_or_default().to_string();
    for pool in [&summary, &rest] {
        picker.headlines(pool, &card_of);
    }
    for capped in [true, false] {
        for pool in [&summary, &rest] {
            picker.pool(
                pool,
                &|n| card_id(n).unwrap_or_default().to_string(),
                capped,
            );
        }
    }
    picker.out
}

/// A label without its trailing change verb and basis: what is measured
/// (`地方财政总收入同比增长` → `地方财政总收入`).
fn indicator_key(label: &str) -> &str {
    let verbs = GROWTH_UP.iter().chain(GROWTH_DOWN);
    let mut key = label;
    for v in verbs {
        if let Some(k) = key.strip_suffix(v).filter(|k| !k.is_empty()) {
            key = k;
            break;
        }
    }
    for basis in ["同比", "环比", "年均"] {
        if let Some(k) = key.strip_suffix(basis).filter(|k| !k.is_empty()) {
            key = k;
        }
    }
    key
}

/// What makes number `i` a headline indicator, as a key shown once (`生产总值`): its label
/// names one of [`HEADLINE_INDICATORS`], or it follows the report's own `主要经济指标…`/
/// `主要预期目标是：…` in the same sentence (then its label is the key). `spans` holds each
/// block's such sentence once found ([`main_indicator_span`]).
fn headline_key(report: &Report, i: usize, spans: &mut [Option<MainSpan>]) -> Option<String> {
    let n = &report.numbers[i];
    // A rank without a place (`前列`) says too little to lead with.
    if n.kind == Some(NumberKind::Rank) && n.value.is_none() {
        return None;
    }
    let label = n.label.as_deref().unwrap_or("");
    if let Some(w) = HEADLINE_INDICATORS.iter().find(|w| label.contains(*w)) {
        return Some((*w).to_string());
    }
    if !is_meaningful_label(label) || label.contains("指标") {
        return None;
    }
    let block = report.blocks.get(n.block)?;
    let span = spans.get_mut(n.block)?;
    let (from, to) = (*span.get_or_insert_with(|| main_indicator_span(report.block_text(block))))?;
    let pos = n.offset.checked_sub(block.offset)?;
    (from < pos && pos < to).then(|| label.to_string())
}

/// Where a block's own list of main indicators runs, in chars: from its first
/// [`MAIN_INDICATOR_WORDS`] to that sentence's end; `None` when the block has none.
type MainSpan = Option<(usize, usize)>;

/// The [`MainSpan`] of a block's text: looked for once per block, so that a paragraph of
/// 20,000 figures is not searched once per figure.
fn main_indicator_span(text: &str) -> MainSpan {
    let at = MAIN_INDICATOR_WORDS
        .iter()
        .filter_map(|w| text.find(w))
        .min()?;
    let end = text[at..].find('。').map_or(text.len(), |e| at + e);
    Some((text[..at].chars().count(), text[..end].chars().count()))
}

/// For every number, whether it is where a change starts (`地区生产总值由2010年的162.4亿元增加到…`,
/// `从5.24亿元提高到…`): an earlier level, which the level it changed to stands for on the strip.
/// One pass over each block's text (numbers are in text order): a paragraph of 20,000 figures
/// must not be walked once per figure.
fn change_starts(report: &Report) -> Vec<bool> {
    let numbers = &report.numbers;
    let mut out = vec![false; numbers.len()];
    let mut cursor: Option<(usize, usize, usize)> = None; // (block, char, byte)
    for (i, n) in numbers.iter().enumerate() {
        let Some(block) = report.blocks.get(n.block) else {
            continue;
        };
        let Some(pos) = n.offset.checked_sub(block.offset) else {
            continue;
        };
        let text = report.block_text(block);
        let (mut at_char, mut at_byte) = match cursor {
            Some((b, c, y)) if b == n.block && c <= pos => (c, y),
            _ => (0, 0),
        };
        while at_char < pos {
            let Some(c) = text[at_byte..].chars().next() else {
                break;
            };
            at_byte += c.len_utf8();
            at_char += 1;
        }
        cursor = Some((n.block, at_char, at_byte));
        out[i] = at_char == pos && starts_a_change_at(text, at_byte, &n.raw);
    }
    out
}

/// Whether the number written `raw` at byte `at` of `text` is a change's starting level.
fn starts_a_change_at(text: &str, at: usize, raw: &str) -> bool {
    let is_clause_end = |c: char| matches!(c, '，' | '；' | '。' | '：' | ',' | ';');
    // Before: the opener, then at most a time (`2010年的`, `上年末的`).
    let before = text[..at].trim_end_matches('的');
    let before = before.trim_end_matches(|c: char| {
        c.is_ascii_digit() || matches!(c, '年' | '底' | '末' | '月' | '上' | '去')
    });
    if !before.ends_with(FROM_OPENERS) {
        return false;
    }
    // After: the change's verb leads to a second level in the same clause.
    let Some(after) = text.get(at + raw.len()..) else {
        return false;
    };
    let clause = after.find(is_clause_end).map_or(after, |e| &after[..e]);
    let verb = clause
        .find(|c: char| c.is_ascii_digit())
        .map_or(clause, |d| &clause[..d]);
    CHANGE_TO_WORDS.iter().any(|w| verb.contains(w))
}

/// Whether a label says something on its own: at least two CJK characters, not counting
/// function words such as `的` that a label can be cut down to.
fn is_meaningful_label(label: &str) -> bool {
    label
        .chars()
        .filter(|c| {
            ('\u{4e00}'..='\u{9fff}').contains(c) && !matches!(c, '的' | '了' | '和' | '及' | '与')
        })
        .count()
        >= 2
}

/// At most this many rates, ranks and lone growths each in the capped first pass.
const RULE_CAP: usize = 3;

struct Picker<'a> {
    report: &'a Report,
    out: Vec<KeyFigure>,
    // Short lists (a strip holds about ten figures): a linear scan, no hash set in the wasm.
    used: Vec<usize>,
    shown: Vec<String>,
    /// Headline indicators already shown (`生产总值`): one figure each.
    headlines: Vec<String>,
    /// Each block's [`MainSpan`], once looked for.
    main_spans: Vec<Option<MainSpan>>,
    max: usize,
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
    fn headlines(&mut self, pool: &[usize], card_id: &dyn Fn(&NumberMention) -> String) {
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
    fn pool(&mut self, pool: &[usize], card_id: &dyn Fn(&NumberMention) -> String, capped: bool) {
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

/// Formats a base value with 万/亿 and up to two decimals, then the unit:
/// `32973000000, 元` → `329.73亿元`, `16700, 宗` → `1.67万宗`, `2509` → `2509`.
pub fn format_base_value(v: f64, unit: Option<&str>) -> String {
    fn fixed(x: f64) -> String {
        let s = crate::numbers::units::format_fixed(x, 2);
        let s = s.trim_end_matches('0').trim_end_matches('.');
        if s == "-0" {
            "0".to_string()
        } else {
            s.to_string()
        }
    }
    let unit = unit.unwrap_or("");
    if !v.is_finite() {
        return format!("{v}{unit}");
    }
    // Pick the tier by the rounded value, so 99999999 becomes 1亿, not 10000万.
    let round2 = |x: f64| (x * 100.0).round() / 100.0;
    let (scaled, suffix) = if round2(v.abs() / 1e4) >= 1e4 {
        (v / 1e8, "亿")
    } else if round2(v.abs()) >= 1e4 {
        (v / 1e4, "万")
    } else {
        (v, "")
    };
    format!("{}{suffix}{unit}", fixed(scaled))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::cards::{cards, tests::sample};

    fn figures_of(text: &str) -> Vec<KeyFigure> {
        let r = crate::parse(text).unwrap();
        key_figures(&r, &cards(&r), 8)
    }

    #[test]
    fn headline_indicators_lead_with_their_own_growth() {
        let f = figures_of(
            "一、2023年工作回顾\n（一）经济\n产业发展。接待游客120万人次，增长180%。\
             地区生产总值完成235.2亿元，同比增长6.5%；城乡居民人均可支配收入分别达到41000元、23000元，分别增长5.8%、8.1%。\n\
             二、2024年主要目标任务\n（一）目标\n地区生产总值增长5.5%左右。\n",
        );
        let shown: Vec<(String, String, Option<String>)> = f
            .iter()
            .map(|f| (f.label.clone(), f.value_text.clone(), f.growth_text()))
            .collect();
        assert_eq!(shown[0].0, "地区生产总值");
        assert_eq!(shown[0].2.as_deref(), Some("▲6.5%"));
        // A 城乡 pair gives two figures, each amount with its own growth.
        assert!(
            shown.contains(&(
                "城镇居民人均可支配收入".into(),
                "41000元".into(),
                Some("▲5.8%".into())
            )),
            "{shown:?}"
        );
        assert!(
            shown.contains(&(
                "农村居民人均可支配收入".into(),
                "23000元".into(),
                Some("▲8.1%".into())
            )),
            "{shown:?}"
        );
        // One figure per indicator: the plan's GDP target does not repeat it.
        assert_eq!(
            shown.iter().filter(|s| s.0.contains("生产总值")).count(),
            1,
            "{shown:?}"
        );
    }

    #[test]
    fn the_level_a_change_starts_from_is_no_key_figure() {
        let f = figures_of(
            "一、工作回顾\n（一）经济\n综合实力增强。地区生产总值由2010年的162.4亿元增加到2015年的287.9亿元，\
             年均增长12.1%；公共预算支出从11.66亿元提高到29.33亿元。\n",
        );
        let values: Vec<&str> = f.iter().map(|f| f.value_text.as_str()).collect();
        assert!(values.contains(&"287.9亿元"), "{values:?}");
        assert!(values.contains(&"29.33亿元"), "{values:?}");
        assert!(!values.contains(&"162.4亿元"), "{values:?}");
        assert!(!values.contains(&"11.66亿元"), "{values:?}");
    }

    #[test]
    fn decreases_are_named_as_such() {
        let f = figures_of("一、2023年工作回顾\n（一）信访\n信访稳定。投诉量同比下降42.5%。\n");
        let fig = f.iter().find(|f| f.value_text == "42.5%").unwrap();
        assert!(fig.down);
        assert_eq!(fig.kind_word(), "下降");
    }

    #[test]
    fn formats_base_values() {
        assert_eq!(
            format_base_value(32_973_000_000.0, Some("元")),
            "329.73亿元"
        );
        assert_eq!(format_base_value(16_700.0, Some("宗")), "1.67万宗");
        assert_eq!(format_base_value(2509.0, None), "2509");
        assert_eq!(format_base_value(0.5, Some("%")), "0.5%");
        assert_eq!(format_base_value(99_999_999.0, None), "1亿");
        assert_eq!(format_base_value(9_999.999, None), "1万");
        assert_eq!(format_base_value(100_000_000.0, Some("元")), "1亿元");
        assert_eq!(format_base_value(-16_700.0, None), "-1.67万");
        assert_eq!(format_base_value(0.0, None), "0");
    }

    #[test]
    fn rules_on_a_sample() {
        let mut r = sample();
        let set = |n: &mut NumberMention, value: f64, unit: &str, base: f64, label: &str| {
            n.value = Some(value);
            n.unit = Some(unit.into());
            n.base_value = Some(base);
            n.label = Some(label.into());
        };
        set(&mut r.numbers[1], 329.73, "亿元", 32_973_000_000.0, "产值");
        r.numbers[2].relates_to = Some(1);
        r.numbers[2].label = Some("产值同比增长".into());
        set(&mut r.numbers[3], 2509.0, "家次", 2509.0, "走访企业");
        set(&mut r.numbers[4], 24.0, "家", 24.0, "建成养老驿站");
        r.numbers[5].value = Some(2.0);
        r.numbers[5].label = Some("全区排名".into());
        for n in &mut r.numbers[1..6] {
            n.section = Some(if n.block == 7 { 2 } else { 1 });
        }
        let plan = &mut r.numbers[6];
        plan.part = PartKind::Plan;
        plan.part_index = 2;
        plan.section = Some(1);
        plan.label = Some("新增企业".into());
        let cs = cards(&r);
        let figs = key_figures(&r, &cs, 8);
        let got: Vec<(&str, &str, Option<String>, &str)> = figs
            .iter()
            .map(|f| {
                (
                    f.label.as_str(),
                    f.value_text.as_str(),
                    f.growth_text(),
                    f.card_id.as_str(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("产值", "329.73亿元", Some("▲4.1%".to_string()), "1-1-1"),
                ("全区排名", "第二", None, "1-2-1"),
                // Amounts: one per section, biggest first (2509 in section 1; 24 in section 2).
                ("走访企业", "2509家次", None, "1-1-2"),
                ("建成养老驿站", "24家", None, "1-2-1"),
                ("新增企业", "100家", None, "2-1-1"),
            ]
        );
        assert_eq!(figs[0].number, 1);
        assert_eq!(figs[0].growth_number, Some(2));
        assert_eq!(key_figures(&r, &cs, 2).len(), 2);
        assert!(key_figures(&r, &cs, 0).is_empty());
    }
}
