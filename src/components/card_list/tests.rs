//! Unit tests of the list's scheduling: chunks, rows, growth and the first chunk's steps.

use report::view::Hit;

use super::rows::{rows, Row};
use super::schedule::*;
use crate::state::ReportData;

fn seed() -> (ReportData, Vec<Hit>) {
    let report = report::parse(crate::state::DEFAULT_REPORT).unwrap();
    let data = ReportData::new(report, "x");
    let hits =
        report::view::apply_indexed(&data.report, &data.cards, &data.index, &Default::default());
    (data, hits)
}

/// Every chunk ends where a grid row ends, in 1, 2 and 3 columns: before a heading or a
/// wide card, or after a multiple of 6 cards since the last of those.
fn assert_rows_complete(data: &ReportData, hits: &[Hit], grouped: bool) {
    let ranges = chunk_ranges(data, hits, grouped);
    assert!(!ranges.is_empty());
    let mut next = 0;
    for r in &ranges {
        assert_eq!(r.start, next, "contiguous");
        next = r.end;
    }
    assert_eq!(next, hits.len(), "every hit once");
    assert!(
        ranges[1..].iter().all(|r| !r.is_empty()),
        "no empty later chunk"
    );
    for r in &ranges[..ranges.len() - 1] {
        let rows = rows(data, hits, 0..r.end + 1, grouped);
        // The grid row is complete if the next card is preceded by a heading or is wide,
        // or if the cards since the last full-width item fill whole rows.
        let next_card = &data.cards[hits[r.end].card];
        let heading_before = !matches!(rows[rows.len() - 2], Row::Card(_));
        let run = rows[..rows.len() - 1]
            .iter()
            .rev()
            .take_while(|row| matches!(row, Row::Card(c) if data.cards[*c].section.is_some()))
            .count();
        assert!(
            heading_before || next_card.section.is_none() || run % ROW_CARDS == 0,
            "chunk ending at {} leaves a row open ({run} cards)",
            r.end
        );
    }
}

#[test]
fn chunks_cover_every_hit_once_and_end_with_a_row() {
    let (data, hits) = seed();
    assert_rows_complete(&data, &hits, true);
    assert_rows_complete(&data, &hits, false);
    let ranges = chunk_ranges(&data, &hits, true);
    assert!(ranges[0].len() >= FIRST_SCREEN && ranges[0].len() < FIRST_SCREEN + 2 * ROW_CARDS);
    assert_eq!(chunk_of(&ranges, 0), 0);
    assert_eq!(chunk_of(&ranges, hits.len() - 1), ranges.len() - 1);
    assert_eq!(chunk_ranges(&data, &[], true), vec![0..0]);
    // A bigger, repeated list: chunks of about STEP cards.
    let many: Vec<Hit> = (0..10).flat_map(|_| hits.iter().cloned()).collect();
    assert_rows_complete(&data, &many, false);
    let r = chunk_ranges(&data, &many, false);
    assert!(r[1..=EARLY_STEPS]
        .iter()
        .all(|r| r.len() >= EARLY_STEP && r.len() <= EARLY_STEP + 2 * ROW_CARDS));
    assert!(r[EARLY_STEPS + 1..r.len() - 1]
        .iter()
        .all(|r| r.len() >= STEP && r.len() <= STEP + 2 * ROW_CARDS));
}

#[test]
fn a_new_generation_hides_the_old_one_and_takes_it_down_in_steps() {
    let mut g = Growth {
        generation: 0,
        chunks: 1,
        retired: Vec::new(),
    };
    for _ in 0..20 {
        g.step(0, 15);
    }
    assert_eq!(g.chunks, 15, "grows to the total, one chunk per step");
    assert_eq!(g.later_chunks(0), 14);
    g.restart(1);
    assert_eq!((g.generation, g.chunks), (1, 1));
    assert_eq!(
        g.retired,
        vec![(0, 14)],
        "14 later chunks: hidden, not dropped"
    );
    assert_eq!(g.later_chunks(0), 14);
    g.step(1, 3);
    g.step(1, 3);
    assert_eq!(g.chunks, 3, "the new results grow first");
    assert_eq!(g.later_chunks(0), 14, "nothing taken down meanwhile");
    g.step(0, 3);
    assert_eq!(
        g.chunks, 3,
        "a step of an old generation does not grow the new one"
    );
    assert_eq!(
        g.later_chunks(0),
        14 - TEARDOWN_STEP,
        "it takes the old one down"
    );
    for _ in 0..10 {
        g.step(1, 3);
    }
    assert!(g.retired.is_empty(), "taken down");
    // Even a generation with a single later chunk is hidden, not dropped with the keystroke.
    g.restart(1);
    assert_eq!(g.retired, vec![(1, 2)]);
    assert_eq!(g.generation, 2);
    while !g.retired.is_empty() {
        g.step(2, 1);
    }
    // One with no later chunks leaves nothing to take down.
    g.restart(1);
    assert!(g.retired.is_empty());
    assert_eq!(g.generation, 3);
}

