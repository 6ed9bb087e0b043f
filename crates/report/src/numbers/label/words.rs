//! The lexicon's lists as the label rules read them: word lists built once (longest first, with
//! char masks), removing their words from a text, and whether anything else is left.

use crate::numbers::lexicon::{
    COUNT_VERBS, CUT_WORD_COMPOUNDS, FRAME_WORDS, GENERIC_HEADS, GROWTH_DOWN, GROWTH_UP,
    GROWTH_WORDING, KEPT_WORDS, PROJECT_HEADS, PROJECT_STAGES, PUSH_VERBS, RANK_SCOPES, RANK_VERBS,
    RANK_WORDING, YEAR_PERIODS,
};

/// A word list for [`remove_words`]: the words longest first (a stable sort, so words of one
/// length keep their written order), each with a 64-bit mask of its chars, built once.
pub(super) struct WordList {
    words: Vec<(&'static str, u64)>,
    /// Every char of every word.
    pub(super) chars: CharSet,
}

/// A set of chars by a 1024-bit hash: `may_hold` is true for every char put in, and for a few
/// others (so "not held" is certain, "held" is not).
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct CharSet([u64; 16]);

impl CharSet {
    fn slot(c: char) -> usize {
        ((c as u32).wrapping_mul(0x9E37_79B1) >> 22) as usize
    }

    fn of<'a>(words: impl IntoIterator<Item = &'a str>) -> CharSet {
        let mut set = CharSet::default();
        for c in words.into_iter().flat_map(str::chars) {
            set.0[Self::slot(c) / 64] |= 1 << (Self::slot(c) % 64);
        }
        set
    }

    /// The first chars of `words`: a text holds none of the words if it holds none of these.
    pub(super) fn firsts(words: &[&str]) -> CharSet {
        CharSet::of(
            words
                .iter()
                .map(|w| &w[..w.chars().next().map_or(0, char::len_utf8)]),
        )
    }

    pub(super) fn may_hold(&self, c: char) -> bool {
        self.0[Self::slot(c) / 64] & (1 << (Self::slot(c) % 64)) != 0
    }
}

/// One bit per char, by a multiplicative hash: a word can occur in a text only when every bit
/// of its mask is set in the text's.
pub(super) fn char_mask(s: &str) -> u64 {
    s.chars().fold(0, |m, c| {
        m | 1 << ((c as u32).wrapping_mul(0x9E37_79B1) >> 26)
    })
}

/// A word list (by address and length) and its words' masks.
type KnownMasks = Vec<((usize, usize), std::rc::Rc<[u64]>)>;

/// The [`char_mask`] of every word of `list`, made once per list (labels look for the same
/// few lists thousands of times).
fn word_masks(list: &'static [&'static str]) -> std::rc::Rc<[u64]> {
    thread_local! {
        static MASKS: std::cell::RefCell<KnownMasks> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let key = (list.as_ptr() as usize, list.len());
    MASKS.with_borrow_mut(|known| {
        if let Some((_, m)) = known.iter().find(|(k, _)| *k == key) {
            return m.clone();
        }
        let m: std::rc::Rc<[u64]> = list.iter().map(|w| char_mask(w)).collect();
        known.push((key, m.clone()));
        m
    })
}

impl WordList {
    fn new(lists: &[&[&'static str]]) -> WordList {
        let mut words: Vec<&'static str> = lists.iter().flat_map(|l| l.iter().copied()).collect();
        crate::sort::sort_by_key(&mut words, |w| u64::MAX - w.chars().count() as u64);
        WordList {
            chars: CharSet::of(words.iter().copied()),
            words: words.into_iter().map(|w| (w, char_mask(w))).collect(),
        }
    }
}

macro_rules! word_list {
    ($($list:expr),+) => {{
        static LIST: std::sync::OnceLock<WordList> = std::sync::OnceLock::new();
        LIST.get_or_init(|| WordList::new(&[$($list),+]))
    }};
}

/// `主要经济指标` + `指标增速全省排名` → `主要经济指标增速全省排名`: words borrowed and a
/// number's own words, a word they share where they meet said once.
pub(in crate::numbers) fn joined(subject: &str, own: &str) -> String {
    let ends: Vec<usize> = subject.char_indices().map(|(i, _)| i).collect();
    let shared = ends
        .iter()
        .map(|&i| &subject[i..])
        .filter(|tail| tail.chars().count() >= MIN_SHARED_WORD)
        .find(|tail| own.starts_with(*tail));
    match shared {
        Some(tail) => format!("{subject}{}", &own[tail.len()..]),
        None => format!("{subject}{own}"),
    }
}

/// The fewest chars of a word said twice where borrowed words and a number's own meet.
const MIN_SHARED_WORD: usize = 2;

#[cfg(test)]
pub(super) fn frame_words() -> &'static WordList {
    word_list!(FRAME_WORDS)
}

/// Every word a frame's wording may hold: growth wording, frame words and periods of a year.
pub(super) fn all_frame_words() -> &'static WordList {
    word_list!(
        GROWTH_UP,
        GROWTH_DOWN,
        GROWTH_WORDING,
        FRAME_WORDS,
        YEAR_PERIODS
    )
}

/// [`frame_words`] and the periods of a year a from-to frame may name.
pub(super) fn frame_and_period_words() -> &'static WordList {
    word_list!(FRAME_WORDS, YEAR_PERIODS)
}

