//! A list's shared label split into the subjects of its `n` items, in order: by a pair word
//! (`城乡` → `城镇`, `农村`) or a list at the label's start, each item keeping the shared words
//! and the label's own wording.

use super::items::{list_items, measures_of_first_thing, shared_tail, with_shared_head};
use crate::numbers::label::names_something;
use crate::numbers::lexicon::{
    GROWTH_DOWN, GROWTH_UP, GROWTH_WORDING, INDICATOR_WORDS, RANK_SCOPES, SUBJECT_PAIRS,
    SUB_UNIT_ENDS,
};
use crate::numbers::scan::is_cn_numeral;

/// The mark of an ordinal (`第一`): a list of them names things by their order.
const ORDINAL_MARK: &str = "第";

/// The word a rank's label ends with.
const RANKING_WORD: &str = "排名";

/// Where a label's own growth wording starts (`…收入增长` → before `增长`), or its ranking's
/// (`…投资全省排名` → before `全省`).
fn wording_start(label: &str) -> usize {
    let mut end = label.len();
    // `规上工业增加值、固定资产投资全省排名`: a ranking's scope and word are every item's.
    if let Some(stem) = label.strip_suffix(RANKING_WORD) {
        end = stem.len();
        if let Some(s) = RANK_SCOPES.iter().find(|s| stem.ends_with(*s)) {
            end -= s.len();
        }
    }
    loop {
        let before = end;
        for w in GROWTH_UP.iter().chain(GROWTH_DOWN).chain(GROWTH_WORDING) {
            // `人均` measures; its `均` is no wording. `年均` is wording, whole.
            let bound_jun =
                *w == "均" && (label[..end].ends_with("人均") || label[..end].ends_with("年均"));
            if label[..end].ends_with(w) && !bound_jun {
                end -= w.len();
            }
        }
        end -= year_basis_len(&label[..end]);
        if end == before {
            // `A、B分别跃居全国高新区排名`: what follows `分别` is every item's wording.
            return label[..end].find("分别").unwrap_or(end);
        }
    }
}

/// The length in bytes of a comparison with a year that `s` ends with (`比2018年`), else 0: the
/// basis belongs to every item's wording, not to the last item.
fn year_basis_len(s: &str) -> usize {
    let Some(rest) = s.strip_suffix('年') else {
        return 0;
    };
    let digits = rest.chars().rev().take_while(char::is_ascii_digit).count();
    let rest = &rest[..rest.len() - digits];
    match rest.chars().next_back() {
        Some(c) if digits == 4 && crate::numbers::lexicon::COMPARISON_OPENERS.contains(&c) => {
            digits + '年'.len_utf8() + c.len_utf8()
        }
        _ => 0,
    }
}

/// The subject of `label` split into `n` parts, in order: a pair word (`城乡` → `城镇`, `农村`),
/// or a list at the label's start (`一般公共预算收入和税收收入增长`, `城镇和农村居民人均收入`),
/// each part keeping the shared words. `None` when the label holds no list of `n` items.
#[cfg(test)]
fn split_subject(label: &str, n: usize) -> Option<Vec<String>> {
    split_subject_with(label, n, true)
}

/// [`split_subject`], sharing a category head only the last item writes when `share_heads`:
/// values counted in different units are different things (`数字化车间、上云企业达110个和8200家`),
/// whose items name themselves.
pub(super) fn split_subject_with(label: &str, n: usize, share_heads: bool) -> Option<Vec<String>> {
    let parts = split_items(label, n, share_heads)?;
    // `洋浦经济开发区地区生产总值、固定资产投资分别增长…`: the part of the place the first item
    // opens with is every item's.
    let Some(owner) = sub_unit_opening(&parts[0]) else {
        return Some(parts);
    };
    let owner = owner.to_string();
    Some(
        parts
            .into_iter()
            .map(|p| {
                if p.starts_with(owner.as_str()) {
                    p
                } else {
                    format!("{owner}{p}")
                }
            })
            .collect(),
    )
}

