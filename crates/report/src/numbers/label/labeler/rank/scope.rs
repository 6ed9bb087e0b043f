//! The scope of a rank (`稳居全省前列` → `全省排名`): its own words without what names nothing
//! ranked (a verb of placing, the period, the examples before a class), the scope's `在` and
//! `的`, and the scope said before the ranking's word.

use super::*;
use crate::numbers::lexicon::{AWARD_ENDS, CATEGORY_COUNTERS, RANK_VERBS_AFTER_SCOPE};

impl Labeler<'_> {
    /// The scope in a rank's own words (`pre`, its verbs of placing gone): without the verbs
    /// of ranking and the group ranked in, and read as a scope (`全省排名`).
    pub(super) fn scope_words(&self, n: &Number, pre: &str) -> String {
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
        if scope.contains("的排") {
            scope.replace("的排位", "排位").replace("的排名", "排名")
        } else {
            scope
        }
    }
}

/// The rank's own words without what names nothing ranked: the opener of a from-to frame, the
/// period the rank is for, the examples before a class, a verb of placing right before the
/// place.
pub(super) fn without_placing_words(pre: &str) -> &str {
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
    RANK_VERBS_AFTER_SCOPE
        .iter()
        .filter(|_| !pre.ends_with("安排"))
        .find_map(|v| pre.strip_suffix(v))
        .unwrap_or(pre)
}

/// `分别排全区第2、第1` → `全区第2、第1`: a verb of placing before a whole scope (and a `分别`
/// before it) taken out, when there is one.
pub(super) fn without_verb_before_scope(pre: &str) -> Option<String> {
    RANK_VERBS_AFTER_SCOPE
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
        })
}

/// A rank's scope with a whole scope written after `排名` said before it.
pub(super) fn scope_before_ranking(scope: String) -> String {
    // `增速排名全市第二`, `增速排名全市县区第一`: the scope after `排名` (and the places
    // ranked among after it) reads as it does before it (`全市排名`, `全市县区排名`).
    match RANK_SCOPES
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

/// `由全省第6位上升到第5位`: the opener of a from-to frame before a rank's scope says where the
/// rank moved from, nothing ranked.
pub(in crate::numbers::label::labeler) fn without_from_opener(pre: &str) -> &str {
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