pub(super) fn growth_words() -> &'static WordList {
    word_list!(GROWTH_UP, GROWTH_DOWN, GROWTH_WORDING)
}

pub(super) fn rank_words() -> &'static WordList {
    word_list!(RANK_SCOPES, RANK_WORDING)
}

/// [`names_something`]'s list: growth wording, then frame words.
pub(super) fn growth_and_frame_words() -> &'static WordList {
    word_list!(GROWTH_UP, GROWTH_DOWN, GROWTH_WORDING, FRAME_WORDS)
}

pub(super) fn rank_and_growth_words() -> &'static WordList {
    word_list!(
        RANK_SCOPES,
        RANK_WORDING,
        GROWTH_UP,
        GROWTH_DOWN,
        GROWTH_WORDING
    )
}

/// Verbs of placing, and `连续` (`连续保持全省第一`): no part of what is ranked.
pub(super) fn rank_verbs() -> &'static WordList {
    word_list!(RANK_VERBS, RANK_WORDING)
}

pub(super) fn fenbie() -> &'static WordList {
    word_list!(&["分别"])
}

/// Whether `s` may hold a word of `words`, by the words' first chars (`set`, built once from
/// them): a cheap test before a substring search per word; "no" is certain.
pub(super) fn may_hold_any(
    s: &str,
    words: &[&str],
    set: &'static std::sync::OnceLock<CharSet>,
) -> bool {
    let set = set.get_or_init(|| CharSet::firsts(words));
    s.chars().any(|c| set.may_hold(c))
}

pub(super) fn push_verbs() -> &'static WordList {
    word_list!(PUSH_VERBS)
}

/// Whether `s` may end with a word of `list`: its last char is one of the list's (a cheap test
/// before a search; "no" is certain).
pub(super) fn may_end_with(s: &str, list: &WordList) -> bool {
    s.chars()
        .next_back()
        .is_some_and(|c| list.chars.may_hold(c))
}

/// Stages things reach and verbs of doing to them (`开工`, `新增`): what may end a count's label
/// after its things.
pub(super) fn stage_words() -> &'static WordList {
    word_list!(PROJECT_STAGES, COUNT_VERBS)
}

pub(super) fn generic_heads() -> &'static WordList {
    word_list!(GENERIC_HEADS, PROJECT_HEADS)
}

