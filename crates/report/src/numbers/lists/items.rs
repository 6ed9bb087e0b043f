//! The items of the list a subject is, and what they share: the first item's thing or head
//! given to a later item that is only its measure or counterpart, the words before a pair of
//! one-char words, and a tail only the last item writes.

use crate::numbers::lexicon::{
    ABBREVIATED_PAIRS, BARE_MEASURES, COUNT_MEASURES, GENERIC_HEADS, HEAD_COUNTERPARTS,
    LABEL_SCOPES, LIST_SEPARATORS, LIST_SHARED_HEADS,
};

/// The `n` items of the list `subject` is: split at `、` first, so a joiner inside an item's name
/// (`新能源及智能电网、新材料、生物医药健康产业`) stays in it; else at every list separator.
pub(super) fn list_items(subject: &str, n: usize) -> Option<Vec<&str>> {
    let single = |c: char| {
        LIST_SEPARATORS
            .iter()
            .any(|s| s.chars().count() == 1 && s.starts_with(c))
    };
    let by_comma: Vec<&str> = subject.split('、').collect();
    let items = if by_comma.len() == n {
        by_comma
    } else {
        subject.split(single).collect()
    };
    (items.len() == n && items.iter().all(|i| !i.is_empty())).then_some(items)
}

/// `规模工业销售收入、利税`, `新开工项目数、总投资`: a later item that is only a measure (or a
/// generic head) is of the first one's thing; the items then name their measures in full, so
/// nothing of the last item is shared.
pub(super) fn measures_of_first_thing(items: &[&str]) -> Option<Vec<String>> {
    let only_measure = |i: &&str| BARE_MEASURES.contains(i) || GENERIC_HEADS.contains(i);
    let thing = BARE_MEASURES
        .iter()
        .chain(COUNT_MEASURES)
        .find_map(|m| items[0].strip_suffix(m))
        .filter(|thing| !thing.is_empty())?;
    if !items[1..].iter().any(only_measure) {
        return None;
    }
    let items = items.iter().enumerate().map(|(i, item)| {
        if i > 0 && only_measure(item) {
            format!("{thing}{item}")
        } else {
            item.to_string()
        }
    });
    Some(items.collect())
}

/// The items of a list with the words before the first one's head given to a later item that
/// is only that head's counterpart (`一般公共预算收入和支出` → `…收入`, `一般公共预算支出`).
pub(super) fn with_shared_head(items: &[&str]) -> Vec<String> {
    if let Some(expanded) = abbreviated(items) {
        return expanded;
    }
    let first = items[0];
    if let Some(shared) = short_items_of_one_kind(items) {
        return shared;
    }
    let stem = HEAD_COUNTERPARTS
        .iter()
        .find_map(|(head, _)| first.strip_suffix(head))
        .filter(|stem| !stem.is_empty());
    items
        .iter()
        .enumerate()
        .map(|(i, item)| match stem {
            Some(stem)
                if i > 0
                    && HEAD_COUNTERPARTS
                        .iter()
                        .any(|(head, other)| first.ends_with(head) && item == other) =>
            {
                format!("{stem}{item}")
            }
            _ => item.to_string(),
        })
        .collect()
}

/// `万元GDP水耗、电耗` → `万元GDP水耗`, `万元GDP电耗`: later items of two chars that end in the
/// first item's last char (the same kind of measure) share the words before it.
fn short_items_of_one_kind(items: &[&str]) -> Option<Vec<String>> {
    let first = items[0];
    let last_char = first.chars().next_back()?;
    let rest = &items[1..];
    let short = rest
        .iter()
        .all(|i| i.chars().count() == 2 && i.ends_with(last_char));
    let stem_len = first.chars().count().checked_sub(2)?;
    if !short || stem_len == 0 {
        return None;
    }
    let stem: String = first.chars().take(stem_len).collect();
    let mut out = vec![first.to_string()];
    out.extend(rest.iter().map(|i| format!("{stem}{i}")));
    Some(out)
}

