//! The noun phrase after a number's `的` (`投资5.2亿元的污水处理厂三期工程`): the owner of a
//! generic head, or the thing a measure is of.

use crate::numbers::context::Context;
use crate::numbers::label::edges::strip_label;
use crate::numbers::label::words::{cut_before, earliest, names_something};
use crate::numbers::lexicon::{
    CAPACITY_WORDS, CN_MEASURES, COURSE_AFTER_COUNT, DE_VERBS, INVESTMENT_HEADS,
    ITEM_JOINERS_INSIDE, OWNER_HEADS, PLACE_ENDS, POST, PREDICATE_AFTER_COUNT,
};
use crate::numbers::scan::Token;

/// The most chars of a `的` phrase read for its owner.
const MAX_OWNER_CHARS: usize = 40;

/// `投资5.2亿元的污水处理厂三期工程…`, `16.9万平方米的绿化任务`: the noun phrase after the
/// number's `的`, within its list item (up to `、` or `和`; a number inside is the thing's spec:
/// `日处理80吨污泥焚烧厂`), up to the last word
/// that heads a project or place ([`OWNER_HEADS`]), else up to what is said of it
/// (`23万平方米的建材城完工`). A closing `等项目` sums the list up and is left out.
pub(in crate::numbers::label) fn phrase_after_de(
    ctx: &Context,
    t: &Token,
    next: Option<&Token>,
) -> Option<String> {
    let p = de_after(ctx, t.end, true)?;
    let end = ctx
        .clause_end(t.start)
        .min(p + 1 + MAX_OWNER_CHARS)
        .min(ctx.chars.len());
    let mut s = ctx.slice(p + 1, end);
    // `投资5642万元的日处理80吨污泥焚烧厂`: a capacity is the facility's spec, not its name.
    if let (Some(cap), Some(u)) = (CAPACITY_WORDS.iter().find(|c| s.starts_with(*c)), next) {
        if u.start == p + 1 + cap.chars().count() && u.end < end {
            s = ctx.slice(u.end, end);
        }
    }
    // `52亿元的34个配套项目`: a count right after `的` is the phrase's own number.
    // Its counter only after digits: `项目` is no counter `项` and a noun.
    let digits = s.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    let s = match digits.len() < s.len() {
        true => digits
            .strip_prefix(|c: char| CN_MEASURES.contains(c))
            .unwrap_or(digits),
        false => s,
    };
    // The next item starts after `、` or `和` when it is another `N的…` (`300亩的颛顼公园和占地600亩
    // 的孝义公园`; not `两岸及城市重点区域亮化照明工程`, `主城区、两河圣山景区和东山组团绿化工程`).
    let next_item = next.filter(|u| u.start < end && de_after(ctx, u.end, false).is_some());
    let s = match next_item {
        Some(_) => earliest(s, &[&["、"], ITEM_JOINERS_INSIDE], 1).map_or(s, |i| &s[..i]),
        None => s,
    };
    // `…的矿山弃渣综合回收利用项目、投资3000万元铅锌矿采选项目`: an item with its own
    // investment starts after `、`.
    let s = s
        .match_indices('、')
        .find(|&(i, _)| {
            INVESTMENT_HEADS
                .iter()
                .any(|h| s[i + '、'.len_utf8()..].starts_with(h))
        })
        .map_or(s, |(i, _)| &s[..i]);
    let s = match OWNER_HEADS
        .iter()
        .filter_map(|h| s.rfind(h).map(|i| i + h.len()))
        .max()
    {
        Some(e) => &s[..e],
        None => cut_before(s, &[PREDICATE_AFTER_COUNT, COURSE_AFTER_COUNT], 2),
    };
    let s = match s.rfind('等') {
        Some(i) if s[i..].chars().count() <= 3 => &s[..i],
        _ => s,
    };
    // `乡村美丽宜居二期工程-斜蚌线提升改造工程`: the project a dash names within a larger one.
    let s = match s.rsplit_once(['-', '－', '—']) {
        Some((_, part))
            if names_something(part) && OWNER_HEADS.iter().any(|h| part.ends_with(h)) =>
        {
            part
        }
        _ => s,
    };
    let phrase = strip_label(s);
    let phrase = shared_work(&phrase).unwrap_or(phrase);
    names_something(&phrase).then_some(phrase)
}

/// `主城区、两河圣山景区和东山组团绿化工程` → `绿化工程`: a list of places that share one
/// project is that project; the places say where. `None` when the phrase is no such list.
fn shared_work(phrase: &str) -> Option<String> {
    let last = phrase.rsplit(['、', '和']).next()?;
    if last.len() == phrase.len() {
        return None;
    }
    let place_end = PLACE_ENDS
        .iter()
        .filter_map(|p| last.rfind(p).map(|i| i + p.len()))
        .max()?;
    let work = &last[place_end..];
    let is_work = OWNER_HEADS.iter().any(|h| work.ends_with(h));
    (is_work && names_something(work) && work.chars().count() >= 3).then(|| work.to_string())
}

/// Where the `的` after a number stands (past a bound: `以上的`; with `verb`, past a verb of
/// doing: `投资1.27亿元实施的…`), if one does.
fn de_after(ctx: &Context, end: usize, verb: bool) -> Option<usize> {
    let mut p = end;
    if let Some(w) = POST.iter().find(|w| ctx.starts_with_at(p, w)) {
        p += w.chars().count();
    }
    if verb {
        if let Some(v) = DE_VERBS.iter().find(|v| ctx.starts_with_at(p, v)) {
            p += v.chars().count();
        }
    }
    (ctx.chars.get(p) == Some(&'的')).then_some(p)
}
