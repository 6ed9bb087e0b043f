//! Lists of values that share one subject (`城乡居民人均可支配收入分别达到41000元、23000元，分别
//! 增长5.8%、8.1%`): each value gets its own part of the subject, in order, and a list of
//! growths describes a list of levels item by item.

use super::classify::Class;
use super::context::Context;
use super::lexicon::{
    ABBREVIATED_PAIRS, BARE_MEASURES, COUNT_MEASURES, GENERIC_HEADS, GOVERNMENT_LEVELS,
    GROWTH_DOWN, GROWTH_UP, GROWTH_WORDING, HEAD_COUNTERPARTS, INDICATOR_WORDS, ITEM_BY_ITEM_WORDS,
    LABEL_SCOPES, LIST_PREDICATE_ADVERBS, LIST_SEPARATORS, LIST_SHARED_HEADS, PLACING_VERBS, POST,
    RANK_SCOPES, SUBJECT_PAIRS, TOPIC_PREDICATES, YEAR_PERIODS,
};
use super::scan::{is_cn_numeral, Token};
use crate::model::NumberKind;

/// One label and `relates_to` per token, as [`super::label::labels`] gives them.
pub type Labels = Vec<(Option<String>, Option<usize>)>;

/// Runs of two or more indicators of one kind and one label, in one sentence, written as a
/// list (`2.36万元和1.53万元`, `5.8%、8.1%`): `(first, last)` token indices.
fn runs(
    ctx: &Context,
    tokens: &[Token],
    classes: &[Class],
    labels: &Labels,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        let mut e = k;
        while e + 1 < tokens.len() && continues(ctx, tokens, classes, labels, e) {
            e += 1;
        }
        if e > k {
            out.push((k, e));
        }
        k = e + 1;
    }
    out
}

/// Whether token `j + 1` is the next item of a list whose item `j` is.
fn continues(
    ctx: &Context,
    tokens: &[Token],
    classes: &[Class],
    labels: &Labels,
    j: usize,
) -> bool {
    let (a, b) = (&classes[j], &classes[j + 1]);
    if !a.is_indicator || !b.is_indicator || a.kind != b.kind || labels[j].0.is_none() {
        return false;
    }
    // A bare later item may have only the subject, without the first item's wording.
    let (Some(first), Some(next)) = (&labels[j].0, &labels[j + 1].0) else {
        return false;
    };
    // `分别增长9%、31%`: after `分别` the values are items of one list, whatever words a later
    // one found for itself.
    if !first.starts_with(next.as_str()) && !first.contains("分别") {
        return false;
    }
    let mut between = ctx.slice(tokens[j].end, tokens[j + 1].start);
    // `6%左右和6%以上`: a bound after an item is that item's.
    for w in POST {
        between = between.strip_prefix(w).unwrap_or(between);
    }
    let between = between.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    // `分别年均增长22.2%，16%`: after `分别` a comma may part the values too.
    LIST_SEPARATORS.contains(&between)
        // `分别增长4.4%5.9%5.8%`: a copy that lost the separators between a list's values.
        || (first.contains("分别") && matches!(between, "，" | "," | ""))
}

