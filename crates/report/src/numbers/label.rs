//! Labels (what a number measures, in the clause's own words) and `relates_to` links.

use super::classify::Class;
use super::context::Context;
use super::lexicon::{
    ANYWHERE_PRE, DELTA_VERBS, FRAME_OPENERS, FRAME_WORDS, GENERIC_HEADS, GROWTH_DOWN, GROWTH_UP,
    GROWTH_WORDING, LABEL_INNER_ADVERBS, LABEL_LEAD_ADVERBS, LABEL_LEAD_VERBS, LABEL_TIME_WORDS,
    LEAD_WORDS, MEASURE_AFTER_COUNT, OWNER_HEADS, POST, RANK_SCOPES, RANK_VERBS, RANK_WORDING,
    SUBJECT_TRAIL_ADVERBS, SUBJECT_TRAIL_VERBS, TRAIL_WORDS,
};
use super::scan::{Shape, Token};
use crate::model::NumberKind;

/// Durations are no subject a growth, rate or rank describes (`连续5个月全区排名第一`).
fn is_duration(t: &Token) -> bool {
    t.unit
        .as_ref()
        .and_then(|u| u.base.as_deref())
        .is_some_and(|b| matches!(b, "个月" | "年" | "天" | "周年" | "小时" | "分钟"))
}

/// `s.strip_prefix(w)`, comparing bytes inline (the words are a few bytes long; most differ at
/// the first or last byte).
fn cut_prefix<'a>(s: &'a str, w: &str) -> Option<&'a str> {
    let (b, p) = (s.as_bytes(), w.as_bytes());
    let m = p.len();
    if m > b.len() || m == 0 || b[m - 1] != p[m - 1] || b[..m].iter().zip(p).any(|(x, y)| x != y) {
        return if m == 0 { Some(s) } else { None };
    }
    // `w` is valid UTF-8 and matched: `m` is a char boundary of `s`.
    s.get(m..)
}

/// `s.strip_suffix(w)`, comparing bytes inline.
fn cut_suffix<'a>(s: &'a str, w: &str) -> Option<&'a str> {
    let (b, p) = (s.as_bytes(), w.as_bytes());
    let m = p.len();
    if m > b.len() || m == 0 {
        return if m == 0 { Some(s) } else { None };
    }
    let start = b.len() - m;
    if b[start] != p[0] || b[start..].iter().zip(p).any(|(x, y)| x != y) {
        return None;
    }
    s.get(..start)
}

/// [`strip_words`] with [`LEAD_WORDS`] and [`TRAIL_WORDS`], returning at once when no word
/// can start or end `s` and it has no blank to trim (most labels).
/// `label` without the [`LABEL_INNER_ADVERBS`] after its first char (`每个县至少建成示范区` →
/// `每个县建成示范区`); a label that would be left empty is kept.
pub fn without_inner_adverbs(label: &str) -> Option<String> {
    let mut out = label.to_string();
    for w in LABEL_INNER_ADVERBS {
        // From the second char on: at the start it is part of a term.
        let mut from = out.chars().next().map_or(0, char::len_utf8);
        while let Some(i) = out.get(from..).and_then(|rest| rest.find(w)) {
            let at = from + i;
            out.replace_range(at..at + w.len(), "");
            from = at;
        }
    }
    (out != label && !out.trim().is_empty()).then_some(out)
}

fn strip_label(s: &str) -> String {
    static ENDS: std::sync::OnceLock<(Vec<char>, Vec<char>)> = std::sync::OnceLock::new();
    let (firsts, lasts) = ENDS.get_or_init(|| {
        let mut firsts: Vec<char> = LEAD_WORDS.iter().filter_map(|w| w.chars().next()).collect();
        let mut lasts: Vec<char> = TRAIL_WORDS
            .iter()
            .filter_map(|w| w.chars().next_back())
            .collect();
        crate::sort::sort_by_key(&mut firsts, |&c| c.into());
        crate::sort::sort_by_key(&mut lasts, |&c| c.into());
        (firsts, lasts)
    });
    let blank = |c: char| c.is_whitespace() || c == '\u{3000}';
    let (Some(first), Some(last)) = (s.chars().next(), s.chars().next_back()) else {
        return String::new();
    };
    if !blank(first)
        && !blank(last)
        && firsts.binary_search(&first).is_err()
        && lasts.binary_search(&last).is_err()
    {
        return s.to_string();
    }
    strip_words(s, LEAD_WORDS, TRAIL_WORDS)
}

fn strip_words(mut s: &str, lead: &[&str], trail: &[&str]) -> String {
    loop {
        let before = s;
        for w in lead {
            s = cut_prefix(s, w).unwrap_or(s);
        }
        for w in trail {
            s = cut_suffix(s, w).unwrap_or(s);
        }
        s = s.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
        if s == before {
            return s.to_string();
        }
    }
}