/// The name of a part of the place (`洋浦经济开发区`, [`SUB_UNIT_ENDS`]) a label opens with,
/// when what follows names something.
fn sub_unit_opening(label: &str) -> Option<&str> {
    // `经济总量全国高新区排名`: places of a kind a ranking is among are its scope, no owner.
    if label.ends_with(RANKING_WORD) {
        return None;
    }
    let end = SUB_UNIT_ENDS
        .iter()
        .filter_map(|e| label.find(e).map(|i| i + e.len()))
        .filter(|&end| label[..end].chars().count() <= MAX_SUB_UNIT_NAME)
        .min()?;
    let name = &label[..end];
    (names_something(&label[end..]) && !name.contains('全')).then_some(name)
}

/// The most chars of a part of the place's name.
const MAX_SUB_UNIT_NAME: usize = 12;

fn split_items(label: &str, n: usize, share_heads: bool) -> Option<Vec<String>> {
    for (pair, parts) in SUBJECT_PAIRS {
        // `实际利用外资、外贸进出口总值…分别`: items listed before the pair word are the list.
        let listed_before = |at: usize| label[..at].contains(['、', '和']);
        if parts.len() == n && label.find(pair).is_some_and(|at| !listed_before(at)) {
            // Once split, each value has its own subject: `分别` no longer applies.
            let label = label.replace("分别", "");
            return Some(parts.iter().map(|p| label.replacen(pair, p, 1)).collect());
        }
    }
    let cut = wording_start(label);
    let (subject, wording) = label.split_at(cut);
    // Once split, each value has its own subject: `分别` no longer applies.
    let wording = wording.replace("分别", "");
    let items = list_items(subject, n)?;
    // `一、二、三产增加值`: numerals alone before the last item share all that follows its own;
    // `第一、二、三产业`, `第一、第二、第三产业`: ordinals, each item an ordinal.
    // `全市第一、二、三产业`: the words before the first ordinal are every item's.
    let (scope, first) = match items[0].rfind(ORDINAL_MARK) {
        Some(at) if items[0][at + ORDINAL_MARK.len()..].chars().count() == 1 => {
            items[0].split_at(at)
        }
        _ => ("", items[0]),
    };
    let ordinal = first.starts_with(ORDINAL_MARK);
    let numerals: Vec<&str> = std::iter::once(first)
        .chain(items[1..].iter().copied())
        .map(|i| i.strip_prefix(ORDINAL_MARK).unwrap_or(i))
        .collect();
    if let Some(tail) = numerals_sharing_a_tail(&numerals) {
        let mark = if ordinal { ORDINAL_MARK } else { "" };
        return Some(
            numerals
                .iter()
                .map(|i| {
                    let numeral = i.chars().next().map_or("", |c| &i[..c.len_utf8()]);
                    format!("{scope}{mark}{numeral}{tail}{wording}")
                })
                .collect(),
        );
    }
    let measured = measures_of_first_thing(&items);
    let full = measured.is_some();
    let items = measured.unwrap_or_else(|| with_shared_head(&items));
    // `税收收入占财政总收入和一般公共预算收入的比重`: a share of a list of wholes; what holds
    // the share, with its `占`, is every item's.
    let share_of = items[0]
        .find('占')
        .filter(|_| items[1..].iter().all(|i| !i.contains('占')))
        .map_or("", |i| &items[0][..i + '占'.len_utf8()]);
    let share_of = share_of.to_string();
    let items: Vec<&str> = items.iter().map(String::as_str).collect();
    // `输变电、农业机械、新型材料三大特色产业基地`: after the list's count, what every item is.
    let counted = counted_tail(items[n - 1], n);
    let tail = match counted {
        _ if full => String::new(),
        Some(tail) => tail.to_string(),
        None => shared_tail(&items, share_heads),
    };
    Some(
        items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                if i + 1 == n {
                    // `固定资产投资、一般公共预算收入、社会消费品零售总额指标分别…`: the items are
                    // indicators; the word that says so is no part of the last one.
                    let item = INDICATOR_WORDS
                        .iter()
                        .find_map(|w| item.strip_suffix(w))
                        .filter(|stem| tail.is_empty() && names_something(stem))
                        .unwrap_or(item);
                    // `先进装备制造、新材料、电子信息三大产业`: the list's count names no item.
                    let item = match item.strip_suffix(tail.as_str()) {
                        Some(stem) if !tail.is_empty() => {
                            format!("{}{tail}", without_list_count(stem))
                        }
                        _ => item.to_string(),
                    };
                    format!("{share_of}{item}{wording}")
                } else if i > 0 {
                    format!("{share_of}{item}{tail}{wording}")
                } else {
                    format!("{item}{tail}{wording}")
                }
            })
            .collect(),
    )
}

