//! 朗读: a report's text as it is said aloud. Numbers are said as a person says them
//! (`329.73亿元` → 三百二十九点七三亿元, `4.1%` → 百分之四点一, `-2.5%` → 负百分之二点五,
//! `2024年` → 二〇二四年; Chinese numerals such as `第二` stay as written), and a text is cut
//! into utterances of one sentence each, a long sentence at its commas, so that a speech
//! engine that stops after some seconds of one utterance reads it all and a page can mark the
//! sentence being read.
//!
//! ```
//! let u = report::speech::utterances("上半年产值329.73亿元，同比增长4.1%。2024年下半年，力争增长5%-6%。");
//! assert_eq!(u.len(), 2);
//! assert_eq!(u[0].text, "上半年产值三百二十九点七三亿元，同比增长百分之四点一。");
//! assert_eq!(u[1].text, "二〇二四年下半年，力争增长百分之五到百分之六。");
//! assert_eq!((u[1].start, u[1].end), (23, 42));
//! ```

pub mod lexicon;
pub mod words;

use lexicon::{
    CLAUSE_END, MINUS, ORDER_WORDS, ORDINAL_PREFIX, PER, RANGE, SENTENCE_END, SIGNS, TO, TWO_BEFORE,
};

/// About how many characters one utterance holds before a sentence is cut at a comma.
pub const UTTERANCE_CHARS: usize = 100;

/// One utterance: what is said, and which characters of the text it reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Utterance {
    /// The words to say (numbers in words).
    pub text: String,
    /// The first character read, as a `char` offset into the text.
    pub start: usize,
    /// One past the last character read.
    pub end: usize,
}

fn ascii_digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
        _ => None,
    }
}

/// A run of digits at `i`: its ASCII form (`1,234.5`) and where it ends.
fn digit_run(chars: &[char], i: usize) -> (String, usize) {
    let mut out = String::new();
    let mut j = i;
    while j < chars.len() {
        let c = chars[j];
        if let Some(d) = ascii_digit(c) {
            out.push(d);
        } else if matches!(c, '.' | '．') && !out.contains('.') {
            match chars.get(j + 1).copied().and_then(ascii_digit) {
                Some(_) => out.push('.'),
                None => break,
            }
        } else if matches!(c, ',' | '，') && !out.contains('.') {
            // A thousands comma: three digits follow, and then no digit.
            let next: Vec<_> = chars[j + 1..]
                .iter()
                .take(4)
                .map(|&c| ascii_digit(c))
                .collect();
            let three = next.len() >= 3 && next[..3].iter().all(Option::is_some);
            if !(three && next.get(3).is_none_or(Option::is_none)) {
                break;
            }
            out.push(',');
        } else {
            break;
        }
        j += 1;
    }
    (out, j)
}

/// A calendar year: four digits of a year a report names (`2024年`, the first of `2021—2025年`),
/// not a count of years (`1000年一遇` is 一千年).
fn is_year(run: &str, chars: &[char], end: usize) -> bool {
    let calendar = run.len() == 4 && run.parse::<u32>().is_ok_and(|y| (1800..2200).contains(&y));
    if !calendar {
        return false;
    }
    match chars.get(end) {
        Some('年') => true,
        // The first of two years: 2021—2025年.
        Some(c) if RANGE.contains(c) => {
            let (next, after) = digit_run(chars, end + 1);
            next.len() == 4 && chars.get(after) == Some(&'年')
        }
        _ => false,
    }
}

/// A lone 2 (at `chars[start..end]`) is said 两 before a magnitude or a measure word, unless it
/// is an order (`第2`, `2月`, `2级`).
fn says_two_as_liang(chars: &[char], start: usize, end: usize) -> bool {
    let Some(next) = chars.get(end) else {
        return false;
    };
    let ordinal = start > 0 && chars[start - 1] == ORDINAL_PREFIX;
    let measure = crate::numbers::units::match_base(chars, end).is_some();
    !ordinal && !ORDER_WORDS.contains(next) && (TWO_BEFORE.contains(next) || measure)
}

fn per(c: Option<&char>) -> Option<&'static str> {
    c.and_then(|c| PER.iter().find(|(p, _)| p == c).map(|(_, w)| *w))
}

