//! `track` against the hand-judged pairs (`tests/gold/track/`, conventions in its README): the
//! floors below are what the rules reach today, so a change that loses accuracy fails.
//! `report eval track crates/report/tests/gold/track/` prints the same figures per pair.

use report::eval::track::{score, Counts, TrackGold};
use report::track::Status;

/// Headline targets with the right status and outcome, over every pair.
const FLOOR_HEADLINE: f64 = 0.97;
/// All targets with the right status and outcome.
const FLOOR_ALL: f64 = 0.85;
/// Targets `track` gives that the gold does not have, per gold target.
const CEILING_EXTRA: f64 = 0.16;

fn corpus(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/data/corpus/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn pairs() -> Vec<(TrackGold, String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/gold/track");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "json") {
            let gold: TrackGold =
                serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            let (a, b) = (corpus(&gold.earlier), corpus(&gold.later));
            out.push((gold, a, b));
        }
    }
    assert!(out.len() >= 4, "the four corpus pairs are judged");
    out
}

#[test]
fn track_reaches_its_floors_on_the_corpus_pairs() {
    let (mut headline, mut all) = (Counts::default(), Counts::default());
    for (gold, a, b) in pairs() {
        let t = report::track::track(&report::parse(&a).unwrap(), &report::parse(&b).unwrap());
        assert_eq!(t.period, gold.period, "{}", gold.earlier);
        let s = score(&gold, &t, &a, &b).unwrap();
        headline.add(&s.headline);
        all.add(&s.all);
    }
    assert!(
        headline.status_share() >= FLOOR_HEADLINE,
        "headline {headline:?}"
    );
    assert!(all.status_share() >= FLOOR_ALL, "all {all:?}");
    assert!(
        (all.extra as f64) / (all.gold as f64) <= CEILING_EXTRA,
        "extra {all:?}"
    );
}

#[test]
fn no_status_without_the_outcome_sentence() {
    for (_, a, b) in pairs() {
        let t = report::track::track(&report::parse(&a).unwrap(), &report::parse(&b).unwrap());
        let b_chars: Vec<char> = b.chars().collect();
        for target in &t.targets {
            match (&target.outcome, target.status) {
                (None, status) => assert_eq!(status, Status::NotReported, "{target:?}"),
                (Some(o), status) => {
                    assert_ne!(status, Status::NotReported, "{target:?}");
                    assert!(o.sentence.contains(&o.raw), "{o:?}");
                    let at: String = b_chars[o.offset..o.offset + o.raw.chars().count()]
                        .iter()
                        .collect();
                    assert_eq!(at, o.raw, "the outcome's offset points at it");
                }
            }
            let a_at: String = a
                .chars()
                .skip(target.offset)
                .take(target.raw.chars().count())
                .collect();
            assert_eq!(a_at, target.raw, "the target's offset points at it");
        }
    }
}

#[test]
fn every_target_and_outcome_knows_its_number_and_place_in_its_sentence() {
    for (_, a, b) in pairs() {
        let (ra, rb) = (report::parse(&a).unwrap(), report::parse(&b).unwrap());
        for t in report::track::track(&ra, &rb).targets {
            assert_eq!(ra.numbers[t.number].offset, t.offset);
            let at: String = t
                .sentence
                .chars()
                .skip(t.at)
                .take(t.raw.chars().count())
                .collect();
            assert_eq!(at, t.raw, "{}", t.sentence);
            if let Some(o) = t.outcome {
                assert_eq!(rb.numbers[o.number].offset, o.offset);
                let at: String = o
                    .sentence
                    .chars()
                    .skip(o.at)
                    .take(o.raw.chars().count())
                    .collect();
                assert_eq!(at, o.raw, "{}", o.sentence);
            }
        }
    }
}
