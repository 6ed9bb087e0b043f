//! Lists inside a label: the examples listed before a count (what it includes, not what it
//! counts), and a count of categories after as many items (which names them all).

use super::lead::drop_lead_words;
use super::strip::strip_label;
use crate::numbers::label::words::{is_cjk, names_something};
use crate::numbers::lexicon::{
    COUNT_VERBS, EXAMPLE_CLASS_WORDS, LIST_COUNT_WORDS, MEANS_AFTER_EXAMPLES, MILESTONE_ADVERBS,
};

/// `依托新发地、同福等50家龙头企业`, `在甲县、乙县新建5个牧场`: the examples listed before a
/// count name what it includes, not what it counts; what follows the count does. Without such
/// a noun after the count, the list is the subject (`为困难群众、残疾对象发放补贴62.7万元`).
/// The verb before the examples stays (`新改建迎宾园、朝阳园等街头游园20个` → `新改建街头游园`).
pub(in crate::numbers::label) fn drop_examples(pre: &str, suf: &str) -> String {
    // `成功引进…等3个项目`: an adverb before the verb says how, not what.
    let acted = MILESTONE_ADVERBS
        .iter()
        .find_map(|a| pre.strip_prefix(a))
        .unwrap_or(pre);
    let verb = COUNT_VERBS
        .iter()
        .find(|v| acted.starts_with(*v))
        .copied()
        .unwrap_or("");
    if let Some(i) = pre.rfind('等') {
        let rest = strip_label(&pre[i + '等'.len_utf8()..]);
        // `通过“以商招商”等形式广泛收集线索32条`: the examples were of a means, and what
        // follows the means is the action counted.
        let rest = MEANS_AFTER_EXAMPLES
            .iter()
            .find_map(|w| rest.strip_prefix(w))
            .filter(|r| !r.is_empty())
            .unwrap_or(&rest);
        let example = strip_label(&pre[..i]);
        // `东电热电联产等重点项目`, `广场等工程`: after one example, a word for a kind of work
        // says less than the example does.
        if EXAMPLE_CLASS_WORDS.iter().any(|w| rest.ends_with(w))
            && !example.contains('、')
            && names_something(&example)
        {
            return drop_lead_words(&example, true);
        }
        // A bare class noun (`…音乐会等活动`, `…等企业`) says less than the examples do.
        let specific = |s: &str| s.chars().filter(|&c| is_cjk(c)).nth(2).is_some();
        // `建成西出口等31条公路`: the noun after the count is what is counted.
        let category = |s: &str| {
            let noun = EXAMPLE_CLASS_WORDS
                .iter()
                .find_map(|w| s.strip_suffix(w))
                .unwrap_or(s);
            noun.chars()
                .filter(|c| c.is_alphanumeric())
                .nth(1)
                .is_some()
        };
        if specific(rest) || (rest.is_empty() && category(suf)) {
            return format!("{verb}{rest}");
        }
    }
    // `新建、改扩建40所学校`: a list of verbs done to the things is no list of examples.
    if pre.split('、').all(|v| COUNT_VERBS.contains(&v)) {
        return pre.to_string();
    }
    if pre.contains('、') && names_something(suf) {
        return verb.to_string();
    }
    pre.to_string()
}

/// `集成电路、生物医药、人工智能三大先导产业规模` → `三大先导产业规模`: a count of categories
/// (`三大`, `两类`) right after a list of as many items names them all; the label starts at it.
pub fn from_list_count(label: &str) -> Option<&str> {
    // Most labels hold no list: one char search first.
    if !label.contains('、') {
        return None;
    }
    let items_before = |byte: usize| {
        let list = &label[..byte];
        let items = list
            .split(['、', '和', '及'])
            .filter(|i| !i.is_empty())
            .count();
        list.contains('、').then_some(items)
    };
    // `太阳能电池、电动载人汽车、离子蓄电池“新三样”出口额`: a quoted name that counts the items
    // before it names them all.
    if let Some(q) = label.find('“') {
        let name = label[q..].split('”').next().unwrap_or_default();
        let counted = name
            .chars()
            .filter(|&c| crate::numbers::scan::is_cn_numeral(c) && c != '一')
            .filter_map(|c| crate::numbers::scan::parse_cn_numeral(&[c]))
            .any(|n| Some(n as usize) == items_before(q));
        if counted {
            return Some(&label[q..]);
        }
    }
    let chars: Vec<(usize, char)> = label.char_indices().collect();
    let at = chars.windows(2).position(|w| {
        crate::numbers::scan::is_cn_numeral(w[0].1)
            && LIST_COUNT_WORDS.contains(&w[1].1)
            && w[0].1 != '一'
    })?;
    let (byte, numeral) = chars[at];
    let n = crate::numbers::scan::parse_cn_numeral(&[numeral])? as usize;
    let list = &label[..byte];
    let items = list
        .split(['、', '和', '及'])
        .filter(|i| !i.is_empty())
        .count();
    (items == n && list.contains('、')).then(|| &label[byte..])
}
