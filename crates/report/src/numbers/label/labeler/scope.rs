//! What the words around a number say of whose it is: the part of the place a sentence is
//! about (`天易经开区实现…`), the thing a paragraph's lead names (`该项目`), the rank or growth rate
//! a change moves (`较上年前移2位`, `较上年提高0.3个百分点`), the ordinals and ages inside a
//! count's words, the words a label is left without (`在…下`, a place's light verb), and a
//! rank's scope without the group it is taken in (`全市6县市` → `全市`).

use super::*;

impl Labeler<'_> {
    /// `天易经开区实现技工贸总收入1200亿元；完成地区生产总值430亿元`: a sentence about a part of
    /// the place (a development zone, a park) measures that part throughout; the light verb only
    /// joins the part to its measure. `None` when the sentence names no part.
    pub(super) fn of_a_part_of_the_place(&self, n: &Number, label: &str) -> Option<String> {
        let unit = self.sentence_sub_unit(n.t.start)?;
        let scoped = LABEL_SCOPES.iter().any(|s| label.starts_with(s))
            || SELF_REFERENCES.iter().any(|s| label.starts_with(s));
        let mut label = label.to_string();
        if !label.is_empty() && !label.contains(unit.as_str()) && !scoped {
            label = format!("{unit}{label}");
        }
        let measure = label.strip_prefix(unit.as_str()).and_then(|rest| {
            INNER_LIGHT_VERBS
                .iter()
                .find_map(|v| rest.strip_prefix(v))
                .filter(|m| names_something(m))
        });
        if let Some(m) = measure {
            label = format!("{unit}{m}");
        }
        Some(label)
    }

    /// `3-11岁人群第一针累计接种35649人`: an ordinal (`第一针`) and a class's age (`3-11岁人群`)
    /// right before the words of `n`, no measures, are words of it; the first of them, from
    /// `j` (the token before `n`) back, if any.
    pub(super) fn words_of_people_or_turn(&self, n: &Number, j: usize) -> Option<usize> {
        let (ctx, tokens) = (self.ctx, self.tokens);
        let word = |i: usize| {
            let t = &tokens[i];
            let age = t
                .unit
                .as_ref()
                .and_then(|u| u.base.as_deref())
                .is_some_and(|b| AGE_UNITS.contains(&b));
            !self.classes[i].is_indicator
                && (t.shape == Shape::Ordinal || age)
                && self.clause_of(i) == n.clause
                && ctx.chars.get(t.end).is_some_and(|&c| is_cjk(c))
        };
        let mut first = None;
        let mut i = j;
        while word(i) {
            first = Some(i);
            match i.checked_sub(1) {
                Some(p) => i = p,
                None => break,
            }
        }
        first
    }

    /// `该项目占地` → `酒村净菜加工项目占地`: a label opening with `该` and a noun the block's
    /// lead (`（四）酒村净菜加工项目：…`) or topic title ends with names that thing.
    pub(super) fn referred_by_gai(&self, label: &str) -> Option<String> {
        let rest = label.strip_prefix(REFERRING_GAI)?;
        let lead = self
            .topic
            .map(str::to_string)
            .or_else(|| block_lead(self.ctx))?;
        let noun: String = rest.chars().take(REFERRED_NOUN_CHARS).collect();
        (noun.chars().count() == REFERRED_NOUN_CHARS && lead.ends_with(noun.as_str()))
            .then(|| format!("{lead}{}", &rest[noun.len()..]))
    }

    /// The part of the place the sentence (to a full stop: `；` joins clauses of one) holding
    /// `pos` opens with, when it is one (`天易经开区实现…`): a name ending in [`SUB_UNIT_ENDS`]
    /// at the start of its first clause, before a light verb (what the part achieved).
    pub(super) fn sentence_sub_unit(&self, pos: usize) -> Option<String> {
        let ctx = self.ctx;
        // Back over the clauses `，` and `；` part, to the one after a full stop.
        let mut c = *ctx.clause.get(pos)?;
        while c > 0
            && ctx
                .chars
                .get(ctx.clause_range[c - 1].1)
                .is_some_and(|&e| !matches!(e, '。' | '！' | '？' | '!' | '?' | '\n'))
        {
            c -= 1;
        }
        // `其中，2021年洋浦经济开发区主要经济指标成绩喜人，…`: past a clause of only `其中`, and
        // the year the sentence is of.
        if ctx
            .slice(ctx.clause_range[c].0, ctx.clause_range[c].1)
            .trim()
            == PART_OF_WHOLE
            && c + 1 < ctx.clause_range.len()
        {
            c += 1;
        }
        let (start, end) = ctx.clause_range[c];
        let clause = ctx.slice(start, end).trim_start();
        let clause = without_leading_year(clause);
        // The name ends where a light verb starts, a few chars in, or the words that say its
        // figures follow (`主要经济指标`).
        let (name_end, _) = clause
            .char_indices()
            .take(MAX_SUB_UNIT_NAME + 1)
            .skip(1)
            .find(|&(i, _)| {
                INNER_LIGHT_VERBS
                    .iter()
                    .chain(FIGURES_FOLLOW)
                    .any(|v| clause[i..].starts_with(v))
            })?;
        let name = &clause[..name_end];
        let named = SUB_UNIT_ENDS.iter().any(|e| name.ends_with(e))
            && name.len() > SUB_UNIT_ENDS.iter().map(|e| e.len()).min().unwrap_or(0)
            && name.chars().all(is_cjk)
            && !name.starts_with(['全', '我', '各', '该']);
        named.then(|| name.to_string())
    }

    /// `…排名全省第4，较上年前移2位` → `…全省排名较上年前移`: a growth in places (`位`) with no
    /// subject of its own, right after a rank of the sentence, moves that rank.
    pub(super) fn rank_moved(&self, n: &Number) -> Option<String> {
        let in_places =
            n.t.unit.as_ref().and_then(|u| u.base.as_deref()) == Some(RANK_PLACES_MOVED);
        if n.kind != NumberKind::Growth || !in_places {
            return None;
        }
        let j = n.k.checked_sub(1)?;
        let rank = self.classes[j].kind == Some(NumberKind::Rank)
            && self.ctx.clause_sentence[self.clause_of(j)] == n.sentence;
        let own = strip_label(self.ctx.slice(n.c.seg_start, n.c.core_end));
        if !rank || has_subject(&own, growth_words()) {
            return None;
        }
        let ranked = self.out[j].0.clone().filter(|l| names_something(l))?;
        Some(format!("{ranked}{own}"))
    }

    /// `一般公共预算收入增长3.8%，较上年提高0.3个百分点` → `一般公共预算收入增长较上年提高`: a
    /// change in points with no subject of its own, right after a growth in percent, changes
    /// that growth's rate.
    pub(super) fn rate_moved(&self, n: &Number) -> Option<String> {
        if n.kind != NumberKind::Growth {
            return None;
        }
        if !is_point_change(n.t) {
            return self.level_moved(n);
        }
        let (j, own) = self.comparison_after_a_growth(n)?;
        let rate = self.out[j].0.clone().filter(|l| names_something(l))?;
        Some(format!("{rate}{own}"))
    }

    /// `一般公共预算收入年均增速达到10.8%，比“十二五”末增加242亿元` → `一般公共预算收入比“十二五”末
    /// 增加`: a change in the measure's own unit with only a comparison for words, right after a
    /// growth in percent, changes the level that growth is of.
    fn level_moved(&self, n: &Number) -> Option<String> {
        let unit = n.t.unit.as_ref().and_then(|u| u.base.as_deref())?;
        if matches!(unit, "%" | "％") {
            return None;
        }
        let (j, own) = self.comparison_after_a_growth(n)?;
        let level = self.out[j]
            .0
            .as_deref()
            .map(growth_subject)
            .filter(|l| names_something(l))?;
        Some(format!("{level}{own}"))
    }

    /// The growth in percent right before `n` in its sentence, and `n`'s own words, when they
    /// are only a comparison (`较上年提高`, `比“十二五”末增加`) and name no subject.
    fn comparison_after_a_growth(&self, n: &Number) -> Option<(usize, String)> {
        let j = n.k.checked_sub(1)?;
        let percent = self.tokens[j]
            .unit
            .as_ref()
            .and_then(|u| u.base.as_deref())
            .is_some_and(|b| matches!(b, "%" | "％"));
        let growth = self.classes[j].kind == Some(NumberKind::Growth)
            && percent
            && self.ctx.clause_sentence[self.clause_of(j)] == n.sentence;
        let own = strip_label(self.ctx.slice(n.c.seg_start, n.c.core_end));
        let compared = COMPARISON_OPENERS.iter().any(|c| own.starts_with(*c));
        if !growth || !compared || has_subject(without_year_basis(&own), growth_words()) {
            return None;
        }
        Some((j, own))
    }
}

