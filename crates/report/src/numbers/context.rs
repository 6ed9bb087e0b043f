//! Where a position sits in its paragraph: inside quotes or a 《title》, and which clause and
//! sentence it belongs to.

use super::lexicon::RATIO_COLONS;

/// Clause separators. `、` is not one: it separates list items, which the label and qualifier
/// rules handle through the previous mention of the clause instead.
pub fn is_clause_sep(c: char) -> bool {
    matches!(
        c,
        ',' | '，' | ';' | '；' | '。' | ':' | '：' | '!' | '！' | '?' | '？' | '\n' | '\r'
    )
}

/// Sentence separators (a clause separator that also ends the sentence).
pub fn is_sentence_sep(c: char) -> bool {
    matches!(c, ';' | '；' | '。' | '!' | '！' | '?' | '？' | '\n' | '\r')
}

/// Marks that open an item of a list written inside one line (`…转型升级·下半年新增…`).
const BULLETS: &[char] = &['·', '•', '●'];

/// Longest quoted text still taken as a name (“91530”, “宝安第一课”); longer quotes are prose.
const MAX_NAME_QUOTE: usize = 30;

/// Per-char facts about one block of text.
#[derive(Debug, Clone)]
pub struct Context {
    /// The block's chars.
    pub chars: Vec<char>,
    /// For each char: it is inside a short quotation (“…”, "…", 「…」, ‘…’) that reads as a name.
    pub in_quote: Vec<bool>,
    /// For each char: it is inside a 《title》 or 〈title〉.
    pub in_title: Vec<bool>,
    /// For each char: the index of its clause (clauses are split at [`is_clause_sep`] outside
    /// quotes, titles and brackets).
    pub clause: Vec<usize>,
    /// For each clause: the index of its sentence.
    pub clause_sentence: Vec<usize>,
    /// For each clause: its char range `[start, end)` (separator excluded).
    pub clause_range: Vec<(usize, usize)>,
    /// The block's text, for slices without re-encoding chars.
    text: String,
    /// For each char, and once more at the end: its byte offset in `text`.
    byte: Vec<usize>,
}

/// Pairs of marks whose inside is marked: quotes (short ones only) and titles.
const QUOTE_PAIRS: [(char, char); 5] = [
    ('“', '”'),
    ('"', '"'),
    ('「', '」'),
    ('『', '』'),
    ('‘', '’'),
];
const TITLE_PAIRS: [(char, char); 2] = [('《', '》'), ('〈', '〉')];

/// One pair's state while scanning: where its open mark is. A close mark marks `[open, close]`
/// when at most `max` chars lie between them; an open mark (re)starts the pair. When both marks
/// are the same char (`"`), marks alternate between opening and closing.
fn pair_mark(
    start: &mut Option<usize>,
    (open, close): (char, char),
    i: usize,
    c: char,
    max: usize,
    out: &mut [bool],
) {
    let closes = if open == close {
        c == open && start.is_some()
    } else {
        c == close
    };
    if closes {
        if let Some(s) = start.take() {
            if i - s <= max + 1 {
                out[s..=i].iter_mut().for_each(|b| *b = true);
            }
        }
    } else if c == open {
        *start = Some(i);
    }
}

/// Every quote and title pair while a block is scanned: where each is open, and the chars
/// marked inside them so far.
struct PairMarks {
    quote_open: [Option<usize>; QUOTE_PAIRS.len()],
    title_open: [Option<usize>; TITLE_PAIRS.len()],
    in_quote: Vec<bool>,
    in_title: Vec<bool>,
}

impl PairMarks {
    fn new(n: usize) -> PairMarks {
        PairMarks {
            quote_open: [None; QUOTE_PAIRS.len()],
            title_open: [None; TITLE_PAIRS.len()],
            in_quote: vec![false; n],
            in_title: vec![false; n],
        }
    }

    /// Takes the char `c` at `i` into account: it may open or close a pair.
    fn see(&mut self, i: usize, c: char) {
        // Every pair mark is in `"`, U+2018–U+201D or U+3008–U+300F.
        if !matches!(c, '"' | '\u{2018}'..='\u{201d}' | '\u{3008}'..='\u{300f}') {
            return;
        }
        if let Some(k) = QUOTE_PAIRS.iter().position(|&(o, e)| c == o || c == e) {
            let pair = QUOTE_PAIRS[k];
            pair_mark(
                &mut self.quote_open[k],
                pair,
                i,
                c,
                MAX_NAME_QUOTE,
                &mut self.in_quote,
            );
        } else if let Some(k) = TITLE_PAIRS.iter().position(|&(o, e)| c == o || c == e) {
            let max = usize::MAX / 4;
            pair_mark(
                &mut self.title_open[k],
                TITLE_PAIRS[k],
                i,
                c,
                max,
                &mut self.in_title,
            );
        }
    }
}

