//! The number extractor against the hand-judged gold (`tests/gold/`, conventions in its README):
//! the floors below are what the rules reach today, so a change that loses accuracy fails.
//! `report eval numbers crates/report/tests/gold/` prints the same figures per report.

use report::eval::{score, GoldFile, Score};

/// Indicators fully right (kind, value, unit and label), over every gold report.
const FLOOR_RIGHT: f64 = 0.78;
/// The same over the held-out reports alone.
const FLOOR_RIGHT_HELD_OUT: f64 = 0.60;
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
