//! The label of a rank: its scope, after what it ranks.

use super::*;
use crate::numbers::lexicon::{
    AWARD_ENDS, CATEGORY_COUNTERS, GROWTH_DOWN, GROWTH_RATE_WORDS, GROWTH_UP, ITEM_COUNTERS,
    RANKING_MOVES, RANK_COUNTERS, RANK_REGIONS, RANK_VERBS_AFTER_SCOPE,
};

/// Chars after `排` that make it another word (`排名`, `排位`, `排在`, `排放`): no placing verb
/// alone before a place.
const PAI_WORD_NEXT: &[char] = &['名', '位', '行', '在', '列', '放', '污', '水', '查'];

/// `…二等奖、…进步奖、全县社会事业先进奖` → `全县社会事业先进奖`: after a list of awards won, a
/// rank's words are the last item's.
fn after_listed_awards(pre: &str) -> &str {
    match pre.rsplit_once('、') {
        Some((list, last))
            if names_something(last) && AWARD_ENDS.iter().any(|a| list.ends_with(a)) =>
        {
            last
        }
        _ => pre,
    }
}

impl Labeler<'_> {
    /// A rank's label: its scope (`稳居全省前列` → `全省排名`), after the subject it ranks when
    /// it names none of its own.
    pub(super) fn rank_label(
        &self,
        n: &Number,
        pre: &str,
        relates_to: Option<usize>,
        related_subject: &Option<String>,
    ) -> String {
        // `指标在全市排名4项第一`: a count of the items holding the position right before it; what
        // they are and where they are placed are the count's words.
        let counted = self.items_at_position(n).filter(|_| pre.trim().is_empty());
        let pre = counted.as_deref().unwrap_or(pre);
        // `稳居全省前列` → `全省排名`: the verb of placing names nothing measured.
        let pre = without_from_opener(pre);
        // `前三季度增速居全省第1`: the period the rank is for names nothing ranked.
        let pre = strip_words(pre, LABEL_TIME_WORDS, &[]);
        let pre = after_listed_awards(pre);
        // `财政总收入、…等多项经济指标增速居金华前列`: the class counted after the examples is
        // what is ranked.
        let pre = after_listed_examples(pre).unwrap_or(pre);
        // `增幅全省排第7位`, `总量排第二`: a verb of placing right before the place; `分别排全区
        // 第2、第1`: or before a whole scope.
        let pre = RANK_VERBS_AFTER_SCOPE
            .iter()
            .filter(|_| !pre.ends_with("安排"))
            .find_map(|v| pre.strip_suffix(v))
            .unwrap_or(pre);
        let before_scope = RANK_VERBS_AFTER_SCOPE
            .iter()
            .filter(|v| pre.contains(**v))
            .find_map(|v| {
                let at = RANK_SCOPES
                    .iter()
                    .filter(|s| s.starts_with('全'))
                    .find_map(|s| pre.find(&format!("{v}{s}")))?;
                let head = &pre[..at];
                let head = head.strip_suffix("分别").unwrap_or(head);
                Some(format!("{head}{}", &pre[at + v.len()..]))
            });
        let pre = before_scope.as_deref().unwrap_or(pre);
        // `排湘潭市第一`: `排` (placed) before the place ranked among, no word of the scope.
        let placed_at = pre.strip_prefix('排').filter(|r| {
            (r.ends_with(PLACE_LEVEL_CHARS) || RANK_PLACE_KINDS.iter().any(|k| r.ends_with(k)))
                && !r.starts_with(PAI_WORD_NEXT)
        });
        let pre = placed_at.unwrap_or(pre);
        let scope = without_ranked_group(&remove_words(pre, rank_verbs()));
        // `在全国百强榜中攀升至第42位`: the `在…中` frame says where the list is, the list
        // names the ranking (`全国百强榜排名`).
        let framed = self.ctx.slice(n.c.seg_start, n.t.start).contains('在');
        let scope = match scope.strip_suffix('中') {
            // `梁村在区级竞赛中荣获第一名`: who is placed, then the list.
            Some(list) if framed && names_something(list) => match list.rsplit_once('在') {
                Some((who, list)) if names_something(list) => format!("{who}{list}"),
                _ => list.to_string(),
            },
            _ => scope,
        };
        // `增速在全省排名第8位`: a `在` that opens the scope only introduces it.
        let scope = without_scope_preposition(&scope);
        // `在全国城市的排位`: the `的` before the ranking's word only joins it.
        let scope = if scope.contains("的排") {
            scope.replace("的排位", "排位").replace("的排名", "排名")
        } else {
            scope
        };
        // `全国第三和第二位`: a bare later rank of a list shares the first one's label.
        if scope.trim().is_empty() {
            let first = n
                .prev_in_clause
                .filter(|&j| self.classes[j].kind == Some(NumberKind::Rank))
                .and_then(|j| self.out[j].0.clone());
            if let Some(first) = first {
                return first;
            }
        }
        // `增速排名全市第二`, `增速排名全市县区第一`: the scope after `排名` (and the places
        // ranked among after it) reads as it does before it (`全市排名`, `全市县区排名`).
        let scope = match RANK_SCOPES
            .iter()
            .filter(|s| s.starts_with('全'))
            .find_map(|s| {
                let at = scope.rfind(&format!("排名{s}"))?;
                let places = &scope[at + "排名".len() + s.len()..];
                (places.chars().count() <= MAX_PLACES_AFTER_SCOPE && places.chars().all(is_cjk))
                    .then(|| format!("{}{s}{places}排名", &scope[..at]))
            }) {
            Some(reordered) => reordered,
            None => scope,
        };
        let own = if scope.contains("排名") || scope.contains("排位") {
            scope.clone()
        } else {
            format!("{scope}排名")
        };
        // `增长11.4%、全省第一`, `增速全市第一`: a rank with no subject of its own ranks
        // the subject of the number it describes, else of the sentence's last number.
        // `总量居全国第二`: a generic head ranks the subject before it too.
        // `总量和增速均居全国第5位`: the joiner left between two removed words is no subject.
        let named = without_named_places(pre);
        let own_subject = if named.len() < pre.len() {
            remove_words(named, rank_and_growth_words())
        } else {
            remove_words(&scope, rank_and_growth_words())
        };
        let own_subject = own_subject.trim_matches([' ', '“', '”', '"', '和', '及', '、']);
        // `增速六区排名第1`: the places ranked among (`六区`) are scope, no subject.
        let own_subject = without_places_of_a_kind(without_numbered_places(own_subject));
        // `增速居温州第二`: a short name right after the placing verb is the place ranked
        // among (as `全省` is), no subject.
        let own_subject = if own_subject.chars().count() <= crate::numbers::scan::MAX_PLACE_NAME
            && (placed_at.is_some_and(|p| p.starts_with(own_subject))
                || RANK_VERBS.iter().any(|v| {
                    pre.strip_suffix(own_subject)
                        .is_some_and(|p| p.ends_with(v))
                })) {
            ""
        } else {
            own_subject
        };
        if own_subject.is_empty() {
            if let Some(listed) = self.ranked_list(n, &scope) {
                return format!("{listed}{own}");
            }
            // `数量居全市第1位、全省第3位`: a later rank of a list in another scope ranks what
            // the first one does.
            if let Some(first) = self.first_rank_of_list(n) {
                return format!("{first}{own}");
            }
        }
        // `列内地城市榜首`: a region before the places is scope too.
        let generic = own_subject.is_empty()
            || RANK_REGIONS.contains(&own_subject)
            || generic_head(own_subject).is_some()
            || generic_head(&remove_words(&scope, rank_words())).is_some();
        let borrowed = if has_subject(&scope, rank_and_growth_words()) && !generic {
            None
        } else {
            // `固定资产投资606亿元，总量全市第一`, `专项债券资金13.78亿元，居全市第一`: a rank
            // of a level ranks it whole (its label, not the owner of its generic head).
            let level_label = relates_to
                .and_then(|r| self.level_of(r))
                .and_then(|r| self.out[r].0.clone());
            // `总产值10.7亿元，增幅17%，居全市第3位`: a growth written as its rate's noun is
            // what the rank ranks (`…增幅全市排名`); after `增长17%` it is the level.
            let rate_label =
                n.k.checked_sub(1)
                    .filter(|&j| {
                        self.classes[j].kind == Some(NumberKind::Growth)
                            && self.ctx.clause_sentence[self.clause_of(j)] == n.sentence
                            && (Some(j) == relates_to || self.out[j].1 == relates_to)
                    })
                    .and_then(|j| self.out[j].0.clone())
                    .filter(|l| GROWTH_RATE_WORDS.iter().any(|w| l.ends_with(w)));
            // `全市主要经济指标保持中高速增长，稳居全省前列`: else the sentence's topic.
            rate_label
                .or(level_label)
                .or_else(|| related_subject.clone())
                .or_else(|| self.sentence_subject(n.sentence))
                .or_else(|| previous_clause_subject(self.ctx, self.tokens, n.clause))
                .map(|l| without_share_whole(l.as_str()))
        };
        match borrowed {
            Some(l) if !own.starts_with(l.as_str()) => joined(&l, &own),
            _ => own,
        }
    }

    /// What the rank before `n` in its list ranks (its label without its scope and `排名`),
    /// when `n` is a later item of that list (`、` between them).
    fn first_rank_of_list(&self, n: &Number) -> Option<String> {
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
    pub(super) fn position_held(&self, n: &Number, label: &str) -> Option<String> {
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

    /// The level number `r` is or describes: `r` when it is an amount, else what its growth or
    /// gap (`增长6.2%，增速高于全省0.6个百分点，总量…第28位`) describes, a few steps back.
    pub(super) fn level_of(&self, r: usize) -> Option<usize> {
        let mut r = r;
        for _ in 0..3 {
            let amount = matches!(
                self.classes[r].kind,
                Some(NumberKind::Amount | NumberKind::Target)
            );
            let gap = self.tokens[r]
                .unit
                .as_ref()
                .and_then(|u| u.base.as_deref())
                .is_some_and(crate::numbers::classify::is_point_unit);
            if amount && !gap {
                return Some(r);
            }
            if !amount && self.classes[r].kind != Some(NumberKind::Growth) && !gap {
                return None;
            }
            r = self.out[r].1?;
        }
        None
    }

    /// `生产总值增长4.5%，固定资产投资增长8.5%，均居全市第一方阵`: a rank that all the figures
    /// before it hold (`均`) ranks each of them: their subjects, listed, with the growth word
    /// they share when the rank's own words have none. Only for a run of at least two growths
    /// or rates (or of levels only) back to the sentence's start or its previous rank; a level
    /// among growths
    /// (`地区生产总值1781.8亿元、增长30%，均居西部第1`) is the subject they all describe.
    fn ranked_list(&self, n: &Number, scope: &str) -> Option<String> {
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

/// `PCT国际专利申请量占全市` → `PCT国际专利申请量`: a share's label names its whole after `占`;
/// what holds a place is the part.
fn without_share_whole(label: &str) -> String {
    match label.rsplit_once('占') {
        Some((part, _)) if names_something(part) => part.to_string(),
        _ => label.to_string(),
    }
}

/// `增速在全省排名` → `增速全省排名`: `在` before a rank scope only introduces it.
fn without_scope_preposition(scope: &str) -> String {
    let opens_scope = |(i, _): &(usize, char)| {
        let rest = &scope[i + '在'.len_utf8()..];
        // `增速在东部市县排名`: places of a kind before the ranking's word are a scope too.
        let places = rest.strip_suffix("排名").is_some_and(|p| {
            p.chars().count() <= crate::numbers::scan::MAX_PLACE_NAME + 2 && only_places(p)
        });
        RANK_SCOPES.iter().any(|w| rest.starts_with(w)) || places
    };
    match scope
        .char_indices()
        .filter(|&(_, c)| c == '在')
        .find(opens_scope)
    {
        Some((i, _)) => format!("{}{}", &scope[..i], &scope[i + '在'.len_utf8()..]),
        None => scope.to_string(),
    }
}

/// Whether `s` is only places of a kind, maybe after a region (`内地城市`, `同类城市`).
pub(super) fn only_places(s: &str) -> bool {
    let rest = without_places_of_a_kind(s);
    rest.len() < s.len() && (rest.is_empty() || RANK_REGIONS.contains(&rest))
}

/// `各县市` → ``: places of a kind (`各县市`, `同类城市`) that end `s` are the scope of a rank,
/// no subject.
fn without_places_of_a_kind(s: &str) -> &str {
    match RANK_PLACE_KINDS.iter().find_map(|k| s.strip_suffix(k)) {
        // `全区牧业旗县首位`: a word or two before the kind say which of its places.
        Some(rest) if rest.chars().count() <= MAX_PLACE_KIND_MODIFIER => "",
        Some(rest) => rest.strip_suffix('各').unwrap_or(rest),
        None => s,
    }
}

/// `总量稳居南宁市县域` → `总量`, `排南宁市县域` → ``: a place's short name (`南宁市`) and the
/// kind of its places right after the placing verb are the rank's scope, no subject.
fn without_named_places(scope: &str) -> &str {
    let Some(name_end) = RANK_PLACE_KINDS.iter().find_map(|k| scope.strip_suffix(k)) else {
        return scope;
    };
    if !name_end.ends_with(crate::numbers::lexicon::PLACE_LEVEL_CHARS) {
        return scope;
    }
    let verbs = || RANK_VERBS.iter().chain(RANK_VERBS_AFTER_SCOPE);
    name_end
        .char_indices()
        .rev()
        .take(crate::numbers::scan::MAX_PLACE_NAME)
        .map(|(i, _)| &name_end[..i])
        .filter(|head| name_end.len() - head.len() >= "南宁市".len())
        .find_map(|head| verbs().find_map(|v| head.strip_suffix(v)))
        .unwrap_or(scope)
}

/// The most chars of a modifier of a kind of places ranked among (`牧业旗县`, `山区县`).
const MAX_PLACE_KIND_MODIFIER: usize = 2;

/// The most tokens back a rank held by all (`均居`) looks for the figures it ranks.
const MAX_RANKED_ITEMS: usize = 32;

/// `六区` → ``, `增速六区` → `增速`: a number of places of one level that ends `s` is the scope of
/// a rank, no subject.
fn without_numbered_places(s: &str) -> &str {
    match crate::numbers::scan::numbered_places_len(s) {
        Some(len) => &s[..s.len() - len],
        None => s,
    }
}

/// `由全省第6位上升到第5位`: the opener of a from-to frame before a rank's scope says where the
/// rank moved from, nothing ranked.
pub(super) fn without_from_opener(pre: &str) -> &str {
    match pre.strip_prefix(FROM_OPENERS) {
        Some(rest) if RANK_SCOPES.iter().any(|s| rest.starts_with(s)) => rest,
        _ => pre,
    }
}

/// `A、B、C等多项经济指标增速` → `多项经济指标增速`: after examples listed before `等`, a class
/// counted (`多项`, `四项`, `3类`) names what they all are.
fn after_listed_examples(pre: &str) -> Option<&str> {
    let (examples, class) = pre.rsplit_once('等')?;
    let count = class.chars().next()?;
    let rest = &class[count.len_utf8()..];
    let counted =
        (count == '多' || count.is_ascii_digit() || crate::numbers::scan::is_cn_numeral(count))
            && CATEGORY_COUNTERS.iter().any(|c| rest.starts_with(c));
    (examples.contains('、') && counted && names_something(class)).then_some(class)
}

/// The most chars of the places ranked among after a scope (`全市县区`, `全区各镇`).
const MAX_PLACES_AFTER_SCOPE: usize = 4;

/// Whether `t` counts items (`4项`, `3个`): digits and an item counter.
pub(super) fn is_item_count(t: &Token) -> bool {
    t.unit
        .as_ref()
        .is_some_and(|u| u.written.chars().count() == 1 && u.written.starts_with(ITEM_COUNTERS))
}

/// `中部百强县排名再进位排名` → `中部百强县排名`: a ranking named with its move (`排名再进位，居
/// 53位`) is the rank's, said once.
pub(super) fn without_restated_ranking(label: String) -> String {
    const RANKING: &str = "排名";
    let Some(stem) = label.strip_suffix(RANKING) else {
        return label;
    };
    let Some(at) = stem.find(RANKING) else {
        return label;
    };
    let moved = &stem[at + RANKING.len()..];
    let moved = RANK_SCOPES
        .iter()
        .find_map(|s| moved.strip_suffix(s))
        .unwrap_or(moved);
    if RANKING_MOVES.contains(&moved) {
        stem[..at + RANKING.len()].to_string()
    } else {
        label
    }
}