/// A word list for [`remove_words`]: the words longest first (a stable sort, so words of one
/// length keep their written order), each with a 64-bit mask of its chars, built once.
struct WordList {
    words: Vec<(&'static str, u64)>,
    /// Every char of every word.
    chars: CharSet,
}

/// A set of chars by a 1024-bit hash: `may_hold` is true for every char put in, and for a few
/// others (so "not held" is certain, "held" is not).
#[derive(Debug, Clone, Copy, Default)]
struct CharSet([u64; 16]);

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

    fn may_hold(&self, c: char) -> bool {
        self.0[Self::slot(c) / 64] & (1 << (Self::slot(c) % 64)) != 0
    }
}

/// One bit per char, by a multiplicative hash: a word can occur in a text only when every bit
/// of its mask is set in the text's.
fn char_mask(s: &str) -> u64 {
    s.chars().fold(0, |m, c| {
        m | 1 << ((c as u32).wrapping_mul(0x9E37_79B1) >> 26)
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

fn frame_words() -> &'static WordList {
    word_list!(FRAME_WORDS)
}

fn growth_words() -> &'static WordList {
    word_list!(GROWTH_UP, GROWTH_DOWN, GROWTH_WORDING)
}

fn rank_words() -> &'static WordList {
    word_list!(RANK_SCOPES, RANK_WORDING)
}

/// [`names_something`]'s list: growth wording, then frame words.
fn growth_and_frame_words() -> &'static WordList {
    word_list!(GROWTH_UP, GROWTH_DOWN, GROWTH_WORDING, FRAME_WORDS)
}

fn rank_and_growth_words() -> &'static WordList {
    word_list!(
        RANK_SCOPES,
        RANK_WORDING,
        GROWTH_UP,
        GROWTH_DOWN,
        GROWTH_WORDING
    )
}

fn rank_verbs() -> &'static WordList {
    word_list!(RANK_VERBS)
}

/// The subject of a growth's label: without its growth wording and bounding words at the end
/// (`规模以上工业增加值同比增长` → `规模以上工业增加值`).
fn growth_subject(label: &str) -> String {
    let mut s = label;
    loop {
        let before = s.len();
        for w in GROWTH_UP
            .iter()
            .chain(GROWTH_DOWN)
            .chain(GROWTH_WORDING)
            .chain(ANYWHERE_PRE)
        {
            s = cut_suffix(s, w).unwrap_or(s);
        }
        if s.len() == before {
            return strip_label(s);
        }
    }
}

fn fenbie() -> &'static WordList {
    word_list!(&["分别"])
}

/// Calls `f` with `s` without every occurrence of the list's words, removed one word after the
/// other, longest first (each removal may join text that a later, shorter word then matches).
/// Words whose chars are not all in `s` are skipped by mask, the others by a substring search;
/// only a word that occurs costs a `replace`.
fn with_removed<R>(s: &str, list: &WordList, f: impl FnOnce(&str) -> R) -> R {
    let mask = char_mask(s);
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
    f(rest.as_deref().unwrap_or(s))
}

/// `s` with every occurrence of the list's words removed, longest first.
fn remove_words(s: &str, list: &WordList) -> String {
    with_removed(s, list, str::to_string)
}

