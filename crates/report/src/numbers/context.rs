//! Where a position sits in its paragraph: inside quotes or a 《title》, and which clause and
//! sentence it belongs to.

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
}

fn mark_pairs(chars: &[char], open: char, close: char, max: usize, out: &mut [bool]) {
    let mut start: Option<usize> = None;
    for (i, &c) in chars.iter().enumerate() {
        if open == close {
            if c == open {
                match start.take() {
                    Some(s) => {
                        if i - s <= max + 1 {
                            out[s..=i].iter_mut().for_each(|b| *b = true);
                        }
                    }
                    None => start = Some(i),
                }
            }
        } else if c == open {
            start = Some(i);
        } else if c == close {
            if let Some(s) = start.take() {
                if i - s <= max + 1 {
                    out[s..=i].iter_mut().for_each(|b| *b = true);
                }
            }
        }
    }
}

impl Context {
    /// Analyses a block's text.
    pub fn new(text: &str) -> Context {
        let chars: Vec<char> = text.chars().collect();
        let n = chars.len();
        let mut in_quote = vec![false; n];
        for (o, c) in [
            ('“', '”'),
            ('"', '"'),
            ('「', '」'),
            ('『', '』'),
            ('‘', '’'),
        ] {
            mark_pairs(&chars, o, c, MAX_NAME_QUOTE, &mut in_quote);
        }
        let mut in_title = vec![false; n];
        mark_pairs(&chars, '《', '》', usize::MAX / 4, &mut in_title);
        mark_pairs(&chars, '〈', '〉', usize::MAX / 4, &mut in_title);
        // Nesting of quotes, titles and brackets: separators inside them do not split clauses.
        let mut clause = vec![0; n];
        let mut clause_sentence = vec![0];
        let mut clause_range = vec![(0, 0)];
        let mut depth: i32 = 0;
        let mut ascii_quote = false;
        let mut current = 0;
        let mut sentence = 0;
        for (i, &c) in chars.iter().enumerate() {
            match c {
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
                matches!(c, ':' | '：') && digit(i.checked_sub(1)) && digit(Some(i + 1));
            if is_clause_sep(c) && !in_number && (!open || is_sentence_sep(c)) {
                clause_range[current].1 = i;
                if is_sentence_sep(c) {
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
            in_quote,
            in_title,
            clause,
            clause_sentence,
            clause_range,
        }
    }

    /// The text of `[start, end)`.
    pub fn slice(&self, start: usize, end: usize) -> String {
        let end = end.min(self.chars.len());
        let start = start.min(end);
        let chars = &self.chars[start..end];
        let mut s = String::with_capacity(chars.iter().map(|c| c.len_utf8()).sum());
        s.extend(chars);
        s
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

    /// The end of the clause containing `pos`.
    pub fn clause_end(&self, pos: usize) -> usize {
        self.clause
            .get(pos)
            .map(|&c| self.clause_range[c].1)
            .unwrap_or(self.chars.len())
    }
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
