//! Tokens that start with a digit: plain numbers with their units, years, months and dates,
//! compounds written as one token (`3+1+N`, `3-5家`, `9.2:69.5:21.3`, `2×66万千瓦`, `PM2.5`),
//! footnote markers, fractions written as shares, and `第3名`.

use super::numerals::{is_digit, is_year_digits, read_decimal};
use super::places::{has_rank_scope, place_scope, placed_in_scope, placed_near, placed_within};
use super::{attach_unit, number_token, plain_unit, Shape, Token};
use crate::numbers::context::{is_clause_sep, Context};
use crate::numbers::lexicon::{
    COUNTERS, ORDINAL_SUFFIXES, RANK_COUNTERS, RATIO_COLONS, SHARE_WHOLES,
};
use crate::numbers::units;

/// The digits at a position and what is glued to them, before a shape is decided.
struct Read {
    /// Where the token starts: at the first digit, or at Latin letters glued before it.
    start: usize,
    /// Where the first digit is.
    pos: usize,
    /// Just past the digits, joiners and letters glued after them.
    end: usize,
    /// The first number as a plain ASCII decimal string.
    digits: String,
    /// How many numbers the joiners join (1 for a plain number).
    groups: usize,
    /// The joiners between them (`+`, `-`, `:`, `×`, `/` …), in order.
    joiners: String,
    /// Whether Latin letters follow (`5G`).
    letters_after: bool,
}

impl Read {
    /// Whether Latin letters come before the digits (`PM2.5`, `G4`).
    fn prefix_letters(&self) -> bool {
        self.start < self.pos
    }
}

/// The token that starts with the digit at `pos`.
pub(super) fn scan_arabic(ctx: &Context, pos: usize) -> Token {
    let r = read(ctx, pos);
    if let Some(t) = compound(ctx, &r) {
        return t;
    }
    // `第3名`, `第14次`.
    if r.start > 0 && ctx.chars[r.start - 1] == '第' {
        return ordinal(ctx, r);
    }
    if let Some(t) = top_places(ctx, &r) {
        return t;
    }
    if let Some(end) = enumerator_end(ctx, &r) {
        let digits = ctx.slice(r.pos, end).to_string();
        return number_token(r.start, end, Shape::Ordinal, Some(digits));
    }
    if let Some(t) = ranking_list(ctx, &r) {
        return t;
    }
    plain_number(ctx, r)
}

/// `世界500强`, `500强项目`: a ranking list's name, a word; `跻身全国区域孵化能力15强`: a place
/// in such a list after a placing verb, at its clause's end, is a rank.
fn ranking_list(ctx: &Context, r: &Read) -> Option<Token> {
    if r.groups != 1 || r.letters_after || r.digits.contains('.') {
        return None;
    }
    if ctx.chars.get(r.end) != Some(&'强') {
        return None;
    }
    let end = r.end + 1;
    let mut t = number_token(r.start, end, Shape::Name, Some(r.digits.clone()));
    let at_end = ctx
        .chars
        .get(super::places::after_a_list_name(ctx, end))
        .is_none_or(|&c| is_clause_sep(c));
    // `入选2024中药上市公司30强`: a ranking list's name may be long, as in words.
    if at_end && placed_within(ctx, r.start, super::chinese::MAX_LIST_NAME) {
        t.shape = Shape::Rank;
        t.unit = Some(plain_unit("名"));
    }
    Some(t)
}

/// `1.严格落实…`, `2、启动…`, `（3）加快…`: a list's item number, at the start of a paragraph
/// or a sentence (or in brackets anywhere), is no quantity. Returns where its digits end.
fn enumerator_end(ctx: &Context, r: &Read) -> Option<usize> {
    let chars = &ctx.chars;
    if r.groups != 1 || r.letters_after || r.prefix_letters() {
        return None;
    }
    if let Some((int, _)) = r.digits.split_once('.') {
        return glued_item_number(ctx, r, int.chars().count());
    }
    if r.digits.len() > 2 {
        return None;
    }
    let next = chars.get(r.end).copied()?;
    let after = chars.get(r.end + 1).copied();
    let before = chars[..r.start]
        .iter()
        .rev()
        .copied()
        .find(|c| !c.is_whitespace() && *c != '\u{3000}');
    if matches!(before, Some('（' | '(')) && matches!(next, '）' | ')') {
        return Some(r.end);
    }
    let opens = before.is_none_or(|c| matches!(c, '。' | '；' | ';' | '：' | ':' | '！' | '？'));
    let marker = matches!(next, '、' | '.' | '．') && after.is_some_and(|c| !is_digit(c));
    (opens && marker).then_some(r.end)
}