/// Removes every occurrence of `words` (longest first) and says whether anything else is left.
fn has_subject(s: &str, list: &WordList) -> bool {
    // A non-blank char in no word is never removed.
    if s.chars()
        .any(|c| !c.is_whitespace() && !list.chars.may_hold(c))
    {
        return true;
    }
    with_removed(s, list, |rest| !rest.trim().is_empty())
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// Whether a label names what is measured: at least two CJK chars besides growth wording and
/// frame words (`增加`, `的`, `年均递增` name nothing).
pub fn names_something(s: &str) -> bool {
    let list = growth_and_frame_words();
    // Two CJK chars in no word are never removed.
    let kept = s.chars().filter(|&c| is_cjk(c) && !list.chars.may_hold(c));
    if kept.take(2).count() == 2 {
        return true;
    }
    with_removed(s, list, |rest| {
        rest.chars().filter(|&c| is_cjk(c)).nth(1).is_some()
    })
}

/// The subject of a label: without a trailing `完成`/`实现` when what is left still names
/// something (`全市生产总值完成` → `全市生产总值`, but `年底完成` stays).
fn subject_of(label: &str) -> String {
    let mut s = label;
    for v in SUBJECT_TRAIL_VERBS {
        if let Some(rest) = s.strip_suffix(v) {
            if names_something(rest) {
                s = rest;
            }
        }
    }
    s.to_string()
}

/// Whether a growth, rate or rank may describe this number: an indicator that is no growth,
/// rank, duration or change.
fn is_candidate(class: &Class, token: &Token, delta: bool) -> bool {
    class.is_indicator
        && !matches!(
            class.kind,
            Some(NumberKind::Growth) | Some(NumberKind::Rank)
        )
        && !is_duration(token)
        && !delta
}

/// Whether the amount is a change: the words right before it end with a growth verb.
fn is_delta(ctx: &Context, class: &Class) -> bool {
    let raw = ctx.slice(class.seg_start, class.core_end);
    let raw = raw.trim_end_matches(&['了', ' ', '\u{3000}'][..]);
    DELTA_VERBS.iter().any(|v| raw.ends_with(v))
}

/// How far (in chars) a frame opener may stand before the end of the number's wording: a
/// frame is time words, numbers and from-to verbs, and the longest one in the seed, the corpus,
/// `gen_report` output and the tests is 23 chars (`由2011年的9.2:69.5:21.3调整为9.2:63.7:27.1`,
/// `由2010年的162.4亿元增加到2015年的287.9亿元`). 60 leaves room for one over twice that long
/// (several from-values, longer dates), and a run of frames without punctuation (`比上年增长5%`
/// repeated) no longer tries every earlier `比` of the clause, each time reading the rest of it,
/// for each number (cubic: 8 KB took 4.4 s). A frame whose opener stands further is not found.
const MAX_FRAME_CHARS: usize = 60;

/// The longest subject a frame takes (in chars, from the clause start to the opener); past it,
/// the frame has no subject. The longest frame subject in the same data is 22 chars
/// (`主要工业企业二氧化硫排放量与化学需氧量排放量比2010年…`), and the longest clause in which
/// they look a frame up is 68 chars, so this is far from applying to real text. It keeps each
/// number's frame lookup bounded in a long clause (`比上年增长5%` repeated: each subject would
/// be the whole clause so far, read again for each number).
const MAX_FRAME_SUBJECT: usize = 120;

/// A subject followed by a time or comparison frame and nothing else before the number.
#[derive(Debug, Clone, PartialEq)]
struct Frame {
    /// The words before the frame (`地区生产总值`), cleaned; may be empty.
    subject: String,
    /// Growth wording left in the frame (`降低` of `比2010年分别降低`), else empty.
    wording: String,
}

/// Finds a frame opener (`由`, `从`, `比`, `较`, `是`) in the number's clause, at most
/// [`MAX_FRAME_CHARS`] before it, such that only time words, other numbers and from-to verbs
/// sit between it and the number (`由2010年的162.4亿元增加到2015年的287.9亿元`).
fn frame(
    ctx: &Context,
    index: &BlockIndex,
    tokens: &[Token],
    t: &Token,
    class: &Class,
) -> Option<Frame> {
    let cs = ctx.clause_start(t.start);
    let end = class.core_end.min(t.start);
    // The tokens inside `[cs, end)`: a run of `tokens` (in text order, never overlapping),
    // searched by position rather than collected, so a long clause costs no scan per number.
    let lo = tokens.partition_point(|u| u.start < cs);
    let range = &tokens[lo..lo + tokens[lo..].partition_point(|u| u.start < end)];
    let in_range = |u: &Token| u.end <= end && u.end > u.start;
    // An opener before the last char that no frame or growth word contains fails for sure:
    // that char stays in what follows the opener (see `BlockIndex::bad_before`).
    let from = index
        .bad_before
        .get(end)
        .copied()
        .flatten()
        .map_or(cs, |b| b.max(cs))
        .max(end.saturating_sub(MAX_FRAME_CHARS));
    let first = index.openers.partition_point(|&p| p < from);
    for &p in index.openers[first..].iter().take_while(|&&p| p < end) {
        let c = ctx.chars[p];
        // Only the last token starting at or before `p` can hold it.
        let at = range.partition_point(|u| u.start <= p);
        if at > 0 && in_range(&range[at - 1]) && p < range[at - 1].end {
            continue;
        }
        if matches!(c, '比' | '较') {
            // A comparison names a time: `比2010年`, `较上年` (not `比重`, `同比`).
            let time = range[at..]
                .iter()
                .take_while(|u| u.start == p + 1)
                .any(|u| in_range(u) && matches!(u.shape, Shape::Year | Shape::Date))
                || ["上年", "去年", "同期"]
                    .iter()
                    .any(|w| ctx.starts_with_at(p + 1, w));
            if !time {
                continue;
            }
        }
        // The chars after the opener, other tokens left out.
        let mut rest = String::new();
        let mut next = range[at..].iter().filter(|u| in_range(u)).peekable();
        let mut i = p + 1;
        while i < end {
            while next.peek().is_some_and(|u| u.start < i) {
                next.next();
            }
            match next.peek().filter(|u| u.start == i) {
                Some(u) => i = u.end,
                None => {
                    rest.push(ctx.chars[i]);
                    i += 1;
                }
            }
        }
        let wording = remove_words(&rest, frame_words());
        let wording = wording.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
        if has_subject(wording, growth_words()) {
            continue;
        }
        // Past `MAX_FRAME_SUBJECT` chars, what stands before the opener is a run of text, not a
        // subject (and reading it for each number of a long clause would be quadratic).
        // The subject starts after the clause's last number before the opener: an earlier
        // number's wording is that number's (`工业产值比上年增长5%，比上年增长…`).
        let from = range[..at]
            .iter()
            .filter(|u| in_range(u) && u.end <= p)
            .map(|u| u.end)
            .max()
            .unwrap_or(cs)
            .max(cs);
        let subject = if p - from <= MAX_FRAME_SUBJECT {
            subject_of(&strip_label(ctx.slice(from, p)))
        } else {
            String::new()
        };
        return Some(Frame {
            subject,
            wording: wording.to_string(),
        });
    }
    None
}

/// Per-block facts computed once, so that no lookup made for one number scans the block.
struct BlockIndex {
    /// Positions of frame openers outside quotes and titles, in order.
    openers: Vec<usize>,
    /// For each position `i` (and the block's end): the last position before `i` of a char that
    /// is neither whitespace nor in any frame or growth word, outside every token. Removing
    /// frame and growth words never removes such a char, so a frame whose wording holds it
    /// names a subject.
    bad_before: Vec<Option<usize>>,
}

impl BlockIndex {
    fn new(ctx: &Context, tokens: &[Token]) -> BlockIndex {
        // Chars in no frame or growth word (certain when the set says so).
        let word_chars = &growth_and_frame_words().chars;
        let in_words = |c: char| word_chars.may_hold(c);
        let n = ctx.chars.len();
        let mut openers = Vec::new();
        let mut bad_before = Vec::with_capacity(n + 1);
        let mut last_bad = None;
        let mut token = tokens.iter().filter(|u| u.end > u.start).peekable();
        for (i, &c) in ctx.chars.iter().enumerate() {
            bad_before.push(last_bad);
            if FRAME_OPENERS.contains(&c) && !ctx.in_quote[i] && !ctx.in_title[i] {
                openers.push(i);
            }
            if in_words(c) || c.is_whitespace() {
                continue;
            }
            while token.peek().is_some_and(|u| u.end <= i) {
                token.next();
            }
            if !token.peek().is_some_and(|u| u.start <= i && i < u.end) {
                last_bad = Some(i);
            }
        }
        bad_before.push(last_bad);
        BlockIndex {
            openers,
            bad_before,
        }
    }
}

/// The part of the token's segment before the number, cleaned.
fn prefix(ctx: &Context, class: &Class) -> String {
    let start = class
        .seg_start
        .max(class.core_end.saturating_sub(MAX_PREFIX_CHARS));
    strip_label(ctx.slice(start, class.core_end))
}

/// The most chars before a number that its label takes. The longest label in the seed and the
/// corpus is 54 chars (a list of 14 industries); without a bound, a long run without punctuation
/// before a run of numbers (`增长增长…5%5%…`, `占比占比…1%，1%，…`) became every number's label,
/// and the labels grew with the square of the text (160 KB of text gave 2.4 GB of labels).
const MAX_PREFIX_CHARS: usize = 80;

/// The longest label kept (in chars); a longer one is dropped. Labels are built from other
/// numbers' labels and subjects (`{subject}{wording}`), so without a bound a run of frames
/// (`由1亿元增加到2亿元` repeated) grew each number's label by the one before it.
const MAX_LABEL_CHARS: usize = 120;

/// `依托新发地、同福等50家龙头企业`, `在甲县、乙县新建5个牧场`: the examples listed before a
/// count name what it includes, not what it counts; what follows the count does. Without such
/// a noun after the count, the list is the subject (`为困难群众、残疾对象发放补贴62.7万元`).
fn drop_examples(pre: &str, suf: &str) -> String {
    if let Some(i) = pre.rfind('等') {
        let rest = strip_label(&pre[i + '等'.len_utf8()..]);
        // A bare class noun (`…音乐会等活动`, `…等企业`) says less than the examples do.
        let specific = |s: &str| s.chars().filter(|&c| is_cjk(c)).nth(2).is_some();
        if specific(&rest) || (rest.is_empty() && specific(suf)) {
            return rest;
        }
    }
    if pre.contains('、') && names_something(suf) {
        return String::new();
    }
    pre.to_string()
}

/// A label without the time words and adverbs that open it, and with `verbs` the light verbs
/// (`年内完成仓储库` → `仓储库`, `全年实现新增就业` → `新增就业`), as long as what is left names
/// something.
fn drop_lead_words(label: &str, verbs: bool) -> String {
    let verbs: &[&str] = if verbs { LABEL_LEAD_VERBS } else { &[] };
    let mut s = label;
    'strip: loop {
        for w in LABEL_TIME_WORDS
            .iter()
            .chain(LABEL_LEAD_ADVERBS)
            .chain(verbs)
        {
            if let Some(rest) = cut_prefix(s, w) {
                if names_something(rest) && generic_head(rest).is_none() {
                    s = rest;
                    continue 'strip;
                }
            }
        }
        return s.to_string();
    }
}

