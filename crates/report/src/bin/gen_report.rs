//! `gen_report`: a synthetic report N times the size of a real one, for benchmarks.
//!
//! ```text
//! gen_report [--times N] [SEED]      # SEED defaults to public/reports/xinqiao-2024h1.txt
//! ```
//!
//! It repeats the seed's real parts and sections and renumbers them, so the result is valid
//! report text the parser reads as one long report: `一、` … `二十、` for the parts, `（一）` …
//! for the sections, the preamble (title, metadata) once at the top and the trailing page
//! chrome once at the end. The parser accepts heading numerals up to `九十九`, so when `N`
//! copies of the parts would need more, each part repeats its sections instead (100× the
//! two-part seed: 25 copies of the parts, each with its sections 4 times: 50 parts).
//!
//! The benches include this file (`#[path]`) to build their inputs from the same code.

use report::text::{chinese_numeral_value, is_chinese_numeral_char, trim_blank};

/// The largest heading number the parser reads (`九十九`).
pub const MAX_HEADING: usize = 99;

/// `n` as a Chinese numeral as headings write it: `一` … `十`, `十一`, `二十一`, `一百`,
/// `一百零一`, `一百一十`. Panics outside `1..=999`.
pub fn chinese_numeral(n: usize) -> String {
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    assert!(
        (1..=999).contains(&n),
        "heading numbers run from 1 to 999, not {n}"
    );
    let (h, t, u) = (n / 100, n / 10 % 10, n % 10);
    let mut s = String::new();
    if h > 0 {
        s.push(DIGITS[h]);
        s.push('百');
        if t == 0 && u > 0 {
            s.push('零');
        }
    }
    if t > 0 {
        if t > 1 || h > 0 {
            s.push(DIGITS[t]);
        }
        s.push('十');
    }
    if u > 0 {
        s.push(DIGITS[u]);
    }
    s
}

/// A heading line split around its numeral: (before, numeral value, after).
fn split_numeral(line: &str, open: &[char], close: &[char]) -> Option<(usize, usize, u32)> {
    let body = trim_blank(line);
    let lead = line.len() - line.trim_start_matches(report::text::is_blank_char).len();
    let mut start = lead;
    if !open.is_empty() {
        let c = body.chars().next()?;
        if !open.contains(&c) {
            return None;
        }
        start += c.len_utf8();
    }
    let digits: usize = line[start..]
        .chars()
        .take_while(|&c| is_chinese_numeral_char(c))
        .map(char::len_utf8)
        .sum();
    let end = start + digits;
    let value = chinese_numeral_value(&line[start..end])?;
    let next = line[end..].chars().next()?;
    close.contains(&next).then_some((start, end, value))
}

/// `(start, end, value)` of a part heading's numeral (`一、…`).
fn part_numeral(line: &str) -> Option<(usize, usize, u32)> {
    split_numeral(line, &[], &['、'])
}

/// `(start, end, value)` of a section heading's numeral (`（一）…` or `(一)…`).
fn section_numeral(line: &str) -> Option<(usize, usize, u32)> {
    split_numeral(line, &['（', '('], &['）', ')'])
}

fn renumber(line: &str, (start, end, _): (usize, usize, u32), n: usize) -> String {
    format!("{}{}{}", &line[..start], chinese_numeral(n), &line[end..])
}

/// One part of the seed, as lines (each with its line end).
struct SeedPart<'a> {
    heading: &'a str,
    intro: Vec<&'a str>,
    sections: Vec<Vec<&'a str>>,
    closing: Vec<&'a str>,
}

/// The seed cut into preamble, parts and trailing chrome.
struct Seed<'a> {
    preamble: Vec<&'a str>,
    parts: Vec<SeedPart<'a>>,
    trailing: Vec<&'a str>,
}

fn is_paragraph(line: &str) -> bool {
    trim_blank(line).ends_with(&['。', '：', ':'][..])
}