/// `3.3座公园增设…`: an item's number and `.` glued to a count of whole things at a paragraph's
/// start; no count of parks is 3.3. Returns where the item's number ends.
fn glued_item_number(ctx: &Context, r: &Read, int_len: usize) -> Option<usize> {
    let opens = ctx.chars[..r.start].iter().all(|c| c.is_whitespace());
    let whole_things = units::match_unit(&ctx.chars, r.end).is_some_and(|m| {
        m.unit.exp == 0
            && m.approx.is_none()
            && m.unit.written.chars().count() == 1
            && m.unit.written.chars().all(|c| COUNTERS.contains(c))
    });
    (opens && int_len <= 2 && whole_things).then_some(r.start + int_len)
}

/// Reads the digits at `pos` with the letters, joiners and further numbers glued to them.
fn read(ctx: &Context, pos: usize) -> Read {
    let chars = &ctx.chars;
    let n = chars.len();
    // Latin letters glued before the number make it a name (`PM2.5`, `G4`).
    let mut start = pos;
    while start > 0 && chars[start - 1].is_ascii_alphabetic() {
        start -= 1;
    }
    let (digits, mut end) = read_decimal(chars, pos);
    let mut groups = 1;
    let mut joiners = String::new();
    // Compounds written as one token.
    while let Some(&j) = chars.get(end) {
        let next = chars.get(end + 1).copied();
        let joins_digit = next.is_some_and(is_digit);
        let joins_letter = next.is_some_and(|c| c.is_ascii_alphabetic());
        let ok = match j {
            '·' | '•' | '・' | '×' | '/' | '-' | '－' | '—' | '–' | '~' | '～' => {
                joins_digit
            }
            c if RATIO_COLONS.contains(&c) => joins_digit,
            '+' | '＋' => joins_digit || joins_letter,
            _ => false,
        };
        if !ok {
            break;
        }
        joiners.push(j);
        end += 1;
        if joins_digit {
            let (_, e) = read_decimal(chars, end);
            end = e;
            groups += 1;
        } else {
            while end < n && chars[end].is_ascii_alphabetic() {
                end += 1;
            }
        }
    }
    // Latin letters glued after it (`5G`, `4A`, `3+1+N` handled above); not a unit written in
    // them (`96GW`), which the unit reader takes.
    let mut letters_after = false;
    let letters_from = end;
    while end < n && chars[end].is_ascii_alphabetic() {
        end += 1;
        letters_after = true;
    }
    let unit_in_letters = || {
        let letters: String = chars[letters_from..end].iter().collect();
        crate::numbers::units::BASE_UNITS.contains(&letters.as_str())
    };
    if letters_after && groups == 1 && unit_in_letters() {
        end = letters_from;
        letters_after = false;
    }
    // `GDP2917.85亿元`: a measure's abbreviation before a figure with its unit names what the
    // figure measures, no name (`PM2.5`, `G4` are).
    let abbreviation = pos - start >= MIN_MEASURE_ABBREVIATION
        && chars[start..pos].iter().all(char::is_ascii_uppercase);
    if abbreviation && groups == 1 && !letters_after && units::match_unit(chars, end).is_some() {
        start = pos;
    }
    Read {
        start,
        pos,
        end,
        digits,
        groups,
        joiners,
        letters_after,
    }
}

/// The fewest capitals of a measure's abbreviation (`GDP`, `CPI`) glued before its figure.
const MIN_MEASURE_ABBREVIATION: usize = 3;

/// Brackets around a footnote's number (`[1]`, `［1］`, `〔1〕`).
const FOOTNOTE_BRACKETS: &[(char, char)] = &[('[', ']'), ('［', '］'), ('〔', '〕')];