/// For a multiple of a base (`是2011年的1.1倍`), the base as written (`是2011年的`).
fn multiple_base(ctx: &Context, t: &Token, c: &Class, kind: NumberKind) -> Option<String> {
    let is_times = t.unit.as_ref().is_some_and(|u| u.written == "倍");
    if kind != NumberKind::Rate || !is_times {
        return None;
    }
    let from = ctx
        .clause_start(t.start)
        .max(t.start.saturating_sub(MAX_PREFIX_CHARS));
    let before = ctx.slice(from, c.core_end.min(t.start));
    let at = before.rfind(&['是', '为'][..])?;
    let base = before[at..].replace("分别", "");
    super::classify::is_multiple_of(before).then_some(base)
}

/// A label without what a cut leaves at its edges: a quote mark whose pair is outside the
/// label (`"老旧织机`), a leading `等` left from a list (`等企业` → `企业`, but `等级公路` stays).
fn without_debris(label: &str) -> String {
    let mut s = label.to_string();
    for (open, close) in [('“', '”'), ('‘', '’'), ('「', '」')] {
        let (o, c) = (s.matches(open).count(), s.matches(close).count());
        if o != c {
            s = s.replace([open, close], "");
        }
    }
    if s.matches('"').count() % 2 == 1 {
        s = s.replace('"', "");
    }
    if let Some(rest) = s.strip_prefix('等') {
        if !rest.starts_with(&['级', '待', '同', '候', '于'][..]) && names_something(rest) {
            s = rest.to_string();
        }
    }
    s
}