/// For each char, whether it is a `“` of a quotation, not a name: its sentence does not close
/// it, or closes it only past [`MAX_NAME_QUOTE`] chars. One backward pass.
fn quotes_left_open(chars: &[char]) -> Vec<bool> {
    let mut out = vec![false; chars.len()];
    // Where the next `”` is, if before the next sentence end, from the char after `i` on.
    let mut close_ahead: Option<usize> = None;
    for (i, &c) in chars.iter().enumerate().rev() {
        if c == '“' {
            out[i] = close_ahead.is_none_or(|e| e - i > MAX_NAME_QUOTE);
        }
        if c == '”' {
            close_ahead = Some(i);
        } else if is_sentence_sep(c) {
            close_ahead = None;
        }
    }
    out
}

impl Context {
    /// Analyses a block's text.
    pub fn new(text: &str) -> Context {
        let n = text.chars().count();
        let mut chars: Vec<char> = Vec::with_capacity(n);
        let mut byte: Vec<usize> = Vec::with_capacity(n + 1);
        for (b, c) in text.char_indices() {
            chars.push(c);
            byte.push(b);
        }
        byte.push(text.len());
        // Every pair in the same pass as the clauses: the pairs are independent, and marking
        // only sets flags.
        let mut marks = PairMarks::new(n);
        // Nesting of quotes, titles and brackets: separators inside them do not split clauses.
        let mut clause = vec![0; n];
        let mut clause_sentence = vec![0];
        let mut clause_range = vec![(0, 0)];
        let quoting = quotes_left_open(&chars);
        let mut depth: i32 = 0;
        let mut ascii_quote = false;
        let mut current = 0;
        let mut sentence = 0;
        for (i, &c) in chars.iter().enumerate() {
            // Most chars are ideographs: no mark, bracket or separator.
            if ('\u{4e00}'..='\u{9fff}').contains(&c) {
                clause[i] = current;
                continue;
            }
            marks.see(i, c);
            match c {
                // `“2018年我县…的主要预期目标是:生产总值增长8.5%以上,…`: a news report quoting
                // the report at length splits its clauses as the report does.
                '“' if quoting[i] => {}
                '“' | '《' | '（' | '(' | '「' | '『' | '〈' | '【' | '[' => depth += 1,
                '”' | '》' | '）' | ')' | '」' | '』' | '〉' | '】' | ']' => {
                    depth = (depth - 1).max(0)
                }
                '"' => {
                    ascii_quote = !ascii_quote;
                }
                _ => {}
            }
            clause[i] = current;
            let open = depth > 0 || ascii_quote;
            // `9.2:69.5:21.3`, `10:30`: a colon between digits is part of the number.
            let digit = |j: Option<usize>| {
                j.and_then(|j| chars.get(j))
                    .is_some_and(|d| d.is_ascii_digit() || ('０'..='９').contains(d))
            };
            let in_number =
                (RATIO_COLONS.contains(&c) && digit(i.checked_sub(1)) && digit(Some(i + 1)))
                    || is_thousands_comma(&chars, i);
            // `…加快转型升级·下半年预计新增9个工业投资项目`: a bullet between words (not in a name
            // of digits, `6·30`) starts an item of its own.
            let bullet = BULLETS.contains(&c)
                && !open
                && i > 0
                && !digit(i.checked_sub(1))
                && !digit(Some(i + 1));
            // `济沁河乡位于龙江县西北部.距县城60公里`: a Latin full stop between words (a copy
            // that lost its `。`) ends the sentence; between digits it is a decimal point.
            let ideograph = |j: Option<usize>| {
                j.and_then(|j| chars.get(j))
                    .is_some_and(|d| ('\u{4e00}'..='\u{9fff}').contains(d))
            };
            let latin_stop = c == '.' && ideograph(i.checked_sub(1)) && ideograph(Some(i + 1));
            let sentence_end = is_sentence_sep(c) || bullet || latin_stop;
            if (is_clause_sep(c) || bullet || latin_stop) && !in_number && (!open || sentence_end) {
                clause_range[current].1 = i;
                if sentence_end {
                    sentence += 1;
                    depth = 0;
                    ascii_quote = false;
                }
                current += 1;
                clause_sentence.push(sentence);
                clause_range.push((i + 1, i + 1));
            }
        }
        clause_range[current].1 = n;
        Context {
            chars,
            in_quote: marks.in_quote,
            in_title: marks.in_title,
            clause,
            clause_sentence,
            clause_range,
            text: text.to_string(),
            byte,
        }
    }