/// A footnote marker, a fraction, a name, or several numbers joined: the token, else `None`
/// for a single number.
fn compound(ctx: &Context, r: &Read) -> Option<Token> {
    let chars = &ctx.chars;
    let (start, end) = (r.start, r.end);
    // Footnote marker `[1]`, `〔1〕`.
    let bracketed = start > 0
        && FOOTNOTE_BRACKETS
            .iter()
            .any(|&(o, c)| chars[start - 1] == o && chars.get(end) == Some(&c));
    if bracketed && r.groups == 1 {
        return Some(number_token(
            start,
            end,
            Shape::Footnote,
            Some(r.digits.clone()),
        ));
    }
    // `占全省的1/5`: a fraction is a share.
    if r.joiners == "/" && r.groups == 2 && !r.prefix_letters() && !r.letters_after {
        if let Some(t) = fraction(ctx, start, end) {
            return Some(t);
        }
    }
    if r.prefix_letters()
        || r.letters_after
        || r.joiners.contains(&['·', '•', '・', '+', '＋', '/'][..])
    {
        let d = (r.groups == 1).then(|| r.digits.clone());
        return Some(number_token(start, end, Shape::Name, d));
    }
    if r.groups == 1 {
        return None;
    }
    let shape = if r.joiners.contains(RATIO_COLONS) {
        Shape::Ratio
    } else if r.joiners.contains('×') {
        Shape::Product
    } else if is_year_digits(&r.digits) {
        Shape::Year
    } else {
        Shape::Range
    };
    // `2×66万千瓦`: the product is the total (132万千瓦).
    let product = (shape == Shape::Product && r.joiners == "×")
        .then(|| {
            let (a, b) = ctx.slice(start, end).split_once('×')?;
            let v = units::parse_decimal(a)? * units::parse_decimal(b)?;
            Some(units::format_plain(v))
        })
        .flatten();
    // `1-10月`, `1—9月份`: a span of months is a date.
    let months = shape == Shape::Range
        && chars.get(end) == Some(&'月')
        && ctx
            .slice(start, end)
            .split(|c: char| !c.is_ascii_digit())
            .all(|m| m.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m)));
    if months {
        let end = end + 1 + usize::from(chars.get(end + 1) == Some(&'份'));
        return Some(number_token(start, end, Shape::Date, None));
    }
    // `2016-03-09 19:29:46`: a time of day (a page's dateline) is a date, no ratio.
    if shape == Shape::Ratio && is_clock_time(ctx.slice(start, end)) && after_a_date(ctx, start) {
        return Some(number_token(start, end, Shape::Date, None));
    }
    let mut t = number_token(start, end, shape, product);
    if shape == Shape::Year {
        if chars.get(end) == Some(&'年') {
            t.end += 1;
            t.unit = Some(plain_unit("年"));
        }
    } else if shape != Shape::Ratio {
        attach_unit(ctx, &mut t);
    }
    // `城乡居民收入比1.94:1`: a ratio to one is its first term.
    if shape == Shape::Ratio && r.groups == 2 {
        let text = ctx.slice(start, end);
        let to_one = text
            .rsplit(RATIO_COLONS)
            .next()
            .is_some_and(|last| last == "1");
        if to_one {
            t.value = units::parse_decimal(&r.digits);
        }
    }
    Some(t)
}

/// Whether a date or the word for a time stands right before `start` (`2016-03-09 `,
/// `3月9日 `, `时间：`): what makes `19:29` a time, not a ratio (`产业结构为12:45:43`).
fn after_a_date(ctx: &Context, start: usize) -> bool {
    let before = ctx.slice(start.saturating_sub(12), start);
    let before = before.trim_end_matches([' ', '\u{3000}', ':', '：']);
    before.ends_with(TIME_WORD)
        || before.ends_with('日')
        || (before.ends_with(|c: char| c.is_ascii_digit()) && before.contains(['-', '/']))
}

/// The word that names a time (`时间：2016-03-09 19:29:46`).
const TIME_WORD: &str = "时间";