/// What a label's number belongs to: the label without a generic head at its end
/// (`X项目当年完成投资` → `X项目`), or the label when that leaves nothing named.
fn without_head(label: &str) -> String {
    for h in GENERIC_HEADS {
        if let Some(rest) = cut_suffix(label, h) {
            let mut rest = rest;
            for w in LABEL_TIME_WORDS.iter().chain(ANYWHERE_PRE) {
                rest = cut_suffix(rest, w).unwrap_or(rest);
            }
            if names_something(rest) {
                return rest.to_string();
            }
        }
    }
    label.to_string()
}

/// A label that names only a generic head (`总投资`, `全年完成投资`, `占地`), as the head
/// without its time words; `None` for a label that names its own subject.
fn generic_head(label: &str) -> Option<String> {
    let core = strip_words(label, LABEL_TIME_WORDS, &[]);
    let rest = remove_words(&core, generic_heads());
    (rest.is_empty() && !core.is_empty()).then_some(core)
}

fn generic_heads() -> &'static WordList {
    word_list!(GENERIC_HEADS)
}

/// The most chars of a `的` phrase read for its owner.
const MAX_OWNER_CHARS: usize = 40;

/// `投资5.2亿元的污水处理厂三期工程…`: the noun phrase after the number's `的`, up to the last
/// word that heads a project or place ([`OWNER_HEADS`]) before the clause ends.
fn owner_after_de(ctx: &Context, t: &Token) -> Option<String> {
    let mut p = t.end;
    for w in POST {
        if ctx.starts_with_at(p, w) {
            p += w.chars().count();
            break;
        }
    }
    if ctx.chars.get(p) != Some(&'的') {
        return None;
    }
    let from = p + 1;
    let end = ctx
        .clause_end(t.start)
        .min(from + MAX_OWNER_CHARS)
        .min(ctx.chars.len());
    let to = (from + 1..=end)
        .rev()
        .find(|&q| OWNER_HEADS.iter().any(|h| ctx.ends_with_at(q, h)))?;
    let owner = strip_label(ctx.slice(from, to));
    names_something(&owner).then_some(owner)
}

/// The text after the token up to the next token of the clause, cut at `的`.
fn suffix(ctx: &Context, t: &Token, next_start: usize) -> String {
    let end = ctx
        .clause_end(t.start.min(ctx.chars.len().saturating_sub(1)))
        .min(next_start);
    let mut s = ctx.slice(t.end, end);
    for w in POST {
        s = s.strip_prefix(w).unwrap_or(s);
    }
    // A list goes on after `、`: the next item is not part of this number's label.
    let s = s.split(&['的', '、'][..]).next().unwrap_or("");
    // `培育12家龙头企业产值超百亿`: a count is of its own noun; a measure of those things
    // (`产值`, `优良率`) or a bound (`超`) after it starts another statement.
    let s = MEASURE_AFTER_COUNT
        .iter()
        .filter_map(|w| s.find(w).filter(|&i| s[..i].chars().count() >= 2))
        .min()
        .map_or(s, |i| &s[..i]);
    strip_words(
        s,
        &["、", "和", "及"],
        &[
            "、", "和", "及", "等", "共", "约", "超", "近", "累计", "预计", "达", "为",
        ],
    )
}