/// Calls `f` with `s` without every occurrence of the list's words, removed one word after the
/// other, longest first (each removal may join text that a later, shorter word then matches).
/// Words whose chars are not all in `s` are skipped by mask, the others by a substring search;
/// only a word that occurs costs a `replace`.
fn with_removed<R>(s: &str, list: &WordList, f: impl FnOnce(&str) -> R) -> R {
    let mask = char_mask(s);
    // `农村居民…增速居全省第一`: a word removed is never taken out of a word that holds it
    // (`居` of `居民`); such words are set aside first, then put back.
    static KEPT: std::sync::OnceLock<Vec<(&'static str, u64)>> = std::sync::OnceLock::new();
    let kept: Vec<&str> = KEPT
        .get_or_init(|| KEPT_WORDS.iter().map(|k| (*k, char_mask(k))).collect())
        .iter()
        .filter(|&&(k, km)| km & !mask == 0 && s.contains(k))
        .map(|&(k, _)| k)
        .collect();
    let shielded;
    let s = if kept.is_empty() {
        s
    } else {
        let mut t = s.to_string();
        for (i, k) in kept.iter().enumerate() {
            t = t.replace(k, &shield(i).to_string());
        }
        shielded = t;
        shielded.as_str()
    };
    let mut rest: Option<String> = None;
    for &(w, wm) in &list.words {
        if wm & !mask != 0 {
            continue;
        }
        let current = rest.as_deref().unwrap_or(s);
        if current.contains(w) {
            rest = Some(current.replace(w, ""));
        }
    }
    if kept.is_empty() {
        return f(rest.as_deref().unwrap_or(s));
    }
    let mut out = rest.unwrap_or_else(|| s.to_string());
    for (i, k) in kept.iter().enumerate() {
        out = out.replace(shield(i), k);
    }
    f(&out)
}

/// A private-use char standing for the `i`th word set aside by [`with_removed`].
fn shield(i: usize) -> char {
    char::from_u32(0xE000 + i as u32).unwrap_or('\u{E000}')
}

/// `s` with every occurrence of the list's words removed, longest first.
pub(super) fn remove_words(s: &str, list: &WordList) -> String {
    with_removed(s, list, str::to_string)
}

/// Removes every occurrence of `words` (longest first) and says whether anything else is left.
pub(super) fn has_subject(s: &str, list: &WordList) -> bool {
    // A non-blank char in no word is never removed.
    if s.chars()
        .any(|c| !c.is_whitespace() && !list.chars.may_hold(c))
    {
        return true;
    }
    with_removed(s, list, |rest| !rest.trim().is_empty())
}

pub(super) use crate::text::is_cjk;

/// Whether a label names what is measured: at least two CJK chars besides growth wording and
/// frame words (`增加`, `的`, `年均递增` name nothing).
pub fn names_something(s: &str) -> bool {
    let list = growth_and_frame_words();
    // Latin letters name things too (`4S店`, `SUV`).
    let named = |c: char| is_cjk(c) || c.is_ascii_alphabetic();
    // Two such chars in no word are never removed.
    let kept = s.chars().filter(|&c| named(c) && !list.chars.may_hold(c));
    if kept.take(2).count() == 2 {
        return true;
    }
    with_removed(s, list, |rest| {
        rest.chars().filter(|&c| named(c)).nth(1).is_some()
    })
}

/// Where the earliest word of `lists` occurs in `s` (a byte index), each word at its first
/// occurrence and only when at least `min_chars` chars stand before it, if any: where a label is
/// cut (`两个地下商城投入使用` → before `投入使用`).
/// Words whose chars are not all in `s` are skipped by mask, without a substring search.
pub(super) fn earliest(
    s: &str,
    lists: &[&'static [&'static str]],
    min_chars: usize,
) -> Option<usize> {
    let mask = char_mask(s);
    let mut best: Option<usize> = None;
    for list in lists {
        let masks = word_masks(list);
        for (w, m) in list.iter().zip(masks.iter()) {
            if m & !mask != 0 {
                continue;
            }
            // Not inside a word that holds it (`低收入老年人`: no measure `收入`; `超市`: no
            // bound `超`).
            let inside = |i: usize| {
                CUT_WORD_COMPOUNDS.iter().any(|c| {
                    c.match_indices(w).any(|(j, _)| {
                        i >= j && s.is_char_boundary(i - j) && s[i - j..].starts_with(c)
                    })
                })
            };
            let mut at = s.find(w);
            while let Some(i) = at.filter(|&i| inside(i)) {
                at = s[i + w.len()..].find(w).map(|j| i + w.len() + j);
            }
            if let Some(i) = at {
                let enough = min_chars == 0 || s[..i].chars().nth(min_chars - 1).is_some();
                if enough && best.is_none_or(|b| i < b) {
                    best = Some(i);
                }
            }
        }
    }
    best
}

/// `s` up to the earliest word of `lists` (see [`earliest`]).
pub(super) fn cut_before<'a>(
    s: &'a str,
    lists: &[&'static [&'static str]],
    min_chars: usize,
) -> &'a str {
    earliest(s, lists, min_chars).map_or(s, |i| &s[..i])
}

#[cfg(test)]
mod tests {
    use super::joined;

    #[test]
    fn a_word_shared_where_borrowed_and_own_words_meet_is_said_once() {
        assert_eq!(
            joined("主要经济指标", "指标增速全省排名"),
            "主要经济指标增速全省排名"
        );
        assert_eq!(joined("工业投资", "投资增速"), "工业投资增速");
        // One char in common is no shared word.
        assert_eq!(joined("地区生产总值", "值班"), "地区生产总值值班");
        assert_eq!(joined("地区生产总值", "全市排名"), "地区生产总值全市排名");
    }
}