/// `到上半年`, `再到前三季度`: a step of a course that names only the period it reaches.
pub(super) fn is_later_step(label: &str) -> bool {
    let s = STEP_ADVERBS
        .iter()
        .find_map(|a| label.strip_prefix(a))
        .unwrap_or(label);
    CHANGE_TO_WORDS
        .iter()
        .filter_map(|w| s.strip_prefix(w))
        .any(|rest| YEAR_PERIODS.contains(&rest.strip_suffix('的').unwrap_or(rest)))
}

/// The unit of places a rank moved (`前移2位`).
const RANK_PLACES_MOVED: &str = "位";

/// The most chars of the name of a part of the place (`湘潭天易经开区`).
const MAX_SUB_UNIT_NAME: usize = 10;

/// `相沟镇实现一般公共预算收入` → `相沟镇一般公共预算收入`: a place's name (a few chars ending in
/// a level, `镇`, `县`, or a zone's end), a light verb, then what is measured.
pub(super) fn without_place_light_verb(label: &str) -> Option<String> {
    // Most labels hold no light verb: one char search first.
    let at = label.find(['实', '完'])?;
    let verb = INNER_LIGHT_VERBS
        .iter()
        .find(|v| label[at..].starts_with(**v))?;
    let (place, rest) = (&label[..at], &label[at + verb.len()..]);
    let n = place.chars().count();
    let named = (2..=MAX_SUB_UNIT_NAME).contains(&n)
        && place.chars().all(is_cjk)
        && !place.starts_with(['全', '我', '各', '该'])
        && (place.ends_with(PLACE_LEVEL_CHARS) || SUB_UNIT_ENDS.iter().any(|e| place.ends_with(e)));
    (named && names_something(rest)).then(|| format!("{place}{rest}"))
}