/// Where a label's own growth wording starts (`…收入增长` → before `增长`).
fn wording_start(label: &str) -> usize {
    let mut end = label.len();
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
fn split_subject_with(label: &str, n: usize, share_heads: bool) -> Option<Vec<String>> {
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
    // `一、二、三产增加值`: numerals alone before the last item share all that follows its own.
    if let Some(tail) = numerals_sharing_a_tail(&items) {
        return Some(
            items
                .iter()
                .map(|i| {
                    let numeral = i.chars().next().map_or("", |c| &i[..c.len_utf8()]);
                    format!("{numeral}{tail}{wording}")
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
                        .filter(|stem| tail.is_empty() && super::label::names_something(stem))
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

/// The `n` items of the list `subject` is: split at `、` first, so a joiner inside an item's name
/// (`新能源及智能电网、新材料、生物医药健康产业`) stays in it; else at every list separator.
fn list_items(subject: &str, n: usize) -> Option<Vec<&str>> {
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
fn measures_of_first_thing(items: &[&str]) -> Option<Vec<String>> {
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
fn with_shared_head(items: &[&str]) -> Vec<String> {
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
fn shared_tail(items: &[&str], share_heads: bool) -> String {
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

/// Splits the shared label of every list run by [`split_subject`], and points each growth,
/// rate or rank of a run that describes a run of as many levels at its own level.
pub fn split(ctx: &Context, tokens: &[Token], classes: &[Class], labels: &mut Labels) {
    let runs = runs(ctx, tokens, classes, labels);
    for &(a, b) in &runs {
        let n = b - a + 1;
        let Some(label) = labels[a].0.clone() else {
            continue;
        };
        for item in &mut labels[a + 1..=b] {
            item.0 = Some(label.clone());
        }
        let one_unit = tokens[a..=b]
            .windows(2)
            .all(|w| w[0].unit.as_ref().map(|u| &u.base) == w[1].unit.as_ref().map(|u| &u.base));
        if let Some(parts) = split_subject_with(&label, n, one_unit) {
            for (k, part) in (a..=b).zip(parts) {
                labels[k].0 = Some(part);
            }
        }
        // `分别增长5.8%、8.1%` after `41000元、23000元`: all point at the last level.
        let describes = matches!(
            classes[a].kind,
            Some(NumberKind::Growth | NumberKind::Rate | NumberKind::Rank)
        );
        let target = labels[a].1;
        // A later value may have found no level of its own: the first one's run is theirs.
        if !describes
            || target.is_none()
            || (a..=b).any(|k| labels[k].1.is_some_and(|r| Some(r) != target))
        {
            continue;
        }
        let t = target.unwrap_or(0);
        if let Some(&(la, lb)) = runs.iter().find(|&&(_, lb)| lb == t) {
            if lb - la + 1 == n {
                for (k, level) in (a..=b).zip(la..=lb) {
                    labels[k].1 = Some(level);
                }
            }
        }
    }
    for &(a, b) in &runs {
        split_by_earlier_levels(ctx, tokens, classes, labels, (a, b));
        split_by_earlier_subjects(ctx, tokens, labels, (a, b));
        if split_by_periods(ctx, tokens, labels, (a, b)) {
            rank_by_periods(ctx, tokens, classes, labels, &runs, (a, b));
        }
        rank_by_earlier_items(ctx, tokens, classes, labels, &runs, (a, b));
        split_by_level_shares(ctx, tokens, classes, labels, (a, b));
    }
}

/// `完成财政总收入364.1亿元、一般公共预算收入204.7亿元，市级分别为198.4亿元、124.1亿元`: a run of
/// amounts after a level of government and `分别` is that level's share of the sentence's last
/// levels as many as it has items, in their units, in order (`市级财政总收入`).
fn split_by_level_shares(
    ctx: &Context,
    tokens: &[Token],
    classes: &[Class],
    labels: &mut Labels,
    (a, b): (usize, usize),
) {
    let n = b - a + 1;
    let s = tokens[a].start;
    let lead = ctx.slice(ctx.clause_start(s), s).trim();
    let Some(level) = lead.split_once("分别").and_then(|(before, _)| {
        GOVERNMENT_LEVELS
            .iter()
            .filter(|l| before.ends_with(*l))
            .max_by_key(|l| l.len())
    }) else {
        return;
    };
    if classes[a].kind != Some(NumberKind::Amount) {
        return;
    }
    let sentence = |k: usize| ctx.clause_sentence[ctx.clause[tokens[k].start]];
    let unit = |k: usize| tokens[k].unit.as_ref().map(|u| u.base.clone());
    let wholes: Vec<usize> = (0..a)
        .rev()
        .take(4 * n + 4)
        .take_while(|&j| sentence(j) == sentence(a))
        .filter(|&j| classes[j].is_indicator && classes[j].kind == Some(NumberKind::Amount))
        .take(n)
        .collect();
    if wholes.len() != n
        || (a..=b)
            .zip(wholes.iter().rev())
            .any(|(k, &j)| unit(k) != unit(j))
    {
        return;
    }
    for (k, &j) in (a..=b).zip(wholes.iter().rev()) {
        let Some(whole) = labels[j].0.clone() else {
            return;
        };
        // `全县财政总收入` → `县级财政总收入`: the level replaces the whole's scope.
        let whole = LABEL_SCOPES
            .iter()
            .find_map(|sc| whole.strip_prefix(sc))
            .filter(|rest| !rest.is_empty())
            .unwrap_or(&whole);
        labels[k].0 = Some(format!("{level}{whole}"));
    }
}

/// `一季度、上半年、前三季度、全年全市GDP分别增长6.7%、6.6%、6.2%、6.0%`: a run after `分别` whose
/// clause lists as many periods of the year before one subject takes the periods in order.
fn split_by_periods(
    ctx: &Context,
    tokens: &[Token],
    labels: &mut Labels,
    (a, b): (usize, usize),
) -> bool {
    let n = b - a + 1;
    let s = tokens[a].start;
    let from = (s.saturating_sub(MAX_PERIOD_LIST_CHARS)..s)
        .rev()
        .find(|&i| {
            matches!(
                ctx.chars[i],
                '，' | ',' | '。' | '；' | ';' | '：' | ':' | '\n'
            )
        })
        .map_or(s.saturating_sub(MAX_PERIOD_LIST_CHARS), |i| i + 1);
    let lead = ctx.slice(from, s).trim();
    if !lead.contains("分别") {
        return false;
    }
    let items: Vec<&str> = lead.split('、').collect();
    let Some((last, periods)) = items.split_last() else {
        return false;
    };
    let Some(p) = YEAR_PERIODS.iter().find(|p| last.starts_with(**p)) else {
        return false;
    };
    let rest = last[p.len()..].replace("分别", "");
    if items.len() != n || !periods.iter().all(|i| YEAR_PERIODS.contains(i)) || rest.is_empty() {
        return false;
    }
    for (k, period) in (a..=b).zip(periods.iter().chain([p])) {
        labels[k].0 = Some(format!("{period}{rest}"));
    }
    true
}

/// `…分别增长6.7%、6.6%，分别排全区第2、第1位`: the ranks of as many items right after a run
/// split by periods rank its items in order (`一季度全市GDP增长全区排名`).
fn rank_by_periods(
    ctx: &Context,
    tokens: &[Token],
    classes: &[Class],
    labels: &mut Labels,
    runs: &[(usize, usize)],
    (a, b): (usize, usize),
) {
    let Some(&(ra, rb)) = runs.iter().find(|&&(ra, _)| ra == b + 1) else {
        return;
    };
    let same_sentence = ctx.clause_sentence[ctx.clause[tokens[ra].start]]
        == ctx.clause_sentence[ctx.clause[tokens[a].start]];
    if rb - ra != b - a || classes[ra].kind != Some(NumberKind::Rank) || !same_sentence {
        return;
    }
    for (k, level) in (ra..=rb).zip(a..=b) {
        let Some(rank) = labels[k].0.as_deref() else {
            continue;
        };
        let scope = RANK_SCOPES
            .iter()
            .filter(|s| s.starts_with('全'))
            .filter_map(|s| rank.rfind(s))
            .max()
            .map_or("排名", |i| &rank[i..]);
        if let Some(item) = labels[level].0.clone() {
            labels[k].0 = Some(format!("{item}{scope}"));
        }
    }
}

/// `规模以上工业增加值增长8.1%、固定资产投资增长10.5%、社会消费品零售总额增长9.5%，分别居全省第4、
/// 第2、第2位`: a run of ranks after `分别` right after as many figures of their own subjects, in
/// its sentence, ranks them in order: each rank is its figure's subject's (`固定资产投资全省排名`).
fn rank_by_earlier_items(
    ctx: &Context,
    tokens: &[Token],
    classes: &[Class],
    labels: &mut Labels,
    runs: &[(usize, usize)],
    (a, b): (usize, usize),
) {
    let n = b - a + 1;
    let Some(first) = a.checked_sub(n) else {
        return;
    };
    // Items of their own subjects, not one list's values (ranked by [`rank_by_periods`]).
    if runs.iter().any(|&(ra, rb)| ra < a && rb >= first) {
        return;
    }
    let sentence = |k: usize| ctx.clause_sentence[ctx.clause[tokens[k].start]];
    let lead = ctx.slice(tokens[a - 1].end, tokens[a].start);
    let items_ok = (first..a).all(|k| {
        classes[k].is_indicator
            && classes[k].kind != Some(NumberKind::Rank)
            && sentence(k) == sentence(a)
            && labels[k].0.is_some()
    });
    if classes[a].kind != Some(NumberKind::Rank) || !lead.contains("分别") || !items_ok {
        return;
    }
    let subjects: Vec<String> = (first..a)
        .filter_map(|k| labels[k].0.as_deref())
        .map(super::label::growth_subject)
        .collect();
    if subjects.iter().any(String::is_empty)
        || subjects.windows(2).any(|w| w[0] == w[1])
        || (first > 0 && sentence(first - 1) == sentence(a) && classes[first - 1].is_indicator)
    {
        return;
    }
    // `分别居全省第`, `分别排在全市前`: the scope after the verb of placing.
    let after = lead.rsplit("分别").next().unwrap_or_default();
    let after = PLACING_VERBS
        .iter()
        .find_map(|v| after.strip_prefix(v))
        .unwrap_or(after);
    let scope = after
        .strip_prefix('在')
        .unwrap_or(after)
        .trim_end_matches(['第', '前']);
    for ((k, level), subject) in (a..=b).zip(first..a).zip(subjects) {
        labels[k] = (Some(format!("{subject}{scope}排名")), Some(level));
    }
}

/// The most chars of a list of periods and its subject before a run (`一季度、上半年、前三季度、
/// 全年全市GDP分别增长`).
const MAX_PERIOD_LIST_CHARS: usize = 60;

/// `企业退休人员基本养老金、城镇低保标准和环卫工人工资再次提高，月人均分别提高221元、90元和300元`: a
/// run after `分别` that still shares one label takes its subjects, in order, from a list of as
/// many items that makes up the clause before it, in the same sentence.
fn split_by_earlier_subjects(
    ctx: &Context,
    tokens: &[Token],
    labels: &mut Labels,
    (a, b): (usize, usize),
) {
    let n = b - a + 1;
    let Some(label) = labels[a].0.clone() else {
        return;
    };
    let s = tokens[a].start;
    let c = ctx.clause[s];
    let lead = ctx.slice(ctx.clause_start(s), s);
    let shared = (a..=b).all(|k| labels[k].0.as_deref() == Some(label.as_str()));
    if !shared || !lead.contains("分别") || c == 0 {
        return;
    }
    if ctx.clause_sentence[c - 1] != ctx.clause_sentence[c] {
        return;
    }
    let (start, end) = ctx.clause_range[c - 1];
    let mut clause = ctx.slice(start, end).trim();
    // `绿色能源、生物医药产业增速明显`: what the clause says of its items follows the last one.
    let last = clause.rfind('、').map_or(0, |i| i + '、'.len_utf8());
    if let Some(i) = TOPIC_PREDICATES
        .iter()
        .filter_map(|w| clause[last..].find(w))
        .filter(|&i| i > 0)
        .min()
    {
        clause = &clause[..last + i];
    }
    // The clause's own predicate (`再次提高`) follows its last item.
    loop {
        let before = clause.len();
        for w in GROWTH_UP
            .iter()
            .chain(GROWTH_DOWN)
            .chain(LIST_PREDICATE_ADVERBS)
        {
            clause = clause.strip_suffix(w).unwrap_or(clause);
        }
        if clause.len() == before {
            break;
        }
    }
    let Some(items) = list_items(clause, n) else {
        return;
    };
    if items.iter().any(|i| i.chars().count() > 16) {
        return;
    }
    let wording = label.replace("分别", "");
    // `绿色能源、生物医药产业`: a head only the last item writes is every item's.
    let tail = shared_tail(&items, true);
    for (k, item) in (a..=b).zip(items) {
        let tail = if k < b { tail.as_str() } else { "" };
        labels[k].0 = Some(format!("{item}{tail}{wording}"));
    }
}

/// `存款余额152.2亿元，贷款余额55.3亿元，分别是2011年的1.75倍和1.8倍`, `A完成…，B完成…，分别增长
/// 5%、6%`: a run of growths or rates after `分别` that still shares one label describes the
/// sentence's last levels as many as it has items, in order, each in its level's words. A run
/// of ranks (`收入241.5亿元，增长6.4%，分居全省第4、第3位`) ranks the sentence's last figures,
/// whatever their kind.
fn split_by_earlier_levels(
    ctx: &Context,
    tokens: &[Token],
    classes: &[Class],
    labels: &mut Labels,
    (a, b): (usize, usize),
) {
    let n = b - a + 1;
    let ranks = classes[a].kind == Some(NumberKind::Rank);
    let describes = ranks || matches!(classes[a].kind, Some(NumberKind::Growth | NumberKind::Rate));
    let Some(label) = labels[a].0.clone() else {
        return;
    };
    let shared = (a..=b).all(|k| labels[k].0.as_deref() == Some(label.as_str()));
    // A bounded look back (`分别` stands right before its values), so a long clause stays linear.
    let s = tokens[a].start;
    let lead = ctx.slice(ctx.clause_start(s).max(s.saturating_sub(16)), s);
    if !describes || !shared || !ITEM_BY_ITEM_WORDS.iter().any(|w| lead.contains(w)) {
        return;
    }
    let sentence = |k: usize| ctx.clause_sentence[ctx.clause[tokens[k].start]];
    // Levels are near: a bound keeps a sentence of thousands of lists linear.
    let levels: Vec<usize> = (0..a)
        .rev()
        .take(4 * n + 4)
        .take_while(|&j| sentence(j) == sentence(a))
        .filter(|&j| {
            classes[j].is_indicator
                && match classes[j].kind {
                    Some(NumberKind::Amount | NumberKind::Target) => true,
                    Some(NumberKind::Growth | NumberKind::Rate) => ranks,
                    _ => false,
                }
        })
        .take(n)
        .collect();
    if levels.len() != n {
        return;
    }
    let subjects: Vec<String> = levels
        .iter()
        .rev()
        .map(|&j| labels[j].0.clone().unwrap_or_default())
        .collect();
    // The run's label is a level's words (the last one's, or for ranks the one they were
    // given) and the run's own wording.
    let Some(wording) = subjects
        .iter()
        .filter(|s| !s.is_empty() && label.starts_with(s.as_str()))
        .max_by_key(|s| s.len())
        .and_then(|s| label.strip_prefix(s.as_str()))
    else {
        return;
    };
    if subjects.iter().any(String::is_empty) {
        return;
    }
    // Each value has its own level now: `分别` no longer applies.
    let wording = wording.replace("分别", "");
    for ((k, subject), level) in (a..=b).zip(&subjects).zip(levels.iter().rev()) {
        labels[k] = (Some(format!("{subject}{wording}")), Some(*level));
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