/// `金融机构存、贷款余额` → `金融机构存款余额`, `金融机构贷款余额`: a list's last two items are one-char
/// words ([`ABBREVIATED_PAIRS`]) that share the words before the first and after the second;
/// items before them stay as written (`工业用电量和金融机构存、贷款余额`).
fn abbreviated(items: &[&str]) -> Option<Vec<String>> {
    let [before @ .., first, second] = items else {
        return None;
    };
    let c1 = first.chars().next_back()?;
    let mut rest = second.chars();
    let c2 = rest.next()?;
    let tail = rest.as_str();
    if !ABBREVIATED_PAIRS.contains(&(c1, c2)) || tail.chars().count() < 1 {
        return None;
    }
    let head = &first[..first.len() - c1.len_utf8()];
    let mut out: Vec<String> = before.iter().map(|i| i.to_string()).collect();
    out.push(format!("{head}{c1}{tail}"));
    out.push(format!("{head}{c2}{tail}"));
    Some(out)
}

/// What the earlier items of a list share with its last one, written only after the last
/// (`城镇和农村居民人均可支配收入` → `居民人均可支配收入`; `SUV汽车、新能源汽车产量` → `产量`;
/// `新材料、生物医药健康产业` → `产业`), else empty.
pub(super) fn shared_tail(items: &[&str], share_heads: bool) -> String {
    let n = items.len();
    let last = items[n - 1];
    // The first item's last word recurs inside the last item: what follows it there is shared.
    // A last char alone only ends a word of two or more (`农业、工业和服务业增加值` → `增加值`).
    let first: Vec<char> = items[0].chars().collect();
    let shortest = if first.len() >= 2 { 1 } else { 2 };
    for k in (shortest..first.len().min(4) + 1).rev() {
        let word: String = first[first.len() - k..].iter().collect();
        if let Some(at) = last.find(word.as_str()) {
            let rest = &last[at + word.len()..];
            if !rest.is_empty() && items[..n - 1].iter().all(|i| i.ends_with(word.as_str())) {
                return rest.to_string();
            }
        }
    }
    // `大健康产业和数字经济占GDP比重`: a share of a whole the last item writes is every item's.
    if let Some(at) = last.find('占').filter(|&at| at > 0) {
        if items[..n - 1].iter().all(|i| !i.contains('占')) {
            return last[at..].to_string();
        }
    }
    // A category head only the last item writes (`产业`, `行业`), with the measure after it
    // (`汽车零部件、电气产业规上工业增加值` → `产业规上工业增加值`, `陶瓷、服饰产业增加值`).
    let head = LIST_SHARED_HEADS
        .iter()
        .filter(|_| share_heads)
        .filter(|h| items[..n - 1].iter().all(|i| !i.ends_with(*h)))
        .find_map(|h| last.find(h).filter(|&at| at > 0).map(|at| &last[at..]));
    if let Some(tail) = head {
        return tail.to_string();
    }
    // Short modifiers share the last item's measure (`全区肉、奶、禽蛋产量` → `产量`), a
    // leading scope not counted.
    let core = |i: &str| {
        let s = LABEL_SCOPES
            .iter()
            .find_map(|s| i.strip_prefix(s))
            .unwrap_or(i);
        s.chars().count()
    };
    if items[..n - 1].iter().all(|i| core(i) <= 2) {
        let measure = BARE_MEASURES
            .iter()
            .find(|m| last.ends_with(*m) && last.len() > m.len());
        if let Some(m) = measure.filter(|m| items[..n - 1].iter().all(|i| !i.ends_with(*m))) {
            return m.to_string();
        }
    }
    // Short modifiers share the last item's head.
    let first_len = items[0].chars().count();
    if items[..n - 1].iter().all(|i| i.chars().count() <= 2) && last.chars().count() > first_len + 1
    {
        return last.chars().skip(first_len).collect();
    }
    String::new()
}