fn cut(seed: &str) -> Result<Seed<'_>, String> {
    let report = report::parse(seed).map_err(|e| format!("the seed does not parse: {e}"))?;
    let lines: Vec<&str> = seed.split_inclusive('\n').collect();
    let mut preamble = Vec::new();
    let mut parts: Vec<SeedPart> = Vec::new();
    for line in &lines {
        let next = parts.len() as u32 + 1;
        if part_numeral(line).is_some_and(|(_, _, v)| v == next) {
            parts.push(SeedPart {
                heading: line,
                intro: Vec::new(),
                sections: Vec::new(),
                closing: Vec::new(),
            });
            continue;
        }
        let Some(part) = parts.last_mut() else {
            preamble.push(*line);
            continue;
        };
        let next = part.sections.len() as u32 + 1;
        if section_numeral(line).is_some_and(|(_, _, v)| v == next) {
            part.sections.push(vec![line]);
        } else if let Some(section) = part.sections.last_mut() {
            section.push(line);
        } else {
            part.intro.push(line);
        }
    }
    if parts.len() != report.parts.len() {
        return Err(format!(
            "found {} part headings, the parser {}",
            parts.len(),
            report.parts.len()
        ));
    }
    // Trailing page chrome: the lines after the last paragraph of the last part.
    let mut trailing = Vec::new();
    if let Some(last) = parts.last_mut() {
        let body = last.sections.last_mut().unwrap_or(&mut last.intro);
        let keep = body
            .iter()
            .rposition(|l| is_paragraph(l))
            .map_or(0, |i| i + 1);
        // Keep the blank line after the last paragraph with the part.
        let keep = (keep + 1).min(body.len());
        trailing = body.split_off(keep);
    }
    // Closing paragraphs (as the parser sees them) move out of the last section.
    for (part, parsed) in parts.iter_mut().zip(&report.parts) {
        let mut want = parsed.closing.len();
        let Some(section) = part.sections.last_mut() else {
            continue;
        };
        let mut at = section.len();
        while want > 0 && at > 1 {
            at -= 1;
            if is_paragraph(section[at]) {
                want -= 1;
            }
        }
        part.closing = section.split_off(at);
    }
    Ok(Seed {
        preamble,
        parts,
        trailing,
    })
}

/// How to reach `times` × the seed: (copies of the parts, repeats of the sections in each part).
pub fn layout(times: usize, parts: usize, max_sections: usize) -> (usize, usize) {
    let parts = parts.max(1);
    let max_sections = max_sections.max(1);
    let copies = (1..=times.min(MAX_HEADING / parts))
        .rev()
        .find(|c| times % c == 0)
        .unwrap_or(1);
    let repeats = times / copies;
    assert!(
        repeats * max_sections <= MAX_HEADING,
        "{times}× needs {} sections in a part; the parser reads at most {MAX_HEADING}",
        repeats * max_sections
    );
    (copies, repeats)
}

/// Text of a report `times` × the seed: its parts and sections repeated and renumbered.
pub fn synthesize(seed: &str, times: usize) -> Result<String, String> {
    if times == 0 {
        return Err("--times must be at least 1".into());
    }
    let seed = cut(seed)?;
    let max_sections = seed
        .parts
        .iter()
        .map(|p| p.sections.len())
        .max()
        .unwrap_or(0);
    let (copies, repeats) = layout(times, seed.parts.len(), max_sections);
    let mut out = String::with_capacity(seed.preamble.iter().map(|l| l.len()).sum::<usize>() * 2);
    out.extend(seed.preamble.iter().copied());
    let mut part_no = 0;
    for _ in 0..copies {
        for part in &seed.parts {
            part_no += 1;
            let heading = part_numeral(part.heading).expect("a part heading");
            out.push_str(&renumber(part.heading, heading, part_no));
            out.extend(part.intro.iter().copied());
            let mut section_no = 0;
            for _ in 0..repeats {
                for section in &part.sections {
                    section_no += 1;
                    let heading = section_numeral(section[0]).expect("a section heading");
                    out.push_str(&renumber(section[0], heading, section_no));
                    out.extend(section[1..].iter().copied());
                }
            }
            out.extend(part.closing.iter().copied());
        }
    }
    out.extend(seed.trailing.iter().copied());
    Ok(out)
}