/// A piece of text as it is said: every number in words (see the module's doc), the rest as
/// written.
///
/// ```
/// assert_eq!(report::speech::spoken("同比下降-2.5%"), "同比下降负百分之二点五");
/// assert_eq!(report::speech::spoken("新增就业2万人，第二批"), "新增就业两万人，第二批");
/// assert_eq!(report::speech::spoken("“十四五”期间（2021-2025年）"), "“十四五”期间（二〇二一到二〇二五年）");
/// ```
pub fn spoken(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() * 2);
    let mut i = 0;
    let mut after_number = false;
    while i < chars.len() {
        let c = chars[i];
        if ascii_digit(c).is_none() {
            let next_is_digit = chars.get(i + 1).copied().and_then(ascii_digit).is_some();
            if RANGE.contains(&c) && after_number && next_is_digit {
                out.push_str(TO);
            } else if SIGNS.contains(&c) && !after_number && next_is_digit {
                out.push_str(MINUS);
            } else {
                out.push(c);
            }
            // A per-cent sign keeps a range going: 5%-6%.
            after_number = after_number && per(Some(&c)).is_some();
            i += 1;
            continue;
        }
        let (run, end) = digit_run(&chars, i);
        let words = if is_year(&run, &chars, end) {
            words::digit_by_digit(&run)
        } else if run == "2" && says_two_as_liang(&chars, i, end) {
            "两".to_string()
        } else {
            words::number(&run)
        };
        // `5-6%`: the per-cent of the range's end is said before its start.
        let range_per = chars.get(end).filter(|c| RANGE.contains(c)).and_then(|_| {
            let (next, after) = digit_run(&chars, end + 1);
            (!next.is_empty()).then(|| per(chars.get(after)))?
        });
        match per(chars.get(end)).or(range_per) {
            Some(p) => {
                out.push_str(p);
                out.push_str(&words);
                let skip = usize::from(per(chars.get(end)).is_some());
                i = end + skip;
                if range_per.is_some() && skip == 0 {
                    // The range's end follows without its own 百分之.
                    out.push_str(TO);
                    let (next, after) = digit_run(&chars, end + 1);
                    out.push_str(&words::number(&next));
                    i = after + 1;
                }
            }
            None => {
                out.push_str(&words);
                i = end;
            }
        }
        after_number = true;
    }
    out
}

/// Where the utterances of `chars[from..to]` end: at each sentence end, and a sentence longer
/// than [`UTTERANCE_CHARS`] also at the last comma or semicolon that keeps a piece within it.
fn cuts(chars: &[char]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut last_clause = None;
    for (i, c) in chars.iter().enumerate() {
        let end = i + 1;
        if SENTENCE_END.contains(c) {
            out.push(end);
            start = end;
            last_clause = None;
            continue;
        }
        if end - start > UTTERANCE_CHARS {
            if let Some(cut) = last_clause.filter(|&k| k > start) {
                out.push(cut);
                start = cut;
            }
        }
        if CLAUSE_END.contains(c) {
            last_clause = Some(end);
        }
    }
    if start < chars.len() {
        out.push(chars.len());
    }
    out
}

/// The utterances that read `text` aloud, in order: one per sentence, a sentence over about
/// [`UTTERANCE_CHARS`] characters cut at its commas; blank pieces are skipped.
pub fn utterances(text: &str) -> Vec<Utterance> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut start = 0;
    for end in cuts(&chars) {
        let piece: String = chars[start..end].iter().collect();
        let (trimmed, skipped) = crate::text::trim_blank_counted(&piece);
        if !trimmed.is_empty() {
            let from = start + skipped;
            out.push(Utterance {
                text: spoken(trimmed),
                start: from,
                end: from + trimmed.chars().count(),
            });
        }
        start = end;
    }
    out
}

/// The utterance of `text` that reads character `at` (a `char` offset): what 指读 says for a
/// number, its sentence.
///
/// ```
/// let text = "全年完成投资2亿元。新增就业3000人。";
/// let u = report::speech::utterance_at(text, 14).unwrap();
/// assert_eq!(u.text, "新增就业三千人。");
/// assert_eq!((u.start, u.end), (10, 20));
/// assert!(report::speech::utterance_at(text, 99).is_none());
/// ```
pub fn utterance_at(text: &str, at: usize) -> Option<Utterance> {
    utterances(text)
        .into_iter()
        .find(|u| u.start <= at && at < u.end)
}