/// Computes the label and the `relates_to` (an index into `tokens`) of every token. `topic`
/// is the block's topic title: the last fallback for a number whose sentence names nothing.
pub fn labels(
    ctx: &Context,
    tokens: &[Token],
    classes: &[Class],
    topic: Option<&str>,
) -> Vec<(Option<String>, Option<usize>)> {
    let mut out: Vec<(Option<String>, Option<usize>)> = Vec::with_capacity(tokens.len());
    // Per token: the noun phrase later numbers of the sentence may borrow, and whether it is a
    // change (`增加13480元`) rather than a level.
    let mut subjects: Vec<Option<String>> = Vec::with_capacity(tokens.len());
    let mut deltas: Vec<bool> = Vec::with_capacity(tokens.len());
    // Built at the first frame lookup of the block (most blocks need none).
    let mut index: Option<BlockIndex> = None;
    // The last token so far that another number may describe (`candidate` below), and the last
    // one with a subject: the nearest ones of a clause or sentence, without scanning back.
    let mut last_candidate: Option<usize> = None;
    let mut last_subject: Option<usize> = None;
    // Per clause: its last such token, and whether it holds a change.
    let mut clause_candidate: Vec<Option<usize>> = vec![None; ctx.clause_range.len()];
    let mut clause_delta: Vec<bool> = vec![false; ctx.clause_range.len()];
    // Per clause: `clause_subject`, once (it walks back over the sentence's earlier clauses).
    let mut clause_subjects: Vec<Option<Option<String>>> = vec![None; ctx.clause_range.len()];
    let clause_of = |j: usize| ctx.clause[tokens[j].start];
    let sentence_of = |j: usize| ctx.clause_sentence[clause_of(j)];
    for (k, (t, c)) in tokens.iter().zip(classes).enumerate() {
        if !c.is_indicator {
            out.push((None, None));
            subjects.push(None);
            deltas.push(false);
            continue;
        }
        let clause = ctx.clause[t.start];
        let sentence = ctx.clause_sentence[clause];
        let kind = c.kind.unwrap_or(NumberKind::Amount);
        let delta = matches!(kind, NumberKind::Amount | NumberKind::Target) && is_delta(ctx, c);
        let mut pre = prefix(ctx, c);
        // `公共预算支出由11.66亿元增加到…`: the from-value of a frame; its suffix is the frame's verb.
        let mut framed = false;
        for opener in ['由', '从'] {
            if let Some(p) = pre.strip_suffix(opener) {
                if names_something(p) {
                    pre = strip_label(p);
                    framed = true;
                }
            }
        }
        // `地区生产总值由2010年的162.4亿元`: the subject stands before the frame.
        if !names_something(&pre) {
            let index = index.get_or_insert_with(|| BlockIndex::new(ctx, tokens));
            if let Some(f) = frame(ctx, index, tokens, t, c) {
                if names_something(&f.subject) {
                    pre = format!("{}{}", f.subject, f.wording);
                    framed = true;
                } else if matches!(kind, NumberKind::Amount | NumberKind::Target) {
                    pre = f.wording;
                }
            }
        }
        let prev_in_clause = k
            .checked_sub(1)
            .filter(|&j| ctx.clause[tokens[j].start] == clause);
        let next_start = tokens
            .get(k + 1)
            .filter(|n| ctx.clause[n.start] == clause)
            .map_or(usize::MAX, |n| n.start);

        // Does it describe another number?
        let needs_subject = !framed
            && match kind {
                NumberKind::Growth => !has_subject(&pre, growth_words()),
                NumberKind::Rate => {
                    pre.chars().count() <= 4 && (pre.ends_with('率') || pre.ends_with("占比"))
                }
                NumberKind::Rank => !has_subject(&pre, rank_words()),
                _ => false,
            };
        let mut relates_to = None;
        if needs_subject
            && matches!(
                kind,
                NumberKind::Growth | NumberKind::Rate | NumberKind::Rank
            )
        {
            // The nearest candidate of the clause: the last one so far, if in this clause.
            relates_to = last_candidate.filter(|&j| clause_of(j) == clause);
            // Then the previous clause of the sentence; past a clause holding only a change
            // (`…完成30788元,比2010年增加13480元,年均递增12.2%`), the one before it.
            let mut back = 1;
            while relates_to.is_none()
                && back <= 2
                && clause >= back
                && ctx.clause_sentence[clause - back] == sentence
            {
                let cl = clause - back;
                relates_to = clause_candidate[cl];
                if !clause_delta[cl] {
                    break;
                }
                back += 1;
            }
        }
        let related_subject =
            relates_to.and_then(|r| subjects[r].clone().or_else(|| out[r].0.clone()));

        // A streak's length (`连续8年`) belongs to the subject before `连续`.
        let streak_subject = (matches!(kind, NumberKind::Amount | NumberKind::Target)
            && is_duration(t)
            && pre.ends_with("连续"))
        .then(|| strip_label(pre.trim_end_matches("连续")))
        .filter(|s| names_something(s));
        let mut label = match kind {
            NumberKind::Growth | NumberKind::Rate => match &related_subject {
                Some(l) => format!("{l}{pre}"),
                None => pre.clone(),
            },
            NumberKind::Rank => {
                // `稳居全省前列` → `全省排名`: the verb of placing names nothing measured.
                let scope = remove_words(&pre, rank_verbs());
                let own = if scope.contains("排名") {
                    scope.clone()
                } else {
                    format!("{scope}排名")
                };
                // `增长11.4%、全省第一`, `增速全市第一`: a rank with no subject of its own ranks
                // the subject of the number it describes, else of the sentence's last number.
                let borrowed = if has_subject(&scope, rank_and_growth_words()) {
                    None
                } else {
                    relates_to
                        .and_then(|r| subjects[r].clone().or_else(|| out[r].0.clone()))
                        .or_else(|| {
                            last_subject
                                .filter(|&j| sentence_of(j) == sentence)
                                .and_then(|j| subjects[j].clone())
                        })
                };
                match borrowed {
                    Some(l) if !own.starts_with(l.as_str()) => format!("{l}{own}"),
                    _ => own,
                }
            }
            NumberKind::Amount | NumberKind::Target => {
                // `零发生`: what follows `零` is the verb, not the subject. After a frame, what
                // follows is the frame's verb (`增加到`).
                let suf = if framed || (t.shape == Shape::Zero && !pre.is_empty()) {
                    String::new()
                } else {
                    suffix(ctx, t, next_start)
                };
                let pre = drop_examples(&pre, &suf);
                // `粮食产量连续8年保持全省第一`: a streak is of what the rest of the clause says.
                let suf = if streak_subject.is_some() {
                    let end = ctx.clause_end(t.start).min(t.end + MAX_PREFIX_CHARS);
                    strip_label(ctx.slice(t.end, end))
                } else {
                    suf
                };
                if pre.is_empty() && suf.is_empty() {
                    prev_in_clause
                        .and_then(|j| out[j].0.clone())
                        .unwrap_or_default()
                } else {
                    let short = pre
                        .chars()
                        .filter(|c| !matches!(c, '“' | '”' | '"'))
                        .count()
                        <= 4;
                    let both = format!("{pre}{suf}");
                    if short || both.chars().count() <= 40 || t.shape == Shape::ChineseCount {
                        both
                    } else {
                        pre.clone()
                    }
                }
            }
        };
        label = strip_label(&label);
        if let Some(base) = multiple_base(ctx, t, c, kind) {
            // `全县生产总值完成96.3亿元，是2011年的1.1倍`: the subject, then the base it is a
            // multiple of, as written.
            let subject = if framed && names_something(&pre) {
                Some(pre.clone())
            } else {
                related_subject.clone().or_else(|| {
                    last_subject
                        .filter(|&j| sentence_of(j) == sentence)
                        .and_then(|j| subjects[j].clone())
                })
            };
            if let Some(subject) = subject {
                label = format!("{}{base}", subject.trim_end_matches(base.as_str()));
            }
        }
        // The owner a generic head was given: what later numbers of the sentence belong to
        // (`X项目总投资30亿元，当年完成投资6.1亿元，开工25.9万平方米`).
        let mut owner_subject = None;
        if matches!(kind, NumberKind::Amount | NumberKind::Target) {
            if let Some(head) = generic_head(&label) {
                // `投资5.2亿元的污水处理厂三期工程`: the number belongs to the phrase after `的`;
                // `合作项目572项、总投资7139亿元`: else to the sentence's last subject.
                let owner = owner_after_de(ctx, t).or_else(|| {
                    last_subject
                        .filter(|&j| sentence_of(j) == sentence)
                        .and_then(|j| subjects[j].clone())
                        .filter(|s| generic_head(s).is_none())
                });
                if let Some(owner) = owner {
                    label = format!("{owner}{head}");
                    owner_subject = Some(owner);
                }
            } else {
                label = drop_lead_words(&label, true);
            }
        } else if kind != NumberKind::Rank {
            label = drop_lead_words(&label, false);
        }
        // `分别降低5.2%和11.5%`: a bare second item of a list shares the first one's label.
        if label.is_empty() && relates_to.is_none() {
            if let Some(j) = prev_in_clause.filter(|&j| classes[j].kind == c.kind) {
                label = out[j].0.clone().unwrap_or_default();
            }
        }
        if kind != NumberKind::Rank && !names_something(&label) {
            // A bare verb or frame (`增加`, `年均递增`, `是2010年的`): borrow the nearest noun
            // phrase earlier in the sentence, else the topic's title.
            let borrowed = last_subject
                .filter(|&j| sentence_of(j) == sentence)
                .and_then(|j| subjects[j].clone())
                .or_else(|| {
                    clause_subjects[clause]
                        .get_or_insert_with(|| clause_subject(ctx, tokens, clause))
                        .clone()
                })
                .or_else(|| topic.map(strip_label).filter(|s| names_something(s)));
            if let Some(b) = borrowed {
                // Keep the number's own growth wording (`增加`, `年均递增`), not a stray char.
                let own = remove_words(&label, fenbie());
                let own = if has_subject(&own, growth_words()) {
                    String::new()
                } else {
                    own
                };
                label = format!("{b}{own}");
            }
        }
        if label.is_empty() {
            // Last resort: the number's own stretch of its clause, from the previous number to
            // the next. Not the whole clause: in a clause of many numbers (`1个、2个、…`) that
            // would be the other numbers, once per number.
            let (s, e) = ctx.clause_range[clause];
            let from = prev_in_clause.map_or(s, |j| tokens[j].end.max(s));
            let to = next_start.min(e);
            let text = format!("{}{}", ctx.slice(from, t.start), ctx.slice(t.end, to));
            label = strip_label(&text);
        }
        label = without_debris(&label);
        if label.chars().nth(MAX_LABEL_CHARS).is_some() {
            label.clear();
        }
        let label = match kind {
            NumberKind::Amount | NumberKind::Target => subject_of(&label),
            _ => label,
        };
        let subject = match kind {
            _ if delta => last_subject
                .filter(|&j| sentence_of(j) == sentence)
                .and_then(|j| subjects[j].clone()),
            NumberKind::Amount | NumberKind::Target => owner_subject
                .or(streak_subject)
                .or_else(|| Some(without_head(&label))),
            NumberKind::Rate if names_something(&label) && relates_to.is_none() => {
                Some(subject_of(&label))
            }
            // `地区生产总值增长7.5%，达到309亿元`: a growth with its own subject lends it.
            NumberKind::Growth if related_subject.is_none() => Some(growth_subject(&label)),
            _ => related_subject,
        }
        .filter(|s| names_something(s));
        if is_candidate(c, t, delta) {
            last_candidate = Some(k);
            clause_candidate[clause] = Some(k);
        }
        // A growth in a unit of its own (`比2018年增加5320元`) is a change too.
        clause_delta[clause] |= delta || kind == NumberKind::Growth;
        if subject.is_some() {
            last_subject = Some(k);
        }
        subjects.push(subject);
        deltas.push(delta);
        out.push(((!label.is_empty()).then_some(label), relates_to));
    }
    out
}