#[allow(dead_code)] // the benches include this file for `synthesize` only
fn main() -> std::process::ExitCode {
    use std::io::Write;
    let mut times = 10;
    let mut path = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--times" | "-n" => match args.next().and_then(|v| v.parse().ok()) {
                Some(n) => times = n,
                None => {
                    eprintln!("gen_report: --times needs a number");
                    return std::process::ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                println!("usage: gen_report [--times N] [SEED]   (writes the report to stdout)");
                return std::process::ExitCode::SUCCESS;
            }
            _ => path = Some(arg),
        }
    }
    let path = path.unwrap_or_else(|| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../public/reports/xinqiao-2024h1.txt"
        )
        .into()
    });
    let seed = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("gen_report: {path}: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    match synthesize(&seed, times) {
        Ok(text) => {
            if std::io::stdout().write_all(text.as_bytes()).is_err() {
                return std::process::ExitCode::from(1);
            }
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gen_report: {e}");
            std::process::ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = include_str!("../../../../public/reports/xinqiao-2024h1.txt");

    #[test]
    fn numerals_round_trip_through_the_parser_helpers() {
        for n in 1..=99 {
            assert_eq!(
                chinese_numeral_value(&chinese_numeral(n)),
                Some(n as u32),
                "{n}"
            );
        }
        assert_eq!(chinese_numeral(11), "十一");
        assert_eq!(chinese_numeral(20), "二十");
        assert_eq!(chinese_numeral(100), "一百");
        assert_eq!(chinese_numeral(101), "一百零一");
        assert_eq!(chinese_numeral(110), "一百一十");
        assert_eq!(chinese_numeral(999), "九百九十九");
    }

    #[test]
    fn one_time_is_the_seed() {
        assert_eq!(synthesize(SEED, 1).unwrap(), SEED);
    }

    fn sections(r: &report::Report) -> usize {
        r.parts.iter().map(|p| p.sections.len()).sum()
    }

    #[test]
    fn ten_times_has_ten_times_the_parts_sections_and_numbers() {
        let seed = report::parse(SEED).unwrap();
        let text = synthesize(SEED, 10).unwrap();
        let r = report::parse(&text).unwrap();
        assert_eq!(r.parts.len(), 10 * seed.parts.len());
        assert_eq!(sections(&r), 10 * sections(&seed));
        assert_eq!(r.parts[19].number, "二十");
        assert_eq!(r.parts[10].title, seed.parts[0].title);
        assert_eq!(r.parts[11].closing, seed.parts[1].closing);
        assert_eq!(r.parts[12].closing, seed.parts[0].closing);
        assert_eq!(r.numbers.len(), 10 * seed.numbers.len());
        let cards = report::view::cards(&r).len();
        assert_eq!(cards, 10 * report::view::cards(&seed).len());
        let ratio = text.len() as f64 / SEED.len() as f64;
        assert!((9.0..10.0).contains(&ratio), "{ratio}");
    }

    #[test]
    fn hundred_times_folds_sections_into_fewer_parts() {
        let seed = report::parse(SEED).unwrap();
        let text = synthesize(SEED, 100).unwrap();
        let r = report::parse(&text).unwrap();
        assert_eq!(r.parts.len(), 50);
        assert_eq!(sections(&r), 100 * sections(&seed));
        assert_eq!(r.parts[0].sections.len(), 4 * seed.parts[0].sections.len());
        // Part intros and closings come 25 times, not 100: slightly fewer numbers than 100×.
        let numbers = r.numbers.len() as f64 / seed.numbers.len() as f64;
        assert!((99.0..=100.0).contains(&numbers), "{numbers}");
        assert_eq!(r.parts[49].number, "五十");
    }
}
