//! The tokenizer: finds every numeric token of a block, with its raw span, value and unit.

use super::context::Context;
use super::lexicon::{
    CN_MEASURES, CN_MEASURE_WORDS, COUNT_VERBS, FIRST_IDIOMS, ORDINAL_SUFFIXES, RANK_SCOPES,
    STREAK_UNITS, ZERO_OBJECTS,
};
use super::units::{self, Unit};

/// What a token looks like, before classification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A plain Arabic number, maybe with a unit (`329.73亿元`, `12`).
    Number,
    /// A year: `2024年`, or a bare 19xx/20xx with no unit.
    Year,
    /// A month or a date: `4月`, `1月23日`.
    Date,
    /// A name-like compound written as one token: `3+1+N`, `6·30`, `PM2.5`, `5G`.
    Name,
    /// A range: `3-5家`, `30－50项`.
    Range,
    /// A ratio: `9.2:69.5:21.3`.
    Ratio,
    /// A product: `2×66万千瓦`.
    Product,
    /// A footnote marker: the `1` of `^[1]`.
    Footnote,
    /// A ranking: `第二` after `全区`/`排名`, `前列`, `靠前`, `第3名`.
    Rank,
    /// An ordinal: `第七批`, `第三届`, `第二十八`, `二十届`.
    Ordinal,
    /// A Chinese-numeral count in a metric clause: `三个`.
    ChineseCount,
    /// `零` of `零发生`.
    Zero,
}

/// One numeric token of a block.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// Char index of the raw text's start in the block.
    pub start: usize,
    /// Char index just past the raw text.
    pub end: usize,
    /// Its shape.
    pub shape: Shape,
    /// The number as a plain ASCII decimal string (`329.73`), when it has a single value.
    pub digits: Option<String>,
    /// The number's value.
    pub value: Option<f64>,
    /// The unit written after it.
    pub unit: Option<Unit>,
    /// `余`/`多` written between the number and its unit, with its char index in the block.
    pub approx: Option<(usize, &'static str)>,
}

impl Token {
    /// The value with 万/亿 expanded, computed on the digit string.
    pub fn base_value(&self) -> Option<f64> {
        let exp = self.unit.as_ref().map_or(0, |u| u.exp);
        match &self.digits {
            Some(d) => units::parse_decimal(&units::shift_decimal(d, exp)),
            None => self.value.filter(|_| exp == 0),
        }
    }
}

/// ASCII or full-width decimal digit.
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

fn ascii_digit(c: char) -> char {
    if ('０'..='９').contains(&c) {
        char::from(b'0' + (c as u32 - '０' as u32) as u8)
    } else {
        c
    }
}

fn is_point(c: char) -> bool {
    c == '.' || c == '．'
}

/// A Chinese numeral char (`零〇一二两三…十百千万`).
pub fn is_cn_numeral(c: char) -> bool {
    matches!(
        c,
        '零' | '〇'
            | '一'
            | '二'
            | '两'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
    )
}

/// Parses a Chinese numeral such as `二十八` (28), `十二` (12), `一百零五` (105).
pub fn parse_cn_numeral(s: &[char]) -> Option<u64> {
    if s.is_empty() {
        return None;
    }
    let mut total: u64 = 0;
    let mut section: u64 = 0;
    let mut digit: Option<u64> = None;
    for &c in s {
        let d = match c {
            '零' | '〇' => Some(0),
            '一' => Some(1),
            '二' | '两' => Some(2),
            '三' => Some(3),
            '四' => Some(4),
            '五' => Some(5),
            '六' => Some(6),
            '七' => Some(7),
            '八' => Some(8),
            '九' => Some(9),
            _ => None,
        };
        if let Some(d) = d {
            digit = Some(d);
            continue;
        }
        let mult = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            '万' => 10000,
            _ => return None,
        };
        if mult == 10000 {
            section += digit.take().unwrap_or(0);
            total = (total + section).checked_mul(mult)?;
            section = 0;
        } else {
            section += digit.take().unwrap_or(1) * mult;
        }
    }
    Some(total + section + digit.unwrap_or(0))
}

/// Reads a plain decimal number at `pos`: digits, optionally `.` and more digits.
/// Returns the normalized string and the end index.
fn read_decimal(chars: &[char], pos: usize) -> (String, usize) {
    let mut i = pos;
    let mut s = String::new();
    while i < chars.len() && is_digit(chars[i]) {
        s.push(ascii_digit(chars[i]));
        i += 1;
    }
    if i + 1 < chars.len() && is_point(chars[i]) && is_digit(chars[i + 1]) {
        s.push('.');
        i += 1;
        while i < chars.len() && is_digit(chars[i]) {
            s.push(ascii_digit(chars[i]));
            i += 1;
        }
    }
    (s, i)
}