/// The nearest earlier clause of the sentence that holds no number and is short enough to be
/// a subject (`社区干部生活补贴和环卫工人工资标准逐年提高,平均达到2000元`), cut before its
/// growth verb.
fn clause_subject(ctx: &Context, tokens: &[Token], clause: usize) -> Option<String> {
    let sentence = ctx.clause_sentence[clause];
    let mut cl = clause;
    while cl > 0 && ctx.clause_sentence[cl - 1] == sentence {
        cl -= 1;
        let (s, e) = ctx.clause_range[cl];
        let first = tokens.partition_point(|u| u.start < s);
        if tokens.get(first).is_some_and(|u| u.start < e) {
            return None;
        }
        if e - s > 24 {
            return None;
        }
        let text = ctx.slice(s, e);
        let cut = DELTA_VERBS
            .iter()
            .filter_map(|v| text.find(v))
            .min()
            .unwrap_or(text.len());
        let mut subject = strip_label(&text[..cut]);
        loop {
            let before = subject.len();
            for a in SUBJECT_TRAIL_ADVERBS {
                if let Some(rest) = subject.strip_suffix(a) {
                    subject = rest.to_string();
                }
            }
            if subject.len() == before {
                break;
            }
        }
        if names_something(&subject) {
            return Some(subject);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The plain definition: one `String::replace` per word, longest first.
    fn reference(s: &str, lists: &[&[&str]]) -> String {
        let mut sorted: Vec<&str> = lists.iter().flat_map(|l| l.iter().copied()).collect();
        sorted.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
        let mut rest = s.to_string();
        for w in sorted {
            rest = rest.replace(w, "");
        }
        rest
    }

    fn lists() -> [(&'static WordList, Vec<&'static [&'static str]>); 5] {
        [
            (frame_words(), vec![FRAME_WORDS]),
            (growth_words(), vec![GROWTH_UP, GROWTH_DOWN, GROWTH_WORDING]),
            (rank_words(), vec![RANK_SCOPES, RANK_WORDING]),
            (
                growth_and_frame_words(),
                vec![GROWTH_UP, GROWTH_DOWN, GROWTH_WORDING, FRAME_WORDS],
            ),
            (fenbie(), vec![&["分别"]]),
        ]
    }

    #[test]
    fn removal_joins_text_for_later_words() {
        // `上年` goes first (longest), which joins `年`+`末`; then `年`, `末` go one by one.
        assert_eq!(remove_words("上上年年末", frame_words()), "上");
        assert_eq!(remove_words("比上年同期增长", growth_words()), "");
        assert!(!names_something("年均递增"));
        assert!(names_something("全市生产总值完成"));
    }

    fn word_soup() -> impl Strategy<Value = String> {
        let all: Vec<&'static str> = [
            FRAME_WORDS,
            GROWTH_UP,
            GROWTH_DOWN,
            GROWTH_WORDING,
            RANK_SCOPES,
        ]
        .concat()
        .into_iter()
        .chain(["产值", "上", "年", "比", "同", "a", " ", "、"])
        .collect();
        proptest::collection::vec(proptest::sample::select(all), 0..12).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn one_pass_removal_is_sequential_replace(s in word_soup()) {
            for (list, words) in lists() {
                prop_assert_eq!(remove_words(&s, list), reference(&s, &words));
            }
        }
    }
}