#[test]
fn new_first_rows_come_a_row_at_a_time_and_dropped_ones_wait_hidden() {
    use Row::*;
    let none = |_: &Row| false;
    let a = FirstRows::next(None, vec![Part(0), Card(1), Card(2)], (0, 0), || 3, none);
    assert_eq!((a.shown.len(), a.pending, a.leaving.len()), (3, 0, 0));
    // New results: a grid row of cards (here three, and their headings) and rows already in
    // the page at once; the dropped rows stay, hidden, after the shown ones.
    let rows = vec![
        Part(1),
        Card(7),
        Card(8),
        Card(2),
        Section(1, 0),
        Card(9),
        Card(10),
    ];
    let b = FirstRows::next(Some(&a), rows.clone(), (0, 0), || 3, none);
    assert_eq!(b.shown, vec![Part(1), Card(7), Card(8), Card(2)]);
    assert_eq!(b.pending, 3);
    assert_eq!(b.leaving, vec![Part(0), Card(1)]);
    assert_eq!(
        b.all(),
        vec![Part(1), Card(7), Card(8), Card(2), Part(0), Card(1)]
    );
    // One column: one card (and the row already in the page).
    let phone = FirstRows::next(Some(&a), rows.clone(), (0, 0), || 1, none);
    assert_eq!(phone.shown, vec![Part(1), Card(7), Card(2)]);
    // A focused card is built at once wherever it is.
    let focused = FirstRows::next(Some(&a), rows.clone(), (0, 0), || 3, |r| *r == Card(10));
    assert_eq!(focused.shown.last(), Some(&Card(10)));
    // The fill step: every row; still the dropped ones wait.
    let c = FirstRows::next(Some(&b), rows.clone(), (1, 0), || 3, none);
    assert_eq!((&c.shown, c.pending), (&rows, 0));
    assert_eq!(c.leaving, vec![Part(0), Card(1)]);
    // Another change before the take-down: a leaving row that comes back is shown again.
    let d = FirstRows::next(Some(&c), vec![Card(1), Card(9)], (1, 0), || 3, none);
    assert_eq!(d.shown, vec![Card(1), Card(9)]);
    assert_eq!(
        d.leaving,
        vec![
            Part(0),
            Part(1),
            Card(7),
            Card(8),
            Card(2),
            Section(1, 0),
            Card(10)
        ]
    );
    // The take-down: only what is shown is left.
    let e = FirstRows::next(Some(&d), vec![Card(1), Card(9)], (1, 1), || 3, none);
    assert!(e.leaving.is_empty());
    assert_eq!(e.all(), vec![Card(1), Card(9)]);
}

#[test]
fn rows_open_a_group_only_where_it_changes_even_across_chunks() {
    let (data, hits) = seed();
    let whole = rows(&data, &hits, 0..hits.len(), true);
    let mut chunked = Vec::new();
    for r in chunk_ranges(&data, &hits, true) {
        chunked.extend(rows(&data, &hits, r, true));
    }
    assert_eq!(chunked, whole, "chunking changes no heading");
    let parts = whole.iter().filter(|r| matches!(r, Row::Part(_))).count();
    assert_eq!(parts, 2);
    let ungrouped = rows(&data, &hits, 0..hits.len(), false);
    assert!(ungrouped.iter().all(|r| matches!(r, Row::Card(_))));
    assert_eq!(ungrouped.len(), hits.len());
}