fn is_year_digits(d: &str) -> bool {
    d.len() == 4 && (d.starts_with("19") || d.starts_with("20"))
}

fn has_rank_scope(ctx: &Context, pos: usize) -> bool {
    RANK_SCOPES.iter().any(|w| ctx.ends_with_at(pos, w))
}

/// Finds every numeric token in the block, in text order and non-overlapping.
pub fn scan(ctx: &Context) -> Vec<Token> {
    let chars = &ctx.chars;
    let n = chars.len();
    let mut tokens: Vec<Token> = Vec::new();
    let mut i = 0;
    while i < n {
        let c = chars[i];
        if is_digit(c) {
            let mut t = scan_arabic(ctx, i);
            let prev_end = tokens.last().map_or(0, |t| t.end);
            if t.start < prev_end {
                t.start = prev_end.min(i);
            }
            i = t.end.max(i + 1);
            tokens.push(t);
            continue;
        }
        // Only these chars start a Chinese token (see `scan_chinese`).
        if !matches!(c, '第' | '前' | '靠' | '首' | '零') && !is_cn_numeral(c) {
            i += 1;
            continue;
        }
        if let Some(t) = scan_chinese(ctx, i, tokens.last().map_or(0, |t| t.end)) {
            i = t.end.max(i + 1);
            tokens.push(t);
            continue;
        }
        i += 1;
    }
    mark_date_lists(ctx, &mut tokens);
    absorb_period_words(ctx, &mut tokens);
    tokens
}

/// `2021年度`, `3月份`: the word that makes a year or month a period is part of it.
fn absorb_period_words(ctx: &Context, tokens: &mut [Token]) {
    for t in tokens.iter_mut() {
        let next = ctx.chars.get(t.end).copied();
        let last = t.end.checked_sub(1).map(|p| ctx.chars[p]);
        let absorbs = matches!(
            (t.shape, last, next),
            (Shape::Year, Some('年'), Some('度')) | (Shape::Date, Some('月'), Some('份'))
        );
        if absorbs {
            t.end += 1;
        }
    }
}

fn number_token(start: usize, end: usize, shape: Shape, digits: Option<String>) -> Token {
    let value = digits.as_deref().and_then(units::parse_decimal);
    Token {
        start,
        end,
        shape,
        digits,
        value,
        unit: None,
        approx: None,
    }
}

