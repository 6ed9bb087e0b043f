//! The seed report's outline, compared field by field with the hand-checked expectation in
//! `tests/data/spec/xinqiao-outline.json`.

use report::{parse, BlockRole, PartKind, Report};
use serde_json::Value;

const SEED: &str = include_str!("../../../public/reports/xinqiao-2024h1.txt");
const OUTLINE: &str = include_str!("data/spec/xinqiao-outline.json");

fn s(v: &Value) -> Option<&str> {
    v.as_str()
}

fn strings(v: &Value) -> Vec<&str> {
    v.as_array()
        .expect("array")
        .iter()
        .map(|x| x.as_str().expect("string"))
        .collect()
}

fn assert_outline(r: &Report) {
    let want: Value = serde_json::from_str(OUTLINE).unwrap();
    assert_eq!(r.title.as_deref(), s(&want["title"]), "title");
    assert_eq!(r.publisher.as_deref(), s(&want["publisher"]), "publisher");
    assert_eq!(r.published.as_deref(), s(&want["published"]), "published");
    let parts = want["parts"].as_array().unwrap();
    assert_eq!(r.parts.len(), parts.len(), "number of parts");
    for (pi, (got, want)) in r.parts.iter().zip(parts).enumerate() {
        assert_eq!(
            Some(got.number.as_str()),
            s(&want["number"]),
            "part {pi} number"
        );
        assert_eq!(
            Some(got.title.as_str()),
            s(&want["title"]),
            "part {pi} title"
        );
        assert_eq!(got.intro, strings(&want["intro"]), "part {pi} intro");
        assert_eq!(got.closing, strings(&want["closing"]), "part {pi} closing");
        let sections = want["sections"].as_array().unwrap();
        assert_eq!(got.sections.len(), sections.len(), "part {pi} sections");
        for (si, (gs, ws)) in got.sections.iter().zip(sections).enumerate() {
            let at = format!("part {pi} section {si}");
            assert_eq!(Some(gs.number.as_str()), s(&ws["number"]), "{at} number");
            assert_eq!(Some(gs.title.as_str()), s(&ws["title"]), "{at} title");
            assert_eq!(gs.intro, strings(&ws["intro"]), "{at} intro");
            let topics = ws["topics"].as_array().unwrap();
            assert_eq!(gs.topics.len(), topics.len(), "{at} topics");
            for (ti, (gt, wt)) in gs.topics.iter().zip(topics).enumerate() {
                assert_eq!(
                    gt.title.as_deref(),
                    s(&wt["title"]),
                    "{at} topic {ti} title"
                );
                assert_eq!(
                    Some(gt.text.as_str()),
                    s(&wt["text"]),
                    "{at} topic {ti} text"
                );
            }
        }
    }
    assert_eq!(r.parts[0].kind, PartKind::Summary);
    assert_eq!(r.parts[1].kind, PartKind::Plan);
    let topics: usize = r
        .parts
        .iter()
        .flat_map(|p| &p.sections)
        .map(|s| s.topics.len())
        .sum();
    assert_eq!(topics, 32);
}

fn assert_blocks(input: &str, r: &Report) {
    let chars: Vec<char> = input.chars().collect();
    let mut last_end = 0;
    for b in &r.blocks {
        assert!(b.offset >= last_end, "blocks overlap or go back: {b:?}");
        let got: String = chars[b.offset..b.offset + b.len].iter().collect();
        assert_eq!(got, r.block_text(b), "{b:?}");
        last_end = b.offset + b.len;
    }
}

#[test]
fn seed_matches_the_outline() {
    let r = parse(SEED).unwrap();
    assert_outline(&r);
    assert_blocks(SEED, &r);
    // 2 part titles, 2 part intros, 11 section titles, 32 topics, 2 closing paragraphs.
    assert_eq!(r.blocks.len(), 2 + 2 + 11 + 32 + 2);
    let count = |role| r.blocks.iter().filter(|b| b.role == role).count();
    assert_eq!(count(BlockRole::Closing), 2);
    assert_eq!(count(BlockRole::SectionIntro), 0);
}

#[test]
fn crlf_lone_cr_and_bom_give_the_same_outline() {
    let base = parse(SEED).unwrap();
    for input in [
        SEED.replace('\n', "\r\n"),
        SEED.replace('\n', "\r"),
        format!("\u{feff}{}", SEED.replace('\n', "\r\n")),
    ] {
        let r = parse(&input).unwrap();
        assert_outline(&r);
        assert_blocks(&input, &r);
        assert_eq!(r.parts, base.parts);
        assert_eq!(r.blocks.len(), base.blocks.len());
    }
}

#[test]
fn full_width_punctuation_gives_the_same_outline() {
    // Swap the seed's ASCII punctuation for full-width forms: the structure must not change.
    let input = SEED
        .replace(',', "，")
        .replace(':', "：")
        .replace(';', "；")
        .replace('(', "（")
        .replace(')', "）");
    let r = parse(&input).unwrap();
    assert_blocks(&input, &r);
    assert_eq!(r.parts.len(), 2);
    assert_eq!(r.parts[0].sections.len(), 6);
    assert_eq!(r.parts[1].sections.len(), 5);
    assert_eq!(r.parts[0].closing.len(), 2);
    assert_eq!(
        r.parts[0].sections[0].title,
        "上半年，坚持主动服务、强化培育，经济发展实现新提升"
    );
    assert_eq!(r.published.as_deref(), Some("2024-10-22T15:41"));
}