/// `一`, `二`, `三产增加值` → `产增加值`: the words after the last item's numeral, when every
/// item before it is a numeral alone (the primary, secondary and tertiary industries).
fn numerals_sharing_a_tail<S: AsRef<str>>(items: &[S]) -> Option<&str> {
    let (last, before) = items.split_last()?;
    let last = last.as_ref();
    let first = last.chars().next().filter(|&c| is_cn_numeral(c))?;
    let single = |i: &S| {
        let mut cs = i.as_ref().chars();
        matches!((cs.next(), cs.next()), (Some(c), None) if is_cn_numeral(c))
    };
    let tail = &last[first.len_utf8()..];
    (!before.is_empty() && before.iter().all(single) && !tail.is_empty()).then_some(tail)
}

/// What follows a count of the list's `n` items inside its last item (`新型材料三大特色产业基地`,
/// 3 → `特色产业基地`), when there is such a count and something after it.
fn counted_tail(last: &str, n: usize) -> Option<&str> {
    const NUMERALS: [&str; 9] = ["两", "三", "四", "五", "六", "七", "八", "九", "十"];
    let numeral = NUMERALS.get(n.checked_sub(2)?)?;
    ["大", "类"].iter().find_map(|c| {
        let count = format!("{numeral}{c}");
        let at = last.find(count.as_str())?;
        let rest = &last[at + count.len()..];
        (at > 0 && !rest.is_empty()).then_some(rest)
    })
}

/// `电子信息三大` → `电子信息`: a count of a list's items (`三大`, `两类`) that ends its last item.
fn without_list_count(stem: &str) -> &str {
    let Some(rest) = stem.strip_suffix(['大', '类']) else {
        return stem;
    };
    let kept = rest.trim_end_matches(|c: char| is_cn_numeral(c) || c.is_ascii_digit());
    if kept.len() < rest.len() && !kept.is_empty() {
        kept
    } else {
        stem
    }
}

#[cfg(test)]
mod tests {
    use super::split_subject;

    #[test]
    fn pair_words_and_lists_split_in_order() {
        assert_eq!(
            split_subject("城乡居民人均可支配收入增长", 2).unwrap(),
            ["城镇居民人均可支配收入增长", "农村居民人均可支配收入增长"]
        );
        assert_eq!(
            split_subject("城镇和农村居民人均可支配收入", 2).unwrap(),
            ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
        );
        assert_eq!(
            split_subject("一般公共预算收入和税收收入增长", 2).unwrap(),
            ["一般公共预算收入增长", "税收收入增长"]
        );
        assert_eq!(split_subject("工业投资", 2), None);
        // A ranking's scope and word are every item's.
        assert_eq!(
            split_subject("规上工业增加值、固定资产投资全省排名", 2).unwrap(),
            ["规上工业增加值全省排名", "固定资产投资全省排名"]
        );
        // Items listed before a pair word are the list; the pair word is one of them.
        assert_eq!(
            split_subject("实际利用外资、外贸进出口总值年均增速", 2).unwrap(),
            ["实际利用外资年均增速", "外贸进出口总值年均增速"]
        );
        // Short later items of the first one's kind share its words before it.
        assert_eq!(
            split_subject("万元GDP水耗、电耗下降", 2).unwrap(),
            ["万元GDP水耗下降", "万元GDP电耗下降"]
        );
        // Items that end in a char the last item has in its own word share what follows it.
        assert_eq!(
            split_subject("农业、工业和服务业增加值增长", 3).unwrap(),
            ["农业增加值增长", "工业增加值增长", "服务业增加值增长"]
        );
        // One-char words abbreviated before a shared rest.
        assert_eq!(
            split_subject("金融机构存、贷款余额增长", 2).unwrap(),
            ["金融机构存款余额增长", "金融机构贷款余额增长"]
        );
        assert_eq!(
            split_subject("进、出口总额增长", 2).unwrap(),
            ["进口总额增长", "出口总额增长"]
        );
        // The abbreviated pair ends a longer list; the items before it are whole.
        assert_eq!(
            split_subject("工业用电量和金融机构存、贷款余额增长", 3).unwrap(),
            [
                "工业用电量增长",
                "金融机构存款余额增长",
                "金融机构贷款余额增长"
            ]
        );
    }
}
