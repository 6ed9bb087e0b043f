//! The number extractor against the hand-judged gold (`tests/gold/`, conventions in its README):
//! the floors below are what the rules reach today, so a change that loses accuracy fails.
//! `report eval numbers crates/report/tests/gold/` prints the same figures per report.

use report::eval::{score, GoldFile, Score};

/// Indicators fully right (kind, value, unit and label), over every gold report.
const FLOOR_RIGHT: f64 = 0.840;
/// The same over the held-out reports alone.
const FLOOR_RIGHT_HELD_OUT: f64 = 0.700;
/// Non-indicators marked as indicators (the parser's extra marks counted as non-indicators).
const CEILING_MARKED: f64 = 0.01;

fn scores() -> (Score, Score) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/gold");
    let (mut all, mut held) = (Score::default(), Score::default());
    let mut files = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|x| x != "json") {
            continue;
        }
        files += 1;
        let gold: GoldFile =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let text_path = format!(
            "{}/tests/data/corpus/{}",
            env!("CARGO_MANIFEST_DIR"),
            gold.file
        );
        let text = std::fs::read_to_string(&text_path).unwrap();
        // Every gold mention sits where it says.
        let chars: Vec<char> = text.chars().collect();
        for g in &gold.numbers {
            let at: String = chars[g.offset..g.offset + g.raw.chars().count()]
                .iter()
                .collect();
            assert_eq!(at, g.raw, "{}: offset {}", gold.file, g.offset);
        }
        let s = score(&gold, &report::parse(&text).unwrap().numbers);
        all.add(&s);
        if gold.held_out {
            held.add(&s);
        }
    }
    assert!(files >= 8, "{files} gold files");
    (all, held)
}

#[test]
fn the_gold_is_wide_enough() {
    let (all, held) = scores();
    assert!(all.indicators + all.non_indicators >= 600);
    assert!(held.indicators >= 150);
}

#[test]
fn indicators_fully_right_stay_above_the_floor() {
    let (all, held) = scores();
    assert!(
        all.right_share() >= FLOOR_RIGHT,
        "all: {:.3}",
        all.right_share()
    );
    assert!(
        held.right_share() >= FLOOR_RIGHT_HELD_OUT,
        "held out: {:.3}",
        held.right_share()
    );
}

#[test]
fn non_indicators_marked_stay_under_the_ceiling() {
    let (all, _) = scores();
    assert!(
        all.marked_share() <= CEILING_MARKED,
        "{:.3}",
        all.marked_share()
    );
}

/// A second annotator's judgement of paragraphs the gold has (`tests/gold/second/`): it covers
/// the same paragraphs, and the two agree on most indicators, by the parser's own yardstick.
#[test]
fn a_second_annotator_of_the_same_paragraphs_mostly_agrees() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/gold");
    let read = |p: String| -> GoldFile {
        serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
    };
    let mut agreement = Score::default();
    for entry in std::fs::read_dir(format!("{dir}/second")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        let (first, second) = (
            read(format!("{dir}/{name}")),
            read(format!("{dir}/second/{name}")),
        );
        let spans = |g: &GoldFile| -> Vec<(usize, usize)> {
            g.paragraphs.iter().map(|p| (p.start, p.end)).collect()
        };
        assert_eq!(spans(&first), spans(&second), "{name}");
        agreement.add(&score(&first, &second.as_mentions()));
    }
    assert!(agreement.indicators >= 150, "{}", agreement.indicators);
    assert!(
        agreement.right_share() >= 0.85,
        "{:.3}",
        agreement.right_share()
    );
}