/// `总量占全区` → `占全区`: the share after a generic head (`总量`, `规模`) that opens the words.
pub(super) fn head_share(pre: &str) -> Option<&str> {
    GENERIC_HEADS
        .iter()
        .find_map(|h| pre.strip_prefix(h))
        .filter(|rest| rest.starts_with('占'))
}

/// `外贸进出口总额在高基数下` → `外贸进出口总额`: a label that ends in circumstances (`在…下`,
/// a few words) without them.
pub(super) fn without_circumstances(label: &str) -> Option<String> {
    let body = label.strip_suffix(CIRCUMSTANCE_END)?;
    let at = body.rfind(CIRCUMSTANCE_OPEN)?;
    let (before, inside) = (&body[..at], &body[at + CIRCUMSTANCE_OPEN.len_utf8()..]);
    let short = (1..=MAX_CIRCUMSTANCE_CHARS).contains(&inside.chars().count());
    (short && names_something(before)).then(|| before.to_string())
}

/// `在…下`: under what circumstances.
const CIRCUMSTANCE_OPEN: char = '在';
const CIRCUMSTANCE_END: char = '下';
const MAX_CIRCUMSTANCE_CHARS: usize = 8;

/// `该` pointing back at a thing named before (`该项目`).
const REFERRING_GAI: char = '该';

/// The chars of the noun after `该` (`项目`, `工程`, `园区`).
const REFERRED_NOUN_CHARS: usize = 2;

/// The most chars of a block's lead before its colon.
const MAX_BLOCK_LEAD: usize = 30;

/// `（四）酒村净菜加工项目：该项目…` → `酒村净菜加工项目`: the words before a colon that opens the
/// block, without the list's item number.
fn block_lead(ctx: &Context) -> Option<String> {
    let colon = ctx
        .chars
        .iter()
        .take(MAX_BLOCK_LEAD)
        .position(|&c| c == '：' || c == ':')?;
    let lead = ctx.slice(0, colon).trim();
    let lead = match lead.strip_prefix(['(', '（']) {
        Some(rest) => rest.split_once([')', '）']).map_or(lead, |(_, r)| r),
        None => lead,
    };
    let lead = lead.trim_start_matches(|c: char| {
        c.is_ascii_digit()
            || crate::numbers::scan::is_cn_numeral(c)
            || matches!(c, '、' | '.' | '．')
    });
    names_something(lead).then(|| lead.to_string())
}

/// A rank's scope without the group it is taken in (`全市6县市` → `全市`, `全国15个同类城市中`
/// → `全国同类城市`): the group's size says among how many, not what is ranked; a kind counted
/// with its counter names the places compared.
pub(super) fn without_ranked_group(scope: &str) -> String {
    // `居三县之首`: `之` only joins the places to their head.
    let scope = scope.strip_suffix('之').unwrap_or(scope);
    // `在全市10个镇街中排名第一`: the ranking's word after the group stays after it.
    let (scope_words, ranking) = ["排名", "排位"]
        .iter()
        .find_map(|w| scope.strip_suffix(w).map(|s| (s, *w)))
        .unwrap_or((scope, ""));
    let among = scope_words
        .strip_suffix("之中")
        .or_else(|| scope_words.strip_suffix('中'))
        .unwrap_or(scope_words);
    for kind in RANK_PLACE_KINDS {
        if let Some(rest) = among.strip_suffix(kind) {
            if let Some(counted) = rest.strip_suffix('个') {
                let size = counted.trim_end_matches(|c: char| c.is_ascii_digit());
                if size.len() < counted.len() {
                    return format!("{size}{kind}{ranking}");
                }
            }
            let size = rest.trim_end_matches(|c: char| c.is_ascii_digit());
            if size.len() < rest.len() {
                return format!("{size}{ranking}");
            }
        }
    }
    scope.to_string()
}

/// Words after a part's name that say its figures follow (`洋浦经济开发区主要经济指标成绩喜人`).
const FIGURES_FOLLOW: &[&str] = &["主要经济指标", "经济指标", "主要指标", "各项指标"];

/// `2021年洋浦…` → `洋浦…`: a clause without the year it opens with.
fn without_leading_year(clause: &str) -> &str {
    let digits = clause.bytes().take_while(u8::is_ascii_digit).count();
    match clause[digits..].strip_prefix('年') {
        Some(rest) if digits == 4 => rest,
        _ => clause,
    }
}
