//! When the list builds what: the chunks the results are split into ([`chunk_ranges`]), how
//! the later chunks grow and are taken down ([`Growth`]), and which of the first chunk's rows
//! are in the page ([`FirstRows`]). Plain data, no signals: the component drives it.

use std::ops::Range;

use report::view::Hit;

use super::rows::Row;
use crate::state::ReportData;

/// Cards in the first chunk (what a keystroke's frame shows: the list starts below the search
/// box and filters, so this fills the screen there), then per later chunk: one step of growth.
/// A chunk may take a few more cards to end where a grid row ends.
pub(super) const FIRST_SCREEN: usize = 6;
pub(super) const STEP: usize = 24;
/// The first few steps are smaller: they run while the page is still starting (a mid-range
/// phone builds about eight cards in 50 ms, the longest task that does not block the reader),
/// and they cover a report the size of the seed.
pub(super) const EARLY_STEP: usize = 6;
pub(super) const EARLY_STEPS: usize = 6;
/// A row of the grid is complete after a multiple of this many cards (1, 2 or 3 columns).
pub(super) const ROW_CARDS: usize = 6;
/// Hidden chunks taken down per step: dropping a card costs about as much as building one.
pub(super) const TEARDOWN_STEP: usize = 2;

/// Splits `hits` into chunks of about `FIRST_SCREEN`, then `STEP` cards, each ending where a
/// grid row ends in every layout (1, 2 or 3 columns): before a card that spans the whole row (a
/// group heading when `grouped`, or a wide card), or after a multiple of [`ROW_CARDS`] cards since
/// the last such card. Always at least one chunk (the first screenful, maybe empty).
pub(super) fn chunk_ranges(data: &ReportData, hits: &[Hit], grouped: bool) -> Vec<Range<usize>> {
    // Whether the card at `i` starts a new grid row (a heading before it, or itself wide).
    let full_row = |i: usize| -> bool {
        let card = &data.cards[hits[i].card];
        if card.section.is_none() {
            return true;
        }
        grouped && {
            let prev = i.checked_sub(1).map(|j| &data.cards[hits[j].card]);
            prev.is_none_or(|p| (p.part, p.section) != (card.part, card.section))
        }
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut run = 0; // cards since the last full-row item
    for (i, hit) in hits.iter().enumerate() {
        let target = match out.len() {
            0 => FIRST_SCREEN,
            n if n <= EARLY_STEPS => EARLY_STEP,
            _ => STEP,
        };
        let wide = data.cards[hit.card].section.is_none();
        let starts_row = full_row(i);
        let size = i - start;
        if size >= target && (starts_row || run % ROW_CARDS == 0 || size >= target + 2 * ROW_CARDS)
        {
            out.push(start..i);
            start = i;
        }
        run = if wide {
            0
        } else if starts_row {
            1
        } else {
            run + 1
        };
    }
    out.push(start..hits.len());
    out
}

/// The chunk holding hit `p`.
pub(super) fn chunk_of(ranges: &[Range<usize>], p: usize) -> usize {
    ranges.partition_point(|r| r.end <= p)
}

/// The chunks after the first: which generation of results they belong to, and how many
/// chunks (counting the first) are rendered; changed together, so the list never renders chunks
/// of new results at an old count. `retired`: earlier generations still being taken down, with
/// how many of their later chunks remain, hidden.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Growth {
    pub(super) generation: u64,
    pub(super) chunks: usize,
    pub(super) retired: Vec<(u64, usize)>,
}

impl Growth {
    /// How many later chunks generation `id` has in the page.
    pub(super) fn later_chunks(&self, id: u64) -> usize {
        if id == self.generation {
            self.chunks.saturating_sub(1)
        } else {
            self.retired
                .iter()
                .find(|(g, _)| *g == id)
                .map_or(0, |(_, n)| *n)
        }
    }

    /// Starts a new generation with `chunks` chunks. The old one's later chunks are hidden now
    /// and taken down a few per step once the new results are painted: dropping cards (their
    /// nodes and reactive state) costs about as much as building them, and even the seed's
    /// thirty would double the time of the keystroke that caused it.
    pub(super) fn restart(&mut self, chunks: usize) {
        let old = (self.generation, self.chunks.saturating_sub(1));
        if old.1 > 0 {
            self.retired.push(old);
        }
        self.generation += 1;
        self.chunks = chunks;
    }

    /// One step: a chunk more of the current generation (up to `total`) while it grows, else up
    /// to [`TEARDOWN_STEP`] chunks less of the retired ones (hidden, they can wait: the new
    /// results come first, and no step does both).
    pub(super) fn step(&mut self, generation: u64, total: usize) {
        if self.generation == generation && self.chunks < total {
            self.chunks += 1;
            return;
        }
        let mut budget = TEARDOWN_STEP;
        while budget > 0 {
            let Some(last) = self.retired.last_mut() else {
                break;
            };
            let k = budget.min(last.1);
            last.1 -= k;
            budget -= k;
            if last.1 == 0 {
                self.retired.pop();
            }
        }
    }
}

/// The first chunk's rows in the page. A change of results builds at once only the rows up to
/// the end of its first grid row of cards (with the search box at the top of the viewport, only
/// that row's top is in view), and keeps every row already in the page that it still has; the
/// rest (`pending`) follow in the next step after the frame (`fills` counts those steps). Rows
/// the results dropped wait hidden (`leaving`) until the step after that (`flushes` counts
/// those): removing a card costs about as much as building one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct FirstRows {
    pub(super) shown: Vec<Row>,
    pub(super) pending: usize,
    pub(super) leaving: Vec<Row>,
    pub(super) fills: u64,
    pub(super) flushes: u64,
}

impl FirstRows {
    /// The rows after the results' rows became `rows`, or after a step (`fills` or `flushes`
    /// moved on). `row_cards`: the cards in a grid row; `keep`: a row to build at once wherever
    /// it is (the focused card).
    pub(super) fn next(
        prev: Option<&FirstRows>,
        rows: Vec<Row>,
        (fills, flushes): (u64, u64),
        row_cards: impl FnOnce() -> usize,
        keep: impl Fn(&Row) -> bool,
    ) -> FirstRows {
        let Some(p) = prev else {
            return FirstRows {
                shown: rows,
                fills,
                flushes,
                ..FirstRows::default()
            };
        };
        let in_page = |r: &Row| p.shown.contains(r) || p.leaving.contains(r);
        let build_now = if p.fills == fills {
            row_cards()
        } else {
            usize::MAX
        };
        let mut shown = Vec::with_capacity(rows.len());
        let mut cards = 0;
        for r in &rows {
            if cards < build_now || in_page(r) || keep(r) {
                shown.push(*r);
            }
            cards += usize::from(matches!(r, Row::Card(_)));
        }
        let kept: &[Row] = if p.flushes == flushes {
            &p.leaving
        } else {
            &[]
        };
        let mut leaving = Vec::new();
        for r in kept.iter().chain(&p.shown) {
            if !shown.contains(r) && !leaving.contains(r) {
                leaving.push(*r);
            }
        }
        FirstRows {
            pending: rows.len() - shown.len(),
            shown,
            leaving,
            fills,
            flushes,
        }
    }

    /// Every row in the page, shown ones first.
    pub(super) fn all(&self) -> Vec<Row> {
        self.shown.iter().chain(&self.leaving).copied().collect()
    }
}