/// Whether `text` is a time of day: hours, then minutes (and seconds) of two digits each
/// (`19:29`, `08:05:46`), within a day.
fn is_clock_time(text: &str) -> bool {
    let parts: Vec<&str> = text.split(RATIO_COLONS).collect();
    let whole = |p: &str, max: u32| p.parse::<u32>().is_ok_and(|v| v <= max);
    (2..=3).contains(&parts.len())
        && parts[0].len() <= 2
        && whole(parts[0], 23)
        && parts[1..].iter().all(|p| p.len() == 2 && whole(p, 59))
}

/// `进入全省前20名`, `排名前10`: the first places of a ranking, after a rank scope or a
/// placing verb, ending with a rank's counter or its phrase (not `前10个月`, `前3季度`), or of a
/// ranking list (`前50强`): a rank with the number of places as its value, written with its `前`.
fn top_places(ctx: &Context, r: &Read) -> Option<Token> {
    let at = r.start.checked_sub(1)?;
    if ctx.chars[at] != '前' || r.digits.contains('.') {
        return None;
    }
    let counter = ctx
        .chars
        .get(r.end)
        .is_some_and(|c| RANK_COUNTERS.contains(c));
    let closed = counter
        || !ctx
            .chars
            .get(r.end)
            .is_some_and(|&c| crate::text::is_cjk(c));
    let end = r.end + usize::from(counter);
    // `前50强`: the first places of a ranking list need no scope; `前100强企业` names a class.
    let top_of_list = ctx.chars.get(r.end) == Some(&'强')
        && !ctx
            .chars
            .get(r.end + 1)
            .is_some_and(|&c| crate::text::is_cjk(c));
    let ranked = top_of_list
        || has_rank_scope(ctx, at)
        || place_scope(ctx, at)
        || placed_near(ctx, at, end)
        || after_top_places(ctx, at);
    if !closed || !ranked {
        return None;
    }
    let mut t = number_token(at, end, Shape::Rank, Some(r.digits.clone()));
    t.unit = Some(plain_unit("名"));
    Some(t)
}

/// `分别排在全市前3、前5位`: a `前` that is the next item of a list of first places is ranked
/// as the first item is.
fn after_top_places(ctx: &Context, at: usize) -> bool {
    let Some(sep) = at
        .checked_sub(1)
        .filter(|&p| matches!(ctx.chars[p], '、' | '和'))
    else {
        return false;
    };
    let mut i = sep;
    while i > 0 && RANK_COUNTERS.contains(&ctx.chars[i - 1]) {
        i -= 1;
    }
    let digits = (0..i)
        .rev()
        .take_while(|&p| ctx.chars[p].is_ascii_digit())
        .count();
    digits > 0 && i > digits && ctx.chars[i - digits - 1] == '前'
}

/// `第3名` (a rank, after a rank scope or with its counter), `第14次` (an ordinal).
fn ordinal(ctx: &Context, r: Read) -> Token {
    let (start, end) = (r.start, r.end);
    let counter = ctx
        .chars
        .get(end)
        .is_some_and(|c| RANK_COUNTERS.contains(c));
    let mut t = number_token(start - 1, end, Shape::Ordinal, Some(r.digits));
    // `倒数第3`: a place counted from the bottom is a rank, written with its `倒数`.
    let from_bottom = ctx.ends_with_at(start - 1, "倒数");
    if from_bottom {
        t.start -= 2;
    }
    let among_places = || {
        place_scope(ctx, t.start) && !ORDINAL_SUFFIXES.iter().any(|s| ctx.starts_with_at(end, s))
    };
    // `位居全国百强县投资潜力第3`: a placing verb and a scope a few words before.
    if counter
        || from_bottom
        || has_rank_scope(ctx, t.start)
        || among_places()
        || placed_in_scope(ctx, t.start)
        || placed_near(ctx, t.start, end)
    {
        t.shape = Shape::Rank;
        t.unit = Some(plain_unit("名"));
        // `第3位`: the written counter is part of the rank.
        if counter {
            t.end += 1;
        }
    } else if let Some(s) = ORDINAL_SUFFIXES.iter().find(|s| ctx.starts_with_at(end, s)) {
        t.end += s.chars().count();
    }
    t
}

