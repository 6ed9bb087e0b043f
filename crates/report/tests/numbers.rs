//! Number extractor tests on the seed report, the hand-classified examples and the corpus.

use report::{Block, BlockRole, NumberKind, NumberMention, Part, PartKind, Report, Section, Topic};
use std::path::PathBuf;

fn data(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn seed_text() -> String {
    std::fs::read_to_string(data("../../public/reports/xinqiao-2024h1.txt")).unwrap()
}

fn corpus() -> Vec<(String, String)> {
    let mut files: Vec<_> = std::fs::read_dir(data("tests/data/corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}' || c == '\u{feff}'
}

const CN_DIGITS: &str = "一二三四五六七八九十";

fn part_heading(line: &str) -> Option<(String, String)> {
    let (num, rest) = line.split_once('、')?;
    (!num.is_empty() && num.chars().all(|c| CN_DIGITS.contains(c)))
        .then(|| (num.to_string(), rest.to_string()))
}

fn section_heading(line: &str) -> Option<(String, String)> {
    let rest = line.strip_prefix('(').or_else(|| line.strip_prefix('（'))?;
    let (num, rest) = rest.split_once([')', '）'])?;
    (!num.is_empty() && num.chars().all(|c| CN_DIGITS.contains(c)))
        .then(|| (num.to_string(), rest.to_string()))
}

/// A stand-in for the structure parser, used only while `report::parse` cannot parse the text:
/// `一、` lines open parts, `（一）` lines open sections, other trimmed lines are paragraphs
/// (topics, titled up to their first `。`). Without any part heading, every line is a topic of
/// one part.
fn fallback_report(text: &str) -> Report {
    let mut report = Report::default();
    let mut offset = 0;
    let mut has_parts = text
        .lines()
        .any(|l| part_heading(l.trim_matches(is_blank)).is_some());
    if !has_parts {
        report.parts.push(Part {
            number: "一".into(),
            title: String::new(),
            kind: PartKind::Other,
            ..Default::default()
        });
        report.parts[0].sections.push(Section::default());
        has_parts = true;
    }
    let _ = has_parts;
    for raw_line in text.split_inclusive('\n') {
        let line_chars = raw_line.chars().count();
        let lead = raw_line.chars().take_while(|&c| is_blank(c)).count();
        let line = raw_line.trim_matches(is_blank);
        let start = offset + lead;
        offset += line_chars;
        if line.is_empty() {
            continue;
        }
        let len = line.chars().count();
        if let Some((number, title)) = part_heading(line) {
            let kind = if title.contains("计划") || title.contains("安排") {
                PartKind::Plan
            } else if title.contains("总结") || title.contains("回顾") {
                PartKind::Summary
            } else {
                PartKind::Other
            };
            report.parts.push(Part {
                number,
                title: title.clone(),
                kind,
                ..Default::default()
            });
            let p = report.parts.len() - 1;
            let skip = line.chars().count() - title.chars().count();
            report.blocks.push(Block {
                role: BlockRole::PartTitle,
                part: p,
                section: None,
                index: 0,
                offset: start + skip,
                len: title.chars().count(),
            });
            continue;
        }
        let Some(p) = report.parts.len().checked_sub(1) else {
            continue;
        };
        let part = &mut report.parts[p];
        if let Some((number, rest)) = section_heading(line) {
            part.sections.push(Section {
                number,
                title: rest.clone(),
                ..Default::default()
            });
            let skip = line.chars().count() - rest.chars().count();
            report.blocks.push(Block {
                role: BlockRole::SectionTitle,
                part: p,
                section: Some(part.sections.len() - 1),
                index: 0,
                offset: start + skip,
                len: rest.chars().count(),
            });
            continue;
        }
        if part.sections.is_empty() {
            part.intro.push(line.to_string());
            report.blocks.push(Block {
                role: BlockRole::PartIntro,
                part: p,
                section: None,
                index: part.intro.len() - 1,
                offset: start,
                len,
            });
            continue;
        }
        let s = part.sections.len() - 1;
        let section = &mut part.sections[s];
        let title = line
            .split_once('。')
            .map(|(t, _)| t.to_string())
            .filter(|t| t.chars().count() <= 20);
        section.topics.push(Topic {
            title,
            text: line.to_string(),
        });
        report.blocks.push(Block {
            role: BlockRole::Topic,
            part: p,
            section: Some(s),
            index: section.topics.len() - 1,
            offset: start,
            len,
        });
    }
    report
}

/// The parsed report with its numbers: through `report::parse` when the parser handles the
/// text, else through [`fallback_report`].
fn parse(text: &str) -> Report {
    match report::parse(text) {
        Ok(r) if !r.blocks.is_empty() => r,
        _ => {
            let mut r = fallback_report(text);
            r.numbers = report::extract(&r);
            r
        }
    }
}

fn kind_str(m: &NumberMention) -> &'static str {
    m.kind.map_or("-", NumberKind::as_str)
}

fn dump(report: &Report) {
    for (i, m) in report.numbers.iter().enumerate() {
        println!(
            "{:>3} {:>5} {:<14} {:>8} {:<6} {:>14} {:<6} {:<6} {:<4} {:<5} {:<8} rel={:<4} s{:?} {} | {}",
            i + 1,
            m.offset,
            m.raw,
            m.value.map_or("-".into(), |v| v.to_string()),
            m.unit.as_deref().unwrap_or("-"),
            m.base_value.map_or("-".into(), |v| v.to_string()),
            m.base_unit.as_deref().unwrap_or("-"),
            kind_str(m),
            m.direction.map_or("-", |d| if d == report::Direction::Up { "up" } else { "down" }),
            m.basis.as_deref().unwrap_or("-"),
            m.qualifier.as_deref().unwrap_or("-"),
            m.relates_to.map_or("-".into(), |r| (r + 1).to_string()),
            m.section,
            m.topic.as_deref().unwrap_or("-"),
            m.label.as_deref().unwrap_or("-"),
        );
    }
}

/// `NUMBERS_DUMP=1 cargo test -p report --test numbers dump -- --nocapture` prints every mention
/// of the seed (and of the corpus with `NUMBERS_DUMP=corpus`).
#[test]
fn dump_seed() {
    let Ok(which) = std::env::var("NUMBERS_DUMP") else {
        return;
    };
    if which == "corpus" {
        for (name, text) in corpus() {
            println!("==== {name}");
            dump(&parse(&text));
        }
    } else {
        dump(&parse(&seed_text()));
    }
}

#[test]
fn seed_mention_count() {
    let r = parse(&seed_text());
    let n = r.numbers.len();
    assert!((180..=196).contains(&n), "{n} mentions");
    let fake = r.numbers.iter().filter(|m| m.is_indicator).count();
    assert!(fake > 140, "{fake} indicators");
}

fn json_f64(v: &serde_json::Value) -> Option<f64> {
    v.as_f64()
}

fn json_str(v: &serde_json::Value) -> Option<String> {
    v.as_str().map(str::to_string)
}

#[test]
fn hand_classified_examples() {
    let text = seed_text();
    let r = parse(&text);
    let examples: Vec<serde_json::Value> = serde_json::from_str(
        &std::fs::read_to_string(data("tests/data/spec/number-examples.json")).unwrap(),
    )
    .unwrap();
    let mut failures = Vec::new();
    for ex in &examples {
        let offset = ex["offset"].as_u64().unwrap() as usize;
        let raw = ex["raw"].as_str().unwrap();
        let id = &ex["id"];
        let Some(m) = r.numbers.iter().find(|m| m.offset == offset) else {
            failures.push(format!("#{id} {raw}: no mention at {offset}"));
            continue;
        };
        let mut check = |what: &str, ok: bool, got: String| {
            if !ok {
                failures.push(format!("#{id} {raw}: {what} is {got}"));
            }
        };
        check("raw", m.raw == raw, m.raw.clone());
        let indicator = ex["is_indicator"].as_bool().unwrap();
        check(
            "is_indicator",
            m.is_indicator == indicator,
            m.is_indicator.to_string(),
        );
        if !indicator {
            check("kind", m.kind.is_none(), format!("{:?}", m.kind));
            continue;
        }
        check(
            "value",
            m.value == json_f64(&ex["value"]),
            format!("{:?}", m.value),
        );
        check(
            "unit",
            m.unit == json_str(&ex["unit"]),
            format!("{:?}", m.unit),
        );
        check(
            "base_value",
            m.base_value == json_f64(&ex["base_value"]),
            format!("{:?}", m.base_value),
        );
        check(
            "base_unit",
            m.base_unit == json_str(&ex["base_unit"]),
            format!("{:?}", m.base_unit),
        );
        check(
            "kind",
            m.kind.map(|k| k.as_str().to_string()) == json_str(&ex["kind"]),
            format!("{:?}", m.kind),
        );
        let dir = m.direction.map(|d| {
            if d == report::Direction::Up {
                "up"
            } else {
                "down"
            }
        });
        check(
            "direction",
            dir.map(str::to_string) == json_str(&ex["direction"]),
            format!("{dir:?}"),
        );
        check(
            "basis",
            m.basis == json_str(&ex["basis"]),
            format!("{:?}", m.basis),
        );
        check(
            "qualifier",
            m.qualifier == json_str(&ex["qualifier"]),
            format!("{:?}", m.qualifier),
        );
        check(
            "part",
            m.part.as_str() == ex["part"].as_str().unwrap(),
            m.part.as_str().to_string(),
        );
        check(
            "section",
            m.section.map(|s| s as u64) == ex["section"].as_u64(),
            format!("{:?}", m.section),
        );
        check(
            "topic",
            m.topic == json_str(&ex["topic"]),
            format!("{:?}", m.topic),
        );
        // Labels: non-empty, and made of the sentence's own words.
        let label = m.label.clone().unwrap_or_default();
        let sentence_ok = !label.is_empty() && {
            let block = &r.blocks[m.block];
            let block_text = r.block_text(block);
            label
                .chars()
                .all(|c| block_text.contains(c) || c == '排' || c == '名')
        };
        check("label", sentence_ok, label);
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Every mention's offset points at its raw text, and offsets ascend.
fn check_offsets(name: &str, text: &str, r: &Report) {
    let chars: Vec<char> = text.chars().collect();
    let mut last = 0;
    for m in &r.numbers {
        let at: String = chars
            .iter()
            .skip(m.offset)
            .take(m.raw.chars().count())
            .collect();
        assert_eq!(
            at, m.raw,
            "{name}: mention at {} is not its raw text",
            m.offset
        );
        assert!(m.offset >= last, "{name}: offsets go back at {}", m.offset);
        last = m.offset;
    }
}

/// Every run of digits inside a content block is covered by some mention.
fn check_coverage(name: &str, text: &str, r: &Report) {
    let chars: Vec<char> = text.chars().collect();
    let is_digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let mut missing = Vec::new();
    for b in &r.blocks {
        for i in b.offset..b.offset + b.len {
            if !is_digit(chars[i]) || (i > b.offset && is_digit(chars[i - 1])) {
                continue;
            }
            let covered = r
                .numbers
                .iter()
                .any(|m| m.offset <= i && i < m.offset + m.raw.chars().count());
            if !covered {
                let ctx: String = chars[i.saturating_sub(8)..(i + 8).min(chars.len())]
                    .iter()
                    .collect();
                missing.push(format!("{i}: {ctx}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{name}: uncovered digits:\n{}",
        missing.join("\n")
    );
}

#[test]
fn seed_offsets_and_coverage() {
    let text = seed_text();
    let r = parse(&text);
    check_offsets("seed", &text, &r);
    check_coverage("seed", &text, &r);
}

#[test]
fn corpus_offsets_and_coverage() {
    for (name, text) in corpus() {
        let r = parse(&text);
        check_offsets(&name, &text, &r);
        check_coverage(&name, &text, &r);
        assert!(!r.numbers.is_empty(), "{name}: no numbers");
    }
}