    /// The text of the chars `[start, end)` (both clamped to the block).
    pub fn slice(&self, start: usize, end: usize) -> &str {
        let end = end.min(self.chars.len());
        let start = start.min(end);
        &self.text[self.byte[start]..self.byte[end]]
    }

    /// The char index of every place `word` starts in the block, in order.
    pub fn find_all(&self, word: &str) -> Vec<usize> {
        self.text
            .match_indices(word)
            .map(|(b, _)| self.byte.partition_point(|&x| x < b))
            .collect()
    }

    /// Whether the chars before `pos` end with `word`.
    pub fn ends_with_at(&self, pos: usize, word: &str) -> bool {
        let mut i = pos;
        for c in word.chars().rev() {
            if i == 0 {
                return false;
            }
            i -= 1;
            if self.chars.get(i) != Some(&c) {
                return false;
            }
        }
        true
    }

    /// Whether the chars from `pos` start with `word`.
    pub fn starts_with_at(&self, pos: usize, word: &str) -> bool {
        (pos..)
            .zip(word.chars())
            .all(|(i, c)| self.chars.get(i) == Some(&c))
    }

    /// The start of the clause containing `pos`.
    pub fn clause_start(&self, pos: usize) -> usize {
        self.clause
            .get(pos)
            .map(|&c| self.clause_range[c].0)
            .unwrap_or(0)
    }

    /// The start of the list `pos`'s clause ends: back over clauses joined by `、`
    /// (`上半年3.2%、前三季度4.4%、…`), while the list is shorter than `max_chars` (a bound, so a
    /// run of thousands of items is not walked once per item).
    pub fn list_start(&self, pos: usize, max_chars: usize) -> usize {
        let mut from = self.clause_start(pos);
        while from > 0 && self.chars[from - 1] == '、' && pos - from < max_chars {
            from = self.clause_start(from - 1);
        }
        from
    }

    /// The end of the clause containing `pos`.
    pub fn clause_end(&self, pos: usize) -> usize {
        self.clause
            .get(pos)
            .map(|&c| self.clause_range[c].1)
            .unwrap_or(self.chars.len())
    }
}

/// Whether the `,` at `i` separates thousands (`1,256`, `12,345,678`), as the number scanner
/// reads them: one to three digits before it (after a non-digit or another such comma), exactly
/// three ASCII digits after it.
fn is_thousands_comma(chars: &[char], i: usize) -> bool {
    let ascii = |j: usize| chars.get(j).is_some_and(|c| c.is_ascii_digit());
    if chars.get(i) != Some(&',') || !(i + 1..i + 4).all(ascii) || ascii(i + 4) {
        return false;
    }
    let run = (0..i).rev().take_while(|&j| ascii(j)).count();
    (1..=3).contains(&run)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_and_titles() {
        let c = Context::new("推进“91530”项目,落实《2024年要点》。");
        assert!(c.in_quote[3] && c.in_quote[4]);
        assert!(!c.in_quote[0]);
        assert!(c.in_title[14]);
        assert!(!c.in_title[0]);
    }

    #[test]
    fn colons_between_digits_do_not_split_clauses() {
        let c = Context::new("比重由9.2:69.5:21.3调整为9.2:63.7:27.1。会议:通过");
        let last_ratio = c.chars.iter().rposition(|&x| x == '1').unwrap();
        assert_eq!(c.clause[last_ratio], c.clause[0]);
        let after = c.chars.len() - 1;
        assert_ne!(c.clause[after], c.clause[c.chars.len() - 4]);
    }

    #[test]
    fn a_latin_full_stop_between_words_ends_a_sentence_and_between_digits_is_a_point() {
        let c = Context::new("乡位于县西北部.距县城60公里,面积320.29平方千米");
        let stop = c.chars.iter().position(|&x| x == '.').unwrap();
        assert_ne!(
            c.clause_sentence[c.clause[stop - 1]],
            c.clause_sentence[c.clause[stop + 1]]
        );
        let point = c.chars.iter().rposition(|&x| x == '.').unwrap();
        assert_eq!(c.clause[point - 1], c.clause[point + 1]);
    }

    #[test]
    fn clauses_split_outside_quotes() {
        let c = Context::new("举办“两岸一心,融合未来”联谊会,共3场。再见");
        assert_eq!(c.clause[5], c.clause[0]);
        let last = c.chars.len() - 1;
        assert_ne!(c.clause[last], c.clause[0]);
        assert_eq!(c.clause_sentence[c.clause[last]], 1);
        let third = c.clause[c.chars.iter().position(|&x| x == '3').unwrap()];
        assert_eq!(c.clause_sentence[third], 0);
        assert_ne!(third, c.clause[0]);
    }
}