/// A single number: a year, a month or date, else a number with its unit.
fn plain_number(ctx: &Context, r: Read) -> Token {
    let chars = &ctx.chars;
    let (start, end) = (r.start, r.end);
    let digits = r.digits;
    let mut t = number_token(start, end, Shape::Number, Some(digits.clone()));
    // Years.
    if is_year_digits(&digits) {
        if chars.get(end) == Some(&'年') {
            t.shape = Shape::Year;
            t.end += 1;
            t.unit = Some(plain_unit("年"));
            return t;
        }
        // `封山育林 2000 亩`: a unit after one space (a PDF's copy) measures it, as right after.
        let spaced = matches!(chars.get(end), Some(' ' | '\u{3000}' | '\u{a0}'))
            && chars.get(end + 1) != Some(&'年')
            && units::match_unit(chars, end + 1).is_some();
        if units::match_unit(chars, end).is_none() && !spaced {
            t.shape = Shape::Year;
            return t;
        }
    }
    // Months and dates.
    if chars.get(end) == Some(&'月')
        && !digits.contains('.')
        && t.value.is_some_and(|v| (1.0..=12.0).contains(&v))
    {
        t.shape = Shape::Date;
        t.end += 1;
        if t.end < chars.len() && is_digit(chars[t.end]) {
            let (_, e) = read_decimal(chars, t.end);
            if matches!(chars.get(e), Some('日') | Some('号')) {
                t.end = e + 1;
                t.value = None;
                t.digits = None;
            }
        }
        if t.digits.is_some() {
            t.unit = Some(plain_unit("月"));
        }
        return t;
    }
    attach_unit(ctx, &mut t);
    // `营业收入增幅-11.9%`, `分别增长5.6%、-24.4%`: a minus sign after words or a list's
    // separator (not a range's dash after a number) before a percentage makes it a fall.
    let percent = t
        .unit
        .as_ref()
        .and_then(|u| u.base.as_deref())
        .is_some_and(|b| b == "%" || crate::numbers::classify::is_point_unit(b));
    let minus = start.checked_sub(1).filter(|&m| {
        MINUS_SIGNS.contains(&chars[m])
            && m > 0
            && (crate::text::is_cjk(chars[m - 1]) || SIGNED_AFTER.contains(&chars[m - 1]))
    });
    if let (Some(m), true) = (minus, percent) {
        t.start = m;
        t.digits = Some(format!("-{digits}"));
        t.value = t.value.map(|v| -v);
    }
    // `12正1负`: the sign word belongs to the count.
    if t.unit.is_none() && matches!(chars.get(t.end), Some('正') | Some('负')) {
        t.end += 1;
    }
    t
}

/// Separators after which a minus sign is a sign (`5.6%、-24.4%`), not a range's dash.
const SIGNED_AFTER: &[char] = &['、', '，', ',', '；', ';', '：', ':', '（', '('];

/// Signs of a negative number: the hyphen, its full-width form and the minus sign.
const MINUS_SIGNS: &[char] = &['-', '－', '−'];

/// Whether a fraction at `start` is written as a share: after `占…的`, `的`, or `占`, or right
/// after the whole it is a part of (`达到全省总量1/6`, `相当于全市1/3`).
pub(super) fn written_as_share(ctx: &Context, start: usize) -> bool {
    let before = ctx.slice(ctx.clause_start(start), start);
    before.ends_with('的')
        || before.ends_with('占')
        || before.contains('占')
        || SHARE_WHOLES.iter().any(|w| before.ends_with(w))
}

/// `1/5` written as a share (see [`written_as_share`]): a ratio with its value (0.2).
fn fraction(ctx: &Context, start: usize, end: usize) -> Option<Token> {
    if !written_as_share(ctx, start) {
        return None;
    }
    let (num, den) = ctx.slice(start, end).split_once('/')?;
    let (num, den) = (units::parse_decimal(num)?, units::parse_decimal(den)?);
    if den == 0.0 || num > den || num.fract() != 0.0 || den.fract() != 0.0 {
        return None;
    }
    let mut t = number_token(start, end, Shape::Ratio, None);
    t.value = Some(num / den);
    Some(t)
}
