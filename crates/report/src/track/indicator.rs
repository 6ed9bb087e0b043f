//! An indicator's name as a report writes it, and the key two names are matched by.
//!
//! `全年地区生产总值完成` and `GDP` name the same indicator; `区本级固定资产投资` names the same
//! indicator on another scope; `人均地区生产总值` names another indicator. The name keeps the
//! report's words (without time words and verbs), the key maps synonyms to one name.

use super::lexicon::{
    BARE_HEADS, CARRY_OUT_VERBS, LEAD_WORDS, RELATED_DEFINITIONS, RESULT_VERBS, SCOPES,
    SUBJECT_JOINERS, SYNONYMS, TAIL_WORDS, TOWN_AND_COUNTRY,
};
use crate::numbers::lexicon::GENERIC_HEADS;

/// What two names are compared by: the indicator (synonyms mapped to one name) and the scope
/// it is measured on (empty for the whole area).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Key {
    /// A scope word of [`SCOPES`], or empty.
    pub scope: String,
    /// The indicator, by its [`SYNONYMS`] name when it has one, else the name itself.
    pub head: String,
}

fn strip_year(s: &str) -> Option<&str> {
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    (digits == 4 && s[4..].starts_with('年')).then(|| &s[4 + '年'.len_utf8()..])
}

/// The indicator's name: a label without the time words, verbs and measure words around it.
///
/// ```
/// let r = report::parse("报告（2013年）\n一、2013年工作安排\n主要预期目标是：全年地区生产总值增长10%。\n").unwrap();
/// assert_eq!(report::track::targets(&r).targets[0].indicator, "地区生产总值");
/// ```
pub fn name(label: &str) -> String {
    let mut s: &str = label.trim_matches(|c: char| c.is_whitespace() || "“”\"'（）()".contains(c));
    loop {
        let before = s.len();
        if let Some(rest) = strip_year(s) {
            s = rest;
        }
        if let Some(w) = LEAD_WORDS
            .iter()
            .find(|w| s.starts_with(*w) && s.len() > w.len())
        {
            s = &s[w.len()..];
        }
        if let Some(w) = TAIL_WORDS
            .iter()
            .find(|w| s.ends_with(*w) && s.len() > w.len())
        {
            s = &s[..s.len() - w.len()];
        }
        if s.len() == before {
            return s.to_string();
        }
    }
}

/// The key of an indicator's name.
///
/// ```
/// use report::track::indicator::key;
/// assert_eq!(key("GDP"), key("地区生产总值"));
/// assert_eq!(key("区本级全社会固定资产投资额").head, key("固定资产投资").head);
/// assert_eq!(key("区本级全社会固定资产投资额").scope, "区本级");
/// assert_ne!(key("人均地区生产总值").head, key("地区生产总值").head);
/// ```
pub fn key(name: &str) -> Key {
    let name = self::name(name);
    for (canonical, aliases) in SYNONYMS {
        for alias in aliases.iter() {
            if let Some(prefix) = name.strip_suffix(alias) {
                let prefix = prefix.replace("全社会", "");
                if prefix.is_empty() || SCOPES.contains(&prefix.as_str()) {
                    return Key {
                        scope: prefix,
                        head: canonical.to_string(),
                    };
                }
            }
        }
    }
    Key {
        scope: String::new(),
        head: object(&name.replace("全社会", "")).to_string(),
    }
}

/// What a verb of completion acts on: the words after the last verb of a result
/// (`奋斗镇、建设办建成蔬菜大棚` and `新建蔬菜大棚` → `蔬菜大棚`), without a verb of carrying out
/// in front (`实施市以上重点项目投资` → `市以上重点项目投资`; inside a name, `计划投资` stays), when at
/// least two characters are left.
fn object(name: &str) -> &str {
    let after = RESULT_VERBS
        .iter()
        .filter_map(|v| name.rfind(v).map(|at| at + v.len()))
        .max()
        .map_or(name, |at| &name[at..]);
    let after = after.trim_start_matches(['了', '的']);
    let after = CARRY_OUT_VERBS
        .iter()
        .find_map(|v| after.strip_prefix(v))
        .unwrap_or(after);
    if after.chars().count() >= 2 {
        after
    } else {
        name
    }
}