fn scan_arabic(ctx: &Context, pos: usize) -> Token {
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
            '·' | '•' | '・' | '×' | '/' | ':' | '：' | '-' | '－' | '—' | '–' | '~' | '～' => {
                joins_digit
            }
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
    // Latin letters glued after it (`5G`, `4A`, `3+1+N` handled above).
    let mut letters_after = false;
    while end < n && chars[end].is_ascii_alphabetic() {
        end += 1;
        letters_after = true;
    }
    let prefix_letters = start < pos;

    // Footnote marker `[1]`.
    if start > 0 && chars[start - 1] == '[' && chars.get(end) == Some(&']') && groups == 1 {
        return number_token(start, end, Shape::Footnote, Some(digits));
    }
    // `占全省的1/5`: a fraction is a share.
    if joiners == "/" && groups == 2 && !prefix_letters && !letters_after {
        if let Some(t) = fraction(ctx, start, end) {
            return t;
        }
    }
    if prefix_letters || letters_after || joiners.contains(&['·', '•', '・', '+', '＋', '/'][..])
    {
        let d = (groups == 1).then_some(digits);
        return number_token(start, end, Shape::Name, d);
    }
    if groups > 1 {
        let shape = if joiners.contains(&[':', '：'][..]) {
            Shape::Ratio
        } else if joiners.contains('×') {
            Shape::Product
        } else if is_year_digits(&digits) {
            Shape::Year
        } else {
            Shape::Range
        };
        // `2×66万千瓦`: the product is the total (132万千瓦).
        let product = (shape == Shape::Product && joiners == "×")
            .then(|| {
                let (a, b) = ctx.slice(start, end).split_once('×')?;
                let v = units::parse_decimal(a)? * units::parse_decimal(b)?;
                Some(units::format_plain(v))
            })
            .flatten();
        let mut t = number_token(start, end, shape, product);
        if shape == Shape::Year {
            if chars.get(end) == Some(&'年') {
                t.end += 1;
                t.unit = Some(plain_unit("年"));
            }
        } else if shape != Shape::Ratio {
            attach_unit(ctx, &mut t);
        }
        return t;
    }
    // `第3名`, `第14次`.
    if start > 0 && chars[start - 1] == '第' {
        let mut t = number_token(start - 1, end, Shape::Ordinal, Some(digits));
        if matches!(chars.get(end), Some('名') | Some('位')) || has_rank_scope(ctx, start - 1) {
            t.shape = Shape::Rank;
            t.unit = Some(plain_unit("名"));
            // `第3位`: the written counter is part of the rank.
            if matches!(chars.get(end), Some('名') | Some('位')) {
                t.end += 1;
            }
        } else if let Some(s) = ORDINAL_SUFFIXES.iter().find(|s| ctx.starts_with_at(end, s)) {
            t.end += s.chars().count();
        }
        return t;
    }
    let mut t = number_token(start, end, Shape::Number, Some(digits.clone()));
    // Years.
    if is_year_digits(&digits) {
        if chars.get(end) == Some(&'年') {
            t.shape = Shape::Year;
            t.end += 1;
            t.unit = Some(plain_unit("年"));
            return t;
        }
        if units::match_unit(chars, end).is_none() {
            t.shape = Shape::Year;
            return t;
        }
    }
    // Months and dates.
    if chars.get(end) == Some(&'月') && !digits.contains('.') {
        if let Some(v) = t.value.filter(|v| (1.0..=12.0).contains(v)) {
            let _ = v;
            t.shape = Shape::Date;
            t.end += 1;
            if t.end < n && is_digit(chars[t.end]) {
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
    }
    attach_unit(ctx, &mut t);
    // `12正1负`: the sign word belongs to the count.
    if t.unit.is_none() && matches!(chars.get(t.end), Some('正') | Some('负')) {
        t.end += 1;
    }
    t
}

fn plain_unit(u: &str) -> Unit {
    Unit {
        written: u.to_string(),
        base: Some(u.to_string()),
        exp: 0,
    }
}

fn attach_unit(ctx: &Context, t: &mut Token) {
    if let Some(m) = units::match_unit(&ctx.chars, t.end) {
        t.approx = m.approx.map(|(o, a)| (t.end + o, a));
        t.end += m.len;
        t.unit = Some(m.unit);
    }
}

/// Chinese-numeral tokens starting at `pos`; `prev_end` is the end of the previous token.
fn scan_chinese(ctx: &Context, pos: usize, prev_end: usize) -> Option<Token> {
    let chars = &ctx.chars;
    let c = chars[pos];
    let numeral_run = |from: usize| {
        let mut e = from;
        while e < chars.len() && is_cn_numeral(chars[e]) {
            e += 1;
        }
        e
    };
    let quoted = ctx.in_quote[pos] || ctx.in_title[pos];
    match c {
        '第' => {
            let e = numeral_run(pos + 1);
            if e == pos + 1 {
                return None;
            }
            // `第一千` etc. are fine; a run ending in 万 is a magnitude of something else.
            let value = parse_cn_numeral(&chars[pos + 1..e]);
            if FIRST_IDIOMS.iter().any(|w| ctx.starts_with_at(pos, w)) {
                return None;
            }
            let mut t = number_token(pos, e, Shape::Ordinal, None);
            t.value = value.map(|v| v as f64);
            if !quoted && (has_rank_scope(ctx, pos) || matches!(chars.get(e), Some('名'))) {
                t.shape = Shape::Rank;
                t.unit = Some(plain_unit("名"));
                if matches!(chars.get(e), Some('名') | Some('位')) {
                    t.end += 1;
                }
            } else if let Some(s) = ORDINAL_SUFFIXES.iter().find(|s| ctx.starts_with_at(e, s)) {
                t.end += s.chars().count();
                t.unit = Some(plain_unit(s));
            }
            Some(t)
        }
        '前' | '靠' | '首' if !quoted => {
            let (end, value) = if ctx.starts_with_at(pos, "前列")
                || ctx.starts_with_at(pos, "前茅")
                || ctx.starts_with_at(pos, "靠前")
            {
                (pos + 2, None)
            } else if ctx.starts_with_at(pos, "首位") {
                (pos + 2, Some(1.0))
            } else if c == '前' {
                let e = numeral_run(pos + 1);
                if e == pos + 1 || chars.get(e).is_some_and(|&x| CN_MEASURES.contains(x)) {
                    return None;
                }
                (e, parse_cn_numeral(&chars[pos + 1..e]).map(|v| v as f64))
            } else {
                return None;
            };
            // `排名全区前列`, `全区排名靠前`, `位居全省首位`; also `排名全区前列` with a scope in
            // between.
            let scoped =
                has_rank_scope(ctx, pos) || (pos >= 2 && has_rank_scope(ctx, pos - 2) && c != '靠');
            let ranked = scoped || (c == '靠' && ctx.ends_with_at(pos, "排名"));
            if !ranked {
                return None;
            }
            // A rank without digits (`前列`) is a rank all the same: unit `名`, no value.
            let mut t = number_token(pos, end, Shape::Rank, None);
            t.value = value;
            t.unit = Some(plain_unit("名"));
            Some(t)
        }
        '零' if !quoted => {
            let prev = pos.checked_sub(1).map(|p| chars[p]);
            if prev.is_some_and(|p| is_cn_numeral(p) || matches!(p, '清' | '归' | '为')) {
                return None;
            }
            if !ZERO_OBJECTS.iter().any(|w| ctx.starts_with_at(pos + 1, w)) {
                return None;
            }
            let mut t = number_token(pos, pos + 1, Shape::Zero, None);
            t.value = Some(0.0);
            Some(t)
        }
        _ if !quoted && is_cn_numeral(c) => {
            let prev = pos.checked_sub(1).map(|p| chars[p]);
            if prev
                .is_some_and(|p| is_cn_numeral(p) || matches!(p, '第' | '前' | '星' | '周' | '初'))
            {
                return None;
            }
            let e = numeral_run(pos);
            let run = &chars[pos..e];
            // `连续五年`, `连续举办十一届`: the length of a streak is a count.
            let streak = streak_before(ctx, pos);
            // `二十届` of `党的二十届三中全会`: a session ordinal without 第.
            if run.len() >= 2 && chars.get(e) == Some(&'届') && !streak {
                let mut t = number_token(pos, e + 1, Shape::Ordinal, None);
                t.value = parse_cn_numeral(run).map(|v| v as f64);
                t.unit = Some(plain_unit("届"));
                return Some(t);
            }
            if run.iter().all(|&x| x == '一' || x == '零' || x == '〇') || run.last() == Some(&'万')
            {
                return None;
            }
            let value = parse_cn_numeral(run)?;
            if value < 2 {
                return None;
            }
            let mut u = e;
            if matches!(chars.get(u), Some('多') | Some('余')) {
                u += 1;
            }
            // `两个百分点`
            if ctx.starts_with_at(u, "个百分点") {
                let mut t = number_token(pos, u + 4, Shape::ChineseCount, None);
                t.value = Some(value as f64);
                t.unit = Some(plain_unit("个百分点"));
                return Some(t);
            }
            let measure: String = match CN_MEASURE_WORDS.iter().find(|w| ctx.starts_with_at(u, w)) {
                Some(w) => w.to_string(),
                None => chars
                    .get(u)
                    .filter(|&&c| CN_MEASURES.contains(c) || (streak && STREAK_UNITS.contains(c)))?
                    .to_string(),
            };
            // A Chinese numeral counts something when the text says so: it sums up an
            // enumeration (`华测、创鑫激光、联通三个意向项目`, `…等三处`), is approximate
            // (`百余场`), a streak (`连续五年`), or follows a verb
            // of doing (`新增三家省级企业技术中心`). Otherwise it is a formula (`八项规定`).
            let clause_start = ctx
                .clause_start(pos)
                .max(prev_end)
                .max(pos.saturating_sub(60));
            let before = ctx.slice(clause_start, pos);
            let counts = before.ends_with('等')
                || before.contains('、')
                || u > e
                || streak
                || COUNT_VERBS.iter().any(|v| before.ends_with(v));
            if !counts {
                return None;
            }
            let mut t = number_token(pos, u + measure.chars().count(), Shape::ChineseCount, None);
            t.value = Some(value as f64);
            t.unit = Some(plain_unit(&measure));
            if u > e {
                t.approx = Some((e, if chars[e] == '多' { "多" } else { "余" }));
            }
            Some(t)
        }
        _ => None,
    }
}

/// `1/5` written as a share (after `占…的`, `的`, or `占`): a ratio with its value (0.2).
fn fraction(ctx: &Context, start: usize, end: usize) -> Option<Token> {
    let before = ctx.slice(ctx.clause_start(start), start);
    if !(before.ends_with('的') || before.ends_with('占') || before.contains('占')) {
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

/// Whether `连续` stands shortly before `pos` in its clause (`连续五年`, `连续举办十一届`).
fn streak_before(ctx: &Context, pos: usize) -> bool {
    let from = ctx.clause_start(pos).max(pos.saturating_sub(6));
    (from..pos).any(|p| ctx.starts_with_at(p, "连续"))
}

/// `2、3月`: numbers listed before a month are months too.
fn mark_date_lists(ctx: &Context, tokens: &mut [Token]) {
    for k in (0..tokens.len().saturating_sub(1)).rev() {
        let (a, b) = (&tokens[k], &tokens[k + 1]);
        if a.shape != Shape::Number || a.unit.is_some() || b.shape != Shape::Date {
            continue;
        }
        let between = ctx.slice(a.end, b.start);
        let small = a.value.is_some_and(|v| (1.0..=12.0).contains(&v));
        if small && matches!(between, "、" | "和" | "至" | "到" | "-" | "—" | "－" | "及") {
            tokens[k].shape = Shape::Date;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<(String, Shape)> {
        let ctx = Context::new(s);
        scan(&ctx)
            .into_iter()
            .map(|t| (ctx.slice(t.start, t.end).to_string(), t.shape))
            .collect()
    }

    #[test]
    fn chinese_numerals() {
        let p = |s: &str| parse_cn_numeral(&s.chars().collect::<Vec<_>>());
        assert_eq!(p("二十八"), Some(28));
        assert_eq!(p("十二"), Some(12));
        assert_eq!(p("一百零五"), Some(105));
        assert_eq!(p("两"), Some(2));
        assert_eq!(p("三万五千"), Some(35000));
    }

    #[test]
    fn arabic_numbers_and_units() {
        assert_eq!(
            toks("产值329.73亿元,同比增长4.1%。"),
            vec![
                ("329.73亿元".to_string(), Shape::Number),
                ("4.1%".to_string(), Shape::Number)
            ]
        );
        assert_eq!(toks("走访老人1400余人次")[0].0, "1400余人次");
        assert_eq!(toks("数字５个")[0].0, "５个");
    }

    #[test]
    fn compounds_are_one_token() {
        assert_eq!(toks("“3+1+N”工作小组")[0], ("3+1+N".into(), Shape::Name));
        assert_eq!(toks("“6·30”活动")[0], ("6·30".into(), Shape::Name));
        assert_eq!(toks("PM2.5、PM10")[0], ("PM2.5".into(), Shape::Name));
        assert_eq!(toks("PM2.5、PM10")[1], ("PM10".into(), Shape::Name));
        assert_eq!(toks("企业3-5家")[0], ("3-5家".into(), Shape::Range));
        assert_eq!(toks("调整为9.2:63.7:27.1。")[0].1, Shape::Ratio);
        assert_eq!(toks("目标^[12]，")[0], ("12".into(), Shape::Footnote));
    }

    #[test]
    fn twelve_positive_one_negative_is_two() {
        let t = toks("呈现12正1负的良好态势");
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].0, "12正");
        assert_eq!(t[1].0, "1负");
    }

    #[test]
    fn years_and_dates() {
        assert_eq!(toks("2024年以来")[0], ("2024年".into(), Shape::Year));
        assert_eq!(
            toks("工作2、3月被列入"),
            vec![("2".into(), Shape::Date), ("3月".into(), Shape::Date)]
        );
        assert_eq!(toks("1月23日召开")[0], ("1月23日".into(), Shape::Date));
        assert_eq!(toks("投入2000万元")[0], ("2000万元".into(), Shape::Number));
    }

    #[test]
    fn chinese_ranks_and_ordinals() {
        assert_eq!(toks("完成率全区第二。")[0], ("第二".into(), Shape::Rank));
        assert_eq!(toks("全市排名第一")[0], ("第一".into(), Shape::Rank));
        assert_eq!(toks("排名全区前列")[0], ("前列".into(), Shape::Rank));
        assert_eq!(toks("指标全区排名靠前")[0], ("靠前".into(), Shape::Rank));
        assert_eq!(toks("区级第七批非遗")[0], ("第七批".into(), Shape::Ordinal));
        assert_eq!(
            toks("市第二十八高级中学")[0],
            ("第二十八".into(), Shape::Ordinal)
        );
        assert_eq!(
            toks("开展“宝安第一课”培训")[0],
            ("第一".into(), Shape::Ordinal)
        );
        assert!(toks("第一时间处置").is_empty());
        assert!(toks("全省首个协会").is_empty());
    }

    #[test]
    fn chinese_counts() {
        assert_eq!(
            toks("做好华测、创鑫激光、联通三个意向项目对接")[0],
            ("三个".into(), Shape::ChineseCount)
        );
        assert!(toks("落实中央八项规定精神").is_empty());
        assert!(toks("深化“三个一”企业服务").is_empty());
        assert!(toks("九年一贯制学校").is_empty());
        assert_eq!(
            toks("实现交通亡人事故零发生")[0],
            ("零".into(), Shape::Zero)
        );
        assert!(toks("推动隐患动态清零").is_empty());
    }
}