/// What reading a card says: its title as said (unless the text begins with it, as a topic
/// sentence that is also the title does), then the utterances of its text.
///
/// ```
/// let (title, text) = report::speech::card("养老服务", "新建长者饭堂2个。");
/// assert_eq!(title.as_deref(), Some("养老服务"));
/// assert_eq!(text[0].text, "新建长者饭堂两个。");
/// let (title, _) = report::speech::card("强化民生保障", "强化民生保障。新增学位800个。");
/// assert!(title.is_none());
/// ```
pub fn card(title: &str, text: &str) -> (Option<String>, Vec<Utterance>) {
    let title = title.trim();
    let said = (!title.is_empty() && !text.trim_start().starts_with(title)).then(|| spoken(title));
    (said, utterances(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_rates_and_signs_are_said_in_words() {
        let cases = [
            ("329.73亿元", "三百二十九点七三亿元"),
            ("4.1%", "百分之四点一"),
            ("-2.5%", "负百分之二点五"),
            ("增长－3％", "增长负百分之三"),
            ("下降0.8个百分点", "下降零点八个百分点"),
            ("3.5‰", "千分之三点五"),
            ("１２３项", "一百二十三项"),
            ("12,345人", "一万两千三百四十五人"),
        ];
        for (text, said) in cases {
            assert_eq!(spoken(text), said, "{text}");
        }
    }

    #[test]
    fn years_are_said_digit_by_digit_and_counts_of_years_are_not() {
        assert_eq!(spoken("2024年"), "二〇二四年");
        assert_eq!(spoken("2021—2025年"), "二〇二一到二〇二五年");
        assert_eq!(spoken("用3年时间"), "用三年时间");
        assert_eq!(spoken("1000年一遇"), "一千年一遇");
        assert_eq!(spoken("1949年"), "一九四九年");
    }

    #[test]
    fn a_lone_two_before_a_measure_word_is_liang_and_an_order_is_er() {
        assert_eq!(spoken("2项"), "两项");
        assert_eq!(spoken("2个"), "两个");
        assert_eq!(spoken("2亿元"), "两亿元");
        assert_eq!(spoken("2月"), "二月");
        assert_eq!(spoken("第2批"), "第二批");
        assert_eq!(spoken("2级"), "二级");
        assert_eq!(spoken("12个"), "十二个");
    }

    #[test]
    fn ranges_say_to_and_chinese_numerals_stay_as_written() {
        assert_eq!(spoken("增长5-6%"), "增长百分之五到六");
        assert_eq!(spoken("增长5%—6%"), "增长百分之五到百分之六");
        assert_eq!(spoken("3~5个"), "三到五个");
        assert_eq!(spoken("第二，三是"), "第二，三是");
        assert_eq!(spoken("1-6月"), "一到六月");
    }

    #[test]
    fn a_list_of_numbers_is_not_a_thousands_number() {
        assert_eq!(spoken("分别为12,34和56"), "分别为十二,三十四和五十六");
        assert_eq!(spoken("3.5."), "三点五.");
    }

    #[test]
    fn a_long_sentence_is_cut_at_its_commas_and_every_char_is_read_once() {
        let clause = "推进重点项目建设，";
        let long = format!("{}完成。短句。", clause.repeat(20));
        let u = utterances(&long);
        assert!(u.len() > 2);
        for w in u.windows(2) {
            assert!(w[0].end <= w[1].start);
        }
        let chars: Vec<char> = long.chars().collect();
        for x in &u {
            assert!(x.end - x.start <= UTTERANCE_CHARS, "{}", x.end - x.start);
            assert!(matches!(chars[x.end - 1], '，' | '。'), "cut at a comma");
        }
        assert_eq!(u.last().unwrap().text, "短句。");
        let read: usize = u.iter().map(|x| x.end - x.start).sum();
        assert_eq!(read, chars.len());
    }

    #[test]
    fn lines_are_utterances_and_blank_ones_are_skipped() {
        let u = utterances("一、工作回顾\n\n  全年完成2项。");
        let texts: Vec<_> = u.iter().map(|x| x.text.as_str()).collect();
        assert_eq!(texts, ["一、工作回顾", "全年完成两项。"]);
        assert_eq!((u[1].start, u[1].end), (10, 17));
    }
}