/// Whether a name says only what kind of figure it is (`产值`, `计划投资`): too little to be
/// matched to another report's figure by likeness.
pub fn is_bare(name: &str) -> bool {
    let o = object(name);
    BARE_HEADS.contains(&o) || GENERIC_HEADS.contains(&o)
}

/// Whether a name is one of the indicators [`SYNONYMS`] lists (matched by key only, never by
/// likeness).
pub fn is_known(name: &str) -> bool {
    let head = key(name).head;
    SYNONYMS.iter().any(|(canonical, _)| *canonical == head)
}

/// Whether two indicator heads are defined differently but measure nearly the same thing.
pub fn related(a: &str, b: &str) -> bool {
    RELATED_DEFINITIONS
        .iter()
        .any(|(x, y)| (a == *x && b == *y) || (a == *y && b == *x))
}

/// The subjects one value is given for: `城乡居民可支配收入` → 城镇居民可支配收入 and
/// 农村居民可支配收入; `城镇常住居民人均可支配收入、农村常住居民人均可支配收入` → both; any other
/// name → itself.
///
/// ```
/// use report::track::indicator::subjects;
/// assert_eq!(subjects("城乡居民人均可支配收入"), ["城镇居民人均可支配收入", "农村居民人均可支配收入"]);
/// assert_eq!(subjects("城镇和农村居民人均可支配收入"), ["城镇居民人均可支配收入", "农村居民人均可支配收入"]);
/// assert_eq!(subjects("地区生产总值"), ["地区生产总值"]);
/// ```
pub fn subjects(name: &str) -> Vec<String> {
    for (both, [town, country]) in TOWN_AND_COUNTRY {
        if let Some(rest) = name.strip_prefix(both) {
            return vec![format!("{town}{rest}"), format!("{country}{rest}")];
        }
    }
    for joiner in SUBJECT_JOINERS {
        let Some((a, b)) = name.split_once(joiner) else {
            continue;
        };
        if a.is_empty() || b.is_empty() {
            continue;
        }
        // `城镇和农村居民…`: the first subject is a bare modifier that takes the second's rest.
        if let Some(rest) = shared_rest(a, b) {
            return vec![format!("{a}{rest}"), b.to_string()];
        }
        // `A、B` where both are whole indicators of the same kind (`…可支配收入、…可支配收入`).
        if same_tail(a, b) {
            return vec![a.to_string(), b.to_string()];
        }
    }
    vec![name.to_string()]
}

/// `城镇` + `农村居民人均可支配收入` → `居民人均可支配收入`: the first of two modifiers of one noun.
fn shared_rest<'a>(a: &str, b: &'a str) -> Option<&'a str> {
    let pair = ["城镇", "农村"];
    (pair.contains(&a) && pair.iter().any(|p| b.starts_with(p) && *p != a))
        .then(|| &b[pair[0].len()..])
}

fn same_tail(a: &str, b: &str) -> bool {
    let tail = |s: &str| s.chars().rev().take(3).collect::<String>();
    a.chars().count() >= 4 && b.chars().count() >= 4 && tail(a) == tail(b)
}

/// How alike two names of things are, from 0 to 1: 1 when one holds the other (`大棚`,
/// `蔬菜大棚`), else the share of character pairs they have in common (Dice), and 0 unless
/// both end in the same noun (their last two characters).
///
/// ```
/// use report::track::indicator::likeness;
/// assert_eq!(likeness("大棚", "蔬菜大棚"), 1.0);
/// assert!(likeness("现代牧场", "现代化牧场") > 0.5);
/// assert!(likeness("入园企业", "入驻企业") < 0.5);
/// assert_eq!(likeness("仓储能力", "仓储库"), 0.0);
/// ```
pub fn likeness(a: &str, b: &str) -> f64 {
    let (a, b) = (object(a), object(b));
    if a.chars().count() < 2 || b.chars().count() < 2 {
        return 0.0;
    }
    if a.contains(b) || b.contains(a) {
        return 1.0;
    }
    let pairs = |s: &str| {
        let c: Vec<char> = s.chars().collect();
        c.windows(2).map(|w| (w[0], w[1])).collect::<Vec<_>>()
    };
    let (pa, pb) = (pairs(a), pairs(b));
    if pa.last() != pb.last() {
        return 0.0;
    }
    let common = pa.iter().filter(|p| pb.contains(p)).count();
    2.0 * common as f64 / (pa.len() + pb.len()) as f64
}
